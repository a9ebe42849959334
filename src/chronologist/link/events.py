"""Events told in several documents become one timeline entry listing every source.

Two events merge when their dates can both hold, they are the same kind of act (same category, or
the same family of categories on the very same day), and they share a participant (an actor,
target or place — compared through the entity linker, and through the country a demonym names).
Blocking keeps this linear: an event is compared only with the clusters filed under its own
(family, month, participant) keys, never with the whole store.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional, Sequence

from chronologist.records import Annotations, Entity, EventDate, EventSource, LinkedEvent

FAMILY = {
    "ASSAULT": "force", "COERCE": "force", "MOBILIZE": "force", "THREATEN": "force",
    "TAKE_POWER": "force", "DEATH_TOLL": "force",
    "AGREE": "coop", "CONSULT": "coop", "SUPPORT": "coop", "COOPERATE": "coop", "AID": "coop",
    "CONCEDE": "yield", "RETREAT": "yield",
    "REQUEST": "words", "ACCUSE": "words", "REJECT": "words", "PROTEST": "words", "SANCTION": "words",
    "FOUND": "found", "ELECTION": "election", "VERDICT": "verdict", "OTHER": "other",
}
# Acts so common in narrative text that an inherited date and one shared participant are not
# enough evidence that two documents tell the same one.
GENERIC = {"AID", "SUPPORT", "COOPERATE", "OTHER", "FOUND", "CONSULT"}
MAX_SPAN_DAYS = 400  # an event dated only to a decade is too vague to merge with anything
MAX_CLUSTERS_PER_KEY = 64  # bounded work per key even in a pathological store


def _day(s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    try:
        y, m, d = s[:10].split("-")
        return dt.date(int(y), int(m), int(d)).toordinal()
    except (ValueError, TypeError):
        return None


def interval(date: EventDate) -> Optional[tuple[int, int]]:
    lo, hi = _day(date.earliest), _day(date.latest)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def _demonym_key(name: str) -> str:
    """"Vietnamese" and "Vietnam" name one country: a rough key for when no ISO code is known."""
    n = name.lower().strip()
    for suffix, repl in (("ese", ""), ("ian", "ia"), ("ean", "ea"), ("an", "a"), ("ish", ""), ("i", "")):
        if n.endswith(suffix) and len(n) > len(suffix) + 3:
            return n[: -len(suffix)] + repl
    return n


@dataclass
class _Item:
    doc: str
    ev: object
    keys: set[str]
    span: Optional[tuple[int, int]]
    family: str
    place_key: Optional[str] = None


@dataclass
class _Cluster:
    items: list[_Item] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    span: Optional[tuple[int, int]] = None  # intersection of the members' intervals (may be None)
    categories: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    explicit: bool = False  # some member is dated by its own words


def participant_keys(ann: Annotations, ev, entity_of: dict[tuple[str, str], str],
                     ents: Optional[dict[str, Entity]] = None) -> set[str]:
    d = ann.document.id
    if ents is None:
        ents = {e.id: e for e in ann.entities}
    out: set[str] = set()
    for local in list(ev.actors) + list(ev.targets) + ([ev.place] if ev.place else []):
        if (d, local) in entity_of:
            out.add(entity_of[(d, local)])
        e = ents.get(local)
        if e is not None and (e.type == "NORP" or (e.type == "GPE" and _is_country(e.name))):
            # a demonym ("Vietnamese soldiers") and its country ("Vietnam") name one participant
            out.add("c:" + (e.country.lower() if e.country else _demonym_key(e.name)))
    return out


@functools.lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    try:
        import pycountry
        pycountry.countries.lookup(name)
        return True
    except (LookupError, ImportError):
        return False


def _compatible(item: _Item, c: _Cluster) -> bool:
    if item.span is None or c.span is None:
        return False
    overlap = item.span[0] <= c.span[1] and c.span[0] <= item.span[1]
    shared = item.keys & c.keys
    if any(i.doc == item.doc for i in c.items) and item.ev.trigger.lower() not in c.triggers:
        return False  # one document tells two acts, unless it repeats the same words
    same_cat = item.ev.category in c.categories
    same_day = overlap and item.span[0] == item.span[1] and c.span[0] == c.span[1]
    if item.ev.category == "OTHER":  # an untyped act merges only on two participants or one trigger
        return overlap and same_cat and (len(shared) >= 2 or bool(shared and item.ev.trigger.lower() in c.triggers))
    inherited = not item.ev.date.basis.startswith("explicit") or not c.explicit
    other_doc = any(i.doc != item.doc for i in c.items)
    if inherited and other_doc and item.ev.category in GENERIC and len(shared) < 2:
        return False
    if overlap and same_cat and shared:
        return True
    if same_day and (same_cat or item.family in {FAMILY.get(k, "other") for k in c.categories}) \
            and item.family != "other" and not (item.ev.place and c.places and item.place_key not in c.places):
        return True
    # the same act on dates that cannot both hold (a date conflict): only on strong evidence
    near = abs(item.span[0] - c.span[0]) <= 31
    return near and same_cat and len(shared) >= 2 and item.ev.trigger.lower() in c.triggers


def merge_events(docs: Sequence[Annotations], entity_of: dict[tuple[str, str], str]) -> list[LinkedEvent]:
    clusters: list[_Cluster] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    items: list[_Item] = []
    for ann in docs:
        ents = {e.id: e for e in ann.entities}
        for ev in ann.events:
            span = interval(ev.date)
            if span is not None and span[1] - span[0] > MAX_SPAN_DAYS:
                span = None
            place = entity_of.get((ann.document.id, ev.place), ev.place) if ev.place else None
            items.append(_Item(ann.document.id, ev, participant_keys(ann, ev, entity_of, ents), span,
                               FAMILY.get(ev.category, "other"), place))
    # precise events first, so a month-dated telling joins the day-dated cluster
    order = sorted(range(len(items)), key=lambda k: (items[k].span is None,
                                                     (items[k].span[1] - items[k].span[0]) if items[k].span else 0))
    for k in order:
        it = items[k]
        target = None
        keys = _block_keys(it) if it.span is not None and it.ev.factuality not in ("hypothetical", "counterfactual", "negated") else []
        seen: set[int] = set()
        for key in keys:
            for ci in index.get(key, ()):
                if ci in seen:
                    continue
                seen.add(ci)
                if _compatible(it, clusters[ci]):
                    target = ci
                    break
            if target is not None:
                break
        if target is None:
            clusters.append(_Cluster())
            target = len(clusters) - 1
        c = clusters[target]
        c.items.append(it)
        c.keys |= it.keys
        c.categories.add(it.ev.category)
        c.triggers.add(it.ev.trigger.lower())
        if it.place_key:
            c.places.add(it.place_key)
        c.explicit = c.explicit or it.ev.date.basis.startswith("explicit")
        if it.span is not None:
            if c.span is None:
                c.span = it.span
            else:
                lo, hi = max(c.span[0], it.span[0]), min(c.span[1], it.span[1])
                c.span = (lo, hi) if lo <= hi else c.span
        for key in keys:
            bucket = index[key]
            if target not in bucket:
                bucket.append(target)
                if len(bucket) > MAX_CLUSTERS_PER_KEY:
                    del bucket[0]
    return [_linked(f"V{n + 1}", c, entity_of) for n, c in enumerate(clusters)]


def _block_keys(it: _Item) -> list[tuple]:
    lo, hi = it.span
    d, end = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    # month by month as numbers: a date past December 9999 cannot be built to stop the loop
    first, last = d.year * 12 + d.month - 1, end.year * 12 + end.month - 1
    out = []
    for ym in ((m // 12, m % 12 + 1) for m in range(first, last + 1)):
        for key in sorted(it.keys) or ["-"]:
            out.append((it.family, ym, key))
        if lo == hi:
            out.append((it.family, lo))
    if lo == hi:
        out.append((it.family, lo))
    return out


def _best_date(c: _Cluster) -> EventDate:
    """The most precise date among the sources (a day refines its month)."""
    best = min((i for i in c.items if i.span is not None), key=lambda i: i.span[1] - i.span[0], default=None)
    return best.ev.date if best is not None else c.items[0].ev.date


def _linked(vid: str, c: _Cluster, entity_of) -> LinkedEvent:
    first = min(c.items, key=lambda i: (i.span[1] - i.span[0]) if i.span else 10**9)
    def linked_ids(attr):
        out: list[str] = []
        for i in c.items:
            vals = getattr(i.ev, attr)
            for local in (vals if isinstance(vals, list) else [vals] if vals else []):
                g = entity_of.get((i.doc, local))
                if g and g not in out:
                    out.append(g)
        return out
    places = linked_ids("place")
    asserted = any(i.ev.factuality in ("asserted", "reported") for i in c.items)
    return LinkedEvent(
        id=vid, date=_best_date(c), summary=first.ev.summary, category=first.ev.category,
        cameo=first.ev.cameo, actors=linked_ids("actors"), targets=linked_ids("targets"),
        place=places[0] if places else None,
        factuality="asserted" if asserted and first.ev.factuality == "reported" else first.ev.factuality,
        sources=[EventSource(i.doc, i.ev.start, i.ev.end, i.ev.text, i.ev.id, i.ev.date.value, i.ev.trigger,
                             i.ev.date.basis) for i in c.items])
