"""Runs the whole pipeline and the link pass over the seed and contrast texts once per session,
and scores the annotations JSON with ../shared/tools/score.py (both gold files)."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def run_corpus(shared: Path, nlp):
    from chronologist.export.annotations import annotations_json
    from chronologist.extract.pipeline import analyse
    from chronologist.link import link
    from chronologist.records import Document

    files = sorted((shared / "corpus" / "seeds").glob("*.txt")) + sorted((shared / "corpus" / "contrast").glob("*.txt"))
    anns = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        anns.append(analyse(Document(id=f.stem, text=text, path=str(f)), nlp(text)))
    linked = link(anns)
    return anns, linked, annotations_json(anns, linked, anns[0].extractors)


def score(shared: Path, pred: dict) -> dict:
    import json
    spec = importlib.util.spec_from_file_location("chronologist_score", shared / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    golds = [json.loads((shared / "gold" / n).read_text(encoding="utf-8")) for n in ("seeds.json", "contrast.json")]
    result, _ = mod.score(json.loads(json.dumps(pred, default=str)), golds)
    return result
