"""Where the suite's CPU goes, test by test (opt-in: `python -m pytest -p tests.cpu_times`).

Each test's user+sys CPU from its setup to its teardown, in its own process and in the
processes it waited for (subprocesses, the indexer's workers); a session fixture counts with
the first test that asks for it. Under pytest-xdist each worker writes its rows to a file in
a folder of the run's own under $TUIARCHIVE_CPU_TIMES (default: tuiarchive-cpu-times in the
temporary folder) and the controller prints the files and tests that cost most, with each
worker's CPU outside its tests (imports, collection), and the CPU of the PostgreSQL servers
the tests started (tests/pg_server.py notes it as it stops one: its backends are no child of
ours, so no test's row counts them; a server given by $TUIARCHIVE_TEST_PG is not counted).
Issue 13: the suite under 3 minutes on a busy machine needs its CPU down, and this says
where it is.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

SHOWN = 30
_rows: list[tuple[str, float, float]] = []


_RUN = "TUIARCHIVE_CPU_TIMES_RUN"  # this run's own folder, handed to the xdist workers


def _folder() -> Path:
    return Path(os.environ[_RUN])


def note_server_cpu(name: str, seconds: float) -> None:
    """A server the tests started used `seconds` of CPU in all (tests/pg_server.py, as it stops
    it): kept with this run's rows when the plugin is on, else nothing."""
    if os.environ.get(_RUN):
        record = {"server": name, "cpu": seconds}
        (_folder() / f"server-{os.getpid()}-{name}.json").write_text(json.dumps(record), encoding="utf-8")


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, waited.ru_utime + waited.ru_stime


def pytest_configure(config: pytest.Config) -> None:
    """The controller (or a run without xdist) makes a folder of this run's own, before the
    workers start (they inherit it): two runs at once neither delete nor mix each other's rows."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        base = Path(os.environ.get("TUIARCHIVE_CPU_TIMES") or Path(tempfile.gettempdir(), "tuiarchive-cpu-times"))
        base.mkdir(parents=True, exist_ok=True)
        os.environ[_RUN] = tempfile.mkdtemp(prefix="run-", dir=base)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    own, waited = _cpu()
    try:
        return (yield)
    finally:
        own_after, waited_after = _cpu()
        _rows.append((item.nodeid, own_after - own, waited_after - waited))


def pytest_sessionfinish(session: pytest.Session) -> None:
    own, waited = _cpu()
    name = os.environ.get("PYTEST_XDIST_WORKER") or "main"
    record = {"rows": _rows, "own": own, "waited": waited}
    (_folder() / f"{name}-{os.getpid()}.json").write_text(json.dumps(record), encoding="utf-8")


def pytest_terminal_summary(terminalreporter) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    rows: list[tuple[str, float, float]] = []
    outside = []
    servers = 0.0
    for path in sorted(_folder().glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if "server" in record:
            servers += record["cpu"]
            continue
        rows += [tuple(row) for row in record["rows"]]
        outside.append(f"{path.stem.split('-')[0]} {record['own'] - sum(r[1] for r in record['rows']):.1f} s")
    if servers:
        outside.append(f"PostgreSQL servers {servers:.1f} s")
    by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for nodeid, own, waited in rows:
        entry = by_file[nodeid.split("::")[0]]
        entry[0] += own
        entry[1] += waited
        entry[2] += 1
    write = terminalreporter.write_line
    total = sum(own + waited for _, own, waited in rows)
    terminalreporter.section(f"CPU (user+sys) of {len(rows)} tests: {total:.1f} s; outside them: {', '.join(outside)}")
    write("   CPU    own waited  tests  file")
    for file, (own, waited, count) in sorted(by_file.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:SHOWN]:
        write(f"{own + waited:6.1f} {own:6.1f} {waited:6.1f} {count:6d}  {file}")
    write("   CPU    own waited  test")
    for nodeid, own, waited in sorted(rows, key=lambda row: -(row[1] + row[2]))[:SHOWN]:
        write(f"{own + waited:6.1f} {own:6.1f} {waited:6.1f}  {nodeid}")
    write(f"(every row: {_folder()})")
