"""What a number measures, as a phrase built from the parse around it.

"killed over 3 million people" → "people killed by the Khmer Rouge government";
"there were 7,000 teachers in Cambodia" → "teachers in Cambodia";
"the trade turnover stood at USD 2.7 billion" → "trade turnover";
"up by 18.7%" → "increase in the trade turnover".  None when the syntax does not say.
"""
from __future__ import annotations

from typing import Optional

# Nouns that only point back at a measure named earlier ("put the figure at 1.7 million").
ANAPHORIC = {"figure", "count", "number", "toll", "total", "estimate", "tally", "sum", "amount",
             "death toll", "numbers", "figures", "estimates"}
# Verbs that link a quantity to what it quantifies ("X stood at N", "X reached N").
LINKING = {"be", "stand", "reach", "total", "amount", "hit", "top", "exceed", "surpass", "number",
           "range", "remain", "put", "estimate", "reckon", "count", "approach", "near", "come"}
CHANGE = {"increase": "increase", "rise": "increase", "grow": "growth", "up": "increase",
          "climb": "increase", "jump": "increase", "gain": "increase", "surge": "increase",
          "fall": "decrease", "drop": "decrease", "decline": "decrease", "down": "decrease",
          "decrease": "decrease", "shrink": "decrease", "slide": "decrease"}
COST = {"cost": "cost", "spend": "spending", "pay": "payment", "invest": "investment",
        "earn": "earnings", "lose": "loss", "raise": "funds raised", "owe": "debt"}
HUMAN = {"people", "persons", "person", "civilians", "men", "women", "children", "soldiers",
         "troops", "refugees", "students", "teachers", "victims", "workers", "residents",
         "advisors", "advisers", "officials", "prisoners", "members", "voters", "fighters"}
_DROP_DEPS = {"det", "relcl", "acl", "appos", "quantmod", "cc", "advmod", "predet"}


def noun_phrase(tok, drop=_DROP_DEPS, skip=None) -> str:
    """The words of ``tok``'s phrase, leaving out determiners, numbers and clauses."""
    keep: list = []

    def walk(t, top):
        if skip is not None and t.i in skip:
            return
        if not top and t.dep_ in drop:
            return
        for c in t.lefts:
            walk(c, False)
        keep.append(t)
        for c in t.rights:
            walk(c, False)

    walk(tok, True)
    return _join(sorted(keep, key=lambda t: t.i))


def _join(tokens) -> str:
    """Tokens in their original spacing ("two-way"), with a single space where words were left out."""
    out = []
    for k, t in enumerate(tokens):
        out.append(t.text)
        if k + 1 < len(tokens):
            out.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    words = "".join(out).strip()
    return words.rstrip(",;-– ").strip()


def _modified(noun, skip) -> str:
    """The counted noun with its adjectives and compounds ("dislocated Cambodian people")."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i not in skip]
    start = min([noun.i] + [m.left_edge.i for m in mods])
    return _join([t for t in noun.doc[start:noun.i + 1]
                  if t.i not in skip and t.dep_ not in ("det", "nummod", "quantmod", "poss", "case")])


def _preps(head, skip, exclude=None) -> str:
    parts = []
    for c in head.rights:
        if c.dep_ in ("prep", "agent") and c.i not in skip and (exclude is None or c.i != exclude.i) \
                and not any(t.i in skip for t in c.subtree):
            parts.append(noun_phrase(c, drop={"relcl", "acl", "appos", "punct"}))
    return " ".join(parts)


def _subject(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if subjects:  # two subjects is a misparse; the one nearest the verb is its own
        return max(subjects, key=lambda c: c.i if c.i < verb.i else -c.i)
    # A participle or infinitive without a subject shares its governing clause's subject.
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        return _subject(verb.head)
    return None


def _participle(verb) -> str:
    return verb.text if verb.tag_ in ("VBN", "VBD") else verb.lemma_ + ("d" if verb.lemma_.endswith("e") else "ed")


def measure_for(noun, num_tokens: set[int], skip_time: set[int]) -> Optional[str]:
    """The measure when the number counts ``noun`` (a token), e.g. people killed by X."""
    skip = num_tokens | skip_time
    phrase = _modified(noun, skip)
    head = noun.head
    dep = noun.dep_
    if dep == "conj":  # "320,000 students and 7,000 teachers in Cambodia": share the first's frame
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        dep, head = first.dep_, first.head
    own = _preps(noun, skip)
    if head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_
        if dep == "dobj" and lemma not in LINKING:
            subj = _subject(head)
            agent = f" by {noun_phrase(subj)}" if subj is not None and subj.pos_ != "PRON" else ""
            return f"{phrase} {_participle(head)}{agent}".strip()
        if dep == "nsubjpass":
            return f"{phrase} {_participle(head)} {_preps(head, skip)}".strip()
        if dep == "nsubj" and lemma not in LINKING:
            who = "who" if noun.lower_ in HUMAN else "that"
            return f"{phrase} {who} {head.text} {_preps(head, skip)}".strip()
        if dep in ("attr", "nsubj", "dobj"):  # "there were N students in Cambodia"
            return f"{phrase} {own or _preps(head, skip)}".strip()
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lower_ == "with":
            return f"{phrase} in {noun_phrase(obj)}"
        if head.lower_ in ("of", "with"):
            return f"{phrase} {own}".strip()
    return f"{phrase} {own}".strip() or None


def measure_for_amount(root, num_tokens: set[int], skip_time: set[int]) -> tuple[Optional[str], bool, Optional[str]]:
    """The measure of a quantity without a counted noun (money, percent, "about 1.7 million").

    Returns (measure, anaphoric, counted): anaphoric when the text names it only as "the figure"
    and the caller should take the measure of the claim the figure refers back to; counted is the
    noun the measure counts when the syntax names one ("people who died …")."""
    m, ana, counted = _amount(root, num_tokens | skip_time)
    return m, ana, counted


def _amount(root, skip):
    # "30-40% year on year": the percent sign hangs off "year"; the frame is that noun's
    while root.dep_ in ("compound", "nummod", "amod") and root.head.pos_ == "NOUN" and root.head.i != root.i:
        root = root.head
    head = root.head
    change = None
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.head.pos_ in ("NOUN",) and head.lower_ == "of":  # "a count of about 3.3 million"
            noun = head.head
            if noun.lemma_ in ANAPHORIC:
                return noun.lemma_, True, None
            return noun_phrase(noun, skip=skip | {head.i}), False, None
        head = head.head
    if head.lower_ in CHANGE and head.pos_ in ("ADV", "ADP", "ADJ"):
        change = CHANGE[head.lower_]
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None, False, None
    verb = head
    if verb.lemma_ in CHANGE:
        change = change or CHANGE[verb.lemma_]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in skip), None)
    if obj is not None and obj.lemma_ in ANAPHORIC:
        return obj.lemma_, True, None
    subj = _subject(verb)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        noun = verb.head
        return (f"{_modified(noun, skip)} who {verb.text} {_preps(verb, skip, exclude=root.head)}".strip(),
                False, noun.lower_)
    if subj is None or subj.pos_ == "PRON":
        return None, False, None
    if subj.lemma_ in ANAPHORIC:
        return subj.lemma_, True, None
    what = noun_phrase(subj)
    if what.lower().startswith("the "):
        what = what[4:]
    if change:
        return f"{change} in {what}", False, None
    if verb.lemma_ in COST:
        return f"{COST[verb.lemma_]} of {what}", False, None
    if verb.lemma_ in LINKING or root.dep_ in ("dobj", "pobj", "attr"):
        return what, False, None
    return None, False, None
