"""Page latency measured in-process: ``measure(db, pages, n)`` -> p50/p95 per route, in ms.

Requests go through the whole ASGI app (routing, SQL, templates, middleware) via Starlette's
TestClient, without sockets, so the numbers are the server's own cost.  The first request of each
route is a warm-up and is reported apart (``first_ms``): it fills SQLite's page cache and the
app's aggregate cache, which a running server has already done.
"""
from __future__ import annotations

import statistics
import time
from typing import Optional, Sequence

DEFAULT_PAGES = ("/", "/documents", "/timeline", "/timeline.json?limit=500", "/timeline/buckets.json?unit=decade",
                 "/entities", "/quotes", "/claims", "/conflicts", "/map", "/network", "/search?q=army",
                 "{document}", "{entity}", "{event}")


def _expand(client, pages: Sequence[str]) -> list[str]:
    """Fill ``{document}``, ``{entity}`` and ``{event}`` with real ids from the store's JSON API."""
    out = []
    for p in pages:
        if p == "{document}":
            rows = client.get("/documents.json?limit=1").json()["rows"]
            p = f"/documents/{rows[0]['id']}" if rows else None
        elif p == "{entity}":
            rows = client.get("/entities.json?limit=1").json()["rows"]
            p = f"/entities/{rows[0]['id']}" if rows else None
        elif p == "{event}":
            rows = client.get("/timeline.json?limit=1&factuality=any").json()["rows"]
            p = f"/events/{rows[0]['id']}" if rows else None
        if p:
            out.append(p)
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def measure(db: str, pages: Optional[Sequence[str]] = None, n: int = 20) -> dict:
    """{route: {"p50_ms", "p95_ms", "max_ms", "first_ms", "status", "n"}} for each page of ``pages``."""
    from starlette.testclient import TestClient

    from chronologist.web.app import create_app

    client = TestClient(create_app(db))
    results: dict[str, dict] = {}
    for page in _expand(client, pages or DEFAULT_PAGES):
        t0 = time.perf_counter()
        status = client.get(page).status_code
        first = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(max(1, n)):
            t0 = time.perf_counter()
            r = client.get(page)
            times.append((time.perf_counter() - t0) * 1000)
            status = max(status, r.status_code)
        results[page] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(_pct(times, 0.95), 1),
                         "max_ms": round(max(times), 1), "first_ms": round(first, 1), "status": status, "n": len(times)}
    return results


def format_table(results: dict) -> str:
    lines = ["| route | p50 ms | p95 ms | first ms | status |", "|---|---:|---:|---:|---|"]
    for route, r in results.items():
        lines.append(f"| `{route}` | {r['p50_ms']} | {r['p95_ms']} | {r['first_ms']} | {r['status']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    print(format_table(measure(sys.argv[1], n=int(sys.argv[2]) if len(sys.argv) > 2 else 20)))
