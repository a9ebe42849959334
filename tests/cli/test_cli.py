"""The `chronologist` command as a user runs it: exit codes, help, and every command's output."""
import json
import subprocess
import sys

import pytest

COMMANDS = ["build", "link", "summary", "documents", "search", "entities", "entity", "show", "annotate",
            "timeline", "quotes", "claims", "conflicts", "export", "serve", "bench", "eval", "eval time",
            "eval quotes"]


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "chronologist.cli.main", *args], capture_output=True,
                          text=True, input=input)


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("chronologist 0.")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = run(*command.split(), "--help")
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_usage_errors_exit_2():
    assert run("build").returncode == 2
    assert run("annotate", "x.txt", "--date", "1979-02-30").returncode == 2
    assert run("annotate", "x.txt", "--genre", "poetry").returncode == 2
    assert run("no-such-command").returncode == 2


def test_reading_a_missing_store_says_how_to_make_one(tmp_path):
    out = run("summary", "--db", str(tmp_path / "none.db"))
    assert out.returncode == 2 and "chronologist build" in out.stderr


def test_build_reports_failures_and_exits_1(tmp_path):
    (tmp_path / "ok.txt").write_text("On 7 January 1979 Phnom Penh fell.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.5")
    db = tmp_path / "s.db"
    out = run("build", str(tmp_path), "--db", str(db))
    assert out.returncode == 1
    assert "bad.txt: is a PDF file" in out.stderr
    assert "1 added, 0 updated, 0 unchanged, 0 pruned, 1 failed" in out.stdout
    (tmp_path / "bad.txt").unlink()
    again = run("build", str(tmp_path), "--db", str(db))
    assert again.returncode == 0 and "0 added, 0 updated, 1 unchanged" in again.stdout


def test_store_commands_on_the_sample_corpus(demo_db):
    db = ["--db", str(demo_db)]
    summary = run("summary", *db)
    assert summary.returncode == 0 and "documents" in summary.stdout
    data = json.loads(run("summary", *db, "--json").stdout)
    assert data["documents"] >= 7 and data["words"] > 1000
    found = run("search", "Khrushchev", *db)
    assert found.returncode == 0 and "Khrushchev" in found.stdout
    hits = json.loads(run("search", "Khrushchev", *db, "--json").stdout)
    assert hits and all(h["char_end"] > h["char_start"] for h in hits)
    ents = json.loads(run("entities", *db, "--json").stdout)
    assert any(e["name"] == "Nikita Khrushchev" or "Khrushchev" in e["name"] for e in ents)
    shown = run("show", hits[0]["doc_id"], *db, "--plain")
    assert shown.returncode == 0 and "[E" in shown.stdout
    assert run("show", "no-such-doc", *db).returncode == 1
    docs = json.loads(run("documents", *db, "--json").stdout)
    assert {d["id"] for d in docs} >= {"washington_dispatch", "naval_log"}


def test_annotate_reads_standard_input():
    out = run("annotate", "-", "--date", "2019-01-07", input="Phnom Penh fell on 7 January 1979.")
    data = json.loads(out.stdout)
    assert out.returncode == 0 and data["documents"][0]["id"] == "stdin"
    assert data["documents"][0]["published"]["value"] == "2019-01-07"


def test_sample_corpus_shows_the_troop_count_disagreement(demo_db):
    """The demo's own sources disagree on Soviet forces in Cuba (10,000 estimated, 43,000 there)."""
    found = json.loads(run("conflicts", "--db", str(demo_db), "--json").stdout)
    numbers = [c for c in found if c["kind"] == "number"]
    assert numbers, found
    items = numbers[0]["items"]
    assert {i["doc_id"] for i in items} >= {"washington_dispatch", "moscow_memoir"}
    values = [i["value"] for i in items]
    assert 10_000 in values and 43_000 in values


def test_the_entities_table_never_cuts_a_name_short(demo_db):
    ents = json.loads(run("entities", "--db", str(demo_db), "--json").stdout)
    table = run("entities", "--db", str(demo_db), "--limit", "50").stdout
    cells = " ".join(line.strip("│┃ ") for line in table.splitlines())
    kennedy = next(e for e in ents if e["name"] == "John F. Kennedy")
    assert len("; ".join(a for a in kennedy["aliases"] if a != kennedy["name"])) > 60  # too many to list
    assert "more)" in cells
    assert "Mr. K " not in cells and "Mr. K\n" not in table


def test_listed_names_are_whole_and_the_rest_are_counted():
    from chronologist.cli.store_cmd import _listed
    names = ["President John F. Kennedy", "Kennedy", "President Kennedy", "Mr. Kennedy"]
    shown = _listed(names)
    assert shown == "President John F. Kennedy; Kennedy; President Kennedy (+1 more)"
    assert _listed(["Fidel Castro", "Castro"]) == "Fidel Castro; Castro"
    assert _listed(["A name longer than the whole width of the column, still shown whole"]).endswith("whole")


def test_summary_counts_read_as_english(demo_db):
    from chronologist.cli.store_cmd import _n
    assert (_n(1, "conflict"), _n(2, "conflict"), _n(1, "entity", "entities")) == ("1 conflict", "2 conflicts", "1 entity")
    data = json.loads(run("summary", "--db", str(demo_db), "--json").stdout)
    out = " ".join(run("summary", "--db", str(demo_db)).stdout.split())
    assert _n(data["conflicts"], "conflict") in out and f"{data['documents']} documents" in out
