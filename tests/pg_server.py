"""A throwaway PostgreSQL server for the tests of the PostgreSQL engine.

`$TUIARCHIVE_TEST_PG` (a connection string to a server where the tests may create and drop
databases) is used when set. Otherwise a cluster is made in a temporary folder with the
machine's initdb and started with pg_ctl on a free port and a private socket folder, and
stopped when the session ends. initdb refuses to run as root: as root, the cluster belongs
to the unprivileged `postgres` user (made by Debian's package; `.ci/run` installs it).

Under pytest-xdist the workers of one run share one throwaway cluster (`shared`): the first
to need it starts it, the last to finish stops it; each started its own before, an initdb, a
server and the samples loaded twice, per worker.

A run killed mid-way cannot stop its cluster: each cluster's folder names the run that made it
(tests/runs.py's marker), and the next start stops and removes those whose run has ended (`reap_leaked`).

No server: the tests of this engine skip with the reason, and fail in CI (CI=true).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import fcntl
import glob
import hashlib
import hmac
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tests import runs

if TYPE_CHECKING:
    import psycopg

PASSWORD = "s3cret-test-pw"  # the test role's password: the tests check it is never printed
ROLE = "tuiarchive_test"
# The test role signs in by SCRAM-SHA-256 as a user would, with its secret stored at one round of
# PBKDF2 where PostgreSQL 15 stores 4096 (16+ can be told so: scram_iterations): each of the suite's
# ~700 sign-ins cost ~2.4 ms of client and ~0.8 ms of server CPU in the 4096 rounds, ~2 s a run.
SCRAM_ITERATIONS = 1


# A throwaway server's settings: nothing of it outlives the run, so nothing is made durable
# (fsync, full pages, commits waited for, a WAL for replicas), and statements are planned, never
# JIT-compiled. Autovacuum stays on, as on the servers the engine meets.
TEST_SETTINGS = (
    "-c fsync=off -c full_page_writes=off -c synchronous_commit=off -c wal_level=minimal -c max_wal_senders=0"
    " -c jit=off"
)


FOLDER_PREFIX = "tuiarchive-pg-"
# A throwaway cluster lives in memory (a tmpfs) when there is one with room: on the session machines'
# disk (ext4, mounted with discard) CREATE DATABASE's copy of its ~7.5 MB template and DROP DATABASE's
# removal were half of the server's CPU. The PostgreSQL engine's three biggest test files (-n 0, load
# ~15, two rounds interleaved): the server 22.3 / 26.1 s of CPU on disk, 11.3 / 11.3 s in /dev/shm, and
# 1:55 -> ~1:00 wall. Less room than MEMORY_ROOM_NEEDED (Docker's /dev/shm is 64 MB), or none: on disk.
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_ROOM_NEEDED = 2 * 1024**3  # a whole run's cluster stays under ~0.5 GB; room for a few runs at once


# this process's admin connection to each server it makes databases on (Server._as_admin)
_ADMIN_CONNECTIONS: dict[str, psycopg.Connection] = {}


class NoServer(RuntimeError):
    """No PostgreSQL server could be had; str(exc) says why."""


def _bindir() -> str:
    found = shutil.which("pg_ctl")
    if found:
        return os.path.dirname(os.path.realpath(found))
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if candidates:
        return os.path.dirname(candidates[0])
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        return subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout.strip()
    raise NoServer("PostgreSQL is not installed (no pg_ctl): apt-get install postgresql, or set $TUIARCHIVE_TEST_PG")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A server the tests may make databases on: `admin` connects as a superuser."""

    admin: str  # a connection string to the `postgres` database, as a superuser
    host: str
    port: int
    folder: str | None = None  # the throwaway cluster's folder (None: a server given by $TUIARCHIVE_TEST_PG)
    _run_as: list[str] | None = None
    _options: str = ""  # the throwaway cluster's server options (pg_ctl -o)
    record: str | None = None  # a cluster shared by the run's workers: its record (see `shared`)
    templates: dict[str, str] | None = None  # the throwaway cluster's templates (see `_make_templates`)

    def url(self, dbname: str, *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql://{ROLE}{secret}@{self.host}:{self.port}/{dbname}"

    def new_database(self, *, rum: bool = True, copy_of: str | None = None) -> str:
        """A new empty database owned by the test role; its name. With `rum`, the rum extension
        is made in it (as a superuser, as a DBA would: the test role may not) when the server
        has it; `has_rum` says whether it does. With `copy_of`, a copy of that database instead
        (nobody may be connected to it)."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        template = copy_of or (self.templates or {}).get("rum" if rum else "plain")
        made = f'CREATE DATABASE "{name}" OWNER {ROLE}'
        if template:
            made += f' TEMPLATE "{template}"' + (" STRATEGY FILE_COPY" if self.templates else "")
        self._as_admin(made)
        if rum and template is None and self.has_rum():
            with psycopg.connect(self._admin_of(name), autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS rum")
        return name

    def has_rum(self) -> bool:
        """Whether the server has the rum extension's package (postgresql-NN-rum)."""
        row = self._as_admin("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')")
        return bool(row and row[0])

    def need_rum(self) -> None:
        """A test of RUM's ways needs the package on the server (the databases made then have
        `doc` under GIN): it skips without it, and fails in CI (.ci/run installs it)."""
        import pytest

        if not self.has_rum():
            message = "the rum extension is not on this server (apt-get install postgresql-15-rum)"
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(message)
            pytest.skip(message)

    def _admin_of(self, dbname: str) -> str:
        """The admin connection string, to another database."""
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        return make_conninfo(**{**conninfo_to_dict(self.admin), "dbname": dbname})

    def drop_database(self, name: str) -> None:
        self._as_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _as_admin(self, statement: str) -> tuple | None:
        """`statement` on this process's admin connection to the server (its first row, if any). A
        test makes and drops ~110 databases a run: a sign-in each was ~8 ms of client and server
        CPU. One that broke (the server restarted, test_pg_restart) is made again."""
        import psycopg

        for attempt in (1, 2):
            conn = _ADMIN_CONNECTIONS.get(self.admin)
            if conn is None or conn.closed:
                conn = _ADMIN_CONNECTIONS[self.admin] = psycopg.connect(self.admin, autocommit=True)
            try:
                cursor = conn.execute(statement)
                return cursor.fetchone() if cursor.description else None
            except psycopg.OperationalError:
                if not conn.broken or attempt == 2:
                    raise
                conn.close()
        return None  # (not reached)

    def pause(self) -> None:
        """Stop the throwaway cluster's server (fast: its connections are ended), keeping its files.
        Only a server of the test's own (pg.start()): the pg_server fixture's is the workers' (`shared`)."""
        self._pg_ctl("-m", "fast", "stop")

    def resume(self) -> None:
        """Start it again, on the same port: the server restarted."""
        self._pg_ctl("-o", self._options, "-l", f"{self.folder}/log", "-w", "-t", "60", "start")

    def _pg_ctl(self, *args: str) -> None:
        if self.folder is None:
            raise NoServer("a server given by $TUIARCHIVE_TEST_PG is not ours to stop")
        subprocess.run([*(self._run_as or []), f"{_bindir()}/pg_ctl", "-D", f"{self.folder}/data", *args],
                       capture_output=True, text=True, check=True, timeout=90)  # fmt: skip

    def database_once(self, key: str, fill: Callable[[str], None], *, rum: bool = True) -> str:
        """A database for the whole run, made and filled (`fill(name)`) by the first worker that
        asks for `key` and only read after: its name. Not shared (no record), a new one."""
        if self.record is None:
            name = self.new_database(rum=rum)
            fill(name)
            return name
        record = Path(self.record)
        with _locked(record):
            data = json.loads(record.read_text())
            if key not in data["databases"]:
                name = self.new_database(rum=rum)
                fill(name)
                data["databases"][key] = name
                record.write_text(json.dumps(data))
            return data["databases"][key]

    def cpu_s(self) -> float | None:
        """The CPU (user + system, seconds) the throwaway cluster's server has used so far: the
        postmaster, its backends that have ended, and its processes still running. None for a
        server given by $TUIARCHIVE_TEST_PG or when it cannot be read (stopped). Read as the
        benchmarks read a server (benchmarks/postgres_server.server_cpu): a backend reaped while
        /proc is read is counted once, not lost (as it was here, read with psutil in two looks)."""
        if self.folder is None:
            return None
        from benchmarks.postgres_server import server_cpu

        try:
            postmaster = int(Path(self.folder, "data", "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):  # stopped, or stopping
            return None
        return server_cpu(postmaster)

    def stop(self) -> None:
        admin = _ADMIN_CONNECTIONS.pop(self.admin, None)
        if admin is not None:
            admin.close()
        if self.folder is None:
            return
        cpu = self.cpu_s()
        if cpu is not None:  # `-p tests.cpu_times` counts it beside the tests' own CPU
            from tests.cpu_times import note_server_cpu

            note_server_cpu(Path(self.folder).name, cpu)
        self._stop_and_remove()

    def _stop_and_remove(self) -> None:
        """The server stopped at once (no checkpoint: nothing of it is kept) and its folder removed."""
        assert self.folder is not None
        if not Path(self.folder, "data", "postmaster.pid").exists():  # stopped already, or never started
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        bindir = _bindir()
        subprocess.run(
            [*(self._run_as or []), f"{bindir}/pg_ctl", "-D", f"{self.folder}/data", "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def _locked(record: Path) -> Iterator[None]:
    """The record's lock, held by one worker at a time."""
    with open(record.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@contextlib.contextmanager
def shared(folder: Path) -> Iterator[Server]:
    """The throwaway cluster of the run whose workers share `folder`: started by the first
    worker to come (NoServer: nothing is recorded, the next one tries again), counted in by
    each, stopped by the last one out (a worker after that starts another)."""
    record = folder / "pg-server.json"
    with _locked(record):
        data = json.loads(record.read_text()) if record.exists() else None
        if data is None:
            started = dataclasses.replace(start(), record=str(record))
            data = {"server": dataclasses.asdict(started), "users": 0, "databases": {}}
        data["users"] += 1
        record.write_text(json.dumps(data))
    server = Server(**data["server"])
    try:
        yield server
    finally:
        with _locked(record):
            data = json.loads(record.read_text())
            data["users"] -= 1
            if data["users"]:
                record.write_text(json.dumps(data))
            else:
                record.unlink()
                server.stop()


def scram_secret(password: str, iterations: int = SCRAM_ITERATIONS, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 secret PostgreSQL stores for `password` (RFC 5802/7677), made here with
    `iterations` rounds: the server keeps a secret given in this form as it is."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    stored_key = hashlib.sha256(hmac.digest(salted, b"Client Key", "sha256")).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")
    b64 = [base64.b64encode(part).decode() for part in (salt, stored_key, server_key)]
    return f"SCRAM-SHA-256${iterations}:{b64[0]}${b64[1]}:{b64[2]}"


def _prepare_role(admin: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(f"{verb} ROLE {ROLE} LOGIN CREATEDB PASSWORD '{scram_secret(PASSWORD)}'")


def _make_templates(server: Server) -> dict[str, str]:
    """The throwaway cluster's templates for `new_database`: "plain" (template1's copy) and, when
    the server has the package, "rum" (the extension made in it). A test's database is copied
    from one file by file (STRATEGY FILE_COPY, PostgreSQL 15+): CREATE DATABASE's default writes
    every page of the template through the WAL, and with a second connection making the
    extension that was ~120-150 ms of server CPU per database, ~35 ms so (tests make ~100)."""
    import psycopg

    with psycopg.connect(server.admin, autocommit=True) as conn:
        row = conn.execute("SELECT current_setting('server_version_num')::int").fetchone()
        if row is None or row[0] < 150000:  # no STRATEGY before 15: databases are made as before
            return {}
        templates = {"plain": "tuiarchive_template"}
        conn.execute('CREATE DATABASE "tuiarchive_template" STRATEGY FILE_COPY')
        if server.has_rum():
            templates["rum"] = "tuiarchive_template_rum"
            conn.execute('CREATE DATABASE "tuiarchive_template_rum" STRATEGY FILE_COPY')
    if "rum" in templates:
        with psycopg.connect(server._admin_of(templates["rum"]), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION rum")
    return templates


def from_environment(url: str) -> Server:
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(url)
    server = Server(admin=url, host=str(info.get("host") or "localhost"), port=int(info.get("port") or 5432))
    _prepare_role(url)
    return server


def _postgres_user() -> tuple[list[str], pwd.struct_passwd | None]:
    """How PostgreSQL's programs are run: as ourselves, or as root as the `postgres` user (its entry)."""
    if os.geteuid() != 0:
        return [], None
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError:
        raise NoServer("running as root and there is no `postgres` user to run initdb as") from None
    runuser = shutil.which("runuser")
    if not runuser:
        raise NoServer("running as root without runuser: cannot start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--"], owner


def cluster_root() -> str:
    """Where a throwaway cluster is made: the memory folder when it is a writable folder with
    MEMORY_ROOM_NEEDED free, else the temporary folder."""
    try:
        free = os.statvfs(MEMORY_FOLDER)
    except OSError:
        return tempfile.gettempdir()
    if os.access(MEMORY_FOLDER, os.W_OK | os.X_OK) and free.f_bavail * free.f_frsize >= MEMORY_ROOM_NEEDED:
        return str(MEMORY_FOLDER)
    return tempfile.gettempdir()


def reap_leaked(root: str | None = None) -> list[str]:
    """Stop and remove the throwaway clusters of test runs that ended without stopping theirs (a run
    killed mid-way): those under `root` (default: the memory folder and the temporary folder, where
    `start` makes them) whose folder holds our marker (tests/runs.py) naming a process that is
    gone. Nothing else is touched: a folder without the marker (not ours, or still being made), a
    run still going, a server given by $TUIARCHIVE_TEST_PG. The folders reaped.
    Where a process's start time cannot be read (no /proc), nothing is reaped."""
    if not runs.can_tell():
        return []
    reaped = []
    roots = [root] if root else [str(MEMORY_FOLDER), tempfile.gettempdir()]  # (in memory: room now or not)
    for folder in sorted({f for r in roots for f in Path(r).glob(f"{FOLDER_PREFIX}*")}):
        if not runs.ended(folder):
            continue  # not ours, or its run goes on
        run_as = _postgres_user()[0] if (folder / "data" / "postmaster.pid").exists() else None
        Server(admin="", host="", port=0, folder=str(folder), _run_as=run_as)._stop_and_remove()
        reaped.append(str(folder))
    return reaped


def start() -> Server:
    """Start a throwaway cluster (the clusters of killed runs reaped first); NoServer with the
    reason when it cannot be done."""
    bindir = _bindir()
    run_as, owner = _postgres_user()
    reap_leaked()
    folder = tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=cluster_root())
    runs.mark(folder)
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    data = f"{folder}/data"
    try:
        subprocess.run(
            [*run_as, f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth-local=trust",
             "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"],
            capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 {TEST_SETTINGS}"
        subprocess.run(
            [*run_as, f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l", f"{folder}/log", "-w", "-t", "60", "start"],
            capture_output=True, text=True, check=True, timeout=90,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"could not start PostgreSQL: {' '.join(str(detail).split())[:300]}") from exc
    admin = f"postgresql://postgres@/postgres?host={folder}&port={port}"
    server = Server(admin=admin, host="127.0.0.1", port=port, folder=folder, _run_as=run_as, _options=options)
    try:
        _prepare_role(admin)
        server.templates = _make_templates(server)
    except Exception:
        server.stop()
        raise
    return server
