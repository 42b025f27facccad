"""Killing the indexer at random moments (shared by test_robustness.py and test_kills_late.py).

The twenty kills of one long test are two tests of ten in two files, so that pytest-xdist's
`--dist loadfile` can run them side by side; each half alternates SIGINT and SIGKILL as the
whole did, and the moments are random on purpose (seeded).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SAMPLES

from tuiarchive.archive import Archive
from tuiarchive.recovery import LOCK_NAME

# copies of the samples a killed run has to (re-)read: two parallel jobs, each committed as a
# segment, and a run long enough to be killed while it reads, commits or reconciles
COPIES = 3


def make_corpus(root: Path, copies: int, *, tag: str = "") -> int:
    """`copies` copies of the samples with distinct headlines; returns the article count."""
    count = 0
    for n in range(copies):
        folder = root / f"batch-{n:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for source in sorted(SAMPLES.glob("2025-*.txt")):
            lines = source.read_text(encoding="utf-8").split("\n")
            lines[1] = f"{lines[1]} (copy {n}{tag})"  # line 2 is the headline in this layout
            (folder / source.name).write_text("\n".join(lines), encoding="utf-8")
            count += 1
    return count


def index_command(corpus: Path | None, index_dir: Path, workers: int = 2) -> list[str]:
    args = [sys.executable, "-m", "tuiarchive", "index", "--index", str(index_dir), "-j", str(workers), "-q"]
    return args + ([str(corpus)] if corpus else [])


def wait_until_it_holds_the_lock(proc: subprocess.Popen, index_dir: Path) -> None:
    """Until the indexer process has written its pid into the lock (or has ended)."""
    lock = index_dir / LOCK_NAME
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            if lock.read_text().strip() == str(proc.pid):
                return
        except OSError:
            pass
        time.sleep(0.002)


def kill_runs_at_random_moments(tmp_path: Path, attempts: range, seed: int) -> None:
    """Runs killed at random moments (SIGINT on even attempts, SIGKILL on odd ones): the index
    always opens, keeps what the last finished run committed, and the next run finishes the job."""
    corpus = tmp_path / "corpus"
    ix = tmp_path / "ix"
    first = make_corpus(corpus / "old", 2)
    subprocess.run(index_command(corpus, ix), check=True, capture_output=True)
    with Archive(ix) as archive:
        committed = {h.id for h in archive.search("", limit=10_000).hits}
    assert len(committed) == first

    rnd = random.Random(seed)
    started = time.monotonic()
    per_round = make_corpus(corpus / "new", COPIES, tag=" v0")
    probe = subprocess.run(index_command(None, ix), capture_output=True)
    full_run = time.monotonic() - started
    assert probe.returncode == 0
    kills = 0
    stale_lock_noticed = False
    for attempt in attempts:
        make_corpus(corpus / "new", COPIES, tag=f" v{attempt + 1}")  # work for this run to do
        proc = subprocess.Popen(index_command(None, ix), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Python itself prints a traceback for a Ctrl-C while the interpreter starts, before any
        # of our code runs; so wait until this run holds the index, then interrupt somewhere in
        # its work: the moment is random on purpose (seeded)
        wait_until_it_holds_the_lock(proc, ix)
        time.sleep(rnd.uniform(0.0, max(0.1, full_run - 0.2)))
        sig = signal.SIGKILL if attempt % 2 else signal.SIGINT
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
        kills += 1
        assert b"Traceback" not in err
        with Archive(ix) as archive:  # opens, whatever moment the kill hit
            present = {h.id for h in archive.search("", limit=10_000).hits}
            assert committed <= present
        if sig == signal.SIGKILL:
            after = subprocess.run(index_command(None, ix), capture_output=True, text=True)
            assert after.returncode == 0, after.stderr
            stale_lock_noticed |= "no longer running" in after.stderr
    final = subprocess.run(index_command(None, ix), capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    again = subprocess.run(index_command(None, ix), capture_output=True, text=True)
    assert "0 added, 0 updated, 0 removed" in again.stdout
    assert kills == len(attempts) and stale_lock_noticed
    last = attempts[-1] + 1
    with Archive(ix) as archive:
        assert archive.count() == first + per_round == archive.stats().articles
        assert archive.search(f"title:v{last}").total == per_round  # the newest versions are in
        assert archive.search(f"title:v{last - 1}").total == 0  # and no stale ones
    assert not list(ix.glob(".build-*"))
