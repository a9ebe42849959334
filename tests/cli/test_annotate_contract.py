"""`chronologist annotate` on the seed and contrast texts honours the annotations JSON contract."""
import json

from tests.contract import check_contract


def _texts(shared):
    return {p.stem: p.read_text(encoding="utf-8") for p in (shared / "corpus").glob("*/*.txt")}


def test_output_is_valid_and_every_span_points_at_its_text(shared, shared_annotations):
    data, _ = shared_annotations
    assert check_contract(data, _texts(shared)) == []
    assert {d["id"] for d in data["documents"]} == set(_texts(shared))
    assert data["extractors"] == ["time", "entities", "quotes", "claims", "events"]


def test_the_seven_seed_people_are_entities_and_bylines_are_metadata(shared, shared_annotations):
    data, _ = shared_annotations
    names = {e["name"] for e in data["entities"] if e["type"] == "PERSON"}
    assert {"Pol Pot", "Ieng Sary", "Hun Sen", "Heng Samrin", "Pham Van Dong", "Harish C. Mehta",
            "Julie B. Mehta"} <= names
    for person in ("Hoang Vu", "Thu Nguyen", "Huu Duong"):
        assert all(person not in e["name"] and person not in e["aliases"] for e in data["entities"])
    docs = {d["id"]: d for d in data["documents"]}
    assert docs["000_4f329e070bc29093"]["author"] == "Hoang Vu"
    assert docs["000_4f329e070bc29093"]["translators"] == ["Thu Nguyen"]
    assert docs["004_9864fc769749bdb1"]["translators"] == ["Huu Duong"]


def test_export_of_a_store_matches_annotate(shared, tmp_path):
    import subprocess
    import sys
    files = sorted(str(p) for p in (shared / "corpus").glob("*/*.txt"))
    db = tmp_path / "s.db"
    cli = [sys.executable, "-m", "chronologist.cli.main"]
    subprocess.run([*cli, "build", *files, "--db", str(db), "-q"], check=True, capture_output=True)
    subprocess.run([*cli, "export", "--format", "annotations", "--db", str(db), "--out", str(tmp_path / "a.json")],
                   check=True, capture_output=True)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert check_contract(data, _texts(shared)) == []
