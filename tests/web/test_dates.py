"""BCE display and BCE-safe ordering/filtering of dates."""
from __future__ import annotations

import sqlite3

import pytest

from chronologist.web.dates import display_iso, display_value, iso_key, parse_user_date, sql_key


@pytest.mark.parametrize("value, shown", [
    ("BC0264", "264 BCE"), ("BC0001", "1 BCE"), ("1979-02-18", "18 Feb 1979"), ("1979-06", "Jun 1979"),
    ("1979", "1979"), ("19", "1900s"), ("198", "1980s"), ("BC02", "3rd century BCE"), ("P10Y", "P10Y"),
    (None, ""), ("PRESENT_REF", "PRESENT_REF"), ("1962-SU", "Summer 1962"), ("1979-Q1", "Q1 1979"),
    ("1979-W05", "week 5 1979"), ("1979-H2", "H2 1979"), ("1979-02-18T10:00", "18 Feb 1979 10:00")])
def test_timex_values_display(value, shown):
    assert display_value(value) == shown


@pytest.mark.parametrize("day, shown", [("-0263-03-01", "1 Mar 264 BCE"), ("0000-01-01", "1 Jan 1 BCE"),
                                        ("0001-12-31", "31 Dec 1"), ("1979-01-07", "7 Jan 1979")])
def test_iso_days_display_bce(day, shown):
    assert display_iso(day) == shown


def test_sql_key_matches_python_key_and_orders_bce_first():
    days = ["1979-01-07", "-0263-03-01", "-0043-12-31", "0000-06-15", "0033-01-01", "-0263-01-01", "2019-11-30"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (d TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(d,) for d in days])
    got = conn.execute(f"SELECT d, {sql_key('d')} FROM t ORDER BY {sql_key('d')}").fetchall()
    assert [k for _, k in got] == [iso_key(d) for d, _ in got]
    assert [d for d, _ in got] == ["-0263-01-01", "-0263-03-01", "-0043-12-31", "0000-06-15", "0033-01-01",
                                   "1979-01-07", "2019-11-30"]


def test_user_dates():
    assert parse_user_date("264 BCE") == iso_key("-0263-01-01")
    assert parse_user_date("BC0264", end=True) == iso_key("-0263-12-31")
    assert parse_user_date("1979-06", end=True) == iso_key("1979-06-31")
    with pytest.raises(ValueError):
        parse_user_date("June 1979")
    with pytest.raises(ValueError):
        parse_user_date("1979-13")


def test_timeline_orders_bce_events_correctly(client):
    rows = client.get("/timeline.json?limit=500&factuality=any").json()["rows"]
    keys = [iso_key(r["earliest"]) for r in rows]
    assert keys == sorted(keys) and keys[0] < 0 < keys[-1]
    assert rows[0]["when"].endswith("BCE")


def test_timeline_pages_across_the_bce_boundary(client):
    whole = [r["id"] for r in client.get("/timeline.json?limit=500&factuality=any").json()["rows"]]
    paged = []
    for offset in range(0, len(whole), 13):
        paged += [r["id"] for r in client.get(f"/timeline.json?limit=13&offset={offset}&factuality=any").json()["rows"]]
    assert paged == whole


def test_bce_date_filters(client):
    rows = client.get("/timeline.json?from=400 BCE&to=100 BCE&limit=500&factuality=any").json()["rows"]
    assert rows
    assert all(iso_key("-0399-01-01") <= iso_key(r["earliest"]) <= iso_key("-0099-12-31") for r in rows)
    assert "BCE" in client.get("/timeline?from=400 BCE&to=100 BCE").text


def test_overview_date_span_is_bce_aware(client):
    rows = client.get("/timeline.json?limit=1&factuality=any").json()["rows"]
    data = client.get("/overview.json").json()
    assert data["summary"]["first_date"] == rows[0]["earliest"]
