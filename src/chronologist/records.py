"""The records every layer passes along.

Every record that points into a text carries ``start``/``end``: Python string offsets into the
exact text that was read (``Document.text``), end exclusive.  ``text`` repeats
``Document.text[start:end]`` so that a reader of the JSON can check the citation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union

Number = Union[int, float]
Value = Union[Number, tuple[Number, Number]]
Genre = Literal["news", "narrative"]


@dataclass
class Document:
    id: str
    text: str
    path: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    translators: list[str] = field(default_factory=list)
    date: Optional[str] = None  # ISO date from metadata (HTML, JSONL, TML DCT), if any
    url: Optional[str] = None
    source_format: str = "txt"
    sha256: str = ""


@dataclass
class Furniture:
    """Page furniture: recorded as a span, skipped by the extractors."""

    start: int
    end: int
    text: str
    kind: Literal["caption", "boilerplate", "byline", "title"]
    role: Optional[str] = None  # "author" / "translator" for bylines


@dataclass
class DocDate:
    """The date a document was written: a TIMEX3 value with the evidence for it."""

    value: Optional[str]  # "2019", "2018-11-16", or None when unknown
    basis: str  # "metadata", "dateline: …", "inferred: …", "given", "unknown"
    earliest: Optional[str] = None
    latest: Optional[str] = None


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: Optional[str]
    mod: Optional[str] = None
    anchor: Optional[str] = None  # what a relative value was resolved against
    earliest: Optional[str] = None  # ISO day, astronomical year numbering for BC
    latest: Optional[str] = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, ...
    entity: str  # id of the document-local entity


@dataclass
class Role:
    title: str
    time: Optional[str] = None  # TIMEX3 value when the text dates the role
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Entity:
    id: str  # document-local id ("e3"); the link pass gives store-wide ids
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: Optional[str] = None  # ISO 3166-1 alpha-2 for places and demonyms
    lat: Optional[float] = None
    lon: Optional[float] = None
    located: Optional[str] = None  # how a place was geocoded, or "not located"


@dataclass
class SpanRef:
    start: int
    end: int
    text: str


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    speaker: Optional[str]  # entity id, None when unknown
    source: Optional[SpanRef] = None  # the mention that names the speaker
    cue: Optional[str] = None
    cue_span: Optional[SpanRef] = None
    occasion: Optional[SpanRef] = None
    attribution: Literal["speech", "attitude", "intention"] = "speech"


@dataclass
class Claim:
    start: int
    end: int
    text: str
    value: Value
    bound: Literal["eq", "gt", "ge", "lt", "le", "approx", "range"]
    unit: Optional[str]
    measure: Optional[str]
    when: Optional[str] = None  # TIMEX3 value
    claimant: Optional[str] = None  # entity id; None = the article's own voice
    claimant_text: Optional[str] = None
    sentence: Optional[SpanRef] = None


@dataclass
class EventDate:
    value: Optional[str]
    earliest: Optional[str] = None
    latest: Optional[str] = None
    basis: str = "undated"  # "explicit", "inherited: …", "undated"


@dataclass
class Event:
    id: str
    start: int  # the sentence (or clause) that states it
    end: int
    text: str
    trigger: str
    trigger_span: SpanRef
    summary: str
    category: str  # PLOVER type or FOUND/TAKE_POWER/DEATH_TOLL/ELECTION/VERDICT/OTHER
    cameo: Optional[str] = None
    mode: Optional[str] = None
    actors: list[str] = field(default_factory=list)  # entity ids
    targets: list[str] = field(default_factory=list)
    place: Optional[str] = None
    date: EventDate = field(default_factory=lambda: EventDate(None))
    factuality: str = "asserted"  # asserted, negated, hypothetical, counterfactual, planned, reported
    reported_by: Optional[str] = None


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Annotations:
    """Everything the extractors found in one document."""

    document: Document
    published: DocDate
    genre: Genre
    sentences: list[Sentence] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    timex: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extractors: list[str] = field(default_factory=list)
    word_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# --- Cross-document records: made by the link pass (chronologist.link) over stored documents ---

@dataclass
class LinkedEntity:
    id: str  # store-wide id ("E12")
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    located: Optional[str] = None
    members: list[tuple[str, str]] = field(default_factory=list)  # (document id, local entity id)


@dataclass
class EventSource:
    doc: str
    start: int
    end: int
    text: str
    event: str  # local event id in that document
    date: Optional[str] = None  # that source's own date value
    trigger: Optional[str] = None
    date_basis: Optional[str] = None  # "explicit", "inherited: …" or "undated" (added by the event linker)


@dataclass
class LinkedEvent:
    id: str  # store-wide id ("V3")
    date: EventDate
    summary: str
    category: str
    cameo: Optional[str] = None
    actors: list[str] = field(default_factory=list)  # linked entity ids
    targets: list[str] = field(default_factory=list)
    place: Optional[str] = None
    factuality: str = "asserted"
    sources: list[EventSource] = field(default_factory=list)


@dataclass
class ClaimRef:
    doc: str
    index: int  # position of the claim in that document's claims list
    start: int
    end: int
    text: str
    value: Value
    bound: str = "eq"
    unit: Optional[str] = None
    claimant: Optional[str] = None  # linked entity id, None = the article's own voice


@dataclass
class ClaimGroup:
    id: str  # "M4"
    measure: str
    unit: Optional[str]
    claims: list[ClaimRef] = field(default_factory=list)


@dataclass
class ConflictItem:
    doc: str
    start: int
    end: int
    text: str
    value: Any = None  # a number, [low, high], a date value, or the framing words


@dataclass
class Conflict:
    id: str  # "C1"
    kind: Literal["number", "date", "framing", "date-refinement"]
    about: str
    items: list[ConflictItem] = field(default_factory=list)
    note: Optional[str] = None


@dataclass
class Linked:
    """What the link pass returns; the store saves it in one transaction."""

    entities: list[LinkedEntity] = field(default_factory=list)
    entity_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc, local) -> linked id
    events: list[LinkedEvent] = field(default_factory=list)
    claim_groups: list[ClaimGroup] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
