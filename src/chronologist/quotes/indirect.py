"""Indirect speech: "X said that …", "X recalled that …", "according to X, …".

A reporting verb is found from the syntax: a verb with a subject and a clausal complement.  The
lexicons in ``cues`` sort it into speech, attitude or intention; a verb in none of them counts only
when its subject is someone (an entity, a pronoun, a person noun).
"""
from __future__ import annotations

import re
from typing import Iterator

from chronologist.extract.context import Context
from chronologist.quotes.cues import (
    ATTITUDE, INTENTION, NON_SPEAKERS, NOT_REPORTING, OCCASION_NOUNS, SPEECH, attribution_of,
)
from chronologist.quotes.speakers import Mentions, occasion_of, speaker_of, subject_of
from chronologist.records import Quote, SpanRef

_PERSON_NOUNS = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide",
                 "aides", "people", "voters", "critics", "experts", "analysts", "advisers",
                 "advisors", "supporters", "opponents", "leaders", "democrats", "republicans",
                 "lawmakers", "senator", "governor", "president", "candidate", "campaign",
                 "administration", "government", "poll", "polls", "survey", "report", "study",
                 "researchers", "economists", "scientists", "sources", "source", "witnesses",
                 "police", "prosecutors", "judge", "court", "lawyer", "lawyers", "attorney",
                 "company", "statement", "group", "members", "residents", "activists", "team",
                 # people in groups, matched by lemma ("protesters" -> "protester")
                 "protester", "demonstrator", "marcher", "citizen", "worker", "student", "parent",
                 "teacher", "doctor", "officer", "soldier", "veteran", "investigator", "minister",
                 "diplomat", "historian", "journalist", "reporter", "editor", "author", "commentator",
                 "observer", "advocate", "organizer", "organiser", "family", "victim", "survivor",
                 "farmer", "employee", "executive", "investor", "resident", "activist", "member",
                 "critic", "expert", "analyst", "supporter", "opponent", "leader", "lawmaker",
                 "researcher", "economist", "scientist", "witness", "prosecutor", "official"}
_MIN_CONTENT_TOKENS = 3


def _content_span(comp) -> tuple[int, int]:
    toks = list(comp.subtree)
    start, end = toks[0], toks[-1]
    while end.is_punct and end.i > start.i:
        end = comp.doc[end.i - 1]
    while start.is_punct and start.i < end.i:
        start = comp.doc[start.i + 1]
    return start.idx, end.idx + len(end.text)


def _is_someone(ctx: Context, ms: Mentions, subj, depth: int = 0) -> bool:
    if subj.pos_ == "PRON":
        return subj.lower_ not in NON_SPEAKERS
    left = subj.left_edge.idx
    right = subj.idx + len(subj.text)
    if ms.inside(left, right):
        return True
    if subj.lower_ in _PERSON_NOUNS or subj.lemma_.lower() in _PERSON_NOUNS or \
            subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    # "a chorus of Republicans", "a group of lawmakers", "many of the senators": the people of the group
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and depth < 2 and _is_someone(ctx, ms, whole, depth + 1)


def find_indirect(ctx: Context, ms: Mentions, blocked) -> Iterator[Quote]:
    """Reported clauses, skipping sentences in furniture or the headline."""
    text = ctx.text
    for sent in ctx.doc.sents:
        for tok in sent:
            if tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX"):
                make = _from_ccomp
            elif tok.dep_ == "parataxis" and tok.lemma_.lower() in SPEECH and tok.head.pos_ in ("VERB", "AUX"):
                make = _from_parenthetical
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in _OBJECT_VERBS and \
                    not any(c.dep_ == "ccomp" for c in tok.children):
                make = _from_object
            elif tok.dep_ == "attr" and tok.lemma_.lower() in _STANCE_NOUNS:
                make = _from_stance
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _CONTENT_NOUNS:
                make = _from_noun
            elif tok.lower_ == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
                make = None
            else:
                continue
            # checked only for candidate words: most words are none, and this scan is per word
            if ctx.in_furniture(tok.idx, tok.idx + 1) or ctx.in_headline(tok.idx, tok.idx + 1):
                continue
            q = make(ctx, ms, tok) if make is not None else _from_according(ctx, ms, tok, sent)
            if q is not None and not blocked(q.start, q.end):
                yield q


def _from_parenthetical(ctx: Context, ms: Mentions, verb):
    """"The museum, Mr. Bush said, celebrated his heroes": the clause around the speaker is the content."""
    said_by = subject_of(verb)
    if said_by is None or said_by.lower_ in NON_SPEAKERS:
        return None
    clause = verb.head
    inner = set(t.i for t in verb.subtree)
    toks = [t for t in clause.subtree if not t.is_space]
    outside = [t for t in toks if t.i not in inner and not t.is_punct]
    if len(outside) < _MIN_CONTENT_TOKENS or not any(t.i < verb.left_edge.i for t in outside):
        return None  # the speaker comes first ("He said, …") or there is too little around it
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if "\n\n" in ctx.text[start:end]:
        return None
    speaker, source = speaker_of(ctx, ms, said_by)
    lemma = verb.lemma_.lower()
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, lemma,
                 SpanRef(verb.idx, verb.idx + len(verb.text), verb.text), occasion_of(ctx, verb),
                 attribution_of(lemma))


def _who(verb, subj):
    """The subject as a speaker: "the Union, which contended that …" is the Union speaking."""
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and \
            verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subj


def _from_ccomp(ctx: Context, ms: Mentions, comp):
    verb = comp.head
    lemma = verb.lemma_.lower()
    if lemma in NOT_REPORTING:
        return None
    said_by = subject_of(verb)
    subj = _who(verb, said_by)
    if subj is None or subj.i > comp.i and subj.i < comp.right_edge.i:
        return None
    if subj.lower_ in NON_SPEAKERS and not (lemma in SPEECH and subj.lower_ in ("it", "this")):
        return None  # "it seems that" is nobody's word; "it says that" (an ad, a report) is
    known = lemma in SPEECH or lemma in ATTITUDE or lemma in INTENTION
    if not known:
        # an unknown verb reports only a following "that"-clause of someone's
        has_that = any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in comp.children) or \
            any(c.tag_ in ("WRB", "WP", "WDT") for c in comp.children)
        if comp.i < verb.i or not has_that or not _is_someone(ctx, ms, subj):
            return None
    start, end = _content_span(comp)
    least = 1 if lemma in SPEECH else _MIN_CONTENT_TOKENS
    if sum(1 for t in comp.subtree if not t.is_punct) < least or end <= start:
        return None
    speaker, source = speaker_of(ctx, ms, said_by)
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, lemma,
                 SpanRef(verb.idx, verb.idx + len(verb.text), verb.text), occasion_of(ctx, verb),
                 attribution_of(lemma))


# Verbs whose object or infinitive is what was said, thought or wanted ("urged supporters to vote",
# "criticized Trump for …", "wants to win", "talked about the economy").
_OBJECT_VERBS = (SPEECH | ATTITUDE | INTENTION | {"endorse", "urge", "criticize", "criticise",
                 "praise", "blame", "call", "ask", "support", "oppose", "defend", "attack",
                 "mock", "dismiss", "reject", "slam", "blast", "condemn", "applaud", "hail",
                 "label", "brand", "describe", "discuss", "address", "cite", "tout",
                 "question", "challenge", "invite", "encourage", "press", "push", "back", "express",
                 "offer", "show", "demand", "compare"}) - NOT_REPORTING - {
    "find", "proclaim", "publish", "release", "issue", "sign", "project", "text", "order", "rule", "signal", "prepare", "try", "attempt", "choose",
    "offer", "determine", "mind", "care"}
_CONTENT_DEPS = {"dobj", "xcomp", "dative", "oprd", "prep", "attr", "advcl"}
_CONTENT_PREPS = {"about", "on", "for", "to", "with", "against", "over", "of", "as", "that"}
_TO_VERBS = {"respond", "reply", "object", "answer", "admit", "confess", "testify", "refer"}


def _from_object(ctx: Context, ms: Mentions, verb):
    said_by = subject_of(verb)
    subj = _who(verb, said_by)
    if subj is None or subj.lower_ in NON_SPEAKERS or not _is_someone(ctx, ms, subj):
        return None
    parts = []
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in _CONTENT_DEPS:
            continue
        if c.dep_ == "prep" and (c.lower_ not in _CONTENT_PREPS or
                                 c.lower_ == "to" and verb.lemma_.lower() not in _TO_VERBS):
            continue
        if c.dep_ == "advcl" and not any(m.lower_ in ("to", "that") for m in c.children):
            continue
        if c.dep_ == "prep" and any(o.lemma_.lower() in OCCASION_NOUNS for o in c.children):
            continue
        parts.append(c)
    if not parts:
        return None
    toks = sorted({t for c in parts for t in c.subtree}, key=lambda t: t.i)
    toks = [t for t in toks if not (t.is_space and "\n" in t.text)]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks or "\n" in ctx.text[toks[0].idx:toks[-1].idx]:
        return None
    if len(toks) == 1 and (toks[0].pos_ not in ("PROPN", "NOUN") or toks[0].is_stop):
        return None  # "with", "it": a lone function word says nothing
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    lemma = verb.lemma_.lower()
    speaker, source = speaker_of(ctx, ms, said_by)
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, lemma,
                 SpanRef(verb.idx, verb.idx + len(verb.text), verb.text), occasion_of(ctx, verb),
                 attribution_of(lemma))


# Nouns that carry what someone said, thought or planned: "Trump's comments", "calls to act".
_CONTENT_NOUNS = {"comment", "remark", "statement", "claim", "assertion", "argument", "view",
                  "belief", "suggestion", "allegation", "charge", "warning", "promise", "pledge",
                  "announcement", "message", "insistence", "contention", "accusation", "call",
                  "criticism", "attack", "proposal", "plan", "tweet", "speech", "words", "demand",
                  "threat", "vow", "praise", "endorsement", "denial", "admission", "complaint",
                  "opinion", "position", "stance", "idea", "policy", "promises", "agenda"}


_SAID_NOUNS = {"comment", "remark", "statement", "claim", "tweet", "word", "words", "assertion",
               "allegation", "accusation", "criticism", "denial", "admission", "complaint", "warning"}


def _from_noun(ctx: Context, ms: Mentions, noun):
    poss = [c for c in noun.children if c.dep_ == "poss"]
    clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and
              any(m.lower_ in ("that", "to") for m in c.children)]
    if clause and clause[0].dep_ != "relcl":
        toks = list(clause[0].subtree)
    elif poss and poss[0].pos_ in ("PRON", "PROPN") and noun.lemma_.lower() in _SAID_NOUNS:
        toks = [t for t in noun.subtree if t not in set(poss[0].subtree) and t.dep_ != "case"]
        toks = [t for t in toks if t.i >= noun.left_edge.i]
    else:
        return None
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "det"):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "case"):
        toks.pop(0)
    if not toks or "\n" in ctx.text[toks[0].idx:toks[-1].idx]:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    speaker, source = speaker_of(ctx, ms, poss[0]) if poss else (None, None)
    lemma = noun.lemma_.lower()
    kind = "intention" if lemma in ("plan", "proposal", "promise", "pledge", "vow", "agenda", "policy") else \
        ("attitude" if lemma in ("view", "belief", "opinion", "idea", "position", "stance") else "speech")
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, lemma,
                 SpanRef(noun.idx, noun.idx + len(noun.text), noun.text), None, kind)


_STANCE_NOUNS = {"opponent", "supporter", "critic", "fan", "advocate", "proponent", "champion",
                 "defender", "skeptic", "sceptic", "believer", "foe", "enemy", "admirer", "backer"}


def _from_stance(ctx: Context, ms: Mentions, noun):
    """"Clinton has been an outspoken supporter of NATO": the stance is an attitude to NATO."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")]
    objs = [c for c in of[0].children if c.dep_ in ("pobj", "pcomp")] if of else []
    subj = subject_of(noun.head)
    if not objs or subj is None or not _is_someone(ctx, ms, subj):
        return None
    toks = list(objs[0].subtree)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    speaker, source = speaker_of(ctx, ms, subj)
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, noun.lemma_.lower(),
                 SpanRef(noun.idx, noun.idx + len(noun.text), noun.text), None, "attitude")


_LABEL_LINE = re.compile(r"(?m)^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}):[ \t]+(\S[^\n]*)$")


def labelled_lines(ctx: Context, ms: Mentions) -> Iterator[Quote]:
    """"Pat Caddell: Democrats Worried …" (a headline), "WALLACE: Let's start …" (a transcript):
    a speaker's name, a colon, and what they said."""
    from chronologist.quotes.speakers import speaker_by_name

    for m in _LABEL_LINE.finditer(ctx.text):
        label = m.group(1)
        if ctx.in_furniture(m.start(), m.end()):
            continue
        transcript = label.isupper() and len(label) > 1
        speaker, source = speaker_by_name(ctx, ms, m.start(1), m.end(1))
        if ctx.in_headline(m.start(), m.end()):
            if speaker is None:  # "Poll: …", "A lesson from …": a headline's label must be a person of the story
                continue
        elif not transcript and not ms.inside(m.start(1), m.end(1)):
            continue
        start, end = m.start(2), m.end(2)
        while end > start and ctx.text[end - 1] in " \t\"”":
            end -= 1
        yield Quote(start, end, ctx.text[start:end], "direct" if transcript else "indirect", speaker,
                    source, ":", SpanRef(m.end(1), m.end(1) + 1, ":"), None, "speech")


# What a claim can be "according to" besides a person: "according to federal statistics".
_EVIDENCE_NOUNS = {"data", "statistic", "figure", "estimate", "analysis", "report", "poll", "survey",
                   "study", "record", "document", "count", "census", "tally", "research", "finding",
                   "filing", "testimony", "account", "assessment", "audit", "review", "projection",
                   "forecast", "model", "calculation", "investigation", "indictment", "complaint"}


def _from_according(ctx: Context, ms: Mentions, tok, sent):
    to = ctx.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    if not (_is_someone(ctx, ms, obj) or obj.lemma_.lower() in _EVIDENCE_NOUNS):
        return None
    phrase_end = max(t.i for t in obj.subtree)
    # the content is the rest of the sentence, on whichever side of "according to X" it lies
    after = [t for t in sent if t.i > phrase_end and not t.is_space]
    before = [t for t in sent if t.i < tok.i and not t.is_space]
    side = after if len([t for t in after if not t.is_punct]) >= len([t for t in before if not t.is_punct]) else before
    while side and side[0].is_punct:
        side = side[1:]
    while side and side[-1].is_punct:
        side = side[:-1]
    if len(side) < _MIN_CONTENT_TOKENS:
        return None
    start, end = side[0].idx, side[-1].idx + len(side[-1].text)
    speaker, source = speaker_of(ctx, ms, obj)
    cue_end = to.idx + len(to.text)
    return Quote(start, end, ctx.text[start:end], "indirect", speaker, source, "according to",
                 SpanRef(tok.idx, cue_end, ctx.text[tok.idx:cue_end]), None, "speech")
