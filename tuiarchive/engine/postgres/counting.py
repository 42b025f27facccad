"""A PostgreSQL search's count of its matches (searching.PostgresSearcher's, moved out of
searching.py): in a big archive on a second connection of the searcher's, opened in the
background by its first search, while the searcher's own fetches the page; estimated from
one hash partition when the matches are many; kept with the server's snapshot it was made
in, so that the same words counted again while nothing was committed are not counted again.
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

import psycopg

from ..types import Cancelled
from . import querying
from .schema import PARTITIONS, TEXT_CONFIG

PARALLEL_COUNT_ROWS = 20_000  # from this many articles on, a search counts on a second connection (_count)
COUNTS_KEPT = 256  # counts a searcher keeps with their snapshot (_counting)
ESTIMATE_FROM = 10_000  # ... a big archive's count of this many matches or more is estimated (_counting)
ESTIMATE_SECONDS = 30.0  # how long the archive's size as of the last ANALYZE is taken as known
T = TypeVar("T")


class Counting:
    """The counting half of searching.PostgresSearcher: its state (_count_conn, _count_opening,
    _count_failed, _counts) is set in the searcher's __init__, and it uses the searcher's
    _rows, _index_first, _counted and _rows_estimate."""

    def _count_connection_soon(self) -> None:
        """A big archive's searches count on a second connection (_count), opened in the
        background by the searcher's first search; until it is open (and, if it could not be
        opened, until the searcher's own is opened again) they count on the searcher's own. A
        searcher that never searches (the app's for facets, `tuiarchive show`) opens none."""
        if self._count_conn is not None or self._count_opening is not None or self._count_failed:
            return
        if self._rows_estimate() >= PARALLEL_COUNT_ROWS:
            self._count_opening = threading.Thread(
                target=self._open_count_connection, name="tuiarchive-pg-count-open", daemon=True
            )
            self._count_opening.start()

    def _open_count_connection(self) -> None:
        """The count's connection is opened, and a count planned once (a new server process
        reads the catalog of every partition and index), in the background: the search that
        starts it counts on its own connection rather than wait for a new server process (at
        100k, 8 clients each opening an archive while an indexer starts: their first searches
        were the slowest of the 80, 300-560 ms). A connection that cannot be opened is not tried
        again until the searcher's own is opened again (_replace: the server restarted and is
        back); meanwhile the searcher's own counts (a server out of connections still answers)."""
        try:
            conn = self._engine.new_connection(autocommit=True)
        except Exception:
            self._count_failed = True
            return
        try:
            conn.execute(f"EXPLAIN SELECT count(*) FROM articles WHERE strip(doc) @@ to_tsquery('{TEXT_CONFIG}', 'a')")
        except psycopg.Error:
            conn.close()
            self._count_failed = True
            return
        self._count_conn = conn

    def _count_ready(self) -> psycopg.Connection | None:
        """The count's connection if it is open; None while it is being opened (never waited for)."""
        opening = self._count_opening
        if opening is not None and not opening.is_alive():
            opening.join()
            self._count_opening = None
        return self._count_conn

    def _count(
        self, compiled: querying.Compiled, cancelled: Cancelled | None, *, exact: bool = False
    ) -> tuple[Callable[[], int], Callable[[], None], Callable[[], bool]]:
        """The count of the query's matches, as a call that waits for it, a call that cancels it
        on the server, and a call that says whether it is an estimate (_counting). In a big archive
        (PARALLEL_COUNT_ROWS) it runs on a second connection, once that is open
        (_count_connection_soon), while this one fetches the page: the count visits every
        match, so it and the ranking are the two long statements of a search, and the server
        runs them at once in two processes. A count is kept with the
        server's snapshot it was made in (_counting): the same words counted again (the next
        page, another order, typing back) while nothing was committed are not counted again.
        `exact`: never an estimate (a page that reaches ESTIMATE_FROM: the list's end is near, and
        the browser ends its list where the count says)."""
        where, params = self._counted(compiled)
        big = self._rows_estimate() >= PARALLEL_COUNT_ROWS
        sql, args, keep = self._counting(where, params, estimate=big and not compiled.everything and not exact)
        estimated = {"yes": False}

        def kept(rows: list[tuple]) -> int:
            found, estimated["yes"] = keep(rows)
            return found

        conn = None if compiled.everything or not big else self._count_ready()
        if conn is None:  # (the count connection being opened: a new server process would cost more)
            with self._index_first(compiled.where):
                found = kept(self._rows(sql, args, cancelled))
            return (lambda: found), lambda: None, lambda: estimated["yes"]

        def run() -> int:
            with self._index_first(compiled.where, conn):
                return kept(self._rows(sql, args, cancelled, conn))

        wait = self._counter.submit(run)

        def stop() -> None:
            with contextlib.suppress(Exception):
                (self._count_conn or conn).cancel_safe(timeout=2.0)  # opened again, if it was lost

        return wait, stop, lambda: estimated["yes"]

    def _counting(
        self, where: str, params: list[object], *, estimate: bool
    ) -> tuple[str, list[object], Callable[[list[tuple]], tuple[int, bool]]]:
        """The count's statement, its parameters, and what reads (and keeps) the count from its
        rows, with whether it is an estimate.

        `estimate` (a big archive): the first hash partition is counted, and when it holds at
        least ESTIMATE_FROM / PARTITIONS matches the count is that times PARTITIONS, rounded to
        3 significant figures (shown "about N"); otherwise the other partitions are counted too,
        exactly. The partitions split the archive by a hash of the id, each holding about
        1 / PARTITIONS of the matches: the estimate's standard deviation is sqrt((PARTITIONS - 1)
        * N) for N matches (2.6% at 10,000, 1.0% at 73,000). An estimate travels negative.

        Each count comes with the snapshot it was made in (pg_current_snapshot(): the
        transactions it sees); the same predicate counted again sends the count kept and its
        snapshot, and the server counts only if its snapshot now differs (a commit anywhere on
        the server since, an indexer's included: CASE runs its ELSE, the count, only when
        reached), in the one statement the count was anyway: no round trip more, and a count
        never older than what the page shows."""
        if estimate and PARTITIONS > 1:
            # each partition its own subquery: a UNION ALL of them was planned parallel (two workers
            # started for a few hundred matches: `title:blair` 19 -> 30 ms of server CPU)
            others = " + ".join(f"(SELECT count(*) FROM articles_p{k} WHERE {where})" for k in range(1, PARTITIONS))
            count = (
                f"SELECT CASE WHEN first * {PARTITIONS} >= {ESTIMATE_FROM} THEN -first * {PARTITIONS} "
                f"ELSE first + {others} END FROM (SELECT count(*) AS first FROM articles_p0 WHERE {where}) z"
            )
            count_args = list(params) * PARTITIONS
        else:
            count, count_args = f"SELECT count(*) FROM articles WHERE {where}", list(params)
        key = (count, repr(params))
        kept = self._counts.get(key)
        if kept is None:
            sql, args = f"SELECT ({count}), pg_current_snapshot()::text", count_args
        else:
            sql = (
                "SELECT CASE WHEN pg_current_snapshot()::text = %s THEN %s::bigint "
                f"ELSE ({count}) END, pg_current_snapshot()::text"
            )
            args = [kept[0], kept[1], *count_args]

        def keep(rows: list[tuple]) -> tuple[int, bool]:
            found, snapshot = int(rows[0][0]), str(rows[0][1])
            if found < 0:  # an estimate: 3 significant figures
                found = -int(float(f"{-found:.3g}"))
            if len(self._counts) >= COUNTS_KEPT and key not in self._counts:
                self._counts.clear()
            self._counts[key] = (snapshot, found)
            return abs(found), found < 0

        return sql, args, keep

    def _count_opened(self) -> None:
        """Wait for _open_count_connection, if it is under way."""
        if self._count_opening is not None:
            self._count_opening.join()
            self._count_opening = None


class Kept(Generic[T]):
    """A value of the archive's statistics, looked up again at most every ESTIMATE_SECONDS."""

    def __init__(self) -> None:
        self._when = -math.inf
        self._value: T | None = None

    def put(self, value: T) -> None:
        """The value, known now (read with others in one statement)."""
        self._value, self._when = value, time.monotonic()

    def get(self, load: Callable[[], T]) -> T:
        now = time.monotonic()
        if self._value is None or now - self._when >= ESTIMATE_SECONDS:
            self._value, self._when = load(), now
        return self._value


class Worker:
    """One daemon thread that runs the calls handed to it, in turn: a searcher's counts. A
    thread started for each count waited its turn to run on a busy machine before the search
    could go on (a thread's start at load 20: p50 0.06 ms, p95 2.4, max 65)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._calls: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def submit(self, call: Callable[[], T]) -> Callable[[], T]:
        """call() runs on the worker's thread (a new one after close(): a searcher used after
        it was closed reconnects, as it did, rather than wait for a thread that ended); what is
        returned waits for its value (or raises what it raised)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self._calls,), name=self._name, daemon=True)
            self._thread.start()
        done = threading.Event()
        result: dict[str, object] = {}

        def job() -> None:
            try:
                result["value"] = call()
            except BaseException as exc:  # handed to the waiter
                result["error"] = exc
            finally:
                done.set()

        self._calls.put(job)

        def wait() -> T:
            done.wait()
            if "error" in result:
                raise result["error"]  # type: ignore[misc]
            return result["value"]  # type: ignore[return-value]

        return wait

    @staticmethod
    def _run(calls: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (job := calls.get()) is not None:
            job()

    def close(self) -> None:
        """The thread ends once the calls handed to it are done."""
        if self._thread is not None:
            self._calls.put(None)
            self._calls, self._thread = queue.SimpleQueue(), None
