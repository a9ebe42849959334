"""Exports of a whole store.  Each format is a module with ``export(store, out: Path) -> list[Path]``."""
from __future__ import annotations

import importlib
from pathlib import Path

# format name -> module under chronologist.export; writers of other formats add themselves here.
FORMATS: dict[str, str] = {
    "annotations": "chronologist.export.store_annotations",
    "csv": "chronologist.export.csv_tables",
    "jsonld": "chronologist.export.jsonld",
    "timelinejs": "chronologist.export.timelinejs",
    "gexf": "chronologist.export.gexf",
    "graphml": "chronologist.export.graphml",
    "webannotation": "chronologist.export.webannotation",
    "timeml": "chronologist.export.timeml",
    "plover": "chronologist.export.plover",
}


def export(store, fmt: str, out: Path) -> list[Path]:
    from chronologist.errors import UsageError
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}")
    return importlib.import_module(FORMATS[fmt]).export(store, out)
