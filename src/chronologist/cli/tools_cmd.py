"""export, eval, serve, bench."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from chronologist.cli.common import DbOption, check_genre, console, err, fail, read_store
from chronologist.errors import ChronologistError


def register(app: typer.Typer) -> None:
    app.command()(export)
    eval_app = typer.Typer(help="Score chronologist against gold data in standard formats.", no_args_is_help=True)
    eval_app.command("time")(eval_time)
    eval_app.command("quotes")(eval_quotes)
    app.add_typer(eval_app, name="eval")
    app.command()(serve)
    app.command()(bench)


def export(format: str = typer.Option("annotations", "--format", "-f", help="Export format."),
           out: Path = typer.Option(Path("export"), "--out", "-o", help="Folder (or .json file) to write."),
           db: str = DbOption) -> None:
    """Write the whole store in a format other tools read (annotations, csv, jsonld, timelinejs, ...)."""
    from chronologist.export import export as run
    written = read_store(db, run, format, out)
    for path in written:
        console.print(f"wrote {path}", markup=False)


def eval_time(gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of gold .tml files."),
              genre: str = typer.Option("auto", "--genre", callback=check_genre),
              show_misses: bool = typer.Option(False, "--show-misses", help="List every miss.")) -> None:
    """TempEval-3 measures (strict/relaxed span, value, type) against gold TimeML."""
    from chronologist.evaluate.time import evaluate_time
    scores = evaluate_time(gold_dir, genre=genre, show_misses=show_misses)
    console.print(scores.format(), markup=False, soft_wrap=True)


def eval_quotes(gold_dir: Path = typer.Argument(..., exists=True, file_okay=False,
                                                help="brat folder with attributions/*.ann and text/*.txt."),
                show_misses: bool = typer.Option(False, "--show-misses", help="List every miss.")) -> None:
    """Quote content (exact, overlap) P/R/F1 and speaker accuracy against brat attribution files."""
    from chronologist.evaluate.quotes import evaluate_quotes
    scores = evaluate_quotes(gold_dir, show_misses=show_misses)
    console.print(scores.format(), markup=False, soft_wrap=True)


def serve(db: str = DbOption, host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
          port: int = typer.Option(8000, "--port", min=1, max=65535)) -> None:
    """The web UI and JSON API over a store, opened read-only."""
    import uvicorn

    from chronologist.web.app import create_app
    try:
        app = create_app(db)
    except ChronologistError as exc:
        raise fail(exc)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: listening on {host}: anyone who can reach this address can read the store",
                  markup=False)
    console.print(f"serving {db} read-only at http://{host}:{port}/ (Ctrl-C to stop)", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def bench(out: Optional[Path] = typer.Option(None, "--out", help="Write the results table (Markdown) here."),
          quick: bool = typer.Option(False, "--quick", help="A small corpus: a smoke run, not a measurement."),
          only: Optional[list[str]] = typer.Option(None, "--only", help="Run only these parts.")) -> None:
    """Measure build speed against plain spaCy, workers, memory, rebuilds and query latency."""
    from chronologist.bench.run import run_bench
    table = run_bench(quick=quick, only=only or None, progress=lambda msg: err.print(msg, markup=False))
    console.print(table, markup=False)
    if out:
        out.write_text(table + "\n", encoding="utf-8")
