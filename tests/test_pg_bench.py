"""benchmarks/postgres.py's options (a run that skips the build measures an archive built earlier), and
benchmarks/postgres_load.py."""

from __future__ import annotations

import os
import re

import pytest
from conftest import SAMPLES

from benchmarks import postgres
from tests.pg_server import PASSWORD


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--phases", "queries"], "give --work"),
        (["--phases", "queries", "--work", "w", "--engines", "postgresql"], "--url for postgresql"),
        (["--phases", "build,typing"], "--phases: some of build,queries,app,busy"),
    ],
)
def test_phases_without_a_build_need_the_archive_built_earlier(argv, said, capsys):
    with pytest.raises(SystemExit) as stopped:
        postgres.main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "error: --phases" in err and said.split()[-1] in err, err


def test_the_engine_load_fills_an_empty_archive_with_the_articles_it_was_fed(
    pg_server, pg_samples, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/postgres_load.py: the samples' articles, taken from their archive instead of
    parsed (a parse would fail here), loaded into an empty database: the same articles, and a
    line of figures."""
    from benchmarks import postgres_load
    from tuiarchive.archive import Archive
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.indexer import reading

    def parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(reading, "read_bytes", parse)
    monkeypatch.setenv("TUIARCHIVE_MACHINE", "bench")  # the benchmark sets it for its process: not for later tests

    name = pg_server.new_database()
    try:
        into = pg_server.url(name)
        argv = ["--url", pg_samples.url, "--into", into, "--corpus", str(SAMPLES), "--folders", "0", "--workers", "1"]
        assert postgres_load.main(argv) == 0
        with Archive(pg_samples) as source, Archive(DatabaseIndex(into)) as loaded:
            count = source.count()
            assert loaded.count() == count > 40
            assert [h.id for h in loaded.search("museum").hits] == [h.id for h in source.search("museum").hits]
        said = capsys.readouterr().out
        assert f"{count:,} articles" in said and "wall" in said and PASSWORD not in said, said
    finally:
        pg_server.drop_database(name)


def test_the_statements_of_a_search_are_timed_one_by_one(pg_samples, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/postgres_statements.py: a search's time, then each statement it sent."""
    from benchmarks import postgres_statements
    from tuiarchive.engine.postgres import searching

    # the benchmark records every statement for the rest of its process: put the searcher back after
    monkeypatch.setattr(searching.PostgresSearcher, "_execute", searching.PostgresSearcher._execute)

    assert postgres_statements.main(["--url", pg_samples.url, "--runs", "2", "astrolabe museum", "museum|newest"]) == 0
    out = capsys.readouterr().out
    assert "'astrolabe museum' sorted relevance:" in out and "'museum' sorted newest:" in out
    assert "SELECT count(*) FROM articles WHERE" in out and PASSWORD not in out
    with pytest.raises(SystemExit):
        postgres_statements.main(["--url", pg_samples.url, "--clients", "2"])  # needs --work
    assert "--clients needs --work" in capsys.readouterr().err


def test_the_busy_clients_search_for_the_indexers_whole_run(
    pg_url: str, samples_copy, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The busy row (issue 11: 8 clients searching while an indexer runs): the clients search
    in a loop until the indexer is done, not a fixed number of times each (which at 100k ended
    within the indexer's start, before it wrote anything); the first searches of each are said
    apart on stderr. The indexer writes: 1% of the files' text changed (an os.utime kept the
    bytes, and the indexer only touched the catalog), put back afterwards."""
    import os

    from tuiarchive.config import locate_index
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.indexer import update_index

    monkeypatch.setenv("TUIARCHIVE_MACHINE", "bench")  # the benchmark's indexer re-reads this machine's folders
    update_index(DatabaseIndex(pg_url), [samples_copy], workers=1)
    words = {"common": "museum", "two": "museum astrolabe", "phrase": "national museum", "title": "museum"}
    # 2 clients (the row has 8): each searches in a tight loop for the indexer's whole run
    took = postgres._busy(locate_index(pg_url).path, words, samples_copy, pg_url, dict(os.environ), 2, clients=2)
    err = capsys.readouterr().err
    # a new Python process imports, reads the catalog and re-reads a file: many searches of the samples' size
    assert len(took) > 2 * 2 and f"busy: {len(took)} searches while the indexer ran" in err, (len(took), err)
    assert "each client's first 2 alone" in err and PASSWORD not in err, err
    # the indexer wrote: the chosen files' text changed (a new hash), not only their time
    assert re.search(r"busy: the indexer: 0 added, [1-9]\d* updated, 0 removed", err), err
    assert not any(b"revised this report in run" in path.read_bytes() for path in samples_copy.rglob("*.txt"))


def test_the_server_side_of_a_build_is_its_cpu_and_the_database_size(pg_url: str, capsys) -> None:
    """benchmarks/postgres_server.py (benchmarks/postgres_million.sh's server CPU and size): the test
    server runs here, so its CPU is seen, and it grows with the work the server does."""
    import psycopg

    from benchmarks import postgres_server

    cpu, size = postgres_server.measure(pg_url)
    if cpu is None and os.environ.get("TUIARCHIVE_TEST_PG"):
        pytest.skip("the test server ($TUIARCHIVE_TEST_PG) is not on this machine: its CPU is not seen")
    assert cpu is not None and cpu > 0 and size > 1_000_000, (cpu, size)
    with psycopg.connect(pg_url) as conn:  # ~0.1-0.3 s of a backend's CPU
        conn.execute("SELECT count(*) FROM generate_series(1, 2000000)").fetchone()
    later, _ = postgres_server.measure(pg_url)
    assert later is not None and later >= cpu + 0.05, (cpu, later)
    assert postgres_server.main(["--settings", pg_url]) == 0
    said = capsys.readouterr().out
    assert said.startswith("PostgreSQL ") and "fsync=" in said and PASSWORD not in said, said
    assert postgres_server.main([]) == 2


def test_the_busy_rows_time_is_split_by_what_the_processes_did(
    pg_url: str, samples_copy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/postgres_waits.py: beside the busy phase (here 2 clients on the samples), the
    searchers' server processes are told from the indexer's (which holds its folders' advisory
    locks), and each group's CPU comes from /proc: the searches ran on the server and in the client."""
    from benchmarks import postgres_waits
    from tuiarchive.config import locate_index
    from tuiarchive.dburl import DatabaseIndex
    from tuiarchive.indexer import update_index

    if os.environ.get("TUIARCHIVE_TEST_PG"):
        pytest.skip("the test server ($TUIARCHIVE_TEST_PG) may not be on this machine: its processes are not seen")
    import psycopg

    from tuiarchive.engine.postgres.connect import APPLICATION
    from tuiarchive.engine.postgres.engine import ROOT_LOCK_SPACE

    monkeypatch.setenv("TUIARCHIVE_MACHINE", "bench")  # the benchmark's indexer re-reads this machine's folders
    update_index(DatabaseIndex(pg_url), [samples_copy], workers=1)
    words = {"common": "museum", "two": "museum astrolabe", "phrase": "national museum", "title": "museum"}
    # The busy phase's indexer re-reads one file of the samples: its run can end between two of the
    # sampler's looks at the locks (it failed two landings under load). A connection that holds an
    # indexing run's kind of lock for the whole phase is an indexer the sampler must see and must
    # not count among the searchers, whatever the machine's load.
    with psycopg.connect(pg_url, autocommit=True, application_name=APPLICATION) as held:
        held.execute("SELECT pg_advisory_lock(%s, hashtext('a folder of another machine'))", (ROOT_LOCK_SPACE,))
        found = postgres_waits.waits(locate_index(pg_url).path, words, samples_copy, pg_url, 2, 0.01)
    searchers, clients = found.totals[postgres_waits.SEARCHERS], found.totals[postgres_waits.CLIENTS]
    assert found.searches and searchers[0] > 0 and clients[0] > 0, found
    assert postgres_waits.INDEXER in found.totals and found.states.get(postgres_waits.RUNNING, 0) > 0, found
    said = postgres_waits.report(found, 2, 0.01)
    assert f"busy phase: {len(found.searches)} searches by 2 clients" in said and PASSWORD not in said, said


CHILDREN_COMING_AND_GOING = """
import os, time
while True:  # until killed
    pid = os.fork()
    if pid == 0:
        start = time.process_time()
        while time.process_time() - start < 0.02:  # two clock ticks: a child's CPU shows in /proc
            pass
        os._exit(0)
    os.waitpid(pid, 0)
"""
READINGS = 100  # a child reaped while server_cpu reads: ~7% of the readings here, at load 8-15


def test_the_servers_cpu_so_far_never_loses_a_child_reaped_while_it_is_read() -> None:
    """benchmarks/postgres_server.server_cpu on a process that forks short children and reaps each
    (as a postmaster its backends): the CPU so far never goes down. A child reaped while /proc was
    read was in neither part (the test above, at load 15: a backend's 0.2 s unseen, twice the same)."""
    import subprocess
    import sys

    from benchmarks.postgres_server import server_cpu

    parent = subprocess.Popen([sys.executable, "-c", CHILDREN_COMING_AND_GOING])
    try:
        readings = [server_cpu(parent.pid) or 0.0]
        while len(readings) < READINGS:
            readings.append(server_cpu(parent.pid) or 0.0)
            assert readings[-1] >= readings[-2] - 1e-9, readings[-5:]
    finally:
        parent.kill()
        parent.wait(timeout=60)
