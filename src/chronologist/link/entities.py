"""First cut (replaced by the entity linker): entities with the same name and type merge."""
from __future__ import annotations

from typing import Sequence

from chronologist.records import Annotations, LinkedEntity


def merge_entities(docs: Sequence[Annotations]) -> tuple[list[LinkedEntity], dict[tuple[str, str], str]]:
    by_key: dict[tuple[str, str], LinkedEntity] = {}
    entity_of: dict[tuple[str, str], str] = {}
    for ann in docs:
        for e in ann.entities:
            key = (e.name, e.type)
            linked = by_key.get(key)
            if linked is None:
                linked = by_key[key] = LinkedEntity(id=f"E{len(by_key) + 1}", name=e.name, type=e.type,
                                                    country=e.country, lat=e.lat, lon=e.lon, located=e.located)
            linked.aliases += [a for a in e.aliases if a not in linked.aliases]
            linked.roles += e.roles
            linked.members.append((ann.document.id, e.id))
            entity_of[(ann.document.id, e.id)] = linked.id
    return list(by_key.values()), entity_of
