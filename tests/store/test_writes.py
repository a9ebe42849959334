"""Writes: one transaction per document, replace on rewrite, delete everywhere, link pass apart."""
from __future__ import annotations

import pytest

from chronologist.store import queries as Q
from chronologist.store import rows as R

from storedata import TEXT_A, sample_corpus, sample_linked


def _counts(store) -> dict:
    return {t: store.scalar(f"SELECT COUNT(*) FROM {t}")
            for t in ("documents", "texts", "sentences", "spans", "doc_entities")}


def test_documents_read_back_exactly_as_written(store):
    docs = sample_corpus()
    for ann in docs:
        store.write_document(ann)
    back = {a.document.id: a for a in store.load_annotations()}
    for ann in docs:
        got = back[ann.document.id]
        assert got.document.text == ann.document.text
        assert got.sentences == ann.sentences
        assert got.timex == ann.timex and got.mentions == ann.mentions and got.quotes == ann.quotes
        assert got.claims == ann.claims and got.events == ann.events and got.entities == ann.entities


def test_every_stored_span_points_at_its_text(filled):
    for r in filled.rows("SELECT s.char_start, s.char_end, s.text, t.text AS doc FROM spans s "
                         "JOIN texts t ON t.doc_id = s.doc_id"):
        assert r["doc"][r["char_start"]:r["char_end"]] == r["text"]


def test_writing_a_document_again_replaces_it(store):
    docs = sample_corpus()
    for ann in docs:
        store.write_document(ann)
    before = _counts(store)
    store.write_document(docs[0])
    assert _counts(store) == before


def test_known_documents_gives_the_hash_of_each_for_incremental_builds(store):
    docs = sample_corpus()
    store.write_document(docs[0])
    assert store.known_documents() == {"doc_a": (docs[0].document.sha256, "doc_a.txt")}


def test_changed_document_replaces_the_old_version(store, annotations):
    store.write_document(annotations("d1", "The first version mentions Lisbon.",
                                     people=[("Lisbon", "GPE", "e1", "Lisbon")]))
    store.write_document(annotations("d1", "The second version is shorter."))
    assert store.scalar("SELECT COUNT(*) FROM spans") == 0
    assert store.scalar("SELECT text FROM texts") == "The second version is shorter."
    assert Q.search(store, "Lisbon") == []
    assert len(Q.search(store, "shorter")) == 1


def test_deleting_a_document_removes_it_from_every_table_and_the_index(filled):
    filled.delete_document("doc_a")
    assert filled.document_ids() == ["doc_b", "doc_c"]
    for table in ("texts", "sentences", "spans", "doc_entities", "entity_members", "event_sources",
                  "measure_claims", "conflict_items", "quote_speakers"):
        assert filled.scalar(f"SELECT COUNT(*) FROM {table} WHERE doc_id = 'doc_a'") == 0, table
    assert Q.search(filled, "chapter") == []


def test_a_failed_write_leaves_the_previous_version(store, monkeypatch):
    docs = sample_corpus()
    store.write_document(docs[0])
    before = _counts(store)

    original = R.span_rows

    def broken(ann):  # the document and its sentences are in; the spans fail half-way
        yield next(iter(original(ann)))
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("chronologist.store.base.R.span_rows", broken)
    with pytest.raises(RuntimeError):
        store.write_document(docs[0])
    monkeypatch.undo()
    assert _counts(store) == before
    assert store.scalar("SELECT text FROM texts") == TEXT_A


def test_writes_mark_the_link_pass_stale_and_linking_clears_it(store):
    docs = sample_corpus()
    assert not store.link_stale()
    for ann in docs:
        store.write_document(ann)
    assert store.link_stale()
    store.write_linked(sample_linked(docs))
    assert not store.link_stale()
    store.delete_document("doc_c")
    assert store.link_stale()


def test_link_pass_replaces_all_link_tables_and_counts_mentions(filled):
    assert filled.scalar("SELECT COUNT(*) FROM entities") == 3
    assert filled.scalar("SELECT mentions FROM entities WHERE id = 'E1'") == 3  # two in doc_a, one in doc_b
    assert filled.scalar("SELECT documents FROM entities WHERE id = 'E1'") == 2
    docs = sample_corpus()
    quoted = filled.scalar("SELECT COUNT(*) FROM quote_speakers")
    filled.write_linked(sample_linked(docs))
    assert filled.scalar("SELECT COUNT(*) FROM entities") == 3
    assert filled.scalar("SELECT COUNT(*) FROM entity_aliases WHERE entity_id = 'E1'") == 2
    assert filled.scalar("SELECT COUNT(*) FROM quote_speakers") == quoted > 0  # replaced, not doubled


def test_relink_runs_the_cross_document_pass_over_the_store(store):
    for ann in sample_corpus():
        store.write_document(ann)
    linked = store.relink()
    assert not store.link_stale()
    assert store.scalar("SELECT COUNT(*) FROM entities") == len(linked.entities) > 0


def test_text_is_stored_exactly_unicode_and_newlines_included(store, annotations):
    text = "Đà Nẵng, 1979 — “quoted”\r\n\ttabbed 🙂 line. Ünïcödé and 中文 text."
    store.write_document(annotations("u1", text, people=[("中文", "LANGUAGE", "e1", "中文")]))
    assert store.scalar("SELECT text FROM texts") == text
    (m,) = next(store.load_annotations()).mentions
    assert text[m.start:m.end] == "中文"
