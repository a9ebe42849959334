"""A new store gets the whole schema; a store of another program or a newer chronologist is refused."""
from __future__ import annotations

import pytest

from chronologist.errors import StoreError
from chronologist.store.schema import APPLICATION, LINK_TABLES, SCHEMA_VERSION

TABLES = ("meta", "documents", "texts", "sentences", "spans", "doc_entities", *LINK_TABLES)
VIEWS = ("timeline", "quotes")


def test_new_store_is_at_the_current_schema_version(store):
    assert store.schema_version() == SCHEMA_VERSION
    assert store.scalar("SELECT value FROM meta WHERE key = 'application'") == APPLICATION


@pytest.mark.parametrize("table", TABLES + VIEWS)
def test_new_store_has_every_table_and_view(store, table):
    assert store.scalar(f"SELECT COUNT(*) FROM {table}") == 0 or table == "meta"


def test_ids_of_sentences_and_spans_are_numbered_by_the_database(store, annotations):
    store.write_document(annotations("d1", "One sentence here. Another one there.",
                                     timex=[("here", None)]))
    ids = [r["id"] for r in store.rows("SELECT id FROM sentences ORDER BY id")]
    assert len(ids) == 2 and ids[0] < ids[1]
    assert store.scalar("SELECT id FROM spans") is not None


def test_reopening_keeps_data_and_version(open_new, annotations):
    first = open_new()
    first.write_document(annotations("d1", "Kept across openings."))
    first.close()
    again = open_new()
    assert again.schema_version() == SCHEMA_VERSION
    assert again.document_ids() == ["d1"]


def test_store_of_a_newer_chronologist_is_refused(open_new):
    store = open_new()
    with store.transaction():
        store.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    store.close()
    with pytest.raises(StoreError, match="newer"):
        open_new()


def test_database_of_another_application_is_refused(open_new):
    store = open_new()
    with store.transaction():
        store.execute("UPDATE meta SET value = 'someone-else' WHERE key = 'application'")
    store.close()
    with pytest.raises(StoreError, match="not a chronologist store"):
        open_new()
