"""The web UI and JSON API: one Starlette app over a store opened read-only.

    create_app("chronologist.db")  ->  serve with uvicorn (``chronologist serve``)

Security: document text is untrusted.  Templates autoescape everything (no ``|safe`` on data),
scripts come only from /static (CSP ``script-src 'self'``, no inline scripts), data reaches the
scripts through JSON endpoints and data- attributes.  Bad parameters answer 400, unknown ids 404.
"""
from __future__ import annotations

import logging
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from chronologist.web import render
from chronologist.web.db import StoreHolder
from chronologist.web.params import BadRequest

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("chronologist.web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): the same headers on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _not_found(request: Request, exc: Exception):
    return render.error(request, 404, "Not found" if not isinstance(exc, LookupError)
                        else f"Nothing here with the id {str(exc.args[0] if exc.args else '')[:80]!r}")


async def _bad_request(request: Request, exc: Exception):
    return render.error(request, 400, str(exc))


async def _http(request: Request, exc: Exception):
    status = getattr(exc, "status_code", 500)
    return render.error(request, status, "Not found" if status == 404 else str(getattr(exc, "detail", "")))


async def _server_error(request: Request, exc: Exception):
    log.exception("error serving %s", request.url.path)
    return render.error(request, 500, "Internal error; the log has the details")


def create_app(db: str, *, warm: bool = True) -> Starlette:
    """The app over the store at ``db`` (SQLite path or postgresql:// URL), opened read-only.

    ``warm`` computes the store-wide aggregates (counts, speakers, network, places) in a
    background thread at start-up, so the first visitor of those pages does not wait for them.
    """
    from chronologist.web.views import api, detail, lists

    routes = []
    for page in lists.PAGES:
        routes += page.routes()
    routes += api.ROUTES + detail.ROUTES
    routes.append(Mount("/static", app=StaticFiles(directory=str(STATIC), follow_symlink=False), name="static"))
    app = Starlette(routes=routes, exception_handlers={
        LookupError: _not_found, BadRequest: _bad_request, HTTPException: _http, Exception: _server_error})
    app.state.holder = StoreHolder(db)
    if warm:
        app.state.holder.warm(lists.WARM + detail.WARM)
    app.add_middleware(SecurityHeaders)
    return app
