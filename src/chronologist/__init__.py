"""chronologist: a cited, cross-checked record from a folder of articles.

Python API::

    import chronologist
    ann = chronologist.annotate("On 7 January 1979 ...", date="2019-01-07")
    store = chronologist.open("chronologist.db")   # read-only
"""
from __future__ import annotations

__version__ = "0.1.0"

from chronologist.api import annotate, open  # noqa: E402,F401  (the public entry points)

__all__ = ["annotate", "open", "__version__"]
