"""export --format csv: one CSV file per table (the store's own columns, UTF-8, header row)."""
from __future__ import annotations

import csv
from pathlib import Path

from chronologist.export.common import stream

TABLES = ("documents", "texts", "sentences", "spans", "doc_entities", "entities", "entity_aliases",
          "entity_members", "events", "event_sources", "event_entities", "measures", "measure_claims",
          "conflicts", "conflict_items")


def export(store, out: Path) -> list[Path]:
    folder = out if out.suffix == "" else out.with_suffix("")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.csv"
        cur = store.execute(f"SELECT * FROM {table}")
        names = [c[0] for c in cur.description]
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(names)
            while True:
                chunk = cur.fetchmany(2000)
                if not chunk:
                    break
                w.writerows(chunk)
        written.append(path)
    return written


__all__ = ["export", "stream"]
