"""Opening a store: which backend, which schema version, read-only or not."""
from __future__ import annotations

from typing import Union
from pathlib import Path

from chronologist.store.base import Store


def open_store(location: Union[str, Path], *, readonly: bool = False, create: bool = False) -> Store:
    """A SQLite file path, or a ``postgresql://`` URL."""
    loc = str(location)
    if loc.startswith(("postgresql://", "postgres://")):
        from chronologist.store.postgres import PostgresStore
        return PostgresStore(loc, readonly=readonly, create=create)
    from chronologist.store.sqlite import SqliteStore
    return SqliteStore(Path(loc), readonly=readonly, create=create)
