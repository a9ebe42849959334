"""A throwaway PostgreSQL server on loopback, for tests and the benchmark.

It uses the server binaries of the Debian package ``postgresql`` (``/usr/lib/postgresql/<ver>/bin``),
initialises a cluster in a fresh temporary folder, listens on 127.0.0.1 at a free port with a
Unix socket in that folder, and is removed when stopped.  PostgreSQL refuses to run as root, so
as root the server runs as the ``postgres`` system user (``runuser``).  Durability is switched off
(``fsync=off``): the data is thrown away anyway, and it makes bulk loads fast.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ENV_URL = "CHRONOLOGIST_TEST_PG_URL"  # use this server instead of starting one


class NoPostgres(RuntimeError):
    """PostgreSQL cannot be started here; the message says why (callers skip with it)."""


def find_bindir() -> Optional[Path]:
    """The newest installed server version's bin folder, or None."""
    env = os.environ.get("PG_BINDIR")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    folder: Path
    port: int
    user: Optional[str]  # system user the server runs as (None: the current user)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=timeout)

    def start(self) -> "PgServer":
        data = self.folder / "data"
        try:
            self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                      "--locale=C", "--no-sync")
        except subprocess.CalledProcessError as exc:
            raise NoPostgres(f"initdb failed: {exc.stderr.strip()[-500:]}") from None
        opts = (f"-k {self.folder} -h 127.0.0.1 -p {self.port} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c shared_buffers=256MB -c max_connections=50")
        try:
            self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(data), "-l", str(self.folder / "log"),
                      "-o", opts)
        except subprocess.CalledProcessError as exc:
            log = (self.folder / "log").read_text(errors="replace")[-800:] if (self.folder / "log").exists() else ""
            raise NoPostgres(f"pg_ctl start failed: {exc.stderr.strip()[-300:]} {log}") from None
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "stop", "-D", str(self.folder / "data"), "-m", "immediate", "-w", check=False,
                      timeout=60)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> "PgServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start_server() -> PgServer:
    """Start a throwaway server, or raise NoPostgres with the reason it cannot be started."""
    bindir = find_bindir()
    if bindir is None:
        raise NoPostgres("PostgreSQL server binaries not found (install the Debian package `postgresql`)")
    user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise NoPostgres("running as root and there is no `postgres` system user to run the server as") from None
        if not shutil.which("runuser"):
            raise NoPostgres("running as root and `runuser` is missing")
        user = "postgres"
    # Not under pytest's tmp_path: its parents are private to root and the server user must reach it.
    folder = Path(tempfile.mkdtemp(prefix="chronologist-pg-"))
    if user:
        info = pwd.getpwnam(user)
        os.chown(folder, info.pw_uid, info.pw_gid)
    return PgServer(bindir, folder, _free_port(), user).start()


def wait_ready(url: str, seconds: float = 30) -> None:
    import psycopg
    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(url, connect_timeout=3).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
