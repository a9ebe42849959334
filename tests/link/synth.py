"""Synthetic Annotations built in memory, for the link tests (no parsing)."""
from __future__ import annotations

from chronologist.events.dating import bounds
from chronologist.records import (Annotations, Claim, DocDate, Document, Entity, Event, EventDate,
                                  Sentence, SpanRef)


def event(eid, trigger, category, date, actors=(), targets=(), place=None, text=None, factuality="asserted"):
    text = text or f"{trigger} happened."
    lo, hi = bounds(date)
    return Event(id=eid, start=0, end=len(text), text=text, trigger=trigger,
                 trigger_span=SpanRef(0, len(trigger), trigger), summary=text, category=category,
                 actors=list(actors), targets=list(targets), place=place,
                 date=EventDate(date, lo, hi, "explicit" if date else "undated"), factuality=factuality)


def claim(text, value, bound, unit, measure, when=None, start=0):
    return Claim(start=start, end=start + len(text), text=text, value=value, bound=bound, unit=unit,
                 measure=measure, when=when, sentence=SpanRef(start, start + len(text), text))


def doc(doc_id, entities=(), events=(), claims=(), text="x" * 200):
    return Annotations(document=Document(id=doc_id, text=text), published=DocDate(None, "unknown"),
                       genre="narrative", sentences=[Sentence(0, len(text))],
                       entities=[Entity(id=i, name=n, type=t, country=c) for i, n, t, c in entities],
                       events=list(events), claims=list(claims))


def entity_of(docs, key=lambda ann, e: e.name):
    """A stand-in for the entity linker: same name → same store-wide id."""
    ids: dict[str, str] = {}
    out = {}
    for ann in docs:
        for e in ann.entities:
            name = key(ann, e)
            ids.setdefault(name, f"E{len(ids) + 1}")
            out[(ann.document.id, e.id)] = ids[name]
    return out
