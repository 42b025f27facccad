"""The server's side of a build on PostgreSQL: its CPU so far and the database's size.

    python -m benchmarks.postgres_server URL             # prints "<server CPU s> <database bytes>"
    python -m benchmarks.postgres_server --settings URL  # the server's version and settings that
                                                          # a build's figures depend on, one line

For benchmarks/postgres_million.sh, which prints the difference of two such lines per build
attempt. The server's CPU is that of its processes on this machine (the postmaster, the
children it has reaped, those alive: its backends, checkpointer, autovacuum, parallel
workers), found from the backend this connection is served by; "-" when the server runs on
another machine (or under another PID namespace). Every process of the server counts: run it
on a server nobody else uses.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command's name (field 3 on), or None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


READ_ATTEMPTS = 50  # a look through /proc takes ~1-5 ms: 50 in a row, each crossing a reap, do not happen


def server_cpu(postmaster: int) -> float | None:
    """CPU seconds the server whose postmaster is `postmaster` has used so far: the postmaster's
    own and its reaped children's (cutime, cstime), and its children alive; None when no
    such process is here. A child reaped while /proc is looked through moves from the children
    to cutime unseen (read before, gone after): the look is taken again until the postmaster's
    reaped time is the same after it as before (a test lost a backend's 0.2 s so, at load 15)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = None
    for _ in range(READ_ATTEMPTS):
        own = _stat(postmaster)
        if own is None:
            return None
        children = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == postmaster:
                    children += sum(int(f) for f in fields[11:13])
        total = (sum(int(f) for f in own[11:15]) + children) / tick  # utime stime cutime cstime, children's
        after = _stat(postmaster)
        if after is not None and after[13:15] == own[13:15]:  # nothing reaped meanwhile
            break
    return total


def _postmaster(backend: int) -> int | None:
    """The postmaster of a backend of this machine (its parent, both named postgres), or None."""
    fields = _stat(backend)
    if fields is None:
        return None
    parent = int(fields[1])
    with contextlib.suppress(OSError):
        if Path(f"/proc/{parent}/comm").read_text().strip() in ("postgres", "postmaster"):
            return parent
    return None


def measure(url: str) -> tuple[float | None, int]:
    """(the server's CPU seconds so far or None, the database's bytes)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT pg_backend_pid(), pg_database_size(current_database())").fetchone()
        assert row is not None
        postmaster = _postmaster(int(row[0]))  # while the connection is open: its backend ends with it
    return (server_cpu(postmaster) if postmaster else None), int(row[1])


SETTINGS = ("fsync", "full_page_writes", "synchronous_commit", "wal_level", "shared_buffers", "max_wal_size",
            "maintenance_work_mem", "max_parallel_maintenance_workers", "jit", "autovacuum")  # fmt: skip


def settings(url: str) -> str:
    """The server's version, the settings of SETTINGS and whether the database has rum."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        version = conn.execute("SELECT current_setting('server_version')").fetchone()
        values = [f"{name}={row[0] if (row := conn.execute('SELECT current_setting(%s)', [name]).fetchone()) else '?'}"
                  for name in SETTINGS]  # fmt: skip
        rum = conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'rum'").fetchone()
    has_rum = "in" if rum and rum[0] else "not in"
    return f"PostgreSQL {version[0] if version else '?'}; {' '.join(values)}; rum {has_rum} the database"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shown = args[:1] == ["--settings"]
    if len(args) != 1 + shown or args[-1].startswith("-"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        if shown:
            print(settings(args[-1]))
            return 0
        cpu, size = measure(args[0])
    except Exception as exc:  # any failure: one line for the script's log
        print(f"- -  # {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
        return 1
    print(f"{'-' if cpu is None else f'{cpu:.1f}'} {size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
