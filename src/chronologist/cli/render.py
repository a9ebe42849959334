"""Terminal rendering: a document with its spans marked, an entity page."""
from __future__ import annotations

from rich.markup import escape
from rich.text import Text

from chronologist.cli.common import cite, console

STYLES = {"timex": "bold green", "mention": "bold cyan", "quote": "italic magenta", "claim": "bold yellow",
          "event": "underline", "caption": "dim", "boilerplate": "dim strike", "byline": "dim"}
LABELS = {"timex": "T", "mention": "E", "quote": "Q", "claim": "N", "caption": "caption",
          "boilerplate": "furniture", "byline": "byline"}


def _describe(span: dict) -> str:
    kind, a = span["kind"], span["attrs"]
    if kind == "timex":
        return f"{a.get('type')} {a.get('value')}" + (f" {a['mod']}" if a.get("mod") else "")
    if kind == "mention":
        return f"{span['label']} → {span.get('entity_id') or span['ref']}"
    if kind == "quote":
        return f"{a.get('kind')} quote, speaker {span.get('entity_id') or 'unknown'}, cue {a.get('cue')}"
    if kind == "claim":
        return f"{a.get('bound')} {a.get('value')} {a.get('unit') or ''} — {a.get('measure') or 'measure unknown'}"
    return kind


def render_document(data: dict, plain: bool) -> None:
    text: str = data["text"]
    spans = [s for s in data["spans"] if s["kind"] in STYLES and s["kind"] != "event"]
    console.print(f"# {data['id']} · published {data['published'] or 'unknown'} ({data['published_basis']}) · "
                  f"genre {data['genre']}", markup=False)
    if plain:
        # Markers are inserted from the end so earlier offsets stay valid.
        inserts: list[tuple[int, int, str]] = []
        for i, s in enumerate(spans):
            tag = LABELS[s["kind"]]
            inserts.append((s["char_start"], 1, f"[{tag}{i + 1}:"))
            inserts.append((s["char_end"], 0, "]"))
        out = text
        for pos, _, marker in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
            out = out[:pos] + marker + out[pos:]
        console.print(out, markup=False, highlight=False, soft_wrap=True)
        console.print("", markup=False)
        for i, s in enumerate(spans):
            console.print(f"  {LABELS[s['kind']]}{i + 1} {s['char_start']}-{s['char_end']} {s['text'][:60]!r}: "
                          f"{_describe(s)}", markup=False, soft_wrap=True)
        return
    rich_text = Text(text)
    for s in spans:
        rich_text.stylize(STYLES[s["kind"]], s["char_start"], s["char_end"])
    console.print(rich_text, soft_wrap=True)


def print_entity(data: dict) -> None:
    console.print(f"[bold]{escape(data['name'])}[/bold] ({data['type']}, {data['id']}) — {data['mentions']} mentions "
                  f"in {data['documents']} documents")
    aliases = [a for a in data["aliases"] if a != data["name"]]
    if aliases:
        console.print("  aliases: " + "; ".join(aliases), markup=False)
    for r in data["roles"]:
        r = r if isinstance(r, dict) else {"title": r}
        console.print(f"  role: {r['title']}" + (f" ({r['time']})" if r.get("time") else ""), markup=False)
    if data.get("located"):
        console.print(f"  place: {data['located']} {data.get('country') or ''} "
                      f"{data.get('lat') or ''} {data.get('lon') or ''}".rstrip(), markup=False)
    console.print("  documents: " + ", ".join(data["documents_list"]), markup=False)
    for q in data["quotes"][:10]:
        console.print(f"  said ({q['cue']}) {cite(q['doc_id'], q['char_start'], q['char_end'])}: "
                      f"{q['text'][:100]!r}", markup=False, soft_wrap=True)
    for e in data["events"][:10]:
        console.print(f"  event {e['date_value'] or 'undated'} {e['category']}: {e['summary']}", markup=False)
    if data["co_mentioned"]:
        console.print("  mentioned with: " + ", ".join(f"{c['name']} ({c['documents']})" for c in data["co_mentioned"]),
                      markup=False)
