"""One read-only store connection per worker thread, reopened when the store file is replaced.

Starlette runs sync endpoints in a thread pool; SQLite connections must not be shared between
threads mid-query, so each thread keeps its own.  A rebuilt store (``rm`` then ``build``) is a new
file: the inode changes and the next request on each thread opens the new one.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable

from chronologist.store.base import Store
from chronologist.store.database import open_store


class StoreHolder:
    def __init__(self, location: str):
        self.location = str(location)
        self.is_file = not self.location.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        self._cache: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()
        open_store(self.location, readonly=True).close()  # fail at start-up, not on the first request

    def _identity(self) -> Any:
        if not self.is_file:
            return None
        st = os.stat(self.location)
        return (st.st_ino, st.st_dev)

    def get(self) -> Store:
        ident = self._identity()
        store = getattr(self._local, "store", None)
        if store is None or self._local.ident != ident:
            if store is not None:
                store.close()
            store = open_store(self.location, readonly=True)
            self._local.store, self._local.ident = store, ident
        return store

    def generation(self) -> Any:
        """Changes whenever the store may have changed: keys the cache of expensive aggregates."""
        if not self.is_file:
            return None  # no cache for servers we cannot stat
        parts = []
        for suffix in ("", "-wal"):
            p = Path(self.location + suffix)
            if p.exists():
                st = p.stat()
                parts.append((st.st_ino, st.st_mtime_ns, st.st_size))
        return tuple(parts)

    def warm(self, jobs: list[tuple[Hashable, Callable[[Store], Any]]]) -> threading.Thread:
        """Fill the aggregate cache in a background thread, so the first visitor does not wait."""
        def run() -> None:
            for key, compute in jobs:
                try:
                    self.cached(key, compute)
                except Exception:  # a cold cache is only slower, never wrong
                    return
            store = getattr(self._local, "store", None)
            if store is not None:
                store.close()
        thread = threading.Thread(target=run, name="chronologist-warm", daemon=True)
        thread.start()
        return thread

    def cached(self, key: Hashable, compute: Callable[[Store], Any]) -> Any:
        gen = self.generation()
        if gen is not None:
            with self._lock:
                hit = self._cache.get(key)
                if hit and hit[0] == gen:
                    self._cache.move_to_end(key)
                    return hit[1]
        value = compute(self.get())
        if gen is not None:
            with self._lock:
                self._cache[key] = (gen, value)
                while len(self._cache) > 256:
                    self._cache.popitem(last=False)
        return value
