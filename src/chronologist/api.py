"""The Python API: the same answers as the CLI, as typed records and dicts."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional, Union

from chronologist.records import Annotations, Document
from chronologist.store import queries as Q


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def annotate(text: str, date: Optional[str] = None, genre: str = "auto", doc_id: str = "text") -> Annotations:
    """Annotate one text without a store.  ``date`` (YYYY-MM-DD) anchors relative times."""
    from chronologist.extract.pipeline import analyse
    from chronologist.ingest.readers import sha256
    from chronologist.nlp.pipeline import parse

    if not isinstance(text, str):
        raise TypeError(f"annotate() takes a str, not {type(text).__name__}")
    lone = _LONE_SURROGATE.search(text)
    if lone:
        # No file can hold these (they are not encodable); they come from a bad decode upstream.
        from chronologist.errors import InputError
        raise InputError(doc_id, f"contains a lone surrogate code point U+{ord(lone.group()):04X} at character "
                                 f"{lone.start()}; decode the text with errors='replace' or fix its source")
    document = Document(id=doc_id, text=text, sha256=sha256(text))
    return analyse(document, parse(text), date=date, genre=genre)


class StoreView:
    """A store opened read-only, with the CLI's queries as methods (each returns JSON-ready dicts)."""

    def __init__(self, location: Union[str, Path]):
        from chronologist.store.database import open_store
        self.store = open_store(location, readonly=True)

    def summary(self) -> dict:
        return Q.summary(self.store)

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict]:
        return Q.documents(self.store, limit, offset)

    def document(self, doc_id: str) -> Optional[dict]:
        return Q.document(self.store, doc_id)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        return Q.search(self.store, query, limit, offset)

    def entities(self, type: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        return Q.entities(self.store, type, limit, offset)

    def entity(self, name_or_id: str) -> Optional[dict]:
        return Q.find_entity(self.store, name_or_id)

    def timeline(self, **filters) -> list[dict]:
        return Q.timeline(self.store, **filters)

    def quotes(self, speaker: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        return Q.quotes(self.store, speaker=speaker, limit=limit, offset=offset)

    def claims(self, measure: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        return Q.claims(self.store, measure=measure, limit=limit, offset=offset)

    def conflicts(self, kind: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        return Q.conflicts(self.store, kind=kind, limit=limit, offset=offset)

    def annotations(self, ids: Optional[list[str]] = None) -> Iterator[Annotations]:
        return self.store.load_annotations(ids)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "StoreView":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(location: Union[str, Path] = "chronologist.db") -> StoreView:  # noqa: A001 (mirrors sqlite3.connect)
    """Open a store read-only (an SQLite path or a postgresql:// URL)."""
    return StoreView(location)
