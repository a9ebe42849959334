"""The TempEval-3 measures: strict/relaxed spans, value and type folded into F1."""
from __future__ import annotations

import pytest

from chronologist.evaluate.time import TimeScores, evaluate_time, score
from chronologist.records import Timex


def tx(s, e, value, typ="DATE"):
    return Timex(s, e, "x" * (e - s), typ, value)


def test_relaxed_strict_value_and_type():
    gold = [tx(0, 10, "1979"), tx(20, 30, "P2Y", "DURATION"), tx(40, 45, "1980")]
    system = [tx(0, 10, "1979"), tx(22, 30, "P3Y", "DURATION"), tx(50, 55, "1999")]
    s = score([("d", " " * 60, gold, system)])
    assert s.strict == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert s.relaxed == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert s.value == pytest.approx((1 / 3, 1 / 3, 1 / 3))  # value accuracy folded into F1
    assert s.type == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_one_system_span_matches_one_gold_span():
    gold = [tx(0, 4, "1979"), tx(8, 12, "1989")]
    system = [tx(0, 12, "1979")]
    s = score([("d", " " * 20, gold, system)])
    assert s.relaxed[0] == 1.0 and s.relaxed[1] == 0.5


def test_misses_are_listed_on_request():
    s = score([("d", "In 1979 and today.", [tx(3, 7, "1979")], [tx(3, 7, "1978"), tx(12, 17, "X")])], True)
    assert any("value" in m and "1979" in m for m in s.misses)
    assert any("spurious" in m for m in s.misses)


def test_format_is_a_table():
    text = TimeScores(documents=2).format()
    assert "relaxed span" in text and "value" in text


def test_evaluate_a_folder_of_tml(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">x</TIMEX3></DCT><TEXT>'
        'Prices rose <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8")
    (tmp_path / "b.tml").write_text("<TimeML>broken</TimeML>", encoding="utf-8")
    s = evaluate_time(tmp_path, show_misses=True)
    assert s.documents == 1 and s.value[2] == 1.0
    assert any("b.tml" in m and "skipped" in m for m in s.misses)
