"""Direct quotations: quoted stretches and the frame that attributes them.

The frame is the text of the quote's sentence outside the marks: after it (“…,” said X), before
it (X affirmed, “…”), or between two halves of a split quote.  The reporting verb is the frame's
verb with a subject; the lexicon only vouches for it when the frame is loose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from chronologist.extract.context import Context
from chronologist.quotes.cues import PREP_CUES, SPEECH
from chronologist.quotes.speakers import Mentions, occasion_of, speaker_by_name, speaker_of, subject_of
from chronologist.records import SpanRef

_TERMINAL = (".", "!", "?", "…")
_DASHES = ("―", "—", "–", "-", "--")
_LABEL = re.compile(r"\s*([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}):\s")
MAX_FRAME_TOKENS = 40


@dataclass
class Attribution:
    speaker: Optional[str]
    source: Optional[SpanRef]
    cue: Optional[str]
    cue_span: Optional[SpanRef]
    occasion: Optional[SpanRef]
    verb: object = None


def _inner_end(text: str, start: int, end: int) -> str:
    """The last non-space character inside the marks."""
    inner = text[start + 1:end - 1].rstrip()
    return inner[-1:] if inner else ""


def frame_after(ctx: Context, q_end: int, limit: int) -> list:
    """Tokens after the closing mark up to the sentence end, the next quote or the paragraph."""
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(q_end, min(limit, len(text)), alignment_mode="contract")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.is_space and "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in _TERMINAL and len(out) > 1 and _ends_sentence(tok):
            break
        if len(out) >= MAX_FRAME_TOKENS:
            break
    return out


def _ends_sentence(tok) -> bool:
    """A full stop ends the frame unless an abbreviation or a bracket goes on ("(D-Md.) said")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.text[:1] not in (")", "]", ",") and (nxt.is_space or nxt.text[:1].isupper()
                                                                   or nxt.is_punct)


def frame_before(ctx: Context, q_start: int, floor: int) -> list:
    """Tokens from the sentence start (or the previous quote) to the opening mark."""
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(max(floor, 0), q_start, alignment_mode="contract")
    if span is None:
        return []
    toks = list(span)
    out = []
    for tok in reversed(toks):
        if tok.is_space and "\n" in tok.text:
            # "Caddell continued:" closing the paragraph before introduces this one
            if not out and text[floor:tok.idx].rstrip().endswith(":"):
                continue
            break
        if tok.text in _TERMINAL and out:
            break
        out.append(tok)
        if len(out) >= MAX_FRAME_TOKENS:
            break
    return list(reversed(out))


def _verb_with_subject(tokens: list, *, loose: bool, from_end: bool, q_range=None):
    cands = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    for tok in (reversed(cands) if from_end else cands):
        subj = subject_of(tok, q_range)
        if subj is None and tok.lemma_.lower() in SPEECH:
            subj = _nearby_name(tokens, tok)
        if subj is None:
            continue
        if q_range and q_range[0] <= subj.idx < q_range[1]:
            continue  # the subject is inside the quotation: not a frame verb
        if tok.lemma_.lower() in SPEECH or loose:
            return tok, subj
    return None, None


def _occasion_after(ctx: Context, q_end: int, limit: int):
    """“…” when she opened the hospital: a when-clause the parser hung inside the quotation."""
    from chronologist.quotes.cues import OCCASION_MARKS

    for tok in frame_after(ctx, q_end, limit)[:3]:
        if tok.lower_ in OCCASION_MARKS and tok.dep_ in ("advmod", "mark", "prep"):
            head = tok.head if tok.dep_ != "prep" else tok
            toks = [t for t in head.subtree if t.idx >= tok.idx]
            if toks:
                end = toks[-1].idx + len(toks[-1].text)
                while end > tok.idx and ctx.text[end - 1] in ",.;: ":
                    end -= 1
                return SpanRef(tok.idx, end, ctx.text[tok.idx:end])
    return None


def _nearby_name(tokens: list, verb):
    """The parser lost the subject ("“…,” Flynn, a top surrogate, said"): the name or pronoun
    right before the verb in the frame, else right after it ("said Prime Minister Hun Sen")."""
    before = [t for t in tokens if t.i < verb.i]
    after = [t for t in tokens if t.i > verb.i][:6]
    for t in before + after:
        if t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i"):
            return t
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            # the last word of the name is its head
            j = t.i
            while j + 1 < len(t.doc) and t.doc[j + 1].pos_ == "PROPN" and t.doc[j + 1].i != verb.i:
                j += 1
            return t.doc[j]
    return None


def _according(tokens: list):
    for tok in tokens:
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (tok.lower_, nxt.lower_) in PREP_CUES:
            objs = [c for c in nxt.children if c.dep_ == "pobj"]
            if objs:
                return tok, nxt, objs[0]
    return None


def attribute(ctx: Context, ms: Mentions, q_start: int, q_end: int, prev_end: int,
              next_start: int, used_cue: Optional[int] = None) -> Optional[Attribution]:
    """Attribute the quote [q_start, q_end) from its frame, or None when nothing attributes it."""
    text = ctx.text
    last = _inner_end(text, q_start, q_end)
    after = frame_after(ctx, q_end, next_start)
    before = frame_before(ctx, q_start, prev_end)
    before_text = text[before[0].idx:q_start].rstrip() if before else ""
    tries = []
    strict = last in _TERMINAL
    after_end = after[-1].idx + len(after[-1].text) if after else q_end
    # a frame ending in "," or ":" right before the next quote introduces that quote
    leads_on = bool(after) and after[-1].text in (",", ":") and \
        not text[after_end:next_start].strip()
    if after and after[0].pos_ in ("CCONJ", "SCONJ", "ADP") and after[0].lower_ not in ("according",):
        after = []  # “…” and praised them: the sentence goes on, it does not attribute
    if after and not (strict and (leads_on or len(after) > 10)):
        # “…,” said X.  /  “…?” X asked.  (after a full stop only a short frame qualifies)
        tries.append((after, not strict, False))
    if before and before_text.endswith(_TERMINAL) and len(before) > 15:
        before = []  # a long sentence before the quote is not its frame
    if before:
        loose = before_text.endswith((":", ",")) and (before_text.endswith(":") or len(before) < 25)
        tries.insert(0 if strict else len(tries), (before, loose, True))
    if after and after[0].text in _DASHES:
        # “…” ― Pamela Padilla
        names = [t for t in after[1:7] if t.pos_ == "PROPN" or t.text[:1].isupper()]
        if names and names[0].i == after[1].i:
            run = [names[0]]
            for t in after[2:7]:
                if t.i == run[-1].i + 1 and (t.pos_ == "PROPN" or t.text[:1].isupper()):
                    run.append(t)
            speaker, source = speaker_by_name(ctx, ms, run[0].idx, run[-1].idx + len(run[-1].text))
            return Attribution(speaker, source, None, None, None, None)
    label = _LABEL.match(text, q_start + 1, min(q_end, q_start + 60))
    if label and (label.group(1).isupper() or len(label.group(1).split()) > 1):
        # a transcript line inside the marks: "WALLACE: Let's start …"
        speaker, source = speaker_by_name(ctx, ms, label.start(1), label.end(1))
        return Attribution(speaker, source, None, None, None, None)
    for tokens, loose, nearest_last in tries:
        verb, subj = _verb_with_subject(tokens, loose=loose, from_end=nearest_last,
                                        q_range=(q_start, q_end))
        if verb is not None:
            speaker, source = speaker_of(ctx, ms, subj)
            occasion = occasion_of(ctx, verb) or _occasion_after(ctx, q_end, next_start)
            return Attribution(speaker, source, verb.lemma_.lower(),
                               SpanRef(verb.idx, verb.idx + len(verb.text), verb.text),
                               occasion, verb)
        acc = _according(tokens)
        if acc:
            a, to, obj = acc
            speaker, source = speaker_of(ctx, ms, obj)
            return Attribution(speaker, source, "according to",
                               SpanRef(a.idx, to.idx + len(to.text), text[a.idx:to.idx + len(to.text)]),
                               None, None)
    return None
