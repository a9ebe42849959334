"""Documents that leave things out are stored with what they say and the gaps stated: no date, unit
or measure is ever invented, and a document that contradicts itself keeps both statements."""
from __future__ import annotations

import pytest

from chronologist.build import build
from chronologist.store import queries as Q
from chronologist.store.database import open_store

TEXTS = {
    "nodates": "The rebels attacked the town and burned the market. Officials said the army would return.",
    "nounit": "On 4 May 1990 the committee counted 5,000.",
    "contradict": "In 1975 the flood killed 2,000 people in the valley, the report said. Later in the same "
                  "report, the flood is said to have killed 9,000 people in the valley.",
    "nomeasure": "By 1980 it had reached over 40 percent.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gaps")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / "gaps.db"
    with open_store(db, create=True) as s:
        report = build(s, [folder])
        assert not report.failed
    with open_store(db, readonly=True) as s:
        yield s


def _claims(store, doc_id):
    return [v for g in Q.claims(store, limit=500) for v in g["values"] if v["doc_id"] == doc_id]


def test_a_document_with_no_dates_has_undated_events_and_no_invented_date(store):
    events = Q.timeline(store, document="nodates", include_all=True)
    assert events and all(e["date_value"] is None and e["earliest"] is None for e in events)
    assert Q.timeline(store, document="nodates") == []  # the dated timeline does not show them
    doc = Q.document(store, "nodates")
    assert doc["published"] is None and not [s for s in doc["spans"] if s["kind"] == "timex"]


def test_a_number_without_a_unit_keeps_no_unit(store):
    (claim,) = _claims(store, "nounit")
    assert claim["value"] == 5000 and claim["unit"] is None


def test_a_document_that_contradicts_itself_keeps_both_and_shows_the_conflict(store):
    values = sorted(c["value"] for c in _claims(store, "contradict"))
    assert values == [2000, 9000]
    text = TEXTS["contradict"]
    found = [c for c in Q.conflicts(store) if all(i["doc_id"] == "contradict" for i in c["items"])]
    assert found and found[0]["kind"] == "number"
    assert {text[i["char_start"]:i["char_end"]] for i in found[0]["items"]} == {"2,000 people", "9,000 people"}


def test_a_claim_whose_measure_is_unknown_stands_alone_with_the_gap(store):
    from chronologist.api import annotate
    (claim,) = annotate(TEXTS["nomeasure"]).claims
    assert claim.measure is None and claim.unit == "percent" and claim.when == "1980"
    groups = [g for g in Q.claims(store, limit=500) if any(v["doc_id"] == "nomeasure" for v in g["values"])]
    assert len(groups) == 1 and len(groups[0]["values"]) == 1
    assert not [c for c in Q.conflicts(store) if any(i["doc_id"] == "nomeasure" for i in c["items"])]
