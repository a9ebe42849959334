"""When: TIMEX3 tagging, normalisation and the document's own date.

recognize (patterns over the text) → filters (the parse rejects non-times) → tense (which way each
one points) → docdate (when was this written) → genre (news or narrative) → anchor (values, in
document order, with the narrative's current date carried along) → ranges (the two ends of a stated
range complete each other).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from chronologist.extract.context import Context
from chronologist.records import DocDate, Genre, Timex
from chronologist.time import anchor, docdate, filters, recognize, tense
from chronologist.time.genre import choose_genre
from chronologist.time.normalize import fmt, from_date, interval, parse, shift
from chronologist.time.patterns_rel import NARRATIVE_ONLY
from chronologist.time.ranges import complete_ranges
from chronologist.time.retrospect import Retrospect

_YEARS = {"Y": 1, "E": 10, "C": 100}  # years in one unit, for telling a leap of decades


@dataclass
class TimeResult:
    published: DocDate
    genre: Genre
    timex: list[Timex] = field(default_factory=list)
    genre_basis: str = ""  # why this genre: "given" or "auto: narrative (median year …)"


def _sentence_index(doc, n: int):
    if doc is None or not doc.has_annotation("SENT_START"):
        return lambda pos: (0, n)
    starts = [s.start_char for s in doc.sents]
    ends = [s.end_char for s in doc.sents]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        return starts[i], ends[i]
    return sentence_of


def _day_point(value):
    p = parse(value) if value else None
    return p if p is not None and p.gran == "D" and p.year >= 1 else None


def _week_of(value):
    """'the week of March 6': that day's ISO week."""
    p = _day_point(value)
    return fmt(from_date(p.date(), "W")) if p else value


def _next_day(value, step: int):
    """'the day before last Tuesday': the day next to a day; anything coarser has no such day."""
    p = _day_point(value)
    moved = shift(p, "D", step) if p else None
    return fmt(moved) if moved else None


def tag_time(ctx: Context) -> TimeResult:
    text, doc = ctx.text, ctx.doc
    cands = [c for c in recognize.find(text)
             if not ctx.in_furniture(c.start, c.end) and filters.keep(doc, text, c)]
    tenses = [tense.of_clause(doc, c.start, c.end, text) for c in cands]
    sentence_of = _sentence_index(doc, len(text))
    published = docdate.document_date(text, ctx.date_hint, ctx.document.date, cands,
                                      [t for t, _ in tenses], sentence_of)
    pub_point = parse(published.value)
    genre, why = choose_genre(ctx.genre_hint, cands, pub_point.year if pub_point else None)
    narrative = genre == "narrative"
    if not narrative:
        kept = [i for i, c in enumerate(cands) if c.rule not in NARRATIVE_ONLY and "name" not in c.flags]
        cands, tenses = [cands[i] for i in kept], [tenses[i] for i in kept]
    dct_label = (f"document date {published.value}" if published.value else "unknown document date")
    dct = anchor.Ref(pub_point, dct_label)
    last = anchor.Ref(None, "")
    story = Retrospect(pub_point)
    out: list[Timex] = []
    for c, (tense_, flashback) in zip(cands, tenses):
        speech = last if narrative and last.point is not None else dct
        back = None if narrative else story.looks_back(c.spec, last.point)
        told = anchor.Ref(back, f"looking back: {fmt(back)}") if back is not None and back is not last.point else last
        value, label = anchor.resolve(c.spec, speech, told, dct, tense_, narrative or back is not None)
        if "week of" in c.flags:
            value = _week_of(value)
        elif c.flags & {"day before", "day after"}:
            value = _next_day(value, -1 if "day before" in c.flags else 1)
        typ = c.spec.type
        if typ == "DATE" and value and re.match(r"^[\dX]{4}-[\dWX-]+T", value):
            typ = "TIME"
        lo, hi = interval(value) if typ in ("DATE", "TIME") else (None, None)
        out.append(Timex(start=c.start, end=c.end, text=text[c.start:c.end], type=typ, value=value,
                         mod=c.spec.mod, anchor=label if c.spec.kind != "abs" else None,
                         earliest=lo, latest=hi))
        p = parse(value) if typ in ("DATE", "TIME") else None
        story.see(c.spec, p, c.start, c.end)
        # comparisons ("a year earlier", "two weeks ago") look back without moving the story on
        backward = c.spec.kind == "ago" or (c.spec.kind == "anaphor" and c.spec.n < 0)
        # "he learned only thirty years afterwards": a leap of decades is an aside, not the story moving on
        aside = c.spec.rel == "shift" and c.spec.unit in ("Y", "E", "C") and abs(c.spec.n) * _YEARS[c.spec.unit] >= 10
        if p is not None and p.gran not in ("C", "E") and not flashback and not backward and not aside:
            last = anchor.Ref(p, f"narrative: {value} at {c.start}" if narrative else f"last date {value} at {c.start}")
    return TimeResult(published, genre, complete_ranges(text, out, doc), why)
