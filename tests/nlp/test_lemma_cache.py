"""Lemmas from the array lemmatizer must be the ones the model's own lemmatizer sets."""
from __future__ import annotations

import spacy

from chronologist.nlp.lemma_cache import install
from chronologist.nlp.pipeline import load_plain
from tests.nlp.test_attribute_rules import _texts, shared_texts  # noqa: F401  (fixture)


def test_batched_lemmas_equal_the_shipped_models(nlp, examples, shared_texts):  # noqa: F811
    assert "pipe" in vars(nlp.get_pipe("lemmatizer"))
    plain = load_plain()
    plain.add_pipe("chronologist_paragraphs", before="parser")
    texts = _texts(examples, shared_texts)
    # twice over: the second pass is answered from the cache built by the first
    ours = list(nlp.pipe(texts + texts, batch_size=4))
    theirs = list(plain.pipe(texts, batch_size=4)) * 2
    assert sum(len(d) for d in ours) > 2000
    for a, b in zip(ours, theirs):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b], a.text[:60]


def test_a_lemmatizer_that_is_not_a_rule_one_is_left_alone():
    blank = spacy.blank("en")
    assert install(blank) is False  # no lemmatizer at all
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert install(blank) is False
    assert "pipe" not in vars(blank.get_pipe("lemmatizer"))
