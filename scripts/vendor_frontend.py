#!/usr/bin/env python3
"""Vendor the web UI's front-end files from npm into src/chronologist/web/static/vendor/.

Runs ``npm pack NAME@VERSION`` into a temporary folder (the npm registry is the only network used),
extracts only the files listed below, and writes MANIFEST.json with name, version, licence, the
licence text and the sha256 of every file.  Running the app needs neither Node nor the network;
``tests/web/test_vendor.py`` checks the files against the manifest.

    python scripts/vendor_frontend.py            # refresh the vendored files
    python scripts/vendor_frontend.py --check    # only verify files against MANIFEST.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "chronologist" / "web" / "static" / "vendor"
MAX_TOTAL = 3 * 1024 * 1024

# package -> (version, licence (SPDX), {path inside the package: file name in vendor/}, licence file)
PACKAGES: dict[str, tuple[str, str, dict[str, str], str]] = {
    "htmx.org": ("2.0.8", "0BSD", {"dist/htmx.min.js": "htmx.min.js"}, "LICENSE"),
    "vis-timeline": ("8.5.4", "(Apache-2.0 OR MIT)", {
        "standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js",
        "styles/vis-timeline-graph2d.min.css": "vis-timeline-graph2d.min.css"}, "LICENSE.MIT.txt"),
    "leaflet": ("1.9.4", "BSD-2-Clause", {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css"},
                "LICENSE"),
    "topojson-client": ("3.1.0", "ISC", {"dist/topojson-client.min.js": "topojson-client.min.js"}, "LICENSE"),
    "world-atlas": ("2.0.2", "ISC", {"countries-110m.json": "countries-110m.json"}, "LICENSE"),
    "cytoscape": ("3.35.0", "MIT", {"dist/cytoscape.min.js": "cytoscape.min.js"}, "LICENSE"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vendor() -> dict:
    VENDOR.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"generated_by": "scripts/vendor_frontend.py", "packages": []}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, licence, files, licence_file) in PACKAGES.items():
            out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", tmp],
                                 check=True, capture_output=True, text=True, cwd=tmp)
            tgz = Path(tmp) / json.loads(out.stdout)[0]["filename"]
            entry = {"name": name, "version": version, "licence": licence, "files": {}}
            with tarfile.open(tgz) as tar:
                lic = tar.extractfile(f"package/{licence_file}")
                entry["licence_text"] = lic.read().decode("utf-8") if lic else ""
                for inner, target in files.items():
                    data = tar.extractfile(f"package/{inner}").read()  # type: ignore[union-attr]
                    (VENDOR / target).write_bytes(data)
                    entry["files"][target] = {"from": inner, "sha256": hashlib.sha256(data).hexdigest(),
                                              "bytes": len(data)}
            manifest["packages"].append(entry)
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def check() -> list[str]:
    """Problems with the vendored files (empty when they match the manifest)."""
    problems = []
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
    listed = {"MANIFEST.json"}
    total = 0
    for pkg in manifest["packages"]:
        for target, info in pkg["files"].items():
            listed.add(target)
            path = VENDOR / target
            if not path.exists():
                problems.append(f"{target}: missing")
            elif sha256(path) != info["sha256"]:
                problems.append(f"{target}: sha256 differs from MANIFEST.json")
            else:
                total += path.stat().st_size
    extra = sorted(p.name for p in VENDOR.iterdir() if p.name not in listed)
    problems += [f"{name}: not in MANIFEST.json" for name in extra]
    if total > MAX_TOTAL:
        problems.append(f"vendored files total {total} bytes, over {MAX_TOTAL}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the files against MANIFEST.json")
    args = parser.parse_args()
    if not args.check:
        vendor()
    problems = check()
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
