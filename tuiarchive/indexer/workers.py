"""The worker processes: what runs in them (read, parse and index a share of the files into
a segment of their own), and their lifecycle seen from the indexer (start, watch, stop)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from bisect import bisect_left
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import fields
from functools import partial
from itertools import accumulate, pairwise
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ..dburl import DatabaseIndex, is_database
from ..model import Article, RelatedItem
from ..records import Record
from .reading import FILE_BUDGET_SECONDS, ReadResult, ReadTask, keep_alarm_handler, main_thread, read_one
from .report import Progress

if TYPE_CHECKING:  # imported where used: a re-index that finds nothing to do never loads whoosh
    import multiprocessing.pool  # ... nor multiprocessing
    from multiprocessing.sharedctypes import Synchronized

    from .. import engine as eng

# A job's postings are kept in memory until its segment is written: about 3,000 articles
# (measured with whoosh's pool: 3,000 -> 5.7 ms/article and 370 MB; 5,000 -> 7.8 ms, 540 MB).
JOB_FILES = 3000
# A file's work beyond its bytes, in bytes: what parsing and indexing cost whatever a file's
# length (its header, its fields, a document of the segment). Fitted to a worker's instructions
# (callgrind) on BBC files far apart in size: 60 of 0.8 KB, 12.2 M a file; 60 of 3.6 KB, 28.0 M
# (7.65 M + 5,650 a byte). The two halves of the corpus (2.1 and 2.5 KB a file on average) were
# too close in size to tell the two parts apart: 4,000 left one worker 4.6% more to do.
FILE_WORK_BYTES = 1350


# Objects allocated (less those freed) between a worker's young collections; Python's default is 700.
WORKER_GC_THRESHOLD = 10_000

PR_SET_PDEATHSIG = 1  # prctl(2)
_progress_counter = None  # a shared counter, set in each worker process
_parent_pid = 0


def init_worker(counter, started, inherited_locks: list[int], indexer_pid: int, warm: bool = False) -> None:
    """Set up a worker process. A forked worker inherits the parent's lock files; it closes
    them, or a worker outliving a killed indexer would keep the index locked. `started`
    counts the workers ever started: more than the pool's size means one died and was
    replaced (multiprocessing does that silently). `warm`: load the parser now (WorkerPool.start)."""
    global _progress_counter, _parent_pid
    _count_in(started)
    _progress_counter = counter
    # The indexer's pid comes from the indexer: asking os.getppid() here would give init's pid
    # when the indexer was killed between the fork and this line, and the orphan would live on
    # (holding the indexer's stdout open, so whoever waits for its output waits forever).
    _parent_pid = indexer_pid
    # Ctrl-C reaches the whole process group: the indexer handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker's only pipe is its results' way to the indexer. When the indexer is killed, the
    # kernel closes that pipe a moment before it kills the worker (PR_SET_PDEATHSIG): a worker
    # handing over a result in between would print BrokenPipeError's traceback under the user's
    # prompt. Ending silently at a write to a reader that is gone is what SIGPIPE does.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    keep_alarm_handler()
    _collect_less()
    for fd in inherited_locks:
        with contextlib.suppress(OSError):
            os.close(fd)
    _die_with_parent()
    _exit_if_orphaned(None)  # the indexer may have died before the line above
    if warm:  # only a head start: a model that fails to load fails each file with its own line
        with contextlib.suppress(Exception):  # (read_one), not the pool's initializer, again and again
            _load_parser()


# How long a starting worker waits to count itself in. Another worker holds that lock for one
# addition; still held after this long, its holder died holding it (killed in init_worker).
COUNT_IN_WAIT_S = 10.0
COULD_NOT_COUNT_IN = 3  # the exit status of a worker that gave up waiting


def _count_in(started: Synchronized) -> None:
    """Add this worker to the count of workers ever started. A worker that cannot (a sibling
    died holding the count's lock) ends at once: waiting for ever, it left the indexer a pool of
    live workers that would never take a job, and the indexer waited for ever too when the pool
    had replaced the dead one before the indexer first looked (a busy machine, a train run). Its
    exit is a worker that died: the run ends with the one line that says so."""
    lock = started.get_lock()
    if not lock.acquire(timeout=COUNT_IN_WAIT_S):
        os._exit(COULD_NOT_COUNT_IN)
    try:
        started.value += 1
    finally:
        lock.release()


def _load_parser() -> None:
    """What a worker's first file would load: the parser's modules (their patterns compiled)
    and its learned models."""
    from .. import patterncache

    patterncache.load_rules()
    from ..parser import extract

    extract.shipped_model()
    extract.shipped_title_model()


def _collect_less() -> None:
    """A worker keeps every posting of its job until the segment is written: hundreds of
    thousands of objects that Python's cycle collector would walk again and again (about 6% of
    a BBC job's time at the default thresholds, 1-2% at these). What the indexer had when the
    worker was forked is never walked (gc.freeze), which also leaves those pages shared."""
    import gc

    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, 10, 10)


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


class JobResult(Record):
    __slots__ = _fields = ("segment", "results")

    def __init__(self, segment: eng.BuiltSegment | None, results: list[ReadResult]) -> None:
        self.segment, self.results = segment, results

    def __reduce__(self) -> tuple:
        """Sent to the indexer as tuples of fields: it unpickles every job's results when the
        workers are done, while no worker runs, and records (a ReadResult, its Article and
        PageFacts) unpickled through their states cost ~51,000 instructions a file, ~20 ms of a
        BBC build's end; rebuilt from tuples, half that."""
        results = self.results
        if isinstance(results, list) and all(type(result) is ReadResult for result in results):
            return _job_from_fields, (self.segment, [_result_fields(result) for result in results])
        return JobResult, (self.segment, results)


def _result_fields(result: ReadResult) -> tuple:
    context = result.context
    return (
        result.path, result.size, result.mtime_ns, result.kind, [_article_fields(a) for a in result.articles],
        result.hash, result.reason, result.container, result.failures,
        None if context is None else (context.group, context.lines, context.used), result.members, result.opened,
    )  # fmt: skip


def _article_fields(article: Article) -> list:
    """An article's fields, its related items as tuples of theirs: a frozen dataclass with slots
    pickles through dataclasses.fields() at each end (~8 us an item: a 20,000-article build's
    120,000 items cost its indexer ~0.1 s of CPU to unpickle, and its workers as much to pickle)."""
    values = list(_ARTICLE_FIELDS(article))
    values[_RELATED_AT] = list(map(_RELATED_FIELDS, article.related))
    return values


def _job_from_fields(segment: eng.BuiltSegment | None, results: list[tuple]) -> JobResult:
    from ..parser.context import PageFacts

    rebuilt = []
    for path, size, mtime_ns, kind, articles, digest, reason, container, failures, context, members, opened in results:
        facts = None if context is None else PageFacts(*context)
        found = []
        for values in articles:
            values[_RELATED_AT] = [RelatedItem(*item) for item in values[_RELATED_AT]]
            found.append(Article(*values))
        rebuilt.append(
            ReadResult(path, size, mtime_ns, kind, found, digest, reason, container, failures, facts, members, opened)
        )
    return JobResult(segment, rebuilt)


_ARTICLE_FIELDS = attrgetter(*(field.name for field in fields(Article)))  # Article(*its fields)
_RELATED_AT = [field.name for field in fields(Article)].index("related")
_RELATED_FIELDS = attrgetter(*(field.name for field in fields(RelatedItem)))  # RelatedItem(*its fields)


def build_job(
    index_dir: str | DatabaseIndex, tasks: list[ReadTask] | list[tuple], budget: float = FILE_BUDGET_SECONDS
) -> JobResult:
    """Read, parse and index a share of the files into a new segment (in a worker): for an
    archive on a database, into a batch of rows that the indexer inserts. The tasks come from
    the indexer as tuples of their fields (_sent)."""
    from .. import engine as eng

    tasks = [task if isinstance(task, ReadTask) else ReadTask(*task) for task in tasks]

    builder: eng.SegmentBuilder | None = None
    results = []
    try:
        for task in tasks:
            _exit_if_orphaned(builder)
            result = read_one(task, budget)
            if result.kind == "article":
                if builder is None:
                    builder = eng.segment_builder(index_dir)
                result = _add_all(builder, result)
            results.append(result)
            if _progress_counter is not None:
                with _progress_counter.get_lock():
                    _progress_counter.value += 1
        segment = builder.finish() if builder else None
        _exit_if_orphaned(None)
        _save_patterns()
    except BaseException:
        if builder is not None:
            builder.cancel()
        raise
    return JobResult(segment, results)


def _save_patterns() -> None:
    """The rules' compiled patterns for the next workers, when this one had to compile some
    (patterncache: once after an upgrade). A cache that cannot be written is no error."""
    from .. import patterncache

    with contextlib.suppress(Exception):
        patterncache.save()


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


def split_jobs(tasks: list[ReadTask], workers: int) -> list[list[ReadTask]]:
    """Jobs for the workers: one each for small runs, at most ~JOB_FILES files each for big
    ones (each job becomes one segment of the index, and a commit point). Runs of files in
    scan order, of about the same work each: the run ends with the slowest job, and files
    differ (BBC's technology articles are half again as long as its business ones, so halves
    by count took 7% more instructions in one worker than in the other)."""
    jobs_count = workers
    while len(tasks) / jobs_count > JOB_FILES:
        jobs_count += workers
    if jobs_count >= len(tasks):
        return [[task] for task in tasks]
    ends = list(accumulate(task.size + FILE_WORK_BYTES for task in tasks))  # the work done after each file
    cuts = [0]
    for k in range(1, jobs_count):
        target = ends[-1] * k / jobs_count
        cut = bisect_left(ends, target)  # the first file that reaches the target: end after it or before it
        if cut > cuts[-1] and target - ends[cut - 1] < ends[cut] - target:
            cut -= 1
        cuts.append(max(cut + 1, cuts[-1] + 1))
    cuts.append(len(tasks))
    return [tasks[a:b] for a, b in pairwise(cuts) if a < b]


def _sent(job: list[ReadTask]) -> list[tuple]:
    """A job's tasks as tuples of their fields: the indexer pickles every job before the
    workers start, and a record pickles through its __getstate__ (16,000 instructions a task,
    a tuple 1,800: ~7 ms of a BBC build's start)."""
    return list(map(attrgetter(*ReadTask._fields), job))


def peek(shared: Synchronized) -> int:
    """A count the workers keep (multiprocessing.Value), read without taking its lock. The
    indexer must never wait for that lock: a worker killed while holding it (counting itself
    in, or a file read) never lets go of it, and `shared.value` then waited for ever, where the
    worker's death is what the indexer is watching for. A torn read of one int cannot happen."""
    return shared.get_obj().value


class WorkerDied(RuntimeError):
    pass


# Pools whose workers are exiting (deferred_joins); a context variable, not a global: two runs
# in two threads (update_index is a library call) each join their own.
_closing: ContextVar[list[multiprocessing.pool.Pool] | None] = ContextVar("tuiarchive_closing_pools", default=None)


@contextlib.contextmanager
def deferred_joins() -> Iterator[None]:
    """Within it, a pool whose jobs have all ended is closed and its workers exit while the run
    goes on (the last commit, the checksums, the swap); they are joined on the way out. Waiting
    for them at once kept the run's end waiting for their exits: multiprocessing's hand-over
    through three threads, then each process's hundreds of megabytes unmapped."""
    pools: list[multiprocessing.pool.Pool] = []
    token = _closing.set(pools)
    try:
        yield
    finally:
        _closing.reset(token)
        for pool in pools:
            pool.join()


class WorkerPool:
    """Worker processes that each build a share of the files into a segment of their own.

    `with WorkerPool(...).given(tasks) as pool: for job in pool.finished(): ...` hands over
    each job as it ends, in any order; the caller commits it. Leaving the block with an
    exception (Ctrl-C, a kill, a failed commit, a worker that died) stops the workers at once;
    their unfinished segments are in private folders that the next run removes, and what was
    committed stays. `start()` forks the workers before their tasks are ready (see there);
    whoever calls it ends them with `stop_now()` if the block is never entered.
    """

    def __init__(
        self, index_dir: Path, workers: int, inherited_locks: list[int], budget: float, *, warm: bool = False
    ) -> None:
        self._args = (index_dir, workers, inherited_locks, budget, warm)
        self._pool: multiprocessing.pool.Pool | None = None
        self._tasks: list[ReadTask] = []
        self.total = 0

    def start(self, files: int) -> WorkerPool:
        """Fork the workers for `files` files now. With `warm`, each loads the parser while the
        indexer works out its tasks' context (what a worker's first file loaded: ~50 ms of CPU
        a worker, which the indexer's last steps before the jobs now overlap)."""
        import multiprocessing  # here: a run with nothing to read never loads it (nor threading)
        import threading

        _, workers, inherited_locks, _, warm = self._args
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        self._counter = ctx.Value("i", 0)
        self._workers_started = ctx.Value("i", 0)
        # Workers are forked while only the indexer lock is open (whoosh's write lock is taken per
        # job, after the fork): that lock is what they must let go of.
        # Ctrl-C landing inside fork() itself ends in "Exception ignored" noise: hold it until
        # the workers exist, then it is delivered here as usual.
        blocked = main_thread()
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self._size = max(1, min(workers, files))  # as many as split_jobs makes jobs, at most
            self._pool = ctx.Pool(
                self._size,
                initializer=init_worker,
                initargs=(self._counter, self._workers_started, list(inherited_locks), os.getpid(), warm),
            )
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        # multiprocessing.Pool replaces dead workers silently: a worker that died, or one that
        # replaced it, means a job may be lost and would never complete
        self._workers_at_start = list(self._pool._pool)
        # each job says when it ends (from the pool's result thread), so that the indexer commits
        # it at once, whichever it is, rather than after its 0.1 s look at the first job
        self._ended = threading.Event()
        self._ended_jobs: set[int] = set()
        return self

    def given(self, tasks: list[ReadTask]) -> WorkerPool:
        """The tasks after the context step (their number may differ from start()'s: the pool's size stays)."""
        self._tasks = tasks
        self.total = len(tasks)
        return self

    def __enter__(self) -> WorkerPool:
        tasks = self._tasks
        if self._pool is None:
            self.start(len(tasks))
        index_dir, workers, _, budget, _ = self._args
        jobs = split_jobs(tasks, workers)
        try:
            where = index_dir if is_database(index_dir) else str(index_dir)
            ended = [partial(self._job_ended, k) for k in range(len(jobs))]
            self._pending = [
                self._pool.apply_async(build_job, (where, _sent(job), budget), callback=end, error_callback=end)
                for job, end in zip(jobs, ended, strict=True)
            ]
        except BaseException:
            self.stop_now()
            raise
        return self

    def _job_ended(self, k: int, _: object) -> None:
        self._ended_jobs.add(k)
        self._ended.set()

    def finished(self, progress: Progress | None = None) -> Iterator[JobResult]:
        """Each job's result as it ends; `progress(files read, files in all)` as they are read."""
        pending = dict(enumerate(self._pending))
        while pending:
            self._ended.wait(timeout=0.1)
            self._ended.clear()
            if (
                peek(self._workers_started) > self._size
                or any(p.exitcode not in (None, 0) for p in self._workers_at_start)
                or any(p not in self._workers_at_start for p in self._pool._pool)
            ):
                # a job died with its worker (out of memory, killed): it would never complete
                raise WorkerDied(
                    "an indexing worker process died (killed, or out of memory): "
                    "run `tuiarchive index` again; what was committed is kept"
                )
            if progress:
                progress(peek(self._counter), self.total)
            # a job whose callback ran is ready a moment later (get() waits for that moment)
            for k in [k for k, h in pending.items() if k in self._ended_jobs or h.ready()]:
                yield pending.pop(k).get()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.stop_now()
            return
        with _ctrl_c_after():
            pool, self._pool = self._pool, None
            assert pool is not None  # entered: started
            pool.close()
            died = peek(self._workers_started) > self._size or any(
                p.exitcode not in (None, 0) for p in self._workers_at_start
            )
            closing = None if died else _closing.get()
            if died:
                _end_pool_now(pool)  # all jobs done, but a worker died (its replacement may wait forever)
            elif closing is not None:
                closing.append(pool)  # joined when the run ends (deferred_joins)
        if not died and closing is None:
            pool.join()

    def stop_now(self) -> None:
        """Ctrl-C, a kill, an error: stop the workers now. A second Ctrl-C must not interrupt this."""
        if self._pool is None:
            return
        pool, self._pool = self._pool, None  # once
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main_thread() else None
        try:
            _end_pool_now(pool)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _ctrl_c_after() -> Iterator[None]:
    """A Ctrl-C held back until the block is done, then delivered as usual. Pool.close() puts into a
    queue under a lock it shares with the pool's threads; a KeyboardInterrupt raised just after it
    took that lock left it taken and the pool neither closed nor stopped, and the process hung at
    exit (the pool's finalizer puts into the same queue). Seen once in a clean-clone CI run."""
    if not main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        os.kill(os.getpid(), signal.SIGINT)  # now, with the handler the user's Ctrl-C expects


def _end_pool_now(pool: multiprocessing.pool.Pool) -> None:
    """Stop a pool's workers at once, whatever state they are in.

    Not pool.terminate(): a worker that died while holding the pool's queue lock (killed, or
    ended while taking a job) makes terminate() wait for that lock forever. And the pool
    replaces dead workers by itself: a replacement forked after the kill kept the process
    from exiting (multiprocessing joins its children at exit). So: no more replacements,
    then kill every child, then drop the pool's own exit-time clean-up."""
    import multiprocessing.pool

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
