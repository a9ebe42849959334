"""Pairing quotation marks into quoted stretches, whatever the style.

“ ” and « » are directional; " is toggled within a paragraph; ‘ ’ only opens after a space or
an opening bracket (so "Vietnam’s" is an apostrophe).  A quote that does not close by the end of
its paragraph continues when the next paragraph opens with a quotation mark (the print
convention for multi-paragraph quotations), else it ends at the paragraph end.  Nested quotes
stay inside their outer quote.  Nothing here can return a span outside the text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_CLOSERS = {"”", "»", "’"}
_PARA = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_MARK = re.compile(r"''|[“”«»„\"‘’]")  # '' is a double mark in some newswire text
_SINGLE_OK = True
MAX_QUOTE_CHARS = 200_000  # a 10,000-word quotation is fine; a runaway one stops here


class Stretch(NamedTuple):
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end if it never closes)
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _is_open_single(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-\"“") and not nxt.isspace()


def _is_close_single(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    return not nxt.isalnum() and not prev.isspace()


def find_stretches(text: str) -> list[Stretch]:
    """Outermost quoted stretches, marks included."""
    out: list[Stretch] = []
    paras = _paragraphs(text)
    carry: int | None = None  # start of a quote left open at the previous paragraph's end
    for p_start, p_end in paras:
        stack: list[tuple[int, str]] = []
        if carry is not None:
            first = text[p_start:p_start + 1]
            if first in ("“", "\"", "«", "‘"):
                stack.append((carry, "”" if first == "“" else ("»" if first == "«" else first)))
                pos = p_start + 1
            else:
                out.append(Stretch(carry, _rstrip(text, carry, last_para_end), False))
                pos = p_start
            carry = None
        else:
            pos = p_start
        for m in _MARK.finditer(text, pos, p_end):
            i, ch = m.start(), m.group(0)
            if ch == "''":
                ch = "\""
            if ch == "\"":
                if stack and stack[-1][1] == "\"":
                    start = stack.pop()[0]
                    if not stack:
                        out.append(Stretch(start, m.end(), True))
                elif not stack or stack[-1][1] != "\"":
                    stack.append((i, "\""))
                continue
            if ch == "‘" and not _is_open_single(text, i):
                continue
            if ch == "’":
                if stack and stack[-1][1] == "’" and _is_close_single(text, i):
                    start = stack.pop()[0]
                    if not stack and _SINGLE_OK:
                        out.append(Stretch(start, i + 1, True))
                continue
            if ch in _OPENERS and not (ch == "“" and stack and stack[-1][1] == "“"):
                if stack and stack[0][1] == "”" and ch == "“" and len(stack) == 1:
                    # a second opening mark before the first closed: the first never closes
                    out.append(Stretch(stack[0][0], _rstrip(text, stack[0][0], i), False))
                    stack = []
                stack.append((i, _OPENERS[ch]))
                continue
            if ch in _CLOSERS:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == ch:
                        start = stack[k][0]
                        del stack[k:]
                        if not stack:
                            out.append(Stretch(start, i + 1, True))
                        break
        if stack:
            carry = stack[0][0]
            last_para_end = p_end
            if p_end - carry > MAX_QUOTE_CHARS:
                out.append(Stretch(carry, _rstrip(text, carry, p_end), False))
                carry = None
    if carry is not None:
        out.append(Stretch(carry, _rstrip(text, carry, len(text)), False))
    return _merge_continued(text, sorted(set(out)))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _merge_continued(text: str, stretches: list[Stretch]) -> list[Stretch]:
    """A closed stretch whose start lies inside an unclosed one that ran on: keep the outer one."""
    out: list[Stretch] = []
    for s in stretches:
        if out and s.start < out[-1].end:
            prev = out[-1]
            out[-1] = Stretch(prev.start, max(prev.end, s.end), prev.closed or s.closed)
            continue
        out.append(s)
    return out
