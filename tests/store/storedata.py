"""Hand-written documents for the store tests, with the records an extractor would make of them."""
from __future__ import annotations

import re
from typing import Optional

from chronologist.records import (
    Annotations, Claim, DocDate, Document, Entity, Event, EventDate, Mention, Quote, Sentence, SpanRef, Timex,
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def make_annotations(doc_id: str, text: str, *, published: Optional[str] = None,
                     timex: tuple = (), people: tuple = (), quotes: tuple = (), claims: tuple = (),
                     events: tuple = ()) -> Annotations:
    """Annotations for a hand-written text: spans are given by the phrases they cover.

    people: (phrase, label, local id, canonical name); quotes: (phrase, speaker local id);
    timex: (phrase, value); claims: (phrase, value, bound, unit, measure);
    events: (sentence phrase, trigger, category, date value, [actor ids]).
    """
    from chronologist.ingest.readers import sha256
    doc = Document(id=doc_id, text=text, path=f"{doc_id}.txt", sha256=sha256(text), date=published)
    ann = Annotations(document=doc, published=DocDate(published, "metadata" if published else "unknown"),
                      genre="news", extractors=["time", "entities", "quotes", "claims", "events"],
                      word_count=len(text.split()))
    for m in re.finditer(r"\S[^.!?]*(?:[.!?]+|$)", text):
        ann.sentences.append(Sentence(m.start(), m.end()))
    for phrase, value in timex:
        s, e = _at(text, phrase)
        ann.timex.append(Timex(s, e, phrase, "DATE", value, earliest=value and value[:10],
                               latest=value and value[:10]))
    names: dict[str, str] = {}
    for phrase, label, local, name in people:
        s, e = _at(text, phrase)
        ann.mentions.append(Mention(s, e, phrase, label, local))
        if local not in names:
            names[local] = name
            ann.entities.append(Entity(local, name, label, aliases=[phrase]))
        elif phrase not in ann.entities[list(names).index(local)].aliases:
            ann.entities[list(names).index(local)].aliases.append(phrase)
    for phrase, speaker in quotes:
        s, e = _at(text, phrase)
        ann.quotes.append(Quote(s, e, phrase, "direct", speaker, cue="said"))
    for phrase, value, bound, unit, measure in claims:
        s, e = _at(text, phrase)
        ann.claims.append(Claim(s, e, phrase, value, bound, unit, measure))
    for i, (phrase, trigger, category, value, actors) in enumerate(events):
        s, e = _at(text, phrase)
        t0, t1 = _at(text, trigger)
        ann.events.append(Event(f"v{i + 1}", s, e, phrase, trigger, SpanRef(t0, t1, trigger), summary=phrase[:40],
                                category=category, actors=list(actors),
                                date=EventDate(value, value, value, "explicit" if value else "undated")))
    return ann


# --- a small hand-written corpus, with the link tables a linker would make of it ---

TEXT_A = ("On March 3, 1979, Prime Minister Anna Varga signed a border treaty in Lisbon. "
          "\u201cThe treaty opens a new chapter,\u201d Ms. Varga said. "
          "Officials estimated that over 3 million people were displaced by 1980.")
TEXT_B = ("In June 1979, the Northern Front attacked border posts near Lisbon. "
          "Anna Varga said the attack broke the treaty. "
          "Aid groups counted about 1.7 million displaced people.")
TEXT_C = "The harvest festival drew large crowds. Prices at the market rose sharply."


def sample_corpus() -> list[Annotations]:
    a = make_annotations(
        "doc_a", TEXT_A, published="1979-03-04", timex=[("March 3, 1979", "1979-03-03"), ("1980", "1980")],
        people=[("Anna Varga", "PERSON", "e1", "Anna Varga"), ("Ms. Varga", "PERSON", "e1", "Anna Varga"),
                ("Lisbon", "GPE", "e2", "Lisbon")],
        quotes=[("The treaty opens a new chapter", "e1")],
        claims=[("over 3 million people", 3000000, "gt", "people", "people displaced")],
        events=[("On March 3, 1979, Prime Minister Anna Varga signed a border treaty in Lisbon.", "signed",
                 "AGREE", "1979-03-03", ["e1"])])
    b = make_annotations(
        "doc_b", TEXT_B, published="1979-07-01", timex=[("June 1979", "1979-06")],
        people=[("Northern Front", "ORG", "e1", "Northern Front"), ("Lisbon", "GPE", "e2", "Lisbon"),
                ("Anna Varga", "PERSON", "e3", "Anna Varga")],
        claims=[("about 1.7 million displaced people", 1700000, "approx", "people", "people displaced")],
        events=[("In June 1979, the Northern Front attacked border posts near Lisbon.", "attacked", "FIGHT",
                 "1979-06", ["e1"])])
    c = make_annotations("doc_c", TEXT_C)
    return [a, b, c]


def sample_linked(docs: list[Annotations]):
    from chronologist.records import (
        ClaimGroup, ClaimRef, Conflict, ConflictItem, EventSource, Linked, LinkedEntity, LinkedEvent,
    )
    a, b = docs[0], docs[1]
    varga = LinkedEntity("E1", "Anna Varga", "PERSON", aliases=["Anna Varga", "Ms. Varga"],
                         members=[("doc_a", "e1"), ("doc_b", "e3")])
    lisbon = LinkedEntity("E2", "Lisbon", "GPE", aliases=["Lisbon"], country="PT", lat=38.72, lon=-9.14,
                          members=[("doc_a", "e2"), ("doc_b", "e2")])
    front = LinkedEntity("E3", "Northern Front", "ORG", aliases=["Northern Front"], members=[("doc_b", "e1")])
    ev_a, ev_b = a.events[0], b.events[0]
    treaty = LinkedEvent("V1", EventDate("1979-03-03", "1979-03-03", "1979-03-03", "explicit"), "treaty signed",
                         "AGREE", actors=["E1"], place="E2",
                         sources=[EventSource("doc_a", ev_a.start, ev_a.end, ev_a.text, "v1", "1979-03-03", "signed")])
    attack = LinkedEvent("V2", EventDate("1979-06", "1979-06-01", "1979-06-30", "explicit"), "border attack",
                         "FIGHT", actors=["E3"], place="E2",
                         sources=[EventSource("doc_b", ev_b.start, ev_b.end, ev_b.text, "v1", "1979-06", "attacked")])
    undated = LinkedEvent("V3", EventDate(None), "undated meeting", "CONSULT", actors=["E1"])
    ca, cb = a.claims[0], b.claims[0]
    group = ClaimGroup("M1", "people displaced", "people", claims=[
        ClaimRef("doc_a", 0, ca.start, ca.end, ca.text, ca.value, ca.bound, ca.unit),
        ClaimRef("doc_b", 0, cb.start, cb.end, cb.text, cb.value, cb.bound, cb.unit)])
    conflict = Conflict("C1", "number", "people displaced", items=[
        ConflictItem("doc_a", ca.start, ca.end, ca.text, ca.value),
        ConflictItem("doc_b", cb.start, cb.end, cb.text, cb.value)])
    entity_of = {(d, l): e.id for e in (varga, lisbon, front) for d, l in e.members}
    return Linked(entities=[varga, lisbon, front], entity_of=entity_of, events=[treaty, attack, undated],
                  claim_groups=[group], conflicts=[conflict])
