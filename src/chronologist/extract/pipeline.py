"""ingest → parse → extract: turns a Document into Annotations.

The stages run in a fixed order because later ones read what earlier ones found (quotes need
entities, events need times).  Each stage is a plain function ``Context -> result``; this module
alone copies results into the Context and the Annotations.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence

from chronologist.extract.context import Context
from chronologist.ingest.furniture import credited_people, find_furniture, find_headline
from chronologist.records import Annotations, Document

ALL_EXTRACTORS = ("time", "entities", "quotes", "claims", "events")


def analyse(document: Document, doc, *, date: Optional[str] = None, genre: str = "auto",
            extractors: Sequence[str] = ALL_EXTRACTORS) -> Annotations:
    """Run every extractor over one parsed document.  ``doc`` is spaCy's parse of document.text."""
    from chronologist.time import tag_time
    from chronologist.entities import find_entities
    from chronologist.quotes import find_quotes
    from chronologist.claims import find_claims
    from chronologist.events import find_events

    furniture = find_furniture(document)
    credits = credited_people(furniture)
    if not document.author and credits["author"]:
        document.author = ", ".join(credits["author"])
    if not document.translators:
        document.translators = credits["translator"]
    headline = find_headline(document.text)
    if headline and not document.title:
        document.title = document.text[headline[0]:headline[1]]
    ctx = Context(document=document, doc=doc, furniture=furniture, date_hint=date, genre_hint=genre,
                  headline=headline)
    ran: list[str] = []
    if "time" in extractors:
        result = tag_time(ctx)
        ctx.published, ctx.genre, ctx.timex = result.published, result.genre, result.timex
        ran.append("time")
    if "entities" in extractors:
        ctx.entities, ctx.mentions = find_entities(ctx)
        ran.append("entities")
    if "quotes" in extractors:
        ctx.quotes = find_quotes(ctx)
        ran.append("quotes")
    claims = find_claims(ctx) if "claims" in extractors else []
    if "claims" in extractors:
        ran.append("claims")
    events = find_events(ctx) if "events" in extractors else []
    if "events" in extractors:
        ran.append("events")
    return Annotations(
        document=document, published=ctx.published, genre=ctx.genre,
        sentences=ctx.sentences(), furniture=ctx.furniture, timex=ctx.timex,
        entities=ctx.entities, mentions=ctx.mentions, quotes=ctx.quotes, claims=claims,
        events=events, extractors=ran, word_count=word_count(doc),
    )


def word_count(doc) -> int:
    """Tokens that are not whitespace (read as one array: a Python loop over tokens cost more)."""
    from spacy.attrs import IS_SPACE
    return len(doc) - int(doc.to_array([IS_SPACE]).sum()) if len(doc) else 0


def analyse_many(documents: Iterable[Document], *, date: Optional[str] = None, genre: str = "auto",
                 batch_size: int = 16) -> Iterator[Annotations]:
    """Parse in batches (spaCy is fastest that way) and analyse each document as it comes."""
    from chronologist.nlp.pipeline import load

    nlp = load()
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyse(document, doc, date=date, genre=genre)
