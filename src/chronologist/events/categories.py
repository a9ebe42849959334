"""Event type: PLOVER (or FOUND/TAKE_POWER/DEATH_TOLL/ELECTION/VERDICT/OTHER), CAMEO root, mode.

The verb (with its particle or fixed object) or event noun is looked up in ``lexicon``; a few
syntactic frames refine it: a light verb takes the type of its event noun ("launched an invasion"),
"become" + a title is a taking of office, "kill"/"die" with a count is a death toll.
"""
from __future__ import annotations

from typing import Optional

from chronologist.events.lexicon import FRAMES, NOUN_TYPES, VERB_TYPES

TITLES = {"minister", "president", "leader", "chairman", "chair", "king", "queen", "head",
          "premier", "governor", "mayor", "chief", "secretary", "chancellor", "emperor", "prince",
          "commander", "general", "speaker", "dictator", "ruler", "monarch", "ceo", "director"}
GOVERNMENT = {"government", "regime", "city", "capital", "town", "state", "cabinet", "dynasty"}
MOTION = {"run", "flee", "escape", "defect"}


def verb_key(tok) -> str:
    """The lexicon key of a verb: lemma plus particle or fixed object ("pull out", "take power")."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prt":
            key = f"{lemma} {c.lower_}"
            if key in VERB_TYPES:
                return key
        if c.dep_ in ("dobj", "pobj") and c.lower_ == "power":
            key = f"{lemma} power"
            if key in VERB_TYPES:
                return key
        if c.dep_ in ("oprd", "acomp") and c.lower_ == "guilty":
            return "find guilty"
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in VERB_TYPES and c.lower_ in ("on", "for", "to"):
            return f"{lemma} {c.lower_}"
    return lemma


def categorise(tok, noun=None, counted: bool = False) -> tuple[str, Optional[str], Optional[str]]:
    """(category, cameo root or None, mode or None) of the event whose trigger is ``tok``.

    ``noun``: the event noun a light verb governs; ``counted``: a number of people is in the
    clause (turns killing or dying into a death toll)."""
    if noun is not None and noun.lemma_.lower() in NOUN_TYPES or noun is not None and noun.lower_ in NOUN_TYPES:
        cat, cameo, mode = NOUN_TYPES.get(noun.lower_) or NOUN_TYPES[noun.lemma_.lower()]
        return _out(cat, cameo, mode)
    if tok.pos_ in ("NOUN", "PROPN"):
        entry = NOUN_TYPES.get(tok.lower_) or NOUN_TYPES.get(tok.lemma_.lower())
        return _out(*entry) if entry else ("OTHER", None, None)
    key = verb_key(tok)
    lemma = tok.lemma_.lower()
    for c in tok.children:  # "exchanged fire", "cut diplomatic ties"
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and lemma == "open"):
            frame = FRAMES.get(f"{lemma} {c.lower_}") or FRAMES.get(f"{lemma} {c.lemma_.lower()}")
            if frame:
                return _out(*frame)
    if lemma == "become":
        attr = next((c for c in tok.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lemma_.lower() in TITLES:
            return "TAKE_POWER", None, None
        return "OTHER", None, None
    if lemma in ("kill", "die", "perish", "injure", "wound"):  # "killed in a suicide bombing": the bombing
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                entry = g is not None and (NOUN_TYPES.get(g.lower_) or NOUN_TYPES.get(g.lemma_.lower()))
                if entry and entry[0] == "ASSAULT":
                    return _out(*entry)
    if lemma in ("kill", "die", "perish", "massacre", "slaughter", "execute") and counted and not _has_agent(tok):
        return "DEATH_TOLL", None, None  # a tally ("3 million people died"), not an attack by someone
    if lemma == "die":
        return "OTHER", None, None
    if lemma == "fall":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.ent_type_ in ("GPE", "ORG") or subj.lemma_.lower() in GOVERNMENT):
            return "OTHER", None, None
    if lemma in MOTION and lemma == "run":
        if not any(c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "into", "through", "across")
                   for c in tok.children):
            return "OTHER", None, None
    if lemma == "leave" and not any(c.dep_ in ("dobj", "prep") for c in tok.children):
        return "OTHER", None, None
    if lemma == "stand" and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
        return "OTHER", None, None  # "stood at USD 2.7 billion"
    if lemma == "find" and any(t.lower_ in ("guilty", "innocent") for t in tok.subtree):
        return "VERDICT", None, None
    if lemma == "hit" and any(c.dep_ == "dobj" and (c.like_num or any(g.like_num for g in c.children))
                              for c in tok.children):
        return "OTHER", None, None  # "hit a record 5 million"
    if lemma == "strike" and any(c.dep_ == "dobj" for c in tok.children):
        return "ASSAULT", "19", "fight"
    entry = VERB_TYPES.get(key) or VERB_TYPES.get(lemma)
    if entry is None:
        return "OTHER", None, None
    return _out(*entry)


def _has_agent(tok) -> bool:
    """An actor who does it: the subject of an active verb, or the by-phrase of a passive."""
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    return tok.lemma_.lower() not in ("die", "perish") and any(c.dep_ == "nsubj" for c in tok.children)


def _out(cat: str, cameo: str, mode: Optional[str]) -> tuple[str, Optional[str], Optional[str]]:
    return cat, (None if cameo == "00" else cameo), mode
