"""build: incremental by content hash, changed documents replaced, --prune, failures reported."""
import sqlite3

import pytest

from chronologist.build import build
from chronologist.errors import StoreError
from chronologist.store.database import open_store

STORY = "On 7 January 1979, Vietnamese troops entered Phnom Penh. Hun Sen said the war was over.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"story{i}.txt").write_text(STORY.replace("1979", str(1979 + i)), encoding="utf-8")
    return folder


def _counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "texts", "sentences", "doc_entities")}
    finally:
        con.close()


def test_first_build_adds_everything_and_a_rebuild_skips_unchanged(tmp_path, corpus):
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        first = build(store, [corpus])
        again = build(store, [corpus])
    assert sorted(first.added) == ["story0", "story1", "story2"] and first.linked
    assert sorted(again.unchanged) == ["story0", "story1", "story2"] and not again.added and not again.linked
    assert _counts(db)["documents"] == 3 and _counts(db)["texts"] == 3


def test_a_changed_file_replaces_its_document_without_duplicates(tmp_path, corpus):
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        build(store, [corpus])
        before = _counts(db)
        (corpus / "story1.txt").write_text(STORY.replace("Hun Sen", "Heng Samrin"), encoding="utf-8")
        report = build(store, [corpus])
        assert report.updated == ["story1"]
        text = store.scalar("SELECT text FROM texts WHERE doc_id = 'story1'")
    assert "Heng Samrin" in text
    assert _counts(db) == before


def test_prune_drops_documents_whose_files_are_gone(tmp_path, corpus):
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        build(store, [corpus])
        (corpus / "story2.txt").unlink()
        kept = build(store, [corpus])
        assert kept.pruned == [] and len(store.known_documents()) == 3
        pruned = build(store, [corpus], prune=True)
        assert pruned.pruned == ["story2"] and sorted(store.known_documents()) == ["story0", "story1"]
        assert store.scalar("SELECT COUNT(*) FROM sentences WHERE doc_id = 'story2'") == 0


def test_bad_files_fail_alone_and_nothing_stored_is_lost(tmp_path, corpus):
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        build(store, [corpus])
        (corpus / "broken.txt").write_bytes(b"caf\xc3\x28 not utf8")
        (corpus / "empty.md").write_bytes(b"")
        (corpus / "new.txt").write_text("A new story from 1985.", encoding="utf-8")
        report = build(store, [corpus])
    assert report.exit_code == 1
    assert sorted(e.path.rsplit("/", 1)[-1] for e in report.failed) == ["broken.txt", "empty.md"]
    assert report.added == ["new"] and len(report.unchanged) == 3
    assert _counts(db)["documents"] == 4


def test_full_text_search_finds_sentences_with_offsets(tmp_path, corpus):
    from chronologist.store.queries import search
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        build(store, [corpus])
        hits = search(store, "troops entered")
        text = store.scalar("SELECT text FROM texts WHERE doc_id = ?", (hits[0]["doc_id"],))
    assert len(hits) == 3
    h = hits[0]
    assert text[h["char_start"]:h["char_end"]] == h["text"]
    assert [text[a:b] for a, b in h["highlights"]] == ["troops", "entered"]


def test_search_treats_operators_as_plain_words(tmp_path, corpus):
    from chronologist.store.queries import search
    with open_store(tmp_path / "s.db", create=True) as store:
        build(store, [corpus])
        assert search(store, 'NEAR(" OR * AND') == []
        assert search(store, "") == []


def test_store_refuses_other_files_and_newer_schemas(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('application', 'someone-else')")
    con.commit(); con.close()
    with pytest.raises(StoreError, match="not a chronologist store"):
        open_store(other)
    newer = tmp_path / "newer.db"
    open_store(newer, create=True).close()
    con = sqlite3.connect(newer)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.commit(); con.close()
    with pytest.raises(StoreError, match="newer than this chronologist"):
        open_store(newer)
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not an SQLite store"):
        open_store(tmp_path / "junk.db")


def test_read_only_store_refuses_writes(tmp_path, corpus):
    db = tmp_path / "s.db"
    with open_store(db, create=True) as store:
        build(store, [corpus])
    with open_store(db, readonly=True) as ro:
        with pytest.raises(StoreError, match="read-only"):
            ro.delete_document("story0")
        assert len(ro.known_documents()) == 3


def _facts(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT doc_id, kind, char_start, char_end, text, attrs FROM spans").fetchall())
    finally:
        con.close()


def test_two_worker_processes_store_exactly_what_one_process_stores(tmp_path, corpus):
    for i in range(3, 12):
        (corpus / f"story{i}.txt").write_text(STORY.replace("1979", str(1979 + i)), encoding="utf-8")
    with open_store(tmp_path / "one.db", create=True) as store:
        one = build(store, [corpus], workers=1)
    with open_store(tmp_path / "two.db", create=True) as store:
        two = build(store, [corpus], workers=2)
    assert sorted(one.added) == sorted(two.added) and len(two.added) == 12
    assert _facts(tmp_path / "one.db") == _facts(tmp_path / "two.db")
