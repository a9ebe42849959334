"""First cut (replaced by the event linker): every event stands alone."""
from __future__ import annotations

from typing import Sequence

from chronologist.records import Annotations, EventSource, LinkedEvent


def merge_events(docs: Sequence[Annotations], entity_of: dict[tuple[str, str], str]) -> list[LinkedEvent]:
    out: list[LinkedEvent] = []
    for ann in docs:
        d = ann.document.id
        for ev in ann.events:
            out.append(LinkedEvent(
                id=f"V{len(out) + 1}", date=ev.date, summary=ev.summary, category=ev.category, cameo=ev.cameo,
                actors=[entity_of[(d, a)] for a in ev.actors if (d, a) in entity_of],
                targets=[entity_of[(d, a)] for a in ev.targets if (d, a) in entity_of],
                place=entity_of.get((d, ev.place)) if ev.place else None, factuality=ev.factuality,
                sources=[EventSource(d, ev.start, ev.end, ev.text, ev.id, ev.date.value, ev.trigger)]))
    return out
