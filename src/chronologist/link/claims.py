"""First cut (replaced by the claim linker): claims group by identical measure and unit."""
from __future__ import annotations

from typing import Sequence

from chronologist.records import Annotations, ClaimGroup, ClaimRef


def group_claims(docs: Sequence[Annotations], entity_of: dict[tuple[str, str], str]) -> list[ClaimGroup]:
    groups: dict[tuple[str, str | None], ClaimGroup] = {}
    for ann in docs:
        d = ann.document.id
        for i, c in enumerate(ann.claims):
            key = (c.measure or c.text, c.unit)
            g = groups.get(key)
            if g is None:
                g = groups[key] = ClaimGroup(id=f"M{len(groups) + 1}", measure=key[0], unit=c.unit)
            g.claims.append(ClaimRef(d, i, c.start, c.end, c.text, c.value, c.bound, c.unit,
                                     entity_of.get((d, c.claimant)) if c.claimant else None))
    return list(groups.values())
