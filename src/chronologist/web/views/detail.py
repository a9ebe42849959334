"""Single-item pages: overview, document reader, entity, event; each with a .json twin."""
from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from chronologist.store import queries as Q
from chronologist.web import highlight, render
from chronologist.web import queries_extra as X
from chronologist.web.dates import display_iso
from chronologist.web.pages import holder, store
from chronologist.web.params import check_id


def _overview_data(request: Request) -> dict:
    h = holder(request)
    summary = h.cached("summary", Q.summary)
    docs, total = X.documents(store(request), 20, 0)
    first, last = h.cached("date_span", X.date_span)
    summary = dict(summary, first_date=first, last_date=last)
    return {"summary": summary, "documents": docs, "documents_total": total,
            "first": display_iso(first), "last": display_iso(last)}


def overview(request: Request):
    return render.html(request, "overview.html", title="Overview", data=_overview_data(request))


def overview_json(request: Request):
    return render.as_json(_overview_data(request))


def _document(request: Request) -> dict:
    doc_id = check_id(request.path_params["doc_id"])
    s = store(request)
    doc = Q.document(s, doc_id)
    if doc is None:
        raise LookupError(doc_id)
    return doc


def document_json(request: Request):
    return render.as_json(_document(request))


def document_page(request: Request):
    doc = _document(request)
    s = store(request)
    names = X.entity_names(s, {sp["entity_id"] for sp in doc["spans"] if sp.get("entity_id")})
    events = X.document_events(s, doc["id"])
    segs = highlight.segments(doc["text"], highlight.marks(doc["spans"], names, events))
    kinds = {}
    for sp in doc["spans"]:
        kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    doc_events = [dict(sp, linked=events.get((sp["char_start"], sp["char_end"])))
                  for sp in doc["spans"] if sp["kind"] == "event"]
    return render.html(request, "document.html", title=doc.get("title") or doc["id"], doc=doc, segs=segs,
                       kinds=kinds, doc_events=doc_events,
                       quotes=[sp for sp in doc["spans"] if sp["kind"] == "quote"], names=names)


def _entity(request: Request) -> dict:
    ent_id = check_id(request.path_params["entity_id"])
    ent = X.entity(store(request), ent_id)
    if ent is None:
        raise LookupError(ent_id)
    roles = [r if isinstance(r, dict) else {"title": r, "time": None} for r in ent["roles"]]
    ent["roles"] = sorted(roles, key=lambda r: (r.get("time") is None, r.get("time") or "", r.get("title") or ""))
    return ent


def entity_json(request: Request):
    return render.as_json(_entity(request))


def entity_page(request: Request):
    ent = _entity(request)
    return render.html(request, "entity.html", title=ent["name"], ent=ent)


def _event(request: Request) -> dict:
    ev_id = check_id(request.path_params["event_id"])
    ev = X.event(store(request), ev_id)
    if ev is None:
        raise LookupError(ev_id)
    return ev


def event_json(request: Request):
    return render.as_json(_event(request))


def event_page(request: Request):
    ev = _event(request)
    # htmx asks for the panel only (the timeline's side panel); a plain visit gets the whole page.
    template = "event_panel.html" if request.headers.get("hx-request") else "event.html"
    return render.html(request, template, title=ev["summary"], ev=ev)


ROUTES = [
    Route("/", overview, methods=["GET", "HEAD"]),
    Route("/overview.json", overview_json, methods=["GET", "HEAD"]),
    Route("/documents/{doc_id}.json", document_json, methods=["GET", "HEAD"]),
    Route("/documents/{doc_id}", document_page, methods=["GET", "HEAD"]),
    Route("/entities/{entity_id}.json", entity_json, methods=["GET", "HEAD"]),
    Route("/entities/{entity_id}", entity_page, methods=["GET", "HEAD"]),
    Route("/events/{event_id}.json", event_json, methods=["GET", "HEAD"]),
    Route("/events/{event_id}", event_page, methods=["GET", "HEAD"]),
]

DETAIL_API = {
    "/overview.json": ("Counts, top entities and date span", []),
    "/documents/{doc_id}.json": ("One document: text and every span", ["doc_id"]),
    "/entities/{entity_id}.json": ("One entity: aliases, roles, quotes, events, co-mentioned", ["entity_id"]),
    "/events/{event_id}.json": ("One event with its sources", ["event_id"]),
}

WARM = [("summary", Q.summary), ("date_span", X.date_span)]
