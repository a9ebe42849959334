"""The store's tables, as an ordered list of migrations.

Version N of the schema is the result of applying MIGRATIONS[:N].  A store records its version in
``meta``; opening a store whose version is newer than this code knows is refused (never guessed at).
Column names avoid SQL keywords (``char_start``/``char_end``) so the same SQL runs on PostgreSQL.
"""
from __future__ import annotations

APPLICATION = "chronologist"

DOCUMENTS = """
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT,
  sha256 TEXT NOT NULL,
  format TEXT,
  title TEXT,
  author TEXT,
  translators TEXT,
  url TEXT,
  meta_date TEXT,
  published TEXT,
  published_basis TEXT,
  published_earliest TEXT,
  published_latest TEXT,
  genre TEXT,
  words INTEGER NOT NULL DEFAULT 0,
  chars INTEGER NOT NULL DEFAULT 0,
  extractors TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE texts (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  text TEXT NOT NULL
);
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc_id, char_start);
CREATE TABLE spans (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  label TEXT,
  value TEXT,
  ref TEXT,
  earliest TEXT,
  latest TEXT,
  attrs TEXT NOT NULL
);
CREATE INDEX spans_doc ON spans(doc_id, kind, char_start);
CREATE INDEX spans_kind_value ON spans(kind, value);
CREATE TABLE doc_entities (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  attrs TEXT NOT NULL,
  PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_name ON doc_entities(name);
"""

# Written only by the link pass, which replaces all of them in one transaction.
LINKED = """
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  located TEXT,
  mentions INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  attrs TEXT NOT NULL
);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
CREATE TABLE entity_members (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL
);
CREATE INDEX entity_members_entity ON entity_members(entity_id);
CREATE INDEX entity_members_doc ON entity_members(doc_id, local_id);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  date_value TEXT,
  earliest TEXT,
  latest TEXT,
  summary TEXT NOT NULL,
  category TEXT NOT NULL,
  cameo TEXT,
  factuality TEXT NOT NULL,
  place TEXT REFERENCES entities(id) ON DELETE SET NULL,
  sources INTEGER NOT NULL DEFAULT 0,
  attrs TEXT NOT NULL
);
CREATE INDEX events_when ON events(earliest, latest);
CREATE TABLE event_sources (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  date_value TEXT,
  trigger_word TEXT
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE INDEX event_sources_doc ON event_sources(doc_id);
CREATE TABLE event_entities (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role TEXT NOT NULL
);
CREATE INDEX event_entities_entity ON event_entities(entity_id);
CREATE TABLE measures (
  id TEXT PRIMARY KEY,
  measure TEXT NOT NULL,
  unit TEXT,
  claims INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE measure_claims (
  measure_id TEXT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  bound TEXT,
  unit TEXT,
  claimant TEXT
);
CREATE INDEX measure_claims_measure ON measure_claims(measure_id);
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  about TEXT NOT NULL,
  note TEXT
);
CREATE TABLE conflict_items (
  conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT
);
CREATE INDEX conflict_items_conflict ON conflict_items(conflict_id);
"""

LINK_TABLES = ("quote_speakers", "conflict_items", "conflicts", "measure_claims", "measures", "event_entities",
               "event_sources", "events", "entity_members", "entity_aliases", "entities")

# Datasette and other SQL users get readable joins without knowing the JSON columns.
VIEWS = """
CREATE VIEW timeline AS
  SELECT e.id, e.date_value, e.earliest, e.latest, e.summary, e.category, e.factuality, e.sources,
         s.doc_id, s.char_start, s.char_end, s.text AS sentence
  FROM events e JOIN event_sources s ON s.event_id = e.id;
CREATE VIEW quotes AS
  SELECT sp.doc_id, sp.char_start, sp.char_end, sp.text, sp.label AS kind, m.entity_id AS speaker,
         en.name AS speaker_name
  FROM spans sp
  LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref
  LEFT JOIN entities en ON en.id = m.entity_id
  WHERE sp.kind = 'quote';
"""

# Version 3: what the big-store queries need.  ``brief`` holds what a timeline row shows (actors,
# targets, date basis, the first sources) so that a page does not parse every source of a much-told
# event (the full list stays in attrs and event_sources); the indexes serve the timeline's order,
# per-entity document samples, quote speakers and per-document claims.
BIG_STORE = """
ALTER TABLE events ADD COLUMN brief TEXT;
CREATE INDEX events_order ON events(earliest, latest, id);
CREATE INDEX entity_members_entity_doc ON entity_members(entity_id, doc_id, local_id);
CREATE INDEX entity_members_doc_entity ON entity_members(doc_id, entity_id);
CREATE INDEX spans_ref ON spans(doc_id, ref, kind);
CREATE INDEX measure_claims_doc ON measure_claims(doc_id, char_start);
CREATE INDEX event_entities_event ON event_entities(event_id);
"""

# Version 4: an entity's quotes and the ranked entity lists straight off an index.  Reaching a famous
# speaker's quotes through entity_members meant probing every document that mentions the speaker;
# quote_speakers is filled by the link pass (one row per attributed quote) and by this migration.
QUOTE_SPEAKERS_FILL = """
INSERT INTO quote_speakers (entity_id, doc_id, char_start, span_id)
  SELECT m.entity_id, sp.doc_id, sp.char_start, sp.id FROM spans sp
  JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref
  WHERE sp.kind = 'quote';
"""
QUOTE_SPEAKERS = """
CREATE TABLE quote_speakers (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  char_start INTEGER NOT NULL,
  span_id INTEGER NOT NULL
);
CREATE INDEX quote_speakers_entity ON quote_speakers(entity_id, doc_id, char_start);
CREATE INDEX quote_speakers_doc ON quote_speakers(doc_id);
CREATE INDEX entities_rank ON entities(mentions DESC, name);
CREATE INDEX entities_type_rank ON entities(type, mentions DESC, name);
""" + QUOTE_SPEAKERS_FILL

# Each entry is (version, list of SQL scripts); backends translate the few SQLite-only parts.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [DOCUMENTS, LINKED]),
    (2, [VIEWS]),
    (3, [BIG_STORE]),
    (4, [QUOTE_SPEAKERS]),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

# Full-text search is where the backends differ; each gets its own DDL at version 1.
SQLITE_FTS = """
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""
POSTGRES_FTS = """
CREATE INDEX sentences_fts ON sentences USING GIN (to_tsvector('simple', text));
"""
# Version 4 also drops the member list from each entity's JSON (entity_members holds it).
BACKEND_EXTRA: dict[str, dict[int, str]] = {
    "sqlite": {1: SQLITE_FTS, 4: "UPDATE entities SET attrs = json_remove(attrs, '$.members');"},
    "postgresql": {1: POSTGRES_FTS, 4: "UPDATE entities SET attrs = (attrs::jsonb - 'members')::text;"},
}
