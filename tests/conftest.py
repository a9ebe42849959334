"""Fixtures shared by the whole suite.

``shared`` is the folder of gold data and public corpora beside the project (``../shared``); tests
that need it skip cleanly when it is absent (for example in a clone used outside this workplace).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHRONOLOGIST_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared is not present at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from chronologist.nlp.pipeline import load
    return load()


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A store built once from the sample corpus that ships with the project."""
    from chronologist.build import build
    from chronologist.store.database import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_store(path, create=True) as store:
        report = build(store, [EXAMPLES])
    assert not report.failed, report.failed
    return path


@pytest.fixture(scope="session")
def shared_annotations(shared, tmp_path_factory):
    """The annotations JSON of the seed and contrast texts, as `chronologist annotate` prints it."""
    import json
    import subprocess
    import sys

    files = sorted(str(p) for p in (shared / "corpus").glob("*/*.txt"))
    out = subprocess.run([sys.executable, "-m", "chronologist.cli.main", "annotate", *files, "--format", "json"],
                         capture_output=True, text=True, check=True)
    path = tmp_path_factory.mktemp("pred") / "pred.json"
    path.write_text(out.stdout, encoding="utf-8")
    return json.loads(out.stdout), path
