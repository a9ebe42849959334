"""The `chronologist` command.  Each group of commands lives in its own module and registers here."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from chronologist import __version__
from chronologist.cli import annotate_cmd, records_cmd, store_cmd, tools_cmd
from chronologist.errors import ChronologistError

app = typer.Typer(
    name="chronologist", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    help="Turn a folder of news and history articles into a cited, cross-checked record.",
    context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        typer.echo(f"chronologist {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")) -> None:
    """Turn a folder of news and history articles into a cited, cross-checked record."""


for module in (store_cmd, annotate_cmd, records_cmd, tools_cmd):
    module.register(app)


def main(argv: Optional[list[str]] = None) -> None:
    from chronologist.cli.common import fail
    try:
        app(args=argv, prog_name="chronologist", standalone_mode=True)
    except ChronologistError as exc:  # raised outside a command body (rare)
        raise SystemExit(fail(exc).exit_code)


if __name__ == "__main__":
    main(sys.argv[1:])
