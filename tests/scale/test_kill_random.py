"""A build killed with SIGKILL at random points, then run again, stores every document exactly once.

The kill points are drawn at random (the seed is printed, and CHRONOLOGIST_KILL_SEED replays a
run): while the model loads, between document transactions, during the link pass.  After the
final, uninterrupted build the store passes SQLite's integrity check, holds each document once
with its text, and no span or sentence is stored twice.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronologist.bench.synthetic import make_corpus

pytestmark = pytest.mark.slow

N_DOCS = 14
KILLS = 4


def _start(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "chronologist.cli.main", "build", str(corpus), "--db", str(db),
                             "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or schema not written yet
        return 0


def _kill_at_random_point(proc: subprocess.Popen, db: Path, rng: random.Random) -> str:
    """Kill after a random number of stored documents, or after a random time."""
    if rng.random() < 0.6:
        target = rng.randint(0, N_DOCS)
        deadline = time.monotonic() + 120
        while proc.poll() is None and _stored(db) < target and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.random() * 0.3)  # land inside a document's transaction now and then
        point = f"after {target}+ documents"
    else:
        delay = rng.uniform(0.2, 8.0)
        deadline = time.monotonic() + delay
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        point = f"after {delay:.1f}s"
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return point


def test_builds_killed_at_random_points_then_rerun_store_each_document_once(tmp_path):
    seed = int(os.environ.get("CHRONOLOGIST_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill seed {seed} (CHRONOLOGIST_KILL_SEED={seed} replays it)")
    rng = random.Random(seed)
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_DOCS, seed=9, sentences=8)
    db = tmp_path / "store.db"
    points = []
    for _ in range(KILLS):
        points.append(_kill_at_random_point(_start(corpus, db), db, rng))
    print("kill points:", points)
    final = _start(corpus, db)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, (points, err.decode(errors="replace")[-2000:])

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", points
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        assert ids == sorted(p.stem for p in corpus.glob("*.txt")), points
        assert conn.execute("SELECT COUNT(*) FROM texts").fetchone()[0] == N_DOCS
        dup_spans = conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM spans GROUP BY doc_id, kind, char_start, "
                                 "char_end, text, attrs HAVING COUNT(*) > 1)").fetchone()[0]
        dup_sents = conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM sentences GROUP BY doc_id, char_start "
                                 "HAVING COUNT(*) > 1)").fetchone()[0]
        assert (dup_spans, dup_sents) == (0, 0), points
        orphans = conn.execute("SELECT COUNT(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
        fts = conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
        assert fts is not None  # raises on a corrupt full-text index
        assert conn.execute("SELECT COUNT(*) FROM meta WHERE key = 'link_stale'").fetchone()[0] == 0
    finally:
        conn.close()
