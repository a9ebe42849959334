"""find_conflicts: numbers that cannot both hold, dates that cannot both hold, opposed framing."""
from chronologist.link import link
from chronologist.link.claims import group_claims
from chronologist.link.conflicts import find_conflicts
from chronologist.link.events import merge_events
from chronologist.records import Linked

from tests.link.synth import claim, doc, entity_of, event

KR = ("e1", "Khmer Rouge", "ORG", None)
VN = ("e1", "Vietnam", "GPE", "VN")
VNESE = ("e1", "Vietnamese", "NORP", "VN")
HS = ("e2", "Hun Sen", "PERSON", None)


def _linked(docs):
    eo = entity_of(docs)
    out = Linked(entity_of=eo)
    out.events = merge_events(docs, eo)
    out.claim_groups = group_claims(docs, eo)
    out.conflicts = find_conflicts(docs, out)
    return out


def test_disjoint_death_tolls_conflict_and_cite_every_claim():
    docs = [doc("a", [KR], claims=[claim("over 3 million people", 3_000_000, "gt", "people", "people killed by Khmer Rouge")]),
            doc("b", [KR], claims=[claim("between 1.5 and 2.2 million people", (1_500_000, 2_200_000), "range",
                                         "people", "people who died under Khmer Rouge rule")])]
    (c,) = [c for c in _linked(docs).conflicts if c.kind == "number"]
    assert {i.doc for i in c.items} == {"a", "b"}


def test_overlapping_numbers_do_not_conflict():
    docs = [doc("a", [KR], claims=[claim("about 1.7 million", 1_700_000, "approx", "people", "people killed by Khmer Rouge")]),
            doc("b", [KR], claims=[claim("1.5 to 2.2 million", (1_500_000, 2_200_000), "range", "people", "deaths under Khmer Rouge")])]
    assert not _linked(docs).conflicts


def test_a_more_precise_date_refines_and_is_not_a_date_conflict():
    docs = [doc("a", [HS], [event("v1", "ran", "RETREAT", "1977-06", actors=["e2"])]),
            doc("b", [HS], [event("v1", "defected", "RETREAT", "1977-06-20", actors=["e2"])])]
    kinds = [c.kind for c in _linked(docs).conflicts]
    assert "date" not in kinds and kinds == ["date-refinement"]


def test_dates_that_cannot_both_hold_conflict():
    docs = [doc("a", [VN, HS], [event("v1", "signed", "AGREE", "1979-02-18", actors=["e1", "e2"])]),
            doc("b", [VN, HS], [event("v1", "signed", "AGREE", "1979-02-19", actors=["e1", "e2"])])]
    assert [c.kind for c in _linked(docs).conflicts] == ["date"]


def test_counterattack_and_invasion_is_framing():
    docs = [doc("a", [VNESE], [event("v1", "launched a general counterattack", "ASSAULT", "1978-12", actors=["e1"])]),
            doc("b", [VN], [event("v1", "launched a full-scale invasion", "ASSAULT", "1978-12-25", actors=["e1"])])]
    framing = [c for c in _linked(docs).conflicts if c.kind == "framing"]
    assert len(framing) == 1 and {i.doc for i in framing[0].items} == {"a", "b"}


def test_link_runs_end_to_end_on_empty_input():
    assert link([]).conflicts == []
