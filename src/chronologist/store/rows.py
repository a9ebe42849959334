"""Annotations ⇄ table rows.  Backend-independent: both SQLite and PostgreSQL store these rows."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterable

from chronologist.records import (
    Annotations, Claim, DocDate, Document, Entity, Event, Furniture, Linked, Mention, Quote, Sentence, Timex,
)
from chronologist.serialize import fields_of, revive, to_json


def dumps(obj: Any) -> str:
    return to_json(obj)


def _entity_json(e) -> str:
    # members are the entity_members table; repeating them here made a famous entity's JSON
    # megabytes long, read again by every page that shows the entity
    data = {k: v for k, v in fields_of(e).items() if k != "members"}
    return to_json(data)


def document_row(ann: Annotations) -> dict:
    d, p = ann.document, ann.published
    return dict(id=d.id, path=d.path, sha256=d.sha256, format=d.source_format, title=d.title, author=d.author,
                translators=json.dumps(d.translators, ensure_ascii=False), url=d.url, meta_date=d.date,
                published=p.value, published_basis=p.basis, published_earliest=p.earliest,
                published_latest=p.latest, genre=ann.genre, words=ann.word_count, chars=len(d.text),
                extractors=json.dumps(ann.extractors), added_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def span_rows(ann: Annotations) -> Iterable[tuple]:
    """(kind, start, end, text, label, value, ref, earliest, latest, attrs) for every span record."""
    for t in ann.timex:
        yield ("timex", t.start, t.end, t.text, t.type, t.value, None, t.earliest, t.latest, dumps(t))
    for m in ann.mentions:
        yield ("mention", m.start, m.end, m.text, m.label, None, m.entity, None, None, dumps(m))
    for q in ann.quotes:
        yield ("quote", q.start, q.end, q.text, q.kind, q.cue, q.speaker, None, None, dumps(q))
    for c in ann.claims:
        yield ("claim", c.start, c.end, c.text, c.unit, json.dumps(c.value), c.claimant, None, None, dumps(c))
    for e in ann.events:
        yield ("event", e.start, e.end, e.text, e.category, e.date.value, e.id, e.date.earliest, e.date.latest,
               dumps(e))
    for f in ann.furniture:
        yield (f.kind, f.start, f.end, f.text, f.role, None, None, None, None, dumps(f))


def annotations_from_rows(doc: dict, text: str, sentences: list[tuple[int, int]], entities: list[dict],
                          spans: list[dict]) -> Annotations:
    document = Document(id=doc["id"], text=text, path=doc["path"], title=doc["title"], author=doc["author"],
                        translators=json.loads(doc["translators"] or "[]"), date=doc["meta_date"],
                        url=doc["url"], source_format=doc["format"] or "txt", sha256=doc["sha256"])
    ann = Annotations(document=document,
                      published=DocDate(doc["published"], doc["published_basis"] or "unknown",
                                        doc["published_earliest"], doc["published_latest"]),
                      genre=doc["genre"] or "news", sentences=[Sentence(s, e) for s, e in sentences],
                      extractors=json.loads(doc["extractors"]), word_count=doc["words"])
    ann.entities = sorted((revive(Entity, json.loads(e["attrs"])) for e in entities), key=_natural)
    kinds = {"timex": (Timex, ann.timex), "mention": (Mention, ann.mentions), "quote": (Quote, ann.quotes),
             "claim": (Claim, ann.claims), "event": (Event, ann.events)}
    for s in spans:
        cls, target = kinds.get(s["kind"], (Furniture, ann.furniture))
        target.append(revive(cls, json.loads(s["attrs"])))
    return ann


def linked_rows(linked: Linked) -> dict[str, list[tuple]]:
    """Rows for every link table, in insertion order (parents first)."""
    out: dict[str, list[tuple]] = {k: [] for k in (
        "entities", "entity_aliases", "entity_members", "events", "event_sources", "event_entities",
        "measures", "measure_claims", "conflicts", "conflict_items")}
    member_count: dict[str, int] = {}
    for e in linked.entities:
        member_count[e.id] = len({d for d, _ in e.members})
        out["entities"].append((e.id, e.name, e.type, e.country, e.lat, e.lon, e.located, 0,
                                member_count[e.id], _entity_json(e)))
        out["entity_aliases"] += [(e.id, a) for a in sorted(set(e.aliases) | {e.name})]
        out["entity_members"] += [(e.id, d, local) for d, local in e.members]
    for v in linked.events:
        out["events"].append((v.id, v.date.value, v.date.earliest, v.date.latest, v.summary, v.category,
                              v.cameo, v.factuality, v.place, len({s.doc for s in v.sources}), dumps(v),
                              _event_brief(v)))
        out["event_sources"] += [(v.id, s.doc, s.event, s.start, s.end, s.text, s.date, s.trigger)
                                 for s in v.sources]
        roles = [(a, "actor") for a in v.actors] + [(t, "target") for t in v.targets]
        if v.place:
            roles.append((v.place, "place"))
        out["event_entities"] += [(v.id, ent, role) for ent, role in dict.fromkeys(roles)]
    for g in linked.claim_groups:
        out["measures"].append((g.id, g.measure, g.unit, len(g.claims)))
        out["measure_claims"] += [(g.id, c.doc, c.index, c.start, c.end, c.text, json.dumps(c.value), c.bound,
                                   c.unit, c.claimant) for c in g.claims]
    for c in linked.conflicts:
        out["conflicts"].append((c.id, c.kind, c.about, c.note))
        out["conflict_items"] += [(c.id, i.doc, i.start, i.end, i.text, json.dumps(i.value, ensure_ascii=False))
                                  for i in c.items]
    return out


BRIEF_SOURCES = 20  # sources a timeline row carries; the rest are in event_sources


def _event_brief(v) -> str:
    srcs = [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text, "date": s.date}
            for s in v.sources[:BRIEF_SOURCES]]
    return json.dumps({"actors": v.actors, "targets": v.targets, "date": {"basis": v.date.basis},
                       "sources": srcs, "source_total": len(v.sources)}, ensure_ascii=False)


def _natural(entity: Entity) -> tuple:
    # Local ids are "e1", "e2", ... "e10": keep the extractor's order, not the string order.
    digits = "".join(ch for ch in entity.id if ch.isdigit())
    return (int(digits) if digits else 0, entity.id)
