"""Normalisation in context: tense, the document date, the narrative's current date."""
from __future__ import annotations

from tests.time.helpers import by_text, tag, values


def test_news_resolves_against_the_document_date_with_tense(nlp):
    r = tag(nlp, "The minister said on Thursday that talks would resume next week. Last year trade fell.",
            date="1998-02-13", genre="news")
    v = values(r)
    assert v["Thursday"] == "1998-02-12"
    assert v["next week"] == "1998-W08"
    assert by_text(r, "Last year").value == "1997"
    assert "document date 1998-02-13" in by_text(r, "Last year").anchor


def test_future_tense_looks_forward(nlp):
    r = tag(nlp, "The ministers will meet on Monday.", date="1998-02-13", genre="news")
    assert values(r)["Monday"] == "1998-02-16"


def test_year_end_after_a_preposition_is_the_end_of_a_year(nlp):
    text = "It expects to close by year-end. Shares are up 5% since year-end. The year-end bonus was cut."
    r = tag(nlp, text, date="1989-10-30", genre="news")
    assert [(t.text, t.value, t.mod) for t in r.timex] == [("year-end", "1989", "END"), ("year-end", "1988", "END")]


def test_election_day_and_the_middle_of_a_part_of_day(nlp):
    text = ("Violence will be a theme from now to Election Day. By mid afternoon, the raid was over. "
            "In London at mid-afternoon yesterday, shares fell.")
    r = tag(nlp, text, date="1998-10-26", genre="news")
    got = {t.text: (t.value, t.mod) for t in r.timex}
    assert got["Election Day"] == ("1998-11-03", None)  # the Tuesday after the first Monday of November
    assert got["mid afternoon"] == ("1998-10-26TAF", "MID")
    assert got["mid-afternoon yesterday"] == ("1998-10-25TAF", "MID")


def test_an_hour_in_a_part_of_the_day_is_a_clock_time(nlp):
    r = tag(nlp, "They met at eight o'clock in the evening. He worked in the morning.", date="2000-04-05", genre="news")
    assert [(t.text, t.value) for t in r.timex] == [("eight o'clock in the evening", "2000-04-05T20:00")]


def test_the_previous_or_following_weekday_counts_from_the_day_in_view(nlp):
    text = "The chairman resigned on Friday. He had met them the previous Friday. They met again the following Monday."
    v = values(tag(nlp, text, date="1989-10-30", genre="news"))
    assert (v["Friday"], v["the previous Friday"], v["the following Monday"]) == ("1989-10-27", "1989-10-20", "1989-10-23")


def test_then_current_is_the_past(nlp):
    assert values(tag(nlp, "The then current chairman resigned.", date="1989-10-30", genre="news")) == {"then current": "PAST_REF"}


def test_the_week_of_the_day_in_view_is_a_week(nlp):
    text = "The index fell 2% on Oct. 27. For the week, the index dropped 3.8%. The following week it rose."
    v = values(tag(nlp, text, date="1989-10-30", genre="news"))
    assert (v["the week"], v["The following week"]) == ("1989-W43", "1989-W44")


def test_the_nth_day_of_something_said_of_today_is_today(nlp):
    r = tag(nlp, "It's the second day of an offensive by the security forces.", date="1998-03-06", genre="news")
    assert values(r) == {"the second day": "1998-03-06"}


def test_the_day_before_or_after_a_day(nlp):
    text = "The day before last Tuesday's hearing, Manuel went home. They met on the day after Christmas 1999."
    v = values(tag(nlp, text, date="2000-02-24", genre="news"))
    assert v == {"The day before last Tuesday": "2000-02-21", "the day after Christmas 1999": "1999-12-26"}


def test_a_neighbouring_day_or_week_past_the_calendar_is_kept_without_a_value(nlp):
    text = "It ended the day after December 31, 9999. The week of December 31, 9999 was long."
    v = values(tag(nlp, text, date="2000-01-01", genre="news"))
    assert v == {"the day after December 31, 9999": None, "The week of December 31, 9999": "9999-W52"}
    v = values(tag(nlp, "It ended on December 31, 9999. The next day it rained.", genre="narrative"))
    assert v == {"December 31, 9999": "9999-12-31", "The next day": None}


def test_plural_weekdays_are_sets(nlp):
    v = values(tag(nlp, "The shop is closed on Sundays. Flights leave on Tuesday nights.", date="1998-02-13", genre="news"))
    assert v["Sundays"] == "XXXX-WXX-7"
    assert v["Tuesday nights"] == "XXXX-WXX-2TNI"


def test_narrative_anchors_to_the_last_mentioned_date(nlp):
    text = ("In March 1979, advisors started to rebuild the schools. Three months later, in June 1979, "
            "there were already many students.")
    r = tag(nlp, text, genre="narrative")
    later = by_text(r, "Three months later")
    assert later.value == "1979-06"
    assert later.anchor.startswith("narrative: 1979-03")


def test_two_years_later_in_a_story_is_a_year(nlp):
    r = tag(nlp, "The last troops left on 26 September 1989. Two years later, the agreements were signed.",
            genre="narrative")
    assert values(r)["Two years later"] == "1991"


def test_a_past_perfect_flashback_in_a_relative_clause_does_not_move_the_story(nlp):
    text = ("In May 1975 the army reached the port, which had been attacked in April 1961. "
            "Two months later the city fell.")
    r = tag(nlp, text, genre="narrative")
    assert values(r)["Two months later"] == "1975-07"


def test_vague_references(nlp):
    r = tag(nlp, "At present, trade is strong. In the future, it will grow. In the past it was weak.",
            date="2019-01-01")
    v = values(r)
    assert v["At present"] == "PRESENT_REF"
    assert v["the future"] == "FUTURE_REF"
    assert v["the past"] == "PAST_REF"


def test_durations_and_sets(nlp):
    r = tag(nlp, "For less than four years, after many months of waiting, they met every morning.")
    assert by_text(r, "less than four years").value == "P4Y"
    assert by_text(r, "less than four years").mod == "LESS_THAN"
    assert by_text(r, "many months").value == "PXM"
    assert by_text(r, "every morning").type == "SET"


def test_parts_and_seasons(nlp):
    r = tag(nlp, "At the end of 1979 hunger was pushed back. Last summer it rained.", date="2013-03-01",
            genre="news")
    end = by_text(r, "the end of 1979")
    assert (end.value, end.mod) == ("1979", "END")
    assert values(r)["Last summer"] == "2012-SU"


def test_an_unknown_document_date_leaves_relative_times_unresolved(nlp):
    r = tag(nlp, "Last year the company grew.", genre="news")
    assert r.published.value is None
    t = by_text(r, "Last year")
    assert t.value is None and t.text == "Last year"


def test_every_span_points_at_its_text(nlp):
    text = "On February 18, 1979, in Phnom Penh, they signed. Three months later, in June 1979, it grew."
    r = tag(nlp, text)
    assert all(text[t.start:t.end] == t.text for t in r.timex)
    assert all(t.earliest <= t.latest for t in r.timex if t.earliest)


def test_impossible_date_keeps_its_text_with_no_value(nlp):
    r = tag(nlp, "It happened on February 30, 1979.")
    t = by_text(r, "February 30, 1979")
    assert t.value is None and t.earliest is None


def test_an_undated_news_text_gives_yearless_dates_the_year_it_last_named(nlp):
    text = ("On 14 October 1962 a spy plane crossed the island. On 22 October the President spoke. "
            "The blockade took effect on 24 October.")
    r = tag(nlp, text, genre="news")
    assert r.published.value is None  # nothing says when this was written
    assert values(r)["22 October"] == "1962-10-22"
    assert values(r)["24 October"] == "1962-10-24"
    assert "last date" in by_text(r, "22 October").anchor


def test_a_dated_news_text_keeps_yearless_dates_in_its_own_year(nlp):
    r = tag(nlp, "The plant opened in 1959. On Feb. 10 the company said it would close.",
            date="2000-03-01", genre="news")
    assert values(r)["Feb. 10"] == "2000-02-10"


def test_a_year_after_a_day_is_a_year_but_a_comparison_keeps_the_grain_it_compares(nlp):
    r = tag(nlp, "The company was sold on May 22, 1995. The following year it closed its last plant.",
            date="1998-04-18", genre="news")
    assert values(r)["The following year"] == "1996"
    r = tag(nlp, "Profit rose in the third quarter. A year earlier, it had fallen.", date="1989-10-26", genre="news")
    assert values(r)["A year earlier"] == "1988-Q3"
    r = tag(nlp, "Assets stood at $5 billion on Sept. 30, up from $4 billion a year earlier.", date="1989-10-26",
            genre="news")
    assert values(r)["a year earlier"] == "1988-09-30"  # a comparison keeps the day it compares


def test_a_quarter_or_half_of_a_named_year(nlp):
    text = ("The company expects a loss in next year's first quarter. Sales rose in the first two quarters "
            "of 1990 and fell in the last two quarters of 1989.")
    v = values(tag(nlp, text, date="1989-10-31", genre="news"))
    assert v["next year's first quarter"] == "1990-Q1"
    assert v["the first two quarters of 1990"] == "1990-H1"
    assert v["the last two quarters of 1989"] == "1989-H2"


def test_the_week_of_a_day_is_that_days_iso_week(nlp):
    r = tag(nlp, "Hearings are set for the week of March 6.", date="2000-02-24", genre="news")
    t = by_text(r, "the week of March 6")
    assert (t.value, t.earliest, t.latest) == ("2000-W10", "2000-03-06", "2000-03-12")


def test_business_reports_name_their_period(nlp):
    text = ("Net income rose 12% in the third quarter. In the latest period, sales fell. "
            "For the full year, the company expects a loss.")
    r = tag(nlp, text, date="1989-11-02", genre="news")
    v = values(r)
    assert v["the latest period"] == "1989-Q3"
    assert v["the full year"] == "1989"


def test_narrative_tags_the_storys_own_references_and_news_does_not(nlp):
    text = ("On 12 July 1789 the former minister fled with his future wife. At the same time, crowds "
            "gathered in the city, and at night they marched. In the dry season the roads were open.")
    story = values(tag(nlp, text, genre="narrative"))
    assert story["former"] == "PAST_REF" and story["future"] == "FUTURE_REF"
    assert story["the same time"] == "1789-07-12"  # the date the story is at, at its own precision
    assert story["night"] == "XXXX-XX-XXTNI"
    assert story["the dry season"] is None  # a span of story time the text does not bound
    news = values(tag(nlp, text, date="1989-07-14", genre="news"))
    assert not {"former", "future", "the same time", "night", "the dry season"} & set(news)


def test_the_former_as_a_pronoun_is_not_a_time(nlp):
    r = tag(nlp, "In 1943 the leaders met twice. The former was a failure and the latter a success.",
            genre="narrative")
    assert "former" not in values(r)


def test_at_the_same_time_meaning_also_is_not_a_time(nlp):
    r = tag(nlp, "On 2 December 1978 the front was founded, and at the same time to defend itself the "
                 "state mobilised.", genre="narrative")
    assert "the same time" not in values(r)
