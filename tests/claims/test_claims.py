"""find_claims over parsed text: what becomes a claim, and what it measures."""
import pytest

from chronologist.extract.pipeline import analyse
from chronologist.records import Document


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text):
        ann = analyse(Document(id="t", text=text), nlp(text))
        for c in ann.claims:
            assert text[c.start:c.end] == c.text
        return ann.claims
    return run


def test_years_dates_ordinals_and_names_are_not_claims(claims_of):
    text = ("On May 12, 1978, the 125th Division was founded near the S-21 camp. "
            "In 1979 the two sides met for the first time.")
    assert claims_of(text) == []


def test_a_death_toll_with_its_measure(claims_of):
    (c,) = claims_of("In less than four years the regime killed over 3 million people.")
    assert (c.value, c.bound, c.unit) == (3_000_000, "gt", "people")
    assert c.measure.startswith("people killed by")
    assert c.claimant is None  # the article's own voice


def test_money_measure_comes_from_the_subject(claims_of):
    (c,) = claims_of("The trade turnover stood at USD 2.7 billion.")
    assert (c.value, c.unit) == (2_700_000_000, "USD")
    assert c.measure == "trade turnover"


def test_the_claimant_is_the_subject_of_the_estimating_verb(claims_of):
    (c,) = claims_of("The Yale Genocide Program put the figure at about 1.7 million.")
    assert c.bound == "approx"
    assert c.claimant_text and "Program" in c.claimant_text


def test_a_number_with_no_unit_keeps_the_gap(claims_of):
    (c,) = claims_of("The count reached 5,000 by then.")
    assert c.value == 5000
    assert c.unit is None  # never invented


def test_vague_plurals_are_lower_bounds(claims_of):
    (c,) = claims_of("Thousands of advisors were sent abroad.")
    assert (c.value, c.bound, c.unit) == (1000, "ge", "advisors")


def test_a_share_of_a_whole_is_a_percentage(claims_of):
    (c,) = claims_of("The famine killed roughly a fifth of the population.")
    assert (c.value, c.bound, c.unit) == (20, "approx", "percent")


def test_the_named_one_counts_in_a_group(claims_of):
    (c,) = claims_of("In June 1977, he and four other people ran toward the border.")
    assert c.value == 5 and c.text.startswith("he and four")


def test_a_claim_is_dated_by_a_date_not_by_a_vague_reference(nlp):
    text = "The former regime killed about 1.7 million people in 1979, historians wrote."
    ann = analyse(Document(id="t", text=text), nlp(text), genre="narrative")
    assert any(t.value == "PAST_REF" for t in ann.timex)  # "former" is a time in a story ...
    (c,) = ann.claims
    assert c.when == "1979"  # ... but the claim is dated by the year
