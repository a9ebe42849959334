"""Cross-document entity merging: one linked entity per real-world entity.

- Same canonical name (accents, case and apostrophes folded) and compatible type → one entity.
- A name one document uses as another's alias ("Pol Pot regime" for the Khmer Rouge) → one.
- A bare surname ("Kennedy") joins a full name only when exactly one full name in the store
  ends with it, or when its role singles one out ("President Kennedy" → the Kennedy who was
  President).  Two different full names that share a surname never merge.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional, Sequence

from chronologist.entities.names import fold, split_title
from chronologist.records import Annotations, Entity, LinkedEntity, Role

_FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


def _family(t: str) -> str:
    return _FAMILY.get(t, t)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _name_key(name: str) -> str:
    return fold(split_title(name)[0])


def merge_entities(docs: Sequence[Annotations]) -> tuple[list[LinkedEntity], dict[tuple[str, str], str]]:
    items: list[tuple[str, Entity]] = [(ann.document.id, e) for ann in docs for e in ann.entities]
    uf = _Union(len(items))
    by_name: dict[tuple[str, str], int] = {}
    for i, (_, e) in enumerate(items):
        key = (_family(e.type), _name_key(e.name))
        if key in by_name:
            uf.join(by_name[key], i)
        else:
            by_name[key] = i
    # an alias in one document that is another document's canonical name
    for i, (_, e) in enumerate(items):
        for alias in e.aliases:
            j = by_name.get((_family(e.type), _name_key(alias)))
            if j is not None and _compatible_person(items[i][1], items[j][1]):
                uf.join(i, j)
    _join_surnames(items, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    linked: list[LinkedEntity] = []
    entity_of: dict[tuple[str, str], str] = {}
    for n, root in enumerate(sorted(groups), 1):
        members = [items[i] for i in groups[root]]
        le = _linked(f"E{n}", members)
        linked.append(le)
        for doc_id, e in members:
            entity_of[(doc_id, e.id)] = le.id
    return linked, entity_of


def _compatible_person(a: Entity, b: Entity) -> bool:
    """Aliases never join two people whose full names differ."""
    if a.type != "PERSON" or b.type != "PERSON":
        return True
    ka, kb = _name_key(a.name).split(), _name_key(b.name).split()
    return len(ka) < 2 or len(kb) < 2 or ka == kb


def _join_surnames(items, uf: _Union) -> None:
    full: dict[str, list[int]] = defaultdict(list)  # surname -> indices of full names
    for i, (_, e) in enumerate(items):
        words = _name_key(e.name).split()
        if e.type == "PERSON" and len(words) >= 2:
            full[words[-1]].append(i)
    for i, (_, e) in enumerate(items):
        words = _name_key(e.name).split()
        if e.type != "PERSON" or len(words) != 1 or words[0] not in full:
            continue
        cands = {uf.find(j) for j in full[words[0]]}
        if len(cands) == 1:
            uf.join(i, cands.pop())
            continue
        target = _by_role(e, [items[j][1] for j in full[words[0]]], full[words[0]], uf)
        if target is not None:
            uf.join(i, target)


def _by_role(e: Entity, cands: list[Entity], idx: list[int], uf: _Union) -> Optional[int]:
    titles = {r.title.lower() for r in e.roles}
    if not titles:
        return None
    hits = {uf.find(j) for c, j in zip(cands, idx) if titles & {r.title.lower() for r in c.roles}}
    return hits.pop() if len(hits) == 1 else None


def _linked(lid: str, members: list[tuple[str, Entity]]) -> LinkedEntity:
    names = Counter(e.name for _, e in members)
    types = Counter(e.type for _, e in members)
    # the most used name; among equals, a name not derived from a leader ("X regime"), then longest
    name = max(names, key=lambda s: (names[s], not s.endswith(" regime"), len(s.split()) > 1, len(s)))
    le = LinkedEntity(id=lid, name=name, type=types.most_common(1)[0][0])
    seen_roles: set[tuple[str, Optional[str]]] = set()
    for doc_id, e in members:
        for alias in [e.name, *e.aliases]:
            if alias != name and alias not in le.aliases:
                le.aliases.append(alias)
        for r in e.roles:
            key = (r.title.lower(), r.time)
            if key not in seen_roles:
                seen_roles.add(key)
                le.roles.append(Role(r.title, r.time, r.start, r.end))
        if le.country is None and e.country:
            le.country = e.country
        if le.lat is None and e.lat is not None:
            le.lat, le.lon = e.lat, e.lon
        if le.located is None and e.located:
            le.located = e.located
        le.members.append((doc_id, e.id))
    return le
