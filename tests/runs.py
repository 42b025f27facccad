"""Which test run made a folder, and whether that run has ended (issue 13).

A test run leaves things behind when it is killed (its PostgreSQL cluster, tests/pg_server.py) or
by design (its temporary folder, tests/run_folders.py). Each such folder holds MARKER: the run's
process and its start time, so that a later run can tell an ended run's folder (reaped) from a
running one's (never touched), and a pid reused by another process is not taken for the run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MARKER = "tuiarchive-test-run.json"
MADE_BY = "tuiarchive tests"


def process_start(pid: object) -> str | None:
    """When process `pid` started (clock ticks since boot, /proc/PID/stat's 22nd field), None when
    there is no such process: a pid and its start time name one process, a reused pid another."""
    if not isinstance(pid, int) or pid <= 0:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]  # after the name, which may hold spaces: field 3 on


def can_tell() -> bool:
    """Whether a process's start can be read here (no /proc: no folder is ever taken for ended)."""
    return process_start(os.getpid()) is not None


def run_process() -> int:
    """The process of this test run: under xdist the controller (the workers' parent), whose end
    is the run's end; a worker that dies leaves the run's things to the workers still using them."""
    return os.getppid() if os.environ.get("PYTEST_XDIST_WORKER") else os.getpid()


def mark(folder: str | Path) -> None:
    """Write MARKER into `folder`: made by this run."""
    pid = run_process()
    record = {"made_by": MADE_BY, "pid": pid, "started": process_start(pid)}
    Path(folder, MARKER).write_text(json.dumps(record))


def ended(folder: Path) -> bool:
    """Whether `folder` holds our MARKER and the run it names is gone. False for a folder without
    it (not ours, or still being made) and for a run still going."""
    try:
        record = json.loads((folder / MARKER).read_text())
    except (OSError, ValueError):
        return False
    if not isinstance(record, dict) or record.get("made_by") != MADE_BY:
        return False
    started = record.get("started")
    return started is None or process_start(record.get("pid")) != started
