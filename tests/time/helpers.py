"""A small harness: tag one text the way the pipeline does and look values up by surface text."""
from __future__ import annotations

from chronologist.extract.context import Context
from chronologist.records import Document


def tag(nlp, text: str, *, date: str | None = None, meta: str | None = None, genre: str = "auto"):
    from chronologist.time import tag_time
    document = Document(id="t", text=text, date=meta)
    return tag_time(Context(document=document, doc=nlp(text), date_hint=date, genre_hint=genre))


def values(result) -> dict[str, str | None]:
    return {t.text: t.value for t in result.timex}


def by_text(result, text: str):
    found = [t for t in result.timex if t.text == text]
    assert found, f"{text!r} not tagged; got {[t.text for t in result.timex]}"
    return found[0]
