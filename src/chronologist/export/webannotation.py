"""export --format webannotation: W3C Web Annotation JSON-LD, one annotation per span.

Each target's source is ``urn:sha256:<hex of the document text>`` (a document is identified by its
exact text, whatever its path or URL), selected by a TextQuoteSelector (exact, with 32 characters
of prefix and suffix) and a TextPositionSelector (code point offsets, end exclusive, as the spec
says).  Bodies are ``text/plain`` TextualBody values, so no tool is asked to render document text
as HTML.  Written as a stream: a large store never sits in memory as one JSON tree.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from chronologist.export.common import stream, target

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_WINDOW = 32
PURPOSE = {"timex": "describing", "mention": "identifying", "quote": "describing", "claim": "assessing",
           "event": "classifying"}


def _body(kind: str, sp: dict, names: dict[str, str]) -> list[dict]:
    def tb(value: str, purpose: str) -> dict:
        return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}

    bodies = [tb(kind, "tagging")]
    attrs = json.loads(sp["attrs"])
    if kind == "timex":
        bodies.append(tb(f"{sp['label']} {sp['value'] or ''}".strip(), "describing"))
    elif kind == "mention":
        bodies.append(tb(f"{sp['label']}: {names.get(sp['entity_id'], sp['text'])}", "identifying"))
    elif kind == "quote":
        bodies.append(tb(f"{sp['label']} quote by {names.get(sp['entity_id'], 'unknown speaker')}", "describing"))
    elif kind == "claim":
        bodies.append(tb(f"{attrs.get('bound', 'eq')} {sp['value']} {sp['label'] or ''} "
                         f"({attrs.get('measure') or 'unknown measure'})".strip(), "assessing"))
    elif kind == "event":
        bodies.append(tb(f"{sp['label']}: {attrs.get('summary', '')} ({sp['value'] or 'undated'}, "
                         f"{attrs.get('factuality', 'asserted')})", "classifying"))
    return bodies


def annotations(store) -> Iterator[dict]:
    names = {r["id"]: r["name"] for r in stream(store, "SELECT id, name FROM entities")}
    for doc in stream(store, "SELECT d.id, d.sha256 FROM documents d ORDER BY d.id"):
        text = store.scalar("SELECT text FROM texts WHERE doc_id = ?", (doc["id"],)) or ""
        source = f"urn:sha256:{doc['sha256']}"
        spans = store.rows(
            "SELECT sp.id, sp.kind, sp.char_start, sp.char_end, sp.text, sp.label, sp.value, sp.attrs, m.entity_id "
            "FROM spans sp LEFT JOIN entity_members m ON m.doc_id = sp.doc_id AND m.local_id = sp.ref "
            "AND sp.kind IN ('mention', 'quote') WHERE sp.doc_id = ? AND sp.kind IN "
            "('timex', 'mention', 'quote', 'claim', 'event') ORDER BY sp.char_start, sp.id", (doc["id"],))
        for sp in spans:
            s, e = sp["char_start"], sp["char_end"]
            yield {
                "id": f"urn:chronologist:{doc['sha256'][:16]}:{sp['kind']}:{s}-{e}:{sp['id']}",
                "type": "Annotation",
                "motivation": PURPOSE[sp["kind"]],
                "creator": {"type": "Software", "name": "chronologist"},
                "body": _body(sp["kind"], sp, names),
                "target": {"source": source, "selector": [
                    {"type": "TextQuoteSelector", "exact": text[s:e], "prefix": text[max(0, s - CONTEXT_WINDOW):s],
                     "suffix": text[e:e + CONTEXT_WINDOW]},
                    {"type": "TextPositionSelector", "start": s, "end": e}]},
                "chronologist:document": doc["id"],
            }


def export(store, out: Path) -> list[Path]:
    path = target(out, "annotations.jsonld", (".jsonld", ".json"))
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"@context": [%s, {"chronologist": "urn:chronologist:vocab#"}],\n'
                 ' "id": "urn:chronologist:collection", "type": "AnnotationCollection",\n'
                 ' "label": "chronologist annotations",\n "first": {"type": "AnnotationPage", "items": [\n'
                 % json.dumps(CONTEXT))
        for n, anno in enumerate(annotations(store)):
            fh.write((",\n" if n else "") + json.dumps(anno, ensure_ascii=False))
        fh.write("\n]}}\n")
    return [path]
