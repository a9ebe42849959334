"""Regenerate the README's quality table from real evaluation runs.

    .venv/bin/python scripts/readme_results.py [--shared ../shared]

Scores the whole pipeline on the development data and the hand-made gold in ../shared (TimeML with
the TempEval-3 measures, brat attributions, seed and contrast gold with shared/tools/score.py) and
writes the table between the <!-- results --> markers of README.md.  Takes several minutes: it parses
every development document.  The speed table is written by `python -m chronologist.bench --readme`.
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests/gates/_corpus.py, which runs the pipeline as the gates do


def _row(measure: str, ours: float, reference: str, target: str, ok: bool | None) -> str:
    met = "" if ok is None else ("yes" if ok else "**no**")
    return f"| {measure} | {ours:.3f} | {reference} | {target} | {met} |"


def time_rows(shared: Path) -> list[str]:
    from chronologist.evaluate.time import evaluate_time

    tb = evaluate_time(shared / "data" / "timeml" / "tbaq-cleaned")
    ww = evaluate_time(shared / "data" / "timeml" / "wikiwars-train", genre="narrative")
    ht = "HeidelTime 1.8 on TempEval-3 platinum test: "
    return [
        _row("Time, TBAQ (256 news articles): strict span F1", tb.strict[2], ht + "0.813", "", None),
        _row("Time, TBAQ: relaxed span F1", tb.relaxed[2], ht + "0.903", "≥ 0.90", tb.relaxed[2] >= 0.90),
        _row("Time, TBAQ: value F1", tb.value[2], ht + "0.776", "≥ 0.82", tb.value[2] >= 0.82),
        _row("Time, TBAQ: type F1", tb.type[2], ht + "0.821", "", None),
        _row("Time, WikiWars train (narrative mode): relaxed span F1", ww.relaxed[2],
             "HeidelTime narrative, WikiWars (TIMEX2 lenient): 0.903", "", None),
        _row("Time, WikiWars train (narrative mode): value F1", ww.value[2],
             "HeidelTime narrative, WikiWars (TIMEX2): 0.898", "≥ 0.80", ww.value[2] >= 0.80),
    ]


def quote_rows(shared: Path) -> list[str]:
    from chronologist.evaluate.quotes import evaluate_quotes

    s = evaluate_quotes(shared / "data" / "attribution" / "polnear-dev")
    citron = "BBC Citron on PARC 3.0: "
    return [
        _row("Quotes, PolNeAR dev: content overlap F1", s.overlap.f1, citron + "0.833", "≥ 0.80", s.overlap.f1 >= 0.80),
        _row("Quotes, PolNeAR dev: direct quotes overlap F1", s.direct_overlap.f1, "", "≥ 0.90",
             s.direct_overlap.f1 >= 0.90),
        _row("Quotes, PolNeAR dev: speaker accuracy (matched quotes)", s.speaker_accuracy,
             citron + "source exact F1 0.820", "≥ 0.85", s.speaker_accuracy >= 0.85),
    ]


def gold_rows(shared: Path) -> list[str]:
    from chronologist.nlp.pipeline import load
    from tests.gates._corpus import run_corpus, score

    _, _, pred = run_corpus(shared, load())
    result = score(shared, pred)
    targets = {"events.core": ("recall ≥ 0.90", lambda p, r, f: r >= 0.90),
               "events.hard": ("recall ≥ 0.50", lambda p, r, f: r >= 0.50),
               "claims.core": ("recall 1.00", lambda p, r, f: r >= 1.0),
               "quotes.core": ("recall 1.00", lambda p, r, f: r >= 1.0),
               "quotes.hard": ("recall ≥ 0.67 (2 of 3)", lambda p, r, f: r >= 0.66),
               "entities.core": ("recall 1.00", lambda p, r, f: r >= 1.0),
               "timex.core": ("F1 1.00", lambda p, r, f: f >= 0.995),
               "timex.hard": ("≥ 0.75", lambda p, r, f: f >= 0.75)}
    rows = []
    for key in sorted(result):
        p, r, f, tp, n = result[key]
        target, check = targets.get(key, ("", None))
        ok = check(p, r, f) if check else None
        prec = "—" if p != p else f"{p:.2f}"  # NaN: the gold tier lists no predictions to judge
        rows.append(f"| Seed + contrast gold: {key} | P {prec} · R {r:.2f} ({tp}/{n}) · F1 {f:.2f} | | {target} | "
                    f"{'' if ok is None else ('yes' if ok else '**no**')} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = ap.parse_args()
    if not (args.shared / "gold").is_dir():
        sys.exit(f"{args.shared}: no gold here; pass --shared PATH to the folder with data/ and gold/")
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    lines = [f"Measured {when} by `scripts/readme_results.py` on the development data in `../shared` "
             "(the reference figures are the published ones for held-out test sets of the same kind).", "",
             "| Measure | chronologist | Reference | Target | Met |", "|---|---|---|---|---|"]
    lines += time_rows(args.shared) + quote_rows(args.shared) + gold_rows(args.shared)
    text = args.readme.read_text(encoding="utf-8")
    block = "<!-- results -->\n" + "\n".join(lines) + "\n<!-- /results -->"
    new, n = re.subn(r"<!-- results -->.*?<!-- /results -->", lambda m: block, text, flags=re.S)
    if n != 1:
        sys.exit(f"{args.readme}: expected one <!-- results --> … <!-- /results --> block, found {n}")
    args.readme.write_text(new, encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
