"""Keeping the index up to date with the article files.

`update_index` finds the files under the archive's roots, re-reads only what is new or
changed (size and mtime first, then the content hash), parses in worker processes when
there is more than a handful, writes the full-text index in this process (whoosh allows
one writer), and removes what was deleted. The catalog is committed after the index, in
batches, so an interrupted run keeps what it finished and the next run does the rest.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .. import indexfiles, integrity
from ..catalog import CATALOG_NAME, Catalog, FileState
from ..dburl import is_database
from ..filekind import special_kind
from ..recovery import (
    IndexRunFailed,
    UsageError,
    explain_os_error,
    finish_interrupted_swap,
    is_disk_full,
    open_catalog,
    rebuild_aside,
    refuse_foreign_folder,
)
from . import context
from .lock import IndexerLock
from .reading import FILE_BUDGET_SECONDS, ReadTask, read_one
from .record import apply_result, commit_job, delete_articles, drop_moved, reconcile
from .report import IndexReport, Progress
from .scan import FoundFile, RunOptions, scan, still_unreadable, storable, under_any, unreadable_files
from .workers import WorkerDied, WorkerPool, deferred_joins

if TYPE_CHECKING:  # imported where used: a re-index that finds nothing to do never loads whoosh
    from .. import engine as eng

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
# Commit this often so an interrupted run keeps most of its work.
COMMIT_EVERY_DOCS = 5000
COMMIT_EVERY_SECONDS = 60.0


# ---------------------------------------------------------------------- the run
def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def update_index(
    index_dir: Path,
    paths: list[Path] | None = None,
    *,
    rebuild: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    follow_links: bool | None = None,
    file_budget: float = FILE_BUDGET_SECONDS,
) -> IndexReport:
    """Bring the index in `index_dir` up to date with `paths` (or the remembered roots).

    `follow_links`: follow symbolic links that lead outside the roots (remembered; default
    no). `rebuild`: build a new index beside the old one and swap it in when it is done, so
    the old one keeps working until then (and stays if the rebuild fails). Problems with the
    index itself (damaged, not writable, disk full, a worker killed) raise IndexRunFailed or
    UsageError with one line that says what to run."""
    if is_database(index_dir):  # an archive on a server: tuiarchive/indexer/database.py
        from .database import update_database

        return update_database(index_dir, paths, rebuild=rebuild, workers=workers, progress=progress,
                               follow_links=follow_links, file_budget=file_budget)  # fmt: skip
    started = time.monotonic()
    report = IndexReport()
    roots = _check_paths(paths or [])
    refuse_foreign_folder(index_dir)  # before the lock file is made there
    try:
        with (
            IndexerLock(index_dir) as lock,
            deferred_joins(),
        ):  # the workers exit while the run ends, joined before the lock goes
            if lock.stale_pid:
                report.notices.append(
                    f"cleared a lock left by indexer pid {lock.stale_pid}, which is no longer running"
                )
            if lock.replaced_folder:
                report.notices.append(f"removed an empty folder that stood in place of {lock.path}")
            indexfiles.remove_leftover_builds(index_dir)
            finish_interrupted_swap(index_dir)
            bad = [] if rebuild else integrity.damaged(index_dir)
            if bad:
                raise UsageError(integrity.damage_line(index_dir, bad[0]))
            if not rebuild and integrity.unrecorded(index_dir):  # recorded again at the end of the run
                report.notices.append(integrity.UNRECORDED_NOTE)
            if rebuild:
                rebuild_aside(index_dir, lambda target, catalog: _update(
                    target, catalog, roots, report, rebuild=True, workers=workers, progress=progress,
                    follow_links=follow_links, file_budget=file_budget, inherited_locks=[lock.fileno()]))  # fmt: skip
            else:
                catalog = open_catalog(index_dir)
                try:
                    _update(index_dir, catalog, roots, report, rebuild=False, workers=workers, progress=progress,
                            follow_links=follow_links, file_budget=file_budget,
                            inherited_locks=[lock.fileno()])  # fmt: skip
                finally:
                    catalog.close()
    except OSError as exc:
        _quietly(indexfiles.remove_leftover_builds, index_dir)
        raise IndexRunFailed(explain_os_error(exc, index_dir)) from exc
    except sqlite3.DatabaseError as exc:
        _quietly(indexfiles.remove_leftover_builds, index_dir)
        if is_disk_full(exc):
            raise IndexRunFailed(explain_os_error(OSError(errno.ENOSPC, str(exc)), index_dir)) from exc
        raise IndexRunFailed(
            f"{index_dir / CATALOG_NAME} failed ({exc}): run `tuiarchive index --rebuild FOLDER...`"
        ) from exc
    except WorkerDied as exc:
        _quietly(indexfiles.remove_leftover_builds, index_dir)
        raise IndexRunFailed(str(exc)) from exc
    report.seconds = time.monotonic() - started
    return report


def _update(
    index_dir: Path,
    catalog: Catalog,
    roots: list[Path],
    report: IndexReport,
    *,
    rebuild: bool,
    workers: int | None,
    progress: Progress | None,
    follow_links: bool | None,
    file_budget: float,
    inherited_locks: list[int],
) -> None:
    if roots or follow_links is not None:  # a run that changes nothing writes nothing
        with catalog.transaction():
            catalog.add_roots(str(r) for r in roots)
            if follow_links is not None:
                catalog.set_setting("follow_links", "1" if follow_links else "0")
    all_roots = [Path(r) for r in catalog.roots()]
    if not all_roots:
        from .. import engine as eng

        if not rebuild and eng.exists(index_dir) and (catalog.reset or catalog.new):  # lost, not forgotten
            raise UsageError(f"{catalog.path} has lost the list of folders: run `tuiarchive index --rebuild FOLDER...`")
        if rebuild and eng.exists(index_dir.parent):
            raise UsageError(
                "the damaged catalog held the list of folders: run `tuiarchive index --rebuild FOLDER...` "
                "with the archive's folders (the old index is kept until then)"
            )
        raise UsageError("no folders to index yet: run `tuiarchive index PATH`")
    missing = [r for r in all_roots if not r.exists()] if rebuild else []
    if missing:  # a rebuild without them would swap in an archive that has lost their articles
        raise UsageError(
            f"folder not found: {missing[0]}: mount or restore it, or `tuiarchive forget` it, "
            "then rebuild (the index is kept as it is)"
        )
    engine = _EngineOnDemand(index_dir, catalog, rebuild)
    try:
        _run_options_and_go(index_dir, engine, catalog, all_roots, report, rebuild=rebuild, workers=workers,
                            progress=progress, file_budget=file_budget, inherited_locks=inherited_locks)  # fmt: skip
    finally:
        integrity.record(index_dir)  # what was committed, also when the run stops early


def _run_options_and_go(
    index_dir: Path,
    engine: eng.Engine,
    catalog: Catalog,
    all_roots: list[Path],
    report: IndexReport,
    *,
    rebuild: bool,
    workers: int | None,
    progress: Progress | None,
    file_budget: float,
    inherited_locks: list[int],
) -> None:
    options = RunOptions(
        follow_links=catalog.setting("follow_links") == "1",
        file_budget=file_budget,
        also_skip=index_dir.parent if rebuild else None,
    )
    _run(index_dir, engine, catalog, all_roots, report, workers or default_workers(), progress,
         inherited_locks, options)  # fmt: skip
    if catalog.setting("links_skipped") != str(len(options.links_skipped)):
        with catalog.transaction():
            catalog.set_setting("links_skipped", str(len(options.links_skipped)))
    if options.links_skipped:
        n = len(options.links_skipped)
        report.notices.append(
            f"{n} symbolic link{'s' if n != 1 else ''} leading outside the indexed folders not followed "
            f"(e.g. {options.links_skipped[0]}); `tuiarchive index --follow-links` follows them"
        )


def _quietly(func: Callable[[Path], object], path: Path) -> None:
    with contextlib.suppress(OSError):
        func(path)


def _check_paths(paths: list[Path]) -> list[Path]:
    roots = []
    for p in paths:
        absolute = Path(os.path.abspath(os.path.expanduser(p)))
        if not absolute.exists():
            raise UsageError(f"no such file or folder: {p}")
        if not absolute.is_dir() and not absolute.is_file():  # /dev/null, a FIFO: no folder to remember
            raise UsageError(f"not a folder or a file: {p} ({special_kind(absolute.stat().st_mode)})")
        roots.append(absolute)
    return roots


class _EngineOnDemand:
    """The index, opened when first used: a re-index that finds no file changed, added or
    removed (and an index as the last run left it) never loads whoosh or opens the index.
    A new or rebuilt index is set up at once: that clears the catalog, before the scan."""

    def __init__(self, index_dir: Path, catalog: Catalog, rebuild: bool) -> None:
        self._args = (index_dir, catalog, rebuild)
        self._engine: eng.Engine | None = None
        if rebuild or catalog.reset or indexfiles.generation(index_dir) is None:
            self.get()

    @property
    def opened(self) -> bool:
        return self._engine is not None

    def get(self) -> eng.Engine:
        if self._engine is None:
            self._engine = _open_engine(*self._args)
        return self._engine

    def __getattr__(self, name: str) -> object:
        return getattr(self.get(), name)


def _open_engine(index_dir: Path, catalog: Catalog, rebuild: bool) -> eng.Engine:
    from .. import engine as eng

    if not rebuild and not catalog.reset and eng.exists(index_dir):  # reset: an older catalog was emptied
        # every CRC before writing (bit rot keeps the mtime): a merge would copy damage into a
        # new segment with a fresh checksum. Only here, when the run writes: a no-op run stays quick.
        damage = integrity.check_before_writing(index_dir)
        if damage:
            raise UsageError(damage)
        try:
            return eng.Engine.open(index_dir)
        except eng.IndexUnreadable as exc:
            raise UsageError(
                f"the index in {index_dir} cannot be read ({exc}): run `tuiarchive index --rebuild`"
            ) from exc
    # Catalog first: if we stop between the two, the catalog says "nothing indexed" and the
    # next run re-reads everything, which is always safe.
    with catalog.transaction():
        catalog.clear()
    return eng.Engine.create(index_dir)


def _run(
    index_dir: Path,
    engine: eng.Engine,
    catalog: Catalog,
    roots: list[Path],
    report: IndexReport,
    workers: int,
    progress: Progress | None,
    inherited_locks: list[int],
    options: RunOptions,
) -> None:
    present_roots = [r for r in roots if r.exists()]
    report.missing_roots = [str(r) for r in roots if not r.exists()]
    problems: list[tuple[str, str]] = []
    found = {f.path: f for f in scan(present_roots, index_dir, problems, options)}
    states = catalog.file_states()

    tasks: list[ReadTask] = []
    for path, f in found.items():
        if not storable(path):
            problems.append(
                (
                    path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                    "file name is not valid UTF-8; rename it",
                )
            )
            continue
        if states.unchanged(path, f.size, f.mtime_ns):
            report.unchanged += 1
            reason = states.reason(path)
            if reason:  # a failed file, or a container with failed members
                report.failed.append((path, reason))
            continue
        old = states.get(path)
        tasks.append(ReadTask(path, f.size, f.mtime_ns, old.hash if old else None))

    gone = [path for path in states if path not in found]
    removed = [states[path] for path in gone if under_any(path, present_roots) and storable(path)]
    problem_paths = {p for p, _ in problems}
    removed = [s for s in removed if not still_unreadable(s, problem_paths)]

    unpaged = context.unpaged_tasks(catalog, found, (t.path for t in tasks))
    if unpaged:
        tasks.extend(unpaged)
        report.notices.append(
            f"archive context: read {len(unpaged)} file{'s' if len(unpaged) != 1 else ''} once again to learn what "
            "their sites repeat (the first run since an upgrade of tuiarchive: their lines were not recorded)"
        )
    changed = [t.path for t in tasks] + [s.path for s in removed]
    touched = catalog.all_page_groups() if context.unsettled(catalog) else set()  # a run stopped before it settled
    if changed:
        context.begin(catalog)
        touched |= catalog.page_groups(changed)  # the groups they were in
    pool = None
    if tasks:
        engine = engine.get() if isinstance(engine, _EngineOnDemand) else engine  # before workers fork
        if _parallel(tasks, workers):  # the workers load the parser while the context is worked out
            pool = WorkerPool(index_dir, workers, inherited_locks, options.file_budget,
                              warm=any(t.old_hash is None for t in tasks)).start(len(tasks))  # fmt: skip
    try:
        if tasks:
            tasks = context.with_predicted_chrome(context.with_known_chrome(catalog, tasks, states))
        _read_all(index_dir, engine, catalog, tasks, states, report, workers, progress, inherited_locks, options,
                  pool=pool)  # fmt: skip
    except BaseException:
        if pool is not None:
            pool.stop_now()  # started above, and the block that ends it maybe never entered
        raise
    if removed:
        with engine.writer(timeout=30.0) as writer:
            for state in removed:
                for old_id in state.ids:
                    writer.delete(old_id)
        with catalog.transaction():
            for state in removed:
                catalog.forget(state.path)
        report.removed += len(removed)
    report.failed.extend(problems)
    unreadable = unreadable_files(problems, states, {s.path for s in removed})
    if unreadable:
        with catalog.transaction():
            for path, reason, size, mtime_ns in unreadable:
                catalog.record_failure(path, size, mtime_ns, None, reason)
    if gone:  # a move leaves catalogued files the scan did not find (none: nothing to ask the catalog)
        touched |= drop_moved(engine, catalog, report)
    if tasks:
        touched |= catalog.page_groups(t.path for t in tasks)  # the groups they are in now
    _read_again_in_context(index_dir, engine, catalog, touched, found, report, workers, progress,
                           inherited_locks, options, read=set(changed))  # fmt: skip
    context.settle(catalog)
    opened = not isinstance(engine, _EngineOnDemand) or engine.opened
    reconcile(index_dir, engine, catalog, report, opened=opened)


def _read_all(
    index_dir: Path,
    engine: eng.Engine,
    catalog: Catalog,
    tasks: list[ReadTask],
    states: Mapping[str, FileState],
    report: IndexReport,
    workers: int,
    progress: Progress | None,
    inherited_locks: list[int],
    options: RunOptions,
    *,
    start: bool = True,
    pool: WorkerPool | None = None,
) -> None:
    """`pool`: the workers, started already for these tasks (else started here if they are many)."""
    if progress and start:
        progress(0, len(tasks))
    if pool is None and _parallel(tasks, workers):
        pool = WorkerPool(index_dir, workers, inherited_locks, options.file_budget)
    if pool is not None:
        with pool.given(tasks):
            for job in pool.finished(progress):
                commit_job(job, engine, catalog, states, report)
    elif tasks:
        _run_serial(engine, catalog, tasks, states, report, progress, options.file_budget)


def _parallel(tasks: list[ReadTask], workers: int) -> bool:
    return workers > 1 and len(tasks) >= PARALLEL_THRESHOLD


def _read_again_in_context(
    index_dir: Path,
    engine: eng.Engine,
    catalog: Catalog,
    groups: set[str],
    found: dict[str, FoundFile],
    report: IndexReport,
    workers: int,
    progress: Progress | None,
    inherited_locks: list[int],
    options: RunOptions,
    *,
    read: set[str],
) -> None:
    """The files whose group's chrome changed what is on them, read again with it
    (indexer/context.py). Those read already in this run were counted; the others count as
    updated (or added: a file that failed before), by the articles they hold now. Their
    failures are those of this reading, once (a container's pages, as "path [member]")."""
    tasks = context.stale_pages(catalog, groups, found) if groups else []
    if not tasks:
        return
    engine = engine.get() if isinstance(engine, _EngineOnDemand) else engine
    again = IndexReport()
    # its progress as a second stretch of the run's: (0, n) starts a run, and said so once
    onward = (lambda done, total: progress(done, total) if done else None) if progress else None
    states = catalog.file_states()
    _read_all(index_dir, engine, catalog, tasks, states, again, workers, onward,
              inherited_locks, options, start=False)  # fmt: skip
    redone = {t.path for t in tasks}
    report.failed[:] = [(p, why) for p, why in report.failed if _file_of(p, redone) is None]
    report.failed.extend(again.failed)
    others = [t.path for t in tasks if t.path not in read]
    now = catalog.file_states() if others else {}
    for path in others:
        articles = len(now[path].ids) if path in now else 0  # a container's pages count one by one
        if path in states and states[path].status in ("ok", "container"):
            report.updated += articles
        else:
            report.added += articles


def _file_of(failure: str, paths: set[str]) -> str | None:
    """The file of these that a reported failure is of: the file, or a member ("path [key]")."""
    if failure in paths:
        return failure
    at = failure.find(" [")
    while at != -1:
        if failure[:at] in paths:
            return failure[:at]
        at = failure.find(" [", at + 1)
    return None


def _run_serial(
    engine: eng.Engine,
    catalog: Catalog,
    tasks: list[ReadTask],
    states: Mapping[str, FileState],
    report: IndexReport,
    progress: Progress | None,
    budget: float = FILE_BUDGET_SECONDS,
) -> None:
    """Read the files here, one by one, committing every COMMIT_EVERY_DOCS files or
    COMMIT_EVERY_SECONDS: the index first, then the catalog (never ahead of it)."""
    fresh = engine.doc_count() == 0
    done = 0
    while done < len(tasks):
        writer = engine.writer_handle(timeout=30.0)
        started, pending = time.monotonic(), 0
        with catalog.transaction():
            try:
                for task in tasks[done:]:
                    result = read_one(task, budget)
                    apply_result(result, states.get(result.path), writer, catalog, report, fresh=fresh)
                    done, pending = done + 1, pending + 1
                    if progress:
                        progress(done, len(tasks))
                    if pending >= COMMIT_EVERY_DOCS or time.monotonic() - started > COMMIT_EVERY_SECONDS:
                        break
                writer.commit()
            except BaseException:
                writer.cancel()
                raise


def forget_folder(index_dir: Path, folder: Path) -> int:
    """Forget a remembered folder and remove its articles from the archive (the files are
    not touched). Returns how many articles went; UsageError if it is not remembered."""
    if is_database(index_dir):
        from .database import forget_database_folder

        return forget_database_folder(index_dir, folder)
    target = os.path.abspath(os.path.expanduser(folder))
    with IndexerLock(index_dir):
        catalog = open_catalog(index_dir)
        try:
            roots = catalog.roots()
            if target not in roots:
                known = ", ".join(roots) or "none"
                raise UsageError(f"{target} is not a remembered folder (remembered: {known})")
            entries = catalog.paths_under(target)
            # a file under another remembered folder too (nested roots) stays
            others = [Path(r) for r in roots if r != target]
            going = [(p, i) for p, i in entries if not under_any(p, others)]
            from .. import engine as eng

            engine = eng.Engine.open(index_dir)
            delete_articles(engine, (article_id for _, article_id in going))
            with catalog.transaction():
                for path, _ in going:
                    catalog.forget(path)
                catalog.remove_root(target)
                catalog.set_setting(context.PENDING_SETTING, "1")  # its sites' other pages: next run
        finally:
            catalog.close()
        integrity.record(index_dir)
    return sum(1 for _, i in going if i)


def remove_index(index_dir: Path) -> None:  # pragma: no cover - used by tests and benchmarks
    import shutil  # here: it loads bz2 and lzma, which a re-index does without

    shutil.rmtree(index_dir, ignore_errors=True)
