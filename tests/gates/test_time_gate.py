"""Quality gate for the time tagger: minimum scores on TimeML corpora and the hand-made gold.

Each minimum sits a little under the score measured when it was set (in the comment).  A minimum
is only ever raised; if a change drops a score below it, fix the change, do not lower the number.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

TBAQ_RELAXED_F1 = 0.935  # measured 0.945
TBAQ_VALUE_F1 = 0.82  # the target; measured 0.821 (2026-12-04)
TBAQ_TYPE_F1 = 0.90  # measured 0.910
WIKIWARS_NARRATIVE_VALUE_F1 = 0.845  # measured 0.856
WIKIWARS_RELAXED_F1 = 0.93  # measured 0.945
GOLD_TIMEX_CORE_F1 = 0.96  # measured 0.98 (three predictions the gold does not list; see report)
GOLD_TIMEX_HARD_F1 = 0.95  # measured 1.00

pytestmark = pytest.mark.slow


def test_tbaq(shared):
    from chronologist.evaluate.time import evaluate_time
    s = evaluate_time(shared / "data" / "timeml" / "tbaq-cleaned")
    assert s.documents == 256
    assert s.relaxed[2] >= TBAQ_RELAXED_F1, s.format()
    assert s.value[2] >= TBAQ_VALUE_F1, s.format()
    assert s.type[2] >= TBAQ_TYPE_F1, s.format()
    # the time it takes (the "well under a minute") is measured by `chronologist bench --only timeml`


def test_wikiwars_narrative(shared):
    from chronologist.evaluate.time import evaluate_time
    s = evaluate_time(shared / "data" / "timeml" / "wikiwars-train", genre="narrative")
    assert s.value[2] >= WIKIWARS_NARRATIVE_VALUE_F1, s.format()
    assert s.relaxed[2] >= WIKIWARS_RELAXED_F1, s.format()


def test_seed_and_contrast_gold(shared, nlp):
    from chronologist.extract.context import Context
    from chronologist.ingest.furniture import find_furniture
    from chronologist.records import Document
    from chronologist.time import tag_time

    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    docs = []
    for f in sorted((shared / "corpus").glob("*/*.txt")):
        text = f.read_text(encoding="utf-8")
        d = Document(id=f.stem, text=text, path=str(f))
        r = tag_time(Context(document=d, doc=nlp(text), furniture=find_furniture(d)))
        docs.append({"id": f.stem, "timex": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                                              "value": t.value, "mod": t.mod} for t in r.timex]})
    golds = [json.loads((shared / "gold" / n).read_text(encoding="utf-8")) for n in ("seeds.json", "contrast.json")]
    result, misses = scorer.score({"documents": docs}, golds)
    assert result["timex.core"][2] >= GOLD_TIMEX_CORE_F1, misses
    assert result["timex.hard"][2] >= GOLD_TIMEX_HARD_F1, misses
