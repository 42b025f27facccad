"""The tests' own throwaway PostgreSQL server (tests/pg_server.py): what it tells of itself."""

from __future__ import annotations

import psycopg
import pytest


def test_the_throwaway_servers_cpu_counts_its_backends(pg_server, pg_url: str) -> None:
    """`-p tests.cpu_times` adds the CPU of the servers the tests started (their backends are no
    child of ours, so no test's row has it): a backend's work shows in it while it runs."""
    if pg_server.folder is None:
        pytest.skip("a server given by $TUIARCHIVE_TEST_PG is not ours to measure")
    with psycopg.connect(pg_url) as conn:
        before = pg_server.cpu_s()
        conn.execute("SELECT count(*) FROM generate_series(1, 1000000)").fetchone()
        after = pg_server.cpu_s()
    assert before is not None and after is not None
    assert after - before >= 0.02, (before, after)  # the count's ~0.1 s (the clock's ticks are 10 ms)


def test_the_throwaway_servers_cpu_never_loses_a_backend_ended_while_it_is_read(tmp_path) -> None:
    """Server.cpu_s on a stand-in postmaster (a process forking short children and reaping each, as
    a postmaster its backends; its pid where a cluster keeps it): the CPU so far never goes down.
    Read with psutil, the postmaster's reaped time first and its children after, a child reaped in
    between was in neither (the race benchmarks/postgres_server.server_cpu was fixed for)."""
    import subprocess
    import sys

    from tests.pg_server import Server
    from tests.test_pg_bench import CHILDREN_COMING_AND_GOING, READINGS

    parent = subprocess.Popen([sys.executable, "-c", CHILDREN_COMING_AND_GOING])
    try:
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "postmaster.pid").write_text(f"{parent.pid}\n{tmp_path}/data\n")
        server = Server(admin="", host="127.0.0.1", port=0, folder=str(tmp_path))
        readings = [server.cpu_s() or 0.0]
        while len(readings) < READINGS:
            readings.append(server.cpu_s() or 0.0)
            assert readings[-1] >= readings[-2] - 1e-9, readings[-5:]
    finally:
        parent.kill()
        parent.wait(timeout=60)
