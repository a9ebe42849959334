"""News or narrative?  News speaks from its own date ("yesterday", "last week", "Friday");
narrative history moves through dates long before it was written and says "three months later"."""
from __future__ import annotations

import statistics
from typing import Optional

from chronologist.time.normalize import parse
from chronologist.time.spec import Candidate

_DEICTIC_KINDS = {"deictic", "weekday", "ago"}


def choose_genre(hint: str, cands: list[Candidate], published_year: Optional[int]) -> tuple[str, str]:
    """(genre, why) — the why is shown to the user next to the choice."""
    if hint in ("news", "narrative"):
        return hint, "given"
    deictic = sum(1 for c in cands if c.spec.kind in _DEICTIC_KINDS and c.spec.type != "DURATION")
    years = [p.year for c in cands if c.spec.kind == "abs" and (p := parse(c.spec.value)) is not None
             and p.gran not in ("C", "E")]
    # a dated article needs a real run of history to read as narrative; an undated text less
    if len(years) < (8 if published_year is not None else 3):
        return "news", f"auto: news ({deictic} speech-time references, {len(years)} dated years)"
    median = statistics.median(years)
    far = published_year is None or median <= published_year - 10
    if far and deictic < max(3, len(years) // 10):
        why = (f"median year {median:g} is {published_year - median:g} years before the document date"
               if published_year is not None else f"no document date, median year {median:g}")
        return "narrative", f"auto: narrative ({why}; {deictic} speech-time references)"
    return "news", f"auto: news ({deictic} speech-time references, median year {median:g})"
