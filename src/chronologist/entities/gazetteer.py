"""Finding every occurrence of a set of names in a text: the document's own names and known places.

The document's names change with every document, so they are found with ``str.find`` (compiling
a regular expression per document cost more than the search); the known multi-word places are
one alternation compiled once per process.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

from chronologist.entities import geo


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every (start, end) of every name, bounded by non-word characters, leftmost then longest first."""
    found = []
    for name in names:
        if not name:
            continue
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not _wordish(text[pos - 1])) and (end == len(text) or not _wordish(text[end])):
                found.append((pos, end))
            pos = text.find(name, pos + 1)
    return sorted(found, key=lambda se: (se[0], -se[1]))


def _title_case(key: str) -> str:
    small = {"of", "the", "and"}
    return " ".join(w if w in small else (w[0].upper() + w[1:]) for w in key.split())


@functools.lru_cache(maxsize=1)
def known_places() -> tuple[re.Pattern, dict[str, str]]:
    """Known multi-word places as written in prose ("Democratic Kampuchea", "Angkor Wat"), with labels."""
    labels: dict[str, str] = {}
    for key in list(geo.HISTORICAL) + list(geo.SITES):
        if " " in key or key in ("kampuchea", "s-21"):
            labels.setdefault(_title_case(key), "LOC" if key in geo.SITES else "GPE")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(n) for n in sorted(labels, key=len, reverse=True)) + r")(?![\w-])")
    return pattern, labels


def scan(text: str, names: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Non-overlapping occurrences of ``names`` and the known places, as one left-to-right scan.

    At each point the leftmost occurrence wins, then the longest, then the document's own name.
    """
    mine = occurrences(text, names)
    places, _ = known_places()
    i, pos = 0, 0
    b = places.search(text)
    while True:
        while i < len(mine) and mine[i][0] < pos:
            i += 1
        if b is not None and b.start() < pos:
            b = places.search(text, pos)
        a = mine[i] if i < len(mine) else None
        if a is None and b is None:
            return
        if b is None or (a is not None and (a[0], -a[1]) <= (b.start(), -b.end())):
            span = a
        else:
            span = (b.start(), b.end())
        yield span
        pos = span[1]
