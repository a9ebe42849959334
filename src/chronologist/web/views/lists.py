"""The list pages (each with .json and .csv twins): documents, timeline, entities, quotes, claims,
conflicts, places (the map), network and search."""
from __future__ import annotations

import json

from starlette.requests import Request

from chronologist.store import queries as Q
from chronologist.web import params as P
from chronologist.web import queries_extra as X
from chronologist.web.dates import display_iso, display_value
from chronologist.web.pages import ListPage, holder, store


def _documents(request: Request, a: dict) -> dict:
    rows, total = X.documents(store(request), a["limit"], a["offset"])
    return {"rows": rows, "total": total}


FACTUALITY = P.Param("factuality", "string", "asserted (default), negated, planned, ... or 'any'", "asserted",
                     max_length=40)
TIMELINE_PARAMS = (
    P.Param("entity", "string", "only events with this entity (id)", max_length=P.MAX_ID),
    P.Param("category", "string", "event category (PLOVER)", max_length=40),
    P.Param("document", "string", "only events told in this document (id)", max_length=P.MAX_ID),
    FACTUALITY,
    P.Param("from", "date", "earliest date: YYYY, YYYY-MM, YYYY-MM-DD, -YYYY (astronomical) or '264 BCE'", max_length=20),
    P.Param("to", "date_end", "latest date, same forms as from", max_length=20),
    P.Param("undated", "boolean", "include undated events", False),
)


def event_filter(a: dict) -> X.EventFilter:
    fact = a["factuality"]
    return X.EventFilter(entity=a["entity"], category=a["category"], document=a["document"],
                         factuality=None if fact == "any" else fact, date_from=a["from"], date_to=a["to"],
                         undated=bool(a["undated"]))


def _resolve_entity(s, value: str) -> str:
    """An entity filter typed as a name or alias becomes its id (unknown stays as typed: no rows)."""
    if s.one("SELECT id FROM entities WHERE id = ?", (value,)):
        return value
    found = s.one("SELECT id FROM entities WHERE name = ? ORDER BY mentions DESC", (value,)) or \
        s.one("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
              "WHERE LOWER(a.alias) = LOWER(?) ORDER BY e.mentions DESC", (value,))
    return found["id"] if found else value


def _timeline(request: Request, a: dict) -> dict:
    s = store(request)
    if a["entity"]:
        a["entity"] = _resolve_entity(s, a["entity"])
    rows, total = X.timeline(s, event_filter(a), a["limit"], a["offset"])
    for r in rows:
        r["when"] = display_value(r["date_value"]) or display_iso(r["earliest"])
    h = holder(request)
    extra = {"categories": h.cached("categories", X.categories), "factualities": h.cached("facts", X.factualities)}
    if a["entity"]:
        extra["entity_name"] = X.entity_names(s, {a["entity"]}).get(a["entity"])
    return {"rows": rows, "total": total, **extra}


def _timeline_csv(r: dict) -> dict:
    first = r["source_list"][0] if r["source_list"] else {}
    return {"id": r["id"], "date": r["date_value"], "when": r["when"], "earliest": r["earliest"],
            "latest": r["latest"], "summary": r["summary"], "category": r["category"], "factuality": r["factuality"],
            "actors": "; ".join(x["name"] for x in r["actors"]), "place": r["place_name"], "sources": r["sources"],
            "first_source_doc": first.get("doc"), "first_source_start": first.get("start"),
            "first_source_end": first.get("end"), "first_source_text": first.get("text")}


def _entities(request: Request, a: dict) -> dict:
    rows, total = X.entities(store(request), a["type"], a["q"], a["limit"], a["offset"])
    return {"rows": rows, "total": total, "types": holder(request).cached("types", X.entity_types)}


def _quotes(request: Request, a: dict) -> dict:
    s = store(request)
    speaker_id = a["speaker"]
    if speaker_id:
        speaker_id = _resolve_entity(s, speaker_id)
    rows = X.quotes(s, speaker_id, a["limit"], a["offset"])
    return {"rows": rows, "total": X.quotes_total(s, speaker_id),
            "speakers": holder(request).cached("speakers", X.speakers)}


def _claims(request: Request, a: dict) -> dict:
    order = holder(request).cached(("measure_order", a["measure"]), lambda s: X.measure_order(s, a["measure"]))
    # the page shows 30 values per measure (with a link to all); the JSON and CSV twins carry 100
    per = 100 if request.url.path.endswith((".json", ".csv")) else 30
    return {"rows": X.claims(store(request), order, a["limit"], a["offset"], per), "total": len(order)}


def _claims_csv(g: dict) -> list[dict]:
    return [{"measure_id": g["id"], "measure": g["measure"], "conflict": g["conflict"], "doc_id": v["doc_id"],
             "char_start": v["char_start"], "char_end": v["char_end"], "text": v["text"], "value": v["value"],
             "bound": v["bound"], "unit": v["unit"] or g["unit"], "claimant": v["claimant"]} for v in g["values"]]


def _conflicts(request: Request, a: dict) -> dict:
    s = store(request)
    where, params = ("WHERE kind = ?", [a["kind"]]) if a["kind"] else ("", [])
    rows = Q.conflicts(s, kind=a["kind"], limit=a["limit"], offset=a["offset"])
    return {"rows": rows, "total": X.count(s, f"SELECT id FROM conflicts {where}", params)}


def _places(request: Request, a: dict) -> dict:
    rows, total = holder(request).cached(("places", a["limit"], a["offset"]),
                                         lambda s: X.places(s, a["limit"], a["offset"]))
    return {"rows": rows, "total": total}


def _network(request: Request, a: dict) -> dict:
    nodes, edges, total = holder(request).cached(
        ("network", a["nodes"], a["limit"], a["offset"]), lambda s: X.network(s, a["nodes"], a["limit"], a["offset"]))
    return {"nodes": nodes, "rows": edges, "total": total}


def _search(request: Request, a: dict) -> dict:
    s = store(request)
    q = a["q"] or ""
    rows = Q.search(s, q, limit=a["limit"], offset=a["offset"]) if q else []
    for r in rows:
        r["pieces"] = snippet_pieces(r["text"], r["char_start"], r["highlights"])
    total = None
    if q and Q.fts_expression(q) and s.backend == "sqlite":
        total = int(s.scalar("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH ?",
                             (Q.fts_expression(q),)) or 0)
    return {"rows": rows, "total": total if total is not None else len(rows), "q": q}


def snippet_pieces(text: str, base: int, highlights: list[list[int]]) -> list[list]:
    """The sentence as [text, is_match] pieces, so the template marks matches without any |safe."""
    out, pos = [], 0
    for a, b in highlights:
        a, b = a - base, b - base
        if a < pos or b > len(text):
            continue
        if a > pos:
            out.append([text[pos:a], False])
        out.append([text[a:b], True])
        pos = b
    if pos < len(text):
        out.append([text[pos:], False])
    return out


def _search_csv(r: dict) -> dict:
    return {k: r[k] for k in ("doc_id", "char_start", "char_end", "text")} | {"highlights": r["highlights"]}


PAGES = [
    ListPage("/documents", "documents.html", "Documents", "Stored documents", (P.LIMIT, P.OFFSET), _documents),
    ListPage("/timeline", "timeline.html", "Timeline", "Events in date order, each with its sources",
             (*TIMELINE_PARAMS, P.Param("limit", "integer", "rows per page", 100, 1, P.MAX_LIMIT), P.OFFSET),
             _timeline, csv_row=_timeline_csv),
    ListPage("/entities", "entities.html", "Entities", "People, organisations, places and groups",
             (P.Param("type", "string", "PERSON, ORG, GPE, ...", max_length=20),
              P.Param("q", "string", "part of the name"), P.LIMIT, P.OFFSET), _entities,
             csv_columns=["id", "name", "type", "mentions", "documents", "country", "lat", "lon", "aliases", "roles"]),
    ListPage("/quotes", "quotes.html", "Quotes", "Quotations by speaker",
             (P.Param("speaker", "string", "speaker entity id or alias", max_length=P.MAX_ID), P.LIMIT, P.OFFSET),
             _quotes, csv_columns=["speaker", "speaker_name", "kind", "cue", "text", "doc_id", "char_start", "char_end",
                                   "attribution"]),
    ListPage("/claims", "claims.html", "Claims", "Measures with every claimed value; conflicting ones first",
             (P.Param("measure", "string", "part of the measure's name"),
              P.Param("limit", "integer", "measures per page", 25, 1, P.MAX_LIMIT), P.OFFSET), _claims,
             csv_row=_claims_csv),
    ListPage("/conflicts", "conflicts.html", "Disagreements", "Where the sources disagree",
             (P.Param("kind", "enum", "kind of conflict", choices=("number", "date", "framing", "date-refinement")),
              P.LIMIT, P.OFFSET), _conflicts),
    ListPage("/map", "map.html", "Map", "Geocoded places with event counts", (P.LIMIT, P.OFFSET), _places,
             csv_columns=["id", "name", "type", "country", "lat", "lon", "events", "mentions"]),
    ListPage("/network", "network.html", "Network", "Actors linked by shared events (edges with first/last date)",
             (P.Param("nodes", "integer", "most active actors to include", 80, 2, 300), P.LIMIT, P.OFFSET), _network,
             csv_columns=["source", "target", "events", "first", "last", "sample_event"]),
    ListPage("/search", "search.html", "Search", "Full-text search over sentences, with match offsets",
             (P.Param("q", "string", "words to find (all must match)"),
              P.Param("limit", "integer", "rows per page", 20, 1, P.MAX_LIMIT), P.OFFSET), _search,
             csv_row=_search_csv),
]

# Aggregates worth computing at start-up: (cache key as the views use it, function of the store).
WARM = [
    ("categories", X.categories), ("facts", X.factualities), ("types", X.entity_types), ("speakers", X.speakers),
    (("measure_order", None), lambda s: X.measure_order(s, None)),
    (("places", 100, 0), lambda s: X.places(s, 100, 0)), (("places", 500, 0), lambda s: X.places(s, 500, 0)),
    (("network", 80, 100, 0), lambda s: X.network(s, 80, 100, 0)),
    (("network", 80, 500, 0), lambda s: X.network(s, 80, 500, 0)),
]
