"""Read files into Documents: txt, md, html/htm, jsonl, tml, folders, and '-' for standard input.

The stored text is exactly the decoded text: no cleaning, no newline rewriting.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from chronologist.errors import InputError
from chronologist.ingest.decode import decode
from chronologist.records import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".tml"}
MAX_BYTES = 20 * 1024 * 1024  # one article, even a long report, is far below this; a 50 MB "article" is a dump
STDIN = "-"


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def discover(paths: Iterable[Union[str, Path]]) -> tuple[list[Union[Path, str]], list[InputError]]:
    """Expand folders recursively into supported files, sorted so ids are stable run to run."""
    found: list[Union[Path, str]] = []
    errors: list[InputError] = []
    for raw in paths:
        if str(raw) == STDIN:
            found.append(STDIN)
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                errors.append(InputError(str(p), "folder has no supported files "
                                                 f"({', '.join(sorted(SUFFIXES))})"))
            found.extend(files)
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                errors.append(InputError(str(p), f"unsupported file type {p.suffix or '(none)'!r}; "
                                                 f"supported: {', '.join(sorted(SUFFIXES))}"))
            else:
                found.append(p)
        elif p.exists():
            errors.append(InputError(str(p), "is not a regular file"))
        else:
            errors.append(InputError(str(p), "no such file or folder"))
    return found, errors


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"is {size / 1e6:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB "
                                        "limit for one document; split it into articles")
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError(str(path), "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None


def _nonempty(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "is empty (no text to analyse)")
    return text


def _document(doc_id: str, text: str, path: str, fmt: str, **meta) -> Document:
    return Document(id=doc_id, text=text, path=path, source_format=fmt, sha256=sha256(text), **meta)


def read_text_file(path: Path) -> Document:
    text = _nonempty(decode(_read_bytes(path), str(path)), str(path))
    return _document(path.stem, text, str(path), path.suffix.lower().lstrip(".") or "txt")


def read_html(path: Path, data: Optional[bytes] = None) -> Document:
    from chronologist.ingest.html import extract_html

    html = decode(data if data is not None else _read_bytes(path), str(path))
    text, meta = extract_html(html, str(path))
    return _document(path.stem, text, str(path), "html", **meta)


def read_jsonl(path: Path) -> ReadResult:
    result = ReadResult()
    text = decode(_read_bytes(path), str(path))
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError(where, "is not a JSON object")
            body = rec.get("text")
            if not isinstance(body, str):
                raise InputError(where, "has no \"text\" string")
            _nonempty(body, where)
            doc_id = str(rec.get("id") or f"{path.stem}-{lineno}")
            if doc_id in seen:
                raise InputError(where, f"repeats the id {doc_id!r} of an earlier line")
            seen.add(doc_id)
            meta = {k: str(rec[k]) for k in ("title", "url", "author", "date") if rec.get(k)}
            result.documents.append(_document(doc_id, body, where, "jsonl", **meta))
        except json.JSONDecodeError as exc:
            result.errors.append(InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno})"))
        except InputError as exc:
            result.errors.append(exc)
    if not result.documents and not result.errors:
        result.errors.append(InputError(str(path), "is empty (no JSON lines)"))
    return result


def read_tml(path: Path) -> Document:
    from chronologist.time.timeml import read_tml as parse_tml

    text, dct, _gold = parse_tml(path)
    return _document(path.stem, _nonempty(text, str(path)), str(path), "tml", date=dct)


def read_stdin() -> Document:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"<" and b"<html" in data[:2048].lower():
        return read_html(Path("stdin.html"), data)
    text = _nonempty(decode(data, "<stdin>"), "<stdin>")
    return _document("stdin", text, "-", "txt")


def read_path(path: Union[Path, str]) -> ReadResult:
    """Read one discovered path; an unreadable file becomes an error, never an exception."""
    try:
        if path == STDIN:
            return ReadResult([read_stdin()])
        assert isinstance(path, Path)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            return read_jsonl(path)
        if suffix in HTML_SUFFIXES:
            return ReadResult([read_html(path)])
        if suffix == ".tml":
            return ReadResult([read_tml(path)])
        return ReadResult([read_text_file(path)])
    except InputError as exc:
        return ReadResult(errors=[exc])


def read_all(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Document, InputError]]:
    """Every document of every path, ids made unique, errors yielded in place of what failed."""
    files, errors = discover(paths)
    yield from errors
    ids: dict[str, str] = {}
    for path in files:
        res = read_path(path)
        yield from res.errors
        for doc in res.documents:
            origin = doc.path or ""
            if doc.id in ids and ids[doc.id] != origin:
                # Two files with one stem in different folders: a stable suffix from the path.
                doc.id = f"{doc.id}_{hashlib.sha1(origin.encode()).hexdigest()[:6]}"
            ids[doc.id] = origin
            yield doc
