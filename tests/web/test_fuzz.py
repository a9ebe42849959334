"""Whatever the query string, the API answers 200, 400 or 404: never a server error."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROUTES = ["/timeline.json", "/timeline.csv", "/timeline", "/entities.json", "/quotes.json", "/claims.json",
          "/conflicts.json", "/map.json", "/network.json", "/search.json", "/search", "/documents.json",
          "/timeline/buckets.json"]
NAMES = ["limit", "offset", "q", "from", "to", "entity", "category", "document", "factuality", "undated", "unit",
         "speaker", "measure", "kind", "type", "nodes"]
VALUES = st.one_of(st.text(max_size=30), st.integers(-10**12, 10**12).map(str),
                   st.sampled_from(["264 BCE", "-0263", "BC0264", "1979-02-30", "0", "500", "501", "any", "E1",
                                    "doc00000", "\x00", "' OR 1=1 --", '"', "NEAR(", "*", "%", "_", "..", "year"]))


@pytest.fixture(scope="module")
def lenient(app):
    from starlette.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), params=st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=4))
def test_never_500(lenient, route, params):
    r = lenient.get(route, params=params)
    assert r.status_code in (200, 400, 404), (route, params, r.text[:300])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["documents", "entities", "events"]), ident=st.text(min_size=1, max_size=60))
def test_any_id_is_200_or_404(lenient, kind, ident):
    from urllib.parse import quote
    for suffix in ("", ".json"):
        r = lenient.get(f"/{kind}/{quote(ident, safe='')}{suffix}")
        assert r.status_code in (200, 404), (ident, r.status_code)
