"""Readers (the web UI, `chronologist search`) work while a build writes: SQLite in WAL mode.

A reader never waits for the writer, never sees half a document, and sees the count grow.
"""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from chronologist.bench.synthetic import make_corpus
from chronologist.store import queries as Q
from chronologist.store.database import open_store

pytestmark = pytest.mark.slow

N_DOCS = 10


def test_reader_runs_while_a_build_writes(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_DOCS, seed=4, sentences=10)
    db = tmp_path / "store.db"
    open_store(db, create=True).close()  # the schema exists before the build starts writing
    build = subprocess.Popen([sys.executable, "-m", "chronologist.cli.main", "build", str(corpus), "--db", str(db),
                              "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    counts: list[int] = []
    slowest = 0.0
    long_lived = open_store(db, readonly=True)
    try:
        while build.poll() is None:
            for reader in (long_lived, None):
                t = time.perf_counter()
                store = reader or open_store(db, readonly=True)
                try:
                    docs = Q.documents(store, limit=500)
                    for d in docs:  # a listed document is complete: its text and sentences are there
                        assert store.scalar("SELECT COUNT(*) FROM texts WHERE doc_id = ?", (d["id"],)) == 1
                        assert store.scalar("SELECT COUNT(*) FROM sentences WHERE doc_id = ?", (d["id"],)) > 0
                    Q.search(store, "said")
                    Q.summary(store)
                    counts.append(len(docs))
                finally:
                    if reader is None:
                        store.close()
                slowest = max(slowest, time.perf_counter() - t)
            time.sleep(0.05)
    finally:
        long_lived.close()
        _, err = build.communicate(timeout=300)
    assert build.returncode == 0, err.decode(errors="replace")[-2000:]
    assert counts == sorted(counts), "a reader saw documents disappear"
    assert any(0 < c < N_DOCS for c in counts), f"no read happened while documents were being written: {counts}"
    assert slowest < 5, f"a reader waited {slowest:.1f}s for the writer"
    with open_store(db, readonly=True) as store:
        assert len(store.document_ids()) == N_DOCS
