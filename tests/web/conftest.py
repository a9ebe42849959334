"""Fixtures for the web tests: a small synthetic store with hostile text, and an in-process client."""
from __future__ import annotations

from pathlib import Path

import pytest



def pytest_configure(config):
    # starlette.testclient warns that it wants httpx2; httpx is what the venv has and it works.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`:Warning")


@pytest.fixture(scope="session")
def syn_db(tmp_path_factory) -> Path:
    """40 synthetic documents: BCE and AD dates, quotes, claims, a conflict, and markup in text and names."""
    from chronologist.web.synthetic import make_store
    return make_store(tmp_path_factory.mktemp("web") / "syn.db", 40, hostile=True)


@pytest.fixture(scope="session")
def app(syn_db):
    from chronologist.web.app import create_app
    return create_app(str(syn_db))


@pytest.fixture(scope="session")
def client(app):
    from starlette.testclient import TestClient
    return TestClient(app, raise_server_exceptions=True)


@pytest.fixture(scope="session")
def ids(client) -> dict:
    """Real ids from the JSON API: a document, the hostile entity, an event."""
    ents = client.get("/entities.json?limit=500").json()["rows"]
    hostile = next(e for e in ents if "<img" in e["name"])
    event = client.get("/timeline.json?limit=1").json()["rows"][0]
    return {"doc": "doc00000", "entity": hostile["id"], "event": event["id"], "entities": ents}
