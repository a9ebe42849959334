"""The document reader's text as flat segments, each with the set of spans covering it.

Spans overlap (a mention inside a quote inside an event sentence), so instead of nesting tags the
text is cut at every span boundary; each segment carries CSS classes for all kinds covering it and
one tooltip listing them.  Every segment has its offsets (``data-s``/``data-e``) so a deep link
``#start-end`` can find and highlight any span in the browser.  Nothing here produces markup: the
template escapes text and attributes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

from chronologist.web.dates import display_value

FURNITURE = {"caption", "boilerplate", "byline", "title"}
KINDS = ("event", "quote", "claim", "timex", "mention") + tuple(sorted(FURNITURE))


@dataclass
class Mark:
    kind: str
    start: int
    end: int
    tip: str
    entity: Optional[str] = None


@dataclass
class Segment:
    s: int
    e: int
    text: str
    kinds: list[str] = field(default_factory=list)
    tip: str = ""
    entity: Optional[str] = None

    @property
    def cls(self) -> str:
        return " ".join(f"k-{k}" for k in self.kinds)


def _value_text(raw) -> str:
    try:
        v = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return str(raw)
    if isinstance(v, list) and len(v) == 2:
        return f"{v[0]:,}–{v[1]:,}" if all(isinstance(x, (int, float)) for x in v) else str(v)
    return f"{v:,}" if isinstance(v, (int, float)) else str(v)


def marks(spans: list[dict], names: dict[str, str], events: dict[tuple[int, int], str]) -> list[Mark]:
    out = []
    for sp in spans:
        kind, a = sp["kind"], sp.get("attrs") or {}
        ent = sp.get("entity_id")
        if kind == "timex":
            tip = f"time {sp['label']}: {sp['value'] or '?'}"
            shown = display_value(sp["value"])
            if shown and shown != sp["value"]:
                tip += f" ({shown})"
            if a.get("mod"):
                tip += f" mod={a['mod']}"
        elif kind == "mention":
            tip = f"{sp['label']} → {names.get(ent, ent or 'unlinked')}"
        elif kind == "quote":
            tip = f"{sp['label']} quote by {names.get(ent, 'unknown speaker')}" + \
                  (f", cue '{sp['value']}'" if sp.get("value") else "")
        elif kind == "claim":
            tip = f"claim: {a.get('bound', 'eq')} {_value_text(sp['value'])} {sp['label'] or ''}".rstrip()
            if a.get("measure"):
                tip += f" — {a['measure']}"
        elif kind == "event":
            linked = events.get((sp["char_start"], sp["char_end"]))
            tip = f"event {sp['label']}: {a.get('summary', '')} ({display_value(sp['value']) or 'undated'}, " \
                  f"{a.get('factuality', 'asserted')})" + (f" [{linked}]" if linked else "")
        elif kind in FURNITURE:
            tip = f"{kind} (not analysed)"
        else:
            continue
        out.append(Mark(kind, sp["char_start"], sp["char_end"], tip, ent if kind == "mention" else None))
    return out


def segments(text: str, marks_: list[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; O((n + m) log m)."""
    n = len(text)
    cuts = {0, n}
    for m in marks_:
        if 0 <= m.start < m.end <= n:
            cuts.add(m.start)
            cuts.add(m.end)
    points = sorted(cuts)
    starts: dict[int, list[Mark]] = {}
    for m in marks_:
        if 0 <= m.start < m.end <= n:
            starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out = []
    for a, b in zip(points, points[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        seg = Segment(a, b, text[a:b])
        if active:
            order = sorted(active, key=lambda m: KINDS.index(m.kind))
            seg.kinds = list(dict.fromkeys(m.kind for m in order))
            seg.tip = "\n".join(dict.fromkeys(m.tip for m in order))
            seg.entity = next((m.entity for m in reversed(order) if m.entity), None)
        out.append(seg)
    return out
