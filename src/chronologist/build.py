"""build: read files, skip unchanged ones, analyse the rest, store each in its own transaction, link.

Parsing runs in this process (``workers=1``) or in forked worker processes that inherit the loaded
model; either way one writer (this process) stores results, so SQLite sees a single writer.
"""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from chronologist.errors import InputError
from chronologist.ingest.readers import read_all
from chronologist.records import Annotations, Document
from chronologist.store.base import Store

BATCH = 8  # documents per parse batch: large enough for spaCy's batching, small enough for memory


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    linked: bool = False

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


ProgressFn = Callable[[int, int, int], None]  # (documents done, documents expected, words so far)


def batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_batch(docs: list[Document], date: Optional[str], genre: str) -> list[Union[Annotations, InputError]]:
    """Parse and analyse a batch; a document that breaks an extractor fails alone, with its reason."""
    from chronologist.extract.pipeline import analyse
    from chronologist.nlp.pipeline import load

    nlp = load()
    out: list[Union[Annotations, InputError]] = []
    for doc, document in nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=len(docs)):
        try:
            out.append(analyse(document, doc, date=date, genre=genre))
        except Exception as exc:  # an extractor bug must not stop a 10,000-document build
            out.append(InputError(document.path or document.id,
                                  f"analysis failed ({type(exc).__name__}: {exc}); please report this"))
    return out


def _parallel(batches: Iterator[list[Document]], workers: int, date, genre) -> Iterator[list]:
    from chronologist.nlp.pipeline import load

    load()  # load once in the parent: forked workers share its pages instead of loading again
    ctx = multiprocessing.get_context("fork")
    window = workers * 3  # bounded: memory does not grow with the corpus
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: set[cf.Future] = set()
        for batch in batches:
            pending.add(pool.submit(analyse_batch, batch, date, genre))
            if len(pending) >= window:
                done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        for fut in cf.as_completed(pending):
            yield fut.result()


def build(store: Store, paths: Sequence[Union[str, Path]], *, workers: int = 1, prune: bool = False,
          date: Optional[str] = None, genre: str = "auto", progress: Optional[ProgressFn] = None,
          link: bool = True) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    known = store.known_documents()
    seen: set[str] = set()
    expected = 0

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
                if progress:
                    progress(len(report.added) + len(report.updated) + len(report.unchanged), expected, report.words)
                continue
            yield item

    batched = batches(todo(), BATCH)
    results = _parallel(batched, workers, date, genre) if workers > 1 else (
        analyse_batch(b, date, genre) for b in batched)
    for batch in results:
        for ann in batch:
            if isinstance(ann, InputError):
                report.failed.append(ann)
                continue
            try:
                store.write_document(ann)
            except InputError as exc:  # a document this store cannot hold: report it, store the rest
                report.failed.append(exc)
                continue
            (report.updated if ann.document.id in known else report.added).append(ann.document.id)
            report.words += ann.word_count
            if progress:
                progress(len(report.added) + len(report.updated) + len(report.unchanged), expected, report.words)
    if prune:
        for doc_id in sorted(set(known) - seen):
            store.delete_document(doc_id)
            report.pruned.append(doc_id)
    if link and (report.added or report.updated or report.pruned or store.link_stale()):
        store.relink()
        report.linked = True
    report.seconds = time.perf_counter() - started
    return report
