"""Cross-document linking: a pass over stored documents, re-runnable on its own."""
from __future__ import annotations

from typing import Sequence

from chronologist.records import Annotations, Linked


def link(docs: Sequence[Annotations]) -> Linked:
    """Merge entities, then events, group claims and find conflicts across ``docs``."""
    from chronologist.link.entities import merge_entities
    from chronologist.link.events import merge_events
    from chronologist.link.claims import group_claims
    from chronologist.link.conflicts import find_conflicts

    linked = Linked()
    linked.entities, linked.entity_of = merge_entities(docs)
    linked.events = merge_events(docs, linked.entity_of)
    linked.claim_groups = group_claims(docs, linked.entity_of)
    linked.conflicts = find_conflicts(docs, linked)
    return linked
