"""The vendored front end matches its manifest, is small, and holds nothing else."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "chronologist" / "web" / "static" / "vendor"


def test_every_file_matches_its_sha256():
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
    names = {p["name"] for p in manifest["packages"]}
    assert {"htmx.org", "vis-timeline", "leaflet", "world-atlas", "topojson-client", "cytoscape"} <= names
    listed = {"MANIFEST.json"}
    for pkg in manifest["packages"]:
        assert pkg["version"] and pkg["licence"] and pkg["licence_text"]
        for name, info in pkg["files"].items():
            listed.add(name)
            assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == info["sha256"], name
    assert {p.name for p in VENDOR.iterdir()} == listed, "vendor/ holds files the manifest does not list"


def test_vendored_files_are_small_dist_files():
    total = sum(p.stat().st_size for p in VENDOR.iterdir())
    assert total < 3 * 1024 * 1024
    assert all(p.suffix in (".js", ".css", ".json") for p in VENDOR.iterdir())
    assert not any(p.name.endswith(".map") for p in VENDOR.iterdir())


def test_vendor_script_check_agrees():
    import runpy
    mod = runpy.run_path(str(ROOT / "scripts" / "vendor_frontend.py"), run_name="vendor")
    assert mod["check"]() == []


def test_pages_load_only_vendored_or_own_static(client):
    import re
    for path in ("/timeline", "/map", "/network", "/documents/doc00000"):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
            assert url.startswith("/static/") and client.get(url).status_code == 200, url
