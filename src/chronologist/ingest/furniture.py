"""Find page furniture (captions, widget debris, bylines, credits) and record it as spans.

Furniture is never removed from the text: offsets must keep indexing what was read.  The extractors
skip these spans, so the author of an article never becomes an actor in its story.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from chronologist.ingest import furniture_rules as rules
from chronologist.records import Document, Furniture

_LINE = re.compile(r"[^\n]+")
MAX_CAPTION = 300  # a caption is short; a long paragraph that ends "Source: X" is an article's text


def lines(text: str) -> Iterator[tuple[int, int]]:
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _credit(text: str, start: int, end: int) -> Optional[Furniture]:
    line = text[start:end]
    for pattern, role in ((rules.TRANSLATOR, "translator"), (rules.BYLINE, "author")):
        m = pattern.match(line)
        if not m or (role == "author" and len(line) > 80):
            continue
        name_start = start + m.start("name")
        name_end = start + m.end("name")
        glued = rules.GLUED_BOUNDARY.search(text, name_start, name_end)
        if glued:
            name_end = glued.start()
        # An ordinary sentence that happens to start "By 1980, ..." is not a byline.
        words = text[name_start:name_end].split()
        if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text[name_start:name_end]):
            continue
        return Furniture(start, name_end, text[start:name_end], "byline", role)
    return None


def find_furniture(document: Document) -> list[Furniture]:
    text = document.text
    found: list[Furniture] = []
    for start, end in lines(text):
        line = text[start:end]
        if rules.WIDGET_DEBRIS.fullmatch(line) or (len(line) <= 160 and rules.FOLLOW_PROMPT.fullmatch(line)):
            found.append(Furniture(start, end, line, "boilerplate"))
            continue
        credit = _credit(text, start, end)
        if credit:
            found.append(credit)
            continue
        if len(line) <= MAX_CAPTION and (rules.CAPTION_TAIL.search(line) or rules.CAPTION_HEAD.match(line)):
            found.append(Furniture(start, end, line, "caption"))
    return found


def credited_people(furniture: list[Furniture]) -> dict[str, list[str]]:
    """Names from bylines: {"author": [...], "translator": [...]}, as document metadata."""
    out: dict[str, list[str]] = {"author": [], "translator": []}
    for f in furniture:
        if f.kind == "byline" and f.role:
            m = (rules.TRANSLATOR if f.role == "translator" else rules.BYLINE).match(f.text)
            if m:
                out[f.role].append(" ".join(m.group("name").split()))
    return out


def find_headline(text: str) -> Optional[tuple[int, int]]:
    """The first line, when it reads as a title: short, followed by a blank line, no final stop."""
    for start, end in lines(text):
        line = text[start:end]
        after = text[end:end + 2]
        if len(line) <= 150 and not line.endswith((".", "!", "?", "”", '"', ":")) and (
                after.startswith("\n\n") or after.startswith("\r\n") or end == len(text)):
            return start, end
        return None
    return None
