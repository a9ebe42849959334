"""A stated range names its month, year or era once; TimeML tags each end, and each end gets it."""
from __future__ import annotations

from tests.time.helpers import by_text, tag, values


def test_a_bare_first_day_takes_the_month_and_year_of_the_second(nlp):
    text = "In 1915 the front held. The battle raged on 6–7 January 1916 near the river."
    r = tag(nlp, text, genre="narrative")
    six = by_text(r, "6")
    assert (six.value, six.earliest, six.latest) == ("1916-01-06", "1916-01-06", "1916-01-06")
    assert text[six.start:six.end] == "6" and six.anchor.startswith("range end 1916-01-07")


def test_a_bare_second_day_takes_the_month_and_the_year_both_ends_share(nlp):
    r = tag(nlp, "By 1916 the war had stalled. The offensive ran from March 5-9, 1918, and again on May 4 and 5.",
            genre="narrative")
    v = values(r)
    assert v["March 5"] == "1918-03-05"  # not 1916: the year the range states, not the story's
    assert v["9, 1918"] == "1918-03-09"
    assert v["5"] == "1918-05-05"
    assert "1918" not in v  # the year is part of the range's second end


def test_a_month_without_a_year_takes_the_year_of_the_range(nlp):
    text = "The armistice came in November 1918. In August and September 1914 the armies had moved."
    assert values(tag(nlp, text, genre="narrative"))["August"] == "1914-08"
    text = "The winter of 1914 was hard. From October to March 1916 it rained."
    assert values(tag(nlp, text, genre="narrative"))["October"] == "1915-10"  # the range crosses New Year


def test_bc_ranges_count_down(nlp):
    v = values(tag(nlp, "The revolt lasted from 499 to 493 BC.", genre="narrative"))
    assert v["499"] == "BC0499" and v["493 BC"] == "BC0493"


def test_numbers_that_are_not_range_ends_stay_numbers(nlp):
    r = tag(nlp, "On May 4 and 5 soldiers died. Between 12 and 14 January the ships sailed. "
                 "They met on 2 and 3 people came.", date="1950-02-01", genre="news")
    texts = [t.text for t in r.timex]
    assert "5" not in texts and "3" not in texts
    assert values(r)["12"] == "1950-01-12"


def test_an_impossible_range_end_is_not_made_up(nlp):
    r = tag(nlp, "The talks ran from February 27-30, 1979.", genre="narrative")
    assert "30, 1979" not in [t.text for t in r.timex]
    assert all(t.value is None or "-02-30" not in t.value for t in r.timex)
