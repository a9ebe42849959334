"""Reject candidates the parse shows are not times: 'May' the modal, '2000 troops', 'a second term'."""
from __future__ import annotations

import re

from chronologist.time.spec import Candidate

_NOT_YEAR_ENTS = {"MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_VERB_MONTHS = re.compile(r"^(?:May|March)$")
_OF_NOT_YEAR = re.compile(r"\s+of\s+(?!\d)")


def _tokens(doc, c: Candidate):
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span if span is not None else []


_NAME_ENTS = {"EVENT", "ORG", "WORK_OF_ART", "FAC", "LAW", "PRODUCT"}
_NAME_WORD = re.compile(r"\s+(?!(?:19|20)\d\d\b)[A-Z][a-z]{2,}\b")


_GENERIC_TODAY = re.compile(
    r"(?i)(?:'s|’s)\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|culture|standards|young|kids|children|families"
    r"|parents|people|politics|economy|consumers?|students|teenagers|women|men|computers|technology|business|media"
    r"|market|markets|lifestyle|life|age|era)\b")
_MONTH_ADJ = {"early", "late", "mid", "last", "next", "past", "coming", "previous", "following", "same"}
_OF_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]")
_OPEN_QUOTE = re.compile(r"(?:``|[\"“‘'])$")
_CLOSE_QUOTE = re.compile(r"^[,.!?]?(?:''|[\"”’'])(?![a-z])")  # not the "'s" of "Ten Year's Civil War""


_TITLE_HEAD = re.compile(r"(?:``|[\"“‘'])((?:[A-Z][\w'-]*\s+){0,4})$")


def _quoted_title(text: str, c: Candidate) -> bool:
    """ABC's "This Week," CBS's ''60 Minutes'', the film "High Noon": a title in quotation marks."""
    head = _TITLE_HEAD.search(text, max(0, c.start - 40), c.start)
    if head is None or not _CLOSE_QUOTE.match(text[c.end:c.end + 3]):
        return False
    words = (head.group(1) + text[c.start:c.end]).split()
    return len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def keep(doc, text: str, c: Candidate) -> bool:
    if _quoted_title(text, c):
        return False
    if doc is None:
        return True
    toks = _tokens(doc, c)
    if not len(toks):
        return True
    if c.rule == "year":
        tok = next((t for t in toks if t.text.isdigit() and len(t.text) == 4), None)
        if tok is not None:
            if tok.ent_type_ in _NOT_YEAR_ENTS:
                return False
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and tok.ent_type_ != "DATE":
                return False
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.lower_ in ("no.", "number", "flight", "room", "route", "#", "page", "pp.",
                                                    "resolution", "article", "section", "code", "model"):
                return False
    if c.rule == "month" and len(toks) == 1 and _VERB_MONTHS.match(toks[0].text):
        t = toks[0]
        if t.tag_ == "MD" or t.pos_ in ("VERB", "AUX"):
            return False
        if t.i == t.sent.start and t.text == "May" and t.ent_type_ != "DATE":
            return False
    if c.rule == "month" and len(toks) == 1 and toks[0].ent_type_ in _NAME_ENTS \
            and _NAME_WORD.match(text, c.end):
        # "the October Crisis", "the October Revolution": news annotation leaves a name alone, the
        # narrative convention (WikiWars: "the August Decrees") tags its month; time/__init__ decides
        c.flags.add("name")
    if c.rule == "season":
        s = next((t for t in toks if t.lower_ in ("fall", "spring", "summer", "winter", "autumn")), toks[-1])
        if s.lower_ in ("fall", "spring") and s.pos_ == "VERB":
            return False
        after = text[c.end:c.end + 12]
        if s.lower_ == "fall" and (_OF_NOT_YEAR.match(after) or after.startswith("-")):
            return False  # "the fall of Saigon", "fall-back": an event, not autumn
        if s.is_title and s.i != s.sent.start and _OF_NAME.match(text, c.end):
            return False  # the "Spring of Life" demonstrations: a name
    if c.rule == "month" and len(toks) == 1 and toks[0].text in ("March", "May"):
        t = toks[0]
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        # "the Long March", "the March to the Sea", "Women's March": a march, not the month
        if prev is not None and (prev.lower_ in ("the", "a", "'s", "this") or prev.is_title and prev.i != t.sent.start):
            return False
        if nxt is not None and (nxt.lower_ in ("to", "on", "against", "through") or nxt.is_title and nxt.pos_ == "PROPN"):
            return False
        if prev is not None and prev.tag_ == "JJ" and prev.lower_ not in _MONTH_ADJ:
            return False  # "the annual March for Life": months take no such adjective
        if _OF_NAME.match(text, c.end):
            return False  # "March of Dimes", "March for Life"
    if c.rule in ("duration", "shift"):
        unit = next((t for t in reversed(toks) if re.match(r"(?i)seconds?$", t.text)), None)
        if unit is not None and unit.tag_ in ("JJ", "RB") and not re.search(r"\d", c.spec.value or ""):
            return False
        if unit is not None and toks[0].lower_ in ("a", "the") and len(toks) == 2:
            return False  # "a second", "the second": an ordinal far more often than a duration
    if c.rule == "deictic" and text[c.start:c.end] == "Today" and toks[0].i > toks[0].sent.start \
            and doc[toks[0].i - 1].pos_ == "PROPN":
        return False  # "USA Today", "VOA Today": a name
    if c.rule == "deictic" and c.spec.n == 0 and not c.spec.tod and _GENERIC_TODAY.match(text, c.end):
        return False  # "today's youth", "today's world": nowadays in general, no day
    if c.rule == "ref":
        w = toks[0]
        if w.lower_ == "soon" and w.i > 0 and doc[w.i - 1].lower_ == "as":
            return False  # "as soon as" is a conjunction
    return True
