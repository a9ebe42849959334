"""Synthetic corpora and stores for the benchmark.

``make_corpus`` writes generated articles as .txt files (for build benchmarks: spaCy runs on them).
``make_store`` fills a store with records made directly from the generator's known spans, without
spaCy, and writes the link tables from the generator's world instead of running the link pass,
so a 100,000-document store for the latency benchmark takes a minute or two, not a day.
"""
from __future__ import annotations

import multiprocessing
import random
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from chronologist.bench.textgen import Article, World, article, make_world
from chronologist.ingest.readers import sha256
from chronologist.records import (
    Annotations, Claim, ClaimGroup, ClaimRef, Conflict, ConflictItem, DocDate, Document, Entity, Event, EventDate,
    EventSource, Linked, LinkedEntity, LinkedEvent, Mention, Quote, Sentence, SpanRef, Timex,
)
from chronologist.store.base import Store

CORPUS_SENTENCES = 24  # about 330 words: a short news article
STORE_SENTENCES = 10  # shorter articles keep a 100,000-document store near 1 GB


def make_corpus(folder: Union[str, Path], n_docs: int, seed: int = 0, sentences: int = CORPUS_SENTENCES) -> list[Path]:
    """Write ``n_docs`` generated articles into ``folder``; the same seed gives the same files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    world = make_world()
    rng = random.Random(seed)
    paths = []
    for i in range(n_docs):
        path = folder / f"art{seed:02d}_{i:06d}.txt"
        path.write_text(article(world, rng, sentences).text, encoding="utf-8")
        paths.append(path)
    return paths


def _day(value: str) -> tuple[str, str]:
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-01", f"{value}-28"
    return value, value


def annotations_for(art: Article, doc_id: str, world: World) -> Annotations:
    """The records the extractors would produce for a generated article (its spans are known)."""
    text = art.text
    pub = next(p.info["value"] for p in art.pieces if p.kind == "published")
    document = Document(id=doc_id, text=text, path=f"{doc_id}.txt", sha256=sha256(text), date=pub)
    ann = Annotations(document=document, published=DocDate(pub, "metadata", pub, pub), genre="news",
                      extractors=["time", "entities", "quotes", "claims", "events"])
    local: dict[tuple[str, int], str] = {}  # (kind, world key) -> local entity id

    def entity(kind: str, key: int) -> str:
        if (kind, key) not in local:
            a = world.actors[key] if kind == "actor" else world.places[key]
            local[(kind, key)] = eid = f"e{len(local) + 1}"
            ann.entities.append(Entity(eid, a.name, a.type, aliases=[a.name]))
        return local[(kind, key)]

    mention_at: dict[int, str] = {}
    for p in art.pieces:
        span = text[p.start:p.end]
        if p.kind == "sentence":
            ann.sentences.append(Sentence(p.start, p.end))
        elif p.kind == "timex":
            value = p.info["value"]
            lo, hi = _day(value) if value else (None, None)
            ann.timex.append(Timex(p.start, p.end, span, "DATE", value, earliest=lo, latest=hi))
        elif p.kind == "mention":
            kind, key = ("actor", p.info["actor"]) if "actor" in p.info else ("place", p.info["place"])
            eid = entity(kind, key)
            mention_at[p.start] = eid
            ann.mentions.append(Mention(p.start, p.end, span, world.actors[key].type if kind == "actor" else "GPE",
                                        eid))
    for p in art.pieces:
        span = text[p.start:p.end]
        if p.kind == "quote":
            speaker = mention_at.get(p.info["source"]) or entity("actor", p.info["speaker"])
            ann.quotes.append(Quote(p.start, p.end, span, "direct", speaker, cue=p.info["cue"]))
        elif p.kind == "claim":
            ann.claims.append(Claim(p.start, p.end, span, p.info["value"], p.info["bound"], p.info["unit"],
                                    p.info["measure"]))
        elif p.kind == "event":
            t0, t1 = p.info["trigger"]
            value = p.info["value"]
            lo, hi = _day(value) if value else (None, None)
            actor = entity("actor", p.info["actor"])
            ann.events.append(Event(
                f"v{len(ann.events) + 1}", p.start, p.end, span, text[t0:t1], SpanRef(t0, t1, text[t0:t1]),
                summary=f"{world.actors[p.info['actor']].name} {text[t0:t1]}", category=p.info["category"],
                actors=[actor], place=entity("place", p.info["place"]),
                date=EventDate(value, lo, hi, "explicit" if value else "undated")))
            ann.extra.setdefault("world_events", []).append(p.info["event"])
    ann.word_count = len(text.split())
    return ann


def link_facts(ann: Annotations) -> tuple:
    """What the link tables need of a document: small enough to send from a worker process."""
    return (ann.document.id, [(e.id, e.type, e.name) for e in ann.entities],
            [(key, ev.id, ev.start, ev.end, ev.text, ev.trigger, ev.date, ev.summary, ev.category, ev.actors,
              ev.place) for ev, key in zip(ann.events, ann.extra.get("world_events", []))],
            [(i, c.start, c.end, c.text, c.value, c.bound, c.unit, c.measure) for i, c in enumerate(ann.claims)])


class _LinkBuilder:
    """The link tables, from the world's identities (what a perfect linker would find)."""

    def __init__(self) -> None:
        self.entities: dict[tuple[str, str], LinkedEntity] = {}
        self.events: dict[int, LinkedEvent] = {}
        self.groups: dict[str, ClaimGroup] = {}

    def add(self, facts: tuple) -> None:
        doc, entities, events, claims = facts
        by_local: dict[str, str] = {}
        for local, type_, name in entities:
            linked = self.entities.get((type_, name))
            if linked is None:
                linked = self.entities[(type_, name)] = LinkedEntity(f"E{len(self.entities) + 1}", name, type_,
                                                                     aliases=[name])
            linked.members.append((doc, local))
            by_local[local] = linked.id
        for key, local, start, end, text, trigger, date, summary, category, actors, place in events:
            ev = self.events.get(key)
            if ev is None:
                ev = self.events[key] = LinkedEvent(f"V{len(self.events) + 1}", date, summary, category,
                                                    actors=[by_local[a] for a in actors],
                                                    place=by_local[place] if place else None)
            elif ev.date.value is None and date.value:
                ev.date = date
            ev.sources.append(EventSource(doc, start, end, text, local, date.value, trigger))
        for i, start, end, text, value, bound, unit, measure in claims:
            group = self.groups.setdefault(measure, ClaimGroup(f"M{len(self.groups) + 1}", measure, unit))
            group.claims.append(ClaimRef(doc, i, start, end, text, value, bound, unit))

    def linked(self) -> Linked:
        conflicts = []
        for g in self.groups.values():
            values = sorted({c.value for c in g.claims})
            if len(values) > 1:  # incompatible values of one measure: a few items each, side by side
                items = [next(c for c in g.claims if c.value == v) for v in values[:5]]
                conflicts.append(Conflict(f"C{len(conflicts) + 1}", "number", g.measure,
                                          [ConflictItem(c.doc, c.start, c.end, c.text, c.value) for c in items]))
        return Linked(entities=list(self.entities.values()), events=list(self.events.values()),
                      claim_groups=list(self.groups.values()), conflicts=conflicts)


_WORLD: list[World] = []


def _world() -> World:
    if not _WORLD:
        _WORLD.append(make_world())
    return _WORLD[0]


def synthetic_annotations(n_docs: int, seed: int = 0, sentences: int = STORE_SENTENCES,
                          first: int = 0) -> Iterator[Annotations]:
    """Documents ``first`` … ``first + n_docs - 1`` of a seed's synthetic store (any slice, same documents)."""
    world = _world()
    for i in range(first, first + n_docs):
        rng = random.Random(f"{seed}:{i}")  # per document: a slice made in a worker matches a serial run
        yield annotations_for(article(world, rng, sentences), f"syn{seed:02d}_{i:07d}", world)


def _chunk(args: tuple[int, int, int, int]) -> tuple:
    from chronologist.bench.bulk import rows_for
    seed, first, count, sentences = args
    anns = list(synthetic_annotations(count, seed, sentences, first))
    return rows_for(anns), [link_facts(a) for a in anns]


def make_store(location: Union[str, Path, Store], n_docs: int, seed: int = 0,
               sentences: int = STORE_SENTENCES, processes: int = 2,
               progress: Optional[Callable[[int, int], None]] = None) -> Store:
    """A fresh store of ``n_docs`` synthetic documents with its link tables, built without spaCy.

    Generating rows is the slow part, so worker processes make them while this process writes.
    """
    from chronologist.bench.bulk import CHUNK, fresh_load, insert_rows, write_linked_fast
    from chronologist.store.database import open_store

    store = location if isinstance(location, Store) else open_store(location, create=True)
    links = _LinkBuilder()
    jobs = [(seed, first, min(CHUNK, n_docs - first), sentences) for first in range(0, n_docs, CHUNK)]
    with fresh_load(store):
        if processes > 1 and len(jobs) > 1:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(processes) as pool:
                results = pool.imap(_chunk, jobs)
                _consume(store, results, links, n_docs, progress, insert_rows)
        else:
            _consume(store, map(_chunk, jobs), links, n_docs, progress, insert_rows)
    write_linked_fast(store, links.linked())
    return store


def _consume(store, results, links, n_docs, progress, insert_rows) -> None:
    done = 0
    for rows, facts in results:
        insert_rows(store, rows)
        for f in facts:
            links.add(f)
        done += len(facts)
        if progress:
            progress(done, n_docs)
