"""merge_events: one timeline entry per act, with every source that tells it."""
from chronologist.link.events import merge_events

from tests.link.synth import doc, entity_of, event

VN = ("e1", "Vietnam", "GPE", "VN")
VNESE = ("e1", "Vietnamese", "NORP", "VN")
HS = ("e2", "Hun Sen", "PERSON", None)


def test_one_act_in_three_documents_is_one_entry():
    docs = [doc("a", [VN], [event("v1", "victory", "ASSAULT", "1979-01-07", targets=["e1"])]),
            doc("b", [], [event("v1", "victory", "ASSAULT", "1979-01-07")]),
            doc("c", [VN], [event("v1", "fell", "TAKE_POWER", "1979-01-07", actors=["e1"])])]
    linked = merge_events(docs, entity_of(docs))
    assert len(linked) == 1
    assert {s.doc for s in linked[0].sources} == {"a", "b", "c"}


def test_a_day_refines_a_month_and_the_entry_keeps_the_day():
    docs = [doc("a", [HS, VN], [event("v1", "ran", "RETREAT", "1977-06", actors=["e2"], place="e1")]),
            doc("b", [HS, VN], [event("v1", "defected", "RETREAT", "1977-06-20", actors=["e2"], place="e1")])]
    (one,) = merge_events(docs, entity_of(docs))
    assert one.date.value == "1977-06-20" and len(one.sources) == 2


def test_acts_in_the_last_month_of_the_calendar_still_merge():
    docs = [doc("a", [VN], [event("v1", "ended", "OTHER", "9999-12", actors=["e1"])]),
            doc("b", [VN], [event("v1", "ended", "OTHER", "9999-12-31", actors=["e1"])])]
    (one,) = merge_events(docs, entity_of(docs))
    assert one.date.value == "9999-12-31" and len(one.sources) == 2


def test_a_demonym_and_its_country_are_one_participant():
    docs = [doc("a", [VNESE], [event("v1", "launched a counterattack", "ASSAULT", "1978-12", actors=["e1"])]),
            doc("b", [VN], [event("v1", "launched an invasion", "ASSAULT", "1978-12-25", actors=["e1"])])]
    assert len(merge_events(docs, entity_of(docs))) == 1


def test_different_acts_or_times_stay_apart():
    docs = [doc("a", [VN], [event("v1", "signed", "AGREE", "1979-02-18", actors=["e1"]),
                            event("v2", "attacked", "ASSAULT", "1979-02-18", actors=["e1"])]),
            doc("b", [VN], [event("v1", "signed", "AGREE", "1985-02-18", actors=["e1"])]),
            doc("c", [VN], [event("v1", "signed", "AGREE", None, actors=["e1"])]),
            doc("d", [VN], [event("v1", "signed", "AGREE", "1979-02-18", actors=["e1"], factuality="hypothetical")])]
    assert len(merge_events(docs, entity_of(docs))) == 5


def test_ten_thousand_documents_merge_correctly():
    """2,000 acts, each told by five documents (three to the day, two to the month)."""
    docs = []
    cats = ["AGREE", "ASSAULT", "RETREAT", "CONSULT", "FOUND"]
    import datetime as dt
    base = dt.date(1950, 1, 1).toordinal()
    for k in range(2000):
        day = dt.date.fromordinal(base + k)
        for j in range(5):
            date = day.isoformat() if j < 3 else day.isoformat()[:7]
            actor = ("e1", f"Country {k % 50}", "GPE", None)
            docs.append(doc(f"d{k}-{j}", [actor], [event("v1", "acted", cats[k % 5], date, actors=["e1"])]))
    assert len(docs) == 10_000
    linked = merge_events(docs, entity_of(docs))
    assert len(linked) == 2000
    for ev in linked:
        ks = {s.doc.split("-")[0] for s in ev.sources}
        assert len(ks) == 1 and len(ev.sources) == 5
        assert len(ev.date.value) == 10  # the day, not the month
