"""When: TIMEX3 tagging, normalisation and the document's own date."""
from __future__ import annotations

from dataclasses import dataclass, field

from chronologist.extract.context import Context
from chronologist.records import DocDate, Genre, Timex


@dataclass
class TimeResult:
    published: DocDate
    genre: Genre
    timex: list[Timex] = field(default_factory=list)


def tag_time(ctx: Context) -> TimeResult:
    """First cut (replaced by the time tagger): no times; date from --date or metadata."""
    value = ctx.date_hint or ctx.document.date
    basis = "given" if ctx.date_hint else ("metadata" if value else "unknown")
    genre = ctx.genre_hint if ctx.genre_hint in ("news", "narrative") else "news"
    return TimeResult(DocDate(value, basis), genre, [])
