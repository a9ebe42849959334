"""The page benchmark returns p50/p95 per route, measured in-process."""
from __future__ import annotations


def test_measure_reports_percentiles(syn_db):
    from chronologist.web.bench_pages import format_table, measure
    got = measure(str(syn_db), ["/", "/timeline", "{document}", "{entity}", "{event}"], n=3)
    assert len(got) == 5
    for route, r in got.items():
        assert r["status"] == 200 and 0 < r["p50_ms"] <= r["p95_ms"] <= r["max_ms"], route
    assert "| `/timeline` |" in format_table(got)
