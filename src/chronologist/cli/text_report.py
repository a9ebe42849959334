"""annotate --format text: a reader's view of one document's annotations, every line cited."""
from __future__ import annotations

from chronologist.cli.common import console
from chronologist.records import Annotations


def print_annotations(ann: Annotations) -> None:
    d = ann.document
    p = console.print
    p(f"== {d.id} ({d.path}) · published {ann.published.value or 'unknown'} [{ann.published.basis}] · "
      f"genre {ann.genre}", markup=False, soft_wrap=True)
    if d.author or d.translators:
        p(f"   by {d.author or '?'}" + (f", translated by {', '.join(d.translators)}" if d.translators else ""),
          markup=False)
    names = {e.id: e.name for e in ann.entities}
    for t in ann.timex:
        p(f"  time   {t.start}-{t.end} {t.text!r} {t.type} {t.value}" + (f" {t.mod}" if t.mod else ""), markup=False)
    for e in ann.entities:
        extra = f" roles: {', '.join(r.title + (f' ({r.time})' if r.time else '') for r in e.roles)}" if e.roles else ""
        p(f"  entity {e.id} {e.name} [{e.type}]{extra}", markup=False)
    for q in ann.quotes:
        p(f"  quote  {q.start}-{q.end} {names.get(q.speaker, 'unknown speaker')} ({q.cue}): {q.text[:80]!r}",
          markup=False, soft_wrap=True)
    for c in ann.claims:
        p(f"  claim  {c.start}-{c.end} {c.text!r} = {c.bound} {c.value} {c.unit or ''} — {c.measure or '?'}",
          markup=False, soft_wrap=True)
    for v in ann.events:
        p(f"  event  {v.date.value or 'undated'} {v.category} {v.factuality}: {v.summary}", markup=False, soft_wrap=True)
