"""Number phrases: value, bound, unit and kind, read from the text alone."""
import pytest

from chronologist.claims.numbers import interval, number_phrases


def one(text):
    found = number_phrases(text)
    assert len(found) == 1, found
    p = found[0]
    return text[p.start:p.end], p


@pytest.mark.parametrize("text, value, bound, unit", [
    ("they killed over 3 million people", 3_000_000, "gt", None),
    ("between 1.5 and 2.2 million people died", (1_500_000, 2_200_000), "range", None),
    ("some 150,000 troops", 150_000, "approx", None),
    ("worth USD 3.8 billion", 3_800_000_000, "eq", "USD"),
    ("growth of 30-40% a year", (30, 40), "range", "percent"),
    ("up by 18.7% on the year", 18.7, "eq", "percent"),
    ("it cost more than 300 million dollars", 300_000_000, "gt", "USD"),
    ("from 1.7 million to more than 2 million", (1_700_000, 2_000_000), "range", None),
    ("Tens of thousands of volunteers", 10_000, "ge", None),
    ("the third biggest partner", 3, "eq", "rank"),
])
def test_value_bound_unit(text, value, bound, unit):
    _, p = one(text)
    assert p.value == value and p.bound == bound and p.unit == unit


def test_a_shared_scale_applies_to_both_ends_of_a_range():
    _, p = one("between 2 and 3 million")
    assert p.value == (2_000_000, 3_000_000)


def test_intervals_allow_what_the_bound_says():
    assert interval(3_000_000, "gt") == (3_000_000, float("inf"))
    assert interval((1.5, 2.2), "range") == (1.5, 2.2)
    lo, hi = interval(100, "approx")
    assert lo < 100 < hi
    assert interval(1000, "ge", "vague") == (1000, 10000)
