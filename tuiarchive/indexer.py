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
import fcntl
import multiprocessing
import multiprocessing.pool
import os
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import indexfiles, integrity
from .catalog import CATALOG_NAME, Catalog, FileState
from .config import is_article_name
from .formats import is_saved_page_assets, read_bytes, size_limit
from .model import Article, content_hash
from .parser import NotAnArticle, read_file_bytes
from .recovery import (
    LOCK_NAME,
    IndexRunFailed,
    UsageError,
    explain_os_error,
    finish_interrupted_swap,
    is_disk_full,
    open_catalog,
    rebuild_aside,
)

if TYPE_CHECKING:  # imported where used: a re-index that finds nothing to do never loads whoosh
    from . import engine as eng

__all__ = ["IndexLocked", "IndexReport", "IndexRunFailed", "UsageError", "default_workers", "update_index"]

# Below this many files to read, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
# Commit this often so an interrupted run keeps most of its work.
COMMIT_EVERY_DOCS = 5000
COMMIT_EVERY_SECONDS = 60.0
# A job's postings are kept in memory until its segment is written: about 3,000 articles
# (measured with whoosh's pool: 3,000 -> 5.7 ms/article and 370 MB; 5,000 -> 7.8 ms, 540 MB).
JOB_FILES = 3000
# A file that takes longer than this to read and parse is reported as failed and the run goes
# on: one pathological file must not hold a whole run (and the index lock) hostage.
FILE_BUDGET_SECONDS = 30.0


class IndexLocked(RuntimeError):
    """Another indexer is running on this index."""


@dataclass(slots=True)
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    missing_roots: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged, {len(self.failed)} failed ({self.seconds:.1f} s)"
        )


Progress = Callable[[int, int], None]  # (done, total) files read so far


# ---------------------------------------------------------------------- locking
class IndexerLock:
    """An exclusive lock on the index directory for the duration of one indexing run.

    The lock is an flock on a file holding the owner's pid: the kernel releases it when the
    process dies, however it dies, so a lock left behind by a killed indexer is simply a file
    whose pid no longer runs; it is reported and taken over.
    """

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / LOCK_NAME
        self._fh = None
        self.stale_pid: int | None = None
        self.replaced_folder = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_dir() and not self.path.is_symlink():
            # an empty folder in the lock file's place holds nothing: take its place
            with contextlib.suppress(OSError):
                self.path.rmdir()
                self.replaced_folder = True
        fh = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.seek(0)
            owner = fh.read().strip()
            fh.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                who = f" (pid {owner})" if owner.isdigit() else ""
                raise IndexLocked(f"another tuiarchive index is running on this index{who}") from exc
            raise
        fh.seek(0)
        previous = fh.read().strip()
        if previous.isdigit() and int(previous) != os.getpid() and not _pid_alive(int(previous)):
            self.stale_pid = int(previous)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def fileno(self) -> int:
        assert self._fh is not None
        return self._fh.fileno()

    def release(self) -> None:
        if self._fh is not None:
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> IndexerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# ---------------------------------------------------------------------- finding files
@dataclass(frozen=True, slots=True)
class FoundFile:
    path: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class RunOptions:
    follow_links: bool = False  # follow symbolic links that lead outside the roots
    file_budget: float = FILE_BUDGET_SECONDS  # seconds to read one file
    also_skip: Path | None = None  # the index folder itself, while a rebuild is built beside it
    links_skipped: list[str] = field(default_factory=list)  # filled in: such links, not followed


def scan(
    roots: Iterable[Path], index_dir: Path, problems: list[tuple[str, str]], options: RunOptions | None = None
) -> Iterator[FoundFile]:
    """Article files under the roots: recursive, hidden folders and the index skipped,
    directory symlinks followed once (loops are cut), unreadable folders reported.

    Symbolic links that lead outside the roots are not followed unless asked (a link to
    /etc/shadow in a folder of articles must not be read); they are listed in `options`.
    Each folder costs one stat and one scandir, whatever its depth (no realpath per folder).
    """
    options = options or RunOptions()
    roots = list(roots)
    root_reals = [os.path.realpath(r) for r in roots]
    index_keys: set[tuple[int, int]] = set()
    for folder in filter(None, (index_dir, options.also_skip)):
        with contextlib.suppress(OSError, TypeError):
            st = os.stat(folder)
            index_keys.add((st.st_dev, st.st_ino))
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()

    def leaves_roots(path: str) -> bool:
        real = os.path.realpath(path)
        return not any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in root_reals)

    def visit_file(path: str) -> FoundFile | None:
        if path in seen_files:
            return None
        seen_files.add(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            problems.append((path, "broken symbolic link" if os.path.islink(path) else "file vanished"))
            return None
        except OSError as exc:
            problems.append((path, f"cannot read: {exc.strerror}"))
            return None
        if not _is_regular(st.st_mode):
            return None
        return FoundFile(path, st.st_size, st.st_mtime_ns)

    for root in roots:
        root_str = str(root)
        if os.path.isfile(root_str):
            found = visit_file(root_str)
            if found:
                yield found
            continue
        stack = [root_str]
        while stack:
            folder = stack.pop()
            try:
                st = os.stat(folder)
            except OSError as exc:
                problems.append((folder, f"cannot open folder: {exc.strerror}"))
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                continue  # a symlink loop, or the same folder reached twice
            seen_dirs.add(key)
            if key in index_keys:
                continue
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                problems.append((folder, f"cannot open folder: {exc.strerror}"))
                continue
            subdirs = []
            names = {e.name for e in entries}
            for entry in entries:
                if entry.name.startswith(".") or is_saved_page_assets(entry.name, names):
                    continue
                try:
                    is_link = entry.is_symlink()
                    is_dir = entry.is_dir()  # follows symlinks
                except OSError:
                    is_link, is_dir = False, False
                if not is_dir and not is_article_name(entry.name):
                    continue
                if is_link and not options.follow_links and os.path.exists(entry.path) and leaves_roots(entry.path):
                    options.links_skipped.append(entry.path)
                    continue
                if is_dir:
                    subdirs.append(entry.path)
                else:
                    found = visit_file(entry.path)
                    if found:
                        yield found
            stack.extend(reversed(subdirs))


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _storable(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------- reading (in workers)
@dataclass(slots=True)
class ReadResult:
    path: str
    size: int
    mtime_ns: int
    kind: str  # "article" | "same" | "failed"
    articles: list[Article] = field(default_factory=list)  # one, or a container's members
    hash: str | None = None
    reason: str | None = None
    container: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)  # a container's (member, reason)


class _OverBudget(BaseException):
    """Raised by the alarm when a file has used up its time (BaseException: the parser's own
    `except Exception` must not swallow it)."""


@contextlib.contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise _OverBudget in this thread after `seconds` (SIGALRM: the main thread only)."""
    if seconds <= 0 or not _main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_one(task: tuple[str, int, int, str | None], budget: float = FILE_BUDGET_SECONDS) -> ReadResult:
    """Read and parse one file within `budget` seconds. Runs in a worker process; never raises."""
    path, size, mtime_ns, _ = task
    try:
        with _time_budget(budget):
            return _read_one(task)
    except _OverBudget:
        return ReadResult(path, size, mtime_ns, "failed", reason=f"took over {budget:g} s to read (skipped)")


def _read_one(task: tuple[str, int, int, str | None]) -> ReadResult:
    path, size, mtime_ns, old_hash = task
    try:
        data = read_file_bytes(path, limit=size_limit(path))
    except NotAnArticle as exc:
        return ReadResult(path, size, mtime_ns, "failed", reason=str(exc))
    digest = content_hash(data)
    if old_hash is not None and digest == old_hash:
        return ReadResult(path, len(data), mtime_ns, "same", hash=digest)
    try:
        parsed = read_bytes(data, path)
    except NotAnArticle as exc:
        return ReadResult(path, len(data), mtime_ns, "failed", hash=digest, reason=str(exc))
    except Exception as exc:  # a parser bug must not stop the batch; report it as a failure
        return ReadResult(path, len(data), mtime_ns, "failed", hash=digest, reason=f"parser error: {exc!r}")
    return ReadResult(
        path,
        len(data),
        mtime_ns,
        "article",
        parsed.articles,
        digest,
        container=parsed.container,
        failures=parsed.failures,
    )


PR_SET_PDEATHSIG = 1  # prctl(2)
_progress_counter = None  # a shared counter, set in each worker process
_parent_pid = 0


def _init_worker(counter, started, inherited_locks: list[int], indexer_pid: int) -> None:
    """Set up a worker process. A forked worker inherits the parent's lock files; it closes
    them, or a worker outliving a killed indexer would keep the index locked. `started`
    counts the workers ever started: more than the pool's size means one died and was
    replaced (multiprocessing does that silently)."""
    global _progress_counter, _parent_pid
    with started.get_lock():
        started.value += 1
    _progress_counter = counter
    # The indexer's pid comes from the indexer: asking os.getppid() here would give init's pid
    # when the indexer was killed between the fork and this line, and the orphan would live on
    # (holding the indexer's stdout open, so whoever waits for its output waits forever).
    _parent_pid = indexer_pid
    # Ctrl-C reaches the whole process group: the indexer handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for fd in inherited_locks:
        with contextlib.suppress(OSError):
            os.close(fd)
    _die_with_parent()
    _exit_if_orphaned(None)  # the indexer may have died before the line above


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker the moment the indexer dies (kill -9):
    a worker left running would finish its job into a closed pipe and print a traceback.
    Elsewhere the checks in build_job stop an orphan at its next file."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


@dataclass(slots=True)
class JobResult:
    segment: eng.BuiltSegment | None
    results: list[ReadResult]


def build_job(
    index_dir: str, tasks: list[tuple[str, int, int, str | None]], budget: float = FILE_BUDGET_SECONDS
) -> JobResult:
    """Read, parse and index a share of the files into a new segment (in a worker)."""
    from . import engine as eng

    builder: eng.SegmentBuilder | None = None
    results = []
    try:
        for task in tasks:
            _exit_if_orphaned(builder)
            result = read_one(task, budget)
            if result.kind == "article":
                if builder is None:
                    builder = eng.SegmentBuilder(Path(index_dir))
                result = _add_all(builder, result)
            results.append(result)
            if _progress_counter is not None:
                with _progress_counter.get_lock():
                    _progress_counter.value += 1
        segment = builder.finish() if builder else None
        _exit_if_orphaned(None)
    except BaseException:
        if builder is not None:
            builder.cancel()
        raise
    return JobResult(segment, results)


def _add_all(builder: eng.SegmentBuilder, result: ReadResult) -> ReadResult:
    """A file's articles into the job's segment; one that cannot be indexed fails alone."""
    added = []
    for article in result.articles:
        try:
            builder.add(article)
        except Exception as exc:  # one bad document must not sink the job
            if not result.container:
                return ReadResult(result.path, result.size, result.mtime_ns, "failed",
                                  hash=result.hash, reason=f"index error: {exc!r}")  # fmt: skip
            result.failures.append((article.member or "", f"index error: {exc!r}"))
            continue
        article.body = []  # the catalog does not need it: keep the reply small
        added.append(article)
    result.articles = added
    return result


def _exit_if_orphaned(builder: eng.SegmentBuilder | None) -> None:
    """A worker whose indexer was killed stops at once, quietly: nobody is left to use its
    work, and a result sent into a closed pipe would only print a traceback."""
    if _parent_pid and os.getppid() != _parent_pid:
        if builder is not None:
            builder.cancel()
        os._exit(0)


def _split(tasks: list, workers: int) -> list[list]:
    """Jobs for the workers: one each for small runs, at most ~JOB_FILES files each for big
    ones (each job becomes one segment of the index, and a commit point)."""
    jobs_count = workers
    while len(tasks) / jobs_count > JOB_FILES:
        jobs_count += workers
    size = -(-len(tasks) // jobs_count)
    return [tasks[k : k + size] for k in range(0, len(tasks), size)]


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
    started = time.monotonic()
    report = IndexReport()
    roots = _check_paths(paths or [])
    try:
        with IndexerLock(index_dir) as lock:
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
                raise UsageError(
                    f"the index in {index_dir} is damaged ({bad[0]} changed since it was written): "
                    "run `tuiarchive index --rebuild`"
                )
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
    with catalog.transaction():
        catalog.add_roots(str(r) for r in roots)
        if follow_links is not None:
            catalog.set_setting("follow_links", "1" if follow_links else "0")
    all_roots = [Path(r) for r in catalog.roots()]
    if not all_roots:
        from . import engine as eng

        if not rebuild and eng.exists(index_dir):
            raise UsageError(f"{catalog.path} has lost the list of folders: run `tuiarchive index --rebuild FOLDER...`")
        if rebuild and eng.exists(index_dir.parent):
            raise UsageError(
                "the damaged catalog held the list of folders: run `tuiarchive index --rebuild FOLDER...` "
                "with the archive's folders (the old index is kept until then)"
            )
        raise UsageError("no folders to index yet: run `tuiarchive index PATH`")
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
    with catalog.transaction():
        catalog.set_setting("links_skipped", str(len(options.links_skipped)))
    if options.links_skipped:
        n = len(options.links_skipped)
        report.notices.append(
            f"{n} symbolic link{'s' if n != 1 else ''} leading outside the indexed folders not followed "
            f"(e.g. {options.links_skipped[0]}); `tuiarchive index --follow-links` follows them"
        )


class WorkerDied(RuntimeError):
    pass


def _quietly(func: Callable[[Path], object], path: Path) -> None:
    with contextlib.suppress(OSError):
        func(path)


def _check_paths(paths: list[Path]) -> list[Path]:
    roots = []
    for p in paths:
        absolute = Path(os.path.abspath(os.path.expanduser(p)))
        if not absolute.exists():
            raise UsageError(f"no such file or folder: {p}")
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
    from . import engine as eng

    if not rebuild and not catalog.reset and eng.exists(index_dir):  # reset: an older catalog was emptied
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

    tasks: list[tuple[str, int, int, str | None]] = []
    for path, f in found.items():
        if not _storable(path):
            problems.append(
                (
                    path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                    "file name is not valid UTF-8; rename it",
                )
            )
            continue
        old = states.get(path)
        if old and old.size == f.size and old.mtime_ns == f.mtime_ns:
            report.unchanged += 1
            if old.reason:  # a failed file, or a container with failed members
                report.failed.append((path, old.reason))
            continue
        tasks.append((path, f.size, f.mtime_ns, old.hash if old else None))

    removed = [
        s for path, s in states.items() if path not in found and _under_any(path, present_roots) and _storable(path)
    ]
    problem_paths = {p for p, _ in problems}
    removed = [s for s in removed if s.path not in problem_paths or not os.path.exists(s.path)]

    if progress:
        progress(0, len(tasks))
    if tasks:
        engine = engine.get() if isinstance(engine, _EngineOnDemand) else engine  # before workers fork
    if workers > 1 and len(tasks) >= PARALLEL_THRESHOLD:
        _run_parallel(
            index_dir, engine, catalog, tasks, states, report, workers, progress, inherited_locks, options.file_budget
        )
    elif tasks:
        _run_serial(engine, catalog, tasks, states, report, progress, options.file_budget)
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
    _drop_moved(engine, catalog, report)
    _reconcile(index_dir, engine, catalog, report)


def _run_serial(
    engine: eng.Engine,
    catalog: Catalog,
    tasks: list[tuple[str, int, int, str | None]],
    states: dict[str, FileState],
    report: IndexReport,
    progress: Progress | None,
    budget: float = FILE_BUDGET_SECONDS,
) -> None:
    fresh = engine.doc_count() == 0
    writer = engine.writer_handle(timeout=30.0)
    pending = 0
    last_commit = time.monotonic()
    try:
        for done, task in enumerate(tasks, 1):
            result = read_one(task, budget)
            _apply(result, states.get(result.path), writer, catalog, report, fresh=fresh)
            pending += 1
            if progress:
                progress(done, len(tasks))
            if pending >= COMMIT_EVERY_DOCS or time.monotonic() - last_commit > COMMIT_EVERY_SECONDS:
                writer.commit()
                catalog.db.commit()  # after the index: the catalog is never ahead of it
                writer = engine.writer_handle(timeout=30.0)
                pending, last_commit = 0, time.monotonic()
        writer.commit()
        catalog.db.commit()
    except BaseException:
        writer.cancel()
        catalog.db.rollback()
        raise


def _run_parallel(
    index_dir: Path,
    engine: eng.Engine,
    catalog: Catalog,
    tasks: list[tuple[str, int, int, str | None]],
    states: dict[str, FileState],
    report: IndexReport,
    workers: int,
    progress: Progress | None,
    inherited_locks: list[int],
    budget: float = FILE_BUDGET_SECONDS,
) -> None:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    counter = ctx.Value("i", 0)
    workers_started = ctx.Value("i", 0)
    jobs = _split(tasks, workers)
    # Workers are forked while only the indexer lock is open (whoosh's write lock is taken per
    # job, after the fork): that lock is what they must let go of.
    # Ctrl-C landing inside fork() itself ends in "Exception ignored" noise: hold it until
    # the workers exist, then it is delivered here as usual.
    blocked = _main_thread()
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        size = min(workers, len(jobs))
        pool = ctx.Pool(
            size, initializer=_init_worker, initargs=(counter, workers_started, list(inherited_locks), os.getpid())
        )
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # multiprocessing.Pool replaces dead workers silently: a worker that died, or one that
    # replaced it, means a job may be lost and would never complete
    workers_at_start = list(pool._pool)
    try:
        pending = [pool.apply_async(build_job, (str(index_dir), job, budget)) for job in jobs]
        while pending:
            pending[0].wait(timeout=0.1)
            if (
                workers_started.value > size
                or any(p.exitcode not in (None, 0) for p in workers_at_start)
                or any(p not in workers_at_start for p in pool._pool)
            ):
                # a job died with its worker (out of memory, killed): it would never complete
                raise WorkerDied(
                    "an indexing worker process died (killed, or out of memory): "
                    "run `tuiarchive index` again; what was committed is kept"
                )
            if progress:
                progress(counter.value, len(tasks))
            for handle in [h for h in pending if h.ready()]:
                pending.remove(handle)
                _commit_job(handle.get(), engine, catalog, states, report)
    except BaseException:
        # Ctrl-C, a kill, an error: stop the workers now (their unfinished segments are in
        # private folders that the next run removes); what was committed stays. A second
        # Ctrl-C must not interrupt this.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if _main_thread() else None
        try:
            _end_pool_now(pool)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        raise
    pool.close()
    if workers_started.value > size or any(p.exitcode not in (None, 0) for p in workers_at_start):
        _end_pool_now(pool)  # every job finished, but a worker died on the way (its replacement may wait forever)
    else:
        pool.join()


def _end_pool_now(pool: multiprocessing.pool.Pool) -> None:
    """Stop a pool's workers at once, whatever state they are in.

    Not pool.terminate(): a worker that died while holding the pool's queue lock (killed, or
    ended while taking a job) makes terminate() wait for that lock forever. And the pool
    replaces dead workers by itself: a replacement forked after the kill kept the process
    from exiting (multiprocessing joins its children at exit). So: no more replacements,
    then kill every child, then drop the pool's own exit-time clean-up."""
    pool._worker_handler._state = multiprocessing.pool.TERMINATE
    pool._change_notifier.put(None)  # wakes the handler so that it sees the new state
    pool._worker_handler.join(timeout=5)
    children = multiprocessing.active_children()
    for process in children:
        with contextlib.suppress(OSError):
            process.kill()
    for process in children:
        process.join(timeout=5)
    pool._terminate.cancel()


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _commit_job(
    job: JobResult, engine: eng.Engine, catalog: Catalog, states: dict[str, FileState], report: IndexReport
) -> None:
    writer = engine.writer_handle(timeout=30.0)
    try:
        for result in job.results:
            # new versions are in the job's segment: only old ones are deleted here
            _apply(result, states.get(result.path), writer, catalog, report, built=True)
        if job.segment is not None:
            writer.add_segment(job.segment)
        writer.commit()
    except BaseException:
        writer.cancel()
        catalog.db.rollback()
        raise
    catalog.db.commit()  # after the index: the catalog is never ahead of it


def _apply(
    result: ReadResult,
    old: FileState | None,
    writer: eng.EngineWriter,
    catalog: Catalog,
    report: IndexReport,
    *,
    fresh: bool = False,
    built: bool = False,
) -> None:
    """Record one file's outcome. `built`: the article is already in a worker's segment."""
    old_ids = old.ids if old else ()
    if result.kind == "same":
        catalog.touch(result.path, result.size, result.mtime_ns)
        report.unchanged += 1
        if old and old.reason:
            report.failed.append((result.path, old.reason))
    elif result.kind == "failed":
        for old_id in old_ids:
            writer.delete(old_id)
        catalog.record_failure(result.path, result.size, result.mtime_ns, result.hash, result.reason or "failed")
        report.failed.append((result.path, result.reason or "failed"))
    else:
        new_ids = {a.id for a in result.articles}
        for old_id in old_ids:
            if built or old_id not in new_ids:  # built: the new versions are in the job's segment
                writer.delete(old_id)
        if not built:
            for article in result.articles:
                if fresh:
                    writer.add(article)
                else:
                    writer.upsert(article)
        if result.container:
            catalog.record_container(
                result.path, result.size, result.mtime_ns, result.hash, result.articles, result.failures
            )
            report.failed.extend((f"{result.path} [{key}]", reason) for key, reason in result.failures)
        else:
            catalog.record_article(result.articles[0], result.size, result.mtime_ns)
        if old and old.status in ("ok", "container"):
            report.updated += len(result.articles)
        else:
            report.added += len(result.articles)


def _drop_moved(engine: eng.Engine, catalog: Catalog, report: IndexReport) -> None:
    """A moved or renamed folder is read again at its new place: the entries whose file is
    gone and whose exact content is now catalogued at another path are those articles,
    moved. Dropping them keeps the archive from doubling; a remembered folder that is gone
    and left empty by this is forgotten."""
    moved = [(path, article_id) for path, article_id in catalog.same_content_elsewhere() if not os.path.lexists(path)]
    if not moved:
        return
    with engine.writer(timeout=30.0) as writer:
        for _, article_id in moved:
            if article_id:
                writer.delete(article_id)
    with catalog.transaction():
        for path, _ in moved:
            catalog.forget(path)
        emptied = [root for root, n in catalog.root_counts() if n == 0 and not os.path.exists(root)]
        for root in emptied:
            for path, _ in catalog.paths_under(root):  # its failures, no longer anywhere
                catalog.forget(path)
            catalog.remove_root(root)
    report.removed += len(moved)
    report.notices.append(
        f"{len(moved)} article{'s' if len(moved) != 1 else ''} moved: recognised at their new place by content"
        + (f"; forgot the folder{'s' if len(emptied) != 1 else ''} {', '.join(emptied)}" if emptied else "")
    )


def forget_folder(index_dir: Path, folder: Path) -> int:
    """Forget a remembered folder and remove its articles from the archive (the files are
    not touched). Returns how many articles went; UsageError if it is not remembered."""
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
            going = [(p, i) for p, i in entries if not _under_any(p, others)]
            from . import engine as eng

            engine = eng.Engine.open(index_dir)
            with engine.writer(timeout=30.0) as writer:
                for _, article_id in going:
                    if article_id:
                        writer.delete(article_id)
            with catalog.transaction():
                for path, _ in going:
                    catalog.forget(path)
                catalog.remove_root(target)
        finally:
            catalog.close()
        integrity.record(index_dir)
    return sum(1 for _, i in going if i)


RECONCILED_SETTING = "reconciled"  # the index's TOC and the catalog's count when last found to agree


def _reconcile(index_dir: Path, engine: eng.Engine, catalog: Catalog, report: IndexReport) -> None:
    """After an interrupted run the index may hold articles the catalog forgot: drop them.
    When neither side changed since they were last found to agree (the index's table of
    contents, which every commit replaces, and the catalog's article count), and this run did not
    open the index, they still agree: the index is not opened to count."""
    unopened = isinstance(engine, _EngineOnDemand) and not engine.opened
    if unopened and catalog.setting(RECONCILED_SETTING) == _agreed(index_dir, catalog):
        return
    _reconcile_counts(engine, catalog, report)
    with catalog.transaction():
        catalog.set_setting(RECONCILED_SETTING, _agreed(index_dir, catalog))


def _agreed(index_dir: Path, catalog: Catalog) -> str:
    return f"{indexfiles.toc_stamp(index_dir)} {catalog.article_count()}"


def _reconcile_counts(engine: eng.Engine, catalog: Catalog, report: IndexReport) -> None:
    if engine.doc_count() == catalog.article_count():
        return
    in_engine, in_catalog = engine.ids(), catalog.article_ids()
    extra = in_engine - in_catalog
    if extra:
        with engine.writer(timeout=30.0) as w:
            for article_id in extra:
                w.delete(article_id)
        report.notices.append(f"removed {len(extra)} stale entries left by an interrupted run")
    missing = in_catalog - in_engine
    if missing:
        with catalog.transaction():
            catalog.forget_ids(missing)
        report.notices.append(f"{len(missing)} articles were missing from the index; they are re-read next run")


def _under_any(path: str, roots: list[Path]) -> bool:
    for root in roots:
        r = str(root)
        if path == r or path.startswith(r.rstrip(os.sep) + os.sep):
            return True
    return False


def index_size(index_dir: Path) -> int:
    total = 0
    for entry in os.scandir(index_dir) if index_dir.is_dir() else []:
        if entry.is_file():
            total += entry.stat().st_size
    return total


def remove_index(index_dir: Path) -> None:  # pragma: no cover - used by tests and benchmarks
    shutil.rmtree(index_dir, ignore_errors=True)
