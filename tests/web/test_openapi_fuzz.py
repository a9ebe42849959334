"""The API keeps the promises of its own OpenAPI description, under Schemathesis' generated requests.

Every operation in /openapi.json gets requests built from its parameter schemas, and every
response is checked: no server error, a status code the description lists, a body that matches
the response schema, the content type it declares.
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(syn_db):
    from chronologist.web.app import create_app
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(str(syn_db), warm=False))


def _failures(operation) -> list[str]:
    seen: list[str] = []

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case):
        try:
            case.call_and_validate()
        except BaseException as exc:  # schemathesis raises a group of check failures
            seen.append(f"{operation.label}: {type(exc).__name__}: {str(exc)[:600]}")
            raise

    try:
        run()
    except BaseException:  # hypothesis re-raises the shrunk failure; the message is recorded above
        pass
    return seen[-1:]


def test_api_keeps_its_openapi_promises(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    failures = [f for op in operations for f in _failures(op)]
    assert not failures, "\n\n".join(failures)
