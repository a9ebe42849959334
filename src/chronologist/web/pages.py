"""List pages: one definition gives the HTML page and its ``.json`` and ``.csv`` twins.

A page's ``fetch`` returns ``{"rows": [...], "total": n, ...extra}``; the HTML template gets the
same dict, the JSON twin returns it with paging links, the CSV twin writes the rows (flattened by
``csv_row`` when the page has nested values).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from starlette.requests import Request
from starlette.routing import Route

from chronologist.web import params as P
from chronologist.web import render


@dataclass
class ListPage:
    path: str
    template: str
    title: str
    summary: str
    params: tuple[P.Param, ...]
    fetch: Callable[[Request, dict], dict]
    csv_columns: Optional[list[str]] = None
    csv_row: Optional[Callable[[dict], dict]] = None
    row_schema: dict = field(default_factory=lambda: {"type": "object"})

    def _data(self, request: Request) -> tuple[dict, dict]:
        args = P.parse(request, self.params)
        data = self.fetch(request, args)
        limit, offset = args.get("limit"), args.get("offset")
        total = data.get("total")
        if limit is not None and offset is not None:
            data.setdefault("limit", limit)
            data.setdefault("offset", offset)
            more = total is not None and offset + limit < total
            data["next"] = render.page_url(request, ".json", offset=offset + limit) if more else None
        return args, data

    def html(self, request: Request):
        args, data = self._data(request)
        nxt = prev = None
        if args.get("limit") is not None:
            if data.get("next"):
                nxt = render.page_url(request, "", offset=args["offset"] + args["limit"])
            if args["offset"] > 0:
                prev = render.page_url(request, "", offset=max(0, args["offset"] - args["limit"]) or None)
        return render.html(request, self.template, title=self.title, args=args, data=data, next_url=nxt,
                           prev_url=prev, json_url=render.page_url(request, ".json"),
                           csv_url=render.page_url(request, ".csv"))

    def json(self, request: Request):
        return render.as_json(self._data(request)[1])

    def csv(self, request: Request):
        _, data = self._data(request)
        rows = data["rows"]
        if self.csv_row:  # a row may flatten into several (a measure into one line per claimed value)
            out: list[dict] = []
            for r in rows:
                got = self.csv_row(r)
                out.extend(got if isinstance(got, list) else [got])
            rows = out
        name = self.path.strip("/").replace("/", "_") or "rows"
        return render.as_csv(rows, self.csv_columns, filename=f"{name}.csv")

    def routes(self) -> list[Route]:
        return [Route(self.path + ".json", self.json, methods=["GET", "HEAD"]),
                Route(self.path + ".csv", self.csv, methods=["GET", "HEAD"]),
                Route(self.path, self.html, methods=["GET", "HEAD"])]

    def openapi(self) -> dict[str, Any]:
        parameters = [p.openapi() for p in self.params]
        listing = {"type": "object", "properties": {
            "rows": {"type": "array", "items": self.row_schema}, "total": {"type": "integer"},
            "limit": {"type": "integer"}, "offset": {"type": "integer"},
            "next": {"type": ["string", "null"], "description": "URL of the next page, null on the last"}}}
        ok = {"description": "OK", "content": {"application/json": {"schema": listing}}}
        bad = {"description": "Bad parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        return {
            self.path + ".json": {"get": {"summary": self.summary, "parameters": parameters,
                                          "responses": {"200": ok, "400": bad}}},
            self.path + ".csv": {"get": {"summary": self.summary + " (CSV)", "parameters": parameters,
                                         "responses": {"200": {"description": "OK",
                                                               "content": {"text/csv": {}}}, "400": bad}}},
        }


def holder(request: Request):
    return request.app.state.holder


def store(request: Request):
    return request.app.state.holder.get()
