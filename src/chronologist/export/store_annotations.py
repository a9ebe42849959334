"""export --format annotations: the annotations JSON of every stored document and the link pass."""
from __future__ import annotations

import json
from pathlib import Path

from chronologist.export.annotations import annotations_json
from chronologist.extract.pipeline import ALL_EXTRACTORS
from chronologist.records import ClaimGroup, Conflict, Linked, LinkedEntity, LinkedEvent
from chronologist.serialize import revive


def linked_from_store(store) -> Linked:
    linked = Linked()
    linked.entities = [revive(LinkedEntity, a) for a in store.load_linked_json("entities")]
    members: dict[str, list[tuple[str, str]]] = {}
    for r in store.rows("SELECT entity_id, doc_id, local_id FROM entity_members ORDER BY entity_id, doc_id, local_id"):
        members.setdefault(r["entity_id"], []).append((r["doc_id"], r["local_id"]))
    for e in linked.entities:  # the members live in entity_members, not in the entity's JSON
        e.members = members.get(e.id, [])
    linked.entity_of = {(d, l): e.id for e in linked.entities for d, l in e.members}
    linked.events = [revive(LinkedEvent, a) for a in store.load_linked_json("events")]
    for row in store.rows("SELECT id, measure, unit FROM measures ORDER BY id"):
        linked.claim_groups.append(ClaimGroup(row["id"], row["measure"], row["unit"]))
    for row in store.rows("SELECT id, kind, about, note FROM conflicts ORDER BY id"):
        c = Conflict(row["id"], row["kind"], row["about"], note=row["note"])
        from chronologist.records import ConflictItem
        c.items = [ConflictItem(i["doc_id"], i["char_start"], i["char_end"], i["text"],
                                json.loads(i["value"]) if i["value"] else None)
                   for i in store.rows("SELECT * FROM conflict_items WHERE conflict_id = ?", (row["id"],))]
        linked.conflicts.append(c)
    return linked


def export(store, out: Path) -> list[Path]:
    anns = list(store.load_annotations())
    extractors = anns[0].extractors if anns else list(ALL_EXTRACTORS)
    data = annotations_json(anns, linked_from_store(store), extractors)
    target = out if out.suffix == ".json" else out / "annotations.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [target]
