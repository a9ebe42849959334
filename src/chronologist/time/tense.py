"""Which way a time expression points, read off the verb of its clause: past, done (a past verb that
dates the expression itself), present, scheduled (the news present of an action), future.

"Friday" in "they met Friday" is the last one, in "they meet Friday" the next; "in February" after
"KKR bought RJR" lies behind the time of writing, after "agreed to purchase" it may lie ahead.
"""
from __future__ import annotations

import re
from typing import Optional

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_FUTURE_VERBS = {"expect", "plan", "schedule", "due",
                 "postpone", "delay", "slate"}
# The news present of these reports what was said ("says Monday"); of other verbs, what is scheduled.
_REPORTING = {"say", "tell", "announce", "report", "claim", "state", "add", "insist", "deny", "confirm",
              "warn", "urge", "predict", "estimate", "acknowledge", "admit", "argue", "contend", "note",
              "describe", "call", "show", "indicate", "suggest", "believe", "think", "know", "want", "need",
              "seem", "appear", "remain", "continue", "face", "hold", "own", "mean", "expect"}
# Verbs whose past looks like their present: the tagger's "present" for them is often a past.
_PAST_AS_PRESENT = {"hurt", "cut", "put", "set", "hit", "cost", "let", "quit", "spread", "shut", "split",
                    "bid", "cast", "burst", "read", "shed", "upset", "thrust", "beat"}
_ENDPOINT = {"through", "until", "till", "to", "by", "into"}  # "extended loans through January"
PAST = ("past", "done")  # "done": a past verb that governs the time expression itself
_MODALS = {"would", "might", "could", "may", "can", "should", "must", "ought"}


_SOON = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+$")


def of_clause(doc, start: int, end: int, text: Optional[str] = None) -> tuple[str, bool]:
    """(direction, aside?) of the clause a time expression sits in: direction is 'past', 'done',
    'present', 'scheduled', 'future' or ''; aside is true for a flashback or a plan, which date
    something without moving the story's current date."""
    if doc is None:
        return "", False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "", False
    before = text[max(0, start - 16):start] if text is not None else span.doc[max(0, span.start - 4):span.start].text
    if _SOON.search(before):
        return "future", False  # "as soon as Tuesday"
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return "", False
    t, flashback = _verb_tense(tok)
    if t == "future" and tok.lemma_ in _FUTURE_VERBS and tok.tag_ == "VBD" and span.root.i < tok.i:
        t = "past"  # "On Friday, the government planned to pay": the day the plan was made
    head = span.root.head
    direct = head.i == tok.i or head.pos_ == "ADP" and head.head.i == tok.i
    if t == "scheduled" and not direct:
        t = "present"  # "follows Tuesday's declaration": the day dates the noun, not the verb
    if t == "past" and direct and tok.tag_ in ("VBD", "VBN") and head.lower_ not in _ENDPOINT:
        t = "done"  # "KKR bought RJR in February": the verb dates a thing that has happened
    # a planned or hypothetical date ("a campaign planned for 1976", "would be exposed in 1976")
    # is not where the story is: like a flashback it must not move the narrative's current date
    irrealis = t == "future" and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children)
    return t, flashback or irrealis


def _verb_tense(tok, depth: int = 0) -> tuple[str, bool]:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        return "future", False
    if lowers & _MODALS and not lowers & {"have", "'ve"}:
        # "would be ready to leave Tuesday", "would be traveling Thursday": ahead of the time of
        # writing ("would have left" looks back)
        return "future", False
    if tok.lemma_ in _FUTURE_VERBS:
        return "future", False  # "planned a demonstration on Saturday"
    if tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.lemma_ in ("be", "set", "poise") \
            and any(c.lower_ == "to" for c in tok.children):
        return "future", False  # "is to resume trading Tuesday", "set to resume Monday"
    if tok.tag_ == "VBN" and tok.lemma_ == "set" and any(c.lower_ == "for" for c in tok.children):
        return "future", False  # "a summit set for April"
    if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "advcl"):
        return "past", False  # "the decision, announced Wednesday, ...": a done thing, whatever follows
    if "had" in lowers and tok.tag_ == "VBN":
        # a past perfect in a relative clause ("which had been attacked in April 1961") is a
        # flashback: it dates something before the story's present and must not move it
        return "past", tok.dep_ in ("relcl", "acl")
    if lowers & {"has", "have", "'ve", "'s"} and tok.tag_ == "VBN":
        return "past", False
    if lowers & {"was", "were", "did"} or tok.tag_ == "VBD":
        return "past", False
    if lowers & {"is", "are", "am", "'re", "does", "do"} or tok.tag_ in ("VBZ", "VBP"):
        if not auxes and tok.lemma_ not in _REPORTING and tok.lemma_ not in ("be", "have") \
                and tok.lower_ not in _PAST_AS_PRESENT:
            return "scheduled", False  # news present of an action with its day: "they meet Monday"
        return "present", False
    if tok.tag_ in ("VB", "VBG", "VBN") and depth < 2 and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        t, _ = _verb_tense(tok.head, depth + 1)
        if tok.head.lemma_ in _FUTURE_VERBS:
            return "future", False
        return t, False
    return "", False
