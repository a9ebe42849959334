"""The app opens the store read-only, per thread, and follows a rebuilt store file."""
from __future__ import annotations

import threading

import pytest


def test_missing_store_fails_at_start(tmp_path):
    from chronologist.errors import StoreError
    from chronologist.web.app import create_app
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "none.db"))


def test_store_is_read_only(client, app):
    store = app.state.holder.get()
    assert store.readonly
    import sqlite3
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM documents")


def test_one_connection_per_thread(app):
    seen = []
    barrier = threading.Barrier(3)

    def grab():
        seen.append(app.state.holder.get())  # keep the object: ids of dead objects are reused
        barrier.wait()

    threads = [threading.Thread(target=grab) for _ in range(3)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len({id(s) for s in seen}) == 3


def test_rebuilt_store_is_picked_up(tmp_path):
    from starlette.testclient import TestClient

    from chronologist.web.app import create_app
    from chronologist.web.synthetic import make_store
    db = tmp_path / "s.db"
    make_store(db, 3)
    client = TestClient(create_app(str(db)))
    assert client.get("/overview.json").json()["summary"]["documents"] == 3
    make_store(db, 5, seed=1)
    assert client.get("/overview.json").json()["summary"]["documents"] == 5


def test_demo_corpus_pages(examples, demo_db):
    """The sample corpus (real extraction output) renders on every page."""
    if not examples.is_dir():
        pytest.skip("examples/corpus is not present")
    from starlette.testclient import TestClient

    from chronologist.web.app import create_app
    client = TestClient(create_app(str(demo_db)))
    docs = client.get("/documents.json").json()["rows"]
    assert docs
    for d in docs:
        assert client.get(f"/documents/{d['id']}").status_code == 200
    for path in ("/", "/timeline", "/entities", "/quotes", "/claims", "/conflicts", "/map", "/network",
                 "/search?q=the", "/openapi.json"):
        assert client.get(path).status_code == 200, path
    for e in client.get("/entities.json?limit=20").json()["rows"]:
        assert client.get(f"/entities/{e['id']}").status_code == 200


def test_warm_up_fills_the_aggregate_cache(syn_db):
    from chronologist.web.app import create_app
    from chronologist.web.views import detail, lists
    app = create_app(str(syn_db), warm=False)
    app.state.holder.warm(lists.WARM + detail.WARM).join(timeout=30)
    assert {"summary", "speakers", ("network", 80, 500, 0)} <= set(app.state.holder._cache)
