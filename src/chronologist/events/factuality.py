"""Whether the text asserts an event, denies it, imagines it, plans it or reports someone saying it.

"If Vietnamese volunteer troops had withdrawn" → counterfactual; "would withdraw … according to the
initial plan" → planned; an event inside a quotation or under "said" → reported (by the speaker).
"""
from __future__ import annotations

from typing import Optional

REPORTING = {"say", "state", "affirm", "announce", "claim", "report", "recall", "tell", "add",
             "declare", "note", "insist", "assert", "allege", "write", "explain", "confirm",
             "reveal", "argue", "maintain", "stress", "emphasize", "emphasise", "remark",
             "acknowledge", "admit", "testify", "recount", "describe", "warn", "predict"}
INTENT = {"decide", "plan", "intend", "aim", "want", "hope", "wish", "seek", "prepare", "agree",
          "promise", "vow", "pledge", "threaten", "ask", "urge", "call", "expect", "propose",
          "resolve", "offer", "need", "try", "attempt", "order", "request", "demand", "would"}
CONDITIONAL = {"if", "unless", "whether"}
MODAL_HYPOTHETICAL = {"could", "might", "may", "can"}
MODAL_PLANNED = {"will", "shall", "'ll", "would", "going"}


def _has(tok, deps, words=None) -> bool:
    return any(c.dep_ in deps and (words is None or c.lower_ in words) for c in tok.children)


def _conditional_clause(tok) -> Optional[object]:
    """The if-clause attached to ``tok``'s clause, if any."""
    for c in tok.children:
        if c.dep_ == "advcl" and _has(c, ("mark",), CONDITIONAL):
            return c
    return None


def _past_perfect(tok) -> bool:
    return tok.tag_ == "VBN" and _has(tok, ("aux",), {"had", "'d"})


def factuality_of(tok) -> str:
    """asserted | negated | hypothetical | counterfactual | planned (before any reporting)."""
    clause = tok
    if _has(clause, ("neg",)) or any(c.dep_ in ("nsubj", "dobj", "attr", "nsubjpass") and
                                     any(g.lower_ == "no" and g.dep_ == "det" for g in c.children)
                                     for c in clause.children):
        return "negated"
    # in an if-clause
    if tok.dep_ == "advcl" and _has(tok, ("mark",), CONDITIONAL):
        return "counterfactual" if _past_perfect(tok) else "hypothetical"
    if tok.dep_ == "conj" and tok.head.dep_ == "advcl" and _has(tok.head, ("mark",), CONDITIONAL):
        return "counterfactual" if _past_perfect(tok) or _past_perfect(tok.head) else "hypothetical"
    # the consequence of an if-clause, or "would have done"
    cond = _conditional_clause(tok)
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if cond is not None:
        return "counterfactual" if _past_perfect(cond) or ("would" in auxes and "have" in auxes) else "hypothetical"
    if "would" in auxes and "have" in auxes:
        return "counterfactual"
    if auxes & MODAL_HYPOTHETICAL:
        return "hypothetical"
    if auxes & MODAL_PLANNED:
        return "planned"
    # "decided to run", "did want to withdraw", "to save the Cambodian people" (purpose)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT:
        return "planned"
    if tok.dep_ == "advcl" and _has(tok, ("aux",), {"to"}) and tok.tag_ == "VB":
        return "planned"
    if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ == "VERB" and tok.head.i != tok.i and tok.dep_ == "conj":
        return factuality_of(tok.head) if tok.head.dep_ in ("advcl", "xcomp") else "asserted"
    return "asserted"


def reporter_of(tok):
    """The subject token of the reporting verb ``tok`` hangs under ("X said that …"), or None."""
    t = tok
    hops = 0
    while t.head.i != t.i and hops < 4:
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING:
            return next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        t = t.head
        hops += 1
    return None
