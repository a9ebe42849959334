"""When an event happened: the time in its own clause, else in its sentence, else the time the
narrative is at (inherited, with the basis recorded), else undated.  Always an interval at the
precision the text gives — an inherited day becomes its month, never a false day."""
from __future__ import annotations

import calendar
import re
from typing import Optional

from chronologist.records import EventDate, Timex

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# How many sentences back the narrative time still holds for an undated clause.
INHERIT_SENTENCES = 3


def bounds(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Earliest and latest ISO day a TIMEX3 date value allows ("1979-06" → 06-01 … 06-30)."""
    if not value:
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return bounds(a)[0], bounds(b)[1]
    m = _DATE.match(value)
    if not m:
        return None, None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return value, value
    if mo:
        last = calendar.monthrange(int(y), int(mo))[1]
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def is_date(tx: Timex) -> bool:
    v = tx.value or ""
    return tx.type in ("DATE", "TIME") and bool(re.match(r"^\d{4}", v))


def explicit(tx: Timex) -> EventDate:
    value = tx.value
    if tx.type == "TIME" and value and "T" in value:
        value = value.split("T")[0]
    lo, hi = bounds(value)
    return EventDate(value, tx.earliest or lo, tx.latest or hi, "explicit")


def inherited(tx: Timex) -> EventDate:
    """The narrative is "at" an earlier date: keep its month (or year), not its day."""
    value = explicit(tx).value or ""
    m = _DATE.match(value)
    if m and m.group(3):
        value = f"{m.group(1)}-{m.group(2)}"
    lo, hi = bounds(value)
    earliest = tx.earliest or lo
    return EventDate(value, earliest, hi, f"inherited: {tx.text} at {tx.start}")


def undated() -> EventDate:
    return EventDate(None, None, None, "undated")
