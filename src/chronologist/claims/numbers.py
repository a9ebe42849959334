"""Number phrases: value, bound and scale of "over 3 million", "between 1.5 and 2.2 million",
"30-40%", "USD 3.8 billion", "Tens of thousands of", "third biggest".

One compiled regex finds candidate phrases over the whole text in a single pass; the words it
knows (bounds, scales, currencies, vague plurals) live in the tables below, not in the pattern logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

Number = Union[int, float]

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
    "a dozen": 12, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mln": 1_000_000}
# A bound word before the number → the bound it expresses.
BOUNDS = {
    "more than": "gt", "over": "gt", "above": "gt", "upwards of": "gt", "in excess of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "as many as": "le",
    "less than": "lt", "fewer than": "lt", "under": "lt", "below": "lt",
    "up to": "le", "at most": "le", "no more than": "le", "as few as": "ge",
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "nearly": "approx", "almost": "approx", "an estimated": "approx",
    "close to": "approx", "an approximate": "approx", "circa": "approx", "estimated": "approx",
}
# "Thousands of X" is at least a thousand and less than ten thousand.
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
         "billions": 1_000_000_000, "tens": 10}
CURRENCY_PREFIX = {"usd": "USD", "us$": "USD", "$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                   "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "vnd": "VND", "cny": "CNY", "rmb": "CNY",
                   "yuan": "CNY", "inr": "INR", "rs": "INR"}
CURRENCY_SUFFIX = {"dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR",
                   "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY",
                   "yuan": "CNY", "dong": "VND", "rupees": "INR", "riel": "KHR", "riels": "KHR"}
PERCENT = {"%", "percent", "per cent", "percentage points"}
FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" \
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|" \
           r"fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|a thousand|a million"
_SCALE = r"(?:\s+(?:hundred\s+)?(?:thousand|million|billion|trillion)|\s?(?:bn|mln)\b)"
_QTY = rf"(?:(?:{_DIGITS})(?:{_SCALE})?|\b(?:{_WORDNUM})\b(?:{_SCALE})?)"
_CUR_PRE = r"(?:USD|US\$|EUR|GBP|JPY|VND|CNY|RMB|INR|\$|€|£|¥)"
_MONEY = rf"(?:{_CUR_PRE}\s?)?{_QTY}"
_BOUND = rf"(?:\b(?:{_alt(BOUNDS)})\s+)"
_PCT = r"(?:\s?%|\s+per\s?cent\b|\s+percentage points\b)"
_SUFFIX = rf"(?:\s+(?:{_alt(CURRENCY_SUFFIX)})\b|{_PCT})"
PATTERN = re.compile(
    rf"(?P<range1>\bbetween\s+(?P<r1a>{_MONEY})(?P<r1ap>{_PCT})?\s+and\s+(?P<r1b_bound>{_BOUND})?(?P<r1b>{_MONEY}))"
    rf"|(?P<range2>\bfrom\s+(?P<r2a>{_MONEY})(?P<r2ap>{_PCT})?\s+to\s+(?P<r2b_bound>{_BOUND})?(?P<r2b>{_MONEY}))"
    rf"|(?P<vague>\b(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\s+of\b)"
    rf"|(?P<frac>(?P<frac_bound>{_BOUND})?\b(?P<frac_n>a|one|two|three|four)\s+(?P<frac_d>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\s+of\b)"
    rf"|(?P<rank>\b(?:{_alt(ORDINALS)}|\d+(?:st|nd|rd|th))[\s-]+(?:(?:most\s+)?\w+est|most\s+\w+|largest|biggest)\b)"
    rf"|(?P<single>(?P<bound>{_BOUND})?(?P<num>{_MONEY})(?:\s*(?:-|–|to)\s*(?P<hi>{_MONEY}))?)",
    re.I)
SUFFIX = re.compile(rf"{_SUFFIX}", re.I)


@dataclass
class NumberPhrase:
    start: int
    end: int
    value: Union[Number, tuple[Number, Number]]
    bound: str
    unit: Optional[str]  # currency code or "percent" when the phrase itself says so
    kind: str  # "plain", "range", "vague", "rank"
    written: bool  # the number is spelled out in words ("four"), not digits
    has_scale: bool
    upper: Optional[Number] = None  # for vague plurals: the order of magnitude above


def _number(s: str) -> tuple[Optional[Number], Optional[str], bool, bool]:
    """"USD 3.8 billion" → (3.8e9, "USD", written=False, has_scale=True)."""
    s = s.strip()
    unit = None
    m = re.match(_CUR_PRE, s, re.I)
    if m:
        unit = CURRENCY_PREFIX.get(m.group(0).lower(), m.group(0).upper())
        s = s[m.end():].strip()
    scale = 1
    has_scale = False
    parts = s.lower().replace("-", " ").split()
    while parts and parts[-1] in SCALES and len(parts) > 1:
        scale *= SCALES[parts.pop()]
        has_scale = True
    if len(parts) == 1 and re.fullmatch(r"[\d.,]+(?:bn|mln)", parts[0]):
        suf = "bn" if parts[0].endswith("bn") else "mln"
        parts = [parts[0][: -len(suf)]]
        scale *= SCALES[suf]
        has_scale = True
    core = " ".join(parts)
    written = False
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", core):
        base: Number = float(core.replace(",", ""))
    elif core in WORD_NUMBERS:
        base, written = WORD_NUMBERS[core], True
    elif len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
        base, written = WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]], True
    else:
        return None, unit, False, has_scale
    value = base * scale
    return (int(value) if float(value).is_integer() else round(value, 6)), unit, written, has_scale


def _suffix_unit(text: str, end: int) -> tuple[Optional[str], int]:
    m = SUFFIX.match(text, end)
    if not m:
        return None, end
    word = m.group(0).strip().lower()
    if word in PERCENT or word.startswith("per") or word == "%":
        return "percent", m.end()
    return CURRENCY_SUFFIX.get(word, word.upper()), m.end()


def parse_at(m: re.Match, text: str) -> Optional[NumberPhrase]:
    """Turn one regex match into a NumberPhrase (None when it is not a number after all)."""
    g = m.groupdict()
    if g["range1"] or g["range2"]:
        a, b = (g["r1a"], g["r1b"]) if g["range1"] else (g["r2a"], g["r2b"])
        pct = g["r1ap"] or g["r2ap"]
        lo, u1, w1, s1 = _number(a)
        hi, u2, w2, s2 = _number(b)
        if lo is None or hi is None:
            return None
        unit, end = _suffix_unit(text, m.end())
        unit = unit or u1 or u2 or ("percent" if pct else None)
        if s2 and not s1 and lo < hi / 1000:  # "between 1.5 and 2.2 million": the scale is shared
            for word, k in SCALES.items():
                if re.search(rf"\b{word}\b\s*$", b, re.I):
                    lo = lo * k
                    lo = int(lo) if float(lo).is_integer() else lo
                    break
        return NumberPhrase(m.start(), end, (lo, hi), "range", unit, "range", w1 and w2, s1 or s2)
    if g["vague"]:
        words = g["vague"].lower().split()
        value = VAGUE[words[-2]]
        if words[0] in ("tens", "hundreds") and len(words) > 3:
            value *= VAGUE[words[0]]
        return NumberPhrase(m.start(), m.end(), value, "ge", None, "vague", True, True, upper=value * 10)
    if g["frac"]:
        n = 1 if g["frac_n"].lower() in ("a", "one") else WORD_NUMBERS[g["frac_n"].lower()]
        value = round(n * 100 / FRACTIONS[g["frac_d"].lower()], 4)
        value = int(value) if float(value).is_integer() else value
        bound = BOUNDS[" ".join(g["frac_bound"].lower().split())] if g["frac_bound"] else "eq"
        return NumberPhrase(m.start(), m.end(), value, bound, "percent", "fraction", True, False)
    if g["rank"]:
        first = re.split(r"[\s-]+", g["rank"])[0].lower()
        value = ORDINALS.get(first) or int(re.sub(r"\D", "", first))
        return NumberPhrase(m.start(), m.end(), value, "eq", "rank", "rank", True, False)
    value, unit, written, has_scale = _number(g["num"])
    if value is None:
        return None
    bound = BOUNDS[" ".join(g["bound"].lower().split())] if g["bound"] else "eq"
    end = m.end()
    if g["hi"]:
        hi, u2, _, s2 = _number(g["hi"])
        if hi is None or hi <= value:
            end = m.start("hi") - 1 if m.start("hi") > m.start() else m.end()
            g_hi = None
        else:
            g_hi = hi
            suffix_unit, end = _suffix_unit(text, m.end())
            return NumberPhrase(m.start(), end, (value, hi), "range", suffix_unit or unit or u2,
                                "range", written, has_scale or s2)
        if g_hi is None:
            end = m.end("num")
    suffix_unit, end2 = _suffix_unit(text, m.end("num"))
    if suffix_unit:
        end = end2
    else:
        end = m.end("num")
    return NumberPhrase(m.start(), end, value, bound, suffix_unit or unit, "plain", written, has_scale)


def number_phrases(text: str) -> list[NumberPhrase]:
    out = []
    for m in PATTERN.finditer(text):
        p = parse_at(m, text)
        if p is not None:
            out.append(p)
    return out


def interval(value, bound: str, kind: str = "plain") -> tuple[float, float]:
    """The set of values a claim allows, for overlap tests: "over 3 million" = (3e6, inf)."""
    inf = float("inf")
    if isinstance(value, (list, tuple)):
        return float(value[0]), float(value[1])
    v = float(value)
    if kind == "vague":
        return v, v * 10
    return {"eq": (v, v), "gt": (v, inf), "ge": (v, inf), "lt": (0.0, v), "le": (0.0, v),
            "approx": (v * 0.9, v * 1.1)}.get(bound, (v, v))
