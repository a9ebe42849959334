"""Pronoun resolution: which entity a personal pronoun refers to.

A light, rule-based resolver good enough for quote speakers and event actors: a third-person
pronoun refers to the most recent earlier entity mention of a compatible kind (a person for
he/she/him/her, a group, organisation or place for they/them/it), preferring subjects.
"""
from __future__ import annotations

import bisect
from typing import Optional

from chronologist.extract.context import Context

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
_PERSON_TYPES = {"PERSON"}
_GROUP_TYPES = {"NORP", "ORG", "GPE", "PERSON"}
_THING_TYPES = {"ORG", "GPE", "LOC"}
# How far back (in characters) an antecedent may be: a few sentences, about two paragraphs.
MAX_DISTANCE = 1500


def _index(ctx: Context):
    """Mention starts sorted once per context (cached on the context object)."""
    cache = getattr(ctx, "_coref_index", None)
    if cache is None or cache[0] is not ctx.mentions:
        mentions = sorted(ctx.mentions, key=lambda m: m.start)
        types = {e.id: e.type for e in ctx.entities}
        cache = (ctx.mentions, mentions, [m.start for m in mentions], types)
        try:
            object.__setattr__(ctx, "_coref_index", cache)
        except Exception:  # noqa: BLE001 - a frozen or slotted context just skips the cache
            pass
    return cache[1], cache[2], cache[3]


def resolve_pronoun(ctx: Context, token) -> Optional[str]:
    """The entity id ``token`` (a personal pronoun) refers to, or None when unsure."""
    low = token.lower_
    if low in PERSON_PRONOUNS:
        wanted = _PERSON_TYPES
    elif low in GROUP_PRONOUNS:
        wanted = _GROUP_TYPES
    elif low in THING_PRONOUNS:
        wanted = _THING_TYPES
    else:
        return None
    mentions, starts, types = _index(ctx)
    pos = token.idx
    i = bisect.bisect_left(starts, pos)
    best: Optional[str] = None
    # Walk back; prefer the nearest compatible mention, but a subject mention in the same or
    # previous sentence beats an object one further on.
    sent_start = token.sent.start_char if token.doc.has_annotation("SENT_START") else 0
    fallback: Optional[str] = None
    for m in reversed(mentions[:i]):
        if m.end > pos:
            continue
        if pos - m.end > MAX_DISTANCE:
            break
        etype = types.get(m.entity, m.label)
        if etype not in wanted:
            continue
        if low in GROUP_PRONOUNS and etype == "PERSON":
            continue  # "they" after a single person is rarely that person
        head = _mention_is_subject(token.doc, m.start, m.end)
        if head:
            best = m.entity
            break
        if fallback is None:
            fallback = m.entity
            if m.start >= sent_start:
                # same-sentence non-subject is a weaker candidate; keep looking for a subject
                continue
    return best or fallback


def _mention_is_subject(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass") or any(
        t.dep_ in ("nsubj", "nsubjpass") for t in span)
