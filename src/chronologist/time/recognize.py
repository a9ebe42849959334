"""Find TIMEX3 candidates in raw text: run every rule once, keep the longest non-overlapping matches,
then apply TimeML's extent rules (fold in "the end of", "more than", "the first N months of X", and a
clock time next to its day).  Pure text processing; the parse is consulted later, in ``filters``.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from chronologist.time import lexicon as L
from chronologist.time import patterns_abs, patterns_rel  # noqa: F401  (they register the rules)
from chronologist.time.spec import RULES, Candidate, Spec

# Rules whose matches lose a tie against anything else of the same length.
_WEAK = {"per": 1, "duration": 1, "bareunits": 1, "month": 1, "year": 1}

_POINT_PREFIX = re.compile(
    r"(?i:\b(?P<p>the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|dawn|outset)\s+of"
    r"|(?:the\s+)?(?:early|late)(?:\s+part\s+of)?|(?:the\s+)?mid|(?:the\s+)?middle\s+of|the\s+first\s+(?:days?|weeks?)\s+of"
    r"|the\s+last\s+(?:days?|weeks?)\s+of)[\s-]*)$")
_PREFIX_MOD = {"end": "END", "close": "END", "beginning": "START", "start": "START", "turn": "START",
               "dawn": "START", "outset": "START", "middle": "MID", "mid": "MID", "early": "START",
               "late": "END", "first": "START", "last": "END"}
_TOD_PREFIX = re.compile(r"(?i:\b(?P<p>(?:early\s+in\s+)?the\s+(?:early\s+|late\s+)?(?P<tod>morning|afternoon|evening|night)\s+of)\s+)$")
_WEEK_OF = re.compile(r"(?i:\b(?P<p>the\s+week\s+of)\s+)$")
_DAY_BEFORE = re.compile(r"(?i:\b(?P<p>(?:the\s+)?day\s+(?P<d>before|after))\s+)$")
_APPROX_PREFIX = re.compile(rf"(?i:\b(?P<p>{L.MOD_RE}))$")
_GLUE = re.compile(r"^(?:\s*,?\s*(?:on|at|in\s+the)?\s*|\s+of\s+)$", re.I)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year",
          "decade", "centur", "millenni")
_YEARISH = r"(?:1[0-9]|20)\d\d"
# rule -> (keywords or a regex, chars before, chars after): where each rule can possibly match
TRIGGERS: dict[str, tuple] = {
    "mdy": (_MONTHS, 4, 30), "my": (_MONTHS, 4, 30), "md": (_MONTHS, 18, 30),
    "monthrelyear": (_MONTHS, 4, 40), "month": (_MONTHS, 20, 12), "dmy": (_MONTHS, 16, 16),
    "dm": (_MONTHS, 16, 14), "year": (_YEARISH, 30, 16), "yearrange": (_YEARISH, 4, 12),
    "iso": (r"\d{4}-\d\d-", 2, 8), "slash": (r"\d/\d", 5, 8), "era": (r"B\.?C|A\.?D\b|\bCE\b", 14, 12),
    "decade": (("0s", "0's"), 24, 4),
    "decadeword": (("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                    "nineties"), 24, 4),
    "century": (("centur",), 50, 12), "spelledyear": (("nineteen", "eighteen", "seventeen", "thousand"), 24, 40),
    "holiday": (("christmas", "new year", "independence", "halloween", "valentine", "veterans", "bastille",
                 "armistice", "boxing", "patrick", "thanksgiving", "memorial", "labor", "mother", "father",
                 "luther", "presidents", "columbus", "easter", "election day"), 2, 30),
    "season": (("spring", "summer", "autumn", "fall", "winter"), 24, 24), "quarter": (("quarter",), 60, 20),
    "half": (("half", "two quarters"), 24, 24), "deictic": (("today", "yesterday", "tomorrow", "tonight"), 12, 14),
    "ref": (("now", "current", "present", "these days", "recent", "lately", "past", "future", "as soon"), 12, 20),
    "relunit": (_UNITS + ("morning", "afternoon", "evening"), 40, 4),
    "midday": (("mid-morning", "mid morning", "midmorning", "mid-afternoon", "mid afternoon", "midafternoon",
                "mid-evening", "mid evening"), 12, 2),
    "ordday": ((" day of",), 60, 4),
    "yearend": (("year-end", "year end"), 12, 8),
    "theunit": (("the year", "the quarter", "the month", "the week", "the fiscal"), 20, 24),
    "thattime": (("that time",), 2, 2), "reportperiod": (("period", "full year"), 24, 4),
    "storyadj": (("former", "future", "recent"), 2, 12), "storyperiod": (("same time", "same period", "this period", "season"), 16, 4),
    "storynight": (("night", "daytime"), 16, 4), "yearquarter": (("quarter", "period"), 24, 2), "refadj": (("current",), 8, 12),
    "weekday": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues.",
                 "wed.", "thurs.", "fri."), 16, 14),
    "shift": (("ago", "earlier", "later", "before", "after", "from now", "hence", "afterward", "previously"), 80, 24),
    "duration": (_UNITS + ("weekend",), 80, 14),
    "bareunits": (("years", "months", "weeks", "days", "decades", "hours", "centuries", "minutes"), 14, 16),
    "vagueplural": (("recent", "coming", "few"), 20, 24), "yearago": (("year-earlier", "year-ago", "year earlier", "year ago"), 24, 30),
    "every": (("every", "each"), 2, 30), "setadv": (("daily", "weekly", "monthly", "yearly", "hourly", "nightly"), 4, 4),
    "onx": (("on year", "on-year", "over year", "over-year", "on month", "on-month", "on week", "on-week",
             "by year", "by-year", "by day", "by-day", "after day", "after year", "on quarter", "on-quarter"), 12, 4),
    "freq": (("once", "twice", "thrice", "times"), 12, 24), "per": (("per ",), 2, 14),
    "clock": (("a.m", "p.m", "am", "pm"), 10, 10), "clockword": (("in the morning", "in the afternoon", "in the evening"), 24, 2), "clock24": ((":",), 3, 14),
    "noon": (("noon", "midnight", "midday"), 2, 2), "oclock": (("o'clock",), 10, 2),
}
for _r in RULES:
    _t = TRIGGERS.get(_r.name)
    if _t:
        _r.before, _r.after = _t[1], _t[2]
        if isinstance(_t[0], str):
            _r.trigger = re.compile(_t[0])
        else:
            _r.keywords = _t[0]


def _hits(text: str, low: str, r) -> list[tuple[int, int]]:
    if r.trigger is not None:
        return [(t.start(), t.end()) for t in r.trigger.finditer(text)]
    out = []
    for kw in r.keywords:
        i = low.find(kw)
        while i >= 0:
            out.append((i, i + len(kw)))
            i = low.find(kw, i + 1)
    out.sort()
    return out


def _windows(text: str, low: str, r) -> list[tuple[int, int]]:
    if r.trigger is None and not r.keywords:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    for a, b in _hits(text, low, r):
        s, e = max(0, a - r.before), min(len(text), b + r.after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _matches(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    low = text.lower()
    for r in RULES:
        seen: set[tuple[int, int]] = set()
        for ws, we in _windows(text, low, r):
            for m in r.pattern.finditer(text, ws, we):
                if m.end() == m.start() or (m.start(), m.end()) in seen:
                    continue
                seen.add((m.start(), m.end()))
                res = r.fn(m.groupdict() | {0: m.group(0)}, m)
                if res is None:
                    continue
                if isinstance(res, Spec):
                    out.append(Candidate(m.start(), m.end(), res, r.name))
                else:
                    out.extend(Candidate(s, e, spec, r.name) for s, e, spec in res)
    return out


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest match wins; ties go to the stronger rule; nothing overlaps afterwards."""
    cands.sort(key=lambda c: (-(c.end - c.start), _WEAK.get(c.rule, 0), c.start))
    starts: list[int] = []  # taken spans, kept sorted by start: a new span can only overlap its neighbours
    taken: list[Candidate] = []
    for c in cands:
        i = bisect.bisect_left(starts, c.start)
        if i < len(taken) and taken[i].start < c.end or i > 0 and taken[i - 1].end > c.start:
            continue
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken


def _extend(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        window = text[max(0, c.start - 40):c.start]
        floor = out[-1].end if out else 0
        if c.spec.type in ("DATE", "TIME") and c.spec.kind not in ("invalid",):
            m = _POINT_PREFIX.search(window)
            if m and c.start - (len(window) - m.start("p")) >= floor and not c.spec.mod:
                words = m.group("p").lower().split()
                key = next((w for w in words if w.rstrip("-") in _PREFIX_MOD), None)
                if key:
                    c.spec.mod = _PREFIX_MOD[key.rstrip("-")]
                    c.start = c.start - (len(window) - m.start("p"))
        m = _TOD_PREFIX.search(window) if c.spec.type == "DATE" and not c.spec.tod else None
        if m and c.start - (len(window) - m.start("p")) >= floor and (c.spec.day or re.search(r"-\d\d-\d\d$", c.spec.value or "")):
            c.spec.tod = L.PARTS_OF_DAY[m.group("tod").lower()]
            c.spec.type = "TIME"
            c.start = c.start - (len(window) - m.start("p"))
        m = _WEEK_OF.search(window) if c.spec.type == "DATE" and not c.spec.tod else None
        if m and c.start - (len(window) - m.start("p")) >= floor and (c.spec.day or re.search(r"-\d\d-\d\d$", c.spec.value or "")):
            c.flags.add("week of")  # "the week of March 6": the value is that day's week, once the day is known
            c.start = c.start - (len(window) - m.start("p"))
        m = _DAY_BEFORE.search(window) if c.spec.type == "DATE" and not c.spec.tod and "week of" not in c.flags else None
        if m and c.start - (len(window) - m.start("p")) >= floor and (
                c.spec.day or c.spec.kind in ("weekday", "deictic") and c.spec.unit in ("D", "")
                or c.spec.holiday or re.search(r"-\d\d-\d\d$", c.spec.value or "")):
            c.flags.add("day before" if m.group("d").lower() == "before" else "day after")
            c.start = c.start - (len(window) - m.start("p"))
        if c.spec.type == "DURATION" or c.spec.kind == "ago":
            m = _APPROX_PREFIX.search(window)
            if m and m.group("p").split()[0].lower() == "over" and re.match(r"(?i)the\b", text[c.start:c.end]):
                m = None  # "over the past two quarters": a preposition, not "more than"
            if m and not c.spec.mod and c.start - (len(window) - m.start("p")) >= floor:
                c.spec.mod = L.MODS.get(" ".join(m.group("p").lower().split()))
                c.start = c.start - (len(window) - m.start("p"))
        out.append(c)
    return out


_YEAR_GLUE = re.compile(r"^(?:,?\s+|\s+of\s+)$")


def _year_after(prev: Candidate, c: Candidate, gap: str) -> Optional[int]:
    """The year that completes a year-less date right before it: "January nineteen ninety-seven",
    "the winter of nineteen ninety-four", "March eighth, 1998" (spelled-out parts match as two rules)."""
    p = prev.spec
    if (p.kind != "yearless" or p.rel or p.holiday or p.quarter or p.half or not (p.month or p.season)
            or c.spec.kind != "abs" or not re.fullmatch(r"\d{4}", c.spec.value or "") or c.spec.mod
            or not _YEAR_GLUE.match(gap)):
        return None
    return int(c.spec.value)


def _with_year(p: Spec, year: int) -> Spec:
    if p.season:
        value = f"{year:04d}-{p.season}"
    elif p.day:
        from chronologist.time.normalize import valid_day
        if not valid_day(year, p.month, p.day):
            return Spec("DATE", "invalid")
        value = f"{year:04d}-{p.month:02d}-{p.day:02d}"
    else:
        value = f"{year:04d}-{p.month:02d}"
    return Spec(p.type, "abs", value, mod=p.mod, tod=p.tod)


def _merge(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'the first seven months of last year' is the year's value; '10 a.m. Friday' is one TIME."""
    out: list[Candidate] = []
    for c in cands:
        prev: Optional[Candidate] = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end:c.start]
            # a part of a period: "the first nine months of 1989" → the period's value
            if (prev.spec.type == "DURATION" and re.match(r"(?i)the\s+(first|last|final|past|latest|initial)\b", text[prev.start:prev.end])
                    and gap.strip().lower() == "of" and c.spec.type == "DATE"
                    and c.spec.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")):
                c.start = prev.start
                out[-1] = c
                continue
            year = _year_after(prev, c, gap)
            if year:
                prev.spec = _with_year(prev.spec, year)
                prev.end = c.end
                continue
            if _GLUE.match(gap) and len(gap) <= 8:
                tod, day = (prev, c) if prev.spec.type == "TIME" and prev.spec.kind == "deictic" and prev.spec.n == 0 \
                    else (c, prev)
                if tod.spec.type == "TIME" and tod.spec.kind == "deictic" and tod.spec.n == 0 and tod.spec.tod.startswith("T") \
                        and day.spec.type in ("DATE", "TIME") and day is not tod and not day.spec.tod \
                        and (day.spec.kind in ("weekday", "deictic") and day.spec.unit in ("D", "")
                             or (day.spec.kind in ("abs", "yearless") and day.spec.day)
                             or re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.spec.value or "")):
                    day.spec.tod = tod.spec.tod
                    day.spec.mod = day.spec.mod or tod.spec.mod
                    day.spec.type = "TIME"
                    day.start, day.end = min(c.start, prev.start), max(c.end, prev.end)
                    out[-1] = day
                    continue
        out.append(c)
    return out


def find(text: str) -> list[Candidate]:
    return _merge(text, _extend(text, _select(_matches(text))))
