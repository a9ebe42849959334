"""The SQLite store opens cleanly in Datasette: foreign keys hold, views select, FTS answers.

Checked with sqlite3 alone (Datasette is not a dependency): what Datasette does on open.
"""
from __future__ import annotations

import sqlite3

import pytest


def _check(path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    views = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
    assert {"timeline", "quotes"} <= set(views)
    for v in views:
        conn.execute(f"SELECT * FROM {v} LIMIT 5").fetchall()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for t in tables:
        conn.execute(f'SELECT * FROM "{t}" LIMIT 1').fetchall()
    word = conn.execute("SELECT text FROM sentences LIMIT 1").fetchone()
    if word:
        term = word[0].split()[0].strip(".,\u201c\u201d\"'")
        hits = conn.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", (f'"{term}"',)).fetchall()
        assert hits
    # Datasette's FTS detection: a table's fts is found through the content= option
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'").fetchone()[0]
    assert "content='sentences'" in sql or 'content="sentences"' in sql
    conn.close()


def test_synthetic_store_opens_cleanly(syn_db):
    _check(syn_db)


def test_demo_store_opens_cleanly(examples, demo_db):
    if not examples.is_dir():
        pytest.skip("examples/corpus is not present")
    _check(demo_db)
