"""TimeML in and out: offsets of the stripped text, the DCT, malformed files."""
from __future__ import annotations

import pytest

from chronologist.errors import InputError
from chronologist.records import Timex
from chronologist.time.timeml import read_tml, write_tml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1">rose</EVENT> &amp; fell <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3>,
for <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="LESS_THAN">less than two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_strips_tags_and_keeps_offsets(tmp_path):
    p = tmp_path / "a.tml"
    p.write_text(DOC, encoding="utf-8")
    text, dct, timex = read_tml(p)
    assert dct == "1998-02-13"
    assert "&" in text and "<" not in text
    assert [(t.text, t.type, t.value, t.mod) for t in timex] == [
        ("Thursday", "DATE", "1998-02-12", None), ("less than two weeks", "DURATION", "P2W", "LESS_THAN")]
    assert all(text[t.start:t.end] == t.text for t in timex)


def test_write_then_read_round_trips(tmp_path):
    text = "Prices rose & fell Thursday <really>, for two weeks."
    timex = [Timex(19, 27, "Thursday", "DATE", "1998-02-12"), Timex(42, 51, "two weeks", "DURATION", "P2W")]
    p = tmp_path / "b.tml"
    p.write_text(write_tml("b", text, "1998-02-13", timex), encoding="utf-8")
    text2, dct, back = read_tml(p)
    assert text2 == text and dct == "1998-02-13"
    assert [(t.start, t.end, t.value) for t in back] == [(19, 27, "1998-02-12"), (42, 51, "P2W")]


@pytest.mark.parametrize("body, reason", [
    ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
    ("<TimeML><TEXT>a <TIMEX3 tid='t1'>b</TEXT></TimeML>", "never closed"),
    ("<TimeML><TEXT>a <TIMEX3 tid='t1'>b</EVENT></TIMEX3></TEXT></TimeML>", "not nested"),
])
def test_malformed_files_raise_input_error(tmp_path, body, reason):
    p = tmp_path / "bad.tml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_tml(p)
    assert reason in str(info.value) and str(p) in str(info.value)


def test_an_unknown_dct_is_passed_through_for_the_tagger_to_judge(tmp_path, nlp):
    from tests.time.helpers import tag
    r = tag(nlp, "Last year prices rose.", meta="the 13th of Smarch")
    assert r.published.value is None
    assert {t.text: t.value for t in r.timex}["Last year"] is None
