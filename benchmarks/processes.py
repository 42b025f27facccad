"""Running tuiarchive (and others) as timed processes: wall clock, peak memory of the process tree,
the index's size on disk."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

try:  # the bench extra has psutil; without it (as in CI's test install) /proc serves on Linux
    import psutil
except ImportError:  # pragma: no cover - depends on the install
    psutil = None


REPO = Path(__file__).resolve().parents[1]
OURS = [sys.executable, "-m", "tuiarchive"]
MB = 1024 * 1024
MEMORY_METHOD = (
    "peak of the summed RSS of the indexer's process tree (the process and its worker processes), "
    f"sampled every 20 ms with {'psutil' if psutil else '/proc'}; forked workers share pages with their parent, "
    "so the sum is an upper bound"
)


@dataclass
class Run:
    seconds: float
    peak_tree_mb: float
    peak_single_mb: float
    returncode: int
    stdout: str
    stderr: str


def _proc_tree_rss(pid: int) -> int:
    """Summed RSS of a process and its descendants, from /proc (Linux), in bytes."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii", errors="replace") as fh:
                total += next((int(ln.split()[1]) * 1024 for ln in fh if ln.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    stack.extend(int(child) for child in fh.read().split())
        except (OSError, ValueError):
            continue  # the process ended meanwhile
    return total


def _tree(pid: int) -> list:
    """A process and its descendants (psutil), [] when it has ended."""
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _rss_of(processes: list) -> int:
    total = 0
    for p in processes:
        with suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total


# Finding a process's descendants reads every process's /proc entry (psutil's children(): there is no
# /proc/PID/task/TID/children on every kernel), ~5 ms of CPU a look with ~200 processes on the machine:
# at every 20 ms sample, 7% of a core taken from the command being timed (and the test suite's
# benchmark runs). The tree is looked for again every TREE_EVERY samples (worker processes are
# forked as a run starts and live for its length); the RSS of those found is read at every sample.
TREE_EVERY = 10


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop_event = threading.Event()
        self.start()

    def run(self) -> None:
        samples = 0
        tree: list = []
        while not self._stop_event.is_set():
            if psutil is None:
                self.peak = max(self.peak, _proc_tree_rss(self.pid))
            else:
                if samples % TREE_EVERY == 0:
                    tree = _tree(self.pid)
                self.peak = max(self.peak, _rss_of(tree))
            samples += 1
            self._stop_event.wait(self.interval)

    def finish(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak


# A user's interpreter keeps compiled modules (pip compiles them at install): an environment
# that forbids writing them (PYTHONDONTWRITEBYTECODE) would have every timed run compile
# tuiarchive from source. Commands run without it, after compile_ours().
RUN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_ours() -> None:
    """Compile tuiarchive's modules once, as an install would, before anything is timed."""
    import compileall

    compileall.compile_dir(REPO / "tuiarchive", quiet=1)


def run_timed(cmd: list[str], *, check: bool = True, ok_codes: tuple[int, ...] = (0,)) -> Run:
    """Run a command, timed wall-clock from start to exit, with its peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=RUN_ENV)
        sampler = TreeSampler(proc.pid)
        # wait4 gives the child's own rusage: ru_maxrss is its largest single process (KiB)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = sampler.finish()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if check and proc.returncode not in ok_codes:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr[-2000:]}")
    return Run(seconds, peak / MB, usage.ru_maxrss / 1024, proc.returncode, stdout, stderr)


def tree_size_mb(path: Path) -> float:
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            with suppress(FileNotFoundError):
                total += os.lstat(os.path.join(folder, name)).st_size
    return total / MB


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------- ours
def ours_index(corpus: Path | None, index_dir: Path, workers: int, *, rebuild: bool) -> Run:
    cmd = [*OURS, "index", "--index", str(index_dir), "--workers", str(workers), "--quiet"]
    if rebuild:
        cmd.append("--rebuild")
    if corpus is not None:
        cmd.append(str(corpus))
    # exit 1: some files were not articles; the summary says how many, which we report
    return run_timed(cmd, ok_codes=(0, 1))


def summary_counts(run: Run) -> dict[str, int]:
    """'N added, N updated, N removed, N unchanged, N failed (x s)' as numbers."""
    counts: dict[str, int] = {}
    line = next((ln for ln in run.stdout.splitlines() if " added, " in ln), "")
    for part in line.split("(")[0].split(","):
        words = part.split()
        if len(words) == 2 and words[0].isdigit():
            counts[words[1]] = int(words[0])
    return counts
