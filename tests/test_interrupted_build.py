"""A real build killed half-way (SIGKILL, and Ctrl-C) and run again stores every document exactly once."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

PARAGRAPH = ("On {day} March {year}, delegates from {n} provinces met in the capital. The minister said "
             "that {k} schools had reopened. Three months later, the council approved a budget of "
             "{m} million dollars.\n\n")


def make_corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        body = "".join(PARAGRAPH.format(day=1 + i % 28, year=1950 + i % 60, n=i % 40 + 2, k=i * 3 + 7, m=i + 1)
                       for _ in range(12))
        (folder / f"report{i:03d}.txt").write_text(f"Report {i}\n\n{body}", encoding="utf-8")


def stored(db):
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        con.close()


def start_build(corpus, db):
    return subprocess.Popen([sys.executable, "-m", "chronologist.cli.main", "build", str(corpus), "--db", str(db),
                             "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_some(proc, db, minimum, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"build ended before it could be interrupted: {proc.stderr.read()}")
        if os.path.exists(db) and stored(db) >= minimum:
            return
        time.sleep(0.05)
    pytest.fail("build stored nothing in time")


def check_complete(db, n):
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone() == (n, n)
        assert con.execute("SELECT COUNT(*) FROM texts").fetchone()[0] == n
        # every document's sentences are there once: no half-written or doubled document
        counts = {c for (c,) in con.execute("SELECT COUNT(*) FROM sentences GROUP BY doc_id")}
        assert len(counts) == 1
        assert con.execute("SELECT COUNT(*) FROM meta WHERE key = 'link_stale'").fetchone()[0] == 0
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_build_then_rerun_stores_every_document_once(tmp_path, sig):
    n = 40
    corpus, db = tmp_path / "corpus", tmp_path / "s.db"
    make_corpus(corpus, n)
    proc = start_build(corpus, db)
    wait_for_some(proc, db, 9)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert "run the same build again" in proc.stderr.read()
    half = stored(db)
    assert 0 < half < n
    rerun = subprocess.run([sys.executable, "-m", "chronologist.cli.main", "build", str(corpus), "--db", str(db),
                            "-q"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - half} added, 0 updated, {half} unchanged" in rerun.stdout
    check_complete(db, n)
