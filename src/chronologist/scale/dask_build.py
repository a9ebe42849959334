"""`build --cluster tcp://HOST:PORT`: parsing and extraction on Dask workers, one writer here.

The client reads the files (workers need not see this machine's disk), sends batches of Documents
to the workers, and writes each returned document in its own transaction, exactly as the local
build does: the same skipping of unchanged files, the same progress callback, the same BuildReport.
Each worker loads the spaCy model once (``ModelPlugin`` at registration; the loader is also cached
per process).  At most a few batches per worker are in flight, so memory here does not grow with
the corpus.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from chronologist.build import BATCH, BuildReport, ProgressFn, batches
from chronologist.errors import InputError, SetupError
from chronologist.ingest.readers import read_all
from chronologist.records import Annotations, Document
from chronologist.store.base import Store

IN_FLIGHT_PER_WORKER = 3
CONNECT_TIMEOUT = 30.0  # seconds to wait for the scheduler

try:  # a plain class when distributed is missing, so importing this module never fails
    from distributed.diagnostics.plugin import WorkerPlugin as _Plugin
except ImportError:  # pragma: no cover
    _Plugin = object


class ModelPlugin(_Plugin):
    """Loads the spaCy model when a worker starts (or joins later), before any task arrives."""

    name = "chronologist-model"

    def setup(self, worker) -> None:
        from chronologist.nlp.pipeline import load
        load()


def analyse_remote(docs: list[Document], date: Optional[str], genre: str) -> list:
    """Runs on a worker.  Failures travel as plain tuples: InputError does not survive pickling."""
    from chronologist.build import analyse_batch
    return [("error", a.path, a.reason) if isinstance(a, InputError) else a
            for a in analyse_batch(docs, date, genre)]


def connect(address: str, timeout: Optional[float] = None):
    """A Client for the scheduler at ``address``, or a SetupError that says what to check."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise SetupError(f"--cluster needs the `distributed` package ({exc}); pip install distributed") from None
    try:
        return Client(address, timeout=timeout or CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise SetupError(f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                         "`dask scheduler` and workers with `dask worker ADDRESS`") from None


def _results(client, batches: Iterator[list[Document]], date, genre) -> Iterator[list]:
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = workers * IN_FLIGHT_PER_WORKER
    pending = as_completed()
    submitted = 0
    for batch in batches:
        pending.add(client.submit(analyse_remote, batch, date, genre, pure=False))
        submitted += 1
        if pending.count() >= window:
            fut = next(pending)
            yield fut.result()
            fut.release()
    for fut in pending:
        yield fut.result()
        fut.release()


def build_on_cluster(store: Store, paths: Sequence[Union[str, Path]], address: str, *, prune: bool = False,
                     date: Optional[str] = None, genre: str = "auto", progress: Optional[ProgressFn] = None,
                     link: bool = True, client=None) -> BuildReport:
    """Build (or update) ``store`` from ``paths`` with the Dask cluster at ``address``."""
    started = time.perf_counter()
    report = BuildReport()
    known = store.known_documents()
    seen: set[str] = set()
    expected = 0

    def tick() -> None:
        if progress:
            progress(len(report.added) + len(report.updated) + len(report.unchanged), expected, report.words)

    def todo() -> Iterator[Document]:
        nonlocal expected
        for item in read_all(paths):
            if isinstance(item, InputError):
                report.failed.append(item)
                continue
            seen.add(item.id)
            expected += 1
            if known.get(item.id, (None,))[0] == item.sha256:
                report.unchanged.append(item.id)
                tick()
                continue
            yield item

    own = client is None
    client = client or connect(address)
    try:
        client.register_plugin(ModelPlugin(), name=ModelPlugin.name)
        for batch in _results(client, batches(todo(), BATCH), date, genre):
            for ann in batch:
                if isinstance(ann, tuple):
                    report.failed.append(InputError(ann[1], ann[2]))
                    continue
                assert isinstance(ann, Annotations)
                store.write_document(ann)
                (report.updated if ann.document.id in known else report.added).append(ann.document.id)
                report.words += ann.word_count
                tick()
    finally:
        if own:
            client.close()
    if prune:
        for doc_id in sorted(set(known) - seen):
            store.delete_document(doc_id)
            report.pruned.append(doc_id)
    if link and (report.added or report.updated or report.pruned or store.link_stale()):
        store.relink()
        report.linked = True
    report.seconds = time.perf_counter() - started
    return report
