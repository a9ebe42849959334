"""Pieces the export formats share: safe file names, paged row streams, events and the actor graph."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator, Optional

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
PAGE = 2000


def target(out: Path, default_name: str, suffixes: tuple[str, ...]) -> Path:
    """``out`` itself when it names a file with one of ``suffixes``, else ``out/default_name``."""
    path = out if out.suffix in suffixes else out / default_name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def safe_name(doc_id: str, taken: set[str]) -> str:
    """A file name for a document id that cannot leave the export folder (ids are untrusted)."""
    name = _UNSAFE.sub("_", doc_id).lstrip(".") or "document"
    name = name[:120]
    base, n = name, 1
    while name.lower() in taken:
        n += 1
        name = f"{base}_{n}"
    taken.add(name.lower())
    return name


def stream(store, query: str, params: tuple = ()) -> Iterator[dict]:
    """Rows of ``query`` without holding them all: a cursor read in pages."""
    cur = store.execute(query, params)
    names = [c[0] for c in cur.description]
    while True:
        chunk = cur.fetchmany(PAGE)
        if not chunk:
            return
        for r in chunk:
            yield dict(zip(names, r))


def entity_names(store) -> dict[str, dict]:
    return {r["id"]: r for r in stream(store, "SELECT id, name, type, country, lat, lon FROM entities")}


def events(store) -> Iterator[dict]:
    """Linked events with actors, targets, place and sources (from the event's JSON record)."""
    for r in stream(store, "SELECT id, date_value, earliest, latest, summary, category, cameo, factuality, place, "
                           "attrs FROM events ORDER BY earliest IS NULL, earliest, id"):
        attrs = json.loads(r.pop("attrs"))
        r["actors"], r["targets"] = attrs.get("actors", []), attrs.get("targets", [])
        r["sources"] = attrs.get("sources", [])
        r["basis"] = (attrs.get("date") or {}).get("basis")
        yield r


def actor_graph(store) -> tuple[list[dict], list[dict]]:
    """Actors/targets of events as nodes; one edge per pair sharing events, dated first to last."""
    nodes = store.rows(
        "SELECT en.id, en.name, en.type, en.country, en.mentions, COUNT(DISTINCT ee.event_id) AS events "
        "FROM event_entities ee JOIN entities en ON en.id = ee.entity_id WHERE ee.role IN ('actor', 'target') "
        "GROUP BY en.id, en.name, en.type, en.country, en.mentions ORDER BY en.id")
    edges: dict[tuple[str, str], dict] = {}
    rows = stream(store, "SELECT a.entity_id AS s, b.entity_id AS t, e.id AS event_id, e.earliest, e.latest "
                         "FROM event_entities a JOIN event_entities b ON b.event_id = a.event_id "
                         "AND a.entity_id < b.entity_id JOIN events e ON e.id = a.event_id "
                         "WHERE a.role IN ('actor', 'target') AND b.role IN ('actor', 'target') ORDER BY a.entity_id")
    for r in rows:
        e = edges.setdefault((r["s"], r["t"]), {"source": r["s"], "target": r["t"], "events": [], "dates": []})
        if r["event_id"] not in e["events"]:
            e["events"].append(r["event_id"])
            if r["earliest"]:
                e["dates"].append((day_key(r["earliest"]), r["earliest"], r["latest"] or r["earliest"]))
    out = []
    for e in edges.values():
        dates = sorted(e.pop("dates"))
        e["start"] = dates[0][1] if dates else None
        e["end"] = max(dates, key=lambda d: day_key(d[2]))[2] if dates else None
        out.append(e)
    return nodes, out


def day_key(day: Optional[str]) -> int:
    from chronologist.web.dates import iso_key
    try:
        return iso_key(day) if day else 0
    except ValueError:
        return 0


def era_year(year: int) -> str:
    """An astronomical year as people write it (0 = 1 BCE)."""
    return str(year) if year >= 1 else f"{1 - year} BCE"
