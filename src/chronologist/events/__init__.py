"""What happened: events with actors, place, date, category and factuality.

Per sentence: find triggers (``triggers``), carve each one's own clause out of the parse, then
date it (``dating``), type it (``categories``), fill its roles (``roles``), judge whether the text
asserts it (``factuality``) and write a one-line summary (``summary``).  Headlines, markdown
headings and page furniture state no events.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from chronologist.claims.measure import HUMAN
from chronologist.events import dating
from chronologist.events.categories import categorise
from chronologist.events.factuality import factuality_of, reporter_of
from chronologist.events.roles import MentionIndex, PRONOUNS, roles_of
from chronologist.events.summary import summarise
from chronologist.events.triggers import Trigger, find_triggers
from chronologist.extract.context import Context
from chronologist.records import Event, EventDate, SpanRef

_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t].*$", re.M)
_VAGUE = {"thousands", "millions", "hundreds", "dozens", "tens"}


def _headline(ctx: Context) -> Optional[tuple[int, int]]:
    if ctx.headline is not None:
        return ctx.headline
    from chronologist.ingest.furniture import find_headline
    return find_headline(ctx.text)


def _timex_heads(ctx: Context) -> dict[int, object]:
    """Token index of the word heading each dated time expression → the Timex."""
    heads: dict[int, object] = {}
    for tx in ctx.timex:
        if not dating.is_date(tx):
            continue
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        heads[span.root.i] = tx
    return heads


def _clauses(triggers: list[Trigger]) -> dict[int, set[int]]:
    """Each trigger's own tokens: its subtree minus the subtrees of triggers nested in it."""
    subtree = {t.token.i: {x.i for x in t.token.subtree} for t in triggers}
    out: dict[int, set[int]] = {}
    for t in triggers:
        own = set(subtree[t.token.i])
        for u in triggers:
            if u.token.i != t.token.i and u.token.i in own and (t.noun is None or u.token.i != t.noun.i):
                own -= subtree[u.token.i]
        if t.noun is not None:
            noun_tree = {x.i for x in t.noun.subtree}
            nested = {i for u in triggers if u.token.i != t.token.i and u.token.i in noun_tree
                      for i in subtree[u.token.i]}
            own |= noun_tree - nested
        out[t.token.i] = own
    return out


def _own_time(tok_i: int, clause: set[int], heads: dict[int, object]):
    found = [(abs(i - tok_i), heads[i]) for i in clause if i in heads]
    return min(found, key=lambda x: x[0])[1] if found else None


def _date(trig: Trigger, clauses, heads, sent, by_token, doc, timex_sorted, timex_starts,
          sent_starts, news: bool = False, text: str = "") -> EventDate:
    tx = _own_time(trig.token.i, clauses[trig.token.i], heads)
    if tx is not None:
        return dating.explicit(tx)
    t = trig.token
    while t.head.i != t.i:  # the clause it hangs from, within the sentence
        t = t.head
        if t.i in by_token and t.i in clauses:
            tx = _own_time(t.i, clauses[t.i], heads)
            if tx is not None:
                return dating.explicit(tx)
    owned = set().union(*clauses.values()) if clauses else set()
    free = [heads[i] for i in range(sent.start, sent.end) if i in heads and i not in owned]
    if free:
        return dating.explicit(min(free, key=lambda x: abs(x.start - trig.token.idx)))
    # the time the narrative is at: the last date mentioned before the clause, a few sentences back
    pos = trig.token.idx
    k = bisect.bisect_left(timex_starts, pos) - 1
    s = bisect.bisect_right(sent_starts, sent.start_char) - 1
    limit = sent_starts[max(0, s - dating.INHERIT_SENTENCES)]
    if news:  # a news story jumps between times: the narrative time holds within a paragraph only
        para = text.rfind("\n\n", 0, pos)  # (doc.text would rebuild the whole string each call)
        limit = max(limit, para + 2 if para >= 0 else 0)
    while k >= 0 and timex_sorted[k].start >= limit:
        if dating.is_date(timex_sorted[k]):
            return dating.inherited(timex_sorted[k])
        k -= 1
    return dating.undated()


def _counted(clause: set[int], doc) -> bool:
    for i in clause:
        t = doc[i]
        if (t.like_num and t.head.lower_ in HUMAN) or (t.lower_ in _VAGUE and t.dep_ != "compound"):
            return True
    return False


def _names(ctx_names: dict[str, str], idx: MentionIndex, tokens, ids: list[str]) -> list[Optional[str]]:
    """Per actor phrase: its canonical name when it is a name or a pronoun, else None (keep the text)."""
    names: list[Optional[str]] = []
    for t in tokens:
        e = idx.entity_of_phrase(t)
        own = idx.of_token(t)
        if e and ((t.pos_ == "PRON" and t.lower_ in PRONOUNS) or (own and own[0] == e and t.pos_ == "PROPN")):
            names.append(ctx_names.get(e, t.text))
        else:
            names.append(None)
    return names


def find_events(ctx: Context) -> list[Event]:
    doc, text = ctx.doc, ctx.text
    headline = _headline(ctx)
    headings = [(m.start(), m.end()) for m in _HEADING.finditer(text)]
    heads = _timex_heads(ctx)
    timex_sorted = sorted(ctx.timex, key=lambda t: t.start)
    timex_starts = [t.start for t in timex_sorted]
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    idx = MentionIndex(ctx)
    names = {e.id: e.name for e in ctx.entities}
    quotes = sorted(ctx.quotes, key=lambda q: q.start)
    events: list[Event] = []
    for sent in sents:
        start, end = sent.start_char, sent.end_char
        if headline and start < headline[1]:
            start = max(start, headline[1])
        if any(a <= start < b for a, b in headings):
            start = next(b for a, b in headings if a <= start < b)
        for f in sorted(ctx.furniture, key=lambda f: f.start):  # a caption glued onto the sentence
            if f.start <= start < f.end:
                start = f.end
            elif start < f.start < end:
                end = f.start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 3 or ctx.in_furniture(start, end):
            continue
        triggers = [t for t in find_triggers(sent, set(heads), skip_before=start)
                    if not any(a <= t.token.idx < b for a, b in headings) and t.token.idx < end]
        if not triggers:
            continue
        clauses = _clauses(triggers)
        by_token = {t.token.i: t for t in triggers}
        time_tokens = set()
        for i, tx in heads.items():
            if sent.start <= i < sent.end:
                span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
                time_tokens |= {t.i for t in span} | {t.head.i for t in span if t.head.dep_ == "prep" and t.head.i not in {x.i for x in span}}
        for trig in triggers:
            tok = trig.token
            clause = clauses[tok.i]
            roles = roles_of(idx, tok, clause, trig.noun)
            fact = "asserted" if trig.kind == "nominal" else factuality_of(tok)
            reported_by = None
            rep = None
            quote = next((q for q in quotes if q.start <= tok.idx < q.end), None)
            if quote is not None:
                reported_by = quote.speaker
            else:
                rep = reporter_of(tok)
                if rep is not None:
                    reported_by = idx.entity_of_phrase(rep)
                    if fact == "asserted":
                        fact = "reported"
            if quote is not None and fact == "asserted":
                fact = "reported"
            cat, cameo, mode = categorise(tok, trig.noun, _counted(clause, doc))
            if trig.kind == "existential":
                cat, cameo, mode = "OTHER", None, None
            date = _date(trig, clauses, heads, sent, by_token, doc, timex_sorted, timex_starts, sent_starts,
                         news=ctx.genre == "news", text=text)
            if date.basis.startswith("inherited") and (quote is not None or rep is not None):
                date = dating.undated()  # someone's words are not the narrative: its time does not carry over
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            summary = _summary(trig, roles, idx, names, time_tokens, fact, passive)
            if trig.noun is not None:
                a, b = sorted((tok.i, trig.noun.i))
                tspan = doc[a:b + 1]
            else:
                tspan = doc[tok.i:tok.i + 1]
            events.append(Event(
                id=f"v{len(events) + 1}", start=start, end=end, text=text[start:end],
                trigger=tspan.text, trigger_span=SpanRef(tspan.start_char, tspan.end_char, tspan.text),
                summary=summary, category=cat, cameo=cameo, mode=mode, actors=roles.actors,
                targets=roles.targets, place=roles.place, date=date, factuality=fact,
                reported_by=reported_by))
    return events


def _summary(trig: Trigger, roles, idx, names, time_tokens, fact, passive) -> str:
    tok = trig.token
    if trig.kind == "existential":
        attr = next((c for c in tok.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"), None)
        from chronologist.events.summary import phrase
        words = phrase(attr, time_tokens, limit=20) if attr is not None else tok.sent.text
        extra = [phrase(c, time_tokens) for c in tok.children if c.dep_ == "prep" and c.i not in time_tokens
                 and not any(g.i in time_tokens for g in c.subtree)]
        return " ".join([words[:1].upper() + words[1:]] + [e for e in extra if e not in words])
    actor_names = _names(names, idx, roles.actor_tokens, roles.actors)
    return summarise(tok, actor_tokens=roles.actor_tokens, actor_names=actor_names, skip=time_tokens,
                     factuality=fact, noun=trig.noun, passive=passive)
