"""Patterns for absolute times: full dates, months, years, BC/AD years, decades, centuries,
spelled-out years, holidays, seasons, quarters and halves (some still need a year from context)."""
from __future__ import annotations

from typing import Optional

from chronologist.time import lexicon as L
from chronologist.time.normalize import valid_day, year_str
from chronologist.time.spec import Spec, pm_mod, rule

M, WD, NUM, UNIT, ORD = L.MONTH_RE, L.WEEKDAY_RE, L.NUM_RE, L.UNIT_RE, L.ORDINAL_RE
YEAR4 = r"(?:1[0-9]\d{2}|20\d{2})"


def _month(s: str) -> int:
    return L.MONTHS[s.lower().rstrip(".")]


def _year(s: str) -> Optional[int]:
    """A written year that can be a calendar year: '1979' yes; '0000' and '20191' no."""
    if not s.isdigit() or len(s) > 4 or int(s) == 0:
        return None
    return int(s)


def _date(y: Optional[int], m: int, d: int) -> Spec:
    if y is None or not valid_day(y, m, d):
        return Spec("DATE", "invalid")
    return Spec("DATE", "abs", f"{y:04d}-{m:02d}-{d:02d}")


# --- absolute dates --------------------------------------------------------------------------

@rule("mdy", rf"\b(?P<m>{M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4,5}})(?![\d,.]\d)")
def _mdy(g):
    return _date(_year(g["y"]), _month(g["m"]), int(g["d"]))


@rule("dmy", rf"\b(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M}),?\s+(?P<y>\d{{4,5}})(?![\d,.]\d)")
def _dmy(g):
    return _date(_year(g["y"]), _month(g["m"]), int(g["d"]))


@rule("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
def _iso(g):
    return _date(_year(g["y"]), int(g["m"]), int(g["d"]))


@rule("slash", r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
def _slash(g):
    y = int(g["y"])
    y = y + (1900 if y >= 30 else 2000) if len(g["y"]) == 2 else y
    return _date(y, int(g["m"]), int(g["d"]))


@rule("my", rf"\b(?P<m>{M}),?\s+(?:of\s+)?(?P<y>\d{{4,5}})(?![\d,.]\d)")
def _my(g):
    y = _year(g["y"])
    return Spec("DATE", "abs", f"{y:04d}-{_month(g['m']):02d}") if y else Spec("DATE", "invalid")


@rule("md", rf"\b(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<m>{M})\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b|(?P<dw>(?i:{L.DAY_ORDINAL_RE}))(?![\w-]))(?!\s*(?:%|percent|,\s*\d{{3}}))")
def _md(g):
    m, d = _month(g["m"]), int(g["d"]) if g["d"] else L.day_ordinal(g["dw"])
    if not valid_day(2000, m, d):
        return Spec("DATE", "invalid")
    rel = " ".join((g["rel"] or "").lower().split())
    return Spec("DATE", "yearless", month=m, day=d, rel={"this past": "last", "this coming": "next"}.get(rel, rel))


@rule("dm", rf"\b(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\b")
def _dm(g):
    m, d = _month(g["m"]), int(g["d"])
    if not valid_day(2000, m, d):
        return Spec("DATE", "invalid")
    return Spec("DATE", "yearless", month=m, day=d)


@rule("monthrelyear", rf"\b(?P<m>{M})(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?P<yr>(?i:this|last|next|that|the\s+same|the\s+following|the\s+next|the\s+previous))\s+(?i:year)\b")
def _monthrelyear(g):
    yr = " ".join(g["yr"].lower().split())
    rel = {"this": "this", "last": "lastyear", "next": "nextyear", "that": "that", "the same": "that",
           "the following": "nextyear", "the next": "nextyear", "the previous": "lastyear"}[yr]
    d = int(g["d"]) if g["d"] else 0
    if d and not valid_day(2000, _month(g["m"]), d):
        return Spec("DATE", "invalid")
    return Spec("DATE", "yearless", month=_month(g["m"]), day=d, rel=rel)


@rule("month", rf"(?<!\d-)\b(?:(?P<rel>(?i:last|this|next|past|coming|the\s+previous|the\s+following|the\s+next))\s+)?(?P<m>{M})(?![\w-])")
def _monthonly(g):
    rel = " ".join((g["rel"] or "").lower().split()).replace("the ", "")
    rel = {"previous": "last", "following": "next", "past": "last", "coming": "next"}.get(rel, rel)
    return Spec("DATE", "yearless", month=_month(g["m"]), rel=rel)


@rule("year", rf"(?<![\d$#£€.,/])(?<!\d-)(?:(?i:the\s+year\s+|fiscal\s+(?:year\s+)?|(?:calendar\s+)?year\s+))?(?P<y>{YEAR4})(?![\d%]|,\d|\.\d|-(?:\d|year|month|day|yard|meter|strong|man)|\s*(?:B\.?C|A\.?D|BCE|CE)\b|'?s\b)")
def _yearonly(g):
    return Spec("DATE", "abs", g["y"])


@rule("yearrange", rf"(?<![\d$.,-])(?P<y>{YEAR4})[-–](?P<y2>{YEAR4}|\d{{2}})(?![\d%-])")
def _yearrange(g, m):
    """'1978-1989', '1979-80': TimeML tags the two ends as two TIMEX3s."""
    y2 = g["y2"] if len(g["y2"]) == 4 else g["y"][:2] + g["y2"]
    if int(y2) <= int(g["y"]):
        return None
    return [(m.start("y"), m.end("y"), Spec("DATE", "abs", g["y"])),
            (m.start("y2"), m.end("y2"), Spec("DATE", "abs", y2))]


@rule("era", r"(?<![\d$.,])(?:(?P<y>\d{1,4})\s*(?P<e>B\.C\.E?\.?|BCE?|A\.D\.?|AD|CE)|(?P<e2>AD|A\.D\.)\s*(?P<y2>\d{1,4}))(?![\w])")
def _era(g):
    y = int(g["y"] or g["y2"])
    era = (g["e"] or g["e2"]).replace(".", "")
    if y == 0:
        return Spec("DATE", "invalid")
    return Spec("DATE", "abs", year_str(1 - y) if era.startswith("BC") else f"{y:04d}")


@rule("decade", r"(?<![\w$])(?:(?i:the)\s+)?(?:(?P<pm>(?i:early|late|mid-?))\s*)?(?P<dec>(?:1[0-9]|20)\d0|'\d0)'?s\b")
def _decade(g):
    d = g["dec"]
    d = ("19" + d[1]) if d.startswith("'") else d[:3]
    return Spec("DATE", "abs", d, mod=pm_mod(g["pm"]))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@rule("decadeword", r"(?i:\bthe\s+(?:(?P<pm>early|late|mid-?)\s*)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)")
def _decadeword(g):
    return Spec("DATE", "abs", f"19{_DECADE_WORDS[g['w'].lower()]}", mod=pm_mod(g["pm"]))


@rule("century", rf"(?i:\b(?:the\s+)?(?:(?P<pm>early|late|mid-?)\s*)?(?P<o>{ORD}|last|this|next|past)[- ]century)(?:\s+(?P<e>BCE?|B\.C\.|AD|A\.D\.))?")
def _century(g):
    o = g["o"].lower()
    if o in ("last", "this", "next", "past"):
        n = {"last": -1, "this": 0, "next": 1, "past": -1}[o]
        return Spec("DATE", "deictic", unit="C", n=n) if o != "past" else Spec("DURATION", "abs", "P100Y")
    k = L.ordinal(o)
    if not k or k < 1:
        return None
    bc = bool(g["e"]) and g["e"].upper().startswith("B")
    return Spec("DATE", "abs", f"BC{k - 1:02d}" if bc else f"{k - 1:02d}", mod=pm_mod(g["pm"]))


_SPELLED_T = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELLED_O = r"(?:one|two|three|four|five|six|seven|eight|nine)"


@rule("spelledyear", rf"(?i:\b(?:the\s+year\s+)?(?P<c>nineteen|eighteen|seventeen)[- ](?:hundred\s+(?:and\s+)?)?(?P<t>{_SPELLED_T})(?:[- ](?P<o>{_SPELLED_O}))?\b|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<o2>{_SPELLED_O}))?\b)")
def _spelledyear(g):
    if g["c"]:
        c = {"nineteen": 19, "eighteen": 18, "seventeen": 17}[g["c"].lower()]
        y = c * 100 + L.TENS[g["t"].lower()] + (L.ONES[g["o"].lower()] if g["o"] else 0)
    else:
        y = 2000 + (L.ONES[g["o2"].lower()] if g["o2"] else 0)
    return Spec("DATE", "abs", str(y))


@rule("holiday", rf"\b(?P<h>{L.HOLIDAY_RE})(?:,?\s+(?P<y>{YEAR4}))?\b")
def _holiday(g):
    spec = Spec("DATE", "yearless", holiday=g["h"].lower())
    if g["y"]:
        spec.value = g["y"]
    return spec


# --- seasons, quarters, halves ------------------------------------------------------------

@rule("season", rf"(?i:\b(?:(?P<rel>last|this|next|past|coming|that|the|the\s+following|the\s+next|the\s+previous)\s+(?:(?:early|late)\s+)?)?(?P<s>{L.SEASON_RE})\b)(?:\s+(?:of\s+)?(?P<y>{YEAR4}|(?P<yr>last|next|this)\s+year))?")
def _season(g):
    s = L.SEASONS[g["s"].lower()]
    rel = " ".join((g["rel"] or "").lower().split()).replace("the ", "")
    rel = {"previous": "last", "following": "next", "past": "last", "coming": "next"}.get(rel, rel)
    if g["y"] and g["y"].isdigit():
        return Spec("DATE", "abs", f"{g['y']}-{s}")
    spec = Spec("DATE", "yearless", season=s, rel=rel if rel in ("last", "next", "this", "past", "coming") else "")
    if g["yr"]:
        spec.rel = {"last": "lastyear", "next": "nextyear", "this": "this"}[g["yr"].lower()]
    if rel in ("that",):
        spec.rel = "that"
    return spec


_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
      "final": 4, "last": 4}


@rule("quarter", rf"(?i:\b(?:the\s+)?(?:(?P<y0>{YEAR4})(?:'s)?\s+|(?P<yr>last|next|this)\s+year'?s\s+)?(?:(?P<rel>last|this|next|latest|current|previous|year-earlier|year-ago|same|comparable|fiscal|year's)[\s-]+)*(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter)(?!ly)(?:\s+of\s+(?P<y>{YEAR4}))?")
def _quarter(g):
    q = _Q[g["q"].lower()]
    y = g["y"] or g["y0"]
    if y:
        return Spec("DATE", "abs", f"{y}-Q{q}")
    if g["yr"]:  # "next year's first quarter"
        return Spec("DATE", "yearless", quarter=q, rel={"last": "lastyear", "next": "nextyear"}.get(g["yr"].lower(), "this"))
    rel = (g["rel"] or "").lower()
    if rel in ("year-earlier", "year-ago"):
        return Spec("DATE", "yearless", quarter=q, rel="lastyear")
    return Spec("DATE", "yearless", quarter=q, rel="quarter")


@rule("half", rf"(?i:\b(?:the\s+)?(?:(?P<h>first|second|latter|last)[\s-]+half|(?P<hq>first|last)\s+two\s+quarters(?=\s+of\s)))(?:\s+of\s+(?:(?P<y>{YEAR4})|(?P<yr>this|last|next)\s+year))?")
def _half(g):
    h = 1 if (g["h"] or g["hq"]).lower() == "first" else 2
    if g["y"]:
        return Spec("DATE", "abs", f"{g['y']}-H{h}")
    if not g["yr"]:
        return None  # "the second half" of a game, of a list: not a time without its year
    return Spec("DATE", "yearless", half=h, rel={"this": "this", "last": "lastyear", "next": "nextyear"}[g["yr"].lower()])
