"""What an extractor sees of a document: the text, its parse, and what earlier stages found.

Extractors read a ``Context`` and return records; they never write to it or to the store.  The
pipeline (``extract/pipeline.py``) is the only place that fills the fields below.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from chronologist.records import (
    DocDate, Document, Entity, Furniture, Genre, Mention, Quote, Sentence, Timex,
)

if TYPE_CHECKING:  # spaCy is heavy; extractors get a parsed Doc, they need not import it
    from spacy.tokens import Doc


@dataclass
class Context:
    document: Document
    doc: "Doc"  # spaCy parse of the whole text: its char offsets are the text's offsets
    furniture: list[Furniture] = field(default_factory=list)
    date_hint: Optional[str] = None  # --date given by the user (wins over everything)
    genre_hint: str = "auto"  # news | narrative | auto
    published: DocDate = field(default_factory=lambda: DocDate(None, "unknown"))
    genre: Genre = "news"
    timex: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # The headline (first line of a text that looks like a title): times in it count, but it states
    # no events and no quotes.  None when the text opens straight into prose.
    headline: Optional[tuple[int, int]] = None

    @property
    def text(self) -> str:
        return self.document.text

    def in_furniture(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a caption, boilerplate, byline or title span."""
        # A page has a handful of furniture spans, so a scan beats an index.
        return any(f.start < end and start < f.end for f in self.furniture)

    def in_headline(self, start: int, end: int) -> bool:
        return self.headline is not None and start < self.headline[1] and self.headline[0] < end

    def sentences(self) -> list[Sentence]:
        """Sentences of the parse that are not page furniture."""
        text = self.text
        return [Sentence(s.start_char, s.end_char) for s in self.doc.sents
                if not self.in_furniture(s.start_char, s.end_char) and text[s.start_char:s.end_char].strip()]
