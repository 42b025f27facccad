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
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import generate as gen
from .appbench import _app_bench, _scroll_bench
from .corpus import changed_files, prepare_corpus
from .figures import FULL_SIZE, Row, percentile, summary  # noqa: F401 (percentile: postgres.py takes it from here)
from .processes import MEMORY_METHOD, OURS, compile_ours, log, ours_index, run_timed, summary_counts, tree_size_mb
from .recoll import Recoll, _existing
from .report import _fmt, machine, markdown

REPO = Path(__file__).resolve().parents[1]
PHASES = ("build", "reindex", "queries", "app", "bbc")
SHARED = Path(os.environ.get("TUIARCHIVE_SHARED", REPO.parent / "shared"))
DEFAULT_BBC = SHARED / "corpora" / "bbc-fulltext"


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
        row.note = "from the count's start (typing paused for app.counts.FACETS_PAUSE_SECONDS) to the timeline drawn"
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
