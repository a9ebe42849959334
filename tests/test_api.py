"""The Python API: annotate a string without a store; open a store read-only with the CLI's queries."""
import pytest

import chronologist
from chronologist.errors import StoreError
from chronologist.records import Annotations


def test_annotate_returns_typed_records_with_spans_into_the_text():
    text = "PHNOM PENH - Prime Minister Hun Sen said on Monday that 3,000 families had returned."
    ann = chronologist.annotate(text, date="2019-01-07")
    assert isinstance(ann, Annotations)
    assert ann.published.value == "2019-01-07" and ann.published.basis == "given"
    for rec in [*ann.mentions, *ann.timex, *ann.quotes, *ann.claims]:
        assert text[rec.start:rec.end] == rec.text
    assert ann.extractors == ["time", "entities", "quotes", "claims", "events"]


def test_annotate_refuses_bytes():
    with pytest.raises(TypeError):
        chronologist.annotate(b"bytes")


def test_open_gives_the_cli_queries_read_only(demo_db):
    with chronologist.open(demo_db) as store:
        summary = store.summary()
        assert summary["documents"] >= 7
        assert store.search("Kennedy")
        names = [e["name"] for e in store.entities(limit=200)]
        assert store.entity(names[0])["name"] == names[0]
        doc_id = store.documents()[0]["id"]
        doc = store.document(doc_id)
        assert all(doc["text"][s["char_start"]:s["char_end"]] == s["text"] for s in doc["spans"])
        with pytest.raises(StoreError):
            store.store.delete_document(doc_id)


def test_open_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="chronologist build"):
        chronologist.open(tmp_path / "missing.db")
