"""Commands over linked records: timeline, quotes, claims, conflicts."""
from __future__ import annotations

from typing import Optional

import typer

from chronologist.cli.common import DbOption, check_date, cite, console, print_json, read_store

JsonOption = typer.Option(False, "--json", help="Print JSON instead of text.")


def register(app: typer.Typer) -> None:
    app.command()(timeline)
    app.command()(quotes)
    app.command()(claims)
    app.command()(conflicts)


def timeline(db: str = DbOption,
             date_from: Optional[str] = typer.Option(None, "--from", callback=check_date, help="YYYY[-MM[-DD]]"),
             date_to: Optional[str] = typer.Option(None, "--to", callback=check_date, help="YYYY[-MM[-DD]]"),
             entity: Optional[str] = typer.Option(None, "--entity", help="Name, alias or id."),
             category: Optional[str] = typer.Option(None, "--category", help="PLOVER type, e.g. AGREE."),
             document: Optional[str] = typer.Option(None, "--document", help="Document id."),
             all_events: bool = typer.Option(False, "--all", help="Also undated and non-asserted events."),
             limit: int = typer.Option(200, min=1, max=500), as_json: bool = JsonOption) -> None:
    """Events in date order, each with its sources; dated, asserted events unless --all."""
    from chronologist.store import queries as Q

    def query(store):
        ent_id = None
        if entity:
            found = Q.find_entity(store, entity)
            if found is None:
                raise typer.BadParameter(f"no entity {entity!r}", param_hint="--entity")
            ent_id = found["id"]
        return Q.timeline(store, date_from=date_from, date_to=date_to, entity=ent_id, category=category,
                          document=document, include_all=all_events, limit=limit)

    rows = read_store(db, query)
    if as_json:
        return print_json(rows)
    for r in rows:
        srcs = ", ".join(cite(s["doc"], s["start"], s["end"]) for s in r["source_list"][:4])
        more = f" +{r['source_total'] - 4}" if r["source_total"] > 4 else ""
        flag = "" if r["factuality"] == "asserted" else f" ({r['factuality']})"
        console.print(f"{r['date_value'] or 'undated':<12} {r['category']:<10} {r['summary']}{flag}  "
                      f"[{r['sources']} doc{'s' if r['sources'] != 1 else ''}: {srcs}{more}]",
                      markup=False, soft_wrap=True)
    if not rows:
        console.print("no events", markup=False)


def quotes(db: str = DbOption, speaker: Optional[str] = typer.Option(None, "--speaker", help="Name or alias."),
           limit: int = typer.Option(100, min=1, max=500), as_json: bool = JsonOption) -> None:
    """Quotations grouped by speaker, each cited."""
    from chronologist.store.queries import quotes as q
    rows = read_store(db, q, speaker=speaker, limit=limit)
    if as_json:
        return print_json(rows)
    for r in rows:
        console.print(f"{r['speaker_name'] or 'unknown speaker'} ({r['kind']}, {r['cue']}) "
                      f"{cite(r['doc_id'], r['char_start'], r['char_end'])}: {r['text'][:160]}",
                      markup=False, soft_wrap=True)
    if not rows:
        console.print("no quotes", markup=False)


def claims(db: str = DbOption, measure: Optional[str] = typer.Option(None, "--measure", help="Words of the measure."),
           limit: int = typer.Option(100, min=1, max=500), as_json: bool = JsonOption) -> None:
    """Numeric claims grouped by what they measure, with each source's value."""
    from chronologist.store.queries import claims as q
    rows = read_store(db, q, measure=measure, limit=limit)
    if as_json:
        return print_json(rows)
    for g in rows:
        console.print(f"{g['measure']} [{g['unit'] or 'no unit'}]", markup=False)
        for v in g["values"]:
            console.print(f"    {v['bound']:<6} {v['value']!s:<22} {v['text']!r}  "
                          f"{cite(v['doc_id'], v['char_start'], v['char_end'])}", markup=False, soft_wrap=True)
    if not rows:
        console.print("no claims", markup=False)


def conflicts(db: str = DbOption, kind: Optional[str] = typer.Option(None, "--kind", help="number, date, framing."),
              as_json: bool = JsonOption) -> None:
    """Where the sources disagree: numbers, dates, framing — side by side, each cited."""
    from chronologist.store.queries import conflicts as q
    rows = read_store(db, q, kind=kind)
    if as_json:
        return print_json(rows)
    for c in rows:
        console.print(f"{c['id']} {c['kind']}: {c['about']}" + (f" — {c['note']}" if c["note"] else ""), markup=False)
        for i in c["items"]:
            console.print(f"    {i['text']!r} ({i['value']})  {cite(i['doc_id'], i['char_start'], i['char_end'])}",
                          markup=False, soft_wrap=True)
    if not rows:
        console.print("no conflicts", markup=False)
