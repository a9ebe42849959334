"""The two ends of a stated range complete each other: "6–7 January 1916", "March 5–9, 1918",
"August and September 1914", "from 499 to 493 BC".

Writers name the month, year or era once, on one end.  TimeML tags each end as its own TIMEX3, so
the end that lacks them is found here (a bare "6" is not a time on its own) and given what the
other end says; an end whose year came only from the story's current date takes the year the
range states.  Runs after normalisation, over the values already resolved.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from chronologist.records import Timex
from chronologist.time import lexicon as L
from chronologist.time.normalize import interval, valid_day

_JOIN = r"\s*(?:-|–|—|to|and|until|till|through|or)\s*"
_ORD = r"(?:st|nd|rd|th)?"
_YMD = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")
_PART = re.compile(r"^\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")
_HAS_YEAR = re.compile(r"\d{3,4}|\bB\.?C|'\d\d\b")
_JOIN_ONLY = re.compile(rf"^{_JOIN}$", re.I)
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_ORD}\s+{L.MONTH_RE}", re.I)
_BC_END = re.compile(r"^(\d{1,4})\s*B\.?C", re.I)
_BEFORE_DAY = re.compile(rf"(?<![\w.,$£€/:-])(?:the\s+)?(\d{{1,2}}){_ORD}{_JOIN}$", re.I)
_BEFORE_BC = re.compile(rf"(?<![\w.,$£€/:-])(\d{{1,4}}){_JOIN}$", re.I)
_MONTH_DAY = re.compile(rf"{L.MONTH_RE}\.?\s+(\d{{1,2}}){_ORD}$", re.I)
_AFTER_DAY = re.compile(rf"{_JOIN}(\d{{1,2}}){_ORD}(?:,\s*(\d{{4}}))?(?![\w%]|[.,]\d|\s*(?:%|per\s?cent))", re.I)


def complete_ranges(text: str, timex: list[Timex], doc=None) -> list[Timex]:
    """``timex`` (in text order) with range ends filled in and missing ends added, in text order."""
    out = list(timex)
    added: list[Timex] = []
    for t in timex:
        new = _missing_first(text, t) or _missing_second(text, t, doc)
        if new is None:
            continue
        inside = [o for o in out if new.start <= o.start and o.end <= new.end]  # "1918" of "9, 1918"
        if not any(o.start < new.end and new.start < o.end for o in out + added if o not in inside):
            out = [o for o in out if o not in inside]
            added.append(new)
    out = sorted(out + added, key=lambda t: t.start)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if _JOIN_ONLY.match(text[a.end:b.start]):
            out[i - 1] = _borrow_year(a, b) or a
    return out


def _ymd(value: Optional[str]) -> Optional[tuple[int, int, Optional[int]]]:
    m = _YMD.match(value or "")
    return (int(m[1]), int(m[2]), int(m[3]) if m[3] else None) if m else None


def _made(text: str, start: int, end: int, value: str, basis: str) -> Timex:
    lo, hi = interval(value)
    return Timex(start=start, end=end, text=text[start:end], type="DATE", value=value, anchor=basis,
                 earliest=lo, latest=hi)


def _missing_first(text: str, b: Timex) -> Optional[Timex]:
    """'6' of "6–7 January 1916", '499' of "from 499 to 493 BC"."""
    before = text[max(0, b.start - 16):b.start]
    ymd = _ymd(b.value)
    if _DAY_FIRST.match(b.text) and ymd and ymd[2]:
        m = _BEFORE_DAY.search(before)
        if m and 1 <= int(m[1]) < ymd[2]:
            s = b.start - len(before) + m.start(1)
            return _made(text, s, s + len(m[1]), f"{ymd[0]:04d}-{ymd[1]:02d}-{int(m[1]):02d}",
                         f"range end {b.value} at {b.start}")
    bc = _BC_END.match(b.text)
    if bc and (b.value or "").startswith("BC"):
        m = _BEFORE_BC.search(before)
        if m and int(m[1]) > int(bc[1]):  # BC years count down: the range starts at the larger one
            s = b.start - len(before) + m.start(1)
            return _made(text, s, s + len(m[1]), f"BC{int(m[1]):04d}", f"range end {b.value} at {b.start}")
    return None


def _missing_second(text: str, a: Timex, doc) -> Optional[Timex]:
    """'9, 1918' of "March 5–9, 1918", '5' of "May 4 and 5"."""
    ymd = _ymd(a.value)
    m = _MONTH_DAY.search(a.text)
    if not (m and ymd and ymd[2]):
        return None
    after = _AFTER_DAY.match(text, a.end)
    if not after or int(after[1]) <= ymd[2]:
        return None
    if not after[2] and doc is not None and _counts_something(doc, after.end(1)):
        return None  # "on May 4 and 5 soldiers died"
    year = int(after[2]) if after[2] else ymd[0]
    if not valid_day(year, ymd[1], int(after[1])):
        return None  # "February 28-30": no day is better than an impossible one
    return _made(text, after.start(1), after.end(), f"{year:04d}-{ymd[1]:02d}-{int(after[1]):02d}",
                 f"range start {a.value} at {a.start}")


def _counts_something(doc, end: int) -> bool:
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")


def _borrow_year(a: Timex, b: Timex) -> Optional[Timex]:
    """The first end without a year of its own takes the one the range states."""
    if a.type != "DATE" or b.type != "DATE" or _HAS_YEAR.search(a.text) or not _HAS_YEAR.search(b.text):
        return None
    ya, yb = _ymd(a.value), _ymd(b.value)
    if ya and yb:
        year = yb[0] if (ya[1], ya[2] or 0) <= (yb[1], yb[2] or 32) else yb[0] - 1  # "October to March 1916"
    elif _PART.match(a.value or "") and re.match(r"^\d{4}", b.value or ""):
        year, ya = int(b.value[:4]), (int(a.value[:4]),)  # "summer and autumn 1918"
    else:
        return None
    if year == ya[0] or year < 1:
        return None
    value = f"{year:04d}" + a.value[4:]
    lo, hi = interval(value)
    return replace(a, value=value, anchor=f"range end {b.value} at {b.start}", earliest=lo, latest=hi)
