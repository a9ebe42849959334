"""Shared CLI pieces: options, store opening, error exits, date checking."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from chronologist.errors import ChronologistError, UsageError

console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DEFAULT_DB = "chronologist.db"
DbOption = typer.Option(DEFAULT_DB, "--db", help="Store: an SQLite file, or a postgresql:// URL.",
                        envvar="CHRONOLOGIST_DB")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
GENRES = ("news", "narrative", "auto")


def check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not _DATE.match(value):
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)")
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        raise typer.BadParameter(f"{value!r} is not a real date")
    if len(parts) == 3:
        import datetime
        try:
            datetime.date(*parts)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a real date") from None
    return value


def check_genre(value: str) -> str:
    if value not in GENRES:
        raise typer.BadParameter(f"{value!r}: choose one of {', '.join(GENRES)}")
    return value


def open_for_reading(db: str):
    from chronologist.store.database import open_store
    if not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        raise UsageError(f"no store at {db}; build one first with `chronologist build PATH --db {db}`")
    return open_store(db, readonly=True)


def fail(exc: ChronologistError) -> "typer.Exit":
    err.print(f"[red]error:[/red] {exc}", markup=True) if sys.stderr.isatty() else err.print(f"error: {exc}",
                                                                                             markup=False)
    return typer.Exit(2 if isinstance(exc, UsageError) else 1)


def cite(doc: str, start: int, end: int) -> str:
    return f"{doc}:{start}-{end}"


def read_store(db: str, fn, *args, **kwargs):
    """Run one read-only query function against the store; errors become a clear exit."""
    try:
        with open_for_reading(db) as store:
            return fn(store, *args, **kwargs)
    except ChronologistError as exc:
        raise fail(exc)


def print_json(data) -> None:
    import json
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
