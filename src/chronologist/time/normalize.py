"""TIMEX3 value arithmetic: parse a value into a point with a granularity, shift it, give its interval.

Years are astronomical internally (1 BC = 0, 264 BC = -263) so that BC dates sort and subtract
like the others; ``year_str`` writes them back as TimeML ``BC0264``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

# Granularities from coarse to fine.
GRAN_ORDER = {"C": 0, "E": 1, "Y": 2, "H": 3, "S": 3, "Q": 4, "M": 5, "W": 6, "D": 7}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Point:
    """A date at some granularity: C(entury), E (decade), Y, H(alf), S(eason), Q, M, W, D."""

    year: int  # astronomical; for C the century index (19 = 1900s), for E the decade (198)
    gran: str
    sub: int = 0  # month (M, D), week (W), quarter (Q), half (H)
    day: int = 0
    season: str = ""

    def date(self) -> dt.date:
        """First day of the point (only for Y and finer, year >= 1)."""
        if self.gran == "D":
            return dt.date(self.year, self.sub, self.day)
        if self.gran == "M":
            return dt.date(self.year, self.sub, 1)
        if self.gran == "W":
            return dt.date.fromisocalendar(self.year, self.sub, 1)
        if self.gran == "Q":
            return dt.date(self.year, 3 * self.sub - 2, 1)
        return dt.date(self.year, 1, 1)


def year_str(y: int) -> str:
    if y <= 0:
        return f"BC{1 - y:04d}"
    return f"{y:04d}"


def fmt(p: Point) -> str:
    y = year_str(p.year)
    if p.gran == "C":
        return f"{p.year:02d}" if p.year >= 0 else f"BC{-p.year:02d}"
    if p.gran == "E":
        return f"{p.year:03d}"
    if p.gran == "Y":
        return y
    if p.gran == "M":
        return f"{y}-{p.sub:02d}"
    if p.gran == "D":
        return f"{y}-{p.sub:02d}-{p.day:02d}"
    if p.gran == "W":
        return f"{y}-W{p.sub:02d}"
    if p.gran == "Q":
        return f"{y}-Q{p.sub}"
    if p.gran == "H":
        return f"{y}-H{p.sub}"
    if p.gran == "S":
        return f"{y}-{p.season}"
    return y


_VALUE = re.compile(r"^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$")


def parse(value: Optional[str]) -> Optional[Point]:
    """The point a concrete TIMEX3 DATE/TIME value denotes; None for refs, durations, X-values."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):
        return Point(int(value), "E")
    if re.fullmatch(r"\d{2}", value):
        return Point(int(value), "C")
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m.group(2))
    if m.group(1):
        y = 1 - y
    if m.group(3):
        month = int(m.group(3))
        if not 1 <= month <= 12:
            return None
        if m.group(4):
            day = int(m.group(4))
            if y < 1 or not 1 <= day <= calendar.monthrange(y, month)[1]:
                return None
            return Point(y, "D", month, day)
        return Point(y, "M", month)
    if m.group(5):
        return Point(y, "W", int(m.group(5)))
    if m.group(6):
        return Point(y, "Q", int(m.group(6)))
    if m.group(7):
        return Point(y, "H", int(m.group(7)))
    if m.group(8):
        return Point(y, "S", season=m.group(8))
    return Point(y, "Y")


def from_date(d: dt.date, gran: str) -> Point:
    if gran == "D":
        return Point(d.year, "D", d.month, d.day)
    if gran == "M":
        return Point(d.year, "M", d.month)
    if gran == "W":
        iso = d.isocalendar()
        return Point(iso[0], "W", iso[1])
    if gran == "Q":
        return Point(d.year, "Q", (d.month - 1) // 3 + 1)
    if gran == "H":
        return Point(d.year, "H", 1 if d.month <= 6 else 2)
    return Point(d.year, "Y")


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift(p: Point, unit: str, n: int) -> Optional[Point]:
    """``p`` moved by n units ('Y', 'M', 'W', 'D', 'Q', 'H', 'E', 'C') at the unit's granularity.
    None when p is too coarse for the move: three months after '1979' is not a month we know."""
    if unit in ("E", "C"):
        unit, n = "Y", n * (10 if unit == "E" else 100)
    if p.gran in ("C", "E"):
        return None
    if unit == "Y":
        if p.gran == "D":
            if p.year + n < 1:
                return Point(p.year + n, "Y")
            return Point(p.year + n, "D", p.sub, min(p.day, calendar.monthrange(p.year + n, p.sub)[1]))
        if p.gran == "W":
            return Point(p.year + n, "Y")
        return Point(p.year + n, p.gran, p.sub, p.day, p.season)
    if p.year < 1:
        return None
    if unit == "M" and p.gran in ("M", "D"):
        y, m = _add_months(p.year, p.sub, n)
        if p.gran == "M":
            return Point(y, "M", m)
        return Point(y, "D", m, min(p.day, calendar.monthrange(y, m)[1]))
    if unit == "Q" and p.gran in ("Q", "M", "D", "W"):
        q = (p.sub if p.gran == "Q" else (p.date().month - 1) // 3 + 1) - 1 + n
        return Point(p.year + q // 4, "Q", q % 4 + 1)
    if unit == "H" and p.gran in ("H", "Q", "M", "D", "W"):
        h = (p.sub if p.gran == "H" else (1 if p.date().month <= 6 else 2)) - 1 + n
        return Point(p.year + h // 2, "H", h % 2 + 1)
    if unit in ("W", "D") and p.gran in ("W", "D"):
        try:
            d = p.date() + dt.timedelta(days=n * (7 if unit == "W" else 1))
        except OverflowError:  # past 31 December 9999 (or before 1 January 1): no ISO day to name
            return None
        return from_date(d, unit)
    return None


def coarsen(p: Point, gran: str) -> Point:
    """The same point at a coarser granularity (a day's month, a day's year...)."""
    if GRAN_ORDER.get(gran, 0) >= GRAN_ORDER.get(p.gran, 0) or p.year < 1:
        return p if gran != "Y" else Point(p.year, "Y")
    if gran == "Y":
        return Point(p.year, "Y")
    if p.gran in ("W", "D", "M", "Q"):
        return from_date(p.date(), gran)
    return p


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y >= 0 else f"-{-y:04d}-{m:02d}-{d:02d}"


def interval(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """First and last ISO day of a DATE/TIME value (astronomical years), or (None, None)."""
    p = parse(value)
    if p is None:
        return None, None
    y = p.year
    if p.gran == "C":
        return _iso(y * 100, 1, 1), _iso(y * 100 + 99, 12, 31)
    if p.gran == "E":
        return _iso(y * 10, 1, 1), _iso(y * 10 + 9, 12, 31)
    if p.gran == "Y" or y < 1:
        return _iso(y, 1, 1), _iso(y, 12, 31)
    if p.gran == "D":
        return _iso(y, p.sub, p.day), _iso(y, p.sub, p.day)
    if p.gran == "M":
        return _iso(y, p.sub, 1), _iso(y, p.sub, calendar.monthrange(y, p.sub)[1])
    if p.gran == "Q":
        m2 = 3 * p.sub
        return _iso(y, m2 - 2, 1), _iso(y, m2, calendar.monthrange(y, m2)[1])
    if p.gran == "H":
        return (_iso(y, 1, 1), _iso(y, 6, 30)) if p.sub == 1 else (_iso(y, 7, 1), _iso(y, 12, 31))
    if p.gran == "W":
        d = p.date()
        last = d + dt.timedelta(days=6) if d <= dt.date.max - dt.timedelta(days=6) else dt.date.max
        return d.isoformat(), last.isoformat()  # the last week of 9999 ends where the calendar does
    if p.gran == "S":
        a, b = SEASON_MONTHS[p.season]
        if p.season == "WI":
            if y >= 9999:
                return _iso(y, 12, 1), _iso(y, 12, 31)
            return _iso(y, 12, 1), _iso(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
        return _iso(y, a, 1), _iso(y, b, calendar.monthrange(y, b)[1])
    return None, None


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and y >= 1 and 1 <= d <= calendar.monthrange(y, m)[1]


def duration(n, letter: str, time: bool = False) -> str:
    """'P4Y', 'PT3H', 'PXM'; fractional counts go one unit down where TimeML can say it."""
    if n == "X":
        letter = {"DE": "E", "CE": "C", "ML": "L", "WE": "WE"}.get(letter, letter)
        return f"P{'T' if time else ''}X{letter}"
    if isinstance(n, float) and not n.is_integer():
        whole, part = int(n), n - int(n)
        if time and letter == "M":
            return f"PT{whole}M{int(part * 60)}S" if whole else f"PT{int(part * 60)}S"
        sub = {"H": ("M", 60), "Y": ("M", 12), "D": ("H", 24), "M": ("D", 30), "W": ("D", 7), "MI": ("S", 60)}
        if letter in sub:
            small, k = sub[letter]
            if letter == "D":
                return f"P{whole}DT{int(part * k)}H" if whole else f"PT{int(part * k)}H"
            if letter == "H":
                return f"PT{whole}H{int(part * k)}M" if whole else f"PT{int(part * k)}M"
            return f"P{whole}{letter}{int(part * k)}{small}" if whole else f"P{int(part * k)}{small}"
        return f"P{'T' if time else ''}{n:g}{letter}"
    n = int(n)
    if letter == "DE":
        return f"P{10 * n}Y"
    if letter == "CE":
        return f"P{100 * n}Y"
    if letter == "ML":
        return f"P{1000 * n}Y"
    if letter == "WE":
        return f"P{2 * n}D"
    return f"P{'T' if time else ''}{n}{letter}"


def day_number(iso: Optional[str]) -> Optional[int]:
    """A sortable day count for an ``earliest``/``latest`` string, BC included ('-0263-01-01').

    ISO strings with negative years do not sort as text (-0263 would land after -0100), so code
    that orders timex intervals should sort by this number instead.
    """
    if not iso:
        return None
    m = re.fullmatch(r"(-?)(\d{4,})-(\d{2})-(\d{2})", iso)
    if not m:
        return None
    y = int(m.group(2)) * (-1 if m.group(1) else 1)
    mo, d = int(m.group(3)), int(m.group(4))
    # days from 0000-03-01 in the proleptic Gregorian calendar (works for any integer year)
    yy, mm = (y - 1, mo + 12) if mo <= 2 else (y, mo)
    return 365 * yy + yy // 4 - yy // 100 + yy // 400 + (153 * (mm - 3) + 2) // 5 + d - 1
