"""Claims group by what they measure: a compatible unit, the same counted thing, the same subject
and compatible times.

A measure is normalised to (kind, counted thing, head): "people killed by the Khmer Rouge
government", "people who died under the regime" and "deaths under Khmer Rouge rule" are all
(death, people); money keeps its currency; other counts keep their counted noun.  Within such a
bucket, claims join when they share a subject key (an entity named in the measure, or failing
that in the claim's sentence and the one before) — an index per key, so no all-pairs pass.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Optional, Sequence

from chronologist.records import Annotations, ClaimGroup, ClaimRef

DEATH = {"kill", "killed", "killing", "killings", "die", "died", "dead", "death", "deaths", "perish",
         "perished", "massacred", "executed", "toll", "fatalities", "casualties", "victims", "murdered",
         "slaughtered", "starved", "lives"}
PEOPLE = {"people", "persons", "person", "civilians", "men", "women", "children", "cambodians",
          "individuals", "inhabitants", "residents", "refugees", "victims", "population"}
MILITARY = {"troops", "soldiers", "fighters", "forces", "servicemen", "combatants", "personnel"}
STOP = {"the", "a", "an", "of", "in", "on", "by", "under", "who", "that", "which", "to", "for", "and",
        "at", "from", "with", "range", "its", "their", "his", "her"}
_WORD = re.compile(r"[a-z][a-z'-]*")


def _words(s: Optional[str]) -> list[str]:
    return _WORD.findall((s or "").lower())


def measure_key(claim) -> tuple[str, str, str]:
    """(kind, counted, head) — claims with different keys never group."""
    words = _words(claim.measure)
    unit = (claim.unit or "").lower()
    if claim.unit and claim.unit.isupper() and claim.unit != "USD" or unit in ("usd",):
        return "money", claim.unit or "", next((w for w in reversed(words) if w not in STOP), "")
    if unit == "percent":
        return "percent", "", " ".join(w for w in words if w not in STOP)[:60]
    if unit == "rank":
        return "rank", "", " ".join(words)
    counted = "people" if (unit in PEOPLE or any(w in PEOPLE for w in words[:3])) else unit
    if counted in MILITARY or any(w in MILITARY for w in words[:3]):
        counted = "military"
    if any(w in DEATH for w in words):
        return "death", counted or "people", ""
    if counted == "military":
        # "43,000 Soviet troops", "10,000 Soviet military personnel", "42,000 troops equipped with…":
        # one count of forces whatever the wording; the subject (Soviet) keeps armies apart
        return "count", "military", ""
    head = next((w for w in words if w not in STOP), counted)
    return "count", counted, head


def _norm_name(s: str) -> str:
    s = s.lower().strip()
    return s[4:] if s.startswith("the ") else s


def subject_keys(ann: Annotations, claim, entity_of: dict[tuple[str, str], str],
                 sent_starts: list[int]) -> set[str]:
    """Entities the measure names; failing that, those of the claim's sentence and the one before."""
    d = ann.document.id
    names = {e.id: e for e in ann.entities}
    measure = (claim.measure or "").lower()
    keys: set[str] = set()
    for e in ann.entities:
        for n in [e.name] + list(e.aliases):
            if len(n) > 3 and _norm_name(n) in measure:
                keys.add(entity_of.get((d, e.id), "n:" + _norm_name(e.name)))
                keys.add("n:" + _norm_name(e.name))
    if keys:
        return keys
    k = bisect.bisect_right(sent_starts, claim.start) - 1
    lo = sent_starts[max(0, k - 1)] if sent_starts else claim.start - 400
    hi = claim.sentence.end if claim.sentence else claim.end + 200
    for m in ann.mentions:
        if lo <= m.start < hi and m.label in ("ORG", "GPE", "NORP", "PERSON", "EVENT"):
            e = names.get(m.entity)
            keys.add(entity_of.get((d, m.entity), "n:" + _norm_name(m.text)))
            if e is not None:
                keys.add("n:" + _norm_name(e.name))
    return keys


def _years(when: Optional[str]) -> Optional[tuple[int, int]]:
    if not when or not when[:4].isdigit():
        return None
    a, _, b = when.partition("/")
    return int(a[:4]), int((b or a)[:4])


def group_claims(docs: Sequence[Annotations], entity_of: dict[tuple[str, str], str]) -> list[ClaimGroup]:
    parent: list[int] = []
    refs: list[tuple[ClaimRef, tuple, Optional[tuple[int, int]], str]] = []

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    index: dict[tuple, int] = {}
    for ann in docs:
        d = ann.document.id
        starts = [s.start for s in ann.sentences] or [0]
        for i, c in enumerate(ann.claims):
            ref = ClaimRef(d, i, c.start, c.end, c.text, c.value, c.bound, c.unit,
                           entity_of.get((d, c.claimant)) if c.claimant else None)
            key = measure_key(c)
            n = len(refs)
            refs.append((ref, key, _years(c.when), c.measure or c.text))
            parent.append(n)
            if c.measure is None:
                continue  # nothing to compare on: it stands alone, its gap stated
            subj = subject_keys(ann, c, entity_of, starts) if key[0] in ("death", "count") else {"*"}
            if not subj:
                # nobody named near either claim: the same measure told twice in one document
                # ("the flood killed 2,000 … later … 9,000") is one thing; across documents it is not
                subj = {"doc:" + d}
            for s in sorted(subj):
                k = (key, s)
                other = index.get(k)
                if other is None:
                    index[k] = n
                    continue
                a, b = refs[other][2], refs[n][2]
                if a and b and (a[1] < b[0] or b[1] < a[0]):
                    continue  # measured at different times
                parent[find(n)] = find(other)
    groups: dict[int, ClaimGroup] = {}
    order: list[int] = []
    for n, (ref, key, _, measure) in enumerate(refs):
        r = find(n)
        if r not in groups:
            groups[r] = ClaimGroup(id="", measure=measure, unit=ref.unit)
            order.append(r)
        groups[r].claims.append(ref)
    out = []
    for k, r in enumerate(order):
        g = groups[r]
        g.id = f"M{k + 1}"
        if measure_key_kind(g) == "death":
            g.measure = "deaths: " + refs[r][3]
        out.append(g)
    return out


def measure_key_kind(g: ClaimGroup) -> str:
    return "death" if len(g.claims) > 1 and any(w in DEATH for w in _words(g.measure)) else ""
