"""Patterns for relative and non-point times: today/yesterday, last/next/this + unit, weekdays,
"N units ago/later", durations, sets, clock times and the vague PRESENT/PAST/FUTURE references."""
from __future__ import annotations

import re

from chronologist.time import lexicon as L
from chronologist.time.normalize import duration
from chronologist.time.spec import Spec, pm_mod, rule

NUM, UNIT, WD = L.NUM_RE, L.UNIT_RE, L.WEEKDAY_RE
_TOD = r"(?:morning|afternoon|evening|night)"
_UNIT_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q", "decade": "E",
                "century": "C", "fiscal year": "Y", "weekend": "W", "morning": "D", "afternoon": "D",
                "evening": "D", "night": "D"}


@rule("deictic", rf"(?i:\b(?:(?P<pm>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<tod>{_TOD}))?\b)")
def _deictic(g):
    w = g["w"].lower()
    n = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[w]
    tod = L.PARTS_OF_DAY[g["tod"].lower()] if g["tod"] else ""
    pm = (g["pm"] or "").lower()
    mod = {"early": "START", "late": "END"}.get(pm)
    return Spec("TIME" if g["tod"] else "DATE", "deictic", unit="D", n=n, tod=tod, mod=mod)


@rule("midday", r"(?i:\b(?:by|at|in|until|around|before|after)\s+(?P<x>(?:the\s+)?mid[- ]?(?P<tod>morning|afternoon|evening)))\b")
def _midday(g, m):
    # "by mid afternoon": the middle of that part of today (or of the day it is joined to)
    spec = Spec("TIME", "deictic", unit="D", n=0, tod=L.PARTS_OF_DAY[g["tod"].lower()], mod="MID")
    return [(m.start("x"), m.end("x"), spec)]


_REFS = {"now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
         "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
         "the present": "PRESENT_REF", "the present day": "PRESENT_REF", "present-day": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "recent years": "PAST_REF",
         "the past": "PAST_REF",
         "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF"}


@rule("ref", r"(?i:\b(?P<w>now|nowadays|currently|presently|at\s+present|these\s+days|the\s+present(?:\s+day)?|present-day|recently|lately|recent\s+years|the\s+past|the\s+(?:near\s+|distant\s+)?future|as\s+soon\s+as\s+possible)\b)")
def _ref(g):
    w = re.sub(r"\s+", " ", g["w"].lower())
    return Spec("DATE", "abs", _REFS[w])


@rule("relunit", r"(?i:\b(?:(?P<pm>earlier|later|early|late)\s+(?:in\s+)?)?(?P<rel>this\s+past|the\s+(?:last|past|next|coming|previous|following|preceding|same|current|latest|prior)|last|this|next|past|coming|previous|following|current|preceding|same|that|prior)\s+(?P<u>fiscal\s+year|week|weekend|month|year|quarter|decade|century|day|morning|afternoon|evening|night)\b)")
def _relunit(g):
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    u = re.sub(r"\s+", " ", g["u"].lower())
    bare = rel.replace("the ", "")
    if u == "day" and bare not in ("previous", "following", "same", "next", "preceding", "prior") and rel != "that":
        return None  # "the last day of ..." is not itself a date
    if u == "decade" and bare == "past":
        return Spec("DURATION", "abs", "P10Y")
    if u == "century" and bare == "past":
        return Spec("DURATION", "abs", "P100Y")
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get((g["pm"] or "").lower())
    letter = _UNIT_LETTER[u]
    tod = L.PARTS_OF_DAY.get(u, "")
    typ = "TIME" if tod else "DATE"
    if u == "weekend":
        tod = "WE"
    if rel in ("last", "past", "this past", "the past", "the last", "the latest"):
        return Spec(typ, "deictic", unit=letter, n=-1, tod=tod, mod=mod)
    if rel in ("this", "current", "the current"):
        return Spec(typ, "deictic", unit=letter, n=0, tod=tod, mod=mod)
    if rel in ("next", "coming", "the coming"):
        return Spec(typ, "deictic", unit=letter, n=1, tod=tod, mod=mod)
    if bare in ("previous", "preceding", "prior"):
        return Spec(typ, "anaphor", unit=letter, n=-1, tod=tod, mod=mod)
    if bare in ("following", "next"):
        return Spec(typ, "anaphor", unit=letter, n=1, tod=tod, mod=mod)
    return Spec(typ, "anaphor", unit=letter, n=0, tod=tod, mod=mod)  # that / the same


@rule("ordday", rf"(?i:\b(?P<cop>it's|it\s+is|today\s+is|it\s+was|that\s+was)\s+(?P<x>the\s+(?:{L.ORDINAL_RE})\s+day)\s+of\b)")
def _ordday(g, m):
    # "today is the eighth day of Desert Shield": the day itself, counted from the start of something
    cop = g["cop"].lower()
    spec = Spec("DATE", "anaphor", unit="D", n=0) if cop.endswith("was") else Spec("DATE", "deictic", unit="D", n=0)
    return [(m.start("x"), m.end("x"), spec)]


@rule("yearend", rf"(?i:\b(?P<p>by|since|around|at|before|until|till|after|near|toward|towards|through)\s+(?P<x>(?:the\s+)?year[- ]end(?:\s+(?P<y>(?:1[0-9]|20)\d\d))?))(?![\w-]|\s+[a-z])")
def _yearend(g, m):
    # "by year-end" is the end of the current year; "since year-end" the end of the last one
    if g["y"]:
        spec = Spec("DATE", "abs", g["y"], mod="END")
    else:
        spec = Spec("DATE", "deictic", unit="Y", n=-1 if g["p"].lower() == "since" else 0, mod="END")
    return [(m.start("x"), m.end("x"), spec)]


@rule("theunit", r"(?i:\b(?:for|in|during|of|over|through|throughout|since|by|until|into|from)\s+(?P<x>the\s+(?:fiscal\s+)?(?P<u>year|quarter|month|week|weekend)))\b(?!\s+(?:of|before|after|when|that|in\s+which|ago|earlier|later|to|as|he|she|it|they|we)\b|'s|-)")
def _theunit(g, m):
    u = g["u"].lower()
    tod = "WE" if u == "weekend" else ""
    if u == "year" and re.match(r"\s+end(?:ed|ing)\b", m.string[m.end():m.end() + 8]):
        return [(m.start("x"), m.end("x"), Spec("DURATION", "abs", "P1Y"))]  # "the year ended March 31"
    return [(m.start("x"), m.end("x"), Spec("DATE", "anaphor", unit=_UNIT_LETTER[u], n=0, tod=tod, rel="the"))]


@rule("reportperiod", r"(?i:\bthe\s+(?:(?P<latest>latest|most\s+recent)\s+period|full\s+year)\b)(?![\w-])")
def _reportperiod(g):
    # business reports: "the latest period" is the quarter being reported, "the full year" the current one
    if g["latest"]:
        return Spec("DATE", "anaphor", unit="Q", n=0)
    return Spec("DATE", "anaphor", unit="Y", n=0, rel="the")


@rule("refadj", r"(?i:\b(?P<then>then[\s-]+)?(?P<w>current)\b)(?=\s+[a-z])")
def _refadj(g):
    if g["then"]:
        return Spec("DATE", "abs", "PAST_REF")  # "the then current chairman": current back then
    # TimeBank tags "current" before a noun as PRESENT_REF; "recent", "future" and "former" it
    # mostly leaves alone, and tagging them costs more precision than it gains recall
    return Spec("DATE", "abs", "PRESENT_REF")


# Narrative history is annotated the TIMEX2 way (as in WikiWars): adjectives that place something in
# the story's past or future are times, and so are the story's own spans ("the same time", "the dry
# season", "at night").  News annotation (TimeBank) leaves them alone; time/__init__ drops these
# rules' candidates outside narrative.
NARRATIVE_ONLY = frozenset({"storyadj", "storyperiod", "storynight"})


@rule("storyadj", r"(?i:\b(?P<w>former|future|recent)\b)(?=\s+[a-z])(?!\s+(?:a|an|the|was|were|is|had|has|and|or)\b)")
def _storyadj(g):
    return Spec("DATE", "abs", "FUTURE_REF" if g["w"].lower() == "future" else "PAST_REF")


@rule("storyperiod", r"(?i:\b(?:(?P<same>the\s+same\s+(?:time|period))(?!\s+(?:to|as\s+well)\b)|(?P<x>this\s+period|(?:the\s+)?(?:dry|rainy|wet|monsoon)\s+season))\b)")
def _storyperiod(g):
    if g["same"]:
        # the date the story is at, as precise; "and at the same time to defend ..." means "also"
        return Spec("DATE", "anaphor", unit="", n=0, rel="same")
    return Spec("DATE", "invalid")  # a span of story time whose extent the text does not give


@rule("storynight", r"(?i:\b(?:at|by|during|in|through)\s+(?P<x>(?:the\s+)?(?P<w>night|daytime))\b)(?!\s+of\b)")
def _storynight(g, m):
    tod = "TNI" if g["w"].lower() == "night" else "TDT"
    return [(m.start("x"), m.end("x"), Spec("DATE", "abs", f"XXXX-XX-XX{tod}"))]


@rule("thattime", r"(?i:\bthat\s+time\b)")
def _thattime(g):
    return Spec("DATE", "anaphor", unit="", n=0)


@rule("weekday", rf"\b(?:(?P<rel>(?i:last|this|next|this\s+past|(?:this\s+)?coming|early|late|the\s+(?:previous|preceding|following|next)))\s+)?(?P<wd>{WD})(?P<pl>s)?(?:\s+(?P<tod>(?i:{_TOD}))(?P<pl2>s)?)?\b")
def _weekday(g):
    rel = re.sub(r"\s+", " ", (g["rel"] or "").lower())
    wd = L.WEEKDAYS[g["wd"].lower().rstrip(".")]
    if g["pl"] or g["pl2"]:  # "on Sundays", "Tuesday nights": every one of them
        if rel:
            return None
        tod = L.PARTS_OF_DAY[g["tod"].lower()] if g["tod"] else ""
        return Spec("SET", "abs", f"XXXX-WXX-{wd + 1}{tod}")
    # TimeBank values "Friday evening" as the evening but "Friday morning/night" mostly as the day
    tod = L.PARTS_OF_DAY[g["tod"].lower()] if g["tod"] and g["tod"].lower() not in ("morning", "night") else ""
    mod = {"early": "START", "late": "END"}.get(rel)
    rel = {"this past": "last", "coming": "next", "this coming": "next", "the previous": "before",
           "the preceding": "before", "the following": "after", "the next": "after"}.get(
        rel, rel if rel in ("last", "this", "next") else "")
    return Spec("DATE", "weekday", wd=wd, rel=rel, tod=tod, mod=mod)


_AGO_MOD = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX", "EQUAL_OR_MORE": "ON_OR_BEFORE",
            "EQUAL_OR_LESS": "ON_OR_AFTER"}


def _mod(text):
    return L.MODS.get(re.sub(r"\s+", " ", text.strip().lower())) if text else None


def _count_unit(g):
    n = L.number(g["num"]) if g.get("num") else "X"
    u = L.unit_of(g["u"])
    return n, u


@rule("shift", rf"(?i:\b(?P<mod>{L.MOD_RE})?(?:(?P<num>{NUM})\s+(?:or\s+so\s+)?(?P<u>{UNIT})|(?P<bare>years|months|weeks|days|decades)|(?P<num2>{NUM})\s+(?P<u2>{UNIT})\s+and\s+(?:a\s+half|\S+\s+{UNIT}))\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|afterwards?|previously|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I)\b|\s+[A-Z\d]))\b(?:\s+(?P<today>today|tonight|this\s+(?P<tod>morning|afternoon|evening)))?)")
def _shift(g):
    if g["bare"]:
        n, u = "X", L.unit_of(g["bare"])
    elif g["num2"]:
        n, u = L.number(g["num2"]), L.unit_of(g["u2"])
    else:
        n, u = L.number(g["num"]), L.unit_of(g["u"])
    if n is None:
        return None
    d = g["dir"].lower()
    ago = d in ("ago", "from now", "hence")
    sign = -1 if d in ("ago", "earlier", "before", "previously") else 1
    letter = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q", "decade": "E",
              "century": "C", "weekend": "W", "night": "D", "fortnight": "W"}.get(u)
    mod = _mod(g["mod"])
    mod = _AGO_MOD.get(mod, mod) if mod else None
    if letter is None or n == "X" or isinstance(n, float):
        if letter is None and n != "X":  # hours/minutes: "two hours later" is a time we cannot place
            return Spec("TIME", "invalid", mod=mod)
        return Spec("DATE", "abs", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if u == "fortnight":
        n *= 2
    if g["today"] and d == "ago" and letter in ("Y", "M", "W", "D"):
        # "fifty years ago this morning": that very day, so many years back
        tod = L.PARTS_OF_DAY[g["tod"].lower()] if g["tod"] else ("TNI" if g["today"].lower() == "tonight" else "")
        return Spec("DATE", "ago", unit=letter, n=sign * n, mod=mod, rel="today", tod=tod)
    return Spec("DATE", "ago" if ago else "anaphor", unit=letter, n=sign * n, mod=mod, rel="" if ago else "shift")


_RATE_BEFORE = re.compile(r"(?i)(?:\d|million|billion|trillion|dollars?|cents?|percent|%|times|seats|flights|hours|miles)\s*$")


@rule("duration", rf"(?i:\b(?P<mod>{L.MOD_RE})?(?:(?P<the>the|its|his|her|their|a)\s+)?(?:(?P<pf>past|last|next|first|coming|previous|following|final|latest|initial|recent|further|additional|another|other|same|entire|whole|full)\s+)?(?P<num>{NUM})[\s-]+(?:and[\s-]+a[\s-]+half[\s-]+)?(?P<u>{UNIT})\b)(?![-\s]+old\b|-\w)")
def _duration(g, m):
    n, u = L.number(g["num"]), L.unit_of(g["u"])
    if n is None or n == 0:
        return None
    if g["num"].lower() in ("a", "an") and not g["the"] and _RATE_BEFORE.search(m.string[max(0, m.start() - 25):m.start()]):
        return None  # "$500 million a year", "24 hours a day": a rate, not a time
    if u == "quarter" and (re.match(r"\s*of\b", m.string[m.end():m.end() + 4]) or "-quarters" in g[0].lower()
                           or not g["pf"] and (n == "X" or g["num"].lower() in ("a", "an"))):
        return None  # "a quarter of the market", "three-quarters", "in some quarters": not a time
    if re.search(r"and[\s-]+a[\s-]+half", g[0], re.I) and isinstance(n, int):
        n = n + 0.5
    letter, _, is_time = L.UNITS[u]
    if g["mod"] and g["the"] and g["mod"].strip().lower() == "over":
        # "over the past two quarters": a preposition, not "more than"
        return [(m.start("the"), m.end(), Spec("DURATION", "abs", duration(n, letter, is_time)))]
    return Spec("DURATION", "abs", duration(n, letter, is_time), mod=_mod(g["mod"]))


@rule("bareunits", r"(?i:\b(?:for|over|within|in|after|take|took|takes|taking|last|lasted)\s+(?P<x>(?:many\s+)?(?P<u>years|months|weeks|days|decades|hours|centuries|minutes))\b)(?!\s+(?:of|ago|later|earlier|before|after)\b)")
def _bareunits(g, m):
    u = L.unit_of(g["u"])
    letter, _, is_time = L.UNITS[u]
    return [(m.start("x"), m.end("x"), Spec("DURATION", "abs", duration("X", letter, is_time)))]


@rule("vagueplural", r"(?i:\b(?:the\s+)?(?:(?P<rel>recent|coming|next\s+few|past\s+few|last\s+few|few)\s+)(?P<u>years|months|weeks|days|quarters|decades|hours)\b)")
def _vagueplural(g):
    u = L.unit_of(g["u"])
    if u == "year" and g["rel"].lower() == "recent":
        return None  # "recent years" is PAST_REF (the ref rule)
    letter, _, is_time = L.UNITS[u]
    return Spec("DURATION", "abs", duration("X", letter, is_time))


@rule("yearago", r"(?i:\b(?:the\s+)?(?:comparable\s+)?year[- ](?:earlier|ago)(?:\s+(?:third|fourth|first|second)\s+quarter|\s+(?:quarter|period|month|week))?)(?![\w-])")
def _yearago(g):
    # "the year-ago quarter": a year before now, or before the quarter being reported
    return Spec("DATE", "ago", unit="Y", n=-1, rel="quarter" if re.search(r"(?i)quarter|period", g[0]) else "")


@rule("yearquarter", rf"(?i:\bthe\s+(?P<y>(?:1[0-9]|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period))\b")
def _yearquarter(g):
    # "the 1988 quarter": the quarter under discussion, in that year
    return Spec("DATE", "anaphor", unit="Q", n=0, rel="the", value=g["y"])


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q",
              "decade": "P10Y", "hour": "PT1H", "minute": "PT1M", "weekend": "XXXX-WXX-WE",
              "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV",
              "night": "XXXX-XX-XXTNI", "spring": "XXXX-SP", "summer": "XXXX-SU", "autumn": "XXXX-FA",
              "fall": "XXXX-FA", "winter": "XXXX-WI"}


@rule("every", r"(?i:\b(?:every|each)\s+(?:(?P<num>other|two|three|four|five|six|ten|\d+)\s+)?(?P<u>days?|weeks?|months?|years?|quarters?|decades?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b)")
def _every(g):
    u = g["u"].lower()
    if u in L.MONTHS:
        return Spec("SET", "abs", f"XXXX-{L.MONTHS[u]:02d}")
    u = u[:-1] if u.endswith("s") else u
    if u.endswith("day") and u[:-3] in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"):
        return Spec("SET", "abs", f"XXXX-WXX-{L.WEEKDAYS[u] + 1}")
    value = _SET_UNITS.get(u)
    if value is None:
        return None
    num = (g["num"] or "").lower()
    if num and value.startswith("P"):
        k = 2 if num == "other" else L.number(num)
        value = re.sub(r"\d+", str(k * int(re.search(r"\d+", value).group())), value, count=1)
    return Spec("SET", "abs", value)


_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "quarterly": "P3M", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
            "semiannually": "P6M", "biannually": "P6M"}


@rule("setadv", r"(?i:\b(?P<w>daily|weekly|monthly|yearly|hourly|nightly|biweekly)\b)")
def _setadv(g):
    return Spec("SET", "abs", _ADVERBS[g["w"].lower()])


@rule("onx", r"(?i:\b(?P<u>year|month|week|day|quarter)[\s-]+(?:on|over|by|after)[\s-]+(?P=u)\b)")
def _onx(g):
    return Spec("SET", "abs", _SET_UNITS[g["u"].lower()])


@rule("freq", r"(?i:\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|decade|quarter|hour)\b)")
def _freq(g):
    return Spec("SET", "abs", _SET_UNITS[g["u"].lower()])


@rule("per", r"(?i:\bper\s+(?P<u>year|month|week|day|hour)\b)")
def _per(g):
    return Spec("SET", "abs", _SET_UNITS[g["u"].lower()])


@rule("clock", r"(?i:(?<![\d:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC))?)")
def _clock(g):
    h = int(g["h"])
    if h > 12 or h == 0:
        return None
    ap = g["ap"].lower()[0]
    h = h % 12 + (12 if ap == "p" else 0)
    return Spec("TIME", "deictic", unit="D", n=0, tod=f"T{h:02d}:{g['mi'] or '00'}")


_HOUR_WORDS = {w: n for w, n in L.ONES.items() if 1 <= n <= 12}


@rule("clockword", r"(?i:(?<![\d:.$])(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::(?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+(?P<tod>morning|afternoon|evening))\b")
def _clockword(g):
    # "4 in the morning", "eight o'clock in the evening"
    h = int(g["h"]) if g["h"].isdigit() else _HOUR_WORDS[g["h"].lower()]
    tod = g["tod"].lower()
    if tod != "morning" and h < 12:
        h += 12
    elif tod == "morning" and h == 12:
        h = 0
    return Spec("TIME", "deictic", unit="D", n=0, tod=f"T{h:02d}:{g['mi'] or '00'}")


@rule("clock24", r"(?<![\d:.$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|(?i:local\s+time)))")
def _clock24(g):
    return Spec("TIME", "deictic", unit="D", n=0, tod=f"T{int(g['h']):02d}:{g['mi']}")


@rule("noon", r"(?i:\b(?P<w>noon|midnight|midday)\b)")
def _noon(g):
    return Spec("TIME", "deictic", unit="D", n=0, tod=L.PARTS_OF_DAY[g["w"].lower()])


@rule("oclock", r"(?i:\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o'clock\b)")
def _oclock(g):
    h = L.number(g["h"])
    if not isinstance(h, int) or not 1 <= h <= 12:
        return None
    return Spec("TIME", "deictic", unit="D", n=0, tod=f"T{h:02d}:00")
