"""The document date: given, metadata, dateline, or inferred from the text with its basis."""
from __future__ import annotations

from tests.time.helpers import tag


def test_the_users_date_wins(nlp):
    r = tag(nlp, "PHNOM PENH, 16 November 2018 - The court sat today.", date="2020-01-02", meta="2019-05-05")
    assert (r.published.value, r.published.basis) == ("2020-01-02", "given")


def test_metadata_in_several_formats(nlp):
    assert tag(nlp, "Hello.", meta="1998-01-08T18:30:00").published.value == "1998-01-08"
    assert tag(nlp, "Hello.", meta="19980108").published.value == "1998-01-08"
    assert tag(nlp, "Hello.", meta="January 8, 1998").published.value == "1998-01-08"


def test_metadata_in_an_unknown_format_is_reported_not_guessed(nlp):
    r = tag(nlp, "Hello.", meta="sometime soonish")
    assert r.published.value is None
    assert "not understood" in r.published.basis


def test_a_dateline(nlp):
    r = tag(nlp, "Verdict\n\nPHNOM PENH, 16 November 2018 - The tribunal today found them guilty.")
    assert r.published.value == "2018-11-16"
    assert r.published.basis == "dateline: 'PHNOM PENH, 16 November 2018'"
    assert {t.text: t.value for t in r.timex}["today"] == "2018-11-16"


def test_inferred_from_an_anniversary(nlp):
    r = tag(nlp, "Forty years have gone by since the victory on January 7, 1979, and friendship grew.")
    assert r.published.value == "2019"
    assert r.published.basis.startswith("inferred: ")
    assert (r.published.earliest, r.published.latest) == ("2019-01-01", "2019-12-31")


def test_inferred_from_last_year_compared_with_a_year(nlp):
    r = tag(nlp, "In the first seven months of last year, trade was up by 18.7% compared with 2017.")
    assert r.published.value == "2019"
    assert {t.text: t.value for t in r.timex}["the first seven months of last year"] == "2018"


def test_a_lower_bound_is_an_interval_not_a_day(nlp):
    r = tag(nlp, "More than 40 years ago, in April 1975, a regime was formed.")
    assert r.published.value is None
    assert r.published.earliest == "2015-01-01" and r.published.latest is None
    assert "2015" in r.published.basis


def test_no_evidence_no_date(nlp):
    r = tag(nlp, "Last year the company grew.")
    assert (r.published.value, r.published.basis) == (None, "unknown")
