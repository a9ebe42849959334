"""A dated article that looks back decades gives a year-less date the year it last named; news
that speaks from its own date keeps the document's year."""
from __future__ import annotations

from tests.time.helpers import by_text, tag, values


def test_a_short_history_piece_keeps_its_year_less_dates_in_the_past_it_tells(nlp):
    text = ("The crisis lasted from 16 to 28 October 1962. On 16 October the President saw the photographs. "
            "The following week the quarantine began. That autumn nobody slept.")
    r = tag(nlp, text, date="2017-10-16", genre="news")
    v = values(r)
    assert v["16 October"] == "1962-10-16"
    assert v["The following week"] == "1962-W43"
    assert v["That autumn"] == "1962-FA"
    assert by_text(r, "16 October").anchor.startswith("last date 1962")


def test_news_that_speaks_from_its_own_date_keeps_the_document_year(nlp):
    text = "The company was founded in 1959. It said yesterday that the offer expires Nov. 10."
    v = values(tag(nlp, text, date="1989-10-30", genre="news"))
    assert v["Nov. 10"] == "1989-11-10"


def test_a_recent_year_keeps_news_convention(nlp):
    text = "The plant opened in 1962 and was sold in 1988. On Feb. 10 its new owners close it."
    v = values(tag(nlp, text, date="1989-01-20", genre="news"))
    assert v["Feb. 10"] == "1989-02-10"



def test_an_anniversary_piece_looks_back_from_its_dateline(nlp):
    text = ("NEW YORK, 28 October 2012 - Fifty years ago this morning, the radio carried the message. "
            "In his address of 22 October the President had warned of war. On 27 October a pilot died.")
    r = tag(nlp, text, genre="news")
    v = values(r)
    assert v["Fifty years ago this morning"] == "1962-10-28TMO"
    assert v["22 October"] == "1962-10-22" and v["27 October"] == "1962-10-27"
    assert by_text(r, "22 October").anchor.startswith("looking back")


def test_a_leap_of_decades_is_an_aside_not_the_story_moving_on(nlp):
    text = ("In October 1962 the ships sailed. My father learned the truth only thirty years afterwards. "
            "On 24 October the ships stopped.")
    v = values(tag(nlp, text, genre="narrative"))
    assert v["thirty years afterwards"] == "1992"
    assert v["24 October"] == "1962-10-24"


def test_earlier_than_nothing_the_text_names_stays_unresolved(nlp):
    r = tag(nlp, "It began eighteen months earlier, on the beaches. In April 1961 exiles landed.",
            date="2012-10-16", genre="news")
    t = by_text(r, "eighteen months earlier")
    assert t.value is None and t.earliest is None  # not April 2011: a date the text never gave


def test_a_month_in_a_name_is_no_date_in_news_but_is_tagged_in_a_story(nlp):
    text = "Here it has always been the October Crisis, and it began with the invasion."
    assert "October" not in values(tag(nlp, text, date="2012-10-16", genre="news"))
    assert "October" in values(tag(nlp, text, genre="narrative"))  # WikiWars tags "the August Decrees"
