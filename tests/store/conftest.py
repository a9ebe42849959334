"""Fixtures for the store tests: every test runs against SQLite and against a real PostgreSQL.

The PostgreSQL server is started once per session on loopback (initdb into a temporary folder,
``pg_ctl start``) and stopped at the end; each test gets a database of its own.  Without the server
binaries (Debian package ``postgresql``) the PostgreSQL half is skipped with the reason.  Set
``CHRONOLOGIST_TEST_PG_URL=postgresql://user@host:port/db`` to use a running server instead.
"""
from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Callable

import pytest

from chronologist.records import Annotations

sys.path.insert(0, str(Path(__file__).parent))  # the tests here import their sample data from storedata.py
from storedata import make_annotations, sample_corpus, sample_linked  # noqa: E402

_counter = itertools.count(1)


class _External:
    """A server given by URL: databases are created and dropped on it."""

    def __init__(self, url: str):
        self.url = url

    def create_database(self, name: str) -> str:
        import psycopg
        from urllib.parse import urlsplit, urlunsplit
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return urlunsplit(urlsplit(self.url)._replace(path=f"/{name}"))

    def drop_database(self, name: str) -> None:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        pass


@pytest.fixture(scope="session")
def pg_server():
    from chronologist.bench.pgserver import ENV_URL, NoPostgres, start_server
    if os.environ.get(ENV_URL):
        server = _External(os.environ[ENV_URL])
    else:
        try:
            server = start_server()
        except NoPostgres as exc:
            pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_database(pg_server):
    """A fresh empty PostgreSQL database: its URL."""
    name = f"chronotest_{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def location(backend, tmp_path, request) -> str:
    """Where a new, empty store of the test's backend goes."""
    if backend == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def open_new(location):
    """open_new(**kw): open (and create) the test's store; every store opened is closed at the end."""
    from chronologist.store.database import open_store
    opened = []

    def _open(readonly: bool = False, create: bool = True):
        store = open_store(location, readonly=readonly, create=create and not readonly)
        opened.append(store)
        return store

    yield _open
    for store in opened:
        try:
            store.close()
        except Exception:
            pass


@pytest.fixture
def store(open_new):
    return open_new()


@pytest.fixture
def annotations() -> Callable[..., Annotations]:
    return make_annotations


@pytest.fixture
def filled(store):
    """The store with the sample corpus and its link tables."""
    docs = sample_corpus()
    for ann in docs:
        store.write_document(ann)
    store.write_linked(sample_linked(docs))
    return store
