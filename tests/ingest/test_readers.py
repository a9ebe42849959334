"""Reading files: every supported format, ids, hashes, and one clear error per bad input."""
import json
import os

import pytest

from chronologist.errors import InputError
from chronologist.ingest.readers import read_all, sha256
from chronologist.records import Document


def _read(*paths):
    items = list(read_all(paths))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_text_is_stored_exactly_as_read_with_stem_id_and_hash(tmp_path):
    raw = "Title\r\n\r\nOn 7 January 1979,  Phnom Penh fell.\n\n\n"
    (tmp_path / "a1.txt").write_bytes(raw.encode("utf-8"))
    docs, errors = _read(tmp_path / "a1.txt")
    assert not errors
    assert docs[0].id == "a1" and docs[0].text == raw and docs[0].sha256 == sha256(raw)


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Two\n\nText two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported suffix inside a folder: ignored
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["two", "one"] or [d.id for d in docs] == ["one", "two"]
    assert not errors


def test_same_stem_in_two_folders_gets_distinct_stable_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Story {sub}.", encoding="utf-8")
    docs1, _ = _read(tmp_path)
    docs2, _ = _read(tmp_path)
    assert len({d.id for d in docs1}) == 2
    assert [d.id for d in docs1] == [d.id for d in docs2]


def test_jsonl_records_with_metadata_and_bad_lines_reported_per_line(tmp_path):
    lines = [json.dumps({"id": "r1", "text": "First story.", "date": "2019-01-07", "title": "T", "author": "A"}),
             "{not json", json.dumps({"id": "r2"}), "", json.dumps({"text": "No id here."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _read(tmp_path / "feed.jsonl")
    assert [d.id for d in docs] == ["r1", "feed-5"]
    assert docs[0].date == "2019-01-07" and docs[0].title == "T" and docs[0].author == "A"
    assert [e.path for e in errors] == [f"{tmp_path / 'feed.jsonl'}:2", f"{tmp_path / 'feed.jsonl'}:3"]
    assert "not valid JSON" in errors[0].reason and "no \"text\"" in errors[1].reason


def test_html_main_text_and_metadata(tmp_path):
    body = " ".join(["Vietnam and Cambodia signed a treaty of friendship in Phnom Penh on 18 February 1979."] * 6)
    html = (f"<html><head><title>Treaty signed</title><meta name='author' content='Jane Roe'>"
            f"<meta name='date' content='2019-02-18'></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Treaty signed</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>Copyright 2019</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    docs, errors = _read(tmp_path / "page.html")
    assert not errors
    doc = docs[0]
    assert "18 February 1979" in doc.text and "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.title == "Treaty signed" and doc.author == "Jane Roe" and doc.date == "2019-02-18"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t", "empty"),
    ("scan.txt", b"%PDF-1.4 binary", "PDF"),
    ("photo.md", b"\x89PNG\r\n\x1a\n", "PNG"),
    ("bundle.txt", b"PK\x03\x04\x14\x00", "zip"),
    ("latin1.txt", "café".encode("latin-1"), "not valid UTF-8"),
    ("nothing.html", b"<html><body><nav>menu</nav></body></html>", "no main text"),
])
def test_each_bad_file_gets_one_clear_reason_and_the_others_are_read(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("A good article about 1979.", encoding="utf-8")
    docs, errors = _read(tmp_path / name, tmp_path / "good.txt")
    assert [d.id for d in docs] == ["good"]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / name) and reason in errors[0].reason


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    import chronologist.ingest.readers as readers
    monkeypatch.setattr(readers, "MAX_BYTES", 1024)
    (tmp_path / "dump.txt").write_bytes(b"a" * 2048)
    _, errors = _read(tmp_path / "dump.txt")
    assert "over the" in errors[0].reason and "split it" in errors[0].reason


def test_a_real_50mb_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    _, errors = _read(big)
    assert "50.0 MB" not in errors[0].reason or "limit" in errors[0].reason
    assert "limit" in errors[0].reason


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text("x", encoding="utf-8")
    p.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the OS answer as it would for a user
        import builtins
        real_open = builtins.open
        monkeypatch.setattr(builtins, "open", lambda f, *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if str(f) == str(p) else real_open(f, *a, **k))
    _, errors = _read(p)
    assert "permission denied" in errors[0].reason


def test_missing_paths_unsupported_files_and_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "table.csv").write_text("a,b", encoding="utf-8")
    _, errors = _read(tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "table.csv")
    reasons = [e.reason for e in errors]
    assert reasons[0] == "no such file or folder"
    assert reasons[1].startswith("folder has no supported files")
    assert reasons[2].startswith("unsupported file type '.csv'")
