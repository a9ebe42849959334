"""Who: mentions grouped into entities under one canonical name."""
from __future__ import annotations

from chronologist.extract.context import Context
from chronologist.records import Entity, Mention


def find_entities(ctx: Context) -> tuple[list[Entity], list[Mention]]:
    """First cut (replaced by the entity resolver): spaCy's entities, grouped by exact text."""
    keep = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "LAW", "WORK_OF_ART", "EVENT"}
    by_key: dict[tuple[str, str], Entity] = {}
    mentions: list[Mention] = []
    for ent in ctx.doc.ents:
        if ent.label_ not in keep or ctx.in_furniture(ent.start_char, ent.end_char):
            continue
        key = (ent.text, ent.label_)
        if key not in by_key:
            by_key[key] = Entity(id=f"e{len(by_key) + 1}", name=ent.text, type=ent.label_)
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, by_key[key].id))
    return list(by_key.values()), mentions
