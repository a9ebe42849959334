"""Scoring the quotation finder against brat attribution files (PolNeAR / PARC style).

Layout: ``attributions/*.ann`` whose stem minus a 5-character ``_xxxx`` suffix (the annotator)
names ``text/<stem>.txt``.  Each ``E`` line ties a ``Content`` span to its ``Source`` and ``Cue``;
spans may be discontinuous (``start end;start end``).  Several annotators may cover one text:
each file is scored as its own gold against one prediction for that text.

- content exact: a predicted quote with the same offsets as the content (or one of its pieces);
  content overlap: any shared character.  Precision over predicted quotes, recall over gold.
- direct: gold content that opens with a quotation mark, against predicted ``kind == "direct"``.
- speaker accuracy: over gold attributions with a Source that a prediction overlaps, the share
  whose predicted speaker matches the Source (overlapping source span, a mention of the predicted
  entity inside the Source, or the Source's last word in the entity's names).
"""
from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from chronologist.entities.names import fold

Frag = tuple[int, int]
_QUOTE_OPEN = ("\"", "“", "‘", "«", "'", "„")


@dataclass
class GoldAttribution:
    content: list[Frag]
    source: list[Frag]
    text: str
    source_text: str

    @property
    def direct(self) -> bool:
        return self.text.lstrip().startswith(_QUOTE_OPEN)


@dataclass
class PRF:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold


@dataclass
class QuoteScores:
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    direct_exact: PRF = field(default_factory=PRF)
    direct_overlap: PRF = field(default_factory=PRF)
    speaker_correct: int = 0
    speaker_total: int = 0
    files: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    def format(self) -> str:
        rows = [f"attribution files: {self.files}"]
        for name, s in (("content exact", self.exact), ("content overlap", self.overlap),
                        ("direct exact", self.direct_exact), ("direct overlap", self.direct_overlap)):
            rows.append(f"{name:16s} P={s.p:.3f} R={s.r:.3f} F1={s.f1:.3f} "
                        f"({s.tp_gold}/{s.n_gold} gold, {s.tp_pred}/{s.n_pred} predicted)")
        rows.append(f"speaker accuracy {self.speaker_accuracy:.3f} "
                    f"({self.speaker_correct}/{self.speaker_total} matched quotes)")
        rows += ["  " + m for m in self.misses]
        return "\n".join(rows)


_FRAGS = re.compile(r"(\d+) (\d+)")


def read_ann(path: pathlib.Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[Frag]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            frags = [(int(a), int(b)) for a, b in _FRAGS.findall(where)]
            frags = [(max(0, a), min(len(text), b)) for a, b in frags if b > a]
            spans[parts[0]] = (label, frags)
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), ref)
            events.append(roles)
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), ("", []))[1]
        if not content:
            continue
        source = spans.get(ev.get("Source", ""), ("", []))[1]
        out.append(GoldAttribution(content, source, " ".join(text[a:b] for a, b in content),
                                   " ".join(text[a:b] for a, b in source)))
    return out


def _overlaps(a: Frag, frags: Sequence[Frag]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in frags)


def _exact(a: Frag, g: GoldAttribution) -> bool:
    whole = (g.content[0][0], g.content[-1][1])
    return a == whole or a in g.content


def score_document(text: str, golds: list[GoldAttribution], quotes, entities, mentions,
                   scores: QuoteScores, show: bool = False, name: str = "") -> None:
    pred = [((q.start, q.end), q) for q in quotes]
    names = {e.id: {w for n in [e.name, *e.aliases] for w in fold(n).split()} for e in entities}
    for kind, sel_gold, sel_pred, exact_s, overlap_s in (
            ("all", golds, pred, scores.exact, scores.overlap),
            ("direct", [g for g in golds if g.direct], [p for p in pred if p[1].kind == "direct"],
             scores.direct_exact, scores.direct_overlap)):
        ex, ov = PRF(n_pred=len(sel_pred), n_gold=len(sel_gold)), PRF(n_pred=len(sel_pred), n_gold=len(sel_gold))
        ref = golds  # a predicted quote is right when it matches any gold attribution
        ex.tp_pred = sum(1 for a, _ in sel_pred if any(_exact(a, g) for g in ref))
        ov.tp_pred = sum(1 for a, _ in sel_pred if any(_overlaps(a, g.content) for g in ref))
        ex.tp_gold = sum(1 for g in sel_gold if any(_exact(a, g) for a, _ in pred))
        ov.tp_gold = sum(1 for g in sel_gold if any(_overlaps(a, g.content) for a, _ in pred))
        exact_s.add(ex)
        overlap_s.add(ov)
        if show and kind == "all":
            scores.misses += [f"{name}: missed {g.text[:90]!r}" for g in sel_gold
                              if not any(_overlaps(a, g.content) for a, _ in pred)]
            scores.misses += [f"{name}: spurious {q.text[:90]!r}" for a, q in sel_pred
                              if not any(_overlaps(a, g.content) for g in ref)]
    for g in golds:
        if not g.source:
            continue
        hits = [(sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in g.content), q)
                for a, q in pred if _overlaps(a, g.content)]
        if not hits:
            continue
        q = max(hits, key=lambda h: h[0])[1]
        ok = _speaker_ok(q, g, names, mentions)
        scores.speaker_total += 1
        scores.speaker_correct += ok
        if show and not ok:
            got = q.source.text if q.source else None
            scores.misses.append(f"{name}: speaker {got!r} for {g.source_text!r}: {g.text[:60]!r}")


def _speaker_ok(q, g: GoldAttribution, names, mentions) -> bool:
    if q.source is not None and _overlaps((q.source.start, q.source.end), g.source):
        return True
    if q.speaker is None:
        return False
    if any(m.entity == q.speaker and _overlaps((m.start, m.end), g.source) for m in mentions):
        return True
    words = fold(g.source_text).split()
    return bool(words) and words[-1] in names.get(q.speaker, set()) and len(words[-1]) > 3


def gold_files(gold_dir: pathlib.Path) -> list[tuple[pathlib.Path, pathlib.Path]]:
    """(ann, txt) pairs; an .ann names its text by its stem minus the 5-character suffix."""
    ann_dir = gold_dir / "attributions"
    text_dir = gold_dir / "text"
    pairs = []
    for ann in sorted(ann_dir.glob("*.ann")):
        txt = text_dir / f"{ann.stem[:-5]}.txt"
        if txt.exists():
            pairs.append((ann, txt))
    return pairs


def evaluate_quotes(gold_dir: pathlib.Path, show_misses: bool = False, *,
                    parsed: Optional[dict] = None) -> QuoteScores:
    """Score ``find_quotes`` against a brat attribution folder.  ``parsed`` maps text stems to
    ready spaCy Docs (a cache while iterating); other texts are parsed here."""
    from chronologist.extract.pipeline import analyse
    from chronologist.nlp.pipeline import load
    from chronologist.records import Document

    gold_dir = pathlib.Path(gold_dir)
    pairs = gold_files(gold_dir)
    texts: dict[str, str] = {}
    for _, txt in pairs:
        texts.setdefault(txt.stem, txt.read_text(encoding="utf-8"))
    parsed = dict(parsed or {})
    todo = [s for s in texts if s not in parsed]
    for stem, doc in zip(todo, load().pipe((texts[s] for s in todo), batch_size=16)):
        parsed[stem] = doc
    anns = {}
    for stem, text in texts.items():
        document = Document(id=stem, text=text, path=str(gold_dir / "text" / f"{stem}.txt"))
        anns[stem] = analyse(document, parsed[stem], extractors=("time", "entities", "quotes"))
    scores = QuoteScores()
    for ann_path, txt in pairs:
        a = anns[txt.stem]
        golds = read_ann(ann_path, texts[txt.stem])
        score_document(texts[txt.stem], golds, a.quotes, a.entities, a.mentions, scores,
                       show_misses, ann_path.stem)
        scores.files += 1
    return scores
