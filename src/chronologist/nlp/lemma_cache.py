"""The model's rule lemmatizer, run over whole arrays instead of token by token.

spaCy's ``Lemmatizer`` already caches each lemma by (word, POS, morphology), but it still visits
every token from Python, builds a morphology object to make the cache key and sets the lemma
through the string setter: about 6% of parsing time for a result that is nearly always a cache hit.
Here the keys come from one ``Doc.to_array`` call and the lemmas go back with one ``from_array``;
a key not seen before is lemmatized by the model's own lemmatizer, so every lemma is the one it
would have set (``tests/nlp/test_lemma_cache.py`` holds us to that).
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS


class ArrayLemmatizer:
    """A rule-mode ``Lemmatizer``'s work on one Doc, with the same result as calling it."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = self.lemmas
        out = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:  # set by the attribute ruler's exceptions: the lemmatizer leaves those
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[key] = found
            out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def pipe(self, stream, batch_size: int = 128, **_):
        for doc in stream:
            yield self(doc)


def install(nlp) -> bool:
    """Lemmatize ``nlp.pipe`` batches through ArrayLemmatizer; False when the pipeline's lemmatizer
    is not a plain rule one (then spaCy's stays in charge)."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    # Language.pipe asks each component for its ``pipe``; an instance attribute answers first
    lemmatizer.pipe = ArrayLemmatizer(lemmatizer).pipe
    return True
