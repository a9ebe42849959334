"""Resolve a candidate's Spec to a TIMEX3 value against a reference: the speech time (the document
date in news, the narrative's current date in narrative) or the last date the text mentioned.

Tense (``time.tense``) decides direction where the words do not ("Friday" in a past-tense sentence
is the last one).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from chronologist.time import lexicon as L
from chronologist.time.normalize import Point, coarsen, fmt, from_date, parse, shift
from chronologist.time.spec import Spec
from chronologist.time.tense import PAST

@dataclass
class Ref:
    point: Optional[Point]
    label: str


def _with_tod(p: Optional[Point], tod: str) -> Optional[str]:
    if p is None:
        return None
    if not tod:
        return fmt(p)
    if tod == "WE":
        w = p if p.gran == "W" else (from_date(p.date(), "W") if p.gran == "D" else None)
        return f"{fmt(w)}-WE" if w else None
    if p.gran != "D":
        return None
    return fmt(p) + tod


def _day(p: Optional[Point]) -> Optional[Point]:
    return p if p is not None and p.gran == "D" and p.year >= 1 else None


def _nearest_year(ref: Point, month: int, day: int, direction: str) -> int:
    """The year that puts month/day nearest the reference; tense tips the balance (a past-tense
    clause makes a later date cost more, a future one an earlier date)."""
    if ref.gran not in ("M", "D", "W") or ref.year < 2:
        return ref.year
    r = ref.date() if ref.gran != "M" else dt.date(ref.year, ref.sub, 15)
    best, best_cost = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            d = dt.date(y, month, 28)
        delta = (d - r).days
        cost = abs(delta)
        if direction == "done" and delta > 0:
            cost += DONE_BIAS
        elif direction == "past" and delta > 0:
            cost += PAST_BIAS
        elif direction != "future" and delta > 0:
            cost += NEUTRAL_BIAS  # news mostly reports what has happened
        if direction == "future" and delta < 0:
            cost += FUTURE_BIAS
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


DONE_BIAS = 300  # a month a past-tense verb dates itself is behind the time of writing, but for its own
PAST_BIAS = 120  # days: how much further back a past-tense month may be than a forward one
FUTURE_BIAS = 300
NEUTRAL_BIAS = 120


def _holiday_date(name: str, y: int) -> Optional[dt.date]:
    if name in L.HOLIDAYS:
        m, d = L.HOLIDAYS[name]
        return dt.date(y, m, d)
    if name in L.FLOATING:
        m, wd, nth = L.FLOATING[name]
        first = dt.date(y, m, 1)
        if nth > 0:
            d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            d = nxt - dt.timedelta(days=(nxt.weekday() - wd) % 7)
        return d
    if name == "election day":  # the United States': the Tuesday after the first Monday of November
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if name.startswith("easter"):
        a, b, c = y % 19, y // 100, y % 100
        d_, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d_ - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m_ = (a + 11 * h + 22 * l_) // 451
        month = (h + l_ - 7 * m_ + 114) // 31
        day = (h + l_ - 7 * m_ + 114) % 31 + 1
        return dt.date(y, month, day)
    return None


def resolve(spec: Spec, speech: Ref, last: Ref, dct: Ref, tense_: str, narrative: bool) -> tuple[Optional[str], Optional[str]]:
    """(value, anchor label) for one Spec; value None when the reference needed is unknown."""
    k = spec.kind
    if k == "abs":
        if spec.tod and spec.value and re.fullmatch(r"\d{4}-\d\d-\d\d", spec.value):
            return spec.value + spec.tod, None
        return spec.value, None
    if k == "invalid":
        return None, None
    if k == "ago":
        if spec.rel == "quarter":
            q = _current_quarter(last, dct, tense_)
            return _fmt_opt(shift(q, "Y", spec.n) if q else None), last.label if last.point else dct.label
        if spec.unit == "Y" and last.point is not None and last.point.gran in ("Q", "H") and last.point.year >= 1:
            return _fmt_opt(shift(last.point, "Y", spec.n)), last.label  # "$5 a share a year ago"
        ref = dct if dct.point is not None else speech
        if ref.point is None:
            return None, ref.label
        if spec.rel == "today":  # "fifty years ago today"
            d = _day(ref.point)
            return (_with_tod(shift(d, spec.unit, spec.n), spec.tod) if d else None), ref.label
        return _fmt_opt(shift(coarsen(ref.point, _gran(spec.unit)), spec.unit, spec.n)), ref.label
    if k == "deictic":
        ref = speech
        if spec.tod[1:2].isdigit() and spec.n == 0 and spec.unit == "D" and _day(last.point) is not None:
            ref = last  # "at 10:35 a.m." belongs to the day the text is talking about
        if spec.unit == "D" and spec.n == 0 and not spec.tod and narrative:
            return "PRESENT_REF", None
        if ref.point is None:
            return None, ref.label
        if spec.unit == "C":
            c = (ref.point.year - 1) // 100 if ref.point.gran not in ("C", "E") else ref.point.year
            return f"{c + spec.n:02d}", ref.label
        if spec.unit == "E":
            return f"{ref.point.year // 10 + spec.n:03d}", ref.label
        gran = "W" if spec.tod == "WE" else ("D" if spec.tod else spec.unit)
        base = coarsen(ref.point, gran) if gran != "D" else _day(ref.point)
        if base is None:
            return ("PRESENT_REF" if spec.n == 0 and spec.unit == "D" and not spec.tod else None), ref.label
        return _with_tod(shift(base, spec.unit if spec.unit != "W" or gran == "W" else "W", spec.n)
                         if spec.n else base, spec.tod), ref.label
    if k == "anaphor":
        if spec.rel == "shift" and last.point is None:
            return None, "no earlier date in the text"  # "eighteen months earlier" than what?
        ref = last if last.point is not None else speech
        if ref.point is None:
            return None, ref.label
        p = ref.point
        if not spec.unit:  # "at that time": the period around the last date, at year level
            return (fmt(p) if spec.rel == "same" else fmt(coarsen(p, "Y"))), ref.label
        if spec.unit == "Q" and spec.n == 0:
            q = _current_quarter(last, dct, tense_)
            if q is not None and spec.value:  # "the 1988 quarter"
                return f"{spec.value}-Q{q.sub}", ref.label
            return _fmt_opt(q), ref.label
        if spec.unit == "Y" and spec.n == 0 and spec.rel == "the" and not narrative and dct.point is not None:
            return fmt(coarsen(dct.point, "Y")), dct.label  # news: "for the year" is the current one
        if spec.unit == "Y":
            # a comparison keeps the grain of what it compares: "a year earlier" than the third
            # quarter is last year's third quarter; in a story, "two years later" is a year
            # quarter; in news "a year earlier" than a day is that day a year back (figures "as of
            # Sept. 30"); in a story, "two years later" is a year
            keep = ("Q", "H", "S", "D") if spec.n < 0 and not narrative else ("Q", "H", "S")
            base = p if p.gran in keep and spec.n else coarsen(p, "Y")
        elif spec.unit in ("D", "W") and spec.tod != "WE":
            base = _day(p) or (p if p.gran == "W" and spec.unit == "W" else None)
            if base is not None and base.gran == "D" and spec.unit == "W" and spec.rel != "shift":
                base = from_date(base.date(), "W")  # "for the week", "the following week": a week, not a day
        elif spec.tod == "WE":
            if not narrative and _day(dct.point) is not None:
                # news: "the weekend" just gone in a past-tense clause, else the coming one
                d = dct.point.date()
                back = tense_ in PAST and d.weekday() < 5
                return _with_tod(from_date(d - dt.timedelta(days=7 if back else 0), "W"), "WE"), dct.label
            base = _day(p) or (p if p.gran == "W" else None)
        else:
            base = coarsen(p, spec.unit) if p.gran in ("M", "D", "W", "Q") else None
        if base is None:
            return None, ref.label
        moved = shift(base, spec.unit, spec.n) if spec.n else base
        return _with_tod(moved, spec.tod), ref.label
    if k == "weekday":
        ref = speech if not narrative else (last if last.point is not None else speech)
        if spec.rel in ("before", "after") and _day(last.point) is not None:
            ref = last  # "the previous Friday", "the following Monday": before or after the day in view
        d = _day(ref.point)
        if d is None:
            return None, ref.label
        base = d.date()
        delta = (spec.wd - base.weekday()) % 7
        direction = {"before": "last", "after": "next"}.get(spec.rel, spec.rel) \
            or ("next" if tense_ in ("future", "scheduled") else "last")
        if direction == "last":
            day = base - dt.timedelta(days=(base.weekday() - spec.wd) % 7 or (7 if spec.rel else 0))
        elif direction == "next":
            day = base + dt.timedelta(days=delta or (7 if spec.rel else 0))
        elif direction == "this":
            day = base + dt.timedelta(days=spec.wd - base.weekday())
        else:
            day = base + dt.timedelta(days=delta if delta <= 3 else delta - 7)
        return _with_tod(Point(day.year, "D", day.month, day.day), spec.tod), ref.label
    if k == "yearless":
        return _yearless(spec, speech, last, tense_, narrative)
    return None, None


def _yearless(spec: Spec, speech: Ref, last: Ref, tense_: str, narrative: bool):
    # "that autumn" points back at the time the text is talking about, in news as in a story
    anaphoric = spec.rel == "that" and last.point is not None and last.point.gran not in ("C", "E")
    ref = (last if last.point is not None else speech) \
        if narrative or anaphoric or _undated_story(spec, speech, last) else speech
    if spec.value and spec.holiday:  # "Christmas 1978"
        d = _holiday_date(spec.holiday, int(spec.value))
        return (d.isoformat() if d else spec.value), None
    if ref.point is None or ref.point.gran in ("C", "E"):
        return None, ref.label
    p = ref.point
    rel = spec.rel
    month, day = spec.month, spec.day
    if spec.season:
        month = _SEASON_START[spec.season]
    elif spec.quarter:
        month, day = 3 * spec.quarter, 28
    elif spec.holiday:
        hd = _holiday_date(spec.holiday, p.year) if p.year >= 1 else None
        month, day = (hd.month, hd.day) if hd else (0, 0)
    ref_month = (p.sub if p.gran in ("M", "D") else _SEASON_START[p.season] if p.gran == "S"
                 else p.date().month if p.gran in ("W", "Q") and p.year >= 1 else 0)
    if rel in ("lastyear", "nextyear"):
        y = p.year + (-1 if rel == "lastyear" else 1)
    elif rel == "quarter" and not narrative and ref_month:
        # "the fourth quarter" in January is the one just ended (results are reported after it)
        cur = (ref_month - 1) // 3 + 1
        y = p.year - 1 if spec.quarter > cur and tense_ != "future" else p.year
    elif rel in ("this", "quarter", "that"):
        y = p.year
    elif rel in ("last", "next"):
        if not ref_month or not month:
            y = p.year + (-1 if rel == "last" else 1)
        elif rel == "last":
            y = p.year if month < ref_month else p.year - 1
        else:
            y = p.year if month > ref_month else p.year + 1
    elif narrative or not month:
        y = p.year
    else:
        y = _nearest_year(p, month, day, tense_)
    if y < 1:
        if spec.season:
            return f"{fmt(Point(y, 'Y'))}-{spec.season}", ref.label
        if spec.month and not spec.day:
            return f"{fmt(Point(y, 'Y'))}-{spec.month:02d}", ref.label
        return None, ref.label
    if spec.holiday:
        d = _holiday_date(spec.holiday, y)
        return (d.isoformat() if d else None), ref.label
    if spec.season:
        return f"{y:04d}-{spec.season}", ref.label
    if spec.quarter:
        return f"{y:04d}-Q{spec.quarter}", ref.label
    if spec.half:
        return f"{y:04d}-H{spec.half}", ref.label
    if spec.day:
        try:
            dt.date(y, spec.month, spec.day)
        except ValueError:
            return None, ref.label
        return f"{y:04d}-{spec.month:02d}-{spec.day:02d}{spec.tod}", ref.label
    return f"{y:04d}-{spec.month:02d}", ref.label


def _undated_story(spec: Spec, speech: Ref, last: Ref) -> bool:
    """A plain "22 October" in a news text whose date is unknown takes the year the text last named
    rather than nothing.  With a document date, news convention wins: on TBAQ, letting an earlier
    year mentioned in the text decide instead costs 0.012 value F1 ("On Feb. 10" after "in 1959"
    is still this February)."""
    p = last.point
    return (speech.point is None and not spec.rel and p is not None and p.year >= 1
            and p.gran in ("Y", "S", "Q", "H", "M", "W", "D"))


def _current_quarter(last: Ref, dct: Ref, tense_: str) -> Optional[Point]:
    """The quarter a business report is about: the last one mentioned, else the one just ended."""
    if last.point is not None and last.point.gran == "Q":
        return last.point
    d = _day(dct.point) or (dct.point if dct.point is not None and dct.point.gran == "M" else None)
    if d is None:
        return None
    return shift(from_date(d.date(), "Q"), "Q", -1 if tense_ != "future" else 0)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _gran(unit: str) -> str:
    return {"E": "Y", "C": "Y"}.get(unit, unit)


def _fmt_opt(p: Optional[Point]) -> Optional[str]:
    return fmt(p) if p is not None else None


def point_of(value: Optional[str]) -> Optional[Point]:
    return parse(value)
