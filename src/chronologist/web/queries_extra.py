"""Read-only queries the web UI needs beyond ``chronologist.store.queries``.

Everything is paged in SQL and returns JSON-ready dicts; lists come with their total so pages can
link onwards.  Dates sort and filter on the BCE-safe integer key of ``web.dates.sql_key``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from chronologist.store import queries as Q
from chronologist.store.base import Store
from chronologist.store.jsoncols import from_json_cols, json_cols
from chronologist.web.dates import sql_key

E_KEY = sql_key("e.earliest")
E_KEY_LATE = sql_key("e.latest")


@dataclass
class EventFilter:
    entity: Optional[str] = None
    category: Optional[str] = None
    document: Optional[str] = None
    factuality: Optional[str] = "asserted"  # None = any
    date_from: Optional[int] = None  # integer date keys
    date_to: Optional[int] = None
    undated: bool = False

    def where(self) -> tuple[str, list]:
        where, params = [], []
        if not self.undated:
            where.append("e.earliest IS NOT NULL")
        if self.factuality:
            where.append("e.factuality = ?"); params.append(self.factuality)
        if self.category:
            where.append("e.category = ?"); params.append(self.category.upper())
        if self.entity:
            where.append("e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)"); params.append(self.entity)
        if self.document:
            where.append("e.id IN (SELECT event_id FROM event_sources WHERE doc_id = ?)"); params.append(self.document)
        if self.date_from is not None:
            where.append(f"{E_KEY_LATE} >= ?"); params.append(self.date_from)
        if self.date_to is not None:
            where.append(f"{E_KEY} <= ?"); params.append(self.date_to)
        return ("WHERE " + " AND ".join(where)) if where else "", params


def count(store: Store, sql: str, params: list | tuple = ()) -> int:
    return int(store.scalar(f"SELECT COUNT(*) FROM ({sql}) AS q", params) or 0)


def _ad_bounds(f: EventFilter) -> Optional[tuple[str, list]]:
    """The AD part of a filter as text comparisons the (earliest, latest) index serves; None if empty."""
    where, params = ["e.earliest >= '0'"], []
    if f.date_to is not None:
        if f.date_to < 0:
            return None
        where.append("e.earliest <= ?"); params.append(_key_iso(f.date_to))
    if f.date_from is not None and f.date_from > 0:
        where.append("e.latest >= ?"); params.append(_key_iso(f.date_from))
    return " AND ".join(where), params


def timeline(store: Store, f: EventFilter, limit: int, offset: int) -> tuple[list[dict], int]:
    """Events in date order, BCE first.

    ISO text order is right for years 0 and later and wrong among negative years, so BCE events
    (few) sort on the integer key while the rest use the events_when index: a page costs what it
    shows, not a sort of every event.
    """
    clause, params = f.where()
    glue = " AND " if clause else "WHERE "
    total = count(store, f"SELECT e.id FROM events e {clause}", params)
    cols = ("SELECT e.id, e.date_value, e.earliest, e.latest, e.summary, e.category, e.cameo, e.factuality, "
            "e.place, e.sources, COALESCE(e.brief, e.attrs) AS attrs FROM events e ")
    bce_clause = f"{clause}{glue}e.earliest < '0'"
    n_bce = count(store, f"SELECT e.id FROM events e {bce_clause}", params)
    rows: list[dict] = []
    if offset < n_bce:
        rows = store.rows(f"{cols}{bce_clause} ORDER BY {E_KEY}, {E_KEY_LATE}, e.id LIMIT ? OFFSET ?",
                          (*params, limit, offset))
    ad = _ad_bounds(f)
    if len(rows) < limit and ad is not None:
        ad_offset = max(0, offset - n_bce)
        rows += store.rows(f"{cols}{clause}{glue}{ad[0]} ORDER BY e.earliest, e.latest, e.id LIMIT ? OFFSET ?",
                           (*params, *ad[1], limit - len(rows), ad_offset))
    if len(rows) < limit and f.undated:
        dated = n_bce + count(store, f"SELECT e.id FROM events e {clause}{glue}{ad[0]}", (*params, *ad[1])) if ad else n_bce
        rows += store.rows(f"{cols}{clause}{glue}e.earliest IS NULL ORDER BY e.id LIMIT ? OFFSET ?",
                           (*params, limit - len(rows), max(0, offset - dated)))
    parsed = [json.loads(r.pop("attrs")) for r in rows]
    names = entity_names(store, {a for p in parsed for a in p.get("actors", [])} | {r["place"] for r in rows})
    for r, attrs in zip(rows, parsed):
        r["actors"] = [{"id": a, "name": names.get(a, a)} for a in attrs.get("actors", [])]
        r["targets"] = attrs.get("targets", [])
        r["place_name"] = names.get(r["place"]) if r["place"] else None
        r["basis"] = (attrs.get("date") or {}).get("basis")
        r["source_list"] = [{k: s.get(k) for k in ("doc", "start", "end", "text", "date")}
                            for s in attrs.get("sources", [])]
        r["source_total"] = attrs.get("source_total", len(r["source_list"]))
    return rows, total


BUCKET_UNITS = {"century": 1000000, "decade": 100000, "year": 10000, "month": 100}


def timeline_buckets(store: Store, f: EventFilter, unit: str) -> list[dict]:
    """Event counts per century/decade/year/month, for the timeline's zoomed-out view."""
    div = BUCKET_UNITS[unit]
    clause, params = f.where()
    if unit == "month":
        key = f"(({E_KEY}) / 100)"
    else:
        # floor division that also floors negative keys (SQL integer division truncates toward zero)
        key = f"(CASE WHEN ({E_KEY}) >= 0 THEN ({E_KEY}) / {div} ELSE -((-({E_KEY}) + {div - 1}) / {div}) END)"
    clause = clause or "WHERE 1 = 1"
    rows = store.rows(f"SELECT {key} AS b, COUNT(*) AS n FROM events e {clause} AND e.earliest IS NOT NULL "
                      f"GROUP BY b ORDER BY b", params)
    out = []
    for r in rows:
        b = int(r["b"])
        if unit == "month":
            year, month = (b // 100, b % 100) if b >= 0 else (-((-b) // 100), (-b) % 100)
            out.append({"start": [year, max(month, 1)], "end": [year + (month // 12), month % 12 + 1], "n": r["n"]})
        else:
            span = div // 10000
            out.append({"start": [b * span, 1], "end": [(b + 1) * span, 1], "n": r["n"]})
    return out


def entity_names(store: Store, ids: set) -> dict[str, str]:
    ids = [i for i in ids if i]
    out: dict[str, str] = {}
    for k in range(0, len(ids), 400):
        chunk = ids[k:k + 400]
        for r in store.rows(f"SELECT id, name FROM entities WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[r["id"]] = r["name"]
    return out


def event(store: Store, event_id: str) -> Optional[dict]:
    row = store.one("SELECT id, date_value, earliest, latest, summary, category, cameo, factuality, place, "
                    "sources, attrs FROM events WHERE id = ?", (event_id,))
    if row is None:
        return None
    attrs = json.loads(row.pop("attrs"))
    row["basis"] = (attrs.get("date") or {}).get("basis")
    row["entities"] = store.rows("SELECT en.id, en.name, en.type, ee.role FROM event_entities ee "
                                 "JOIN entities en ON en.id = ee.entity_id WHERE ee.event_id = ? "
                                 "ORDER BY ee.role, en.name", (event_id,))
    row["source_list"] = store.rows("SELECT s.doc_id, s.char_start, s.char_end, s.text, s.date_value, "
                                    "s.trigger_word, d.title FROM event_sources s JOIN documents d ON d.id = s.doc_id "
                                    "WHERE s.event_id = ? ORDER BY s.doc_id, s.char_start", (event_id,))
    return row


def documents(store: Store, limit: int, offset: int) -> tuple[list[dict], int]:
    total = int(store.scalar("SELECT COUNT(*) FROM documents") or 0)
    rows = store.rows("SELECT id, path, title, author, published, published_basis, genre, words FROM documents "
                      "ORDER BY id LIMIT ? OFFSET ?", (limit, offset))
    return rows, total


def quotes_total(store: Store, speaker_id: Optional[str]) -> int:
    if speaker_id:
        return int(store.scalar("SELECT COUNT(*) FROM spans sp JOIN entity_members m ON m.doc_id = sp.doc_id "
                                "AND m.local_id = sp.ref WHERE sp.kind = 'quote' AND m.entity_id = ?",
                                (speaker_id,)) or 0)
    return int(store.scalar("SELECT COUNT(*) FROM spans WHERE kind = 'quote'") or 0)


def speakers(store: Store, limit: int = 50) -> list[dict]:
    """The most quoted speakers (count first, names for the top ones only)."""
    rows = store.rows("SELECT m.entity_id AS id, COUNT(*) AS quotes FROM spans sp JOIN entity_members m "
                      "ON m.doc_id = sp.doc_id AND m.local_id = sp.ref WHERE sp.kind = 'quote' "
                      "GROUP BY m.entity_id ORDER BY quotes DESC, m.entity_id LIMIT ?", (limit,))
    names = entity_names(store, {r["id"] for r in rows})
    for r in rows:
        r["name"] = names.get(r["id"], r["id"])
    return rows


def places(store: Store, limit: int, offset: int) -> tuple[list[dict], int]:
    """Geocoded places with how many events happened there."""
    total = int(store.scalar("SELECT COUNT(*) FROM entities WHERE lat IS NOT NULL AND lon IS NOT NULL") or 0)
    rows = store.rows(
        "SELECT en.id, en.name, en.type, en.country, en.lat, en.lon, en.mentions, "
        "(SELECT COUNT(*) FROM event_entities ee WHERE ee.entity_id = en.id AND ee.role = 'place') AS events "
        "FROM entities en WHERE en.lat IS NOT NULL AND en.lon IS NOT NULL "
        "ORDER BY events DESC, en.mentions DESC, en.name LIMIT ? OFFSET ?", (limit, offset))
    return rows, total


def network(store: Store, max_nodes: int, limit: int, offset: int) -> tuple[list[dict], list[dict], int]:
    """Actors (actor/target of events) linked by the events they share, each edge with its dates."""
    nodes = store.rows(
        "SELECT ee.entity_id AS id, en.name, en.type, COUNT(DISTINCT ee.event_id) AS events FROM event_entities ee "
        "JOIN entities en ON en.id = ee.entity_id WHERE ee.role IN ('actor', 'target') "
        "GROUP BY ee.entity_id, en.name, en.type ORDER BY events DESC, en.name LIMIT ?", (max_nodes,))
    if not nodes:
        return [], [], 0
    ids = [n["id"] for n in nodes]
    marks = ", ".join("?" * len(ids))
    pairs = (f"SELECT a.entity_id AS source, b.entity_id AS target, e.id AS event_id, e.earliest, e.latest "
             f"FROM event_entities a JOIN event_entities b ON b.event_id = a.event_id AND a.entity_id < b.entity_id "
             f"JOIN events e ON e.id = a.event_id WHERE a.role IN ('actor', 'target') "
             f"AND b.role IN ('actor', 'target') AND a.entity_id IN ({marks}) AND b.entity_id IN ({marks})")
    grouped = (f"SELECT source, target, COUNT(DISTINCT event_id) AS events, MIN(earliest) AS first_any, "
               f"MAX(latest) AS last_any, MIN({sql_key('p.earliest')}) AS first_key, "
               f"MAX({sql_key('p.latest')}) AS last_key, MIN(event_id) AS sample_event "
               f"FROM ({pairs}) AS p GROUP BY source, target")
    every = store.rows(f"{grouped} ORDER BY events DESC, source, target", (*ids, *ids))  # once, not count + page
    total, edges = len(every), every[offset:offset + limit]
    for e in edges:
        e["first"] = _key_iso(e.pop("first_key"))
        e["last"] = _key_iso(e.pop("last_key"))
        e.pop("first_any"), e.pop("last_any")
    return nodes, edges, total


def _key_iso(key: Optional[int]) -> Optional[str]:
    if key is None:
        return None
    key = int(key)
    sign = "-" if key < 0 else ""
    k = abs(key)
    year, month, day = k // 10000, (k // 100) % 100, k % 100
    if key < 0:  # -479899 is -48*10000 + 101: undo the offset from the positive month/day part
        year = (k + 9999) // 10000
        rest = year * 10000 - k
        month, day = rest // 100, rest % 100
    return f"{sign}{year:04d}-{month:02d}-{day:02d}"


def document_events(store: Store, doc_id: str) -> dict[tuple[int, int], str]:
    """(start, end) of each event source sentence in the document -> the linked event id."""
    return {(r["char_start"], r["char_end"]): r["event_id"] for r in store.rows(
        "SELECT event_id, char_start, char_end FROM event_sources WHERE doc_id = ?", (doc_id,))}


def categories(store: Store) -> list[str]:
    return [r["category"] for r in store.rows("SELECT DISTINCT category FROM events ORDER BY category")]


def factualities(store: Store) -> list[str]:
    return [r["factuality"] for r in store.rows("SELECT DISTINCT factuality FROM events ORDER BY factuality")]


def entity_types(store: Store) -> list[str]:
    return [r["type"] for r in store.rows("SELECT DISTINCT type FROM entities ORDER BY type")]


def entities(store: Store, type: Optional[str], q: Optional[str], limit: int,
                  offset: int) -> tuple[list[dict], int]:
    """Like ``entities`` without parsing each entity's full record (its member list can be huge)."""
    where, params = [], []
    if type:
        where.append("type = ?"); params.append(type.upper())
    if q:
        where.append("LOWER(name) LIKE ?"); params.append(f"%{q.lower()}%")
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = count(store, f"SELECT id FROM entities {clause}", params)
    rows = store.rows(f"SELECT id, name, type, mentions, documents, country, lat, lon, "
                      f"{json_cols(store, 'aliases', 'roles')} FROM entities {clause} "
                      f"ORDER BY mentions DESC, name, id LIMIT ? OFFSET ?", (*params, limit, offset))
    for r in rows:
        got = from_json_cols(r, "aliases", "roles")
        r["aliases"] = got["aliases"]
        r["roles"] = [x.get("title") if isinstance(x, dict) else x for x in got["roles"]]
    return rows, total


def entity(store: Store, entity_id: str, limit: int = 50) -> Optional[dict]:
    """One entity for its page; the per-document parts read a bounded sample of documents (flagged)."""
    row = store.one(f"SELECT id, name, type, country, lat, lon, located, mentions, documents, "
                    f"{json_cols(store, 'aliases', 'roles')} FROM entities WHERE id = ?", (entity_id,))
    if row is None:
        return None
    got = from_json_cols(row, "aliases", "roles")
    table = [r["alias"] for r in store.rows("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias",
                                             (entity_id,))]
    row["aliases"] = [a for a in dict.fromkeys(got["aliases"] + table) if a != row["name"]]
    row["roles"] = got["roles"]
    row["mention_spans"] = Q.mention_spans(store, entity_id, limit)
    row["documents_list"] = Q.entity_documents(store, entity_id)
    row["documents_count"] = int(store.scalar(
        "SELECT COUNT(DISTINCT doc_id) FROM entity_members WHERE entity_id = ?", (entity_id,)) or 0)
    row["quotes"] = quotes(store, entity_id, limit, 0)
    row["events"], row["events_total"] = timeline(store, EventFilter(entity=entity_id, factuality=None, undated=True),
                                                  limit, 0)
    row["co_mentioned_sampled"] = row["documents_count"] > Q.CO_MENTION_SAMPLE
    row["co_mentioned"] = Q.co_mentioned(store, entity_id)
    return row


def quotes(store: Store, speaker_id: Optional[str], limit: int, offset: int) -> list[dict]:
    """Quotes of one speaker, or all quotes in store order (paged by rowid, no global sort)."""
    where, params = ["sp.kind = 'quote'"], []
    if speaker_id:
        where.append("m.entity_id = ?"); params.append(speaker_id)
    else:  # pick the page's span ids first, then join only those
        where.append("sp.id IN (SELECT id FROM spans WHERE kind = 'quote' ORDER BY id LIMIT ? OFFSET ?)")
        params += [limit, offset]
        offset = 0
    rows = store.rows(
        "SELECT sp.doc_id, sp.char_start, sp.char_end, sp.text, sp.label AS kind, sp.value AS cue, "
        "m.entity_id AS speaker, en.name AS speaker_name, sp.attrs FROM spans sp "
        "LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref "
        "LEFT JOIN entities en ON en.id = m.entity_id WHERE " + " AND ".join(where) +
        " ORDER BY sp.id LIMIT ? OFFSET ?", (*params, limit, offset))
    for r in rows:
        attrs = json.loads(r.pop("attrs"))
        r["source"], r["occasion"] = attrs.get("source"), attrs.get("occasion")
        r["attribution"] = attrs.get("attribution", "speech")
    return rows


def measure_order(store: Store, measure: Optional[str]) -> list[str]:
    """Measure ids, those with conflicting values first, then by number of claims (cache this)."""
    where, params = ("WHERE LOWER(m.measure) LIKE ?", [f"%{measure.lower()}%"]) if measure else ("", [])
    conflicted = {r["measure_id"] for r in store.rows(
        "SELECT DISTINCT mc.measure_id FROM conflict_items ci JOIN conflicts c ON c.id = ci.conflict_id "
        "JOIN measure_claims mc ON mc.doc_id = ci.doc_id AND mc.char_start = ci.char_start "
        "WHERE c.kind = 'number'")}
    rows = store.rows(f"SELECT m.id, m.measure, m.claims FROM measures m {where}", params)
    rows.sort(key=lambda r: (r["id"] not in conflicted, -r["claims"], r["measure"]))
    return [(r["id"], r["id"] in conflicted) for r in rows]


def claims(store: Store, order: list, limit: int, offset: int, per_measure: int = 100) -> list[dict]:
    page = order[offset:offset + limit]
    out = []
    for mid, conflict in page:
        g = store.one("SELECT id, measure, unit, claims FROM measures WHERE id = ?", (mid,))
        if g is None:
            continue
        g["conflict"] = conflict
        g["values"] = store.rows("SELECT doc_id, char_start, char_end, text, value, bound, unit, claimant "
                                 "FROM measure_claims WHERE measure_id = ? ORDER BY doc_id, char_start LIMIT ?", (mid, per_measure))
        for v in g["values"]:
            v["value"] = json.loads(v["value"])
        by_doc: dict[str, list] = {}
        for v in g["values"]:
            by_doc.setdefault(v["doc_id"], []).append(v)
        g["documents"] = sorted(by_doc)
        g["by_document"] = [{"doc_id": d, "values": by_doc[d]} for d in g["documents"]]
        out.append(g)
    return out


def date_span(store: Store) -> tuple[Optional[str], Optional[str]]:
    """First and last day of any dated event (BCE-aware, unlike a text MIN/MAX)."""
    first = store.one(f"SELECT e.earliest FROM events e WHERE e.earliest < '0' ORDER BY {E_KEY} LIMIT 1") or \
        store.one("SELECT e.earliest FROM events e WHERE e.earliest >= '0' ORDER BY e.earliest LIMIT 1")
    last = store.one("SELECT e.latest FROM events e WHERE e.latest >= '0' ORDER BY e.latest DESC LIMIT 1") or \
        store.one(f"SELECT e.latest FROM events e WHERE e.latest < '0' ORDER BY {E_KEY_LATE} DESC LIMIT 1")
    return (first["earliest"] if first else None), (last["latest"] if last else None)
