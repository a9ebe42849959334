"""Recognition and TimeML extents: what is a time expression and where it starts and ends."""
from __future__ import annotations

import pytest

from chronologist.time.recognize import find


def spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find(text)]


@pytest.mark.parametrize("text, expected", [
    ("It was founded on May 12, 1978 in the east.", ["May 12, 1978"]),
    ("It was founded on 12 May 1978 in the east.", ["12 May 1978"]),
    ("It was founded on 1978-05-12 in the east.", ["1978-05-12"]),
    ("They met in June 1977 and again in 1982.", ["June 1977", "1982"]),
    ("Trade grew in the 1980s.", ["the 1980s"]),
    ("Rome fell in the fifth century.", ["the fifth century"]),
    ("The siege began in 264 BC.", ["264 BC"]),
    ("It rained every morning.", ["every morning"]),
    ("Trade rose 30% year on year.", ["year on year"]),
])
def test_explicit_expressions_and_their_extent(text, expected):
    assert spans(text) == expected


def test_a_part_of_a_period_folds_into_one_expression():
    assert spans("At the end of 1979, hunger was pushed back.") == ["the end of 1979"]
    assert spans("By mid-1979 the army had grown.") == ["mid-1979"]
    text = "In the first seven months of last year, trade stood at USD 2.7 billion."
    assert spans(text) == ["the first seven months of last year"]


def test_spelled_out_dates_of_broadcast_transcripts(nlp):
    from tests.time.helpers import tag, values
    text = ("It began in January nineteen ninety-seven, after snow in the winter of nineteen ninety-four. "
            "The vote is this coming Sunday, March eighth. The talks end on April thirty-first.")
    v = values(tag(nlp, text, date="1998-03-05", genre="news"))
    assert v["January nineteen ninety-seven"] == "1997-01"
    assert v["the winter of nineteen ninety-four"] == "1994-WI"
    assert v["this coming Sunday"] == "1998-03-08"
    assert v["March eighth"] == "1998-03-08"
    assert v["April thirty-first"] is None  # April has thirty days: the text is kept, no value


def test_a_range_is_two_expressions_as_in_timeml():
    assert spans("The mission lasted from 1979 to 1989.") == ["1979", "1989"]
    assert spans("The Cambodian-Vietnamese War, 1978-1989: an overview") == ["1978", "1989"]


def test_approximators_are_part_of_a_duration():
    assert spans("In less than four years in power they killed many.") == ["less than four years"]
    assert spans("Sales rose over the past two quarters.") == ["the past two quarters"]  # a preposition
    assert spans("The fighting lasted about a month.") == ["about a month"]


@pytest.mark.parametrize("text", [
    "There were more than 320,000 students.",
    "The 125th Division was founded.",
    "They may come back.",
])
def test_numbers_and_words_that_are_not_times(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "Some 2000 troops crossed the river.",
    "He had a second term.",
    "May they come back soon.",
    "As soon as taking power, they closed the schools.",
    "Protesters joined the annual March for Life on Capitol Hill.",
    "He marched at the head of the March of the Combatant People.",
    "Operation Rescue started its ``Spring of Life'' demonstrations.",
    "Baker, speaking on ABC News' \"This Week,\" said the talks failed.",
    "Gonzalez said on CBS's ''60 Minutes.''",
    "The company returned to profit after its first quarterly loss.",
    "The case is for today's youth what the revolution was for their parents.",
    "He quoted Gary Cooper from the film ``High Noon.''",
    'The song "White Christmas" was broadcast as the signal.',
    "This is VOA Today.",
    "The figures were reported by USA Today.",
])
def test_the_parse_rejects_what_only_looks_like_a_time(nlp, text):
    from tests.time.helpers import tag
    assert [t.text for t in tag(nlp, text).timex] == []


def test_todays_paper_is_still_today(nlp):
    from tests.time.helpers import tag
    r = tag(nlp, "The offer was advertised in today's editions of the paper.", date="1989-11-02", genre="news")
    assert [(t.text, t.value) for t in r.timex] == [("today", "1989-11-02")]


def test_a_quoted_name_with_a_possessive_keeps_its_time(nlp):
    from tests.time.helpers import tag
    text = 'It is known as the "Ten Year\'s Civil War" in China.'
    assert [t.text for t in tag(nlp, text, genre="narrative").timex] == ["Ten Year"]


def test_impossible_dates_are_found_but_marked_invalid():
    found = find("It happened on February 30, 1979.")
    assert [c.spec.kind for c in found] == ["invalid"]


def test_years_out_of_range_are_not_dates():
    assert spans("The code 20191 was used, not year 0000.") == []
