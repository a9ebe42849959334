"""JSON-only endpoints (timeline buckets, OpenAPI) and export downloads."""
from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from chronologist import __name__ as _pkg  # noqa: F401
from chronologist.web import params as P
from chronologist.web import queries_extra as X
from chronologist.web import render
from chronologist.web.pages import holder
from chronologist.web.views.detail import DETAIL_API
from chronologist.web.views.lists import PAGES, TIMELINE_PARAMS, event_filter

BUCKET_PARAMS = (*TIMELINE_PARAMS, P.Param("unit", "enum", "bucket size", "year", choices=tuple(X.BUCKET_UNITS)))


def timeline_buckets(request: Request):
    a = P.parse(request, BUCKET_PARAMS)
    key = ("buckets", tuple(sorted((k, str(v)) for k, v in a.items())))
    rows = holder(request).cached(key, lambda s: X.timeline_buckets(s, event_filter(a), a["unit"]))
    return render.as_json({"unit": a["unit"], "rows": rows, "total": sum(r["n"] for r in rows)})


def export_formats() -> dict[str, str]:
    from chronologist.export import FORMATS
    return dict(FORMATS)


def exports_page(request: Request):
    return render.html(request, "exports.html", title="Exports", formats=sorted(export_formats()))


def export_download(request: Request):
    from chronologist.export import export
    fmt = request.path_params["fmt"]
    if fmt not in export_formats():  # also refuses any path-like name
        raise LookupError(fmt)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"chronologist-{fmt}"
        written = export(holder(request).get(), fmt, out)
        if len(written) == 1 and written[0].is_file():
            path = written[0]
            media = "application/json" if path.suffix in (".json", ".jsonld") else \
                "application/xml" if path.suffix in (".gexf", ".graphml", ".xml", ".tml") else "application/octet-stream"
            return Response(path.read_bytes(), media_type=media,
                            headers={"Content-Disposition": f'attachment; filename="{path.name}"'})
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for path in written:
                files = sorted(path.rglob("*")) if path.is_dir() else [path]
                for f in files:
                    if f.is_file():
                        z.write(f, f.relative_to(out if out in f.parents else f.parent))
        return Response(buf.getvalue(), media_type="application/zip",
                        headers={"Content-Disposition": f'attachment; filename="chronologist-{fmt}.zip"'})


def openapi_document() -> dict:
    paths: dict = {}
    for page in PAGES:
        paths.update(page.openapi())
    err = {"description": "Not found", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path, (summary, ids) in DETAIL_API.items():
        paths[path] = {"get": {"summary": summary, "parameters": [
            {"name": i, "in": "path", "required": True, "schema": {"type": "string", "maxLength": P.MAX_ID}}
            for i in ids], "responses": {"200": {"description": "OK", "content": {"application/json": {
                "schema": {"type": "object"}}}}, "404": err}}}
    paths["/timeline/buckets.json"] = {"get": {
        "summary": "Event counts per century, decade, year or month (the zoomed-out timeline)",
        "parameters": [p.openapi() for p in BUCKET_PARAMS],
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}},
                      "400": err}}}
    paths["/exports/{fmt}"] = {"get": {"summary": "The whole store in one export format",
                                       "parameters": [{"name": "fmt", "in": "path", "required": True, "schema": {
                                           "type": "string", "enum": sorted(export_formats())}}],
                                       "responses": {"200": {"description": "the export file (or a zip)"},
                                                     "404": err}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "chronologist", "version": "1",
                 "description": "Read-only JSON API over a chronologist store. Every fact cites its document "
                                "and character offsets (end exclusive) into the document's stored text. "
                                "Dates are TIMEX3 values; earliest/latest are ISO days with astronomical "
                                "years (-0263 = 264 BCE). Lists page with limit (at most 500) and offset."},
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": {"Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
            "status": {"type": "integer"}, "message": {"type": "string"}}}}}}},
    }


def openapi(request: Request):
    return render.as_json(openapi_document())


ROUTES = [
    Route("/timeline/buckets.json", timeline_buckets, methods=["GET", "HEAD"]),
    Route("/openapi.json", openapi, methods=["GET", "HEAD"]),
    Route("/exports", exports_page, methods=["GET", "HEAD"]),
    Route("/exports/{fmt}", export_download, methods=["GET", "HEAD"]),
]
