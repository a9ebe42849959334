"""annotate: the annotations JSON (or text, or TimeML) of files, with no store."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from chronologist.cli.common import check_date, check_genre, err

FORMATS = ("json", "text", "timeml")


def register(app: typer.Typer) -> None:
    app.command()(annotate)


def annotate(files: list[str] = typer.Argument(..., help="Files or folders, or - for stdin."),
             format: str = typer.Option("json", "--format", "-f", help="json | text | timeml."),
             date: Optional[str] = typer.Option(None, "--date", callback=check_date,
                                                help="Publication date (YYYY-MM-DD) for every input."),
             genre: str = typer.Option("auto", "--genre", callback=check_genre, help="news | narrative | auto."),
             out: Optional[Path] = typer.Option(None, "--out", help="With --format timeml: a folder for .tml files.")
             ) -> None:
    """Print what chronologist finds in FILES (the annotations JSON contract), without a store."""
    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    from chronologist.errors import InputError
    from chronologist.export.annotations import annotations_json
    from chronologist.extract.pipeline import ALL_EXTRACTORS
    from chronologist.ingest.readers import read_all
    from chronologist.link import link

    failed: list[InputError] = []

    def documents():
        for item in read_all(files):
            if isinstance(item, InputError):
                failed.append(item)
                err.print(f"failed: {item}", markup=False, soft_wrap=True)
            else:
                yield item

    from chronologist.build import BATCH, analyse_batch, batches

    anns = []
    for batch in batches(documents(), BATCH):
        for ann in analyse_batch(batch, date, genre):
            if isinstance(ann, InputError):  # an extractor failed on this document: report, go on
                failed.append(ann)
                err.print(f"failed: {ann}", markup=False, soft_wrap=True)
            else:
                anns.append(ann)
    if format == "json":
        linked = link(anns)
        extractors = anns[0].extractors if anns else list(ALL_EXTRACTORS)
        sys.stdout.write(json.dumps(annotations_json(anns, linked, extractors), ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
    elif format == "timeml":
        from chronologist.time.timeml import write_tml
        if len(anns) > 1 and out is None:
            raise typer.BadParameter("several documents: give --out FOLDER for the .tml files", param_hint="--out")
        for ann in anns:
            xml = write_tml(ann.document.id, ann.document.text, ann.published.value, ann.timex)
            if out is None:
                sys.stdout.write(xml)
            else:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{ann.document.id}.tml").write_text(xml, encoding="utf-8")
    else:
        from chronologist.cli.text_report import print_annotations
        for ann in anns:
            print_annotations(ann)
    raise typer.Exit(1 if failed else 0)
