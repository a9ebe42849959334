"""The benchmark's parts: each measures, compares with its baseline and adds rows to the table."""
from __future__ import annotations

import os
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from chronologist.bench import measure as M


@dataclass
class Context:
    work: Path
    sizes: Any  # run.Sizes
    table: Any  # run.Table
    progress: Callable[[str], None]
    notes: list[str] = field(default_factory=list)
    corpus_words: int = 0
    cache: dict[str, Any] = field(default_factory=dict)

    def corpus(self) -> Path:
        folder = self.work / "corpus"
        if not folder.exists():
            from chronologist.bench.synthetic import make_corpus
            make_corpus(folder, self.sizes.build_docs, seed=0)
            self.corpus_words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        return folder

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


def _wps(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s ({seconds:.1f} s)" if seconds else "n/a"


def _spacy(ctx: Context, processes: int) -> M.Timed:
    return ctx.once(f"spacy{processes}", lambda: M.spacy_pipe(ctx.corpus(), processes))


def _build(ctx: Context, workers: int):
    return ctx.once(f"build{workers}", lambda: M.local_build(ctx.corpus(), ctx.work / f"build{workers}.db", workers))


ROUNDS = 3  # spaCy and the build run alternately this many times


@dataclass
class Rounds:
    spacy: M.Timed  # the fastest spaCy run
    build: Any  # the fastest build (a BuildReport)
    ratios: list[float]  # build time / spaCy time of each adjacent pair

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def spread(self) -> str:
        return f"median of {len(self.ratios)} pairs, {min(self.ratios):.2f}–{max(self.ratios):.2f}"


def _rounds(ctx: Context, n: int) -> Rounds:
    """spaCy with n processes and the build with n workers, run alternately ROUNDS times.

    A shared machine's speed drifts by a tenth or more within a minute, and not equally for spaCy's
    matrix arithmetic and the build's Python: each pair runs back to back, so its ratio compares the
    two at one speed of the machine, and the median pair is reported.
    """
    sp, b = _spacy(ctx, n), _build(ctx, n)
    ratios = [b.seconds / sp.seconds]
    for k in range(1, ROUNDS if ctx.sizes.build_docs > 10 else 1):
        sp_again = M.spacy_pipe(ctx.corpus(), n)
        b_again = M.local_build(ctx.corpus(), ctx.work / f"build{n}-round{k}.db", n)
        ratios.append(b_again.seconds / sp_again.seconds)
        sp = sp_again if sp_again.seconds < sp.seconds else sp
        b = b_again if b_again.seconds < b.seconds else b
    return Rounds(sp, b, ratios)


def build(ctx: Context) -> None:
    one, two = ctx.once("rounds1", lambda: _rounds(ctx, 1)), ctx.once("rounds2", lambda: _rounds(ctx, 2))
    sp1, b1, sp2, b2 = one.spacy, one.build, two.spacy, two.build
    t = ctx.table
    k = len(one.ratios)
    t.add(f"Build, 1 worker (fastest of {k})", _wps(b1.words, b1.seconds),
          f"spaCy nlp.pipe, 1 process, the model as shipped (fastest of {k}): {_wps(sp1.words, sp1.seconds)}",
          f"{one.ratio:.2f}× spaCy's time ({one.spread()})", "≤ 1.3×", one.ratio <= 1.3)
    speedup = b1.seconds / b2.seconds
    t.add(f"Build, 2 workers (fastest of {k})", _wps(b2.words, b2.seconds), "build, 1 worker (fastest)",
          f"{speedup:.2f}× faster", "≥ 1.7×", speedup >= 1.7)
    t.add(f"spaCy nlp.pipe, 2 processes (reference, fastest of {k})", _wps(sp2.words, sp2.seconds),
          "spaCy, 1 process", f"{sp1.seconds / sp2.seconds:.2f}× faster")
    t.add("Build 2 workers vs spaCy 2 processes", "", "", f"{two.ratio:.2f}× spaCy's time ({two.spread()})")
    if b1.failed or b2.failed:
        ctx.notes.append(f"build failures: {len(b1.failed)} (1 worker), {len(b2.failed)} (2 workers)")


def dask(ctx: Context) -> None:
    b2 = _build(ctx, 2)
    try:
        d = M.dask_build(ctx.corpus(), ctx.work / "dask.db", 2)
    except Exception as exc:  # report, do not lose the rest of the run
        ctx.table.add("Dask, 2 local workers", f"failed: {type(exc).__name__}: {exc}"[:120])
        return
    ratio = d.seconds / b2.seconds
    ctx.table.add("Dask LocalCluster, 2 worker processes", _wps(d.words, d.seconds),
                  f"local build, 2 processes: {_wps(b2.words, b2.seconds)}", f"{ratio:.2f}× local time")
    if len(d.added) != len(b2.added):
        ctx.notes.append(f"Dask stored {len(d.added)} documents, the local build {len(b2.added)}")


def incremental(ctx: Context) -> None:
    full = _build(ctx, 1)
    again = M.rebuild(ctx.corpus(), ctx.work / "build1.db")
    share = again.seconds / full.seconds
    ctx.table.add("Rebuild of the unchanged corpus", f"{again.seconds:.2f} s ({len(again.unchanged)} unchanged, "
                  f"{len(again.added) + len(again.updated)} parsed)", f"full build: {full.seconds:.1f} s",
                  f"{share:.1%} of a full build", "≤ 2%", share <= 0.02)


def memory(ctx: Context) -> None:
    from chronologist.bench.synthetic import make_corpus
    n = ctx.sizes.memory_docs
    make_corpus(ctx.work / "mem1", n, seed=3)
    make_corpus(ctx.work / "mem20", 20 * n, seed=3)  # same seed: the 1× corpus is its first twentieth
    ctx.progress(f"  peak memory: building {n} and {20 * n} documents in fresh processes")
    m1, m20 = M.peak_memory(ctx.work / "mem1"), M.peak_memory(ctx.work / "mem20")
    t = ctx.table
    t.add(f"Peak RSS, build of {n} documents (1×)", f"{m1['peak_mb']:.0f} MB", "", "", "< 1.5 GB",
          m1["peak_mb"] < 1536)
    growth = m20["peak_mb"] / m1["peak_mb"] - 1
    t.add(f"Peak RSS, build of {20 * n} documents (20×)", f"{m20['peak_mb']:.0f} MB", f"1×: {m1['peak_mb']:.0f} MB",
          f"{growth:+.1%}", "< +20% and < 1.5 GB", growth < 0.2 and m20["peak_mb"] < 1536)


def stages(ctx: Context) -> None:
    c = M.stage_costs(ctx.corpus(), ctx.sizes.stage_docs)
    parse = c["parse"]
    base = f"spaCy parse: {parse:.2f} s for {c['docs']} documents"
    t = ctx.table
    share = lambda *keys: sum(c[k] for k in keys) / parse  # noqa: E731
    t.add("Time stage (TIMEX3 tagging, document date)", f"{c['time']:.3f} s", base, f"{share('time'):.1%} of parse",
          "≤ 10%", share("time") <= 0.10)
    t.add("Entities + quotes stages", f"{c['entities'] + c['quotes']:.3f} s", base,
          f"{share('entities', 'quotes'):.1%} of parse", "≤ 15%", share("entities", "quotes") <= 0.15)
    t.add("Events + claims stages", f"{c['events'] + c['claims']:.3f} s", base,
          f"{share('events', 'claims'):.1%} of parse", "≤ 20%", share("events", "claims") <= 0.20)
    t.add("Furniture and headline (ingest)", f"{c['furniture']:.3f} s", base, f"{share('furniture'):.1%} of parse")
    t.add("All extraction (extract.pipeline.analyse)", f"{c['analyse']:.3f} s", base, f"{share('analyse'):.1%} of parse")


def shared_folder() -> Path:
    """The gold data and public corpora beside the project (as the tests find them)."""
    return Path(os.environ.get("CHRONOLOGIST_SHARED", Path(__file__).resolve().parents[3].parent / "shared"))


def timeml(ctx: Context) -> None:
    """All of TBAQ tagged and scored from a fresh process, model load included, against spaCy
    parsing the same texts from a fresh process (HeidelTime needs minutes for it)."""
    folder = shared_folder() / "data" / "timeml" / "tbaq-cleaned"
    if not folder.is_dir():
        ctx.notes.append(f"TBAQ timing skipped: {folder} is not present")
        return
    ctx.progress("  TBAQ: spaCy alone, then tagging and scoring, each in a fresh process")
    parse = M.timeml_corpus(folder, "spacy")
    tag = M.timeml_corpus(folder, "tag")
    ctx.table.add("Tag and score all 256 TBAQ documents (fresh process, model load included)", f"{tag:.1f} s",
                  f"spaCy parse of the same texts, fresh process: {parse:.1f} s", f"{tag / parse:.2f}× spaCy's time",
                  "well under 60 s", tag < 60)


def link(ctx: Context) -> None:
    """The cross-document pass (``Store.relink``: read, link, write) over a synthetic store."""
    import time
    from chronologist.bench.synthetic import make_store
    from chronologist.store.base import LINK_READS
    n = ctx.sizes.link_docs
    ctx.progress(f"  link pass: making a {n:,}-document store")
    store = make_store(ctx.work / f"link-{n}.db", n)
    try:
        started = time.perf_counter()
        read = sum(1 for _ in store.load_annotations(only=LINK_READS))
        reading = time.perf_counter() - started
        started = time.perf_counter()
        linked = store.relink()
        seconds = time.perf_counter() - started
    finally:
        store.close()
    ctx.table.add(f"Cross-document pass, {n:,} documents (read, link, write)",
                  f"{seconds:.1f} s ({len(linked.events):,} events, {len(linked.entities):,} entities, "
                  f"{len(linked.conflicts):,} conflicts)", f"reading the {read:,} documents alone: {reading:.1f} s",
                  f"{seconds / reading:.1f}× the read" if reading else "", "< 60 s", seconds < 60)


def latency(ctx: Context) -> None:
    from chronologist.bench import latency as L
    from chronologist.bench.pgserver import NoPostgres, start_server
    server: Optional[Any] = None
    try:
        server = start_server()
    except NoPostgres as exc:
        ctx.notes.append(f"PostgreSQL latency not measured: {exc}")
    try:
        url = server.create_database("bench_latency") if server else None
        result = L.run(ctx.sizes.store_docs, ctx.sizes.repeats, url, ctx.progress)
    finally:
        if server:
            server.stop()
    n = result["docs"]
    for backend, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
        if backend not in result:
            continue
        for kind, (p50, p95) in result[backend].items():
            ctx.table.add(f"{kind} query, {n:,} documents, {label}", f"p50 {p50:.1f} ms · p95 {p95:.1f} ms",
                          "", "", "p95 < 100 ms", p95 < 100)
    made = "reused from the cache" if result["cached"] else f"made in {result['sqlite_made']:.0f} s"
    ctx.notes.append(f"latency store: {n:,} synthetic documents, {result['sentences']:,} sentences, SQLite {made}"
                     + (f", copied to PostgreSQL in {result['pg_copy']:.0f} s" if "pg_copy" in result else "")
                     + f"; {ctx.sizes.repeats} calls per query kind, random parameters (seeded)")


def pages(ctx: Context) -> None:
    """Web pages (HTML and JSON, in-process HTTP) on a synthetic store: p95 per page, worst first."""
    from chronologist.bench.synthetic import make_store
    from chronologist.web.bench_pages import measure
    n = ctx.sizes.page_docs
    path = ctx.work / f"pages-{n}.db"
    ctx.progress(f"  web pages: making a {n:,}-document store")
    store = make_store(path, n)
    store.execute("ANALYZE")
    store.close()
    results = measure(str(path), n=20)
    worst = sorted(results.items(), key=lambda kv: kv[1]["p95_ms"], reverse=True)
    slow = [page for page, r in worst if r["p95_ms"] >= 300]
    top, r = worst[0]
    ctx.table.add(f"Web pages, {n:,} documents ({len(results)} pages, 20 requests each)",
                  f"worst p95 {r['p95_ms']:.0f} ms ({top}); {len(slow)} pages at or over 300 ms", "", "",
                  "p95 < 300 ms", not slow)
    if slow:
        ctx.notes.append("pages with p95 ≥ 300 ms: " + ", ".join(f"{p} {results[p]['p95_ms']:.0f} ms" for p in slow))
