"""Query latency on a big synthetic store: p50/p95 of timeline, search and entity queries.

The store is made by ``synthetic.make_store`` (no spaCy).  The SQLite one is kept in a cache
folder keyed by the code that generates it, so a second run does not wait for it again; the
PostgreSQL one is copied from it with COPY.  Queries are the store.queries functions the CLI, the
API and the web UI call, on a store opened read-only, with parameters drawn at random (seeded)
from what the store holds: popular and rare entities, common and rare words, wide and narrow dates.
"""
from __future__ import annotations

import hashlib
import os
import random
import statistics
import time
from pathlib import Path
from typing import Callable, Optional

from chronologist.store import queries as Q
from chronologist.store.base import Store

# What decides the cached store's content (its schema is brought up to date on opening instead).
_SOURCES = ("bench/textgen.py", "bench/synthetic.py", "store/rows.py", "records.py")


def cache_dir() -> Path:
    base = os.environ.get("CHRONOLOGIST_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "chronologist", "bench")
    return Path(base)


def _code_key() -> str:
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for rel in _SOURCES:
        h.update((root / rel).read_bytes())
    return h.hexdigest()[:12]


def sqlite_store(n_docs: int, progress: Callable[[str], None], use_cache: bool = True) -> tuple[Path, float, bool]:
    """Path of a synthetic SQLite store of n_docs, seconds spent making it, and whether it was cached."""
    from chronologist.bench.synthetic import make_store
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"latency-{n_docs}-{_code_key()}.db"
    if use_cache and path.exists():
        from chronologist.store.database import open_store
        open_store(path).close()  # migrates a store cached by an older schema (new indexes)
        return path, 0.0, True
    tmp = path.with_suffix(".tmp")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    step = max(1, n_docs // 10)
    store = make_store(tmp, n_docs, progress=lambda d, n: progress(f"  synthetic store: {d}/{n} documents")
                       if d % step < 2000 else None)
    store.execute("ANALYZE")
    store.close()
    tmp.rename(path)
    for old in folder.glob(f"latency-{n_docs}-*.db"):
        if old != path:
            old.unlink(missing_ok=True)
    return path, time.perf_counter() - started, False


def postgres_copy(sqlite_path: Path, url: str) -> float:
    from chronologist.bench.bulk import copy_store
    from chronologist.store.database import open_store
    started = time.perf_counter()
    with open_store(sqlite_path, readonly=True) as src, open_store(url, create=True) as dst:
        copy_store(src, dst)
    return time.perf_counter() - started


def _parameters(store: Store, rng: random.Random) -> dict:
    """What to ask: entity names by popularity rank, words of stored sentences, years."""
    names = [r["name"] for r in store.rows("SELECT name FROM entities ORDER BY mentions DESC LIMIT 2000")]
    ids = [r["id"] for r in store.rows("SELECT id FROM entities ORDER BY mentions DESC LIMIT 2000")]
    sample = [r["text"] for r in store.rows("SELECT text FROM sentences WHERE id % 997 = 0 LIMIT 400")]
    words = sorted({w for s in sample for w in Q._FTS_WORD.findall(s) if len(w) > 3})
    years = [r["y"] for r in store.rows("SELECT DISTINCT SUBSTR(earliest, 1, 4) AS y FROM events "
                                        "WHERE earliest IS NOT NULL")]
    return {"names": names, "ids": ids, "words": words or ["treaty"], "years": sorted(years) or ["1979"]}


def _queries(p: dict) -> dict[str, Callable[[Store, random.Random], object]]:
    def pick(rng: random.Random, seq: list) -> object:  # skewed to the head, as users ask about famous ones
        return seq[min(len(seq) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.7 else rng.choice(seq)

    def timeline(store: Store, rng: random.Random):
        kind = rng.randrange(4)
        if kind == 0:
            return Q.timeline(store)
        if kind == 1:
            year = rng.choice(p["years"])
            return Q.timeline(store, date_from=year, date_to=year)
        if kind == 2:
            return Q.timeline(store, entity=pick(rng, p["ids"]))
        return Q.timeline(store, offset=rng.randrange(0, 5000), limit=50)

    def search(store: Store, rng: random.Random):
        n = rng.choice([1, 1, 2, 2, 3])
        return Q.search(store, " ".join(rng.choice(p["words"]) for _ in range(n)))

    def entity(store: Store, rng: random.Random):
        if rng.random() < 0.2:
            return Q.entities(store, type=rng.choice([None, "PERSON", "ORG", "GPE"]))
        return Q.find_entity(store, pick(rng, p["names"]))

    return {"timeline": timeline, "search": search, "entity": entity}


def measure(store: Store, repeats: int, seed: int = 11) -> dict[str, tuple[float, float]]:
    """query kind -> (p50 ms, p95 ms)."""
    rng = random.Random(seed)
    params = _parameters(store, rng)
    out = {}
    for name, fn in _queries(params).items():
        for _ in range(3):  # warm the caches the way a running server has them warm
            fn(store, rng)
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            fn(store, rng)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[name] = (statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))])
    return out


def slowest(store: Store, kind: str, repeats: int = 30, seed: int = 11) -> list[tuple[float, str]]:
    """The slowest calls of one kind, with their arguments: for finding out why a p95 is high."""
    import functools
    rng = random.Random(seed)
    fn = _queries(_parameters(store, rng))[kind]
    seen: list[tuple[float, str]] = []
    original = store.rows

    @functools.wraps(original)
    def traced(query, params=()):
        t = time.perf_counter()
        try:
            return original(query, params)
        finally:
            seen.append(((time.perf_counter() - t) * 1000, f"{query[:160]} {tuple(params)[:4]}"))

    store.rows = traced
    try:
        for _ in range(repeats):
            fn(store, rng)
    finally:
        del store.rows
    return sorted(seen, reverse=True)[:8]


def run(n_docs: int, repeats: int, pg_url: Optional[str], progress: Callable[[str], None]) -> dict:
    from chronologist.store.database import open_store
    path, made, cached = sqlite_store(n_docs, progress)
    progress(f"  SQLite store {'reused from cache' if cached else f'made in {made:.0f}s'}: {path}")
    result: dict = {"docs": n_docs, "sqlite_made": made, "cached": cached}
    with open_store(path, readonly=True) as store:
        result["sqlite"] = measure(store, repeats)
        result["sentences"] = store.scalar("SELECT COUNT(*) FROM sentences")
    if pg_url:
        progress("  copying the store to PostgreSQL")
        result["pg_copy"] = postgres_copy(path, pg_url)
        with open_store(pg_url, readonly=True) as store:
            result["postgresql"] = measure(store, repeats)
    return result
