"""Document text is untrusted: markup in texts, names and quotes shows as text everywhere."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from chronologist.web.synthetic import HOSTILE

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "chronologist" / "web" / "templates"
STATIC = TEMPLATES.parent / "static"


class _Tags(HTMLParser):
    """Every element and attribute the browser would see."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def pages(client, ids) -> list[str]:
    return ["/", "/documents", "/documents/doc00000", f"/entities/{ids['entity']}", "/entities",
            "/timeline?factuality=any&limit=500", f"/timeline?entity={ids['entity']}&factuality=any",
            "/quotes?limit=500", "/claims", "/conflicts", "/map", "/network", "/search?q=alert",
            "/search?q=script", f"/events/{ids['event']}", "/documents/%3Cscript%3E"]


def check_page(html: str) -> None:
    p = _Tags()
    p.feed(html)
    for tag, attrs in p.tags:
        assert tag != "img", "an <img> from document text became an element"
        assert not any(k.startswith("on") for k in attrs), f"event handler attribute on <{tag}>"
        for k, v in attrs.items():
            if k in ("href", "src", "action"):
                assert not (v or "").strip().lower().startswith("javascript:"), f"{k}={v!r}"
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), "a script not served from /static"
    assert not p.script_text, "inline script"


def test_hostile_pages_render_markup_as_text(client, ids):
    for path in pages(client, ids):
        r = client.get(path)
        assert r.status_code in (200, 404), path
        check_page(r.text)
        assert "<script>alert(1)</script>" not in r.text, path
        assert "<img src=x" not in r.text, path


def test_reader_shows_the_markup_escaped_with_its_offsets(client):
    html = client.get("/documents/doc00000").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:alert(1)" in html  # as text, not as a link


def test_tooltips_are_escaped_attributes(client, ids):
    html = client.get("/documents/doc00000").text
    titles = re.findall(r'title="([^"]*)"', html)
    hostile = [t for t in titles if "img src" in t]
    assert hostile, "the hostile entity should appear in a mention tooltip"
    assert all("<" not in t and "&lt;img" in t for t in hostile)


def test_json_api_returns_the_raw_text(client):
    text = client.get("/documents/doc00000.json").json()["text"]
    assert all(h in text for h in HOSTILE)


def test_templates_never_mark_data_safe():
    for path in TEMPLATES.glob("*.html"):
        src = path.read_text(encoding="utf-8")
        assert "|safe" not in src.replace(" ", ""), path.name
        assert "autoescape false" not in src, path.name
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", src), f"inline script in {path.name}"
    for js in STATIC.glob("*.js"):
        src = js.read_text(encoding="utf-8")
        assert ".innerHTML" not in src and "eval(" not in src and "insertAdjacentHTML" not in src, js.name


def test_csv_cells_never_start_a_formula(client):
    from chronologist.web.render import _cell
    assert _cell("=HYPERLINK(\"x\")").startswith("'=")
    assert _cell("+1") == "'+1" and _cell("@SUM") == "'@SUM" and _cell("-0263-01-01") == "-0263-01-01"
    assert _cell("-cmd") == "'-cmd"


def test_timelinejs_export_escapes_html(syn_db, tmp_path):
    from chronologist.export import export
    from chronologist.store.database import open_store
    with open_store(syn_db, readonly=True) as store:
        path = export(store, "timelinejs", tmp_path)[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    blob = json.dumps(data)
    assert "<img" not in blob and "<script>" not in blob
    assert any("&lt;img src=x onerror=alert(1)&gt;" in e["text"]["headline"] for e in data["events"])
