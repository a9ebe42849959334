"""The web app and the exports over a PostgreSQL store (a throwaway server on loopback)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url():
    from chronologist.bench.pgserver import NoPostgres, start_server
    try:
        server = start_server()
    except NoPostgres as exc:
        pytest.skip(str(exc))
    try:
        url = server.create_database("webtest")
        from chronologist.web.synthetic import make_store
        make_store(url, 15, hostile=True)
        yield url
    finally:
        server.stop()


def test_pages_and_bce_order_on_postgres(pg_url):
    from starlette.testclient import TestClient

    from chronologist.web.app import create_app
    client = TestClient(create_app(pg_url, warm=False))
    for path in ("/", "/documents/doc00000", "/timeline", "/timeline?from=300 BCE&to=1950", "/entities/E1",
                 "/quotes", "/claims", "/conflicts", "/map", "/network", "/search?q=yield", "/events/V1"):
        assert client.get(path).status_code == 200, path
    rows = client.get("/timeline.json?factuality=any&limit=500").json()["rows"]
    from chronologist.web.dates import iso_key
    keys = [iso_key(r["earliest"]) for r in rows]
    assert keys == sorted(keys) and keys[0] < 0


def test_exports_on_postgres(pg_url, tmp_path):
    from chronologist.export import FORMATS, export
    from chronologist.store.database import open_store
    with open_store(pg_url, readonly=True) as store:
        for fmt in FORMATS:
            assert export(store, fmt, tmp_path / fmt), fmt
