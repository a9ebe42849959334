"""Dates for display and for filtering: TIMEX3 values and astronomical ISO days, BCE-aware.

The store keeps ``earliest``/``latest`` as ISO days with astronomical years (1 BC = ``0000``,
264 BC = ``-0263``).  Text order is wrong among negative years, so the web layer sorts and filters
on an integer key (year * 10000 + month * 100 + day) computed in SQL by ``sql_key``.
"""
from __future__ import annotations

import re
from typing import Optional

from chronologist.store.datekey import sql_key  # noqa: F401  (the web layer's import point)

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ISO = re.compile(r"^(-?)(\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TIMEX = re.compile(r"^(BC)?(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?)?(.*)$")
_PART = re.compile(r"^-(SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2})(.*)$")
_PARTS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
_USER = re.compile(r"^\s*(\d{1,4})\s*(BCE?|B\.C\.)\s*$", re.I)


def _era(year: int) -> str:
    """An astronomical year as people write it: 1979, 1 BCE (= year 0), 264 BCE (= -263)."""
    return f"{year}" if year >= 1 else f"{1 - year} BCE"


def display_iso(day: Optional[str]) -> str:
    """'1979-02-18' -> '18 Feb 1979'; '-0263-01-01' -> '1 Jan 264 BCE'."""
    if not day:
        return ""
    m = _ISO.match(day)
    if not m:
        return day
    year = int(m.group(2)) * (-1 if m.group(1) else 1)
    out = _era(year)
    if m.group(3):
        out = f"{_MONTHS[int(m.group(3)) - 1]} {out}" if 1 <= int(m.group(3)) <= 12 else out
        if m.group(4):
            out = f"{int(m.group(4))} {out}"
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def display_value(value: Optional[str]) -> str:
    """A TIMEX3 value for people: 'BC0264' -> '264 BCE', '19' -> '1900s', '1979-06' -> 'Jun 1979'."""
    if not value:
        return ""
    m = _TIMEX.match(value)
    if not m or value.startswith("P"):
        return value
    bc, digits, month, day, rest = m.groups()
    part = _PART.match(rest or "")
    if part and len(digits) == 4 and not month:
        name = _PARTS.get(part.group(1)) or {"Q": "Q", "H": "H", "W": "week "}[part.group(1)[0]] + \
            str(int(part.group(1)[1:]))
        return f"{name} {_era(1 - int(digits)) if bc else int(digits)}" + part.group(2)
    if len(digits) == 2:  # a century: '19' = 1900s; 'BC02' = 3rd century BCE
        k = int(digits)
        return f"{_ordinal(k + 1)} century BCE" if bc else f"{k * 100}s"
    if len(digits) == 3 and not bc:
        return f"{digits}0s"
    year = int(digits)
    if bc:
        return f"{year} BCE" + (f"-{month}" if month else "") + rest
    out = display_iso(f"{digits}" + (f"-{month}" if month else "") + (f"-{day}" if day else ""))
    return out + (" " + rest[1:] if rest.startswith("T") else rest)


def iso_key(day: str) -> int:
    """The integer sort key of an ISO day (astronomical year), matching ``sql_key``."""
    m = _ISO.match(day)
    if not m:
        raise ValueError(day)
    year = int(m.group(2)) * (-1 if m.group(1) else 1)
    return year * 10000 + int(m.group(3) or 0) * 100 + int(m.group(4) or 0)


def parse_user_date(text: str, *, end: bool = False) -> int:
    """A filter bound typed by a user: '1979', '1979-06', '1979-06-18', '-0263', '264 BCE', 'BC0264'.

    Returns the integer key of its first day (or last day when ``end``); raises ValueError.
    """
    text = text.strip()
    m = _USER.match(text)
    if m:
        text = f"-{int(m.group(1)) - 1:04d}" if int(m.group(1)) > 1 else "0000"
    elif text.upper().startswith("BC") and text[2:].isdigit():
        year = 1 - int(text[2:])
        text = f"-{-year:04d}" if year < 0 else "0000"
    m = _ISO.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, -YYYY or '264 BCE'")
    year = int(m.group(2)) * (-1 if m.group(1) else 1)
    month, day = int(m.group(3) or 0), int(m.group(4) or 0)
    if month > 12 or day > 31 or (m.group(4) and not month):
        raise ValueError(f"{text!r} is not a real date")
    if end:
        month, day = (month or 12), (day or 31)
    else:
        month, day = (month or 1), (day or 1)
    return year * 10000 + month * 100 + day
