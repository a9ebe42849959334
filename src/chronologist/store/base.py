"""The store: one class of portable SQL over a DB-API connection; backends supply the connection.

All writes go through ``write_document`` (one transaction per document) and ``write_linked``
(one transaction for the whole link pass), so an interrupted build loses and duplicates nothing.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Optional, Sequence

from chronologist.errors import StoreError
from chronologist.records import Annotations, Linked
from chronologist.store import rows as R
from chronologist.store.schema import (
    APPLICATION, BACKEND_EXTRA, LINK_TABLES, MIGRATIONS, QUOTE_SPEAKERS_FILL, SCHEMA_VERSION,
)

LINK_READS = ("mention", "claim", "event")  # the span kinds chronologist.link reads
SPAN_COLUMNS = "kind, char_start, char_end, text, label, value, ref, earliest, latest, attrs"


class Store:
    backend = "sqlite"
    placeholder = "?"

    def __init__(self, conn: Any, *, readonly: bool, location: str):
        self.conn = conn
        self.readonly = readonly
        self.location = location

    # --- SQL helpers (queries are written with ?; PostgreSQL swaps in %s) ---
    def sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def execute(self, query: str, params: Sequence = ()):
        cur = self.conn.cursor()
        cur.execute(self.sql(query), tuple(params))
        return cur

    def executemany(self, query: str, seq: Iterable[Sequence]) -> None:
        seq = list(seq)
        if seq:
            self.conn.cursor().executemany(self.sql(query), seq)

    def rows(self, query: str, params: Sequence = ()) -> list[dict]:
        cur = self.execute(query, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def one(self, query: str, params: Sequence = ()) -> Optional[dict]:
        found = self.rows(query, params)
        return found[0] if found else None

    def scalar(self, query: str, params: Sequence = ()) -> Any:
        row = self.execute(query, params).fetchone()
        return row[0] if row else None

    def transaction(self):
        raise NotImplementedError

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- schema ---
    def _has_meta(self) -> bool:
        raise NotImplementedError

    def _run_script(self, script: str) -> None:
        raise NotImplementedError

    def schema_version(self) -> int:
        if not self._has_meta():
            return 0
        row = self.one("SELECT value FROM meta WHERE key = 'schema_version'")
        app = self.one("SELECT value FROM meta WHERE key = 'application'")
        if not app or app["value"] != APPLICATION:
            raise StoreError(f"{self.location} is not a chronologist store (meta table of another application)")
        return int(row["value"]) if row else 0

    def migrate(self) -> int:
        """Bring the schema up to date; refuse a store made by a newer chronologist."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.location} has schema version {version}, newer than this chronologist "
                             f"understands ({SCHEMA_VERSION}); upgrade chronologist to open it")
        if version == SCHEMA_VERSION:
            return version
        if self.readonly:
            raise StoreError(f"{self.location} has schema version {version}, older than {SCHEMA_VERSION}; "
                             "run `chronologist build` or `chronologist link` on it once to migrate it")
        with self.transaction():
            if version == 0:
                self._run_script("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
                self.execute("INSERT INTO meta(key, value) VALUES ('application', ?)", (APPLICATION,))
                self.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '0')")
            for step, scripts in MIGRATIONS:
                if step <= version:
                    continue
                for script in scripts:
                    self._run_script(script)
                extra = BACKEND_EXTRA[self.backend].get(step)
                if extra:
                    self._run_script(extra)
                self.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(step),))
        return SCHEMA_VERSION

    def _check_writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.location} is open read-only")

    # --- writes ---
    def known_documents(self) -> dict[str, tuple[str, Optional[str]]]:
        """id -> (sha256, path) of every stored document, for incremental builds."""
        return {r["id"]: (r["sha256"], r["path"]) for r in self.rows("SELECT id, sha256, path FROM documents")}

    def _delete_document_rows(self, doc_id: str) -> None:
        # Explicit deletes (not only ON DELETE CASCADE) so the FTS triggers and every backend agree.
        for table in ("quote_speakers", "conflict_items", "measure_claims", "event_sources", "entity_members"):
            self.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        for table in ("sentences", "spans", "doc_entities", "texts"):
            self.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def write_document(self, ann: Annotations) -> None:
        """Store one document and everything found in it, replacing any earlier version, atomically."""
        self._check_writable()
        doc = R.document_row(ann)
        text = ann.document.text
        with self.transaction():
            self._delete_document_rows(ann.document.id)
            cols = ", ".join(doc)
            self.execute(f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(doc))})", list(doc.values()))
            self.execute("INSERT INTO texts (doc_id, text) VALUES (?, ?)", (ann.document.id, text))
            self.executemany("INSERT INTO sentences (doc_id, char_start, char_end, text) VALUES (?, ?, ?, ?)",
                             [(ann.document.id, s.start, s.end, text[s.start:s.end]) for s in ann.sentences])
            self.executemany(f"INSERT INTO spans (doc_id, {SPAN_COLUMNS}) VALUES (?{', ?' * 10})",
                             [(ann.document.id, *row) for row in R.span_rows(ann)])
            self._mark_stale()
            self.executemany("INSERT INTO doc_entities (doc_id, local_id, name, type, attrs) VALUES (?, ?, ?, ?, ?)",
                             [(ann.document.id, e.id, e.name, e.type, R.dumps(e)) for e in ann.entities])

    def delete_document(self, doc_id: str) -> None:
        self._check_writable()
        with self.transaction():
            self._delete_document_rows(doc_id)
            self._mark_stale()

    def write_linked(self, linked: Linked) -> None:
        """Replace every link table with a new link pass, in one transaction."""
        self._check_writable()
        data = R.linked_rows(linked)
        with self.transaction():
            for table in LINK_TABLES:
                self.execute(f"DELETE FROM {table}")
            for table, rows in data.items():
                if rows:
                    self.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
            self._run_script(QUOTE_SPEAKERS_FILL)
            self.execute("UPDATE entities SET mentions = (SELECT COUNT(*) FROM entity_members m JOIN spans s "
                         "ON s.doc_id = m.doc_id AND s.ref = m.local_id AND s.kind = 'mention' "
                         "WHERE m.entity_id = entities.id)")
            self.execute("DELETE FROM meta WHERE key = 'link_stale'")

    def _mark_stale(self) -> None:
        # Set inside the document's own transaction: a build killed before its link pass leaves the
        # flag behind, and the next build (or `chronologist link`) relinks.
        self.execute("DELETE FROM meta WHERE key = 'link_stale'")
        self.execute("INSERT INTO meta(key, value) VALUES ('link_stale', '1')")

    def link_stale(self) -> bool:
        return self.scalar("SELECT COUNT(*) FROM meta WHERE key = 'link_stale'") > 0

    # --- reading whole documents back ---
    def document_ids(self) -> list[str]:
        return [r["id"] for r in self.rows("SELECT id FROM documents ORDER BY id")]

    def load_annotations(self, ids: Optional[Iterable[str]] = None, chunk: int = 500,
                         only: Optional[Sequence[str]] = None) -> Iterator[Annotations]:
        """Stored documents as Annotations, read a chunk of documents per query (not 5 queries each).

        ``only`` names the span kinds wanted (e.g. what the link pass reads); the others, and the
        text, are then left out, which makes the Annotations a partial view, not a document.
        """
        wanted = list(ids) if ids is not None else self.document_ids()
        kinds = f" AND kind IN ({', '.join(repr(k) for k in only)})" if only is not None else ""
        for i in range(0, len(wanted), chunk):
            part = wanted[i:i + chunk]
            marks = ", ".join("?" * len(part))
            docs = {r["id"]: r for r in self.rows(f"SELECT * FROM documents WHERE id IN ({marks})", part)}
            texts = {r["doc_id"]: r["text"] for r in self.rows(
                f"SELECT doc_id, text FROM texts WHERE doc_id IN ({marks})", part)} if only is None else {}
            grouped: dict[str, dict[str, list]] = {d: {"s": [], "e": [], "p": []} for d in docs}
            for r in self.rows(f"SELECT doc_id, char_start, char_end FROM sentences WHERE doc_id IN ({marks}) "
                               f"ORDER BY doc_id, char_start", part):
                grouped[r["doc_id"]]["s"].append((r["char_start"], r["char_end"]))
            for r in self.rows(f"SELECT doc_id, attrs FROM doc_entities WHERE doc_id IN ({marks}) "
                               f"ORDER BY doc_id, local_id", part):
                grouped[r["doc_id"]]["e"].append(r)
            for r in self.rows(f"SELECT doc_id, kind, attrs FROM spans WHERE doc_id IN ({marks}){kinds} ORDER BY id",
                               part):
                grouped[r["doc_id"]]["p"].append(r)
            for doc_id in part:
                if doc_id in docs:
                    g = grouped[doc_id]
                    yield R.annotations_from_rows(docs[doc_id], texts.get(doc_id, ""), g["s"], g["e"], g["p"])

    def relink(self) -> Linked:
        """The cross-document pass: re-runnable on its own, over everything stored."""
        from chronologist.link import link
        linked = link(list(self.load_annotations(only=LINK_READS)))
        self.write_linked(linked)
        return linked

    def load_linked_json(self, table: str) -> list[Any]:
        return [json.loads(r["attrs"]) for r in self.rows(f"SELECT attrs FROM {table} ORDER BY id")]
