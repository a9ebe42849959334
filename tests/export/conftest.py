"""A synthetic store (with BCE dates and hostile text) for the export tests."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    from chronologist.web.synthetic import make_store
    return make_store(tmp_path_factory.mktemp("export") / "syn.db", 12, hostile=True)


@pytest.fixture()
def store(store_path):
    from chronologist.store.database import open_store
    with open_store(store_path, readonly=True) as s:
        yield s


@pytest.fixture()
def run(store, tmp_path):
    from chronologist.export import export

    def go(fmt: str):
        return export(store, fmt, tmp_path / fmt)
    return go
