"""Who: mentions grouped into entities under one canonical name.

Flow: repaired candidate spans (``repair``) → a canonical name for each (``names``, ``groups``)
→ clusters (exact name, then partial names to the nearest full name) → roles, aliases and places.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from chronologist.entities import geo
from chronologist.entities.groups import GROUP_DISPLAY
from chronologist.entities.names import (
    canonical_org, clean_surface, fold, is_honorific, split_title, tokens_key,
)
from chronologist.entities.repair import Cand, candidates
from chronologist.entities.roles import normalise_title, roles_for, title_before
from chronologist.extract.context import Context
from chronologist.records import Entity, Mention, Role

_TYPE_FAMILY = {"PERSON": "agent", "ORG": "agent", "GPE": "place", "LOC": "place", "FAC": "place"}
_LEADER_LINK = re.compile(r"\b(?:headed|led|ruled|run|commanded)\s+by\b|\bunder\b|\bof\b", re.I)


def _name_of(text: str, c: Cand) -> tuple[str, Optional[str]]:
    """(canonical name, title found inside the span)."""
    surface = clean_surface(text[c.start:c.end])
    if c.leader:
        return f"{clean_surface(c.leader)} regime", None
    if c.group:
        country, kind, demonym = c.group
        if kind == "demonym":
            return surface, None
        return f"{demonym} {GROUP_DISPLAY.get(kind, kind)}", None
    if c.label == "PERSON":
        return split_title(surface)
    if c.label == "ORG":
        return canonical_org(surface), None
    return surface, None


def _key(name: str, label: str) -> tuple[str, str]:
    return fold(name), _TYPE_FAMILY.get(label, label)


def find_entities(ctx: Context) -> tuple[list[Entity], list[Mention]]:
    text = ctx.text
    cands = candidates(ctx)
    named = [(c, *_name_of(text, c)) for c in cands]
    # Full personal names (two words or more) that partial names can resolve to.
    full_people = [(c.start, tokens_key(n), n) for c, n, _ in named
                   if c.label == "PERSON" and len(tokens_key(n)) >= 2]
    clusters: dict[tuple[str, str], list[tuple[Cand, str, Optional[str]]]] = {}
    cluster_of: dict[int, tuple[str, str]] = {}
    for idx, (c, name, inner_title) in enumerate(named):
        if c.alias_of is not None:
            continue
        key = _key(name, c.label)
        if c.label == "PERSON":
            full = _full_name(tokens_key(name), c.start, full_people)
            if full:
                key = _key(full, "PERSON")
        clusters.setdefault(key, []).append((c, name, inner_title))
        cluster_of[idx] = key
    for idx, (c, name, inner_title) in enumerate(named):
        if c.alias_of is not None and c.alias_of in cluster_of:
            key = cluster_of[c.alias_of]
            clusters[key].append((c, name, inner_title))
            cluster_of[idx] = key
    _link_leaders(ctx, named, clusters)
    return _build(ctx, clusters)


def _full_name(toks: tuple[str, ...], pos: int, full_people) -> Optional[str]:
    """"Hun" or "Van Dong" -> the nearest earlier full name containing them as a run of words."""
    n = len(toks)
    best, best_dist = None, None
    for start, ftoks, fname in full_people:
        if len(ftoks) <= n or not any(ftoks[i:i + n] == toks for i in range(len(ftoks) - n + 1)):
            continue
        dist = pos - start if start <= pos else 10 ** 7 + start - pos  # earlier mentions first
        if best_dist is None or dist < best_dist:
            best, best_dist = fname, dist
    return best


def _link_leaders(ctx: Context, named, clusters) -> None:
    """"the Khmer Rouge government headed by Pol Pot": "Pol Pot troops" are the Khmer Rouge."""
    doc = ctx.doc
    leader_keys = {k for k, v in clusters.items() if any(c.leader for c, _, _ in v)}
    for lkey in leader_keys:
        leader = next(c.leader for c, _, _ in clusters[lkey] if c.leader)
        lfold = fold(clean_surface(leader))
        target = None
        for c, name, _ in named:
            if c.label != "ORG" or c.leader:
                continue
            org_span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if org_span is None:
                continue
            head = org_span.root.head if org_span.root.dep_ in ("compound", "amod", "nmod") else org_span.root
            for p, pname, _ in named:
                if p.label != "PERSON" or fold(pname) != lfold or not (0 <= p.start - c.end < 80):
                    continue
                ptok = doc.char_span(p.start, p.end, alignment_mode="expand")
                if ptok is not None and ptok.root in head.subtree and \
                        _LEADER_LINK.search(ctx.text[c.end:p.start]):
                    target = _key(name, "ORG")
                    break
            if target:
                break
        if target and target in clusters and target != lkey:
            clusters[target].extend(clusters.pop(lkey))


def _surface_with_title(ctx: Context, c: Cand) -> list[str]:
    """Other surface forms: "Prime Minister Hun Sen", "Mr. Hun Sen"."""
    text, out = ctx.text, []
    before = text[max(0, c.start - 6):c.start].split()
    if before and is_honorific(before[-1]):
        out.append(f"{before[-1]} {clean_surface(text[c.start:c.end])}")
    return out


def _build(ctx: Context, clusters) -> tuple[list[Entity], list[Mention]]:
    text = ctx.text
    ordered = sorted(clusters.values(), key=lambda members: min(c.start for c, _, _ in members))
    entities: list[Entity] = []
    mentions: list[Mention] = []
    place_hint = Counter()
    for members in ordered:
        for c, name, _ in members:
            if c.label == "GPE":
                cc = geo.country_code(name)
                if cc:
                    place_hint[cc] += 1
    hints = [cc for cc, _ in place_hint.most_common(3)]
    for n, members in enumerate(ordered, 1):
        eid = f"e{n}"
        label = _vote(members)
        names = Counter(name for c, name, _ in members if c.alias_of is None)
        # the longest name used more than once, else the longest: "Heng Samrin" over "Samrin"
        canonical = max(names, key=lambda s: (not members[0][0].leader and len(s.split()) > 1,
                                              names[s] > 1 or len(names) == 1, len(s)))
        if any(c.leader for c, _, _ in members) and not all(c.leader for c, _, _ in members):
            canonical = max((nm for c, nm, _ in members if not c.leader), key=len)
        ent = Entity(id=eid, name=canonical, type=label)
        aliases: list[str] = []
        roles: list[Role] = []
        for c, name, inner_title in members:
            surface = clean_surface(text[c.start:c.end])
            forms = [surface, name]
            if label == "PERSON":
                before = title_before(ctx, c.start)
                if before:
                    forms.append(f"{text[before[0]:before[1]]} {surface}")
                forms += _surface_with_title(ctx, c)
                roles += roles_for(ctx, c.start, c.end)
                if inner_title:
                    roles.append(Role(normalise_title(inner_title), None, c.start, c.end))
            if c.leader:
                forms.append(f"{clean_surface(c.leader)} regime")
            for f in forms:
                if f and f != canonical and f not in aliases and "\n" not in f:
                    aliases.append(f)
            mentions.append(Mention(c.start, c.end, text[c.start:c.end], label, eid))
        ent.aliases = aliases
        ent.roles = _dedupe_roles(roles)
        _place(ent, members, hints, ctx)
        entities.append(ent)
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions


def _vote(members) -> str:
    votes = Counter()
    for c, _, _ in members:
        weight = 2 if c.origin in ("ner", "split", "merged", "title", "leader", "group") else 1
        votes[c.label] += weight
    if any(c.leader for c, _, _ in members):
        return "ORG"
    return votes.most_common(1)[0][0]


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    seen: dict[tuple[str, Optional[str]], Role] = {}
    for r in roles:
        key = (r.title.lower(), r.time)
        if key not in seen:
            seen[key] = r
    # an undated role repeated with a date adds nothing
    dated = {t for t, time in seen if time}
    return [r for (t, time), r in seen.items() if time or t not in dated]


def _place(ent: Entity, members, hints: list[str], ctx: Context) -> None:
    if ent.type == "NORP":
        groups = [c.group for c, _, _ in members if c.group]
        ent.country = next((g[0] for g in groups if g[0]), None)
        return
    if ent.type not in ("GPE", "LOC", "FAC"):
        return
    prefer = ""
    for c, _, _ in members:
        window = ctx.text[max(0, c.start - 20):c.end + 12].lower()
        if "province" in window or "state of" in window:
            prefer = "province"
    place = geo.geocode(ent.name, hint_countries=hints, prefer=prefer)
    if place is None or place.country is None and place.lat is None:
        ent.located = place.located if place else "not located"
        return
    ent.country, ent.lat, ent.lon, ent.located = place.country, place.lat, place.lon, place.located
