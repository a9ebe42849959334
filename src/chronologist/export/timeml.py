"""export --format timeml: one TimeML 1.2 ``.tml`` file per document (its TIMEX3s, DCT = published).

Uses ``chronologist.time.timeml.write_tml``, imported lazily so this module loads even where the
time package is being rebuilt.  File names come from document ids made safe (ids are untrusted).
"""
from __future__ import annotations

import json
from pathlib import Path

from chronologist.export.common import safe_name, stream


def export(store, out: Path) -> list[Path]:
    from chronologist.records import Timex
    from chronologist.serialize import revive
    from chronologist.time.timeml import write_tml

    folder = out if out.suffix == "" else out.with_suffix("")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written = []
    for doc in stream(store, "SELECT id, published FROM documents ORDER BY id"):
        text = store.scalar("SELECT text FROM texts WHERE doc_id = ?", (doc["id"],)) or ""
        timex = [revive(Timex, json.loads(r["attrs"])) for r in store.rows(
            "SELECT attrs FROM spans WHERE doc_id = ? AND kind = 'timex' ORDER BY char_start", (doc["id"],))]
        dct = doc["published"] if doc["published"] and doc["published"][:1].isdigit() else None
        path = folder / f"{safe_name(doc['id'], taken)}.tml"
        path.write_text(write_tml(doc["id"], text, dct, timex), encoding="utf-8")
        written.append(path)
    return written
