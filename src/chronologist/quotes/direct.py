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
        if tok.text in _TERMINAL and len(out) > 1:
            break
        if len(out) >= MAX_FRAME_TOKENS:
            break
    return out


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
        subj = subject_of(tok)
        if subj is None:
            continue
        if q_range and q_range[0] <= subj.idx < q_range[1]:
            continue  # the subject is inside the quotation: not a frame verb
        if tok.lemma_.lower() in SPEECH or loose:
            return tok, subj
    return None, None


def _according(tokens: list):
    for tok in tokens:
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (tok.lower_, nxt.lower_) in PREP_CUES:
            objs = [c for c in nxt.children if c.dep_ == "pobj"]
            if objs:
                return tok, nxt, objs[0]
    return None


def attribute(ctx: Context, ms: Mentions, q_start: int, q_end: int, prev_end: int,
              next_start: int) -> Optional[Attribution]:
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
    if after and not (strict and (leads_on or len(after) > 10)):
        # “…,” said X.  /  “…?” X asked.  (after a full stop only a short frame qualifies)
        tries.append((after, not strict, False))
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
            return Attribution(speaker, source, verb.lemma_.lower(),
                               SpanRef(verb.idx, verb.idx + len(verb.text), verb.text),
                               occasion_of(ctx, verb), verb)
        acc = _according(tokens)
        if acc:
            a, to, obj = acc
            speaker, source = speaker_of(ctx, ms, obj)
            return Attribution(speaker, source, "according to",
                               SpanRef(a.idx, to.idx + len(to.text), text[a.idx:to.idx + len(to.text)]),
                               None, None)
    return None
