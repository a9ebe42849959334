"""Roles: the title phrase before a name, an appositive, "as Chairman", "became Prime Minister".

A role keeps the time the text gives it: the nearest date in the same sentence.
"""
from __future__ import annotations

import bisect
from typing import Optional

from chronologist.entities.groups import demonym_country
from chronologist.entities.names import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, expand_abbreviation
from chronologist.extract.context import Context
from chronologist.records import Role

_ROLE_VERBS = {"become", "serve", "appoint", "elect", "name", "make", "remain", "install",
               "proclaim", "swear", "nominate"}
_SKIP_WORDS = {"then", "former", "a", "an", "the", "now", "later", "also", "once"}


def _is_head(tok) -> bool:
    return tok.lower_.rstrip(".") in TITLE_HEADS


def _titleish(tok) -> bool:
    low = tok.lower_.rstrip(".")
    return (low in TITLE_HEADS or low in TITLE_MODIFIERS) and (tok.text[0].isupper() or low == "former")


def title_before(ctx: Context, start_char: int) -> Optional[tuple[int, int]]:
    """Char span of the title phrase right before a name ("President of the Cambodian National
    Assembly" before "Heng Samrin"), honorifics excluded, or None."""
    doc = ctx.doc
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        i -= 1  # "Mr." sits between a title and a name only in odd prose; skip it anyway
    first = last = None
    j = i
    while j >= 0:
        tok = doc[j]
        if tok.is_space or tok.is_punct and tok.text not in ("-", "'s", "’s"):
            break
        if _titleish(tok) or tok.ent_type_ in ("ORG", "GPE", "NORP") and tok.text[0].isupper():
            pass
        elif tok.lower_ in ("of", "the", "for", "'s", "’s", "and") and last is not None:
            pass
        elif tok.text[0].isupper() and tok.pos_ == "PROPN" and last is not None and j > 0 and \
                doc[j - 1].lower_ in ("of", "the"):
            pass  # a name inside the title: "Minister of Foreign Affairs"
        else:
            break
        if last is None:
            last = j
        first = j
        j -= 1
    if first is None:
        return None
    toks = doc[first:last + 1]
    # trim leading function words; the phrase must hold a title head
    k = 0
    while k < len(toks) and toks[k].lower_ in ("of", "the", "for", "and"):
        k += 1
    toks = toks[k:]
    if not any(_is_head(t) for t in toks):
        return None
    return toks.start_char, toks.end_char


def normalise_title(text: str) -> str:
    """"Cambodian Prime Minister" -> "Prime Minister of Cambodia"; "Sen." -> "Senator"."""
    from chronologist.entities.geo import index

    words = [expand_abbreviation(w) for w in text.split()]
    if len(words) > 1 and words[0][0].isupper() and words[1].lower().rstrip(".") in TITLE_HEADS | TITLE_MODIFIERS:
        cc = demonym_country(words[0])
        if cc and not any(w.lower() == "of" for w in words):
            country = index()["country_display"].get(cc)
            if country:
                return " ".join(words[1:]) + " of " + country
    return " ".join(words)


def _timex_starts(ctx: Context):
    cache = getattr(ctx, "_role_timex", None)
    if cache is None:
        dated = sorted((t for t in ctx.timex if t.value and t.type == "DATE"), key=lambda t: t.start)
        cache = (dated, [t.start for t in dated])
        ctx._role_timex = cache  # type: ignore[attr-defined]
    return cache


def date_near(ctx: Context, sent_start: int, sent_end: int, pos: int) -> Optional[str]:
    dated, starts = _timex_starts(ctx)
    lo, hi = bisect.bisect_left(starts, sent_start), bisect.bisect_left(starts, sent_end)
    best = None
    for t in dated[lo:hi]:
        if t.value and t.value[:1].isdigit() and (best is None or abs(t.start - pos) < abs(best.start - pos)):
            best = t
    return best.value if best else None


def roles_for(ctx: Context, start: int, end: int) -> list[Role]:
    """Every role the text gives the person named at [start, end)."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    roles: list[Role] = []
    before = title_before(ctx, start)
    if before:
        roles.append(Role(normalise_title(ctx.text[before[0]:before[1]]),
                          date_near(ctx, sent.start_char, sent.end_char, start), *before))
    root = span.root
    for tok in list(root.children) + ([root.head] if root.dep_ in ("nsubj", "nsubjpass") else []):
        phrase = None
        if tok.dep_ == "appos" and tok.i > root.i and _is_head(tok):
            phrase = _phrase(tok)
        elif tok.dep_ == "prep" and tok.lower_ == "as" and tok.i > span.end - 1:
            objs = [c for c in tok.children if c.dep_ == "pobj" and _is_head(c)]
            phrase = _phrase(objs[0]) if objs else None
            if phrase and " of " not in ctx.text[phrase[0]:phrase[1]]:
                phrase = _with_org(ctx, sent, phrase)
        elif tok is root.head and tok.lemma_ in _ROLE_VERBS:
            attrs = [c for c in tok.children if c.dep_ in ("attr", "oprd", "dobj", "xcomp") and _is_head(c)]
            phrase = _phrase(attrs[0]) if attrs else None
        if phrase:
            title = phrase if isinstance(phrase, str) else ctx.text[phrase[0]:phrase[1]]
            s0, e0 = (None, None) if isinstance(phrase, str) else phrase
            roles.append(Role(normalise_title(title),
                              date_near(ctx, sent.start_char, sent.end_char, s0 or start), s0, e0))
    return roles


def _phrase(tok) -> Optional[tuple[int, int]]:
    """The noun phrase headed by ``tok`` without leading "then a", relative clauses or dates."""
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct") and t.ent_type_ != "DATE"]
    keep = []
    for t in toks:
        if t.i < tok.i or t.i == tok.i or (keep and t.i == keep[-1].i + 1):
            keep.append(t)
        else:
            break
    while keep and keep[0].lower_ in _SKIP_WORDS | {"'s", "’s"}:
        keep = keep[1:]
    while keep and keep[-1].lower_ in ("in", "of", "the", "and", ",", "on", "at"):
        keep = keep[:-1]
    if not keep or len(keep) > 14:
        return None
    return keep[0].idx, keep[-1].idx + len(keep[-1].text)


def _with_org(ctx: Context, sent, phrase: tuple[int, int]):
    """"… the Central Committee of the Front was established … with X as Chairman": the body the
    clause is about is what X chairs."""
    for ent in sent.ents:
        if ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass", "pobj") and ent.start_char < phrase[0]:
            name = ent.text
            if not name.lower().startswith("the "):
                name = "the " + name
            return ctx.text[phrase[0]:phrase[1]] + " of " + name
    return phrase
