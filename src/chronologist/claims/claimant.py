"""Who claims a number: the article's own voice (None), a quoted speaker, or the subject of an
estimating / reporting verb ("Demographers … estimate that …", "X put the figure at …")."""
from __future__ import annotations

from typing import Optional

from chronologist.claims.measure import _subject, noun_phrase
from chronologist.extract.context import Context

CLAIMING = {"estimate", "say", "report", "claim", "put", "publish", "count", "believe", "state",
            "announce", "calculate", "reckon", "record", "find", "suggest", "show", "assert",
            "insist", "allege", "tell", "declare", "note", "cite", "document", "conclude",
            "confirm", "indicate", "add", "argue", "write", "maintain", "acknowledge", "admit"}


def _entity_at(ctx: Context, start: int, end: int) -> Optional[str]:
    for m in ctx.mentions:
        if m.start < end and start < m.end:
            return m.entity
    return None


def _who(ctx: Context, subj) -> tuple[Optional[str], Optional[str]]:
    if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "Demographers who studied …": the demographers
    if subj.pos_ == "PRON":
        try:
            from chronologist.entities.coref import resolve_pronoun
        except ImportError:  # the resolver may not be installed yet: say "unknown", not a guess
            return None, subj.text
        ent = resolve_pronoun(ctx, subj)
        return ent, subj.text
    text = noun_phrase(subj, drop={"relcl", "acl", "appos", "punct", "advmod"})
    span = subj.doc[subj.left_edge.i:subj.right_edge.i + 1]
    return _entity_at(ctx, span.start_char, span.end_char), text


def claimant_of(ctx: Context, token) -> tuple[Optional[str], Optional[str]]:
    """(entity id, text) of whoever the sentence says claims the number at ``token``."""
    pos = token.idx
    quote = next((q for q in ctx.quotes if q.start <= pos < q.end), None)
    # the nearest verb above the number that claims it; inside a quotation only if the verb is too
    t = token
    said_that = False
    while t.head.i != t.i:
        said_that = said_that or t.dep_ == "ccomp"
        if t.dep_ == "relcl" and said_that:
            return _who(ctx, t.head)  # "Demographers who … estimate that N …" (the verb misread as a noun)
        t = t.head
        if t.pos_ == "VERB" and t.lemma_ in CLAIMING:
            if quote is not None and quote.kind == "direct" and not quote.start <= t.idx < quote.end:
                break  # a number inside a quotation is the speaker's, unless a verb inside it says otherwise
            subj = _subject(t)
            if subj is not None:
                return _who(ctx, subj)
    if quote is not None:
        return quote.speaker, quote.source.text if quote.source else None
    for t in token.sent:  # "according to X" anywhere in the sentence
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            obj = next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _who(ctx, obj)
    return None, None
