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
