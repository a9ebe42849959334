"""`chronologist bench`: one run, one generated corpus, every figure against its baseline.

Parts (``--only``): build, dask, incremental, memory, stages, link, latency, pages.  The full run is sized to
finish in about 15 minutes on a 2-core machine; ``--quick`` runs every part tiny (a smoke test,
not a measurement).  Returns a Markdown table; ``python -m chronologist.bench --readme README.md``
writes it into the README between the bench markers.
"""
from __future__ import annotations

import os
import platform
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

PARTS = ("build", "dask", "incremental", "memory", "stages", "timeml", "link", "latency", "pages")


@dataclass(frozen=True)
class Sizes:
    build_docs: int  # corpus for build ratios
    memory_docs: int  # 1× corpus for peak memory (20× is measured too)
    stage_docs: int
    store_docs: int  # synthetic store for query latency
    repeats: int  # calls per query kind
    page_docs: int = 10_000  # synthetic store for web page latency
    link_docs: int = 10_000  # synthetic store for the cross-document pass


FULL = Sizes(build_docs=200, memory_docs=25, stage_docs=60, store_docs=100_000, repeats=200)
QUICK = Sizes(build_docs=6, memory_docs=1, stage_docs=3, store_docs=300, repeats=10, page_docs=200, link_docs=200)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, measure: str, result: str, baseline: str = "", ratio: str = "", target: str = "",
            met: Optional[bool] = None) -> None:
        self.rows.append((measure, result, baseline, ratio, target, "" if met is None else ("yes" if met else "**no**")))

    def markdown(self) -> str:
        head = ("Measure", "Result", "Baseline (same run)", "Ratio", "Target", "Met")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in self.rows]
        return "\n".join(lines)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} cores ({cpu}), load average {load:.1f} at start"


def run_bench(quick: bool = False, only: Optional[list[str]] = None,
              progress: Callable[[str], None] = lambda msg: None) -> str:
    """Run the benchmark parts and return the results as a Markdown table (with a header line)."""
    unknown = set(only or ()) - set(PARTS)
    if unknown:
        from chronologist.errors import UsageError
        raise UsageError(f"unknown bench part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    parts = [p for p in PARTS if not only or p in only]
    sizes = QUICK if quick else FULL
    table = Table()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="chronologist-bench-") as tmp:
        work = Path(tmp)
        from chronologist.bench import steps
        ctx = steps.Context(work, sizes, table, progress)
        for part in parts:
            progress(f"bench: {part}")
            try:
                getattr(steps, part)(ctx)
            except Exception as exc:  # one broken part must not cost the other figures
                table.add(f"{part}: failed", f"{type(exc).__name__}: {exc}".replace("|", "/").replace("\n", " ")[:300])
    minutes = (time.perf_counter() - started) / 60
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (f"chronologist bench{' --quick (smoke run: sizes too small to mean anything)' if quick else ''} · "
              f"{when} · {_machine()} · {minutes:.1f} min · corpus: {sizes.build_docs} generated articles "
              f"({ctx.corpus_words} words); latency store: {sizes.store_docs:,} synthetic documents")
    notes = "\n".join(f"- {n}" for n in ctx.notes)
    return header + "\n\n" + table.markdown() + ("\n\n" + notes if notes else "")
