"""`annotate` never crashes and never cites outside the text, whatever the text (hypothesis).

Arbitrary Unicode (NUL and control characters included), very long lines, text shaped like news
(dates, quotes, numbers), and HTML pages (deeply nested, broken) through the HTML ingest.
"""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronologist.api import annotate
from chronologist.errors import InputError
from chronologist.ingest.html import extract_html

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _spans(obj, path="ann"):
    """Every object in the record tree that has start/end offsets, with where it was found."""
    if dataclasses.is_dataclass(obj):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end"} <= names:
            yield path, obj
        for f in dataclasses.fields(obj):
            yield from _spans(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, (list, tuple)):
        for i, x in enumerate(obj):
            yield from _spans(x, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _spans(v, f"{path}[{k!r}]")


def check(text: str) -> None:
    ann = annotate(text)
    assert ann.document.text == text
    for where, span in _spans(ann):
        if span.start is None and span.end is None:  # optional offsets (e.g. an undated role)
            continue
        assert 0 <= span.start <= span.end <= len(text), (where, span)
        if hasattr(span, "text") and isinstance(span.text, str):
            assert text[span.start:span.end] == span.text, (where, span)


@settings(max_examples=60, **SETTINGS)
@given(st.text(max_size=600))
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=40, **SETTINGS)
@given(st.text(st.characters(codec="utf-8", categories=["Cc", "Zs", "Zl", "Zp", "Mn", "So", "Lo"]), max_size=400))
def test_control_marks_and_separators(text):
    check(text)


WORDS = st.sampled_from(["On", "March", "3,", "1979", "the", "Front", "said", "“We", "will", "return,”",
                         "Mr.", "Hun", "Sen", "over", "3", "million", "people", "in", "Phnom", "Penh", "last",
                         "year", "—", "(AP)", "\n", "\n\n", "USD", "3.8", "billion", "'", "\"", "...", "?"])


@settings(max_examples=60, **SETTINGS)
@given(st.lists(WORDS, max_size=120))
def test_news_shaped_text(words):
    check(" ".join(words))


@settings(max_examples=10, **SETTINGS)
@given(st.text(st.characters(codec="utf-8", exclude_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
               min_size=1, max_size=30), st.integers(200, 2500))
def test_very_long_lines(chunk, times):
    check((chunk + " ") * times)


def _nested(depth: int, tag: str, body: str) -> str:
    return f"<{tag}>" * depth + body + f"</{tag}>" * depth


@settings(max_examples=30, **SETTINGS)
@given(st.integers(1, 400), st.sampled_from(["div", "span", "b", "p", "table", "li"]),
       st.text(max_size=200), st.booleans())
def test_html_deeply_nested_or_broken(depth, tag, body, close):
    html = "<html><body><article><p>On March 3, 1979, the treaty was signed.</p>" + _nested(depth, tag, body)
    if close:
        html += "</article></body></html>"
    try:
        text, meta = extract_html(html, "fuzz.html")
    except InputError:
        return  # refused with a reason is fine; anything else is a crash
    assert isinstance(text, str) and isinstance(meta, dict)
    check(text)


@settings(max_examples=20, **SETTINGS)
@given(st.text(max_size=300))
def test_html_of_arbitrary_text(body):
    try:
        text, _ = extract_html(body, "fuzz.html")
    except InputError:
        return
    check(text)


def test_nul_bytes_and_empty_text():
    for text in ("", "\x00", "a\x00b. On March 3, 1979\x00 he said.", "\x00" * 100):
        check(text)


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb"])
def test_lone_surrogates_are_refused_with_their_position(text):
    from chronologist.api import annotate
    from chronologist.errors import InputError
    with pytest.raises(InputError, match=r"lone surrogate code point U\+D[89A-F][0-9A-F]{2} at character \d"):
        annotate(text)
