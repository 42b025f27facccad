"""Measure tuiarchive on a generated archive (and the BBC corpus), beside recoll.

    python -m benchmarks --size 20000            # see benchmarks/README.md

Every figure is taken --repeat times or more and reported as a median with its spread
(min-max); latencies as p50/p95. Index builds run `tuiarchive index` as a subprocess so
process start is included, timed wall-clock, with peak memory sampled over the process
tree. Writes results-<size>.md and results-<size>.json into --out.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:  # the bench extra has psutil; without it (as in CI's test install) /proc serves on Linux
    import psutil
except ImportError:  # pragma: no cover - depends on the install
    psutil = None

from . import generate as gen

REPO = Path(__file__).resolve().parents[1]
PHASES = ("build", "reindex", "queries", "app", "bbc")
SHARED = Path(os.environ.get("TUIARCHIVE_SHARED", REPO.parent / "shared"))
DEFAULT_BBC = SHARED / "corpora" / "bbc-fulltext"
OURS = [sys.executable, "-m", "tuiarchive"]
MB = 1024 * 1024
FULL_SIZE = 100_000  # the size the per-archive targets are stated for
APP_SIZE = (160, 45)
MEMORY_METHOD = (
    "peak of the summed RSS of the indexer's process tree (the process and its worker processes), "
    f"sampled every 20 ms with {'psutil' if psutil else '/proc'}; forked workers share pages with their parent, "
    "so the sum is an upper bound"
)


# ---------------------------------------------------------------------- figures
def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary(samples: list[float]) -> dict[str, Any]:
    return {
        "n": len(samples),
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "p50": percentile(samples, 0.5),
        "p95": percentile(samples, 0.95),
        "samples": [round(s, 6) for s in samples],
    }


@dataclass
class Row:
    key: str
    group: str  # the phase that measured it: build, reindex, queries, app, bbc
    label: str
    unit: str  # "s" | "ms" | "MB"
    ours: dict[str, Any] | None = None  # summary(); None when skipped
    recoll: dict[str, Any] | None = None
    recoll_note: str = ""  # why there is no recoll figure
    stat: str = "median"  # the figure compared with the target: median | p95 | max
    target: float | None = None
    target_on: str = "value"  # "value" or "ratio" (ours / recoll)
    target_text: str = ""
    indicative: bool = False  # the target is stated for another size: shown in parentheses
    per_second: float | None = None  # articles per second, for builds
    note: str = ""
    skipped: str = ""  # why the row was not measured

    @property
    def value(self) -> float | None:
        return None if self.ours is None else float(self.ours[self.stat])

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.recoll is None or not self.recoll["median"]:
            return None
        return self.ours["median"] / self.recoll["median"]

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        figure = self.ratio if self.target_on == "ratio" else self.value
        return None if figure is None else figure <= self.target

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(value=self.value, ratio=self.ratio, passed=self.passed)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


# ---------------------------------------------------------------------- processes
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


def tree_rss(pid: int) -> int:
    if psutil is None:
        return _proc_tree_rss(pid)
    total = 0
    try:
        root = psutil.Process(pid)
        for p in [root, *root.children(recursive=True)]:
            with suppress(psutil.NoSuchProcess):
                total += p.memory_info().rss
    except psutil.NoSuchProcess:
        pass
    return total


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
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
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


# ---------------------------------------------------------------------- recoll
class Recoll:
    """recollindex/recollq on a private configuration folder."""

    def __init__(self) -> None:
        self.index_bin = shutil.which("recollindex")
        self.query_bin = shutil.which("recollq")
        self.version = ""
        if self.available:
            probe = subprocess.run([self.query_bin, "-v"], capture_output=True, text=True, check=False)  # type: ignore[list-item]
            self.version = next((ln for ln in (probe.stdout + probe.stderr).splitlines() if "Recoll" in ln), "recoll")

    @property
    def available(self) -> bool:
        return bool(self.index_bin and self.query_bin)

    @staticmethod
    def configure(conf_dir: Path, topdir: Path) -> None:
        shutil.rmtree(conf_dir, ignore_errors=True)
        conf_dir.mkdir(parents=True)
        (conf_dir / "recoll.conf").write_text(f"topdirs = {topdir}\n", encoding="utf-8")

    def index(self, conf_dir: Path) -> Run:
        return run_timed([self.index_bin, "-c", str(conf_dir)])  # type: ignore[list-item]

    def query(self, conf_dir: Path, text: str) -> Run:
        return run_timed([self.query_bin, "-c", str(conf_dir), "-n", "20", text])  # type: ignore[list-item]

    @staticmethod
    def size_mb(conf_dir: Path) -> float:
        return tree_size_mb(conf_dir / "xapiandb")

    @staticmethod
    def count(run: Run) -> int:
        line = next((ln for ln in run.stdout.splitlines() if " results" in ln), "0")
        word = line.split()[0]
        return int(word) if word.isdigit() else 0


def _existing(conf: Path, wanted: bool) -> Path | None:
    """recoll's configuration, when recoll runs and its index was built."""
    return conf if wanted and (conf / "xapiandb").is_dir() else None


# ---------------------------------------------------------------------- the corpus
def prepare_corpus(work: Path, size: int, source_path: str | None, seed: int) -> tuple[Path, dict, float]:
    """Generate (or reuse, when --work holds one made with the same settings) the corpus."""
    corpus = work / "corpus"
    manifest = work / "corpus.json"
    wanted = {"size": size, "seed": seed, "from": _source_key(source_path), "version": 1}
    if manifest.exists() and corpus.is_dir():
        stored = json.loads(manifest.read_text())
        settings = dict(stored.get("settings") or {})
        settings["from"] = _source_key(settings.get("from"))  # a manifest written with a relative path
        if settings == wanted:
            log(f"reusing the corpus in {corpus}")
            return corpus, stored, float(stored["seconds"])
    shutil.rmtree(corpus, ignore_errors=True)
    started = time.perf_counter()
    source = gen.pick_source(source_path, seed)
    gen.generate(source, size, corpus, seed)
    seconds = time.perf_counter() - started
    info = {
        "settings": wanted,
        "source": source.name,
        "source_notes": source.notes,
        "queries": gen.query_words(source),
        "seconds": seconds,
    }
    manifest.write_text(json.dumps(info, indent=1))
    return corpus, info, seconds


def _source_key(source_path: str | None) -> str:
    """The corpus a --from names, as one absolute path: the same corpus named from another
    folder ("../shared/...", a copy of this tree) is reused, not generated again over the old one."""
    if source_path == "builtin":
        return source_path
    return str(Path(source_path).resolve() if source_path else gen.DEFAULT_SOURCE.resolve())


@contextmanager
def changed_files(corpus: Path, stash: Path, seed: int, rep: int) -> Iterator[tuple[int, int]]:
    """1% of the files get a sentence added to their body and another 1% are deleted;
    everything is put back afterwards so that repeats measure the same work."""
    files = sorted(corpus.rglob("*.txt"))
    k = max(1, round(len(files) * 0.01))
    picked = random.Random(f"change-{seed}-{rep}").sample(files, 2 * k)
    changed, deleted = picked[:k], picked[k:]
    originals = {p: p.read_bytes() for p in changed}
    for path, data in originals.items():
        lines = data.decode("utf-8").split("\n")
        lines[6] += " The article was updated after publication."  # the first body paragraph
        path.write_text("\n".join(lines), encoding="utf-8")
    stash.mkdir(parents=True, exist_ok=True)
    moved = {path: stash / f"{n}.txt" for n, path in enumerate(deleted)}
    for path, kept in moved.items():
        os.replace(path, kept)
    try:
        yield k, k
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
        for path, kept in moved.items():
            os.replace(kept, path)


# ---------------------------------------------------------------------- the app
class _Marks:
    """When the app showed and painted things (set by the instrumented widgets)."""

    def __init__(self) -> None:
        self.shown_generation = -1
        self.results_painted: float | None = None
        self.article_id: str | None = None
        self.article_painted: float | None = None
        self.pane_done: float | None = None
        self.timeline_paints: list[float] = []  # every time the timeline was drawn, in order


@contextmanager
def _instrumented(marks: _Marks) -> Iterator[None]:
    """Wrap the widgets' show and paint methods to timestamp what the user sees."""
    from tuiarchive.app.article import ArticleView, Paragraph
    from tuiarchive.app.pane import LinksPane
    from tuiarchive.app.results import ResultsList
    from tuiarchive.app.timeline import Timeline

    show, render_line = ResultsList.show, ResultsList.render_line
    show_timeline = Timeline.show
    show_article, show_pane = ArticleView.show_article, LinksPane.show_pane
    had_render = "render" in Paragraph.__dict__
    base_render = Paragraph.render

    def timed_show(self: ResultsList, generation: int, *args: Any, **kwargs: Any) -> None:
        show(self, generation, *args, **kwargs)
        marks.shown_generation, marks.results_painted = generation, None

    def timed_render_line(self: ResultsList, y: int) -> Any:
        strip = render_line(self, y)
        if marks.results_painted is None and self.generation == marks.shown_generation:
            marks.results_painted = time.perf_counter()
        return strip

    def timed_show_article(self: ArticleView, article: Any, *args: Any, **kwargs: Any) -> None:
        show_article(self, article, *args, **kwargs)
        marks.article_id, marks.article_painted = article.id, None

    def timed_paragraph_render(self: Paragraph) -> Any:
        if marks.article_painted is None and marks.article_id is not None:
            marks.article_painted = time.perf_counter()
        return base_render(self)

    def timed_show_pane(self: LinksPane, pane: Any, *, similar_pending: bool) -> None:
        show_pane(self, pane, similar_pending=similar_pending)
        if not similar_pending:
            marks.pane_done = time.perf_counter()

    def timed_show_timeline(self: Timeline, months: dict[str, int]) -> None:
        show_timeline(self, months)
        marks.timeline_paints.append(time.perf_counter())

    ResultsList.show, ResultsList.render_line = timed_show, timed_render_line  # type: ignore[method-assign]
    Timeline.show = timed_show_timeline  # type: ignore[method-assign]
    ArticleView.show_article, LinksPane.show_pane = timed_show_article, timed_show_pane  # type: ignore[method-assign]
    Paragraph.render = timed_paragraph_render  # type: ignore[method-assign]
    try:
        yield
    finally:
        ResultsList.show, ResultsList.render_line = show, render_line  # type: ignore[method-assign]
        Timeline.show = show_timeline  # type: ignore[method-assign]
        ArticleView.show_article, LinksPane.show_pane = show_article, show_pane  # type: ignore[method-assign]
        if had_render:
            Paragraph.render = base_render  # type: ignore[method-assign]
        else:
            del Paragraph.render


async def _until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            where = condition.__code__.co_firstlineno  # which wait, for whoever reads the error
            raise TimeoutError(f"the app did not get there in {timeout:.0f} s (the wait at benchmarks/run.py:{where})")
        await asyncio.sleep(0.001)


async def _type_with_pauses(app: Any, pilot: Any, typed: str, marks: _Marks, out: dict[str, list[float]]) -> None:
    """Type again, as someone who pauses: after each key, the timeline and facets are counted.

    Two figures: how long the count takes to paint once typing pauses (beyond the pause itself),
    and a keystroke's latency when the previous query's count is still running beside it.
    """
    from textual.widgets import Input

    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList

    results = app.query_one(ResultsList)
    search = app.query_one("#search", Input)
    before = results.generation
    search.value = ""
    await _until(lambda: results.generation > before and marks.results_painted is not None)
    await app.workers.wait_for_complete()
    count = ArchiveApp._count_facets
    started: list[float] = []

    def timed_count(self: ArchiveApp, *args: Any) -> Any:
        started.append(time.perf_counter())
        return count(self, *args)

    ArchiveApp._count_facets = timed_count  # type: ignore[method-assign]
    try:
        search.focus()
        for k, char in enumerate(typed):
            before, counts_before, paints_before = results.generation, len(started), len(marks.timeline_paints)
            pressed = time.perf_counter()
            await pilot.press("space" if char == " " else char)
            await _until(lambda b=before: results.generation > b and results.generation == app.generation)
            await _until(lambda: marks.results_painted is not None)
            if k:  # the key was pressed while the previous query's count ran
                out["keystroke_counting"].append(marks.results_painted - pressed)  # type: ignore[operator]
            if k % 2 == 0:  # wait for this query's timeline: from the count's start (the pause is over)

                def drawn(c: int = counts_before, p: int = paints_before) -> list[float]:
                    return [t for t in marks.timeline_paints[p:] if len(started) > c and t >= started[-1]]

                # a first count reads every segment's labels: seconds on a big archive, longer when busy
                await _until(lambda: bool(drawn()), 300.0)
                out["facets"].append(drawn()[0] - started[-1])
                await app.workers.wait_for_complete()
            else:  # the next key goes in as soon as this query's count starts
                await _until(lambda c=counts_before: len(started) > c)
    finally:
        ArchiveApp._count_facets = count  # type: ignore[method-assign]
    await app.workers.wait_for_complete()


async def _app_bench(index_dir: Path, typed: str, open_query: str, opens: int, repeat: int) -> dict[str, list[float]]:
    from textual.widgets import Input

    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList
    from tuiarchive.memory import Memory

    marks = _Marks()
    out: dict[str, list[float]] = {
        "first_paint": [],
        "keystroke": [],
        "keystroke_counting": [],
        "facets": [],
        "open": [],
        "pane": [],
    }
    with _instrumented(marks):
        for rep in range(repeat):
            app = ArchiveApp(index_dir, memory=Memory.for_this_session())  # no last query carried over
            marks.__init__()  # type: ignore[misc]
            start = time.perf_counter()
            async with app.run_test(size=APP_SIZE) as pilot:
                results = app.query_one(ResultsList)
                await _until(lambda r=results: r.total > 0 and marks.results_painted is not None)
                out["first_paint"].append(marks.results_painted - start)  # type: ignore[operator]
                if rep:
                    continue  # keystrokes and articles once; first paint every time
                await app.workers.wait_for_complete()
                app.query_one("#search", Input).focus()
                for char in typed:
                    before = results.generation
                    pressed = time.perf_counter()
                    await pilot.press("space" if char == " " else char)
                    await _until(
                        lambda b=before, r=results, a=app: (
                            r.generation > b and r.generation == a.generation and marks.results_painted is not None
                        )
                    )
                    out["keystroke"].append(marks.results_painted - pressed)  # type: ignore[operator]
                    await app.workers.wait_for_complete()
                await _type_with_pauses(app, pilot, typed, marks, out)
                search = app.query_one("#search", Input)
                if search.value != open_query:
                    before = results.generation
                    search.value = open_query
                    await _until(lambda b=before, r=results: r.generation > b and r.total >= 1)
                await app.workers.wait_for_complete()
                for k in range(min(opens, results.total)):
                    hit = results.hit_at(k)
                    if hit is None:
                        continue
                    results.focus()
                    results.cursor = k
                    await pilot.pause()
                    pressed = time.perf_counter()
                    marks.pane_done = None
                    await pilot.press("enter")
                    await _until(lambda h=hit: marks.article_id == h.id and marks.article_painted is not None)
                    out["open"].append(marks.article_painted - pressed)  # type: ignore[operator]
                    await _until(lambda: marks.pane_done is not None)
                    out["pane"].append(marks.pane_done - pressed)  # type: ignore[operator]
                    await app.workers.wait_for_complete()
    return out


SCREEN_FILL_WAIT = 10.0  # seconds a screen of results may take to fill before its rows count as unloaded


async def _scroll_bench(index_dir: Path, query: str, rows: int) -> tuple[list[float], int, int]:
    """PageDown from the first result until row `rows` (or the last) is on screen, waiting after
    each key until every row on screen is loaded: the time each screen took to fill, the rows
    passed, and how many of them were ever drawn as "…" and left so (0: every row loaded)."""
    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ROW_HEIGHT, ResultsList
    from tuiarchive.memory import Memory

    app = ArchiveApp(index_dir, query, memory=Memory.for_this_session())
    waits: list[float] = []
    async with app.run_test(size=APP_SIZE) as pilot:
        results = app.query_one(ResultsList)
        await _until(lambda: results.total > 0 and results.hit_at(0) is not None)
        await app.workers.wait_for_complete()
        results.focus()
        await pilot.pause()
        last = min(rows, results.total) - 1

        def on_screen() -> range:
            top = int(results.scroll_y) // ROW_HEIGHT
            return range(top, min(results.total, top + results.size.height // ROW_HEIGHT + 1))

        passed: set[int] = set()
        while True:  # at least once: a list shorter than a screen is passed at once
            pressed = time.perf_counter()
            await pilot.press("pagedown")
            with contextlib.suppress(TimeoutError):  # a screen left unfilled is counted below, not fatal
                await _until(lambda: all(results.hit_at(i) is not None for i in on_screen()), SCREEN_FILL_WAIT)
            waits.append(time.perf_counter() - pressed)
            passed.update(on_screen())
            if results.cursor >= last:
                break
        missing = sum(1 for i in passed if results.hit_at(i) is None)
    return waits, len(passed), missing


# ---------------------------------------------------------------------- the run
@dataclass
class Settings:
    size: int
    source: str | None
    seed: int
    repeat: int
    workers: list[int]
    out: Path
    work: Path
    keep: bool
    skip_recoll: bool
    quick: bool
    bbc: Path | None
    phases: frozenset[str] = frozenset(PHASES)
    query_runs: int = 30
    recoll_query_runs: int = 30
    keystrokes: int = 20
    opens: int = 10
    scroll_rows: int = 10_000
    cli_runs: int = 5


@dataclass
class Bench:
    s: Settings
    recoll: Recoll
    rows: list[Row] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row

    def keep_previous(self) -> None:
        """Rows of the phases not run this time, from an earlier run in the same --work."""
        saved = self.s.work / "rows.json"
        if not saved.exists() or self.s.phases == set(PHASES):
            return
        data = json.loads(saved.read_text())
        if data.get("size") != self.s.size:
            return
        self.rows = [Row.from_json(r) for r in data["rows"] if r["group"] not in self.s.phases]
        if self.rows:
            log(f"kept {len(self.rows)} rows measured earlier in {self.s.work}")
            self.meta["earlier_rows_from"] = data.get("date")

    def save(self) -> None:
        """Write the results so far: a failure later loses nothing measured."""
        order = {phase: n for n, phase in enumerate(PHASES)}
        self.rows.sort(key=lambda r: order.get(r.group, len(order)))  # stable: keeps each phase's order
        s = self.s
        s.out.mkdir(parents=True, exist_ok=True)
        (s.out / f"results-{s.size}.md").write_text(markdown(self.rows, self.meta), encoding="utf-8")
        data = {"meta": self.meta, "rows": [row.to_json() for row in self.rows]}
        text = json.dumps(data, indent=1, ensure_ascii=False)
        (s.out / f"results-{s.size}.json").write_text(text, encoding="utf-8")
        if s.keep:
            saved = {"size": s.size, "date": self.meta.get("date"), "rows": data["rows"]}
            (s.work / "rows.json").write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")

    def size_target(self) -> bool:
        """Targets stated for a 100k archive are only judged on one; elsewhere indicative."""
        return self.s.size < FULL_SIZE

    def size_scaled(self, row: Row, seconds: float, text: str, extra: str = "") -> None:
        """A time target for 100k work that grows with the archive: at another size it is
        scaled in proportion, and only indicative."""
        row.indicative = self.size_target()
        row.target = seconds * min(1.0, self.s.size / FULL_SIZE)
        if row.indicative:
            row.target_text = f"≤ {_fmt(row.target, 's')} ({text} at 100k, scaled)"
        else:
            row.target_text = f"≤ {text} at 100k" + (f" ({extra})" if extra else "")

    # ------------------------------------------------------------------ generated corpus
    def run_generated(self) -> None:
        """The phases on the generated corpus; each one saves what it measured, and a phase
        that fails is reported without losing the others."""
        s = self.s
        corpus, info, gen_seconds = prepare_corpus(s.work, s.size, s.source, s.seed)
        self.meta.update(source=info["source"], source_notes=info["source_notes"], queries=info["queries"])
        if "build" in s.phases:
            self.add(Row("generate", "build", f"Generate the corpus ({s.size:,} files)", "s", summary([gen_seconds])))
        log(f"corpus: {s.size} files from {info['source']} in {gen_seconds:.1f} s")
        recoll_on = self.recoll.available and not s.skip_recoll
        why = "" if recoll_on else ("--skip-recoll" if s.skip_recoll else "recoll is not installed")
        conf = s.work / "recoll"
        phases: list[tuple[str, Callable[[], None]]] = [
            ("build", lambda: self.builds(corpus, conf if recoll_on else None, why)),
            ("reindex", lambda: self.reindex(corpus, _existing(conf, recoll_on), why)),
            ("queries", lambda: self.queries(self.main_index(), _existing(conf, recoll_on), info["queries"], why)),
            ("app", lambda: self.app(self.main_index(), info["queries"])),
        ]
        for name, phase in phases:
            if name in s.phases:
                self.run_phase(name, phase)

    def run_phase(self, name: str, phase: Callable[[], None]) -> None:
        try:
            phase()
        except Exception as exc:  # keep the other phases' figures; the error is reported
            log(f"phase {name} failed: {exc!r}")
            self.meta.setdefault("errors", []).append(f"{name}: {exc!r}")
        self.save()

    def main_index(self) -> Path:
        """The index the last build left (kept in --work for later phases)."""
        found = sorted(self.s.work.glob("index-w*-*"), key=lambda p: p.stat().st_mtime)
        if not found:
            raise RuntimeError(f"no index in {self.s.work}: run the build phase first")
        return found[-1]

    # ------------------------------------------------------------------ builds
    def builds(self, corpus: Path, conf: Path | None, recoll_why: str) -> None:
        s = self.s
        work = s.work
        indicative = self.size_target()
        # full builds
        main_index: Path | None = None
        size_mb: list[float] = []
        failures = 0
        for workers in s.workers:
            times, peaks, singles = [], [], []
            for rep in range(s.repeat):
                index_dir = work / f"index-w{workers}-{rep}"
                shutil.rmtree(index_dir, ignore_errors=True)
                run = ours_index(corpus, index_dir, workers, rebuild=True)
                counts = summary_counts(run)
                failures = counts.get("failed", 0)
                if counts.get("added", 0) + failures != s.size:
                    raise RuntimeError(f"the index run read {counts} of {s.size} files:\n{run.stdout}{run.stderr}")
                times.append(run.seconds)
                peaks.append(run.peak_tree_mb)
                singles.append(run.peak_single_mb)
                size_mb.append(tree_size_mb(index_dir))
                log(f"build workers={workers} {rep + 1}/{s.repeat}: {run.seconds:.2f} s, {run.peak_tree_mb:.0f} MB")
                if main_index is not None:
                    shutil.rmtree(main_index, ignore_errors=True)
                main_index = index_dir
            row = self.add(Row(f"build_w{workers}", "build", f"Full index build, {workers} worker(s)", "s"))
            row.ours = summary(times)
            row.per_second = s.size / row.ours["median"]
            if failures:
                row.note = f"{failures} files not articles"
            if workers == 2:
                self.size_scaled(row, 360.0, "6 min", "2 workers")
            label = f"Peak memory of the indexer, {workers} worker(s)"
            mem = self.add(Row(f"peak_memory_w{workers}", "build", label, "MB"))
            mem.ours, mem.stat = summary(peaks), "max"
            mem.note = f"largest single process {max(singles):.0f} MB"
            mem.target, mem.target_text, mem.indicative = 1536.0, "≤ 1.5 GB at 100k", indicative
        assert main_index is not None
        build_workers = max(s.workers)

        if conf is not None:
            times, peaks = [], []
            for rep in range(s.repeat):
                Recoll.configure(conf, corpus)
                run = self.recoll.index(conf)
                times.append(run.seconds)
                peaks.append(run.peak_tree_mb)
                log(f"recollindex {rep + 1}/{s.repeat}: {run.seconds:.2f} s")
            for row in self.rows:
                if row.key == f"build_w{build_workers}":
                    row.recoll = summary(times)
                if row.key == f"peak_memory_w{build_workers}":
                    row.recoll = summary(peaks)
        size_row = self.add(Row("index_size", "build", "Index size on disk", "MB", summary(size_mb)))
        size_row.note = "whoosh index and catalog"
        if conf is not None:
            size_row.recoll = summary([Recoll.size_mb(conf)])
        for row in self.rows:
            if row.group == "build" and row.recoll is None and row.key.startswith(("build", "peak")):
                row.recoll_note = recoll_why or f"compared at {build_workers} workers"

    # ------------------------------------------------------------------ re-indexing
    def reindex(self, corpus: Path, conf: Path | None, recoll_why: str) -> None:
        s = self.s
        main_index = self.main_index()
        build_workers = max(s.workers)
        recoll_on = conf is not None
        # no-op re-index
        noop, recoll_noop = [], []
        for rep in range(s.repeat):
            run = ours_index(None, main_index, build_workers, rebuild=False)
            if summary_counts(run).get("unchanged") != s.size:
                raise RuntimeError(f"a no-op re-index changed something: {run.stdout}")
            noop.append(run.seconds)
            if recoll_on:
                recoll_noop.append(self.recoll.index(conf).seconds)
            log(f"no-op re-index {rep + 1}/{s.repeat}: {run.seconds:.2f} s")
        row = self.add(Row("noop", "reindex", "Re-index, nothing changed", "s", summary(noop)))
        self.size_scaled(row, 3.0, "3 s")
        row.recoll, row.recoll_note = (summary(recoll_noop) if recoll_on else None), recoll_why

        # 1% changed, 1% deleted
        changed, recoll_changed, restores = [], [], []
        for rep in range(s.repeat):
            with changed_files(corpus, s.work / "stash", s.seed, rep) as (k_changed, k_deleted):
                run = ours_index(None, main_index, build_workers, rebuild=False)
                counts = summary_counts(run)
                if counts.get("updated") != k_changed or counts.get("removed") != k_deleted:
                    raise RuntimeError(f"expected {k_changed} updated and {k_deleted} removed: {run.stdout}")
                changed.append(run.seconds)
                if recoll_on:
                    recoll_changed.append(self.recoll.index(conf).seconds)
            # back to the full corpus: not part of the figure, but a merge can make it slow
            restores.append(ours_index(None, main_index, build_workers, rebuild=False).seconds)
            if recoll_on:
                self.recoll.index(conf)
            log(f"1% changed + 1% deleted {rep + 1}/{s.repeat}: {run.seconds:.2f} s")
        row = self.add(Row("changed", "reindex", "Re-index, 1% changed + 1% deleted", "s", summary(changed)))
        row.note = (
            f"the untimed re-index putting the files back took {_fmt(min(restores), 's')}–{_fmt(max(restores), 's')}"
        )
        self.size_scaled(row, 20.0, "20 s")
        row.recoll, row.recoll_note = (summary(recoll_changed) if recoll_on else None), recoll_why

    # ------------------------------------------------------------------ queries
    def queries(self, index_dir: Path, conf: Path | None, words: dict[str, str], recoll_why: str) -> None:
        from tuiarchive.archive import Archive

        s = self.s
        indicative = self.size_target()
        middle = gen.FIRST_DAY.year + 3
        mix = [
            ("q_word", "single common word", words["common"], "relevance", words["common"]),
            ("q_two", "two words", words["two"], "relevance", words["two"]),
            ("q_phrase", "phrase", f'"{words["phrase"]}"', "relevance", f'"{words["phrase"]}"'),
            ("q_field", "field (title:)", f"title:{words['title']}", "relevance", None),
            ("q_date", "date range", f"date:[{middle}-01-01 to {middle}-06-30]", "relevance", None),
            ("q_newest", "common word, sorted newest", words["common"], "newest", None),
        ]
        self.meta["query_mix"] = {key: {"query": text, "sort": sort} for key, _, text, sort, _ in mix}
        first_total = 0
        with Archive(index_dir) as archive:
            for key, label, text, sort, recoll_text in mix:
                first = archive.search(text, sort=sort, limit=20)  # warm-up, not counted
                if not first.total:
                    log(f"warning: the query {text!r} found nothing (corpus too small?)")
                samples = []
                for _ in range(s.query_runs):
                    archive.drop_caches()  # a first search of these words, not a repeat from memory
                    started = time.perf_counter()
                    archive.search(text, sort=sort, limit=20)
                    samples.append((time.perf_counter() - started) * 1000)
                row = self.add(Row(key, "queries", f"Query: {label}", "ms", summary(samples), stat="p95"))
                row.note = f"`{text}`{' sorted newest' if sort == 'newest' else ''}: {first.total:,} matches"
                if key == "q_word":
                    first_total = first.total
                row.target, row.target_text, row.indicative = 100.0, "p95 ≤ 100 ms at 100k", indicative
                if conf is not None and recoll_text is not None:
                    runs = [self.recoll.query(conf, recoll_text) for _ in range(s.recoll_query_runs)]
                    row.recoll = summary([r.seconds * 1000 for r in runs])
                    row.note += (
                        f"; recollq: about {Recoll.count(runs[0]):,} matches (its estimate), process start included"
                    )
                else:
                    row.recoll_note = recoll_why or "no equivalent recollq query"

            # the timeline and facets of a common word: every match counted by month, site and author
            archive.facets(words["common"])  # warm-up
            counts = []
            for _ in range(s.query_runs):
                archive.drop_caches()
                started = time.perf_counter()
                archive.facets(words["common"])
                counts.append((time.perf_counter() - started) * 1000)
            row = self.add(Row("q_facets", "queries", "Query: timeline and facet counts", "ms", summary(counts)))
            row.stat, row.indicative, row.recoll_note = "p95", indicative, "no equivalent"
            row.note = f"Archive.facets(`{words['common']}`): {first_total:,} matches by month, site and author"

            # more like this, and what opening an article costs, for different articles
            ids = [h.id for h in archive.search(words["common"], limit=max(s.query_runs, 2)).hits]
            archive.similar(ids[0], top=10)  # warm-up
            mlt, opened, pane = [], [], []
            for article_id in ids:
                archive.drop_caches()
                started = time.perf_counter()
                archive.similar(article_id, top=10)
                mlt.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                article = archive.article(article_id)
                archive.resolve(article)
                archive.backlinks(article_id)
                opened.append((time.perf_counter() - started) * 1000)
                archive.drop_caches()
                started = time.perf_counter()
                archive.similar(article_id, top=10)
                archive.resolve(article)
                archive.backlinks(article_id)
                pane.append((time.perf_counter() - started) * 1000)
            row = self.add(Row("q_mlt", "queries", "Query: more like this", "ms", summary(mlt), stat="p95"))
            row.target, row.target_text, row.indicative = 100.0, "p95 ≤ 100 ms at 100k", indicative
            row.note, row.recoll_note = "Archive.similar(id, top=10), no snippets", recoll_why or "no equivalent"
            row = self.add(Row("open_core", "queries", "Open article (core)", "ms", summary(opened)))
            row.note = "Archive.article + resolve + backlinks (re-parses the file)"
            row.recoll_note = "n/a"
            row = self.add(Row("related_core", "queries", "Related pane (core)", "ms", summary(pane)))
            row.note = "Archive.similar + resolve + backlinks"
            row.target, row.target_text, row.recoll_note = 300.0, "≤ 300 ms", "n/a"

        # the same word through the command line, process start included, as recollq is
        samples = []
        for _ in range(s.cli_runs):
            run = run_timed([*OURS, "search", "--index", str(index_dir), "-n", "20", words["common"]])
            samples.append(run.seconds * 1000)
        row = self.add(Row("q_cli", "queries", "Query via `tuiarchive search` (process)", "ms", summary(samples)))
        row.note = f"`{words['common']}`, interpreter start and imports included"
        if conf is not None:
            row.recoll = next(r.recoll for r in self.rows if r.key == "q_word")
        else:
            row.recoll_note = recoll_why
        log("queries done")

    # ------------------------------------------------------------------ the app
    def app(self, index_dir: Path, words: dict[str, str]) -> None:
        from tuiarchive.archive import Archive

        s = self.s
        Archive(index_dir).close()  # an unreadable index would only show the app's help screen
        typed = f"{words['common']} {words['two']} {words['phrase']}"[: s.keystrokes].rstrip()
        found = asyncio.run(_app_bench(index_dir, typed, words["common"], s.opens, s.repeat))
        ms = {k: [v * 1000 for v in values] for k, values in found.items()}
        row = self.add(Row("app_first_paint", "app", "App: start to first results painted", "ms"))
        row.ours, row.target, row.target_text = summary(ms["first_paint"]), 1000.0, "≤ 1 s"
        row.note, row.recoll_note = "headless App.run_test(), Archive opened in on_mount", "n/a"
        row = self.add(Row("app_keystroke", "app", "App: keystroke to results painted", "ms"))
        row.ours, row.stat, row.target, row.target_text = summary(ms["keystroke"]), "p95", 150.0, "p95 ≤ 150 ms"
        row.note, row.recoll_note = f"typing `{typed}` one key at a time; includes the 50 ms debounce", "n/a"
        row = self.add(Row("app_keystroke_counting", "app", "App: keystroke to results, a count running", "ms"))
        row.ours, row.stat, row.target, row.target_text = (
            summary(ms["keystroke_counting"]),
            "p95",
            150.0,
            "p95 ≤ 150 ms",
        )
        row.note = "typing again with pauses: each key pressed as the previous query's timeline and facets count starts"
        row.recoll_note = "n/a"
        row = self.add(Row("app_facets", "app", "App: typing pauses to timeline and facets painted", "ms"))
        row.ours, row.stat, row.recoll_note = summary(ms["facets"]), "p95", "n/a"
        row.note = "from the count's start (typing paused for app.main.FACETS_PAUSE_SECONDS) to the timeline drawn"
        row = self.add(Row("app_open", "app", "App: Enter to article painted", "ms"))
        row.ours, row.target, row.target_text = summary(ms["open"]), 100.0, "≤ 100 ms"
        row.note, row.recoll_note = "Enter in the results list until a paragraph is rendered", "n/a"
        row = self.add(Row("app_pane", "app", "App: Enter to related pane complete", "ms"))
        row.ours, row.recoll_note = summary(ms["pane"]), "n/a"
        row.note = "until 'Related in this archive' replaces 'looking…'"
        waits, passed, missing = asyncio.run(_scroll_bench(index_dir, words["common"], s.scroll_rows))
        row = self.add(Row("app_scroll", "app", "App: PageDown to a screen filled, to the end", "ms"))
        row.ours, row.stat, row.recoll_note = summary([w * 1000 for w in waits]), "p95", "n/a"
        row.note = f"`{words['common']}`, from the top to row {passed:,} ({len(waits)} keys)"
        row = self.add(Row("app_scroll_unloaded", "app", "App: rows passed and never loaded", "rows"))
        row.ours, row.stat, row.recoll_note = summary([float(missing)]), "max", "n/a"
        row.target, row.target_text = 0.0, f"0 of {s.scroll_rows:,} (every row it passes loads)"
        row.note = f"of {passed:,} rows drawn on the way down"
        log("app done")

    # ------------------------------------------------------------------ BBC
    def run_bbc(self) -> None:
        s = self.s
        keys = [
            ("bbc_build", "BBC: full index build", "s"),
            ("bbc_noop", "BBC: re-index, nothing changed", "s"),
            ("bbc_peak_memory", "BBC: peak memory of the indexer", "MB"),
            ("bbc_index_size", "BBC: index size", "MB"),
        ]
        why = ""
        if s.bbc is None:
            why = "--quick" if s.quick else "no BBC corpus"
        elif not s.bbc.is_dir():
            why = f"{s.bbc} not found"
        if why:
            for key, label, unit in keys:
                self.add(Row(key, "bbc", label, unit, skipped=why))
            return
        assert s.bbc is not None
        copy = s.work / "bbc"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(s.bbc, copy)  # a private copy: the shared one has no write bits, and is not ours
        recoll_on = self.recoll.available and not s.skip_recoll
        recoll_why = "" if recoll_on else ("--skip-recoll" if s.skip_recoll else "recoll is not installed")
        workers = max(s.workers)
        index_dir = s.work / "bbc-index"
        conf = s.work / "bbc-recoll"
        ours, peaks, sizes, theirs, their_peaks = [], [], [], [], []
        articles = 0
        for rep in range(s.repeat):
            shutil.rmtree(index_dir, ignore_errors=True)
            run = ours_index(copy, index_dir, workers, rebuild=True)
            articles = summary_counts(run).get("added", 0)
            ours.append(run.seconds)
            peaks.append(run.peak_tree_mb)
            sizes.append(tree_size_mb(index_dir))
            if recoll_on:
                Recoll.configure(conf, copy)
                rrun = self.recoll.index(conf)
                theirs.append(rrun.seconds)
                their_peaks.append(rrun.peak_tree_mb)
            theirs_text = f", recoll {theirs[-1]:.2f} s" if theirs else ""
            log(f"BBC build {rep + 1}/{s.repeat}: {run.seconds:.2f} s{theirs_text}")
        noop, their_noop = [], []
        for _ in range(s.repeat):
            noop.append(ours_index(None, index_dir, workers, rebuild=False).seconds)
            if recoll_on:
                their_noop.append(self.recoll.index(conf).seconds)
        label = f"BBC: full index build ({articles:,} articles, {workers} workers)"
        row = self.add(Row("bbc_build", "bbc", label, "s"))
        row.ours = summary(ours)
        row.per_second = articles / row.ours["median"] if articles else None
        if recoll_on:
            row.recoll = summary(theirs)
            row.target, row.target_on, row.target_text = 1.0, "ratio", "≤ 1.0 × recollindex"  # issue 12
        else:
            row.recoll_note = recoll_why
            row.target_text = "≤ 1.0 × recollindex (not judged: no recoll)"
        row = self.add(Row("bbc_noop", "bbc", "BBC: re-index, nothing changed", "s", summary(noop)))
        row.target, row.target_text = 0.5, "≤ 0.5 s"
        row.recoll, row.recoll_note = (summary(their_noop) if recoll_on else None), recoll_why
        row = self.add(Row("bbc_peak_memory", "bbc", "BBC: peak memory of the indexer", "MB", summary(peaks)))
        row.stat = "max"
        row.recoll, row.recoll_note = (summary(their_peaks) if recoll_on else None), recoll_why
        row = self.add(Row("bbc_index_size", "bbc", "BBC: index size", "MB", summary(sizes)))
        row.recoll, row.recoll_note = (summary([Recoll.size_mb(conf)]) if recoll_on else None), recoll_why
        log("BBC done")


# ---------------------------------------------------------------------- output
def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else (f"{value:.1f} s" if value < 100 else f"{value:.0f} s")
    if unit == "MB":
        return f"{value:.1f} MB" if value < 100 else f"{value:.0f} MB"
    return f"{value:g} {unit}"


def _figure(stats: dict[str, Any], row: Row) -> str:
    if row.stat == "p95" or (row.unit == "ms" and stats["n"] > 5):
        return f"p50 {_fmt(stats['p50'], row.unit)} · p95 {_fmt(stats['p95'], row.unit)}"
    if row.stat == "max":
        return f"max {_fmt(stats['max'], row.unit)}"
    text = _fmt(stats["median"], row.unit)
    return text


def markdown(rows: list[Row], meta: dict[str, Any]) -> str:
    lines = [
        f"## Results: {meta['size']:,} generated articles ({meta['date']})",
        "",
        f"- machine: `{meta['uname']}`; CPU: {meta['cpu']} ({meta['cpus']} cores), {meta['memory_gb']:.0f} GB",
        f"- Python {meta['python']}, tuiarchive {meta['tuiarchive']} "
        f"(source hash {meta.get('tuiarchive_source', 'not recorded')}); recoll: {meta['recoll'] or 'not installed'}",
        f"- corpus: {meta['size']:,} files generated from {meta['source']} (seed {meta['seed']}); "
        f"repeat {meta['repeat']}, workers {meta['workers']}; command `{meta['command']}`",
        f"- memory: {meta['memory_method']}",
        *(
            [f"- rows of phases not run this time: measured earlier in --work ({meta['earlier_rows_from']})"]
            if meta.get("earlier_rows_from")
            else []
        ),
        "- Ours / recoll is the ratio of medians (p50 for latencies)."
        + (
            " Result in parentheses: the target is stated for 100,000 articles, so at this size it is only indicative."
            if meta["size"] < FULL_SIZE
            else ""
        ),
        "",
        "| Measure | Ours | Spread (min–max) | n | recoll | Ours / recoll | Target | Result | Notes |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for error in meta.get("errors", []):
        lines.insert(len(lines) - 3, f"- **error** in phase {error}")
    for row in rows:
        if row.ours is None:
            lines.append(f"| {row.label} | skipped | | | | | {row.target_text} | n/a | {row.skipped} |")
            continue
        ours = _figure(row.ours, row)
        if row.per_second:
            ours += f" ({row.per_second:,.0f} articles/s)"
        spread = f"{_fmt(row.ours['min'], row.unit)} – {_fmt(row.ours['max'], row.unit)}"
        recoll = _figure(row.recoll, row) if row.recoll else (row.recoll_note or "")
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        passed = row.passed
        result = "" if passed is None else ("pass" if passed else "FAIL")
        if result and row.indicative:
            result = f"({result})"
        lines.append(
            f"| {row.label} | {ours} | {spread} | {row.ours['n']} | {recoll} | {ratio} | {row.target_text} "
            f"| {result} | {row.note} |"
        )
    return "\n".join(lines) + "\n"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    import hashlib

    import tuiarchive

    # the core changes often: name the exact source that was measured
    digest = hashlib.blake2b(digest_size=6)
    for path in sorted(Path(tuiarchive.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return {
        "tuiarchive_source": digest.hexdigest(),
        "uname": " ".join(part for part in platform.uname() if part),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3,
        "python": platform.python_version(),
        "tuiarchive": tuiarchive.__version__,
    }


def parse_args(argv: list[str] | None) -> Settings:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Measure tuiarchive beside recoll.")
    parser.add_argument("--size", type=int, default=20_000, help="generated articles (default 20000)")
    parser.add_argument(
        "--from",
        dest="source",
        default=None,
        help=f"corpus whose paragraphs are used (default {gen.DEFAULT_SOURCE} if it exists; 'builtin' for filler text)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="times each figure is taken (default 3)")
    parser.add_argument("--workers", default="1,2", help="worker counts for full builds (default 1,2)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one, removed)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (reused by a later --work run)")
    parser.add_argument("--skip-recoll", action="store_true", help="do not run recoll beside")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help=f"the BBC corpus (default {DEFAULT_BBC})")
    parser.add_argument("--skip-bbc", action="store_true")
    parser.add_argument("--quick", action="store_true", help="few samples, no BBC row: a smoke run")
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help="what to run (default all): build, reindex, queries, app, bbc; with --work, the rows of the "
        "phases left out are kept from the last run there",
    )
    args = parser.parse_args(argv)
    workers = sorted({int(w) for w in args.workers.split(",") if w.strip()})
    phases = frozenset(p.strip() for p in args.phases.split(",") if p.strip())
    if not phases or not phases <= set(PHASES):
        parser.error(f"--phases takes a list of {', '.join(PHASES)}")
    if args.size < 20 or args.repeat < 1 or not workers or min(workers) < 1:
        parser.error("--size must be 20 or more, --repeat 1 or more, --workers a list like 1,2")
    work = args.work
    keep = args.keep or work is not None
    if work is None:
        work = Path(tempfile.mkdtemp(prefix="tuiarchive-bench-"))
    work = work.absolute()
    work.mkdir(parents=True, exist_ok=True)
    s = Settings(
        size=args.size,
        source=args.source,
        seed=args.seed,
        repeat=args.repeat,
        workers=workers,
        out=args.out,
        work=work,
        keep=keep,
        skip_recoll=args.skip_recoll,
        quick=args.quick,
        bbc=None if args.skip_bbc or args.quick else args.bbc,
        phases=phases,
    )
    if args.quick:
        s.query_runs, s.recoll_query_runs, s.keystrokes, s.opens, s.cli_runs = 5, 3, 6, 3, 1
        s.scroll_rows = 200
    return s


def main(argv: list[str] | None = None) -> int:
    s = parse_args(argv)
    compile_ours()
    recoll = Recoll()
    bench = Bench(s, recoll)
    meta = machine()
    meta.update(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        size=s.size,
        seed=s.seed,
        repeat=s.repeat,
        workers=",".join(map(str, s.workers)),
        recoll=recoll.version if recoll.available and not s.skip_recoll else "",
        memory_method=MEMORY_METHOD,
        command="python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:]),
        quick=s.quick,
    )
    bench.meta = meta
    if s.skip_recoll:
        log("recoll skipped (--skip-recoll)")
    elif not recoll.available:
        log("recoll is not installed: its column is left out")
    bench.keep_previous()
    try:
        bench.run_generated()
        if "bbc" in s.phases:
            bench.run_phase("bbc", bench.run_bbc)
    finally:
        bench.save()
        if not s.keep:
            shutil.rmtree(s.work, ignore_errors=True)
    print(markdown(bench.rows, meta))
    log(f"wrote {s.out / f'results-{s.size}.md'} and .json")
    return 1 if meta.get("errors") else 0
