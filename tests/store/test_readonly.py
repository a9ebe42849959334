"""A store opened read-only (the web UI, `chronologist summary`) can read everything and change nothing."""
from __future__ import annotations

import pytest

from chronologist.errors import StoreError
from chronologist.store import queries as Q

from storedata import sample_corpus, sample_linked


@pytest.fixture
def reader(filled, open_new):
    return open_new(readonly=True)


def test_reader_answers_queries(reader):
    assert Q.summary(reader)["documents"] == 3
    assert Q.search(reader, "treaty")


@pytest.mark.parametrize("write", [
    lambda s: s.write_document(sample_corpus()[0]),
    lambda s: s.delete_document("doc_a"),
    lambda s: s.write_linked(sample_linked(sample_corpus())),
    lambda s: s.relink(),
])
def test_reader_refuses_every_write(reader, write):
    with pytest.raises(StoreError, match="read-only"):
        write(reader)
    assert reader.document_ids() == ["doc_a", "doc_b", "doc_c"]


def test_even_raw_sql_cannot_write_through_a_reader(reader):
    with pytest.raises(Exception):
        reader.execute("DELETE FROM documents")
    assert len(reader.document_ids()) == 3


def test_reading_a_store_that_does_not_exist_is_refused(location):
    from chronologist.store.database import open_store
    with pytest.raises(StoreError, match="no (chronologist )?store"):
        open_store(location, readonly=True)


def test_reader_sees_documents_written_after_it_opened(filled, open_new, annotations):
    reader = open_new(readonly=True)
    filled.write_document(annotations("doc_d", "A later document arrives."))
    assert "doc_d" in reader.document_ids()
