"""The reader's segments: cut at every span boundary, covering the text exactly once."""
from __future__ import annotations

from chronologist.web.highlight import Mark, marks, segments


def test_segments_cover_the_text_and_nest_overlaps():
    text = "On 7 January 1979, Hun Sen said \u201cwe won\u201d. \U0001F600 end"
    ms = [Mark("event", 0, 40, "event"), Mark("timex", 3, 17, "time DATE: 1979-01-07"),
          Mark("mention", 19, 26, "PERSON → Hun Sen", "E1"), Mark("quote", 33, 39, "quote"),
          Mark("caption", 42, 47, "caption (not analysed)")]
    segs = segments(text, ms)
    assert "".join(s.text for s in segs) == text
    assert all(text[s.s:s.e] == s.text for s in segs)
    hun = next(s for s in segs if s.text == "Hun Sen")
    assert hun.kinds == ["event", "mention"] and hun.entity == "E1" and "Hun Sen" in hun.tip
    date = next(s for s in segs if s.text == "7 January 1979")
    assert "1979-01-07" in date.tip and "k-timex" in date.cls


def test_out_of_range_marks_are_ignored():
    segs = segments("abc", [Mark("timex", 2, 9, "x"), Mark("timex", 1, 1, "empty")])
    assert [s.text for s in segs] == ["abc"] and not segs[0].kinds


def test_marks_from_store_spans():
    spans = [{"kind": "timex", "char_start": 0, "char_end": 4, "label": "DATE", "value": "BC0264", "attrs": {}},
             {"kind": "mention", "char_start": 5, "char_end": 8, "label": "PERSON", "value": None,
              "entity_id": "E1", "attrs": {}},
             {"kind": "claim", "char_start": 9, "char_end": 12, "label": "people", "value": "[1, 2]",
              "attrs": {"bound": "range", "measure": "deaths"}}]
    got = {m.kind: m.tip for m in marks(spans, {"E1": "Hun Sen"}, {})}
    assert "264 BCE" in got["timex"] and got["mention"] == "PERSON → Hun Sen" and "1–2" in got["claim"]


def test_reader_deep_link_targets_exist(client):
    """Every event source offset falls on segment boundaries the reader script can highlight."""
    import re
    ev = client.get("/timeline.json?limit=5").json()["rows"]
    for r in ev:
        s = r["source_list"][0]
        html = client.get(f"/documents/{s['doc']}").text
        starts = {int(x) for x in re.findall(r'data-s="(\d+)"', html)}
        ends = {int(x) for x in re.findall(r'data-e="(\d+)"', html)}
        assert s["start"] in starts and s["end"] in ends
