"""Which way a date points is read off its verb: the news present of an action is scheduled, a
participle is done, a modal looks ahead, a month a past verb dates itself lies behind the time of
writing, and a plan made on a day is dated that day."""
from __future__ import annotations

import pytest

from tests.time.helpers import tag, values


@pytest.mark.parametrize("sentence, day", [
    ("He said the father would be traveling to Washington Thursday.", "2000-04-06"),
    ("They will appeal the decision, announced Wednesday by the commissioner.", "2000-04-05"),
    ("Arafat and Netanyahu meet separately Monday with the envoy.", "2000-04-10"),
    ("The move follows Tuesday's declaration by Ford.", "2000-04-04"),
    ("The peace process is set to resume Monday in Belfast.", "2000-04-10"),
    ("Protesters planned a large demonstration on Saturday.", "2000-04-08"),
    ("On Friday, the government planned to pay the first claims.", "2000-03-31"),
    ("Weakness in technology stocks hurt the index on Friday.", "2000-03-31"),
])
def test_the_verb_of_a_weekday_says_which_one_it_is(nlp, sentence, day):
    """Written on Wednesday 5 April 2000: the news present of an action is scheduled, a
    participle is done, a modal looks ahead, a plan made on a day is dated that day."""
    r = tag(nlp, sentence, date="2000-04-05", genre="news")
    assert [t.value for t in r.timex if t.value and t.value.startswith("2000-")] == [day]


@pytest.mark.parametrize("sentence, month", [
    ("Since KKR bought RJR in February, it has sold assets.", "1989-02"),
    ("In January, American Medical brought in a new chief executive.", "1989-01"),
    ("Thermo Electron agreed to purchase the line in February.", "1990-02"),
    ("Lenders have extended loans through January.", "1990-01"),
    ("The issue will dominate a summit set for Washington in April.", "1990-04"),
])
def test_a_past_verb_that_dates_a_month_puts_it_behind_the_time_of_writing(nlp, sentence, month):
    """Written on 30 October 1989: a month a past verb dates itself has happened; an infinitive, an
    end point or a plan still lies ahead."""
    r = tag(nlp, sentence, date="1989-10-30", genre="news")
    assert [t.value for t in r.timex] == [month]


def test_a_future_verb_puts_a_month_ahead_even_when_the_last_one_is_nearer(nlp):
    r = tag(nlp, "Collins will be named commander of Columbia for a mission in December.",
            date="1998-03-04", genre="news")
    assert values(r)["December"] == "1998-12"
