"""Where sources disagree: numbers whose intervals cannot both hold, dates of one merged event
that cannot both hold, and one act told in opposed words (framing — a difference of view, not an
error).  A more precise date of the same event refines it ("date-refinement"), it does not conflict.
"""
from __future__ import annotations

import re
from typing import Sequence

from chronologist.claims.numbers import interval as claim_interval
from chronologist.link.events import interval as date_interval
from chronologist.events.dating import bounds
from chronologist.records import Annotations, Conflict, ConflictItem, EventDate, Linked

# Opposed ways of naming one act: as defence/liberation, or as aggression.  Data, not rules.
FRAMES = {
    "defence": {"counterattack", "counter-attack", "counteroffensive", "counter-offensive", "liberation",
                "liberate", "liberated", "liberating", "free", "freed", "self-defense", "self-defence",
                "rescue", "save", "saved", "victory", "defend", "defended", "intervention", "help"},
    "aggression": {"invasion", "invade", "invaded", "invading", "occupation", "occupy", "occupied",
                   "aggression", "conquest", "conquer", "conquered", "annex", "annexed", "annexation",
                   "incursion", "overran", "overrun"},
}
_WORD = re.compile(r"[a-z][a-z-]*")
_VAGUE_TEXT = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions)\s+of\b", re.I)


def _frames(text: str) -> dict[str, list[str]]:
    words = set(_WORD.findall(text.lower()))
    return {f: sorted(words & terms) for f, terms in FRAMES.items() if words & terms}


def _number_conflicts(docs: Sequence[Annotations], linked: Linked) -> list[Conflict]:
    by_doc = {a.document.id: a for a in docs}
    out = []
    for g in linked.claim_groups:
        if len(g.claims) < 2:
            continue
        spans = []
        for ref in g.claims:
            kind = "vague" if _VAGUE_TEXT.search(ref.text) else "plain"
            spans.append(claim_interval(ref.value, ref.bound, kind))
        # some two intervals are disjoint exactly when the lowest upper end is below the highest lower end
        low = min(range(len(spans)), key=lambda i: spans[i][1])
        high = max(range(len(spans)), key=lambda i: spans[i][0])
        if not spans[low][1] < spans[high][0]:
            continue
        pairs = [(i, high) for i in range(len(spans)) if spans[i][1] < spans[high][0]][:6] + \
                [(low, j) for j in range(len(spans)) if spans[low][1] < spans[j][0] and j != high][:6]
        note = "; ".join(f"{g.claims[i].text!r} vs {g.claims[j].text!r}" for i, j in pairs[:6])
        items = [ConflictItem(r.doc, r.start, r.end, r.text, list(r.value) if isinstance(r.value, tuple) else r.value)
                 for r in g.claims if r.doc in by_doc]
        out.append(Conflict("", "number", g.measure, items, note=f"cannot all hold: {note}"))
    return out


def _event_conflicts(linked: Linked) -> list[Conflict]:
    out = []
    for ev in linked.events:
        docs = {s.doc for s in ev.sources}
        if len(ev.sources) < 2:
            continue
        dated = []
        for s in ev.sources:
            if s.date_basis is not None and not s.date_basis.startswith("explicit"):
                continue  # an inherited date is our reading of the narrative, not the source's claim
            lo, hi = bounds(s.date)
            span = date_interval(EventDate(s.date, lo, hi))
            if span is not None:
                dated.append((s, span))
        clash = [(a, b) for k, (a, sa) in enumerate(dated) for (b, sb) in dated[k + 1:]
                 if a.doc != b.doc and (sa[1] < sb[0] or sb[1] < sa[0])]
        if clash:
            out.append(Conflict("", "date", ev.summary,
                                [ConflictItem(s.doc, s.start, s.end, s.text, s.date) for s, _ in dated],
                                note="the sources date this event differently"))
        elif len({sp for _, sp in dated}) > 1 and len({s.doc for s, _ in dated}) > 1:
            out.append(Conflict("", "date-refinement", ev.summary,
                                [ConflictItem(s.doc, s.start, s.end, s.text, s.date) for s, _ in dated],
                                note="compatible dates; the more precise one refines the other"))
        if len(docs) < 2:
            continue
        framed = [(s, _frames(s.trigger or "")) for s in ev.sources]
        kinds = {f for _, fr in framed for f in fr}
        if len(kinds) > 1:
            by_kind = {f: {s.doc for s, fr in framed if f in fr} for f in kinds}
            if len(set().union(*by_kind.values())) > 1:
                out.append(Conflict("", "framing", ev.summary,
                                    [ConflictItem(s.doc, s.start, s.end, s.text, fr) for s, fr in framed if fr],
                                    note="one act told in opposed words: " +
                                         " vs ".join(f"{f} ({', '.join(sorted({w for _, fr in framed for w in fr.get(f, [])}))})"
                                                     for f in sorted(kinds))))
    return out


def find_conflicts(docs: Sequence[Annotations], linked: Linked) -> list[Conflict]:
    out = _number_conflicts(docs, linked) + _event_conflicts(linked)
    for k, c in enumerate(out):
        c.id = f"C{k + 1}"
    return out
