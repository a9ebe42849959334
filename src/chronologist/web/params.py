"""Query parameters: declared once per route, checked (400 on bad input), and described in OpenAPI."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from starlette.requests import Request

from chronologist.web.dates import parse_user_date

MAX_LIMIT = 500
MAX_QUERY = 200
MAX_ID = 200


# What the OpenAPI description promises the parser accepts (``dates.parse_user_date`` takes a little
# more, e.g. any surrounding space): a generated request that matches must never get a 400.
DATE_PATTERN = (r"^(?:-?[0-9]{4,6}(?:-(?:0[1-9]|1[0-2])-(?:[0-2][0-9]|3[01])|-(?:0[0-9]|1[0-2]))?"
                r"|[0-9]{1,4} ?(?:[Bb][Cc][Ee]?|[Bb]\.[Cc]\.)|[Bb][Cc][0-9]{1,4})$")
NO_NUL = "^[^\\u0000]*$"


class BadRequest(Exception):
    """A parameter the user sent cannot be used; answered with 400 and this message."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "string"  # string, integer, date, enum, boolean
    description: str = ""
    default: Any = None
    minimum: Optional[int] = None
    maximum: Optional[int] = None
    choices: tuple[str, ...] = ()
    max_length: int = MAX_QUERY

    def parse(self, raw: Optional[str]) -> Any:
        if raw is None or raw == "":
            return self.default
        if len(raw) > self.max_length:
            raise BadRequest(f"{self.name} is longer than {self.max_length} characters")
        if "\x00" in raw:
            raise BadRequest(f"{self.name} contains a NUL character")
        if self.kind == "integer":
            try:
                value = int(raw)
            except ValueError:
                raise BadRequest(f"{self.name} must be an integer, not {raw[:40]!r}") from None
            if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
                raise BadRequest(f"{self.name} must be between {self.minimum} and {self.maximum}")
            return value
        if self.kind == "boolean":
            if raw.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise BadRequest(f"{self.name} must be true or false")
            return raw.lower() in ("1", "true", "yes", "on")
        if self.kind == "enum":
            if raw not in self.choices:
                raise BadRequest(f"{self.name} must be one of {', '.join(self.choices)}")
            return raw
        if self.kind in ("date", "date_end"):
            try:
                return parse_user_date(raw, end=self.kind == "date_end")
            except ValueError as exc:
                raise BadRequest(f"{self.name}: {exc}") from None
        return raw.strip()

    def openapi(self) -> dict:
        schema: dict[str, Any] = {"type": {"date": "string", "date_end": "string"}.get(self.kind, self.kind)}
        if self.kind == "enum":
            schema = {"type": "string", "enum": list(self.choices)}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        if self.kind in ("string", "date", "date_end"):
            schema["maxLength"] = self.max_length
            schema["pattern"] = NO_NUL if self.kind == "string" else DATE_PATTERN
        if self.default is not None:
            schema["default"] = self.default
        return {"name": self.name, "in": "query", "required": False, "description": self.description,
                "schema": schema}


LIMIT = Param("limit", "integer", "rows per page", 100, 1, MAX_LIMIT)
OFFSET = Param("offset", "integer", "rows to skip", 0, 0, 10_000_000)


def parse(request: Request, params: tuple[Param, ...]) -> dict[str, Any]:
    q = request.query_params
    return {p.name: p.parse(q.get(p.name)) for p in params}


def check_id(value: str) -> str:
    """A path id (document, entity, event): refuse traversal and control characters outright."""
    # ids only ever reach SQL as parameters; refusing path-like ones keeps them out of any file name too
    if not value or len(value) > MAX_ID or value in (".", "..") or "/" in value or "\\" in value or \
            any(ord(c) < 32 for c in value):
        raise LookupError(value)
    return value


Fetch = Callable[..., Any]
