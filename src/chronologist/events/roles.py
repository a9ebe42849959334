"""Who acted, on whom or with whom, and where: noun phrases of a clause → local entity ids.

A pronoun goes through the coreference resolver (``chronologist.entities.coref``) when it is
installed; otherwise it stays unresolved rather than guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from chronologist.extract.context import Context

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "iobj", "dative", "attr", "oprd")
TARGET_PREPS = {"against", "over", "on", "with", "at", "for", "into", "upon", "to", "of", "toward", "towards"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "throughout", "across", "around", "into",
               "to", "toward", "towards", "from"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Verbs whose object does what the infinitive says ("asked Vietnam to help": Vietnam helps).
OBJECT_CONTROL = {"ask", "urge", "help", "force", "order", "tell", "allow", "persuade", "invite",
                  "encourage", "request", "require", "compel", "enable", "call", "permit", "push",
                  "pressure", "authorize", "authorise", "instruct", "beg", "appeal", "warn", "advise"}
PRONOUNS = {"he", "she", "they", "it", "we", "him", "her", "them", "i", "you", "us"}


@dataclass
class Roles:
    actor_tokens: list = field(default_factory=list)  # head tokens of the actor phrases
    target_tokens: list = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: Optional[str] = None


class MentionIndex:
    """Which local entity a token belongs to, built once per document."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.by_char: dict[int, tuple[str, str]] = {}
        for m in ctx.mentions:
            for k in range(m.start, m.end):
                self.by_char.setdefault(k, (m.entity, m.label))
        self._resolve: Optional[Callable] = None
        try:
            from chronologist.entities.coref import resolve_pronoun
            self._resolve = resolve_pronoun
        except ImportError:  # resolver not installed yet: pronouns stay unresolved
            self._resolve = None

    def of_token(self, tok) -> Optional[tuple[str, str]]:
        return self.by_char.get(tok.idx)

    def entity_of_phrase(self, head) -> Optional[str]:
        """The entity a noun phrase names: its head's mention, else one inside its left part."""
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            if self._resolve is None:
                return None
            try:
                return self._resolve(self.ctx, head)
            except Exception:  # noqa: BLE001 - a resolver failure must not lose the event
                return None
        hit = self.of_token(head)
        if hit:
            return hit[0]
        # "Vietnamese soldiers", "the Pol Pot genocidal regime", "Prime Minister of Vietnam Pham Van Dong"
        for t in head.subtree:
            if t.dep_ in ("relcl", "acl", "appos") or (t.i > head.i and t.dep_ == "prep" and t.lower_ != "of"):
                continue
            hit = self.of_token(t)
            if hit and t.i <= head.i + 6:
                return hit[0]
        return None


def conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(conjuncts(c))
    return out


def _subject_of(verb):
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if subjects:  # two subjects is a misparse; the one nearest the verb is its own
        return max(subjects, key=lambda c: c.i if c.i < verb.i else -c.i)
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def actor_head(verb):
    """The actor of a verb: its subject, the agent of a passive, or the subject it shares with
    the clause it hangs from (conj, xcomp, advcl without their own subject)."""
    subj = _subject_of(verb)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head  # "the regime that ruled the country": the regime ruled
    if subj is not None:
        return subj
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "soldiers withdrawing"
        return verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if verb.dep_ == "xcomp" or head.lemma_ in OBJECT_CONTROL:  # "asked the country to help"
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and head.lemma_ in OBJECT_CONTROL:
                return obj
        return actor_head(head)
    return None


def roles_of(idx: MentionIndex, trigger, clause_ids: set[int], noun=None) -> Roles:
    """Actors, targets and place of the event at ``trigger`` (a verb, or an event noun)."""
    r = Roles()
    doc = trigger.doc
    if trigger.pos_ in ("NOUN", "PROPN") and noun is None:
        for c in trigger.children:
            if c.dep_ == "poss":
                r.actor_tokens.extend(conjuncts(c))
            if c.dep_ == "prep" and c.lower_ in ("over", "against", "of", "with"):
                r.target_tokens.extend(conjuncts(g) for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ == "by":
                r.actor_tokens.extend(g for g in c.children if g.dep_ == "pobj")
        r.target_tokens = [t for x in r.target_tokens for t in (x if isinstance(x, list) else [x])]
    else:
        subj = actor_head(trigger)
        passive = any(c.dep_ == "nsubjpass" for c in trigger.children) or (trigger.dep_ == "acl" and trigger.tag_ == "VBN")
        if subj is not None:
            r.actor_tokens = conjuncts(subj)
        elif not passive:
            r.actor_tokens = _fallback_actors(idx, trigger, clause_ids)
        for c in trigger.children:
            if c.dep_ in OBJ or c.dep_ == "nsubjpass":
                r.target_tokens.extend(conjuncts(c))
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        r.target_tokens.extend(conjuncts(g))
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            r.target_tokens.append(trigger.head)
        if noun is not None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "against", "over", "on", "into"):
                    r.target_tokens.extend(g for g in c.children if g.dep_ == "pobj")
    r.actors = _ids(idx, r.actor_tokens)
    r.targets = [e for e in _ids(idx, r.target_tokens) if e not in r.actors]
    r.place = _place(idx, trigger, clause_ids, doc)
    if r.place in r.targets and trigger.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in trigger.children):
        pass  # "fled to Vietnam": Vietnam is both where and toward whom; keep it in both
    return r


def _fallback_actors(idx: MentionIndex, trigger, clause_ids: set[int]) -> list:
    """No subject in the parse (a misattached appositive): the people, else organisations, named
    before the verb in its own clause."""
    people, groups = [], []
    for i in sorted(clause_ids):
        if i >= trigger.i:
            break
        t = trigger.doc[i]
        hit = idx.of_token(t)
        if not hit or (i > 0 and idx.of_token(trigger.doc[i - 1]) == hit):
            continue
        if any(a.dep_ == "prep" and a.lower_ in PLACE_PREPS for a in [t.head]) and hit[1] in PLACE_LABELS:
            continue
        (people if hit[1] == "PERSON" else groups if hit[1] in ("ORG", "NORP") else []).append(t)
    return people or groups


def _ids(idx: MentionIndex, tokens) -> list[str]:
    out: list[str] = []
    for t in tokens:
        e = idx.entity_of_phrase(t)
        if e and e not in out:
            out.append(e)
    return out


def _place(idx: MentionIndex, trigger, clause_ids: set[int], doc) -> Optional[str]:
    for i in sorted(clause_ids):
        t = doc[i]
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
            hit = idx.of_token(t)
            if hit is None:
                for g in t.subtree:
                    hit = idx.of_token(g)
                    if hit:
                        break
            if hit and hit[1] in PLACE_LABELS:
                return hit[0]
    return None
