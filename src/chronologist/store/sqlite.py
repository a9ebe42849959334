"""SQLite backend: WAL so readers (the web UI) run while a build writes; foreign keys on."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from chronologist.errors import StoreError
from chronologist.store.base import Store


class SqliteStore(Store):
    backend = "sqlite"
    placeholder = "?"

    def __init__(self, path: Path, *, readonly: bool = False, create: bool = False):
        if not path.exists() and (readonly or not create):
            raise StoreError(f"no store at {path}; build one with `chronologist build PATH --db {path}`")
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not an SQLite store ({exc})") from None
        super().__init__(conn, readonly=readonly, location=str(path))
        self.migrate()

    @contextlib.contextmanager
    def transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _has_meta(self) -> bool:
        return bool(self.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))

    def _run_script(self, script: str) -> None:
        # executescript would COMMIT our transaction; run the statements one by one instead.
        for stmt in _statements(script):
            self.conn.execute(stmt)

    def fts_query(self, query: str) -> str:
        return "sentences_fts MATCH ?"


def _statements(script: str) -> list[str]:
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out
