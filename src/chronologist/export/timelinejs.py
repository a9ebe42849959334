"""export --format timelinejs: the TimelineJS JSON format (events with start_date, text, group).

TimelineJS renders ``headline`` and ``text`` as HTML, and document text is untrusted, so every
value is HTML-escaped here.  Years are astronomical like JavaScript's Date (0 = 1 BCE); each BCE
date also carries a ``display_date`` so TimelineJS shows it as people write it.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Optional

from chronologist.export.common import era_year, events, target

_ISO = re.compile(r"^(-?\d{4,6})-(\d{2})-(\d{2})$")


def _date(day: Optional[str], precision: str) -> Optional[dict]:
    m = _ISO.match(day or "")
    if not m:
        return None
    year, month, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    out: dict = {"year": year}
    if precision in ("month", "day"):
        out["month"] = month
    if precision == "day":
        out["day"] = d
    if year < 1:
        out["display_date"] = era_year(year)
    return out


def _precision(value: Optional[str], earliest: str, latest: str) -> str:
    if earliest == latest:
        return "day"
    if earliest[:-3] == latest[:-3]:
        return "month"
    return "year"


def timeline_json(store, title: str = "chronologist timeline") -> dict:
    items = []
    for ev in events(store):
        if not ev["earliest"]:
            continue
        prec = _precision(ev["date_value"], ev["earliest"], ev["latest"] or ev["earliest"])
        start = _date(ev["earliest"], prec)
        if start is None:
            continue
        sources = "".join(
            f"<li><cite>{html.escape(s['doc'])}</cite>, characters {int(s['start'])}–{int(s['end'])}: "
            f"“{html.escape(s['text'])}”</li>" for s in ev["sources"])
        item = {"unique_id": ev["id"], "start_date": start, "group": ev["category"],
                "text": {"headline": html.escape(ev["summary"]),
                         "text": f"<p>{html.escape(ev['category'])} · {html.escape(ev['factuality'])}</p>"
                                 f"<ol>{sources}</ol>"}}
        if ev["latest"] and ev["latest"] != ev["earliest"] and prec != "year":
            item["end_date"] = _date(ev["latest"], prec)
        elif ev["latest"] and ev["latest"][:-6] != ev["earliest"][:-6]:
            item["end_date"] = _date(ev["latest"], "year")
        items.append(item)
    return {"title": {"text": {"headline": html.escape(title), "text": "<p>Every event with its sources.</p>"}},
            "events": items}


def export(store, out: Path) -> list[Path]:
    path = target(out, "timeline.json", (".json",))
    path.write_text(json.dumps(timeline_json(store), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]
