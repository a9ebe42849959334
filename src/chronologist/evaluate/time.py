"""Score the time tagger against TimeML gold with the TempEval-3 measures.

Spans: strict (same offsets) and relaxed (overlap) precision/recall/F1.  Attributes (value, type)
as in the TempEval-3 scorer: an attribute counts as correct on a relaxed-matched pair when it is
equal, and P = correct / system count, R = correct / gold count — so value F1 folds value accuracy
into span F1.
"""
from __future__ import annotations

import pathlib
import time as _time
from dataclasses import dataclass, field
from typing import Iterable, Optional

from chronologist.records import Timex

BATCH = 16


def _prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class TimeScores:
    strict: tuple[float, float, float] = (0.0, 0.0, 0.0)
    relaxed: tuple[float, float, float] = (0.0, 0.0, 0.0)
    value: tuple[float, float, float] = (0.0, 0.0, 0.0)
    type: tuple[float, float, float] = (0.0, 0.0, 0.0)
    documents: int = 0
    gold: int = 0
    system: int = 0
    seconds: float = 0.0
    genre: str = "auto"
    misses: list[str] = field(default_factory=list)

    def format(self) -> str:
        rows = [("strict span", self.strict), ("relaxed span", self.relaxed),
                ("value", self.value), ("type", self.type)]
        lines = [f"TimeML evaluation: {self.documents} documents, {self.gold} gold TIMEX3, "
                 f"{self.system} found, genre {self.genre}, {self.seconds:.1f} s"]
        lines.append(f"{'measure':14s} {'P':>6s} {'R':>6s} {'F1':>6s}")
        lines += [f"{name:14s} {p:6.3f} {r:6.3f} {f:6.3f}" for name, (p, r, f) in rows]
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            lines += ["  " + m for m in self.misses]
        return "\n".join(lines)


def _norm_value(v: Optional[str]) -> Optional[str]:
    return None if v in (None, "", "null", "NULL") else v


def score(docs: Iterable[tuple[str, str, list[Timex], list[Timex]]], show_misses: bool = False) -> TimeScores:
    """docs: (doc id, text, gold, system) per document."""
    c = {"strict": 0, "rel_sys": 0, "rel_gold": 0, "value": 0, "type": 0, "gold": 0, "sys": 0, "docs": 0}
    misses: list[str] = []
    for doc_id, text, gold, system in docs:
        c["docs"] += 1
        c["gold"] += len(gold)
        c["sys"] += len(system)
        exact = {(g.start, g.end) for g in gold}
        c["strict"] += sum(1 for s in system if (s.start, s.end) in exact)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, s in enumerate(system):
                if i not in used and s.start < g.end and g.start < s.end:
                    match = i
                    if (s.start, s.end) == (g.start, g.end):
                        break
            if match is None:
                if show_misses:
                    misses.append(f"{doc_id}: missed {g.text!r} {g.type} {g.value}")
                continue
            used.add(match)
            s = system[match]
            c["rel_gold"] += 1
            if _norm_value(s.value) == _norm_value(g.value):
                c["value"] += 1
            elif show_misses:
                misses.append(f"{doc_id}: value {g.text!r} gold {g.value} got {s.value} ({s.text!r}; {s.anchor})")
            if s.type == g.type:
                c["type"] += 1
        c["rel_sys"] += len(used)
        if show_misses:
            for i, s in enumerate(system):
                if i not in used and not any(s.start < g.end and g.start < s.end for g in gold):
                    ctx = " ".join(text[max(0, s.start - 30):s.end + 20].split())
                    misses.append(f"{doc_id}: spurious {s.text!r} {s.type} {s.value} … {ctx} …")
    n_sys, n_gold = c["sys"], c["gold"]
    return TimeScores(
        strict=_prf(c["strict"], n_sys, c["strict"], n_gold),
        relaxed=_prf(c["rel_sys"], n_sys, c["rel_gold"], n_gold),
        value=_prf(c["value"], n_sys, c["value"], n_gold),
        type=_prf(c["type"], n_sys, c["type"], n_gold),
        documents=c["docs"], gold=n_gold, system=n_sys, misses=misses)


def evaluate_time(gold_dir: pathlib.Path, genre: str = "auto", show_misses: bool = False) -> TimeScores:
    """Tag every .tml under gold_dir (recursively) with the pipeline and score it."""
    from chronologist.errors import InputError
    from chronologist.extract.context import Context
    from chronologist.nlp.pipeline import load
    from chronologist.records import Document
    from chronologist.time import tag_time
    from chronologist.time.timeml import read_tml

    t0 = _time.perf_counter()
    gold_dir = pathlib.Path(gold_dir)
    if not gold_dir.exists():
        raise InputError(str(gold_dir), "no such directory")
    files = sorted(gold_dir.rglob("*.tml")) if gold_dir.is_dir() else [gold_dir]
    problems: list[str] = []
    items = []
    for f in files:
        try:
            text, dct, gold = read_tml(f)
        except InputError as exc:
            problems.append(f"skipped {exc}")
            continue
        items.append((Document(id=f.stem, text=text, path=str(f), date=dct, source_format="tml"), gold))
    nlp = load()
    results = []
    docs = nlp.pipe((d.text for d, _ in items), batch_size=BATCH)
    for (document, gold), doc in zip(items, docs):
        ctx = Context(document=document, doc=doc, genre_hint=genre)
        results.append((document.id, document.text, gold, tag_time(ctx).timex))
    scores = score(results, show_misses)
    scores.misses = problems + scores.misses
    scores.seconds = _time.perf_counter() - t0
    scores.genre = genre
    return scores
