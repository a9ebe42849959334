"""group_claims: the same measure told differently is one group; different measures are not."""
from chronologist.link.claims import group_claims, measure_key

from tests.link.synth import claim, doc, entity_of

KR = ("e1", "Khmer Rouge", "ORG", None)


def test_killed_died_and_deaths_are_one_measure_of_deaths():
    docs = [doc("a", [KR], claims=[claim("over 3 million people", 3_000_000, "gt", "people",
                                         "people killed by Khmer Rouge government")]),
            doc("b", [KR], claims=[claim("about 1.7 million", 1_700_000, "approx", "people",
                                         "people who died under Khmer Rouge rule")]),
            doc("c", [KR], claims=[claim("2 million men", 2_000_000, "eq", "men",
                                         "deaths of men under the Khmer Rouge")])]
    groups = group_claims(docs, entity_of(docs))
    assert len(groups) == 1 and len(groups[0].claims) == 3


def test_different_counted_things_and_units_stay_apart():
    docs = [doc("a", claims=[claim("320,000 students", 320_000, "gt", "students", "students in Cambodia", start=0),
                             claim("7,000 teachers", 7000, "eq", "teachers", "teachers in Cambodia", start=50),
                             claim("USD 3.8 billion", 3.8e9, "eq", "USD", "two-way trade value", start=100)])]
    assert len(group_claims(docs, entity_of(docs))) == 3


def test_a_claim_without_a_measure_stands_alone():
    docs = [doc("a", claims=[claim("5,000", 5000, "eq", None, None)]),
            doc("b", claims=[claim("5,000", 5000, "eq", None, None)])]
    assert len(group_claims(docs, entity_of(docs))) == 2


def test_measure_keys():
    assert measure_key(claim("x", 1, "eq", "people", "people killed in the war"))[0] == "death"
    assert measure_key(claim("x", 1, "eq", "USD", "cost of tribunal"))[0] == "money"


def test_troops_and_military_personnel_are_one_count_of_forces_per_army():
    SU = ("e1", "Soviet", "NORP", "RU")
    US = ("e1", "American", "NORP", "US")
    docs = [doc("a", [SU], claims=[claim("some 43,000 Soviet troops", 43_000, "approx", "troops",
                                         "Soviet troops on the island")]),
            doc("b", [SU], claims=[claim("about 10,000 Soviet military personnel", 10_000, "approx", "personnel",
                                         "Soviet military personnel on the island")]),
            doc("c", [US], claims=[claim("5,000 American soldiers", 5_000, "eq", "soldiers",
                                         "American soldiers in the base")])]
    sizes = sorted(len(g.claims) for g in group_claims(docs, entity_of(docs)))
    assert sizes == [1, 2]  # the two Soviet counts meet (and so can conflict); the American one stays apart
