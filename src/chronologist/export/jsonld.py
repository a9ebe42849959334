"""export --format jsonld: schema.org JSON-LD (Event, Person, Organization, Place, Quotation, Claim).

Every fact links to its document (an Article identified by the sha256 of its text) with character
offsets.  The ``@context`` is schema.org's URL plus a small chronologist vocabulary; a bundled copy
of the schema.org terms used (``jsonld_context``) lets processors expand it offline.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

from chronologist.export.common import entity_names, events, stream, target
from chronologist.export.jsonld_context import CHRONOLOGIST, SCHEMA_URL

TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
         "NORP": "Organization"}
_PLAIN_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _doc_iri(doc_id: str) -> str:
    return f"urn:chronologist:document:{quote(doc_id, safe='')}"


def _ent_iri(ent_id: str) -> str:
    return f"urn:chronologist:entity:{quote(ent_id, safe='')}"


def _cite(doc: str, start: int, end: int, text: str) -> dict:
    return {"type": "CreativeWork", "isPartOf": _doc_iri(doc), "text": text, "startOffset": start, "endOffset": end}


def graph(store) -> list[dict]:
    out: list[dict] = []
    for d in stream(store, "SELECT id, title, author, url, published, sha256 FROM documents ORDER BY id"):
        node = {"id": _doc_iri(d["id"]), "type": "Article", "identifier": d["id"], "sha256": d["sha256"]}
        if d["title"]:
            node["name"] = d["title"]
        if d["author"]:
            node["author"] = {"type": "Person", "name": d["author"]}
        if d["url"]:
            node["url"] = d["url"]
        if d["published"] and _PLAIN_DATE.match(d["published"]):
            node["datePublished"] = d["published"]
        out.append(node)
    ents = entity_names(store)
    for e in stream(store, "SELECT id, name, type, country, lat, lon, attrs FROM entities ORDER BY id"):
        attrs = json.loads(e["attrs"])
        node = {"id": _ent_iri(e["id"]), "type": TYPES.get(e["type"], "Thing"), "name": e["name"],
                "entityType": e["type"], "identifier": e["id"]}
        aliases = [a for a in attrs.get("aliases", []) if a != e["name"]]
        if aliases:
            node["alternateName"] = aliases
        roles = [r.get("title") for r in attrs.get("roles", []) if isinstance(r, dict) and r.get("title")]
        if roles and node["type"] == "Person":
            node["jobTitle"] = roles
        if e["lat"] is not None and e["lon"] is not None:
            node["geo"] = {"type": "GeoCoordinates", "latitude": e["lat"], "longitude": e["lon"]}
        if e["country"]:
            node["containedInPlace"] = {"type": "Country", "identifier": e["country"]}
        out.append(node)
    for ev in events(store):
        node = {"id": f"urn:chronologist:event:{quote(ev['id'], safe='')}", "type": "Event", "name": ev["summary"],
                "category": ev["category"], "factuality": ev["factuality"], "identifier": ev["id"]}
        if ev["date_value"]:
            node["dateValue"] = ev["date_value"]
        if ev["earliest"]:
            plain = ev["date_value"] if ev["date_value"] and _PLAIN_DATE.match(ev["date_value"]) else None
            node["startDate"] = plain or ev["earliest"]
            if not plain and ev["latest"] and ev["latest"] != ev["earliest"]:
                node["endDate"] = ev["latest"]
        if ev["cameo"]:
            node["cameo"] = ev["cameo"]
        if ev["actors"]:
            node["actor"] = [{"id": _ent_iri(a)} for a in ev["actors"] if a in ents]
        if ev["targets"]:
            node["about"] = [{"id": _ent_iri(a)} for a in ev["targets"] if a in ents]
        if ev["place"] and ev["place"] in ents:
            node["location"] = {"id": _ent_iri(ev["place"])}
        node["subjectOf"] = [_cite(s["doc"], s["start"], s["end"], s["text"]) for s in ev["sources"]]
        out.append(node)
    for q in stream(store, "SELECT sp.id, sp.doc_id, sp.char_start, sp.char_end, sp.text, sp.label, m.entity_id "
                           "FROM spans sp LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref "
                           "WHERE sp.kind = 'quote' ORDER BY sp.doc_id, sp.char_start"):
        node = {"id": f"urn:chronologist:quote:{q['id']}", "type": "Quotation", "text": q["text"],
                "quoteKind": q["label"], "isPartOf": _doc_iri(q["doc_id"]), "startOffset": q["char_start"],
                "endOffset": q["char_end"]}
        if q["entity_id"]:
            node["spokenByCharacter"] = {"id": _ent_iri(q["entity_id"])}
        out.append(node)
    for c in stream(store, "SELECT mc.*, m.measure FROM measure_claims mc JOIN measures m ON m.id = mc.measure_id "
                           "ORDER BY mc.measure_id, mc.doc_id, mc.char_start"):
        node = {"id": f"urn:chronologist:claim:{quote(c['doc_id'], safe='')}:{c['idx']}", "type": "Claim",
                "text": c["text"], "about": {"type": "Thing", "name": c["measure"]},
                "claimValue": json.loads(c["value"]), "bound": c["bound"] or "eq",
                "appearance": _doc_iri(c["doc_id"]), "startOffset": c["char_start"], "endOffset": c["char_end"]}
        if c["unit"]:
            node["unit"] = c["unit"]
        if c["claimant"]:
            node["author"] = {"id": _ent_iri(c["claimant"])}
        out.append(node)
    return out


def jsonld(store) -> dict:
    return {"@context": [SCHEMA_URL, CHRONOLOGIST], "@graph": graph(store)}


def export(store, out: Path) -> list[Path]:
    path = target(out, "chronologist.jsonld", (".jsonld", ".json"))
    path.write_text(json.dumps(jsonld(store), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]
