"""TimeML in and out: read a ``.tml`` file into plain text + DCT + gold TIMEX3s, write one back.

Reading strips every tag inside ``<TEXT>`` and unescapes XML entities while keeping a running offset,
so a gold TIMEX3's ``start``/``end`` index the stripped text exactly as the pipeline will see it.
"""
from __future__ import annotations

import html
import pathlib
import re
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from chronologist.errors import InputError
from chronologist.records import Timex

_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT\b[^>]*>.*?<TIMEX3\b([^>]*)>", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([\w:-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def _unescape_piece(piece: str, out: list[str]) -> None:
    pos = 0
    for m in _ENTITY.finditer(piece):
        out.append(piece[pos:m.start()])
        out.append(html.unescape(m.group(0)))
        pos = m.end()
    out.append(piece[pos:])


def read_tml(path: pathlib.Path) -> tuple[str, Optional[str], list[Timex]]:
    """Plain text of <TEXT>, the DCT value (or None) and the gold TIMEX3s inside <TEXT>."""
    path = pathlib.Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raw = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from exc
    m = _TEXT.search(raw)
    if not m:
        raise InputError(str(path), "not a TimeML document: no <TEXT>…</TEXT> element")
    dct: Optional[str] = None
    d = _DCT.search(raw)
    if d:
        dct = _attrs(d.group(1)).get("value") or None
    body = m.group(1)
    if "<" in _TAG.sub("", body) and re.search(r"<[A-Za-z/]", _TAG.sub("", body)):
        raise InputError(str(path), "broken tag inside <TEXT> (a '<' that does not open a valid tag)")
    out: list[str] = []
    length = 0
    stack: list[tuple[str, dict[str, str], int]] = []
    timex: list[Timex] = []
    pos = 0
    for t in _TAG.finditer(body):
        before: list[str] = []
        _unescape_piece(body[pos:t.start()], before)
        chunk = "".join(before)
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name, attrs, selfclose = t.group(1), t.group(2), t.group(3), t.group(4)
        if selfclose:
            continue
        if not closing:
            stack.append((name, _attrs(attrs or ""), length))
            continue
        if not stack or stack[-1][0] != name:
            opened = stack[-1][0] if stack else "nothing"
            raise InputError(str(path), f"</{name}> closes {opened}: the tags inside <TEXT> are not nested")
        _, a, start = stack.pop()
        if name == "TIMEX3":
            typ = a.get("type", "DATE").upper()
            timex.append(Timex(start=start, end=length, text="", type=typ if typ in _TYPES else "DATE",
                               value=a.get("value") or None, mod=a.get("mod") or None))
    if stack:
        raise InputError(str(path), f"<{stack[-1][0]}> is never closed inside <TEXT>")
    rest: list[str] = []
    _unescape_piece(body[pos:], rest)
    out.append("".join(rest))
    text = "".join(out)
    for tx in timex:
        tx.text = text[tx.start:tx.end]
    timex.sort(key=lambda tx: (tx.start, tx.end))
    return text, dct, timex


def write_tml(doc_id: str, text: str, dct: Optional[str], timex: list[Timex]) -> str:
    """A TimeML 1.2 document whose TIMEX3 tags wrap exactly ``text[start:end]``.

    Overlapping or out-of-range spans cannot be nested inline, so the later of two overlapping
    spans is left out rather than producing malformed XML.
    """
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n', f"<DOCID>{escape(doc_id)}</DOCID>\n"]
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    pos = 0
    n = 0
    for tx in sorted(timex, key=lambda t: (t.start, -t.end)):
        if tx.start < pos or tx.end > len(text) or tx.end <= tx.start:
            continue
        n += 1
        parts.append(escape(text[pos:tx.start]))
        attrs = f'tid="t{n}" type="{tx.type}"'
        if tx.value is not None:
            attrs += f" value={quoteattr(tx.value)}"
        if tx.mod:
            attrs += f" mod={quoteattr(tx.mod)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(text[tx.start:tx.end])}</TIMEX3>")
        pos = tx.end
    parts.append(escape(text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
