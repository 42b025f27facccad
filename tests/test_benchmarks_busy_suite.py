"""benchmarks/busy_suite.py (issue 13's busy machine): what it reads from a run, its busy loop,
and one real run of a made-up one-test tree, so the benchmark does not rot unseen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import busy_suite as bs

REPO = Path(__file__).resolve().parents[1]


def test_outcome_is_pytests_summary_line() -> None:
    output = "...\n= CPU (user+sys) of 3 tests: 1.0 s =\n===== 1 failed, 1480 passed in 728.52s (0:12:08) =====\n"
    assert bs.outcome_of(output) == "1 failed, 1480 passed in 728.52s (0:12:08)"
    assert bs.outcome_of("ERROR: usage\n") == "ERROR: usage"


def test_files_wall_sums_each_files_tests(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<testsuites><testsuite name="pytest">'
        '<testcase classname="tests.test_app" name="a" time="1.5"/>'
        '<testcase classname="tests.test_app" name="b" time="2.0"/>'
        '<testcase classname="tests.test_dates" name="c" time="0.25"/>'
        "</testsuite></testsuites>",
        encoding="utf-8",
    )
    assert bs.files_wall(junit) == {"test_app.py": 3.5, "test_dates.py": 0.25}
    assert bs.files_wall(tmp_path / "missing.xml") == {}


def test_the_load_is_started_and_stopped_and_its_cpu_counted() -> None:
    spinners = bs.start_load(1)
    assert [proc.poll() for proc in spinners] == [None]
    assert bs.stop_load(spinners) > 0  # at least its interpreter's start
    assert [proc.returncode for proc in spinners] == [0]  # reaped: no zombie left


def test_a_load_loop_that_ended_early_does_not_lose_the_run() -> None:
    """A loop stopped by hand while the suite ran (a busy machine's owner asking for less load): the
    run's figures are still reported, and no loop is left running or unreaped."""
    import os
    import signal

    spinners = bs.start_load(3)
    spinners[0].kill()
    spinners[0].wait()  # ended and reaped
    os.kill(spinners[1].pid, signal.SIGKILL)  # ended, not reaped yet
    assert bs.stop_load(spinners) > 0  # the third loop's CPU at least
    assert all(proc.returncode is not None for proc in spinners)


def test_a_run_of_a_made_up_tree_is_measured_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real run (quiet: a busy loop here would cost the suite its whole wall time in CPU), in
    the environment a user runs the README's command in: not the agents' PYTHONDONTWRITEBYTECODE."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    tree = tmp_path / "tree"
    (tree / "tests").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "cpu_times.py", tree / "tests" / "cpu_times.py")
    (tree / "tests" / "test_made_up.py").write_text(
        "import os, sys\n\n\ndef test_sums():\n    assert sum(range(10**5)) > 0\n"
        "    assert not sys.dont_write_bytecode and 'PYTHONDONTWRITEBYTECODE' not in os.environ\n"
        "    from tests.cpu_times import note_server_cpu\n"
        "    note_server_cpu('made-up-server', 1.5)  # as tests/pg_server.py does as it stops one\n"
    )
    scratch = tmp_path / "scratch"  # (not a folder in /tmp left by every run of the suite: review F8)
    scratch.mkdir()
    run = bs.run_suite(
        tree, 1, load=0, extra=["-p", "no:cacheprovider"], cgroups=bs.Cgroup.available(), scratch=scratch
    )
    assert (scratch / "junit.xml").is_file()
    assert run.status == 0 and run.outcome.startswith("1 passed"), run.outcome
    assert run.wall_s > 0 and run.cpu_s > 0 and run.load_cpu_s == 0
    assert set(run.files_wall) == set(run.files_cpu) == {"test_made_up.py"}
    assert "PostgreSQL servers 1.5 s" in (scratch / "pytest.out").read_text(encoding="utf-8")
    table = bs.report([run], load=0, top=5)
    assert "| test_made_up.py |" in table and f"| {tree} | 1 |" in table
