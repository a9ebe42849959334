"""When was the document written?  --date, then metadata, then a dateline, then the text's own
evidence ("Forty years have gone by since … 1979" ⇒ 2019) — never the machine clock.

An inference that only bounds the date ("More than 40 years ago, in April 1975" ⇒ 2015 or later)
gives an interval with no value, so relative times are left unresolved rather than guessed.
"""
from __future__ import annotations

import re
from typing import Optional

from chronologist.records import DocDate
from chronologist.time.normalize import interval, parse
from chronologist.time.spec import Candidate

_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:\s*\([^)\n]{1,30}\))?(?:,\s*[A-Z][A-Za-z.]+){0,2}),\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*)?[-–—:]")
_SINCE = re.compile(r"(?i)\bsince\b")
_PERFECT = re.compile(r"(?i)\b(?:have|has)\s+(?:gone\s+by|passed|elapsed|been)\b|\banniversary\b")
_COMPARE = re.compile(r"(?i)(?:compared\s+(?:with|to)|than(?:\s+in)?|from|over|versus|vs\.?)\s+$")
_ANNIV = re.compile(r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b")


def _short(text: str, limit: int = 70) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


def _docdate(value: str, basis: str) -> DocDate:
    lo, hi = interval(value)
    return DocDate(value, basis, lo, hi)


def normalise_metadata(raw: str) -> Optional[str]:
    """'1998-01-08T18:30:00' → '1998-01-08', '19980108' → '1998-01-08', 'January 8, 1998' → same."""
    s = raw.strip()
    m = re.match(r"^(\d{4})(\d{2})(\d{2})(?:\b|T|$)", s)
    if m:
        s = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d.*)?$", s)
    if m and parse(m.group(1)) is not None:
        return m.group(1)
    from chronologist.time.recognize import find
    for c in find(s):
        if c.spec.kind == "abs" and parse(c.spec.value) is not None and c.end - c.start >= len(s) * 0.5:
            return c.spec.value
    return None


def document_date(text: str, hint: Optional[str], meta: Optional[str], cands: list[Candidate],
                  tenses: list[str], sentence_of) -> DocDate:
    if hint:
        v = normalise_metadata(hint)
        if v:
            return _docdate(v, "given")
        return DocDate(None, f"unknown: --date {hint!r} is not a date this tool reads")
    if meta:
        v = normalise_metadata(meta)
        if v:
            return _docdate(v, "metadata")
    found = _dateline(text, cands)
    if found:
        return found
    inferred = _infer(text, cands, tenses, sentence_of)
    if inferred:
        return inferred
    if meta:
        return DocDate(None, f"unknown: metadata date {meta!r} not understood")
    return DocDate(None, "unknown")


def _dateline(text: str, cands: list[Candidate]) -> Optional[DocDate]:
    for c in cands:
        if c.start > 600:
            break
        p = parse(c.spec.value) if c.spec.kind == "abs" else None
        if p is None or p.gran not in ("D", "M"):
            continue
        before = _DATELINE_BEFORE.search(text[max(0, c.start - 80):c.start])
        if before and _DATELINE_AFTER.match(text[c.end:c.end + 40]):
            line = before.group("place").strip() + ", " + text[c.start:c.end]
            return _docdate(c.spec.value, f"dateline: {_short(line)!r}")
    return None


def _years(c: Candidate) -> Optional[int]:
    p = parse(c.spec.value) if c.spec.kind == "abs" else None
    return p.year if p is not None and p.gran not in ("C", "E") else None


def _infer(text: str, cands: list[Candidate], tenses: list[str], sentence_of) -> Optional[DocDate]:
    exact: list[tuple[int, str]] = []
    lower: list[tuple[int, str]] = []
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j, d in enumerate(cands):
        by_sentence.setdefault(sentence_of(d.start), []).append(j)
    for i, c in enumerate(cands):
        s0, s1 = sentence_of(c.start)
        sent = text[s0:s1]
        same = [(j, cands[j]) for j in by_sentence[(s0, s1)] if j != i]
        if c.spec.type == "DURATION" and re.fullmatch(r"P\d+Y", c.spec.value or "") and _SINCE.search(sent) \
                and _PERFECT.search(sent):
            n = int(c.spec.value[1:-1])
            for j, d in same:
                y = _years(d)
                if y and d.start > c.start:
                    exact.append((y + n, f"{text[c.start:c.end]} … since … {text[d.start:d.end]}"))
                    break
        if c.spec.kind == "ago" and c.spec.unit == "Y":
            for j, d in same:
                y = _years(d)
                if y and abs(d.start - c.end) < 40:
                    guess = y - c.spec.n
                    quote = f"{text[c.start:c.end]}, in {text[d.start:d.end]}"
                    if c.spec.mod in ("BEFORE",):
                        lower.append((guess, quote))
                    elif c.spec.mod is None:
                        exact.append((guess, quote))
                    else:
                        lower.append((guess - 1, quote))
                    break
        if c.spec.kind == "deictic" and c.spec.unit == "Y" and c.spec.n == -1:
            for j, d in same:
                y = _years(d)
                if y and _COMPARE.search(text[max(0, d.start - 25):d.start]) and d.start > c.start:
                    exact.append((y + 2, f"{text[c.start:c.end]} … {text[max(0, d.start - 14):d.end].strip()}"))
                    break
        m = _ANNIV.search(sent) if c.spec.kind == "abs" else None
        if m and _years(c) and c.start > s0 + m.start():
            exact.append((_years(c) + int(m.group("n")), f"{m.group(0)} of … {text[c.start:c.end]}"))
        y = _years(c)
        if y and tenses[i] in ("past", "done", "") and y > 0:
            lower.append((y, f"{text[max(s0, c.start - 30):c.end].strip()}"))
    floor = max(lower, key=lambda t: t[0]) if lower else None
    if exact:
        best = max(exact, key=lambda t: t[0])
        if floor is None or best[0] >= floor[0]:
            return _docdate(f"{best[0]:04d}", f"inferred: {_short(best[1])!r}")
    if floor:
        lo, _ = interval(f"{floor[0]:04d}")
        return DocDate(None, f"inferred: no earlier than {floor[0]} ({_short(floor[1])!r})", lo, None)
    return None
