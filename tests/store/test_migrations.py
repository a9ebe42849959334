"""Migrations: an older store is brought up to date on opening for writing, never for reading."""
from __future__ import annotations

import pytest

from chronologist.errors import StoreError
from chronologist.store import base, schema


def _downgrade_to_version_3(store) -> None:
    """A store from before quote_speakers and the ranked entity indexes."""
    with store.transaction():
        store.execute("DROP TABLE quote_speakers")
        for index in ("entities_rank", "entities_type_rank"):
            store.execute(f"DROP INDEX {index}")
        store.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")


def _downgrade_to_version_1(store) -> None:
    """What a store written by the first release looks like: no views, no big-store indexes yet."""
    _downgrade_to_version_3(store)
    with store.transaction():
        for index in ("events_order", "entity_members_entity_doc", "entity_members_doc_entity", "spans_ref",
                      "measure_claims_doc", "event_entities_event"):
            store.execute(f"DROP INDEX {index}")
        store.execute("ALTER TABLE events DROP COLUMN brief")
        store.execute("DROP VIEW timeline")
        store.execute("DROP VIEW quotes")
        store.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_old_store_is_migrated_and_keeps_its_documents(open_new, annotations):
    store = open_new()
    store.write_document(annotations("d1", "Written by an older release."))
    _downgrade_to_version_1(store)
    store.close()
    store = open_new()
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert store.scalar("SELECT COUNT(*) FROM timeline") == 0
    assert store.document_ids() == ["d1"]
    assert store.scalar("SELECT COUNT(*) FROM events WHERE brief IS NOT NULL") == 0  # version 3's column is back


def test_migration_fills_quote_speakers_from_the_stored_links(open_new):
    from chronologist.store import queries as Q
    from tests.store.storedata import sample_corpus, sample_linked

    store = open_new()
    docs = sample_corpus()
    for ann in docs:
        store.write_document(ann)
    store.write_linked(sample_linked(docs))
    speaker = store.scalar("SELECT entity_id FROM quote_speakers ORDER BY entity_id LIMIT 1")
    before = Q.quotes(store, speaker_id=speaker)
    assert before and all(q["speaker"] == speaker for q in before)
    _downgrade_to_version_3(store)
    with store.transaction():  # version 3 kept each entity's member list in its JSON too
        store.execute("""UPDATE entities SET attrs = '{"id":"' || id || '","members":[["doc_a","e1"]]}'""")
    store.close()
    store = open_new()
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert store.scalar("SELECT COUNT(*) FROM entities WHERE attrs LIKE '%members%'") == 0
    attributed = store.scalar("SELECT COUNT(*) FROM spans sp JOIN entity_members m ON m.doc_id = sp.doc_id "
                              "AND m.local_id = sp.ref WHERE sp.kind = 'quote'")
    assert store.scalar("SELECT COUNT(*) FROM quote_speakers") == attributed > 0
    assert Q.quotes(store, speaker_id=speaker) == before


def test_old_store_opened_read_only_asks_for_a_build(open_new):
    store = open_new()
    _downgrade_to_version_1(store)
    store.close()
    with pytest.raises(StoreError, match="older"):
        open_new(readonly=True)


def test_a_new_migration_is_applied_once(open_new, monkeypatch):
    store = open_new()
    store.close()
    step = schema.SCHEMA_VERSION + 1
    added = [(step, ["CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL);"])]
    monkeypatch.setattr(base, "MIGRATIONS", schema.MIGRATIONS + added)
    monkeypatch.setattr(base, "SCHEMA_VERSION", step)
    store = open_new()
    assert store.schema_version() == step
    assert store.scalar("SELECT COUNT(*) FROM notes") == 0
    store.close()
    assert open_new().schema_version() == step  # opening again does not run it twice


def test_a_failing_migration_leaves_the_store_as_it_was(open_new, monkeypatch):
    store = open_new()
    store.close()
    step = schema.SCHEMA_VERSION + 1
    broken = [(step, ["CREATE TABLE half (id TEXT);", "THIS IS NOT SQL;"])]
    monkeypatch.setattr(base, "MIGRATIONS", schema.MIGRATIONS + broken)
    monkeypatch.setattr(base, "SCHEMA_VERSION", step)
    with pytest.raises(Exception):
        open_new()
    monkeypatch.undo()
    store = open_new()
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert not store.rows("SELECT 1 FROM meta WHERE key = 'half'")
    with pytest.raises(Exception):
        store.scalar("SELECT COUNT(*) FROM half")
