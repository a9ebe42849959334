"""Writing many new documents at once (the benchmark's synthetic stores).

The rows are exactly those of ``Store.write_document`` (same row builders in ``store.rows``); only
the transactions differ: one per chunk of documents instead of one per document, and COPY on
PostgreSQL.  Meant for filling a fresh store: documents already stored are not replaced.
"""
from __future__ import annotations

import contextlib
from typing import Iterable

from chronologist.records import Annotations
from chronologist.store import rows as R
from chronologist.store.base import SPAN_COLUMNS, Store

CHUNK = 2000
_SPAN_COLS = ["doc_id", *(c.strip() for c in SPAN_COLUMNS.split(","))]


def _insert(store: Store, table: str, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    if hasattr(store, "copy_rows"):
        store.copy_rows(table, columns, rows)
    else:
        store.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                          rows)


TABLES = {
    "texts": ["doc_id", "text"],
    "sentences": ["doc_id", "char_start", "char_end", "text"],
    "spans": _SPAN_COLS,
    "doc_entities": ["doc_id", "local_id", "name", "type", "attrs"],
}
Rows = dict[str, tuple[list[str], list[tuple]]]


def rows_for(anns: list[Annotations]) -> Rows:
    """table -> (columns, rows) for new documents, in insertion order (parents first)."""
    docs, texts, sents, spans, ents = [], [], [], [], []
    for ann in anns:
        doc_id, text = ann.document.id, ann.document.text
        docs.append(R.document_row(ann))
        texts.append((doc_id, text))
        sents += [(doc_id, s.start, s.end, text[s.start:s.end]) for s in ann.sentences]
        spans += [(doc_id, *row) for row in R.span_rows(ann)]
        ents += [(doc_id, e.id, e.name, e.type, R.dumps(e)) for e in ann.entities]
    out: Rows = {"documents": (list(docs[0]) if docs else [], [tuple(d.values()) for d in docs])}
    for table, rows in zip(TABLES, (texts, sents, spans, ents)):
        out[table] = (TABLES[table], rows)
    return out


def insert_rows(store: Store, tables: Rows) -> None:
    """One transaction for a chunk of documents (with the stale mark the link pass looks for)."""
    with store.transaction():
        for table, (columns, rows) in tables.items():
            _insert(store, table, columns, rows)
        store._mark_stale()


def write_documents_bulk(store: Store, anns: Iterable[Annotations], chunk: int = CHUNK) -> int:
    """Store new documents, ``chunk`` per transaction; returns how many were written."""
    store._check_writable()
    batch: list[Annotations] = []
    n = 0
    for ann in anns:
        batch.append(ann)
        if len(batch) >= chunk:
            insert_rows(store, rows_for(batch))
            n += len(batch)
            batch = []
    if batch:
        insert_rows(store, rows_for(batch))
        n += len(batch)
    return n


def write_linked_fast(store: Store, linked) -> None:
    """Store.write_linked (kept as the bulk loaders' one entry point for the link tables)."""
    store.write_linked(linked)


@contextlib.contextmanager
def fresh_load(store: Store):
    """Fill an empty store faster: full-text indexing is done once at the end instead of per row.

    SQLite: the FTS5 insert trigger is dropped, the index rebuilt in one pass, the trigger restored.
    PostgreSQL: the GIN index is dropped and created again after the load.  A store that already
    holds documents is loaded as it is (its index stays live).
    """
    empty = not store.scalar("SELECT COUNT(*) FROM documents")
    if not empty:
        yield
        return
    # Foreign keys are not checked row by row during the load: the rows are consistent by
    # construction (generated together, or copied from a consistent store).
    if store.backend == "sqlite":
        trigger = _sqlite_insert_trigger()
        store.conn.execute("PRAGMA foreign_keys = OFF")
        store.conn.execute("DROP TRIGGER IF EXISTS sentences_ai")
        try:
            yield
        finally:
            store.conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
            store.conn.execute(trigger)
            store.conn.execute("PRAGMA foreign_keys = ON")
    elif store.backend == "postgresql":
        from chronologist.store.schema import POSTGRES_FTS
        superuser = store.scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        store.conn.execute("DROP INDEX IF EXISTS sentences_fts")
        if superuser:  # 'replica' skips the foreign-key triggers (needs a superuser)
            store.conn.execute("SET session_replication_role = replica")
        try:
            yield
        finally:
            if superuser:
                store.conn.execute("SET session_replication_role = DEFAULT")
            store.conn.execute("SET maintenance_work_mem = '512MB'")
            store.conn.execute(POSTGRES_FTS)
            store.conn.execute("ANALYZE")
    else:
        yield


def _sqlite_insert_trigger() -> str:
    from chronologist.store.schema import SQLITE_FTS
    start = SQLITE_FTS.index("CREATE TRIGGER sentences_ai")
    return SQLITE_FTS[start:SQLITE_FTS.index("END;", start) + 4]


COPY_ORDER = ("documents", "texts", "sentences", "spans", "doc_entities", "entities", "entity_aliases",
              "entity_members", "events", "event_sources", "event_entities", "measures", "measure_claims",
              "conflicts", "conflict_items", "quote_speakers")


def copy_store(src: Store, dst: Store, batch: int = 20000) -> None:
    """Copy every row of one (filled) store into a fresh one, e.g. SQLite → PostgreSQL, ids kept."""
    dst._check_writable()
    with fresh_load(dst):
        with dst.transaction():
            for table in COPY_ORDER:
                cur = src.execute(f"SELECT * FROM {table}")
                columns = [c[0] for c in cur.description]
                while True:
                    rows = cur.fetchmany(batch)
                    if not rows:
                        break
                    _insert(dst, table, columns, [tuple(r) for r in rows])
            if src.link_stale():
                dst._mark_stale()
            if dst.backend == "postgresql":  # explicit ids were copied: move the id sequences past them
                for table in ("sentences", "spans"):
                    dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
