"""Who a reporting verb's subject is: an entity mention, a pronoun, or a title ("the president").

The speaker is an entity id only when the text supports it; otherwise None with the subject
phrase kept as the source, so a reader sees "a spokesman" rather than a guessed name.
"""
from __future__ import annotations

import bisect
from typing import Optional

from chronologist.entities.coref import resolve_pronoun
from chronologist.entities.names import TITLE_HEADS
from chronologist.extract.context import Context
from chronologist.quotes.cues import OCCASION_MARKS, OCCASION_NOUNS
from chronologist.records import SpanRef

PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "you"}
_OCCASION_VERBS = {"talk", "speak", "address", "write", "testify", "appear", "interview",
                   "visit", "attend", "campaign", "meet", "tweet", "post", "respond", "answer"}


class Mentions:
    """Entity mentions sorted by start, for span look-ups."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.items = sorted(ctx.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.types = {e.id: e.type for e in ctx.entities}
        self.entities = {e.id: e for e in ctx.entities}

    def inside(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def by_title(self, head: str, before: int) -> Optional[str]:
        """"the president" -> the last person mentioned before ``before`` holding that title."""
        best, best_pos = None, -1
        for m in self.items:
            if m.start >= before:
                break
            ent = self.entities.get(m.entity)
            if ent is None or ent.type != "PERSON":
                continue
            if any(head in r.title.lower().split() for r in ent.roles) and m.start > best_pos:
                best, best_pos = ent.id, m.start
        return best


def speaker_by_name(ctx: Context, ms: "Mentions", start: int, end: int) -> tuple[Optional[str], SpanRef]:
    """A speaker label written out ("WALLACE:", "― Pamela Padilla"): a mention inside it, or the
    one person of the document whose surname it is."""
    from chronologist.entities.names import fold

    inside = ms.inside(start, end)
    source = _span(ctx.text, start, end)
    if inside:
        return inside[0].entity, source
    words = fold(ctx.text[start:end]).split()
    if not words:
        return None, source
    hits = {e.id for e in ctx.entities if e.type == "PERSON" and fold(e.name).split()[-1:] == words[-1:]}
    return (hits.pop() if len(hits) == 1 else None), source


def _span(text: str, start: int, end: int) -> SpanRef:
    # the Context's text, not Doc.text: spaCy rebuilds that whole string from its tokens on every access
    return SpanRef(start, end, text[start:end])


def subject_of(verb, outside: Optional[tuple[int, int]] = None):
    """The verb's subject, looking through conjunctions and xcomp chains ("went on to say").
    ``outside``: a character range (the quotation) the subject may not come from."""
    tok = verb
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                and not (outside and outside[0] <= c.idx < outside[1])]
        if subj:
            return subj[0]
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            objs = [c for c in agent[0].children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "groups calling for an inquiry"
        if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def speaker_of(ctx: Context, ms: Mentions, subj) -> tuple[Optional[str], Optional[SpanRef]]:
    """(entity id or None, the source span) for a subject token."""
    doc = ctx.doc
    if subj is None:
        return None, None
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        # "Demographers who studied …": the antecedent speaks; the source is the "who"
        speaker, _ = speaker_of(ctx, ms, subj.head.head)
        return speaker, _span(ctx.text, subj.idx, subj.idx + len(subj.text))
    if subj.lower_ in PRONOUNS and subj.pos_ == "PRON":
        if subj.lower_ in ("i", "we", "you"):
            return None, _span(ctx.text, subj.idx, subj.idx + len(subj.text))
        eid = resolve_pronoun(ctx, subj)
        return eid, _span(ctx.text, subj.idx, subj.idx + len(subj.text))
    left = min(t.idx for t in subj.subtree)
    sub = [t for t in subj.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct") or t.i <= subj.i]
    right = max(t.idx + len(t.text) for t in sub)
    if right - left > 120:
        left = subj.left_edge.idx if subj.i - subj.left_edge.i < 6 else subj.idx
        right = subj.idx + len(subj.text)
    nl = ctx.text.find("\n", left, right)
    if nl != -1:  # a subject never runs across a line break ("5:45 p.m.\n\nTrump …")
        if nl <= subj.idx:
            left = nl + 1
            while left < subj.idx and ctx.text[left].isspace():
                left += 1
        else:
            right = nl
    inside = ms.inside(left, right)
    if inside:
        # the mention holding the head word, else a person, else the first
        pick = next((m for m in inside if m.start <= subj.idx < m.end), None) or \
            next((m for m in inside if ms.types.get(m.entity) == "PERSON"), None) or inside[0]
        return pick.entity, _span(ctx.text, pick.start, pick.end)
    source = _span(ctx.text, left, right)
    head = subj.lower_.rstrip(".")
    if head in TITLE_HEADS and subj.pos_ in ("NOUN", "PROPN"):
        return ms.by_title(head, subj.idx), source
    return None, source


def occasion_of(ctx: Context, verb) -> Optional[SpanRef]:
    """"when he attended the inauguration ceremony …", "in an interview … published in 1999"."""
    doc = ctx.doc
    for child in verb.children:
        span = None
        if child.dep_ == "advcl":
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
            if marks & OCCASION_MARKS or child.lemma_ in _OCCASION_VERBS and child.tag_ == "VBG":
                span = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
        elif child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "on", "after", "before"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in OCCASION_NOUNS:
                span = (child.idx, child.right_edge.idx + len(child.right_edge.text))
        if span:
            start, end = span
            while end > start and ctx.text[end - 1] in ",.;: ":
                end -= 1
            return _span(ctx.text, start, end)
    return None
