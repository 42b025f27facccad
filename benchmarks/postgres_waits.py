"""Where the busy row's time goes: 8 clients searching beside an indexer, and what they waited for.

    python -m benchmarks.postgres_waits --size 100000 --url postgresql://... --work W [--interval 0.02]

Runs the busy phase of benchmarks.postgres (the same clients, queries and indexer) on an
archive built earlier, while a sampler process reads, every --interval seconds, what the
searchers' server processes are doing (pg_stat_activity: running, waiting for a lock or a
light-weight lock, or idle: waiting for their client) and, from /proc/PID/schedstat, how long
each process of the run was on a CPU and how long it was runnable but waiting for one (the
kernel's run queue). Prints, per search, the wall time beside those shares, and how the
machine's CPU time was spent meanwhile: the searchers' server processes, the clients (one
Python process: 8 threads), the indexer and its worker, the indexer's server process, the rest
of the server (autovacuum, checkpointer), and every other process of the machine.

A searcher's server process is any of the database's `tuiarchive` connections that holds no
advisory lock (an indexer holds its folders' locks for its whole run). Needs Linux's /proc,
and a server on this machine.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .postgres import _busy, _fmt
from .run import prepare_corpus

ACTIVITY = (
    "SELECT pid, state, coalesce(wait_event_type, ''), coalesce(wait_event, '') FROM pg_stat_activity "
    "WHERE datname = current_database() AND application_name = 'tuiarchive' AND pid <> pg_backend_pid()"
)
INDEXERS = "SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
POSTMASTER = "SELECT pg_backend_pid()"
SEARCHERS = "searchers' server processes"
INDEXER = "the indexer's server process"
CLIENTS = "clients (one process, 8 threads)"
REST = "the rest of the server"
SAMPLER = "this sampler and its server process"
RUNNING = "running a statement (on a CPU or runnable)"


def schedstat(pid: int, tid: int | None = None) -> tuple[int, int] | None:
    """(ns on a CPU, ns runnable waiting for one) of a process (or one of its threads) so far."""
    path = f"/proc/{pid}/task/{tid}/schedstat" if tid else f"/proc/{pid}/schedstat"
    try:
        on, waiting, _ = Path(path).read_text().split()
    except (OSError, ValueError):
        return None
    return int(on), int(waiting)


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def _machine_busy_ns() -> int:
    """Every CPU's time not idle (nor waiting for I/O) since boot, in ns."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = sum(fields[:8]) - fields[3] - fields[4]  # user nice system idle iowait irq softirq steal
    return busy * (1_000_000_000 // os.sysconf("SC_CLK_TCK"))


class _Spans:
    """The first and the latest schedstat of each process or thread seen: what it did meanwhile."""

    def __init__(self) -> None:
        self.first: dict[tuple[int, int], tuple[int, int]] = {}
        self.last: dict[tuple[int, int], tuple[int, int]] = {}
        self.group: dict[tuple[int, int], str] = {}

    def see(self, key: tuple[int, int], group: str, stat: tuple[int, int] | None) -> None:
        if stat is None:
            return
        self.first.setdefault(key, stat)
        self.last[key] = stat
        self.group[key] = group

    def totals(self) -> dict[str, tuple[float, float]]:
        """Seconds (on a CPU, waiting for one) per group."""
        out: dict[str, list[float]] = {}
        for key, (on, waiting) in self.last.items():
            on0, waiting0 = self.first[key]
            got = out.setdefault(self.group[key], [0.0, 0.0])
            got[0] += (on - on0) / 1e9
            got[1] += (waiting - waiting0) / 1e9
        return {group: (on, waiting) for group, (on, waiting) in out.items()}


def _see_run(spans: _Spans, client: int, postmaster: int | None, skip: int) -> None:
    """The schedstat of the clients' threads, the indexer and its worker (the client's children),
    and the server's processes other than the connections sampled by name."""
    for task in Path(f"/proc/{client}/task").iterdir():
        spans.see((client, int(task.name)), CLIENTS, schedstat(client, int(task.name)))
    for proc in Path("/proc").glob("[0-9]*"):
        pid = int(proc.name)
        if pid in (client, os.getpid(), skip):
            continue
        parent = _parent(pid)
        if parent == client or (parent is not None and _parent(parent) == client):
            spans.see((pid, 0), "the indexer and its worker", schedstat(pid))
        else:
            known = spans.group.get((pid, 0))  # (a connection sampled by name is not the rest)
            if known == REST or (known is None and postmaster is not None and parent == postmaster):
                spans.see((pid, 0), REST, schedstat(pid))


def sample(url: str, client: int, interval: float, stop, results) -> None:
    """The sampler process: until `stop` is set, what the searchers' server processes do, and
    the schedstat of every process of the run; its findings into `results` (a queue)."""
    import psycopg

    states: Counter[str] = Counter()
    spans = _Spans()
    with psycopg.connect(url, autocommit=True) as conn:
        me = int(conn.execute(POSTMASTER).fetchone()[0])  # type: ignore[index]
        postmaster = _parent(me)
        machine0, started = _machine_busy_ns(), time.perf_counter()
        spans.see((os.getpid(), 0), SAMPLER, schedstat(os.getpid()))
        spans.see((me, 0), SAMPLER, schedstat(me))
        indexers: set[int] = set()
        ticks = 0
        while not stop.is_set():
            if ticks % 20 == 0:
                indexers |= {int(r[0]) for r in conn.execute(INDEXERS).fetchall()}
            for pid, state, kind, event in conn.execute(ACTIVITY).fetchall():
                if pid in indexers:
                    spans.see((pid, 0), INDEXER, schedstat(pid))
                    continue
                spans.see((pid, 0), SEARCHERS, schedstat(pid))
                if state == "active":
                    states[f"running a statement, waiting for {kind}: {event}" if kind else RUNNING] += 1
                else:  # (a statement sent, until the process is scheduled to read it, too)
                    states[f"{state}: no statement running"] += 1
            if ticks % 10 == 0:  # every process of the run (schedstat is cumulative: its latest reading will do)
                _see_run(spans, client, postmaster, me)
            ticks += 1
            time.sleep(interval)
        _see_run(spans, client, postmaster, me)
        spans.see((os.getpid(), 0), SAMPLER, schedstat(os.getpid()))
        spans.see((me, 0), SAMPLER, schedstat(me))
        seconds = time.perf_counter() - started
        machine = (_machine_busy_ns() - machine0) / 1e9
    totals = spans.totals()
    results.put((dict(states), totals, seconds, machine))


@dataclass
class Waits:
    """What a busy phase measured: each search's ms, the searchers' server processes' states
    (samples of each), each group's (CPU s, run-queue s), the phase's seconds and the machine's
    busy CPU seconds meanwhile."""

    searches: list[float]
    states: dict[str, int]
    totals: dict[str, tuple[float, float]]
    seconds: float
    machine: float


def waits(location: str, words: dict[str, str], corpus: Path, url: str, clients: int, interval: float) -> Waits:
    """benchmarks.postgres's busy phase (`clients` searching while an indexer runs) on the archive
    at `url`, built from `corpus`, with the sampler beside it."""
    env = {**os.environ, "TUIARCHIVE_MACHINE": "bench"}
    stop, results = multiprocessing.Event(), multiprocessing.Queue()
    sampler = multiprocessing.Process(target=sample, args=(url, os.getpid(), interval, stop, results))
    sampler.start()
    time.sleep(0.5)  # (its connection made before the clients start)
    try:
        searches = _busy(location, words, corpus, url, env, 5, clients)
    finally:
        stop.set()
    states, totals, seconds, machine = results.get()
    sampler.join()
    return Waits(searches, states, totals, seconds, machine)


def report(found: Waits, clients: int, interval: float) -> str:
    n = len(found.searches)
    lines = [
        f"busy phase: {n} searches by {clients} clients in {found.seconds:.1f} s; ms p50 / p95 {_fmt(found.searches)}",
        f"per search (ms, means; the shares overlap in time): wall {sum(found.searches) / n:.1f}",
    ]
    for group, (on, waiting) in sorted(found.totals.items()):
        if group in (SEARCHERS, CLIENTS):
            lines.append(
                f"  {group}: on a CPU {on * 1000 / n:.1f}, runnable waiting for a CPU {waiting * 1000 / n:.1f}"
            )
    lines.append(f"the searchers' server processes, sampled every {interval * 1000:.0f} ms (seconds of process time):")
    for state, count in Counter(found.states).most_common():
        lines.append(f"  {state}: {count * interval:.1f} s")
    cores = os.cpu_count() or 1
    ours = sum(on for on, _ in found.totals.values())
    lines.append(
        f"the machine's CPU time meanwhile ({cores} cores x {found.seconds:.1f} s = {cores * found.seconds:.1f} s; "
        f"busy {found.machine:.1f} s):"
    )
    for group, (on, waiting) in sorted(found.totals.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"  {group}: {on:.1f} s on a CPU ({waiting:.1f} s runnable waiting)")
    lines.append(f"  every other process of the machine: {max(0.0, found.machine - ours):.1f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres_waits", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, required=True, help="the corpus's size, as it was built")
    parser.add_argument("--url", required=True, help="the archive built from the corpus in --work")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--source", default=None, help="as the build's --from")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--interval", type=float, default=0.02, help="seconds between samples")
    args = parser.parse_args(argv)

    from tuiarchive.config import locate_index

    corpus, info, _ = prepare_corpus(args.work, args.size, args.source, 0)
    found = waits(locate_index(args.url).path, info["queries"], corpus, args.url, args.clients, args.interval)
    print(report(found, args.clients, args.interval))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
