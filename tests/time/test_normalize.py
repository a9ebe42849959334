"""TIMEX3 value arithmetic: parse, shift, intervals; BC years sort with the rest."""
from __future__ import annotations

from chronologist.time.normalize import duration, interval, parse, shift


def test_shift_keeps_the_granularity_of_the_unit():
    assert shift(parse("1979-03"), "M", 3) == parse("1979-06")
    assert shift(parse("1998-02-13"), "D", -1) == parse("1998-02-12")
    assert shift(parse("1998-02-13"), "W", -1) == parse("1998-W06")
    assert shift(parse("1989-Q3"), "Y", -1) == parse("1988-Q3")


def test_shift_refuses_to_invent_a_finer_date():
    assert shift(parse("1979"), "M", 3) is None


def test_intervals_cover_the_whole_period():
    assert interval("1979") == ("1979-01-01", "1979-12-31")
    assert interval("1979-02") == ("1979-02-01", "1979-02-28")
    assert interval("198") == ("1980-01-01", "1989-12-31")
    assert interval("2012-SU") == ("2012-06-01", "2012-08-31")
    assert interval("P4Y") == (None, None)


def test_bc_years_are_astronomical_and_sort_before_ad():
    lo, hi = interval("BC0264")
    assert lo == "-0263-01-01" and hi == "-0263-12-31"
    assert parse("BC0264").year < parse("0001").year


def test_impossible_values_do_not_parse():
    assert parse("1979-02-30") is None
    assert parse("1979-13") is None


def test_durations():
    assert duration(4, "Y") == "P4Y"
    assert duration("X", "M") == "PXM"
    assert duration(5.5, "H", True) == "PT5H30M"
    assert duration(3, "DE") == "P30Y"


def test_day_numbers_sort_bc_and_ad_together():
    from chronologist.time.normalize import day_number
    days = ["-0263-01-01", "-0100-12-31", "0001-01-01", "1979-01-07", "1979-01-08"]
    nums = [day_number(d) for d in days]
    assert nums == sorted(nums)
    assert day_number("1979-01-08") - day_number("1979-01-07") == 1
    assert day_number("2000-03-01") - day_number("2000-02-28") == 2


def test_intervals_stop_at_the_end_of_the_calendar():
    assert interval("9999-W52") == ("9999-12-27", "9999-12-31")
    assert interval("9999-WI") == ("9999-12-01", "9999-12-31")
