"""How many: numeric claims with value, bound, unit and measure.

A number phrase (``numbers``) becomes a claim unless it is a year, a date, a duration, an ordinal
or part of a name ("125th Division", "S-21").  What it measures comes from the parse (``measure``),
who claims it from quotes and estimating verbs (``claimant``), when from the times in its sentence.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from chronologist.claims.claimant import claimant_of
from chronologist.claims.measure import HUMAN, measure_for, measure_for_amount
from chronologist.claims.numbers import NumberPhrase, number_phrases
from chronologist.extract.context import Context
from chronologist.records import Claim, SpanRef

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
              "years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries",
              "millennium", "millennia", "night", "nights", "morning", "anniversary"}
NAME_LABELS = {"ORG", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "PERSON", "GPE", "LOC"}
_COMPARED = re.compile(r"(?:compared (?:with|to)|than|since|over|from|versus|vs\.?)\s+(?:the\s+)?$", re.I)
_GLUED_BEFORE = re.compile(r"[A-Za-z]-?$")
_GLUED_AFTER = re.compile(r"-?[A-Za-z]")


def _is_year(p: NumberPhrase, text: str) -> bool:
    vals = p.value if isinstance(p.value, tuple) else (p.value,)
    if "," in text[p.start:p.end]:
        return False  # "2,000 people": nobody writes a year with a thousands separator
    return (p.unit is None and not p.has_scale and p.kind in ("plain", "range")
            and all(isinstance(v, int) and 1000 <= v <= 2200 for v in vals))


def _tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _counted_noun(doc, toks, kind: str):
    """The noun the number counts: "over 3 million [people]", "thousands of [advisors]"."""
    if not toks:
        return None
    last = toks[-1]
    if kind == "vague":  # "Thousands of X": X is the object of the trailing "of"
        of = last if last.lower_ == "of" else None
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
        return None
    ids = {t.i for t in toks}
    for t in toks:  # a token of the phrase modifies a noun outside it
        h = t.head
        if h.i not in ids and h.pos_ in ("NOUN", "PROPN") and h.i > last.i and h.i - last.i <= 5 \
                and t.dep_ in ("nummod", "compound", "quantmod", "amod", "conj"):
            return h
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i in ids | {nxt.i}:
        return nxt
    return None


def _when(ctx: Context, sent, pos: int) -> Optional[str]:
    """The date in the claim's sentence nearest to it (None when the sentence gives none)."""
    best = None
    for tx in ctx.timex:
        if tx.start >= sent.start_char and tx.end <= sent.end_char and tx.type in ("DATE", "TIME") and tx.value \
                and not _COMPARED.search(ctx.text, max(sent.start_char, tx.start - 16), tx.start):
            # a dated expression beats a vague one ("the former regime killed ... in 1979")
            d = (not tx.value[:1].isdigit() and not tx.value.startswith("BC"), abs(tx.start - pos))
            if best is None or d < best[0]:
                best = (d, tx)
    return best[1].value if best else None


def _company(doc, toks, p) -> Optional[tuple[int, int]]:
    """"he and four other people" counts the named one too: (N + named, start of the group)."""
    noun = toks[-1].head
    if noun.pos_ != "NOUN" or not any(c.lower_ in ("other", "others") for c in noun.children) \
            or noun.dep_ != "conj" or not isinstance(p.value, int):
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    named = [first] + [c for c in first.children if c.dep_ == "conj" and c.i < noun.i]
    return p.value + len(named), first.left_edge.idx


def find_claims(ctx: Context) -> list[Claim]:
    text = ctx.text
    doc = ctx.doc
    headline = ctx.headline
    if headline is None:
        from chronologist.ingest.furniture import find_headline
        headline = find_headline(text)
    time_spans = sorted((t.start, t.end) for t in ctx.timex)
    time_starts = [s for s, _ in time_spans]
    date_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    skip_time = {t.i for s, e in time_spans for t in _tokens(doc, s, e)}
    claims: list[Claim] = []
    for p in number_phrases(text):
        start, end = p.start, p.end
        if ctx.in_furniture(start, end) or (headline and start < headline[1] and headline[0] < end):
            continue
        i = bisect.bisect_left(time_starts, end)
        if any(s < end and start < e for s, e in time_spans[max(0, i - 3):i + 1]):
            continue  # a time expression ("less than four years", "2017") is not a claim
        if _is_year(p, text):
            continue
        if p.kind != "rank" and (_GLUED_BEFORE.search(text, max(0, start - 2), start)
                                 or _GLUED_AFTER.match(text, end)):
            continue  # glued to letters: "S-21", "125th", "7-January"
        toks = _tokens(doc, start, end)
        if not toks:
            continue
        labels = {lab for s, e, lab in date_ents if s < end and start < e}
        if labels & {"DATE", "TIME", "ORDINAL"} and p.kind != "rank" and not p.has_scale and p.unit is None:
            continue
        if labels & NAME_LABELS and not p.unit and not p.has_scale:
            continue
        prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
        nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        if any(t is not None and t.lower_ in MONTHS for t in (prev, nxt)):
            continue
        noun = None if p.unit else _counted_noun(doc, toks, p.kind)
        if noun is not None and noun.lower_ in TIME_UNITS:
            continue
        group = _company(doc, toks, p) if p.kind == "plain" and p.bound == "eq" else None
        if group is not None:  # "he and four other people": five people
            p.value, start = group
        elif p.kind == "plain" and p.written and not p.has_scale and p.bound == "eq" and p.unit is None:
            continue  # "two countries", "the two sides": counting in passing, not a claim
        if p.kind == "plain" and p.value == 1 and p.unit is None:
            continue
        if noun is not None and noun.i > toks[-1].i:
            right = noun
            for c in noun.children:  # "soldiers and officials", but not "students and 7,000 teachers"
                if c.dep_ == "conj" and c.i > noun.i and not any(g.like_num for g in c.lefts):
                    right = c
            end = right.idx + len(right.text)
        nums = {t.i for t in toks}
        root = next((t for t in reversed(toks) if t.head.i not in nums or t.head.i == t.i), toks[-1])
        anaphoric = False
        if p.kind == "fraction":  # "a fifth of the population": a share, in percent
            of = toks[-1]
            whole = next((c for c in of.children if c.dep_ == "pobj"), None)
            if whole is not None and whole.lower_ in TIME_UNITS:
                continue
            if whole is not None:
                end = whole.idx + len(whole.text)
            measure = f"share of {whole.text}" if whole is not None else None
            unit = "percent"
        elif p.kind == "rank":
            head = toks[-1].head if toks[-1].head.pos_ == "NOUN" else None
            measure = f"rank as {head.text}" if head is not None else None
            unit = "rank"
        elif noun is not None:
            measure = measure_for(noun, nums, skip_time)
            unit = noun.lower_
        else:
            measure, anaphoric, counted = measure_for_amount(root, nums, skip_time)
            unit = p.unit or counted
        if anaphoric:  # "the figure": the measure (and unit) of the claim it refers back to
            share = p.unit == "percent"
            ante = next((c for c in reversed(claims) if c.measure and start - c.end < 600
                         and (c.unit == "percent") == share and c.unit != "rank"), None)
            measure = ante.measure if ante else None
            unit = unit or (ante.unit if ante else None)
        sent = toks[0].sent
        who, who_text = claimant_of(ctx, toks[0])
        claims.append(Claim(
            start=start, end=end, text=text[start:end], value=p.value, bound=p.bound, unit=unit,
            measure=measure, when=_when(ctx, sent, start),
            claimant=who, claimant_text=who_text,
            sentence=SpanRef(sent.start_char, sent.end_char, sent.text)))
    return claims


__all__ = ["find_claims", "HUMAN"]
