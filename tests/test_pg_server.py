"""The tests' own throwaway PostgreSQL server (tests/pg_server.py): what it tells of itself."""

from __future__ import annotations

import os

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


def _leaked_cluster() -> str:
    """A throwaway cluster whose run was killed: a process starts one (as a run does) and is killed
    with SIGKILL (no finalizer runs); its server runs on. Its folder."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {k: v for k, v in os.environ.items() if k != "PYTEST_XDIST_WORKER"}  # the child is a run of its own
    starts = "from tests import pg_server as pg; print(pg.start().folder, flush=True); import sys; sys.stdin.read()"
    run = subprocess.Popen([sys.executable, "-c", starts], cwd=REPO, env=env, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert run.stdout is not None
        folder = run.stdout.readline().strip()
    finally:
        run.kill()
        run.wait(timeout=60)
    return folder


def _postmaster_alive(folder: str) -> bool:
    from pathlib import Path

    from tests.runs import process_start

    try:
        pid = int(Path(folder, "data", "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return process_start(pid) is not None


def test_a_killed_runs_cluster_is_stopped_and_removed_at_the_next_start() -> None:
    """A run killed mid-way leaves its cluster running (nothing of it can stop it); the next start
    reaps it: the server stopped, its folder gone."""
    from pathlib import Path

    from tests import pg_server as pg

    try:
        pg._postgres_user()
        pg._bindir()
    except pg.NoServer as exc:
        pytest.skip(str(exc))
    folder = _leaked_cluster()
    assert folder and _postmaster_alive(folder), folder  # the run is gone, its server is not
    try:
        assert folder in pg.reap_leaked(str(Path(folder).parent))
        assert not _postmaster_alive(folder)
        assert not Path(folder).exists()
    finally:
        if Path(folder).exists():
            pg.Server(admin="", host="", port=0, folder=folder, _run_as=pg._postgres_user()[0])._stop_and_remove()


def test_the_reaper_touches_only_clusters_of_ended_runs(tmp_path) -> None:
    """Folders the reaper must leave: one without our marker (a cluster someone else made, or
    ours still being made), one of a run still going (this one), one whose marker is not ours,
    and a folder of another name. Only the ended run's is removed."""
    import json
    import os
    import subprocess

    from tests import pg_server as pg
    from tests import runs

    ended = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
    ended_start = runs.process_start(ended.pid)
    ended.communicate()
    going = {"made_by": runs.MADE_BY, "pid": os.getpid(), "started": runs.process_start(os.getpid())}
    records = {
        "tuiarchive-pg-ended": {"made_by": runs.MADE_BY, "pid": ended.pid, "started": ended_start},
        "tuiarchive-pg-going": going,
        "tuiarchive-pg-other": {"made_by": "someone else", "pid": ended.pid, "started": ended_start},
        "other-name": {"made_by": runs.MADE_BY, "pid": ended.pid, "started": ended_start},
    }
    for name, record in records.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / runs.MARKER).write_text(json.dumps(record))
    (tmp_path / "tuiarchive-pg-unmarked").mkdir()
    assert pg.reap_leaked(str(tmp_path)) == [str(tmp_path / "tuiarchive-pg-ended")]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other-name", "tuiarchive-pg-going", "tuiarchive-pg-other", "tuiarchive-pg-unmarked"
    ]  # fmt: skip


def test_a_cluster_is_made_in_memory_when_there_is_room(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The throwaway cluster goes in the memory folder (a tmpfs: no disk under CREATE and DROP
    DATABASE) when it is there with room, else in the temporary folder."""
    import tempfile

    from tests import pg_server as pg

    memory = tmp_path / "shm"
    memory.mkdir()
    monkeypatch.setattr(pg, "MEMORY_FOLDER", memory)
    monkeypatch.setattr(pg, "MEMORY_ROOM_NEEDED", 1)
    assert pg.cluster_root() == str(memory)
    free = os.statvfs(memory)
    monkeypatch.setattr(pg, "MEMORY_ROOM_NEEDED", free.f_blocks * free.f_frsize + 1)  # more than it holds
    assert pg.cluster_root() == tempfile.gettempdir()
    monkeypatch.setattr(pg, "MEMORY_FOLDER", tmp_path / "no-such-folder")
    monkeypatch.setattr(pg, "MEMORY_ROOM_NEEDED", 1)
    assert pg.cluster_root() == tempfile.gettempdir()


def test_the_reaper_looks_in_memory_and_in_the_temporary_folder(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A killed run's cluster is reaped wherever `start` made it: in the memory folder, or in the
    temporary folder (made there when memory had no room)."""
    import json
    import subprocess

    from tests import pg_server as pg
    from tests import runs

    ended = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
    record = {"made_by": runs.MADE_BY, "pid": ended.pid, "started": runs.process_start(ended.pid)}
    ended.communicate()
    memory, temporary = tmp_path / "shm", tmp_path / "tmp"
    for folder in (memory / "tuiarchive-pg-in-memory", temporary / "tuiarchive-pg-on-disk"):
        folder.mkdir(parents=True)
        (folder / runs.MARKER).write_text(json.dumps(record))
    monkeypatch.setattr(pg, "MEMORY_FOLDER", memory)
    monkeypatch.setattr(pg.tempfile, "tempdir", str(temporary))  # what gettempdir() answers
    reaped = pg.reap_leaked()
    assert reaped == [str(memory / "tuiarchive-pg-in-memory"), str(temporary / "tuiarchive-pg-on-disk")]
    assert not list(memory.iterdir()) and not list(temporary.iterdir())
