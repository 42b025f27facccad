"""Reading and parsing one file, within a time budget (in a worker process, or the indexer's
own when the run is small)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..formats import OverBudget, read_bytes, size_limit
from ..model import Article, content_hash
from ..opened import file_state, outcome_record
from ..parser import NotAnArticle, read_file_bytes
from ..records import FrozenRecord, Record

if TYPE_CHECKING:  # parser.context is imported where a file is read: a no-op run never loads it
    from ..parser.context import PageFacts

_NO_CHROME: frozenset[int] = frozenset()

# A file that takes more CPU than this to read and parse is reported as failed and the run goes
# on: one pathological file must not hold a whole run (and the index lock) hostage. CPU time, not
# the clock's: on a busy machine an ordinary page waits its turn for a CPU, and was skipped.
FILE_BUDGET_SECONDS = 30.0


class ReadTask(FrozenRecord):
    """A file to read: what the scan saw of it, the hash the catalog has for it (None: new,
    or to be read again whatever its hash), and the chrome of its group to read it with
    (parser.context); for a container, `groups`: (group, chrome) of the groups its members
    are in."""

    __slots__ = _fields = ("path", "size", "mtime_ns", "old_hash", "chrome", "groups")

    def __init__(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        old_hash: str | None = None,
        chrome: frozenset[int] = _NO_CHROME,
        groups: tuple[tuple[str, frozenset[int]], ...] = (),
    ) -> None:
        setting = object.__setattr__
        setting(self, "path", path)
        setting(self, "size", size)
        setting(self, "mtime_ns", mtime_ns)
        setting(self, "old_hash", old_hash)
        setting(self, "chrome", chrome)
        setting(self, "groups", groups)

    def with_chrome(self, chrome: frozenset[int]) -> ReadTask:
        return ReadTask(self.path, self.size, self.mtime_ns, self.old_hash, chrome, self.groups)


class ReadResult(Record):
    __slots__ = _fields = (
        "path", "size", "mtime_ns", "kind", "articles", "hash", "reason", "container", "failures", "context",
        "members", "opened",
    )  # fmt: skip

    def __init__(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        kind: str,  # "article" | "same" | "failed"
        articles: list[Article] | None = None,  # one, or a container's members
        hash: str | None = None,
        reason: str | None = None,
        container: bool = False,
        failures: list[tuple[str, str]] | None = None,  # a container's (member, reason)
        context: PageFacts | None = None,  # what the archive keeps of a single page's lines
        members: dict[str, PageFacts] | None = None,  # ... and of a container's pages, by member key
        opened: bytes | None = None,  # a single file's outcome record (tuiarchive/opened.py)
    ) -> None:
        self.path, self.size, self.mtime_ns, self.kind = path, size, mtime_ns, kind
        self.articles = [] if articles is None else articles
        self.hash, self.reason, self.container = hash, reason, container
        self.failures = [] if failures is None else failures
        self.context = context
        self.members = {} if members is None else members
        self.opened = opened


_over = "took too long to read (skipped)"  # what the alarm says: _time_budget's seconds


def _on_alarm(signum: int, frame: object) -> None:
    raise OverBudget(_over)


_alarm_kept = False  # a worker process keeps _on_alarm installed (keep_alarm_handler)
_NOT_SET = object()


def keep_alarm_handler() -> None:
    """In a worker process (its main thread): install the alarm's handler once, rather than
    around each file (two signal.signal calls a file, each converting handlers to an enum)."""
    global _alarm_kept
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGPROF, _on_alarm)
        _alarm_kept = True


def _no_restart() -> None:
    pass


@contextlib.contextmanager
def _time_budget(seconds: float) -> Iterator[Callable[[], None]]:
    """Raise OverBudget in this thread after `seconds` of the process's CPU time (ITIMER_PROF,
    SIGPROF: the main thread only; the clock's time counted waits for a CPU too). Gives
    a function that starts the budget again: a web archive's pages each get the whole budget
    (a crawl of a thousand pages is not one runaway page, and a runaway page fails alone)."""
    global _over
    if seconds <= 0 or not hasattr(signal, "setitimer") or not (_alarm_kept or main_thread()):
        yield _no_restart
        return
    _over = f"took over {seconds:g} s of CPU to read (skipped)"
    previous = _NOT_SET if _alarm_kept else signal.signal(signal.SIGPROF, _on_alarm)

    def restart() -> None:
        signal.setitimer(signal.ITIMER_PROF, seconds)

    restart()
    try:
        yield restart
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        if previous is not _NOT_SET:
            signal.signal(signal.SIGPROF, previous)


def read_one(task: ReadTask, budget: float = FILE_BUDGET_SECONDS) -> ReadResult:
    """Read and parse one file within `budget` seconds. Runs in a worker process; never raises."""
    try:
        with _time_budget(budget) as restart:
            return _read_one(task, restart)
    except OverBudget as exc:
        return ReadResult(task.path, task.size, task.mtime_ns, "failed", reason=str(exc))


def _read_one(task: ReadTask, member_done: Callable[[], None]) -> ReadResult:
    from ..parser.context import MemberContexts, PageContext, PageFacts

    path, size, mtime_ns, old_hash = task.path, task.size, task.mtime_ns, task.old_hash
    state = file_state(path)  # before the read: a change made during it shows as a newer state
    try:
        data = read_file_bytes(path, limit=size_limit(path))
    except NotAnArticle as exc:
        return ReadResult(path, size, mtime_ns, "failed", reason=str(exc), context=PageFacts.of(path))
    digest = content_hash(data)
    if old_hash is not None and digest == old_hash:
        return ReadResult(path, len(data), mtime_ns, "same", hash=digest)
    context = PageContext(task.chrome)
    members = MemberContexts(dict(task.groups))
    try:
        parsed = read_bytes(data, path, context=context, members=members, member_done=member_done)
    except NotAnArticle as exc:
        return ReadResult(path, len(data), mtime_ns, "failed", hash=digest, reason=str(exc),
                          context=PageFacts.of(path, context))  # fmt: skip
    except Exception as exc:  # a parser bug must not stop the batch; report it as a failure
        return ReadResult(path, len(data), mtime_ns, "failed", hash=digest, reason=f"parser error: {exc!r}",
                          context=PageFacts.of(path, context))  # fmt: skip
    if parsed.container:
        return ReadResult(path, len(data), mtime_ns, "article", parsed.articles, digest, container=True,
                          failures=parsed.failures, members=members.facts)  # fmt: skip
    article = parsed.articles[0]
    facts = PageFacts.of(path, context, article.url)
    return ReadResult(
        path, len(data), mtime_ns, "article", parsed.articles, digest, failures=parsed.failures, context=facts,
        opened=outcome_record(article, state, facts.used),
    )  # fmt: skip


def main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
