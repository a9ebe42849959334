"""Read-only questions the CLI, the Python API and the web UI ask of a store.

Each function returns plain dicts (JSON-ready) with the citation of every fact: document id and
character offsets into that document's stored text.  ``limit``/``offset`` page every list.
"""
from __future__ import annotations

import json
import re
from typing import Optional

from chronologist.store.base import Store
from chronologist.store.datekey import sql_key
from chronologist.store.jsoncols import from_json_cols, json_cols
from chronologist.store.rows import BRIEF_SOURCES

MAX_LIMIT = 500
MAX_QUERY = 200
DOCUMENTS_LISTED = 200  # an entity's documents listed by name; the count is in entities.documents
CO_MENTION_SAMPLE = 400  # documents of an entity over which co-mentions are counted
RANK_WINDOW = 2000  # matches of one search ranked by relevance (see search)


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def summary(store: Store) -> dict:
    count = lambda table: store.scalar(f"SELECT COUNT(*) FROM {table}")  # noqa: E731
    kinds = {r["kind"]: r["n"] for r in store.rows("SELECT kind, COUNT(*) AS n FROM spans GROUP BY kind")}
    span = store.one("SELECT MIN(earliest) AS first, MAX(latest) AS last FROM events WHERE earliest IS NOT NULL")
    return {
        "documents": count("documents"), "words": store.scalar("SELECT COALESCE(SUM(words), 0) FROM documents"),
        "sentences": count("sentences"), "timex": kinds.get("timex", 0), "mentions": kinds.get("mention", 0),
        "quotes": kinds.get("quote", 0), "claims": kinds.get("claim", 0), "entities": count("entities"),
        "events": count("events"), "conflicts": count("conflicts"),
        "first_date": span["first"] if span else None, "last_date": span["last"] if span else None,
        "top_entities": store.rows("SELECT id, name, type, mentions, documents FROM entities "
                                   "ORDER BY mentions DESC, name LIMIT 10"),
        "link_stale": store.link_stale(),
    }


def documents(store: Store, limit: int = 100, offset: int = 0) -> list[dict]:
    limit, offset = _page(limit, offset)
    return store.rows("SELECT id, path, title, author, published, published_basis, genre, words FROM documents "
                      "ORDER BY id LIMIT ? OFFSET ?", (limit, offset))


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def fts_expression(query: str) -> str:
    """A user's words as a safe FTS5 query: each word a quoted term (so AND, NEAR, * are plain words)."""
    words = _FTS_WORD.findall(query[:MAX_QUERY])
    return " ".join(f'"{w}"' for w in words)


def search(store: Store, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """Sentences matching every word of ``query``, best first, each with its document and offsets.

    The first RANK_WINDOW matches (in the order they were stored) are ranked by relevance; further
    matches of a very common word follow in stored order.  Ranking every one of a hundred thousand
    matches would make one common word cost more than the whole page is worth.
    """
    limit, offset = _page(limit, offset)
    expr = fts_expression(query)
    if not expr:
        return []
    if store.backend != "sqlite":
        rows = store.search_sentences(_FTS_WORD.findall(query[:MAX_QUERY]), limit, offset)
    else:
        rows = _fts5_page(store, expr, limit, offset)
    for r in rows:
        r["highlights"] = _highlights(r.pop("marked"), r["char_start"])
    return rows


def _fts5_page(store: Store, expr: str, limit: int, offset: int) -> list[dict]:
    match = "FROM sentences_fts WHERE sentences_fts MATCH ?"
    window = store.rows(f"SELECT rowid AS id, bm25(sentences_fts) AS score {match} LIMIT ?", (expr, RANK_WINDOW))
    window.sort(key=lambda r: (r["score"], r["id"]))  # bm25: lower is more relevant
    ids = [r["id"] for r in window[offset:offset + limit]]
    if len(ids) < limit and len(window) == RANK_WINDOW:
        past = RANK_WINDOW + max(0, offset - RANK_WINDOW)
        ids += [r["id"] for r in store.rows(f"SELECT rowid AS id {match} LIMIT ? OFFSET ?",
                                            (expr, limit - len(ids), past))]
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = store.rows(
        "SELECT s.id, s.doc_id, s.char_start, s.char_end, s.text, "
        "highlight(sentences_fts, 0, char(2), char(3)) AS marked "
        "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
        f"WHERE sentences_fts MATCH ? AND sentences_fts.rowid IN ({marks})", (expr, *ids))
    order = {i: n for n, i in enumerate(ids)}
    rows.sort(key=lambda r: order[r["id"]])
    for r in rows:
        del r["id"]
    return rows


def _highlights(marked: str, base: int) -> list[list[int]]:
    """Offsets (into the document) of the matched words, from text marked with \\x02 … \\x03."""
    out, pos, open_at = [], base, None
    for ch in marked:
        if ch == "\x02":
            open_at = pos
        elif ch == "\x03" and open_at is not None:
            out.append([open_at, pos])
            open_at = None
        else:
            pos += 1
    return out


def entities(store: Store, type: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
    limit, offset = _page(limit, offset)
    where, params = ("WHERE type = ?", [type.upper()]) if type else ("", [])
    # pick the page first, then read the JSON of those rows only (famous entities carry big records)
    rows = store.rows(f"SELECT id, name, type, mentions, documents, country, lat, lon, located, "
                      f"{json_cols(store, 'aliases', 'roles')} FROM entities WHERE id IN "
                      f"(SELECT id FROM entities {where} ORDER BY mentions DESC, name LIMIT ? OFFSET ?) "
                      f"ORDER BY mentions DESC, name", (*params, limit, offset))
    for r in rows:
        r.update(from_json_cols(r, "aliases", "roles"))
    return rows


def find_entity(store: Store, name_or_id: str) -> Optional[dict]:
    row = store.one("SELECT id FROM entities WHERE id = ?", (name_or_id,)) or \
        store.one("SELECT id FROM entities WHERE name = ? ORDER BY mentions DESC", (name_or_id,)) or \
        store.one("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                  "WHERE LOWER(a.alias) = LOWER(?) ORDER BY e.mentions DESC", (name_or_id,))
    return entity(store, row["id"]) if row else None


def entity(store: Store, entity_id: str, limit: int = 50) -> Optional[dict]:
    row = store.one("SELECT * FROM entities WHERE id = ?", (entity_id,))
    if row is None:
        return None
    attrs = json.loads(row.pop("attrs"))
    row["aliases"], row["roles"] = attrs.get("aliases", []), attrs.get("roles", [])
    row["mention_spans"] = mention_spans(store, entity_id, limit)
    row["documents_list"] = entity_documents(store, entity_id)
    row["quotes"] = quotes(store, speaker_id=entity_id, limit=limit)
    row["events"] = timeline(store, entity=entity_id, include_all=True, limit=limit)
    row["co_mentioned_sample"] = min(int(row.get("documents") or 0), CO_MENTION_SAMPLE)
    row["co_mentioned"] = co_mentioned(store, entity_id)
    return row


# The per-document parts of an entity read a bounded sample of its documents (in id order): exact
# for a small corpus, bounded for a famous name in a big one.
_ENTITY_DOCS = "SELECT doc_id FROM entity_members WHERE entity_id = ? ORDER BY doc_id LIMIT ?"


def mention_spans(store: Store, entity_id: str, limit: int) -> list[dict]:
    return store.rows(
        "SELECT s.doc_id, s.char_start, s.char_end, s.text FROM entity_members m JOIN spans s "
        "ON s.doc_id = m.doc_id AND s.ref = m.local_id AND s.kind = 'mention' WHERE m.entity_id = ? "
        f"AND m.doc_id IN ({_ENTITY_DOCS}) ORDER BY s.doc_id, s.char_start LIMIT ?", (entity_id, entity_id, limit, limit))


def entity_documents(store: Store, entity_id: str) -> list[str]:
    """The first DOCUMENTS_LISTED documents of an entity; entities.documents holds the count."""
    return [r["doc_id"] for r in store.rows(
        "SELECT DISTINCT doc_id FROM entity_members WHERE entity_id = ? ORDER BY doc_id LIMIT ?",
        (entity_id, DOCUMENTS_LISTED))]


def co_mentioned(store: Store, entity_id: str) -> list[dict]:
    """The 15 entities sharing most documents with this one, over CO_MENTION_SAMPLE of its documents."""
    return store.rows(
        "SELECT e.id, e.name, e.type, COUNT(DISTINCT m2.doc_id) AS documents FROM entity_members m1 "
        "JOIN entity_members m2 ON m2.doc_id = m1.doc_id AND m2.entity_id <> m1.entity_id "
        f"JOIN entities e ON e.id = m2.entity_id WHERE m1.entity_id = ? AND m1.doc_id IN ({_ENTITY_DOCS}) "
        "GROUP BY e.id, e.name, e.type ORDER BY documents DESC, e.name LIMIT 15",
        (entity_id, entity_id, CO_MENTION_SAMPLE))


def document(store: Store, doc_id: str) -> Optional[dict]:
    row = store.one("SELECT * FROM documents WHERE id = ?", (doc_id,))
    if row is None:
        return None
    row["translators"] = json.loads(row["translators"] or "[]")
    row["extractors"] = json.loads(row["extractors"])
    row["text"] = store.scalar("SELECT text FROM texts WHERE doc_id = ?", (doc_id,))
    row["spans"] = spans(store, doc_id)
    return row


def spans(store: Store, doc_id: str) -> list[dict]:
    rows = store.rows(
        "SELECT sp.kind, sp.char_start, sp.char_end, sp.text, sp.label, sp.value, sp.ref, sp.attrs, "
        "m.entity_id FROM spans sp LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref "
        "AND sp.kind IN ('mention', 'quote') WHERE sp.doc_id = ? ORDER BY sp.char_start, sp.char_end DESC",
        (doc_id,))
    for r in rows:
        r["attrs"] = json.loads(r["attrs"])
    return rows


def timeline(store: Store, *, date_from: Optional[str] = None, date_to: Optional[str] = None,
             entity: Optional[str] = None, category: Optional[str] = None, document: Optional[str] = None,
             factuality: Optional[str] = None, include_all: bool = False, limit: int = 200,
             offset: int = 0) -> list[dict]:
    """Events in date order.  By default only dated, asserted ones: the rest is behind ``include_all``."""
    limit, offset = _page(limit, offset)
    where, params = [], []
    if not include_all:
        where.append("e.earliest IS NOT NULL")
        if factuality is None:
            where.append("e.factuality = 'asserted'")
    if factuality:
        where.append("e.factuality = ?"); params.append(factuality)
    if date_from:
        where.append("e.latest >= ?"); params.append(date_from)
    if date_to:
        where.append("e.earliest <= ?"); params.append(date_to + "-99" if len(date_to) < 10 else date_to)
    if category:
        where.append("e.category = ?"); params.append(category.upper())
    if entity:
        where.append("e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)"); params.append(entity)
    if document:
        where.append("e.id IN (SELECT event_id FROM event_sources WHERE doc_id = ?)"); params.append(document)
    rows = _events_by_id(store, _event_page(store, where, params, include_all, limit, offset))
    for r in rows:
        attrs = json.loads(r.pop("attrs"))
        r["actors"], r["targets"] = attrs.get("actors", []), attrs.get("targets", [])
        r["basis"] = (attrs.get("date") or {}).get("basis")
        r["source_list"] = [{k: src.get(k) for k in ("doc", "start", "end", "text", "date")}
                            for src in attrs.get("sources", [])[:BRIEF_SOURCES]]
        r["source_total"] = attrs.get("source_total", len(attrs.get("sources", [])))
    return rows


# Date order in three runs, each served by an index or small: BCE days (few; text order is wrong
# among negative years, so they sort on the integer key), then years 0 and later (text order is
# right: the events_order index), then the undated.
_SEGMENTS = (("e.earliest < '0'", f"{sql_key('e.earliest')}, {sql_key('e.latest')}, e.id"),
             ("e.earliest >= '0'", "e.earliest, e.latest, e.id"),
             ("e.earliest IS NULL", "e.id"))


def _event_page(store: Store, where: list[str], params: list, include_all: bool, limit: int,
                offset: int) -> list[str]:
    ids: list[str] = []
    for cond, order in _SEGMENTS[:3 if include_all else 2]:
        clause = "WHERE " + " AND ".join([*where, cond])
        need = limit - len(ids)
        got = [r["id"] for r in store.rows(f"SELECT e.id FROM events e {clause} ORDER BY {order} LIMIT ? OFFSET ?",
                                           (*params, need, offset))]
        ids += got
        if len(ids) >= limit:
            break
        # the next run starts after this one's rows: skip what of the offset this run used up
        used = offset + len(got) if got else int(store.scalar(f"SELECT COUNT(*) FROM events e {clause}", params) or 0)
        offset = max(0, offset - used)
    return ids


def _events_by_id(store: Store, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    rows = store.rows("SELECT e.id, e.date_value, e.earliest, e.latest, e.summary, e.category, e.cameo, "
                      "e.factuality, e.place, e.sources, COALESCE(e.brief, e.attrs) AS attrs FROM events e "
                      f"WHERE e.id IN ({', '.join('?' * len(ids))})", ids)
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def quotes(store: Store, *, speaker: Optional[str] = None, speaker_id: Optional[str] = None,
           limit: int = 100, offset: int = 0) -> list[dict]:
    limit, offset = _page(limit, offset)
    select = ("SELECT sp.doc_id, sp.char_start, sp.char_end, sp.text, sp.label AS kind, sp.value AS cue, "
              "m.entity_id AS speaker, en.name AS speaker_name, sp.attrs FROM ")
    if speaker_id:
        # one speaker's quotes in document order straight off the quote_speakers index
        rows = store.rows(
            select + "quote_speakers m JOIN spans sp ON sp.id = m.span_id JOIN entities en ON en.id = m.entity_id "
            "WHERE m.entity_id = ? ORDER BY m.doc_id, m.char_start LIMIT ? OFFSET ?", (speaker_id, limit, offset))
    else:
        where, params = ["sp.kind = 'quote'"], []
        if speaker:
            where.append("m.entity_id IN (SELECT entity_id FROM entity_aliases WHERE LOWER(alias) = LOWER(?))")
            params.append(speaker)
        rows = store.rows(
            select + "spans sp LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref "
            "LEFT JOIN entities en ON en.id = m.entity_id WHERE " + " AND ".join(where) +
            " ORDER BY en.name, sp.doc_id, sp.char_start LIMIT ? OFFSET ?", (*params, limit, offset))
    for r in rows:
        attrs = json.loads(r.pop("attrs"))
        r["source"], r["occasion"] = attrs.get("source"), attrs.get("occasion")
        r["attribution"] = attrs.get("attribution", "speech")
    return rows


def claims(store: Store, *, measure: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Measures with every claimed value, measures that have conflicts first."""
    limit, offset = _page(limit, offset)
    where, params = "", []
    if measure:
        where, params = "WHERE LOWER(m.measure) LIKE ?", [f"%{measure.lower()}%"]
    groups = store.rows(
        f"SELECT m.id, m.measure, m.unit, m.claims FROM measures m {where} "
        f"ORDER BY (SELECT COUNT(*) FROM conflict_items ci JOIN measure_claims mc ON mc.doc_id = ci.doc_id "
        f"AND mc.char_start = ci.char_start WHERE mc.measure_id = m.id) DESC, m.claims DESC, m.measure "
        f"LIMIT ? OFFSET ?", (*params, limit, offset))
    for g in groups:
        g["values"] = store.rows(
            "SELECT doc_id, char_start, char_end, text, value, bound, unit, claimant FROM measure_claims "
            "WHERE measure_id = ? ORDER BY doc_id, char_start", (g["id"],))
        for v in g["values"]:
            v["value"] = json.loads(v["value"])
    return groups


def conflicts(store: Store, *, kind: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
    limit, offset = _page(limit, offset)
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    rows = store.rows(f"SELECT id, kind, about, note FROM conflicts {where} ORDER BY id LIMIT ? OFFSET ?",
                      (*params, limit, offset))
    for r in rows:
        r["items"] = store.rows("SELECT doc_id, char_start, char_end, text, value FROM conflict_items "
                                "WHERE conflict_id = ? ORDER BY doc_id, char_start", (r["id"],))
        for i in r["items"]:
            i["value"] = json.loads(i["value"]) if i["value"] else None
    return rows
