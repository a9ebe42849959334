"""Repairing the small model's entity errors with document-level evidence.

spaCy's small English model cuts names at line breaks ("Hoang Vu\\n\\nTranslated"), stops at an
abbreviation ("Hun" before "Sen."), types provinces as people ("Dong Nai"), splits official names
("the Extraordinary Chambers" + "the Courts of Cambodia") and reads a leader's name before
"troops" as the leader.  Each repair here is a small rule over the parse and the whole document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chronologist.entities import gazetteer, geo
from chronologist.entities.groups import LEADER_GROUP_NOUNS, demonym_country, group_kind
from chronologist.entities.names import fold
from chronologist.entities.works import work_titles
from chronologist.extract.context import Context

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "LAW", "WORK_OF_ART", "EVENT"}
# Capitalised common nouns the model tags ORG on their own ("the Party, State and people").
GENERIC_ORG = {"party", "state", "government", "army", "fatherland", "committee", "council",
               "assembly", "front", "court", "tribunal", "ministry", "department", "congress",
               "senate", "house", "parliament", "administration", "military", "police", "union",
               "regime", "motherland", "republic", "kingdom", "people", "nation", "states"}
DIRECTIONS = {"western", "eastern", "northern", "southern", "northwestern", "northeastern",
              "southwestern", "southeastern", "central", "democratic", "republican"}
LAW_HEADS = {"agreement", "treaty", "accord", "accords", "convention", "act", "charter",
             "protocol", "pact", "constitution", "declaration", "resolution", "law", "bill"}
ORG_HEADS = {"nations", "union", "party", "council", "committee", "front", "army", "division",
             "organization", "organisation", "agency", "association", "ministry", "department",
             "assembly", "court", "courts", "chambers", "tribunal", "commission", "bank", "fund",
             "program", "programme", "university", "institute", "corporation", "company", "group"}
# Sub-bodies whose parent organisation is an entity of its own ("Central Committee of X").
BODY_PREFIX = re.compile(r"^(?:the )?(?:Central|Standing|Executive|Permanent|Political)? ?"
                         r"(?:Committee|Bureau|Politburo|Secretariat|Presidium|Council|Board)"
                         r" of (?:the )?", re.I)
_LEAD_DET = re.compile(r"^(?:the|The|THE|a|an|An|A)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’]|[\s,.;:–—-])+$")
_PLACE_CUE_BEFORE = re.compile(r"(?:province|city|town|village|district|state|region|county|"
                               r"prefecture|capital) of\s*$|\b(?:in|at|near|from|to)\s+$", re.I)
_PLACE_CUE_AFTER = re.compile(r"^\s*(?:province|city|town|district|region|county)\b", re.I)
_KNOWN_AS = re.compile(r"^,?\s*(?:also |better |popularly )?(?:known|called|nicknamed) as\s+$")
_ORG_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")  # "the Ministry of Health in the Kingdom"


@dataclass
class Cand:
    start: int
    end: int
    label: str
    origin: str = "ner"  # ner | gazetteer | title | split | merged
    leader: Optional[str] = None  # "Pol Pot" for "Pol Pot troops"
    group: Optional[tuple[Optional[str], str, str]] = None  # (country, kind, demonym) for NORP groups
    alias_of: Optional[int] = None  # index of the candidate this one is another name of


def clean(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """Cut at a line break, drop a leading article and a trailing possessive or punctuation."""
    piece = text[start:end]
    nl = piece.find("\n")
    if nl == 0:
        return None
    if nl > 0:
        end = start + nl
    m = _LEAD_DET.match(text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    m = _TRAIL.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def candidates(ctx: Context) -> list[Cand]:
    """spaCy's entities, repaired, plus the names the document states elsewhere."""
    text, doc = ctx.text, ctx.doc
    titles = work_titles(text)
    out: list[Cand] = [Cand(s, e, "WORK_OF_ART", "title") for s, e in titles
                       if not ctx.in_furniture(s, e)]
    for ent in doc.ents:
        if ent.label_ not in KEEP or ctx.in_furniture(ent.start_char, ent.end_char):
            continue
        span = clean(text, ent.start_char, ent.end_char)
        if span is None or ctx.in_furniture(*span):
            continue
        if any(s < span[1] and span[0] < e for s, e in titles):
            continue
        out.extend(_fix(ctx, ent, Cand(span[0], span[1], ent.label_)))
    out = _merge_org_chains(text, sorted(out, key=lambda c: c.start))
    out = _gazetteer(ctx, out, titles)
    _known_as(text, out)
    return sorted(out, key=lambda c: (c.start, -c.end))


def _fix(ctx: Context, ent, c: Cand) -> list[Cand]:
    text = ctx.text
    surface = text[c.start:c.end]
    low = fold(surface)
    words = surface.split()
    if c.label == "ORG" and len(words) == 1 and low in GENERIC_ORG:
        return []
    if c.label == "NORP":
        if low in DIRECTIONS:
            return []
        if demonym_country(surface) is None and _place_context(text, c.start, c.end) and geo.geocode(surface):
            c.label = "GPE"  # "the province of Punjab" typed as a group
            return [c]
        return [_norp_group(ctx, ent, c)]
    if c.label == "WORK_OF_ART" and words and fold(words[0]) in LAW_HEADS:
        c.label = "LAW"
    if c.label == "FAC" and words and fold(words[-1]) in ORG_HEADS:
        c.label = "ORG"
    if c.label == "PERSON":
        parts = _split_joined(text, c)
        if parts:
            return parts
        group = _leader_group(ctx, ent, c)
        if group:
            return [group]
    if c.label in ("PERSON", "ORG", "FAC"):
        place = geo.geocode(surface)
        if place and place.kind in ("site", "country", "historical"):
            c.label = "LOC" if place.kind == "site" else "GPE"
        elif place and c.label == "PERSON" and _place_context(text, c.start, c.end):
            c.label = "GPE"
    out = [c]
    if c.label == "ORG":
        m = BODY_PREFIX.match(surface)
        if m and m.end() < len(surface):
            out.append(Cand(c.start + m.end(), c.end, "ORG", "split"))
    return out


def _place_context(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_CUE_BEFORE.search(text[max(0, start - 25):start])
                or _PLACE_CUE_AFTER.match(text[end:end + 12]))


_JOIN = re.compile(r"\s+(?:-|–|and|&)\s+")


def _split_joined(text: str, c: Cand) -> list[Cand]:
    """"Pol Pot - Ieng Sary Clique" -> the two people (the trailing group word is dropped)."""
    surface = text[c.start:c.end]
    pieces = list(_JOIN.finditer(surface))
    if not pieces:
        return []
    bounds, pos = [], 0
    for m in pieces:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(surface)))
    last_s, last_e = bounds[-1]
    last_words = surface[last_s:last_e].split()
    if last_words and group_kind(last_words[-1].lower()) in ("regime",) and len(last_words) > 1:
        cut = surface.rfind(last_words[-1], last_s, last_e)
        bounds[-1] = (last_s, cut)
    out = []
    for s, e in bounds:
        piece = surface[s:e].strip()
        if not piece or not piece[0].isupper() or len(piece.split()) < 2:
            return []
        s2 = c.start + s + (len(surface[s:e]) - len(surface[s:e].lstrip()))
        out.append(Cand(s2, s2 + len(piece), "PERSON", "split"))
    return out


def _leader_group(ctx: Context, ent, c: Cand) -> Optional[Cand]:
    """"Pol Pot troops", "the Pol Pot genocidal regime": a movement named after its leader."""
    doc = ctx.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    i = span.end
    steps = 0
    while i < len(doc) and steps < 3:
        tok = doc[i]
        if tok.lower_ in LEADER_GROUP_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            end = tok.idx + len(tok.text)
            return Cand(c.start, end, "ORG", "leader", leader=ctx.text[c.start:c.end])
        if tok.pos_ != "ADJ" or tok.is_punct:
            return None
        i += 1
        steps += 1
    return None


def _norp_group(ctx: Context, ent, c: Cand) -> Cand:
    """"Vietnamese volunteer soldiers" -> a group of Vietnam's forces; "Cambodian people"."""
    demonym = ctx.text[c.start:c.end]
    country = demonym_country(demonym)
    head = ent.root.head
    if head.i >= ent.end and head.i - ent.end < 3 and head.pos_ in ("NOUN", "PROPN"):
        kind = group_kind(head.lower_)
        between = ctx.doc[ent.end:head.i]
        if kind and country and all(t.pos_ in ("ADJ", "NOUN", "VERB") and not t.is_punct for t in between):
            return Cand(c.start, head.idx + len(head.text), "NORP", "group",
                        group=(country, kind, _adjective(demonym)))
    if demonym.endswith("s") and country:  # "Cambodians" are Cambodia's people
        return Cand(c.start, c.end, "NORP", "group", group=(country, "people", _adjective(demonym)))
    c.group = (country, "demonym", demonym)
    return c


def _adjective(demonym: str) -> str:
    d = demonym.strip()
    return d[:-1] if d.endswith("ns") or d.endswith("is") else d


def _merge_org_chains(text: str, cands: list[Cand]) -> list[Cand]:
    """"the Extraordinary Chambers" + "in the Courts of Cambodia" -> one organisation."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev and prev.label == "ORG" and c.label == "ORG" and prev.origin == "ner":
            gap = text[prev.end:c.start]
            if _ORG_IN_GAP.fullmatch(gap):
                prev.end, prev.origin = c.end, "merged"
                continue
        out.append(c)
    return out


def _gazetteer(ctx: Context, cands: list[Cand], titles: list[tuple[int, int]]) -> list[Cand]:
    """Find every occurrence of the names the document states confidently, and known places.

    An occurrence that contains shorter spans replaces them ("Hun" -> "Hun Sen"); one the model
    missed is added with the label the name has elsewhere.
    """
    text = ctx.text
    names: dict[str, str] = {}
    for c in cands:
        surface = text[c.start:c.end]
        if c.leader or c.group and c.group[1] != "demonym":
            continue
        if c.label == "PERSON" and len(surface.split()) < 2:
            continue
        if c.label in ("PERSON", "ORG", "GPE", "LOC", "LAW", "FAC") and len(surface) > 2:
            names.setdefault(surface, c.label)
    # surnames of the people named in full ("Lindqvist" after "Anna Lindqvist"), unless the word
    # is also an ordinary word of the text ("Young", "Will")
    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
    for surface, label in list(names.items()):
        words = surface.split()
        if label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 4 and words[-1][0].isupper() \
                and words[-1].lower() not in lower_words and words[-1].isalpha():
            names.setdefault(words[-1], "PERSON")
    labels = {**gazetteer.known_places()[1], **names}  # a name the document states keeps its label
    blocked = titles
    result = list(cands)
    for s, e in gazetteer.scan(text, names):
        if ctx.in_furniture(s, e) or any(bs < e and s < be for bs, be in blocked):
            continue
        inside = [c for c in result if c.start < e and s < c.end]
        if any(c.start <= s and e <= c.end for c in inside):
            continue  # already covered by a span at least as long
        if any(c.start < s or c.end > e for c in inside):
            continue  # crosses a longer span: leave the model's reading
        for c in inside:
            result.remove(c)
        new = Cand(s, e, labels[text[s:e]], "gazetteer")
        if new.label == "PERSON":
            new = _leader_group(ctx, None, new) or new
        result.append(new)
    return result


def _known_as(text: str, cands: list[Cand]) -> None:
    """"Kaing Guek Eav, known as Duch": the second name is an alias of the first person."""
    ordered = sorted(range(len(cands)), key=lambda i: cands[i].start)
    for a, b in zip(ordered, ordered[1:]):
        ca, cb = cands[a], cands[b]
        if ca.label == "PERSON" and _KNOWN_AS.match(text[ca.end:cb.start]):
            cb.label, cb.alias_of = "PERSON", a
