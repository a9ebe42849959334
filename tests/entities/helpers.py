"""Running the stages the entity resolver and the quotation finder need on a test sentence."""
from __future__ import annotations

from chronologist.extract.pipeline import analyse
from chronologist.records import Annotations, Document


def annotate(nlp, text: str, doc_id: str = "t", **meta) -> Annotations:
    document = Document(id=doc_id, text=text, **meta)
    return analyse(document, nlp(text), extractors=("time", "entities", "quotes"))


def entity_named(ann: Annotations, name: str):
    hits = [e for e in ann.entities if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in ann.entities]}"
    return hits[0]


def spans_point_at_text(ann: Annotations) -> None:
    text = ann.document.text
    for m in ann.mentions:
        assert text[m.start:m.end] == m.text, m
    for q in ann.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text, q
        for ref in (q.source, q.cue_span, q.occasion):
            if ref is not None:
                assert text[ref.start:ref.end] == ref.text, ref
