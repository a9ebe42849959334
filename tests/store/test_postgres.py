"""What is particular to the PostgreSQL backend: URLs, database creation, NUL, errors, bulk copies."""
from __future__ import annotations

import pytest

from chronologist.errors import InputError, StoreError
from chronologist.store import queries as Q
from chronologist.store.database import open_store
from chronologist.store.postgres import PostgresStore, redact

from storedata import make_annotations, sample_corpus, sample_linked

pytestmark = pytest.mark.postgres


def test_password_never_appears_in_the_location():
    assert redact("postgresql://ann:s3cret@db.example:5432/news") == "postgresql://ann:***@db.example:5432/news"
    assert redact("postgresql://localhost/news") == "postgresql://localhost/news"


def test_build_creates_a_missing_database(pg_server):
    url = pg_server.url_for("made_on_demand")
    try:
        with open_store(url, create=True) as store:
            assert isinstance(store, PostgresStore)
            assert store.document_ids() == []
    finally:
        pg_server.drop_database("made_on_demand")


def test_missing_database_is_not_created_for_reading(pg_server):
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(pg_server.url_for("never_made"), readonly=True)


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot connect to postgresql://x:\\*\\*\\*@127.0.0.1:1/db"):
        open_store("postgresql://x:pw@127.0.0.1:1/db")


def test_percent_signs_in_values_and_in_sql_are_literal(pg_database):
    with open_store(pg_database, create=True) as store:
        store.write_document(make_annotations("p1", "Growth was 100% in 1979."))
        assert store.scalar("SELECT COUNT(*) FROM texts WHERE text LIKE '%100%%'") == 1
        assert Q.search(store, "100")[0]["text"] == "Growth was 100% in 1979."


def test_nul_characters_are_refused_with_a_reason(pg_database):
    with open_store(pg_database, create=True) as store:
        with pytest.raises(InputError, match="NUL character \\(at character 3\\)"):
            store.write_document(make_annotations("n1", "bad\x00text"))
        assert store.document_ids() == []


def test_a_build_reports_a_nul_record_and_stores_the_others(pg_database, tmp_path):
    from chronologist.build import build
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "good", "text": "In 1979 the talks began."}\n'
                    '{"id": "bad", "text": "A NUL \\u0000 inside."}\n', encoding="utf-8")
    with open_store(pg_database, create=True) as store:
        report = build(store, [feed])
        assert store.document_ids() == ["good"]
    assert report.exit_code == 1
    assert [e.reason for e in report.failed] and "NUL" in report.failed[0].reason


def test_two_stores_migrating_at_once_both_succeed(pg_database):
    import threading
    errors = []

    def open_one():
        try:
            open_store(pg_database, create=True).close()
        except Exception as exc:  # pragma: no cover - the failure is what is reported
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_copy_store_moves_a_sqlite_store_to_postgresql(tmp_path, pg_database):
    from chronologist.bench.bulk import copy_store
    src = open_store(tmp_path / "s.db", create=True)
    docs = sample_corpus()
    for ann in docs:
        src.write_document(ann)
    src.write_linked(sample_linked(docs))
    with open_store(pg_database, create=True) as dst:
        copy_store(src, dst)
        assert Q.summary(dst) == Q.summary(src)
        assert Q.entity(dst, "E1") == Q.entity(src, "E1")
        dst.write_document(make_annotations("after", "Written after the copy."))  # ids do not collide
        assert len(dst.document_ids()) == 4
