"""Every route answers in HTML and JSON (and CSV for lists); bad input is 400, unknown ids 404, never 500."""
from __future__ import annotations

import csv
import io

import pytest

LISTS = ["/documents", "/timeline", "/entities", "/quotes", "/claims", "/conflicts", "/map", "/network",
         "/search?q=yield"]


@pytest.mark.parametrize("page", LISTS)
def test_list_page_has_html_json_and_csv_twins(client, page):
    path, _, query = page.partition("?")
    q = f"?{query}" if query else ""
    html = client.get(page)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert f'href="{path}.json' in html.text and f'href="{path}.csv' in html.text
    data = client.get(f"{path}.json{q}")
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"
    body = data.json()
    assert {"rows", "total", "limit", "offset", "next"} <= body.keys()
    assert body["rows"], f"{page} returned no rows on the synthetic store"
    table = client.get(f"{path}.csv{q}")
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    parsed = list(csv.reader(io.StringIO(table.text)))
    if path == "/claims":  # one line per claimed value
        assert len(parsed) == sum(len(g["values"]) for g in body["rows"]) + 1
    else:
        assert len(parsed) == len(body["rows"]) + 1


@pytest.mark.parametrize("kind", ["doc", "entity", "event"])
def test_detail_pages_have_json_twins(client, ids, kind):
    base = {"doc": "/documents/", "entity": "/entities/", "event": "/events/"}[kind] + ids[kind]
    assert client.get(base).status_code == 200
    assert client.get(base + ".json").json()["id"] == ids[kind]


def test_overview_counts_and_span(client):
    r = client.get("/")
    assert r.status_code == 200 and "Top entities" in r.text
    data = client.get("/overview.json").json()
    assert data["summary"]["documents"] == 40 and data["summary"]["events"] > 0
    assert "BCE" in data["first"]  # the synthetic store starts before year 1


def test_paging_follows_next_links(client):
    first = client.get("/timeline.json?limit=7").json()
    second = client.get(first["next"]).json()
    assert first["next"].startswith("/timeline.json?") and second["offset"] == 7
    assert not {r["id"] for r in first["rows"]} & {r["id"] for r in second["rows"]}


def test_timeline_filters(client, ids):
    ent = ids["entities"][0]["id"]
    rows = client.get(f"/timeline.json?entity={ent}&factuality=any&limit=500").json()["rows"]
    assert rows and all(any(a["id"] == ent for a in r["actors"]) or r["place"] == ent or ent in r["targets"]
                        for r in rows)
    cat = rows[0]["category"]
    assert all(r["category"] == cat for r in client.get(f"/timeline.json?category={cat}").json()["rows"])
    planned = client.get("/timeline.json?factuality=planned&limit=500").json()["rows"]
    assert planned and all(r["factuality"] == "planned" for r in planned)
    doc = client.get("/timeline.json?document=doc00003&limit=500").json()["rows"]
    assert doc and all(any(s["doc"] == "doc00003" for s in r["source_list"]) for r in doc)
    between = client.get("/timeline.json?from=1950&to=1960-06&limit=500").json()["rows"]
    assert between and all("1950-01-01" <= r["earliest"] <= "1960-06-30" for r in between)


def test_timeline_entries_carry_their_sources(client):
    for r in client.get("/timeline.json?limit=50").json()["rows"]:
        assert r["source_list"]
        for s in r["source_list"]:
            text = client.get(f"/documents/{s['doc']}.json").json()["text"]
            assert text[s["start"]:s["end"]] == s["text"]


def test_buckets_count_every_dated_event(client):
    total = client.get("/timeline.json?limit=1").json()["total"]
    for unit in ("century", "decade", "year", "month"):
        b = client.get(f"/timeline/buckets.json?unit={unit}").json()
        assert b["total"] == total and all(r["n"] > 0 for r in b["rows"])


def test_event_panel_for_htmx_is_a_fragment(client, ids):
    r = client.get(f"/events/{ids['event']}", headers={"HX-Request": "true"})
    assert r.status_code == 200 and "<html" not in r.text and "source-link" in r.text


def test_quotes_by_speaker(client, ids):
    speaker = client.get("/quotes.json").json()["speakers"][0]
    rows = client.get(f"/quotes.json?speaker={speaker['id']}&limit=500").json()
    assert rows["total"] == speaker["quotes"] and all(q["speaker"] == speaker["id"] for q in rows["rows"])


def test_claims_conflicting_measures_first_with_each_source(client):
    rows = client.get("/claims.json").json()["rows"]
    assert rows[0]["conflict"] is True
    assert len(rows[0]["documents"]) > 1 and len({str(v["value"]) for v in rows[0]["values"]}) > 1
    assert "sources disagree" in client.get("/claims").text


def test_search_highlights_are_document_offsets(client):
    rows = client.get("/search.json?q=yield").json()["rows"]
    assert rows
    for r in rows:
        text = client.get(f"/documents/{r['doc_id']}.json").json()["text"]
        assert all(text[a:b].lower() == "yield" for a, b in r["highlights"])
    assert "<mark>yield</mark>" in client.get("/search?q=yield").text.lower()


def test_map_and_network_data(client):
    places = client.get("/map.json").json()["rows"]
    assert places and all(p["lat"] is not None and p["events"] >= 0 for p in places)
    net = client.get("/network.json").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["rows"] and all(e["source"] in ids and e["target"] in ids and e["first"] for e in net["rows"])


@pytest.mark.parametrize("path", ["/documents/nope", "/entities/E999999", "/events/V999999", "/nowhere",
                                  "/documents/..%2F..%2Fetc%2Fpasswd", "/exports/..%2Fapp", "/exports/nosuch"])
def test_unknown_ids_are_404_html_and_json(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    if not path.startswith("/exports") and path != "/nowhere":
        j = client.get(path + ".json")
        assert j.status_code == 404 and j.json()["error"]["status"] == 404


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2Fapp.py",
                                  "/static/vendor/../../app.py", "/static//etc/passwd"])
def test_static_refuses_traversal(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "create_app" not in r.text


@pytest.mark.parametrize("query", ["limit=501", "limit=0", "limit=abc", "offset=-1", "from=abc", "to=1979-13",
                                   "undated=maybe", "q=" + "x" * 201, "entity=" + "e" * 201])
def test_bad_parameters_are_400(client, query):
    for page in ("/timeline", "/entities", "/search"):
        name = query.split("=")[0]
        if name in ("from", "to", "undated", "entity") and page != "/timeline":
            continue
        if name == "q" and page == "/timeline":
            continue
        r = client.get(f"{page}.json?{query}")
        assert r.status_code == 400, (page, query)
        assert client.get(f"{page}?{query}").status_code == 400


def test_max_page_size_is_accepted(client):
    assert client.get("/timeline.json?limit=500").status_code == 200


def test_fts_operators_are_plain_words(client):
    for q in ['"', "NEAR(", "a OR", "*", "yield AND NOT", "'; DROP TABLE spans; --"]:
        assert client.get("/search.json", params={"q": q}).status_code == 200


def test_security_headers_on_every_response(client):
    for path in ("/", "/timeline.json", "/static/app.css", "/nowhere"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"] and "unsafe-inline" not in \
            h["content-security-policy"].split("script-src")[1].split(";")[0]
        assert h["x-content-type-options"] == "nosniff"


def test_openapi_describes_every_json_route(client, app):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for page in LISTS:
        path = page.split("?")[0]
        assert f"{path}.json" in doc["paths"] and f"{path}.csv" in doc["paths"]
        params = {p["name"]: p for p in doc["paths"][f"{path}.json"]["get"]["parameters"]}
        assert params["limit"]["schema"]["maximum"] == 500
    for path in ("/documents/{doc_id}.json", "/entities/{entity_id}.json", "/events/{event_id}.json",
                 "/overview.json", "/timeline/buckets.json"):
        assert path in doc["paths"]


def test_exports_page_links_every_format(client):
    from chronologist.export import FORMATS
    page = client.get("/exports").text
    assert all(f'href="/exports/{f}"' in page for f in FORMATS)


@pytest.mark.parametrize("fmt", ["timelinejs", "gexf", "plover", "csv"])
def test_export_download(client, fmt):
    r = client.get(f"/exports/{fmt}")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    if fmt == "csv":
        import zipfile
        names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
        assert "documents.csv" in names and "events.csv" in names


def test_head_requests(client):
    assert client.head("/timeline").status_code == 200


def test_timeline_entity_filter_accepts_a_name(client, ids):
    ent = ids["entities"][0]
    by_id = client.get(f"/timeline.json?entity={ent['id']}&factuality=any").json()
    by_name = client.get("/timeline.json", params={"entity": ent["name"], "factuality": "any"}).json()
    assert by_name["total"] == by_id["total"] > 0 and by_name["entity_name"] == ent["name"]
