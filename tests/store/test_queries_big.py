"""Timeline pages on a store with BCE dates and much-told events: order and source counts hold."""
from __future__ import annotations

from chronologist.records import EventDate, EventSource, Linked, LinkedEvent
from chronologist.store import queries as Q


def _event(i: str, earliest, latest, n_sources: int = 1) -> LinkedEvent:
    sources = [EventSource(doc="d1", event=f"v{i}-{k}", start=0, end=4, text="Text", date=earliest)
               for k in range(n_sources)]
    return LinkedEvent(id=i, date=EventDate(value=earliest, earliest=earliest, latest=latest, basis="explicit"),
                       summary=f"event {i}", category="OTHER", factuality="asserted", sources=sources)


def test_timeline_orders_bce_before_ce_and_counts_every_source(open_new, annotations):
    store = open_new()
    store.write_document(annotations("d1", "Text of the only document."))
    events = [_event("V1", "1979-01-07", "1979-01-07", n_sources=45), _event("V2", "-0263-01-01", "-0263-12-31"),
              _event("V3", "-0099-01-01", "-0099-12-31"), _event("V4", "0005-01-01", "0005-12-31")]
    store.write_linked(Linked(events=events))
    rows = Q.timeline(store)
    assert [r["id"] for r in rows] == ["V2", "V3", "V4", "V1"]  # 264 BC, 100 BC, AD 5, 1979
    big = rows[-1]
    assert big["source_total"] == 45 and len(big["source_list"]) <= 20  # a row carries a bounded preview
    assert [r["id"] for r in Q.timeline(store, limit=2, offset=1)] == ["V3", "V4"]  # pages cross the BCE run
    assert [r["id"] for r in Q.timeline(store, limit=2, offset=3)] == ["V1"]
