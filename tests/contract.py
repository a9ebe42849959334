"""A checker for the annotations JSON contract (chronologist.annotations/1), used by the tests."""
from __future__ import annotations

BOUNDS = {"eq", "gt", "ge", "lt", "le", "approx", "range"}
SPAN_LISTS = ("timex", "mentions", "quotes", "claims", "captions", "boilerplate", "events")


def check_contract(data: dict, texts: dict[str, str]) -> list[str]:
    """Problems found (empty when valid).  ``texts`` maps document id -> its exact text."""
    problems: list[str] = []
    if data.get("format") != "chronologist.annotations/1":
        problems.append(f"format is {data.get('format')!r}")
    if not isinstance(data.get("extractors"), list):
        problems.append("extractors is not a list")
    entity_ids = {e["id"] for e in data.get("entities", [])}
    for e in data.get("entities", []):
        for key in ("id", "name", "type", "aliases", "roles"):
            if key not in e:
                problems.append(f"entity {e.get('id')} lacks {key}")
    for doc in data.get("documents", []):
        text = texts.get(doc["id"])
        if text is None:
            problems.append(f"unexpected document {doc['id']}")
            continue
        for key in ("id", "path", "sha256", "published", *SPAN_LISTS):
            if key not in doc:
                problems.append(f"{doc['id']} lacks {key}")
        for kind in SPAN_LISTS:
            for span in doc.get(kind, []):
                problems += _span(doc["id"], kind, span, text)
        for m in doc.get("mentions", []):
            if m["entity"] not in entity_ids:
                problems.append(f"{doc['id']} mention {m['text']!r} points at unknown entity {m['entity']}")
        for q in doc.get("quotes", []):
            if q.get("speaker") is not None and q["speaker"] not in entity_ids:
                problems.append(f"{doc['id']} quote speaker {q['speaker']} unknown")
            if q.get("source"):
                problems += _span(doc["id"], "quote source", q["source"], text)
            if q.get("kind") not in ("direct", "indirect"):
                problems.append(f"{doc['id']} quote kind {q.get('kind')!r}")
        for c in doc.get("claims", []):
            if c.get("bound") not in BOUNDS:
                problems.append(f"{doc['id']} claim bound {c.get('bound')!r}")
            v = c.get("value")
            if not (isinstance(v, (int, float)) or (isinstance(v, list) and len(v) == 2)):
                problems.append(f"{doc['id']} claim value {v!r}")
    for ev in data.get("events", []):
        for s in ev.get("sources", []):
            problems += _span(s["doc"], "event source", s, texts.get(s["doc"], ""))
        for a in ev.get("actors", []):
            if a not in entity_ids:
                problems.append(f"event {ev['id']} actor {a} unknown")
    for c in data.get("conflicts", []):
        for i in c.get("items", []):
            problems += _span(i["doc"], "conflict item", i, texts.get(i["doc"], ""))
    return problems


def _span(doc_id: str, kind: str, span: dict, text: str) -> list[str]:
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return [f"{doc_id} {kind} offsets {start}-{end} outside the text ({len(text)} chars)"]
    if "text" in span and text[start:end] != span["text"]:
        return [f"{doc_id} {kind} {start}-{end}: text {span['text'][:40]!r} != {text[start:end][:40]!r}"]
    return []
