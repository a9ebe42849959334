"""The lookup attribute matcher must give exactly what the model's own ruler gives."""
from __future__ import annotations

import pytest

from chronologist.nlp.attribute_rules import RuleMatcher, UnsupportedRule
from chronologist.nlp.pipeline import load_plain

_TOKEN_ATTRS = ("text", "tag_", "pos_", "morph", "lemma_", "dep_", "head.i", "is_sent_start")


def _texts(examples, shared_texts) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))] + list(shared_texts)
    # the rules' corner cases: "there is", auxiliaries used as main verbs, spaces, "got"/"gets"
    texts.append("There is no doubt. They did it, and he has a car.\n\n  She got it; it gets done.  \t x")
    return texts


@pytest.fixture(scope="module")
def shared_texts():
    from tests.conftest import SHARED
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*/*.txt"))]


def _attrs(tok, name):
    obj = tok
    for part in name.split("."):
        obj = getattr(obj, part)
    return str(obj)


def test_matches_equal_spacys_matcher(examples, shared_texts):
    plain = load_plain()
    ruler = plain.get_pipe("attribute_ruler")
    fast = RuleMatcher(ruler)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe(_texts(examples, shared_texts)))
    assert sum(len(d) for d in docs) > 1000
    for doc in docs:
        assert fast.match(doc) == sorted(set(ruler.match(doc))), doc.text[:60]


def test_pipeline_tokens_equal_the_shipped_models(nlp, examples, shared_texts):
    plain = load_plain()
    plain.add_pipe("chronologist_paragraphs", before="parser")  # the same pipeline but for the matcher
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))
    assert "match" not in vars(plain.get_pipe("attribute_ruler"))  # spaCy's own Matcher
    for text in _texts(examples, shared_texts)[:8]:
        ours, theirs = nlp(text), plain(text)
        for a, b in zip(ours, theirs):
            for name in _TOKEN_ATTRS:
                assert _attrs(a, name) == _attrs(b, name), (a.text, name)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in theirs.ents]


def test_rule_it_cannot_evaluate_keeps_spacys_matcher():
    import spacy
    from chronologist.nlp.attribute_rules import install

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    with pytest.raises(UnsupportedRule):
        RuleMatcher(ruler)
    assert install(blank) is False
    assert blank("cat")[0].pos_ == "NOUN"
