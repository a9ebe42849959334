"""Titles of works in quotation marks (“Marching towards national salvation”, a film).

The entity resolver types them WORK_OF_ART; the quotation finder skips them, since a title is not
something anyone said.
"""
from __future__ import annotations

import re

# Nouns and verbs that announce a title right before the opening mark.
WORK_CUES = {
    "film", "documentary", "movie", "book", "novel", "memoir", "song", "album", "single", "play",
    "poem", "series", "show", "programme", "program", "episode", "article", "essay", "column",
    "report", "study", "paper", "painting", "opera", "musical", "exhibition", "exhibit",
    "newspaper", "magazine", "journal", "editorial", "titled", "entitled", "called", "named",
    "dubbed", "headlined", "slogan", "motto", "campaign", "hashtag", "ad", "advert", "video",
    "podcast", "speech", "anthem", "chapter", "section", "act", "bill",
}
_OPEN_CLOSE = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
_QUOTED = re.compile(r"“([^“”\n]{1,200})”|\"([^\"\n]{1,200})\"|«([^«»\n]{1,200})»|‘([^‘’\n]{1,120})’")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,3}$")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inner text of each short one-line quotation."""
    out = []
    for m in _QUOTED.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    return out


def _cue_before(text: str, start: int) -> bool:
    window = text[max(0, start - 60): start - 1]
    window = window[window.rfind("\n") + 1:]  # the cue is in the same paragraph
    words = re.findall(r"[A-Za-z]+", window.lower())[-4:]
    # "the documentary film “…”", "a book titled “…”", "author of the book “…”"
    return bool(words) and (words[-1] in WORK_CUES or (len(words) > 1 and words[-2] in WORK_CUES
                                                        and words[-1] in {"the", "a", "of", "in"}))


def _looks_like_title(inner: str) -> bool:
    words = inner.split()
    if not words or len(words) > 14:
        return False
    # a sentence ends with terminal punctuation; a title rarely does
    return not inner.rstrip().endswith((".", "?", "!", ",", ";")) or len(words) <= 3


_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
          "from", "vs", "vs.", "de", "la", "&", "-", "–"}


def title_cased(inner: str) -> bool:
    """“Fox and Friends.”, “The Steve Harvey Morning Show,”: every content word capitalised."""
    words = inner.strip().rstrip(".,;:").split()
    if not words or len(words) > 7 or inner.strip().endswith(("?", "!")):
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and \
        words[0][:1].isupper() and not (len(content) == 1 and content[0].isupper() and len(words) == 1)


def work_titles(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Inner spans of quoted titles: a cue noun before and title-like content, or title case
    with a preposition or possessive before ("on Fox News’s “Fox and Friends.”")."""
    out = []
    for start, end in spans if spans is not None else quoted_spans(text):
        inner = text[start:end]
        if _cue_before(text, start) and _looks_like_title(inner):
            out.append((start, end))
        elif title_cased(inner) and re.search(r"(?:\b(?:on|in|of|at|to|from|for|with)|['’]s)[ \t]*\W?$",
                                             text[max(0, start - 12):start - 1]):
            out.append((start, end))
    return out


def scare_quote(text: str, start: int, end: int) -> bool:
    """A one- or two-word quotation with no capital start and no final stop (“zero” freedom)."""
    inner = text[start:end].strip()
    words = inner.split()
    return len(words) <= 2 and not inner.endswith((".", "!", "?", ","))
