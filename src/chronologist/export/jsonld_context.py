"""The JSON-LD context the jsonld export uses, bundled so that everything works offline.

``SCHEMA_ORG`` is a minimal stand-in for https://schema.org/'s context: only the terms the export
writes, each mapped to its https://schema.org/ IRI.  A JSON-LD processor given ``document_loader``
expands exports without any network (the tests do exactly that with pyld).  Terms schema.org
lacks (character offsets, factuality) live under ``urn:chronologist:vocab#``.
"""
from __future__ import annotations

SCHEMA_URL = "https://schema.org/"
S = SCHEMA_URL

_TERMS = ["name", "alternateName", "jobTitle", "text", "startDate", "endDate", "location", "actor", "about",
          "subjectOf", "isPartOf", "spokenByCharacter", "appearance", "author", "datePublished", "identifier",
          "geo", "latitude", "longitude", "containedInPlace", "url", "description", "additionalType"]

SCHEMA_ORG: dict = {"@context": {
    "@version": 1.1,
    "id": "@id", "type": "@type",
    **{t: f"{S}{t}" for t in _TERMS},
    **{t: f"{S}{t}" for t in ("Event", "Person", "Organization", "Place", "Quotation", "Claim", "Article",
                              "CreativeWork", "GeoCoordinates", "Country", "Thing")},
}}
for _t in ("location", "actor", "about", "subjectOf", "isPartOf", "spokenByCharacter", "appearance", "author",
           "geo", "containedInPlace"):
    SCHEMA_ORG["@context"][_t] = {"@id": f"{S}{_t}", "@type": "@id"} if _t in ("isPartOf", "appearance") \
        else f"{S}{_t}"

CHRONOLOGIST = {
    "chronologist": "urn:chronologist:vocab#",
    "startOffset": "chronologist:startOffset", "endOffset": "chronologist:endOffset",
    "factuality": "chronologist:factuality", "category": "chronologist:category", "cameo": "chronologist:cameo",
    "dateValue": "chronologist:dateValue", "claimValue": {"@id": "chronologist:claimValue", "@type": "@json"},
    "bound": "chronologist:bound", "unit": "chronologist:unit", "sha256": "chronologist:sha256",
    "quoteKind": "chronologist:quoteKind", "entityType": "chronologist:entityType",
}


def document_loader(url: str, options: dict | None = None) -> dict:
    """A pyld document loader that serves the bundled schema.org context and refuses everything else."""
    if url.rstrip("/") + "/" == SCHEMA_URL or url.startswith(SCHEMA_URL + "docs/jsonldcontext"):
        return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_ORG}
    raise ValueError(f"offline: refusing to fetch {url}")
