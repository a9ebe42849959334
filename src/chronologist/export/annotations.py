"""The annotations JSON contract (``chronologist.annotations/1``): extend it, never break it."""
from __future__ import annotations

from typing import Sequence

from chronologist.records import Annotations, Linked
from chronologist.serialize import plain

FORMAT = "chronologist.annotations/1"


def _local_to_linked(ann: Annotations, linked: Linked):
    doc = ann.document.id
    return lambda local: linked.entity_of.get((doc, local), local) if local else None


def document_json(ann: Annotations, linked: Linked) -> dict:
    d = ann.document
    ent = _local_to_linked(ann, linked)
    mentions = [dict(plain(m), entity=ent(m.entity)) for m in ann.mentions]
    # The contract's quotes are what was said; reported beliefs and intentions ("X believed that …",
    # "X refused the generals") are attributions too, kept beside them rather than counted as quotes.
    quotes, attributions = [], []
    for q in ann.quotes:
        row = plain(q)
        row["speaker"] = ent(q.speaker)
        (quotes if q.attribution == "speech" else attributions).append(row)
    claims = []
    for c in ann.claims:
        row = plain(c)
        row["claimant"] = ent(c.claimant)
        claims.append(row)
    local_events = []
    for ev in ann.events:
        row = plain(ev)
        row["actors"] = [ent(a) for a in ev.actors]
        row["targets"] = [ent(a) for a in ev.targets]
        row["place"] = ent(ev.place)
        row["reported_by"] = ent(ev.reported_by)
        local_events.append(row)
    return {
        "id": d.id, "path": d.path, "sha256": d.sha256, "title": d.title, "author": d.author,
        "translators": d.translators, "url": d.url, "format": d.source_format,
        "published": plain(ann.published), "genre": ann.genre, "words": ann.word_count,
        "timex": [plain(t) for t in ann.timex],
        "mentions": mentions, "quotes": quotes, "attributions": attributions, "claims": claims, "events": local_events,
        "captions": [{"start": f.start, "end": f.end, "text": f.text} for f in ann.furniture if f.kind == "caption"],
        "boilerplate": [{"start": f.start, "end": f.end, "text": f.text, "kind": f.kind, "role": f.role}
                        for f in ann.furniture if f.kind != "caption"],
    }


def annotations_json(anns: Sequence[Annotations], linked: Linked, extractors: Sequence[str]) -> dict:
    return {
        "format": FORMAT,
        "extractors": list(extractors),
        "documents": [document_json(a, linked) for a in anns],
        "entities": [dict(plain(e), roles=[r.title for r in e.roles], role_history=plain(e.roles))
                     for e in linked.entities],
        "events": [plain(e) for e in linked.events],
        "measures": [plain(g) for g in linked.claim_groups],
        "conflicts": [plain(c) for c in linked.conflicts],
    }
