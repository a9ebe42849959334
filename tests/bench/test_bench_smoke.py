"""`chronologist bench --quick` runs its parts end to end and its table lands in the README block."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_quick_bench_reports_each_part_against_its_target(tmp_path):
    from chronologist.bench.run import run_bench
    table = run_bench(quick=True, only=["stages", "pages"])
    assert "--quick" in table.splitlines()[0]  # a smoke run says it is one
    assert "| Time stage (TIMEX3 tagging, document date) |" in table
    assert "| Events + claims stages |" in table and "≤ 20%" in table
    assert "Web pages, 200 documents" in table and "p95 < 300 ms" in table
    assert "failed" not in table


def test_the_readme_block_is_replaced_not_appended(tmp_path):
    from chronologist.bench.__main__ import END, START, update_readme
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{START}\nold table\n{END}\n\nafter\n", encoding="utf-8")
    update_readme(readme, "| new | table |")
    text = readme.read_text(encoding="utf-8")
    assert "old table" not in text and "| new | table |" in text
    assert text.count(START) == 1 and text.endswith("after\n")


def test_the_timeml_timing_times_tbaq_or_says_why_not(tmp_path, monkeypatch):
    from chronologist.bench.run import run_bench
    monkeypatch.setenv("CHRONOLOGIST_SHARED", str(tmp_path / "absent"))
    table = run_bench(quick=True, only=["timeml"])
    assert "TBAQ timing skipped" in table and str(tmp_path / "absent") in table


def test_the_timeml_timing_measures_tbaq_against_spacy(shared):
    from chronologist.bench.run import run_bench
    table = run_bench(quick=True, only=["timeml"])
    row = next(line for line in table.splitlines() if line.startswith("| Tag and score all 256 TBAQ"))
    assert "spaCy parse of the same texts" in row and "× spaCy's time" in row
