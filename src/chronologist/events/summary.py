"""A readable one-line summary: "Vietnam launches a full-scale invasion of Democratic Kampuchea".

Actors are named by their canonical entity names when known (so a pronoun subject reads as the
person it stands for), the verb is put in the present tense and agrees with its subject, and
times are left out (the timeline shows the date beside the summary)."""
from __future__ import annotations

from typing import Optional

IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
PLURAL_PRONOUNS = {"they", "we", "you", "i"}
_CLAUSE_DEPS = {"relcl", "acl", "appos", "advcl", "ccomp", "xcomp", "conj", "cc",
                "parataxis", "mark"}


def third_singular(lemma: str) -> str:
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def phrase(tok, skip: set[int], limit: int = 14, keep_conj: bool = True) -> str:
    """The words of ``tok``'s noun phrase without clauses, times or the event's own numbers.

    Whole modifiers are kept or dropped (never half a prepositional phrase), and a modifier cut
    off from the head by a comma is a misattachment, not part of the phrase."""

    def walk(t, top, depth, out):
        if t.i in skip:
            return
        nested_ok = {"conj", "cc"} if (keep_conj or depth > 1) else set()
        if not top and (t.dep_ in _CLAUSE_DEPS - nested_ok):
            return
        if not top and t.dep_ == "punct" and t.text not in ("-", "’s", "'s"):
            return
        if t.tag_ in ("WRB", "WDT", "WP"):
            return
        for c in t.lefts:
            walk(c, False, depth + 1, out)
        out.append(t)
        for c in t.rights:
            walk(c, False, depth + 1, out)

    doc = tok.doc
    keep: list = []
    for c in tok.lefts:
        if any(doc[k].text in (",", ";", "(") for k in range(c.i + 1, tok.i)):
            continue
        walk(c, False, 1, keep)
    keep.append(tok)
    for c in tok.rights:
        part: list = []
        walk(c, False, 1, part)
        if len(keep) + len(part) > limit and len(keep) > 1:
            break
        keep.extend(part)
    keep.sort(key=lambda t: t.i)
    out = []
    for k, t in enumerate(keep):
        out.append(t.text)
        if k + 1 < len(keep):
            nxt = keep[k + 1]
            out.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
            if nxt.text == "," and nxt.i != t.i + 1:
                out.pop()
    return "".join(out).strip(" ,;")


def _plural(tokens, names: list[str]) -> bool:
    if len(tokens) > 1 or len(names) > 1:
        return True
    if not tokens:
        return False
    t = tokens[0]
    return t.lower_ in PLURAL_PRONOUNS or t.tag_ in ("NNS", "NNPS")


def summarise(trigger, *, actor_tokens, actor_names: list, skip: set[int], factuality: str,
              noun=None, passive: bool = False) -> str:
    """One line for the event at ``trigger``."""
    if trigger.pos_ in ("NOUN", "PROPN") and noun is None:  # a dated event noun: "Victory over …"
        text = phrase(trigger, skip)
        return _cap(text)
    if actor_tokens:  # "he and four other people" → "Hun Sen and four other people"
        parts = [n if n else phrase(t, skip, keep_conj=False) for t, n in zip(actor_tokens, actor_names or [None] * len(actor_tokens))]
        subject = " and ".join(p for p in parts if p)
    else:
        subject = ""
    plural = _plural(actor_tokens, [n for n in (actor_names or []) if n])
    lemma = trigger.lemma_.lower()
    prt = " ".join(c.text for c in trigger.children if c.dep_ == "prt")
    objects = []
    for c in trigger.children:
        if c.i in skip:
            continue
        if c.dep_ in ("dobj", "attr", "oprd", "dative", "acomp"):
            objects.append(phrase(c, skip))
        elif c.i < trigger.i:
            continue  # "Despite that fact, they treated us": what comes before the verb is not its object
        elif c.dep_ == "prep" and not objects and c.lower_ not in ("on", "in", "at", "during", "after", "before", "since", "by") \
                or (c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "into", "against", "with", "from") and len(objects) < 2):
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.i not in skip), None)
            if pobj is not None:
                objects.append(f"{c.text} {phrase(pobj, skip, limit=8)}")
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass"):  # "the first conviction came"
        return _cap(f"{phrase(noun, skip)} {_verb(lemma, noun.tag_ == 'NNS', factuality)} {' '.join(o for o in objects if noun.text not in o)}")
    if noun is not None:
        rest = " ".join(o for o in objects if noun.text not in o)
        objects = [phrase(noun, skip | {trigger.i})]
        if rest:
            objects.append(rest)
    tail = " ".join(o for o in objects if o)
    shared = _shared_passive_subject(trigger) if not actor_tokens and not passive else None
    if shared is not None:  # "the missiles would be taken apart and shipped home": the missiles shipped
        return _cap(f"{phrase(shared, skip)} {trigger.text}{(' ' + prt) if prt else ''} {tail}".strip())
    if passive:
        target = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        what = phrase(target, skip) if target is not None else ""
        by = f" by {subject}" if subject and actor_tokens and any(a.head.dep_ == "agent" for a in actor_tokens) else ""
        verb = trigger.text if trigger.tag_ == "VBN" else lemma
        return _cap(f"{what} {verb}{(' ' + prt) if prt else ''}{by} {tail}".replace("  ", " ").strip())
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "the film produced in 2017"
        return _cap(f"{phrase(trigger.head, skip | {trigger.i}, keep_conj=False)} {trigger.text} {tail}".strip())
    verb = _verb(lemma, plural, factuality)
    words = " ".join(w for w in (subject, verb, prt, tail) if w)
    return _cap(words)


def _shared_passive_subject(trigger):
    """The subject a passive participle shares with the passive verb it is joined to."""
    if trigger.dep_ != "conj" or trigger.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    head = trigger.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if not any(c.dep_ == "auxpass" for c in head.children):  # the small model tags "shipped" VBD there
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _verb(lemma: str, plural: bool, factuality: str) -> str:
    if factuality == "planned":
        return f"to {lemma}"
    if factuality == "negated":
        return f"{'do' if plural else 'does'} not {lemma}"
    if factuality in ("hypothetical", "counterfactual"):
        return f"would {lemma}"
    return lemma if plural else third_singular(lemma)


def _cap(s: str) -> str:
    s = " ".join(s.split())
    return s[:1].upper() + s[1:] if s else s
