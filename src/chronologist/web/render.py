"""Responses: HTML from Jinja templates (autoescaped, always), JSON and CSV twins, error pages."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from chronologist.web.dates import display_iso, display_value

TEMPLATES = Path(__file__).parent / "templates"

# autoescape=True for every template whatever its name: document text is untrusted.
env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                  trim_blocks=True, lstrip_blocks=True)
env.filters["when"] = display_value
env.filters["day"] = display_iso


def _span_when(row: dict) -> str:
    """How an event's date reads: its value, else its earliest–latest days."""
    if row.get("date_value"):
        return display_value(row["date_value"])
    if row.get("earliest"):
        a, b = display_iso(row["earliest"]), display_iso(row.get("latest"))
        return a if a == b or not b else f"{a} – {b}"
    return "undated"


env.filters["event_when"] = _span_when
env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)  # escaped again by autoescape


def cite_url(doc: str, start: int, end: int) -> str:
    from urllib.parse import quote
    return f"/documents/{quote(doc, safe='')}#{int(start)}-{int(end)}"


env.globals["cite_url"] = cite_url


def page_url(request: Request, suffix: str = "", **changes: Any) -> str:
    """This page's URL with a different suffix (.json/.csv) and/or changed query parameters."""
    query = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            query.pop(k, None)
        else:
            query[k] = str(v)
    path = request.url.path
    for s in (".json", ".csv"):
        if path.endswith(s):
            path = path[: -len(s)]
    if path == "/" and suffix:
        path = "/overview"
    qs = urlencode(query)
    return f"{path}{suffix}" + (f"?{qs}" if qs else "")


def html(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("title", "")
    context["request"] = request
    context["page_url"] = lambda suffix="", **ch: page_url(request, suffix, **ch)
    body = env.get_template(template).render(**context)
    return HTMLResponse(body, status_code=status)


def as_json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


_FORMULA = ("=", "+", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        value = json.dumps(value, ensure_ascii=False)
    value = str(value)
    # Spreadsheet formula injection: document text is untrusted, so a cell never starts a formula.
    if value.startswith(_FORMULA) or (value.startswith("-") and len(value) > 1 and not value[1].isdigit()):
        value = "'" + value
    return value


def as_csv(rows: Iterable[dict], columns: Optional[list[str]] = None, filename: str = "rows.csv") -> Response:
    rows = list(rows)
    cols = columns or (list(rows[0].keys()) if rows else [])
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{filename}"'})


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.endswith((".json", ".csv")) or "application/json" in request.headers.get("accept", "") \
        and "text/html" not in request.headers.get("accept", "")


def error(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return as_json({"error": {"status": status, "message": message}}, status)
    return html(request, "error.html", status=status, title=f"Error {status}", message=message)
