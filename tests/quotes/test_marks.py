"""Pairing quotation marks: every style, across paragraphs, and bad input without a crash."""
from hypothesis import given, settings, strategies as st

from chronologist.quotes.marks import find_stretches


def _texts(text):
    return [text[s.start:s.end] for s in find_stretches(text)]


def test_every_style():
    text = 'A said “one two” and «three four» and "five six" and ‘seven eight’ too.'
    assert _texts(text) == ["“one two”", "«three four»", '"five six"', "‘seven eight’"]


def test_apostrophes_are_not_quotes():
    assert _texts("Vietnam’s army and the people’s council met.") == []


def test_nested_quotes_stay_inside():
    text = "He said “she called it ‘madness’ twice” then left."
    assert _texts(text) == ["“she called it ‘madness’ twice”"]


def test_multi_paragraph_quote_continues_when_the_next_paragraph_opens_with_a_mark():
    text = "He said: “First part.\n\n“Second part.” Then he left."
    assert _texts(text) == ["“First part.\n\n“Second part.”"]


def test_quote_that_never_closes_ends_with_its_paragraph():
    text = "He said: “This never closes.\n\nNext paragraph here."
    (s,) = find_stretches(text)
    assert not s.closed and text[s.start:s.end] == "“This never closes."


def test_unbalanced_closing_mark_is_ignored():
    assert _texts("It ended” without an opening.") == []


def test_ten_thousand_word_quotation():
    text = "She said “" + "word " * 10_000 + "end.” Done."
    (s,) = find_stretches(text)
    assert s.closed and s.end - s.start > 50_000


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n“”\"‘’«».,", max_size=200))
def test_spans_stay_inside_the_text(text):
    for s in find_stretches(text):
        assert 0 <= s.start < s.end <= len(text)
