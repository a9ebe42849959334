"""Regenerate the README's Usage section from real runs on the sample corpus.

    .venv/bin/python scripts/readme_usage.py

Runs each command below against a fresh store of examples/corpus and writes its (trimmed) output
between the <!-- usage --> markers of README.md, so the README never shows output the tool does not
produce.
"""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 14

# (what it is for, command with {db} for the store[, a note shown after the output])
COMMANDS = [
    ("Build (or update) a store from a folder; unchanged files are skipped on the next run",
     "build examples/corpus --db {db}"),
    ("What the store holds", "summary --db {db}"),
    ("Entities under one canonical name", "entities --db {db} --limit 8"),
    ("One entity: aliases, roles, documents, quotes, events", "entity Khrushchev --db {db}"),
    ("Full-text search, each hit with document and offsets", "search blockade --db {db} --limit 4",
     "Every word must occur. Hits are ranked by relevance (BM25 on SQLite, `ts_rank` on PostgreSQL) over the\n"
     "first 2,000 matching sentences; a word found in more sentences than that lists the rest after them in\n"
     "stored order, so a search for a very common word answers as fast as one for a rare word.\n"),
    ("The timeline of dated, asserted events with their sources (`--all` for the rest)",
     "timeline --db {db} --limit 10"),
    ("Who said what", "quotes --db {db} --limit 6"),
    ("Numeric claims grouped by what they measure", "claims --db {db} --limit 4"),
    ("Where the sources disagree", "conflicts --db {db}"),
    ("A document with its spans marked (colours at a terminal, brackets with --plain)",
     "show washington_dispatch --db {db} --plain"),
    ("Annotations JSON (the `chronologist.annotations/1` contract) without a store",
     "annotate examples/corpus/naval_log.txt --format text"),
    ("Export the store for other tools", "export --format timelinejs --out /tmp/chronologist-export --db {db}"),
]
EXTRA = """Other commands: `chronologist link` (re-run the cross-document pass), `documents`, `serve --db DB
[--host 127.0.0.1] [--port 8000]` (web UI and JSON API, store opened read-only), `export --format
annotations|csv|jsonld|timelinejs|gexf|graphml|webannotation|timeml|plover`, `eval time GOLD_DIR`
(TempEval-3 measures on TimeML), `eval quotes GOLD_DIR` (brat attribution files), `bench` (the
benchmarks below), `build --workers N` (local processes), `build --cluster tcp://HOST:PORT` (Dask),
`--db postgresql://…` (PostgreSQL). The annotations JSON follows the brief's contract; beside `quotes`
(what was said) each document also lists `attributions` (reported beliefs and intentions), `events`
and, at the top level, linked `events`, `measures` and `conflicts`. Every command has `--help`; exit codes are 0 (all done),
1 (some inputs failed, each named with its reason) and 2 (usage error).

Python API:

```python
import chronologist
ann = chronologist.annotate("Phnom Penh fell on 7 January 1979.", date="2019-01-07")
ann.timex[0].value          # '1979-01-07'
with chronologist.open("demo.db") as store:   # read-only
    store.timeline(date_from="1962-10", entity="E3")
```
"""


def run(cmd: str, cwd: str) -> str:
    out = subprocess.run([str(ROOT / ".venv/bin/chronologist"), *shlex.split(cmd)], capture_output=True,
                         text=True, cwd=cwd, env={"COLUMNS": "110", "PATH": "/usr/bin:/bin", "TERM": "dumb"})
    lines = (out.stdout + out.stderr).rstrip().splitlines()
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"… ({len(lines) - MAX_LINES} more lines)"]
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        # run where a user would: a folder holding examples/ and demo.db, so the output shows those names
        (Path(tmp) / "examples").symlink_to(ROOT / "examples")
        parts = []
        for what, cmd, *note in COMMANDS:
            shown = cmd.replace("{db}", "demo.db")
            parts.append(f"{what}:\n\n```console\n$ chronologist {shown}\n{run(shown, tmp)}\n```\n"
                         + (f"\n{note[0]}" if note else ""))
    body = "\n".join(parts) + "\n" + EXTRA
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = re.sub(r"<!-- usage -->.*<!-- /usage -->", lambda m: f"<!-- usage -->\n{body}\n<!-- /usage -->", text,
                 flags=re.S)
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
