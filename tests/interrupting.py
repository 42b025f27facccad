"""Killing the indexer at each moment of its work (shared by test_robustness.py and test_kills_late.py).

A run re-reading changed files passes through the same states every time, each one visible
from outside: it holds the index lock (scanning, comparing with the catalog), its worker
processes are forked (taking their jobs), a worker writes into its private build folder, a
job's segment is finished there, the indexer merges it into the index, the first job is
committed (a new table of contents), then the last one (the catalog, reconciling, the
checksums). Each kill waits for one of these states, not for a time, so every moment is hit
whatever the machine's load and the run can be small. Fourteen kills in two tests of seven (two
files: pytest-xdist's `--dist loadfile` runs them side by side) go through the seven moments in
order, each with SIGINT (Ctrl-C) and with SIGKILL: every moment and signal once (twenty kills
went round again through the first three moments, a third more runs for no new case).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from conftest import SAMPLES

from tuiarchive.archive import Archive
from tuiarchive.indexer import PARALLEL_THRESHOLD
from tuiarchive.indexfiles import BUILD_PREFIX, INDEX_NAME, generation
from tuiarchive.recovery import LOCK_NAME

# the files a killed run has to (re-)read: as many as make the indexer start worker processes,
# so two parallel jobs, each committed as a segment of its own; the moments do not need more
RUN_FILES = PARALLEL_THRESHOLD
# and of each, its first lines (headline, date, the first paragraphs): a third less CPU per run
# than whole articles, and every kill still lands at its moment, before the next one (checked
# for the 14 kills: 14 of 14 with whole articles and with these)
RUN_LINES = 8
_LOOSE_SEGMENT_FILE = re.compile(rf"{INDEX_NAME}_\w+\.(pst|trm)|{INDEX_NAME}\.tmp")


def make_corpus(root: Path, copies: int, *, tag: str = "", files: int | None = None, lines: int | None = None) -> int:
    """`copies` copies of the samples (the first `files` of them, their first `lines` lines)
    with distinct headlines; returns the article count."""
    count = 0
    for n in range(copies):
        folder = root / f"batch-{n:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for source in sorted(SAMPLES.glob("2025-*.txt"))[:files]:
            text = source.read_text(encoding="utf-8").split("\n")[:lines]
            text[1] = f"{text[1]} (copy {n}{tag})"  # line 2 is the headline in this layout
            (folder / source.name).write_text("\n".join(text), encoding="utf-8")
            count += 1
    return count


def index_command(corpus: Path | None, index_dir: Path, workers: int = 2) -> list[str]:
    args = [sys.executable, "-m", "tuiarchive", "index", "--index", str(index_dir), "-j", str(workers), "-q"]
    return args + ([str(corpus)] if corpus else [])


def _ctrl_c_heard() -> None:
    """In the indexer's process, before Python starts: SIGINT as a terminal's Ctrl-C gives it. A
    suite started in the background (`... &`, as the landing script runs it) ignores SIGINT, and
    Python leaves an ignored SIGINT ignored: the Ctrl-C kills were then no kills at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(proc: subprocess.Popen, state: Callable[[], bool]) -> None:
    """Until `state()` holds or the process has ended (what a run that has gone past it does)."""
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            if state():
                return
        except (OSError, psutil.Error):  # a file or process that went as it was looked at
            pass
        time.sleep(0.002)


def wait_until_it_holds_the_lock(proc: subprocess.Popen, index_dir: Path) -> None:
    """Until the indexer process has written its pid into the lock (or has ended)."""
    _wait_for(proc, lambda: (index_dir / LOCK_NAME).read_text().strip() == str(proc.pid))


class RunStates:
    """What a run of the indexer on `index_dir` has done so far, seen from outside. Made
    before the run starts: build folders left by an earlier killed run are not this run's."""

    def __init__(self, proc: subprocess.Popen, index_dir: Path) -> None:
        self.proc, self.index_dir = proc, index_dir
        self.generation = generation(index_dir) or 0
        self.old_builds = set(self._builds())

    def _builds(self) -> list[str]:
        return [n for n in os.listdir(self.index_dir) if n.startswith(BUILD_PREFIX)]

    def committed(self, jobs: int) -> bool:
        return (generation(self.index_dir) or 0) >= self.generation + jobs

    def merging(self) -> bool:  # the indexer writes a segment into the index itself
        return self.committed(1) or any(map(_LOOSE_SEGMENT_FILE.fullmatch, os.listdir(self.index_dir)))

    def segment_built(self) -> bool:  # a worker has finished its job's segment
        new = [b for b in self._builds() if b not in self.old_builds]
        return self.merging() or any(n.endswith(".seg") for b in new for n in os.listdir(self.index_dir / b))

    def worker_writing(self) -> bool:  # a worker has read a file and writes into its build folder
        return self.segment_built() or bool(set(self._builds()) - self.old_builds)

    def workers_forked(self) -> bool:  # the pool is up: its workers take their jobs
        return self.worker_writing() or bool(psutil.Process(self.proc.pid).children())

    def holds_the_lock(self) -> bool:  # scanning the folders, comparing them with the catalog
        return (self.index_dir / LOCK_NAME).read_text().strip() == str(self.proc.pid)


MOMENTS: list[Callable[[RunStates], bool]] = [
    RunStates.holds_the_lock,
    RunStates.workers_forked,
    RunStates.worker_writing,
    RunStates.segment_built,
    RunStates.merging,
    lambda run: run.committed(1),
    lambda run: run.committed(2),  # both jobs: the catalog, reconciling and the checksums follow
]
KILLS = 2 * len(MOMENTS)  # each moment with SIGINT, then with SIGKILL


def kill_runs_at_each_moment(tmp_path: Path, attempts: range) -> None:
    """Runs killed at each moment in turn, each moment with SIGINT then SIGKILL: the index
    always opens, keeps what the last finished run committed, and the next run finishes the job."""
    corpus = tmp_path / "corpus"
    ix = tmp_path / "ix"
    first = make_corpus(corpus / "old", 1, files=5)
    subprocess.run(index_command(corpus, ix), check=True, capture_output=True)
    with Archive(ix) as archive:
        committed = {h.id for h in archive.search("", limit=10_000).hits}
    assert len(committed) == first

    per_round = 0
    kills = 0
    interrupted = 0  # runs a Ctrl-C stopped
    stale_lock_noticed = False
    for attempt in attempts:
        # this run's work
        per_round = make_corpus(corpus / "new", 1, tag=f" v{attempt + 1}", files=RUN_FILES, lines=RUN_LINES)
        proc = subprocess.Popen(index_command(None, ix), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=_ctrl_c_heard)  # fmt: skip
        run = RunStates(proc, ix)
        # Python itself prints a traceback for a Ctrl-C while the interpreter starts, before any
        # of our code runs; so the first moment is when this run holds the index
        _wait_for(proc, run.holds_the_lock)
        moment = MOMENTS[(attempt // 2) % len(MOMENTS)]
        _wait_for(proc, lambda: moment(run))  # noqa: B023 (called here, in this iteration)
        sig = signal.SIGKILL if attempt % 2 else signal.SIGINT
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
        kills += 1
        assert b"Traceback" not in err, (MOMENTS.index(moment), sig.name, err.decode(errors="replace")[-3000:])
        with Archive(ix) as archive:  # opens, whatever moment the kill hit
            present = {h.id for h in archive.search("", limit=10_000).hits}
            assert committed <= present
            held = archive.stats().articles
        if sig == signal.SIGINT and proc.returncode == 130:  # (a run may finish before the signal: quiet, rc 0)
            # it says what the archive holds now (review s33 U6), as `stats` counts it
            said = f"interrupted: the archive holds {held:,} articles (what was committed is kept)".encode()
            assert said in err, err.decode(errors="replace")[-3000:]
            interrupted += 1
        if sig == signal.SIGKILL:
            after = subprocess.run(index_command(None, ix), capture_output=True, text=True)
            assert after.returncode == 0, after.stderr
            stale_lock_noticed |= "no longer running" in after.stderr
    final = subprocess.run(index_command(None, ix), capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    again = subprocess.run(index_command(None, ix), capture_output=True, text=True)
    assert "0 added, 0 updated, 0 removed" in again.stdout
    assert kills == len(attempts) and stale_lock_noticed and interrupted
    last = attempts[-1] + 1
    with Archive(ix) as archive:
        assert archive.count() == first + per_round == archive.stats().articles
        assert archive.search(f"title:v{last}").total == per_round  # the newest versions are in
        assert archive.search(f"title:v{last - 1}").total == 0  # and no stale ones
    assert not list(ix.glob(".build-*"))
