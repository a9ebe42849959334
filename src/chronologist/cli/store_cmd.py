"""Commands that build or read a store: build, link, summary, documents, search, entities, entity, show."""
from __future__ import annotations

from typing import Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from chronologist.cli.common import (
    DbOption, check_date, check_genre, cite, console, err, fail, print_json, read_store,
)
from chronologist.errors import ChronologistError


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(link)
    app.command()(summary)
    app.command()(documents)
    app.command()(search)
    app.command()(entities)
    app.command()(entity)
    app.command()(show)


def build(paths: list[str] = typer.Argument(..., help="Files or folders (txt, md, html, jsonl, tml), or - for stdin."),
          db: str = DbOption,
          workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Parsing processes."),
          cluster: Optional[str] = typer.Option(None, "--cluster", help="Dask scheduler address tcp://HOST:PORT."),
          prune: bool = typer.Option(False, "--prune", help="Drop stored documents whose files are gone."),
          date: Optional[str] = typer.Option(None, "--date", callback=check_date,
                                             help="Publication date for every input (YYYY-MM-DD)."),
          genre: str = typer.Option("auto", "--genre", callback=check_genre, help="news | narrative | auto."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")) -> None:
    """Build or update a store from articles: unchanged files are skipped, changed ones replaced."""
    from chronologist.build import build as run_build
    from chronologist.store.database import open_store

    try:
        store = open_store(db, create=True)
    except ChronologistError as exc:
        raise fail(exc)
    progress = Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("docs · {task.fields[wps]:>6.0f} words/s"), TimeRemainingColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    import time
    started = time.perf_counter()
    with progress:
        task = progress.add_task("build", total=None, wps=0.0)

        def tick(done: int, expected: int, words: int) -> None:
            progress.update(task, completed=done, total=max(expected, done),
                            wps=words / max(time.perf_counter() - started, 1e-6))

        try:
            if cluster:
                from chronologist.scale.dask_build import build_on_cluster
                report = build_on_cluster(store, paths, cluster, prune=prune, date=date, genre=genre, progress=tick)
            else:
                report = run_build(store, paths, workers=workers, prune=prune, date=date, genre=genre, progress=tick)
        except KeyboardInterrupt:
            err.print("interrupted: every document stored so far is complete; run the same build again to go on")
            raise typer.Exit(130)
        except ChronologistError as exc:
            raise fail(exc)
    for failure in report.failed:
        err.print(f"failed: {failure}", markup=False, soft_wrap=True)
    wps = report.words / report.seconds if report.seconds else 0
    console.print(f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
                  f"{len(report.pruned)} pruned, {len(report.failed)} failed · {report.words} words in "
                  f"{report.seconds:.1f}s ({wps:.0f} words/s){' · linked' if report.linked else ''} → {db}",
                  markup=False)
    store.close()
    raise typer.Exit(report.exit_code)


def link(db: str = DbOption) -> None:
    """Re-run the cross-document pass (entities, events, claims, conflicts) over the whole store."""
    from chronologist.store.database import open_store
    try:
        with open_store(db) as store:
            linked = store.relink()
    except ChronologistError as exc:
        raise fail(exc)
    console.print(f"{_n(len(linked.entities), 'entity', 'entities')}, {_n(len(linked.events), 'event')}, "
                  f"{_n(len(linked.claim_groups), 'measure')}, {_n(len(linked.conflicts), 'conflict')}", markup=False)


JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def summary(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """What the store holds: documents, words, facts, date span, top entities."""
    from chronologist.store.queries import summary as q
    data = read_store(db, q)
    if as_json:
        return print_json(data)
    console.print(f"[bold]{escape(db)}[/bold]: {_n(data['documents'], 'document')}, {_n(data['words'], 'word')}, "
                  f"{_n(data['sentences'], 'sentence')}")
    console.print(f"  {_n(data['timex'], 'time expression')} · {_n(data['entities'], 'entity', 'entities')} "
                  f"({_n(data['mentions'], 'mention')}) · {_n(data['quotes'], 'quote')} · "
                  f"{_n(data['claims'], 'claim')} · {_n(data['events'], 'event')} · "
                  f"{_n(data['conflicts'], 'conflict')}", markup=False)
    if data["first_date"]:
        console.print(f"  events from {data['first_date']} to {data['last_date']}", markup=False)
    if data["top_entities"]:
        console.print("  top entities: " + ", ".join(f"{e['name']} ({e['mentions']})" for e in data["top_entities"]),
                      markup=False)
    if data["link_stale"]:
        console.print("  note: the cross-document pass is out of date; run `chronologist link`", markup=False)


def documents(db: str = DbOption, limit: int = typer.Option(100, min=1), offset: int = typer.Option(0, min=0),
              as_json: bool = JsonOption) -> None:
    """The stored documents with their dates and the basis of each date."""
    from chronologist.store.queries import documents as q
    rows = read_store(db, q, limit, offset)
    if as_json:
        return print_json(rows)
    table = Table("id", "title", "published", "basis", "genre", "words")
    for r in rows:
        table.add_row(*(escape(str(r[k] or "")) for k in ("id", "title", "published", "published_basis", "genre", "words")))
    console.print(table)


def search(query: str = typer.Argument(..., help="Words to find (all must occur)."), db: str = DbOption,
           limit: int = typer.Option(20, min=1, max=500), as_json: bool = JsonOption) -> None:
    """Full-text search over sentences, with highlighted snippets and their offsets."""
    from chronologist.store.queries import search as q
    rows = read_store(db, q, query, limit)
    if as_json:
        return print_json(rows)
    from rich.text import Text
    for r in rows:
        line = Text(cite(r["doc_id"], r["char_start"], r["char_end"]) + "  ", style="cyan")
        sentence = Text(" ".join(r["text"].split("\n")))
        for a, b in r["highlights"]:
            sentence.stylize("bold yellow", a - r["char_start"], b - r["char_start"])
        console.print(line + sentence, soft_wrap=True)
    if not rows:
        console.print("no matches", markup=False)


def entities(db: str = DbOption, type: Optional[str] = typer.Option(None, "--type", help="PERSON, ORG, GPE, ..."),
             limit: int = typer.Option(50, min=1, max=500), as_json: bool = JsonOption) -> None:
    """Entities under their canonical names, most mentioned first."""
    from chronologist.store.queries import entities as q
    rows = read_store(db, q, type, limit)
    if as_json:
        return print_json(rows)
    table = Table("id", "name", "type", "mentions", "docs", "aliases", "roles")
    for r in rows:
        roles = sorted({(x["title"] if isinstance(x, dict) else str(x)) for x in r["roles"]})
        table.add_row(r["id"], escape(r["name"]), r["type"], str(r["mentions"]), str(r["documents"]),
                      escape(_listed([a for a in r["aliases"] if a != r["name"]])), escape(_listed(roles)))
    console.print(table)


def _listed(items: list[str], width: int = 60) -> str:
    """Whole names, "; "-joined, as many as fit in width, then how many more: a name cut short
    ("Mr. K" of "Mr. Kennedy") would read as another name."""
    out: list[str] = []
    for i, item in enumerate(items):
        if out and len("; ".join(out + [item])) > width:
            return "; ".join(out) + f" (+{len(items) - i} more)"
        out.append(item)
    return "; ".join(out)


def entity(name: str = typer.Argument(..., help="Canonical name, alias or id."), db: str = DbOption,
           as_json: bool = JsonOption) -> None:
    """One entity: aliases, roles over time, documents, quotes, events, who is mentioned with it."""
    from chronologist.store.queries import find_entity
    data = read_store(db, find_entity, name)
    if data is None:
        err.print(f"error: no entity named {name!r}; `chronologist entities` lists them", markup=False)
        raise typer.Exit(1)
    if as_json:
        return print_json(data)
    from chronologist.cli.render import print_entity
    print_entity(data)


def show(doc_id: str = typer.Argument(..., help="Document id (file stem)."), db: str = DbOption,
         plain: bool = typer.Option(False, "--plain", help="Mark spans with brackets instead of colours.")) -> None:
    """A document's text with its spans marked (time, entities, quotes, claims, furniture)."""
    from chronologist.cli.render import render_document
    from chronologist.store.queries import document
    data = read_store(db, document, doc_id)
    if data is None:
        err.print(f"error: no document {doc_id!r}; `chronologist documents` lists them", markup=False)
        raise typer.Exit(1)
    render_document(data, plain=plain or not console.is_terminal)
