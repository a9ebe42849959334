"""Words the time rules are built from: month, weekday, unit and number lexicons (data, no logic)."""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Full names, or abbreviations with their full stop ("Aug."), so "Mar" in a name or "may" the verb
# does not read as a month; "May" needs capitalisation (checked by the pattern, case-sensitive).
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Sept|Aug|Oct|Nov|Dec)")

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
            "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues\.|Wed\.|Thurs\.|Fri\.)"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"

PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
                "overnight": "TNI", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00"}

# Unit word -> TIMEX3 duration letter and how many of that letter one unit is.
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("DE", 1, False), "century": ("CE", 1, False),
    "millennium": ("ML", 1, False), "weekend": ("WE", 1, False),
}
UNIT_RE = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
           r"|decades?|century|centuries|millennium|millennia|weekends?)")


def unit_of(word: str) -> str:
    """'centuries' -> 'century', 'years' -> 'year', 'five-year' part -> 'year'."""
    w = word.lower()
    if w in ("centuries",):
        return "century"
    if w in ("millennia",):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1}
ORDINAL_RE = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
              r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
              r"|twenty-first|\d{1,2}(?:st|nd|rd|th))")
# Days of the month written out, as broadcast transcripts spell them ("March eighth").
_UNIT_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINALS = {w: n for w, n in ORDINALS.items() if 1 <= n <= 20}
DAY_ORDINALS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_UNIT_ORD)})
DAY_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
DAY_ORDINAL_RE = "(?:" + "|".join(sorted((w.replace("-", "[- ]") for w in DAY_ORDINALS), key=len, reverse=True)) + ")"


def day_ordinal(text: str) -> int:
    return DAY_ORDINALS[re.sub(r"\s+", "-", text.strip().lower())]


_WORDNUM = ("(?:" + "|".join(sorted(list(ONES) + list(TENS), key=len, reverse=True)) + ")")
# A count: digits, spelled-out numbers ("twenty four", "twenty-four"), or a vague quantity (X).
NUM_RE = (rf"(?:\d{{1,3}}(?:\.\d+)?(?:\s1/2)?|{_WORDNUM}(?:[- ]{_WORDNUM})?(?:\s(?:and\s)?a\shalf)?"
          r"|a\s+few|a\s+couple\s+of|a\s+dozen|couple\s+of|a|an|one|few|several|many|some|dozens\s+of"
          r"|hundreds\s+of|thousands\s+of|a\s+half|half\s+an?)")
VAGUE = {"a few", "few", "several", "many", "some", "dozens of",
         "hundreds of", "thousands of"}

_SPACE = re.compile(r"\s+")


def number(text: str):
    """The count a NUM_RE match stands for: an int/float, or 'X' for a vague quantity."""
    t = _SPACE.sub(" ", text.lower().strip())
    if t in VAGUE:
        return "X"
    if t in ("a", "an", "one"):
        return 1
    if t in ("a dozen",):
        return 12
    if t in ("a couple of", "couple of"):
        return 2
    if t in ("a half", "half a", "half an"):
        return 0.5
    half = 0.0
    if t.endswith(" 1/2") or t.endswith("and a half") or t.endswith(" a half"):
        half = 0.5
        t = re.sub(r"\s*(1/2|and a half|a half)$", "", t)
    try:
        return float(t) + half if "." in t or half else int(t)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[- ]", t):
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        elif part:
            return None
    return total + half if half else total


def ordinal(text: str):
    t = text.lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.match(r"(\d+)", t)
    return int(m.group(1)) if m else None


MODS = {  # words before a time that TimeML folds into the TIMEX3 as a mod
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "fewer than": "LESS_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "well over": "MORE_THAN", "barely": "EQUAL_OR_LESS", "close to": "APPROX", "an estimated": "APPROX",
}
MOD_RE = ("(?:" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in MODS), key=len,
                                  reverse=True)) + r")\s+")
POINT_MODS = {"early": "START", "the beginning of": "START", "the start of": "START",
              "the end of": "END", "late": "END", "the close of": "END", "mid": "MID",
              "mid-": "MID", "the middle of": "MID", "the turn of": "START"}

HOLIDAYS = {  # fixed-date holidays: month, day
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "bastille day": (7, 14), "armistice day": (11, 11),
    "boxing day": (12, 26), "may day": (5, 1), "st. patrick's day": (3, 17),
}
# Floating holidays: month, weekday, nth (-1 = last)
FLOATING = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "memorial day": (5, 0, -1),
            "labor day": (9, 0, 1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
            "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3),
            "columbus day": (10, 0, 2)}
HOLIDAY_RE = (r"(?:Christmas(?:\s(?:Day|Eve))?|New\sYear's(?:\s(?:Day|Eve))?|Independence\sDay|Halloween"
              r"|Valentine's\sDay|Veterans\sDay|Bastille\sDay|Armistice\sDay|Boxing\sDay|St\.\sPatrick's\sDay"
              r"|Thanksgiving(?:\sDay)?|Memorial\sDay|Labor\sDay|Mother's\sDay|Father's\sDay"
              r"|Martin\sLuther\sKing\sDay|Presidents'\sDay|Columbus\sDay|Easter(?:\sSunday)?|Election\sDay)")
