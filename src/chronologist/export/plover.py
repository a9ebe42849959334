"""export --format plover: one JSON line per event, PLOVER-style (as the POLECAT data set), with its
source sentence and every other source that tells the same event."""
from __future__ import annotations

import json
from pathlib import Path

from chronologist.export.common import entity_names, events, target

# chronologist factuality -> PLOVER event mode (PLOVER codes modes beside the event type)
MODES = {"asserted": None, "negated": "negated", "planned": "intend", "hypothetical": "hypothetical",
         "counterfactual": "hypothetical", "reported": None}


def records(store):
    ents = entity_names(store)

    def names(ids):
        return [ents[i]["name"] for i in ids if i in ents]

    for ev in events(store):
        place = ents.get(ev["place"]) if ev["place"] else None
        first = ev["sources"][0] if ev["sources"] else {}
        yield {
            "event_id": ev["id"], "event_type": ev["category"], "cameo": ev["cameo"],
            "mode": MODES.get(ev["factuality"], ev["factuality"]), "factuality": ev["factuality"],
            "event_date": ev["date_value"], "earliest": ev["earliest"], "latest": ev["latest"],
            "date_basis": ev["basis"], "summary": ev["summary"],
            "actor": names(ev["actors"]), "actor_ids": ev["actors"],
            "recipient": names(ev["targets"]), "recipient_ids": ev["targets"],
            "location": {"name": place["name"], "id": place["id"], "country": place["country"],
                         "lat": place["lat"], "lon": place["lon"]} if place else None,
            "source_sentence": first.get("text"),
            "source": {"doc": first.get("doc"), "start": first.get("start"), "end": first.get("end")} if first else None,
            "sources": [{k: s.get(k) for k in ("doc", "start", "end", "text", "date")} for s in ev["sources"]],
        }


def export(store, out: Path) -> list[Path]:
    path = target(out, "events.jsonl", (".jsonl",))
    with path.open("w", encoding="utf-8") as fh:
        for rec in records(store):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [path]
