"""Synthetic stores for the web UI's tests and page benchmark.

Builds records (not SQL) and writes them through the store's own ``write_document`` and
``write_linked``, so a synthetic store has exactly the schema and JSON columns of a real one.
Dates span 500 BCE to 2020 so BCE display and ordering are exercised; ``hostile=True`` puts
markup and ``javascript:`` links into texts, names and quotes to test escaping everywhere.
"""
from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Union

from chronologist.records import (
    Annotations, Claim, ClaimGroup, ClaimRef, Conflict, ConflictItem, DocDate, Document, Entity, Event, EventDate,
    EventSource, Furniture, Linked, LinkedEntity, LinkedEvent, Mention, Quote, Role, Sentence, SpanRef, Timex,
)

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)"]
_PEOPLE = ["Ada Varga", "Bo Linh", "Chea Dara", "Dana Sok", "Eli Moreau", "Fatou Diallo", "Gus Berg", "Hana Ito",
           "Ivo Petrov", "Jin Park", "Kaya Demir", "Lena Roth"]
_ORGS = ["People's Front", "River Council", "Northern Army", "Unity Party", "Harbour Union", "Relief Agency"]
_PLACES = [("Phnom Penh", 11.56, 104.92, "KH"), ("Hanoi", 21.03, 105.85, "VN"), ("Bangkok", 13.75, 100.5, "TH"),
           ("Paris", 48.85, 2.35, "FR"), ("Geneva", 46.2, 6.14, "CH"), ("Beijing", 39.9, 116.4, "CN"),
           ("Athens", 37.98, 23.72, "GR"), ("Rome", 41.9, 12.5, "IT"), ("Cairo", 30.04, 31.24, "EG")]
_VERBS = [("met", "MEET"), ("attacked", "ASSAULT"), ("signed an accord with", "AGREE"), ("accused", "ACCUSE"),
          ("visited", "CONSULT"), ("threatened", "THREATEN")]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _names(n: int, base: list[str], rnd: random.Random) -> list[str]:
    out = list(base)
    while len(out) < n:
        out.append(f"{rnd.choice(base).split()[0]} {rnd.choice(base).split()[-1]} {len(out)}")
    return out[:n]


def _date(rnd: random.Random) -> tuple[str, str, str, str]:
    """(text, TIMEX3 value, earliest, latest); one date in eight is BCE."""
    if rnd.random() < 0.125:
        bc = rnd.randint(30, 500)
        y = 1 - bc
        return f"{bc} BC", f"BC{bc:04d}", f"-{-y:04d}-01-01" if y < 0 else "0000-01-01", \
            f"-{-y:04d}-12-31" if y < 0 else "0000-12-31"
    y, m, d = rnd.randint(1900, 2020), rnd.randint(1, 12), rnd.randint(1, 28)
    iso = f"{y:04d}-{m:02d}-{d:02d}"
    return f"{_MONTHS[m - 1]} {d}, {y}", iso, iso, iso


class _Builder:
    def __init__(self, n_docs: int, seed: int, hostile: bool):
        self.rnd = random.Random(seed)
        self.hostile = hostile
        self.people = _names(max(12, n_docs // 8), _PEOPLE, self.rnd)
        if hostile:
            self.people[0] = HOSTILE[1]
        self.orgs = _names(max(6, n_docs // 30), _ORGS, self.rnd)
        self.linked = Linked()
        self.gid: dict[str, str] = {}  # name -> linked id
        self.members: dict[str, list[tuple[str, str]]] = {}
        self.events: dict[tuple, LinkedEvent] = {}
        self.groups: dict[str, ClaimGroup] = {}

    def entity_id(self, name: str, typ: str, geo=None) -> str:
        if name not in self.gid:
            gid = f"E{len(self.gid) + 1}"
            self.gid[name] = gid
            ent = LinkedEntity(gid, name, typ, aliases=[name, name.split()[-1]],
                               roles=[Role("Minister", "1979"), Role("President", "1985")] if typ == "PERSON" else [])
            if geo:
                ent.lat, ent.lon, ent.country, ent.located = geo[1], geo[2], geo[3], "synthetic"
            self.linked.entities.append(ent)
        return self.gid[name]

    def document(self, i: int) -> Annotations:
        rnd = self.rnd
        doc_id = f"doc{i:05d}"
        parts: list[str] = []
        pos = 0
        ann = Annotations(Document(doc_id, ""), DocDate("2019", "inferred: synthetic"), "news")
        local: dict[str, Entity] = {}

        def add(s: str) -> tuple[int, int]:
            nonlocal pos
            start = pos
            parts.append(s)
            pos += len(s)
            return start, pos

        def mention(name: str, typ: str, label: str, geo=None) -> str:
            start, end = add(name)
            if name not in local:
                local[name] = Entity(f"e{len(local) + 1}", name, typ)
                self.members.setdefault(self.entity_id(name, typ, geo), []).append((doc_id, local[name].id))
            ann.mentions.append(Mention(start, end, name, label, local[name].id))
            return local[name].id

        title_s, title_e = add(f"Report {i} on the region\n\n")
        ann.furniture.append(Furniture(title_s, title_e - 2, parts[-1][:-2], "title"))
        if self.hostile and i == 0:
            s0, _ = add("Readers wrote ")
            add(" ".join(HOSTILE) + " and <a href=\"javascript:alert(2)\">this</a>. ")
            ann.sentences.append(Sentence(s0, pos - 1))
        for k in range(rnd.randint(6, 10)):
            s_start = pos
            text, value, early, late = _date(rnd)
            add("On ")
            t0, t1 = add(text)
            ann.timex.append(Timex(t0, t1, text, "DATE", value, earliest=early, latest=late))
            add(", ")
            actor = rnd.choice(self.people)
            a_local = mention(actor, "PERSON", "PERSON")
            verb, cat = rnd.choice(_VERBS)
            trig = add(f" {verb} ")
            target = rnd.choice(self.orgs)
            t_local = mention(target, "ORG", "ORG")
            add(" in ")
            geo = rnd.choice(_PLACES)
            p_local = mention(geo[0], "GPE", "GPE", geo)
            add(".")
            ann.sentences.append(Sentence(s_start, pos))
            sent = "".join(parts)[s_start:pos]
            ev = Event(f"v{k + 1}", s_start, pos, sent, verb.split()[0],
                       SpanRef(trig[0] + 1, trig[0] + 1 + len(verb.split()[0]), verb.split()[0]),
                       f"{actor} {verb} {target}", cat, actors=[a_local], targets=[t_local], place=p_local,
                       date=EventDate(value, early, late, "explicit"),
                       factuality="asserted" if rnd.random() > 0.1 else "planned")
            ann.events.append(ev)
            self.link_event(doc_id, ev, actor, target, geo[0])
            add(" ")
            if rnd.random() < 0.5:
                q_start = pos
                words = HOSTILE[0] + " we will not yield" if self.hostile and k == 0 else "we will not yield"
                q0, q1 = add(f"\u201c{words.capitalize()},\u201d ")
                add("said ")
                src0 = pos
                sp = mention(actor, "PERSON", "PERSON")
                ann.quotes.append(Quote(q0 + 1, q1 - 3, words.capitalize(), "direct", sp,
                                        SpanRef(src0, pos, actor), "said"))
                add(". ")
                ann.sentences.append(Sentence(q_start, pos - 1))
            if rnd.random() < 0.3:
                c_start = pos
                n = rnd.choice([1_700_000, 3_000_000, 2_000_000])
                add("Officials said ")
                c0, c1 = add(f"over {n:,} people")
                add(" were killed. ")
                ann.claims.append(Claim(c0, c1, f"over {n:,} people", n, "gt", "people", "people killed"))
                self.link_claim(doc_id, len(ann.claims) - 1, c0, c1, f"over {n:,} people", n)
                ann.sentences.append(Sentence(c_start, pos - 1))
        cap0, cap1 = add("\nPhoto: a street scene. (Caption)")
        ann.furniture.append(Furniture(cap0 + 1, cap1, "".join(parts)[cap0 + 1:cap1], "caption"))
        text = "".join(parts)
        ann.document.text = text
        ann.document.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        ann.document.title = f"Report {i} on the region"
        ann.document.path = f"synthetic/{doc_id}.txt"
        ann.entities = list(local.values())
        ann.extractors = ["time", "entities", "quotes", "claims", "events"]
        ann.word_count = len(text.split())
        return ann

    def link_event(self, doc_id: str, ev: Event, actor: str, target: str, place: str) -> None:
        key = (ev.date.value, ev.category, actor, target)
        lv = self.events.get(key)
        if lv is None:
            lv = LinkedEvent(f"V{len(self.events) + 1}", ev.date, ev.summary, ev.category,
                             actors=[self.gid[actor]], targets=[self.gid[target]], place=self.gid[place],
                             factuality=ev.factuality)
            self.events[key] = lv
        lv.sources.append(EventSource(doc_id, ev.start, ev.end, ev.text, ev.id, ev.date.value, ev.trigger))

    def link_claim(self, doc_id: str, idx: int, start: int, end: int, text: str, n: int) -> None:
        g = self.groups.setdefault("people killed", ClaimGroup("M1", "people killed", "people"))
        if len(g.claims) < 200:
            g.claims.append(ClaimRef(doc_id, idx, start, end, text, n, "gt", "people"))

    def finish(self) -> Linked:
        for ent in self.linked.entities:
            ent.members = self.members.get(ent.id, [])
        self.linked.entity_of = {m: e.id for e in self.linked.entities for m in e.members}
        self.linked.events = list(self.events.values())
        self.linked.claim_groups = list(self.groups.values())
        g = self.groups.get("people killed")
        if g and len({c.value for c in g.claims}) > 1:
            seen: dict = {}
            for c in g.claims:
                seen.setdefault(c.value, c)
            self.linked.conflicts.append(Conflict("C1", "number", "people killed", [
                ConflictItem(c.doc, c.start, c.end, c.text, c.value) for c in seen.values()]))
        return self.linked


def make_store(path: Union[str, Path], n_docs: int, *, seed: int = 0, hostile: bool = False) -> Union[str, Path]:
    """Write a synthetic store of ``n_docs`` documents at ``path`` (a file, replaced; or an empty
    ``postgresql://`` database)."""
    from chronologist.store.database import open_store
    if not str(path).startswith(("postgresql://", "postgres://")):  # a URL names an empty database
        path = Path(path)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    b = _Builder(n_docs, seed, hostile)
    with open_store(path, create=True) as store:
        for i in range(n_docs):
            store.write_document(b.document(i))
        store.write_linked(b.finish())
    return path
