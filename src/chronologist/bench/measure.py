"""Build-side measurements: plain spaCy, builds at 1/2 workers, Dask, rebuilds, memory, stage costs.

Every figure is measured in the same run on the same generated corpus, and reported against a
baseline from that run.  The spaCy model is loaded before any timer starts (the build loads it
once per process too), so times compare parsing and extraction, not start-up.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

BATCH = 8  # the build's own parse batch (chronologist.build.BATCH)


@dataclass
class Timed:
    seconds: float
    words: int

    @property
    def wps(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def spacy_pipe(folder: Path, processes: int = 1) -> Timed:
    """Plain ``nlp.pipe`` of the model as its package ships it: the floor a build competes with."""
    from chronologist.nlp.pipeline import load_plain
    nlp = load_plain()
    texts = _texts(folder)
    started = time.perf_counter()
    words = 0
    kwargs = {"n_process": processes} if processes > 1 else {}
    for doc in nlp.pipe(texts, batch_size=BATCH, **kwargs):
        words += sum(1 for t in doc if not t.is_space)
    return Timed(time.perf_counter() - started, words)


def local_build(folder: Path, db: Path, workers: int):
    """chronologist.build.build into a fresh SQLite store; returns its BuildReport."""
    from chronologist.build import build
    from chronologist.nlp.pipeline import load
    from chronologist.store.database import open_store
    load()
    db.unlink(missing_ok=True)
    with open_store(db, create=True) as store:
        return build(store, [folder], workers=workers)


def rebuild(folder: Path, db: Path):
    from chronologist.build import build
    from chronologist.store.database import open_store
    with open_store(db) as store:
        return build(store, [folder])


def dask_build(folder: Path, db: Path, workers: int = 2):
    """The same build on a LocalCluster of worker processes (model loaded on each before timing)."""
    from distributed import Client, LocalCluster

    from chronologist.scale.dask_build import ModelPlugin, build_on_cluster
    from chronologist.store.database import open_store
    db.unlink(missing_ok=True)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit="4GB") as cluster, Client(cluster) as client:
        client.register_plugin(ModelPlugin(), name=ModelPlugin.name)  # warm: load time is not build time
        with open_store(db, create=True) as store:
            return build_on_cluster(store, [folder], cluster.scheduler_address, client=client)


_MEMORY_CHILD = """
import json, resource, sys
from chronologist.build import build
from chronologist.store.database import open_store
with open_store(sys.argv[2], create=True) as store:
    report = build(store, [sys.argv[1]], workers=1)
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "docs": len(report.added), "seconds": report.seconds}))
"""


def peak_memory(folder: Path) -> dict:
    """Peak RSS (MB) of a whole build, model included, in a fresh process of its own."""
    with tempfile.TemporaryDirectory(prefix="chronologist-mem-") as tmp:
        out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(folder), str(Path(tmp) / "m.db")],
                             capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if out.returncode:
        raise RuntimeError(f"the measured build failed: {out.stderr.strip()[-600:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["peak_mb"] = max(data["maxrss_kb"], data["children_kb"]) / 1024
    return data


def stage_costs(folder: Path, limit: Optional[int] = None) -> dict[str, float]:
    """Seconds spent in spaCy's parse and in each extraction stage, over the same documents.

    The stages are called one by one as ``extract.pipeline.analyse`` calls them, around a Doc
    parsed beforehand; ``analyse`` as a whole is timed too, so a stage added later is not missed.
    """
    from chronologist.claims import find_claims
    from chronologist.entities import find_entities
    from chronologist.events import find_events
    from chronologist.extract.context import Context
    from chronologist.extract.pipeline import analyse
    from chronologist.ingest.furniture import credited_people, find_furniture, find_headline
    from chronologist.ingest.readers import read_all
    from chronologist.nlp.pipeline import load
    from chronologist.quotes import find_quotes
    from chronologist.time import tag_time

    nlp = load()
    docs = [d for d in read_all([folder]) if not isinstance(d, Exception)][:limit]
    started = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=BATCH))
    cost = {"parse": time.perf_counter() - started, "furniture": 0.0, "time": 0.0, "entities": 0.0,
            "quotes": 0.0, "claims": 0.0, "events": 0.0, "analyse": 0.0}
    clock = time.perf_counter
    for document, doc in zip(docs, parsed):
        t = clock()
        furniture = find_furniture(document)
        credited_people(furniture)
        headline = find_headline(document.text)
        ctx = Context(document=document, doc=doc, furniture=furniture, headline=headline)
        t1 = clock()
        result = tag_time(ctx)
        ctx.published, ctx.genre, ctx.timex = result.published, result.genre, result.timex
        t2 = clock()
        ctx.entities, ctx.mentions = find_entities(ctx)
        t3 = clock()
        ctx.quotes = find_quotes(ctx)
        t4 = clock()
        find_claims(ctx)
        t5 = clock()
        find_events(ctx)
        t6 = clock()
        analyse(document, doc)
        t7 = clock()
        for key, a, b in (("furniture", t, t1), ("time", t1, t2), ("entities", t2, t3), ("quotes", t3, t4),
                          ("claims", t4, t5), ("events", t5, t6), ("analyse", t6, t7)):
            cost[key] += b - a
    cost["docs"] = len(docs)
    return cost


_TIMEML_CHILD = """
import sys, time
t0 = time.perf_counter()
if sys.argv[1] == "spacy":
    import pathlib
    from chronologist.nlp.pipeline import load_plain
    from chronologist.time.timeml import read_tml
    texts = [read_tml(p)[0] for p in sorted(pathlib.Path(sys.argv[2]).rglob("*.tml"))]
    for _ in load_plain().pipe(texts, batch_size=16):
        pass
else:
    from chronologist.evaluate.time import evaluate_time
    evaluate_time(sys.argv[2])
print(time.perf_counter() - t0)
"""


def timeml_corpus(folder: Path, what: str) -> float:
    """Seconds, in a fresh process, model load included: what = 'spacy' (parse only) or 'tag'."""
    out = subprocess.run([sys.executable, "-c", _TIMEML_CHILD, what, str(folder)],
                         capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if out.returncode:
        raise RuntimeError(f"the TimeML run failed: {out.stderr.strip()[-600:]}")
    return float(out.stdout.strip().splitlines()[-1])
