"""Who said what: direct and indirect quotations with their speakers.

Direct quotes come from paired quotation marks (``marks``) attributed by their frame
(``direct``); a quote with no frame of its own takes the speaker of the quote right before it.
Titles of works and scare quotes are dropped.  Indirect speech comes from the syntax
(``indirect``).  A speaker is an entity id only when the text supports it, else None.
"""
from __future__ import annotations

import bisect
import re

from chronologist.entities.works import work_titles
from chronologist.extract.context import Context
from chronologist.quotes.direct import attribute
from chronologist.quotes.indirect import find_indirect, labelled_lines
from chronologist.quotes.marks import find_stretches
from chronologist.quotes.speakers import Mentions, speaker_by_name
from chronologist.records import Quote, SpanRef

_SHORT_WORDS = 4  # a quoted phrase this short is a partial quote or a scare quote
_CARRY_GAP = 3  # characters of non-space text allowed between a quote and the one it follows
_STRICT_CARRY = True  # carry a speaker over white space only (a frame between lowers PolNeAR speaker accuracy)
_BLOCK_INSIDE = True  # an indirect clause starting inside a direct quote repeats it
# "WALLACE: …" at the start of a quoted paragraph; upper case only, so "Note: …" is not a speaker
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=\S)")
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*[\"“]?")
_PARA_START = re.compile(r"\n[ \t]*[\"“]?$")  # a label opens a paragraph (after its quotation mark)


def _words(text: str) -> int:
    return len(text.split())


def find_quotes(ctx: Context) -> list[Quote]:
    text = ctx.text
    if not text.strip():
        return []
    ms = Mentions(ctx)
    stretches = [s for s in find_stretches(text)
                 if s.end > s.start + 2 and not ctx.in_furniture(s.start, s.end)
                 and not ctx.in_headline(s.start, s.end)]
    titles = set(work_titles(text, [(s.start + 1, s.end - 1) for s in stretches]))
    stretches = [s for s in stretches if (s.start + 1, s.end - 1) not in titles]
    quotes: list[Quote] = []
    prev_end = 0
    prev_quote: Quote | None = None
    for k, s in enumerate(stretches):
        next_start = stretches[k + 1].start if k + 1 < len(stretches) else len(text)
        inner = text[s.start + 1:s.end - 1] if s.closed else text[s.start + 1:s.end]
        short = _words(inner) < _SHORT_WORDS and not inner.rstrip().endswith((".", "!", "?", ","))
        used = prev_quote.cue_span.start if prev_quote and prev_quote.cue_span else None
        att = attribute(ctx, ms, s.start, s.end, prev_end, next_start, used)
        if short:
            # a partial quote counts only inside a clause a speaker reports ("said the plan was “dead”")
            if att is None or att.verb is None or not _governs(att.verb, ctx, s.start, s.end):
                prev_end = s.end
                continue
        if _TRANSCRIPT_LABEL.match(text, s.start + 1):
            # transcript paragraphs ('"PENCE: Well, look, …'): each label is the speaker of what
            # follows it, up to the next label, whoever spoke before
            for q in _transcript_turns(ctx, ms, s.start + 1, s.end - 1 if s.closed else s.end):
                quotes.append(q)
                prev_quote = q
            prev_end = s.end
            continue
        if att is None and prev_quote is not None and _follows(text, prev_quote, s.start, ms):
            q = Quote(s.start, s.end, text[s.start:s.end], "direct", prev_quote.speaker,
                      prev_quote.source, None, None, None, prev_quote.attribution)
        elif att is not None:
            q = Quote(s.start, s.end, text[s.start:s.end], "direct", att.speaker, att.source,
                      att.cue, att.cue_span, att.occasion, "speech")
        else:
            q = Quote(s.start, s.end, text[s.start:s.end], "direct", None, None)
        quotes.append(q)
        prev_quote, prev_end = q, s.end
    starts = [q.start for q in quotes]

    def blocked(start: int, end: int) -> bool:
        """An indirect clause mostly made of a direct quote adds nothing."""
        i = bisect.bisect_left(starts, start) - 1
        for q in quotes[max(i, 0):i + 4]:
            inter = min(end, q.end) - max(start, q.start)
            if inter > 0 and (inter >= 0.5 * (end - start) or _BLOCK_INSIDE and q.start < start < q.end):
                return True
        return False

    labelled = [q for q in labelled_lines(ctx, ms) if not blocked(q.start, q.end)]
    indirect = _dedupe(list(find_indirect(ctx, ms, blocked)) + labelled)
    return sorted(quotes + indirect, key=lambda q: (q.start, q.end))


def _transcript_turns(ctx: Context, ms: Mentions, start: int, end: int) -> list[Quote]:
    text = ctx.text
    labels = [m for m in _TRANSCRIPT_LABEL.finditer(text, start, end)
              if m.start() == start or _PARA_START.search(text, max(start, m.start() - 4), m.start())]
    turns = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        for para in _PARA_BREAK.finditer(text, m.end(), stop):
            # a stage direction ("(CROSSTALK.)") or the page's own furniture ends the turn
            if text.startswith("(", para.end()) or ctx.in_furniture(para.end(), para.end() + 1):
                stop = para.start()
                break
        while stop > m.end() and (text[stop - 1].isspace() or text[stop - 1] in "\"“”"):
            stop -= 1
        if stop <= m.end() or ctx.in_furniture(m.start(1), m.end(1)):
            continue
        speaker, source = speaker_by_name(ctx, ms, m.start(1), m.end(1))
        turns.append(Quote(m.end(), stop, text[m.end():stop], "direct", speaker, source, ":",
                           SpanRef(m.end(1), m.end(1) + 1, ":"), None, "speech"))
    return turns


def _follows(text: str, prev: Quote, start: int, ms: Mentions) -> bool:
    """The same voice goes on: only white space (a paragraph break at most) lies between the two
    quotes, or only the frame that attributed the previous one ("…,” said X. “…")."""
    gap = text[prev.end:start]
    if gap.count("\n") > 2:
        return False
    if len(gap.strip()) <= _CARRY_GAP:
        return True
    if _STRICT_CARRY or prev.speaker is None or prev.cue_span is None or len(gap) > 150 or "\n" in gap:
        return False
    if not (prev.end <= prev.cue_span.start < start):
        return False
    others = [m for m in ms.inside(prev.end, start) if m.entity != prev.speaker]
    return not others and gap.rstrip().endswith((".", "!", "?"))


def _governs(verb, ctx: Context, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t in verb.subtree for t in span)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """A clause reported inside another reported clause: keep the outer one only when the
    inner has the same speaker."""
    quotes.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quote] = []
    for q in quotes:
        if out and out[-1].start <= q.start and q.end <= out[-1].end and out[-1].speaker == q.speaker \
                and out[-1].speaker is not None:
            continue
        out.append(q)
    return out
