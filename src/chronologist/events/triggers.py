"""Which words state an event: clause-heading verbs, light verbs with an event noun ("launched an
invasion", "the conviction came"), dated event nouns ("the victory on January 7, 1979"), and
dated existentials ("in June 1979 there were 320,000 students").  Copulas, cognition and
perception verbs are not events themselves; their complements are."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from chronologist.events.lexicon import FRAMES, LIGHT_VERBS, NOT_EVENTS, NOUN_TYPES, VERB_TYPES

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj",
               "parataxis", "dep", "advmod"}
ASPECTUAL = {"start", "begin", "continue", "keep", "try", "attempt", "manage", "fail", "cease",
             "stop", "want", "decide", "plan", "intend", "aim", "need", "hope", "seem", "come",
             "use", "able", "help_to"}
PERCEPTION = {"witness", "see", "watch", "observe", "hear", "film", "photograph", "notice"}
NOMINAL_SUBJECT_LIGHT = {"come", "take", "occur", "happen", "begin", "start", "end", "follow", "break"}


@dataclass
class Trigger:
    token: object  # the word the event hangs on (verb, or event noun)
    noun: Optional[object] = None  # event noun governed by a light verb
    kind: str = "verb"  # verb | light | nominal | existential | copular


def _event_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in NOUN_TYPES or tok.lemma_.lower() in NOUN_TYPES)


def _dated(tok, dated_heads: set[int]) -> bool:
    """Does a time expression hang directly off ``tok`` ("victory on January 7, 1979")?"""
    for c in tok.children:
        if c.i in dated_heads:
            return True
        if c.dep_ == "prep" and any(g.i in dated_heads for g in c.children):
            return True
    return False


def find_triggers(sent, dated_heads: set[int], skip_before: int = -1) -> list[Trigger]:
    """Event triggers of one sentence, in text order.  ``dated_heads``: tokens that head a time
    expression; ``skip_before``: a char offset before which the sentence is a headline."""
    out: list[Trigger] = []
    taken_nouns: set[int] = set()
    for tok in sent:
        if tok.idx < skip_before:
            continue
        if not tok.is_alpha or len(tok.text) < 3 or (tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_):
            continue  # "re-erect", "under-trained": pieces of a hyphenated word
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            if tok.dep_ not in CLAUSE_DEPS or tok.dep_ == "advmod":
                continue
            perceived = (tok.dep_ == "acl" and tok.head.dep_ == "dobj"
                         and tok.head.head.lemma_.lower() in PERCEPTION)  # "witnessed the soldiers withdrawing"
            if tok.dep_ in ("relcl", "acl") and not perceived and not _dated(tok, dated_heads):
                continue  # "the regime headed by Pol Pot", "people who died": descriptions, unless dated
            noun = _light_noun(tok) if lemma in LIGHT_VERBS else None
            if noun is not None:
                taken_nouns.add(noun.i)
                out.append(Trigger(tok, noun, "light"))
                continue
            if lemma == "be":
                if any(c.dep_ == "expl" for c in tok.children) and _dated(tok, dated_heads):
                    attr = next((c for c in tok.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"), None)
                    if attr is not None:
                        out.append(Trigger(tok, None, "existential"))
                continue
            if lemma == "become":
                if any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
                    out.append(Trigger(tok, None, "copular"))
                continue
            framed = any(c.dep_ == "dobj" and (f"{lemma} {c.lower_}" in FRAMES or f"{lemma} {c.lemma_.lower()}" in FRAMES)
                         for c in tok.children)  # "recalled its ambassador" is an act, "recalled that" is not
            if lemma in NOT_EVENTS and not framed and not (lemma == "stand" and _has_prep(tok, "at")):
                continue
            if lemma in ASPECTUAL and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # "started to rebuild": the event is the rebuilding
            if lemma in NOMINAL_SUBJECT_LIGHT:
                subj = next((c for c in tok.children if c.dep_ == "nsubj" and _event_noun(c)), None)
                if subj is not None:
                    taken_nouns.add(subj.i)
                    out.append(Trigger(tok, subj, "light"))
                    continue
            if tok.dep_ == "advcl" and lemma == "compare":
                continue
            out.append(Trigger(tok, None, "verb"))
    for tok in sent:
        if tok.idx < skip_before or tok.i in taken_nouns:
            continue
        if _event_noun(tok) and _dated(tok, dated_heads):
            out.append(Trigger(tok, None, "nominal"))
    out.sort(key=lambda t: t.token.i)
    return out


def _has_prep(tok, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def _light_noun(tok):
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") and _event_noun(c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "on", "for"):
            g = next((g for g in c.children if g.dep_ == "pobj" and _event_noun(g)), None)
            if g is not None and (tok.lemma_.lower(), c.lower_) in {("take", "part"), ("engage", "in"), ("go", "on"),
                                                                    ("take", "in")}:
                return g
    return None
