"""The search indexes of a first load, made partition by partition on a few connections at once.

A first load into an empty archive leaves out the search indexes (engine.bulk_load) and makes
them when its rows are in. One CREATE INDEX of the partitioned table builds its partitions'
indexes one after the other in one server process: at 100k articles, ~48 s of one core for
the three indexes and ~14 s more for the VACUUM (ANALYZE) after them, while the indexer's
workers, done, left the other cores idle (a build of 2 workers on 2 cores: ~15% of its wall
time). Here each partition's index is a statement of its own, sent on one of `connections()`
connections at once, and the articles' ANALYZE runs beside the last of them (their VACUUM
after them all: engine.analyze); the partitioned indexes are then made over the partitions'
ones, which attaches them (no second build). The same indexes, the same statistics: only when each is made changes.

Order (the longest last, so that the connections end together): the other indexes partition
by partition, then ANALYZE once they are all made (it takes the statistics of
the count index's expression, `strip(doc)`, from its partitions' indexes), then `doc`'s index
from the last partition down, while ANALYZE goes up from the first: it waits for a partition
whose index is being made (its lock), which that order makes rare. A run cut off here leaves
some partitions' indexes made and the archive marked as loading (schema.BULK_KEY): the next
`tuiarchive index` makes the partitioned indexes, which attaches those and builds the others.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

import psycopg

from . import schema

if TYPE_CHECKING:
    from .engine import PostgresEngine

# not VACUUM (ANALYZE): a VACUUM of a table before a CREATE INDEX of it can remove the TOAST of a row that the
# index build still reads ("missing chunk number 0 for toast value", PostgreSQL bug #18351: the two take
# different horizons; seen once here on a shared test server, a first load resumed after an aborted batch)
ANALYZE = "ANALYZE articles"
ANALYZE_LINKS = "ANALYZE links"  # (autovacuum's, while it was off: pause_autovacuum)
MOST_CONNECTIONS = 8  # at most as many connections as the partitions anyway


def connections(conn: psycopg.Connection) -> int:
    """How many connections make the indexes at once: the server's own say on how many
    processes one index build may use (max_parallel_maintenance_workers, 2 by default: a
    DBA with more cores for it raises it), at least 2, at most MOST_CONNECTIONS."""
    row = conn.execute("SELECT current_setting('max_parallel_maintenance_workers')::int").fetchone()
    return max(2, min(MOST_CONNECTIONS, schema.PARTITIONS, int(row[0]) if row else 2))


# each partition's indexes, as (partition, "USING method (columns)")
_MADE = (
    "SELECT c.relname, split_part(pg_get_indexdef(i.indexrelid), ' USING ', 2) FROM pg_inherits h "
    "JOIN pg_class c ON c.oid = h.inhrelid JOIN pg_index i ON i.indrelid = c.oid "
    "WHERE h.inhparent = to_regclass('articles')"
)


_PARTITIONS = (
    "SELECT c.relname FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid "
    "WHERE h.inhparent = to_regclass('articles')"
)


def partition_statements(conn: psycopg.Connection) -> tuple[list[str], list[str]]:
    """The missing search indexes as one CREATE INDEX a partition: those to make before the
    ANALYZE, and `doc`'s (the longest to make), from the last partition to the first. A
    partition's index made by a run cut off here is not made again."""
    made_before = set(conn.execute(_MADE).fetchall())
    # the server's partitions (none where `articles` is not partitioned: Citus, docs/postgresql.md)
    partitions = sorted(r[0] for r in conn.execute(_PARTITIONS).fetchall())
    before: list[str] = []
    doc: list[str] = []
    for name, spec in schema.search_index_specs(conn):
        on = spec.split(" USING ", 1)[1]  # "rum (doc rum_tsvector_ops)"
        made = [f"CREATE INDEX ON {p} USING {on}" for p in partitions if (p, on) not in made_before]
        if name == schema.DOC_INDEX:
            doc.extend(reversed(made))
        else:
            before.extend(made)
    return before, doc


# the tables a first load fills, as autovacuum sees them: the partitions (or the table itself, not partitioned: Citus)
_TABLES = "to_regclass('articles'), to_regclass('links')"
_LOADED = (
    f"SELECT c.oid::regclass::text FROM pg_class c WHERE c.relkind = 'r' AND (c.oid IN ({_TABLES}) "
    f"OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent IN ({_TABLES}))) ORDER BY 1"
)
_AUTOVACUUM = ("autovacuum_enabled", "toast.autovacuum_enabled")


def pause_autovacuum(conn: psycopg.Connection, *, paused: bool = True) -> None:
    """Autovacuum off for the articles and their links while a first load fills them (in the
    caller's transaction), on again (`paused=False`) once the search indexes are made.

    Its runs during a 100k load (5 VACUUMs and 6 ANALYZEs of each partition: their statistics
    read every row's body and tsvector back from TOAST) cost 31-35 s of the server's CPU, on
    cores the load was waiting for; the load's end makes the statistics once (ANALYZE beside
    the indexes) and VACUUMs after them (engine.analyze). And a VACUUM of a partition's TOAST
    table, which autovacuum runs on its own, may remove the TOAST of a row version that a
    CREATE INDEX still reads ("missing chunk number 0 for toast value": the two take their
    horizons differently, PostgreSQL bug #18351): with it off, no VACUUM of these tables runs
    between a first load's start and the end of its index builds."""
    settings = ", ".join(f"{name} = false" for name in _AUTOVACUUM)
    for table in (r[0] for r in conn.execute(_LOADED).fetchall()):
        if paused:
            conn.execute(f"ALTER TABLE {table} SET ({settings})")
        else:
            conn.execute(f"ALTER TABLE {table} RESET ({', '.join(_AUTOVACUUM)})")


class _Queue:
    """The statements, handed out in order to the connections; ANALYZE waits for those before it."""

    def __init__(self, before: list[str], after: list[str]) -> None:
        self._todo = [*before, ANALYZE, *after, ANALYZE_LINKS]
        self._waiting_for = len(before)  # statements before ANALYZE not yet done
        self._done = threading.Condition()
        self.failed: BaseException | None = None

    def next(self) -> str | None:
        with self._done:
            if self.failed is not None or not self._todo:
                return None
            statement = self._todo.pop(0)
            if statement == ANALYZE:
                self._done.wait_for(lambda: self._waiting_for == 0 or self.failed is not None)
                if self.failed is not None:
                    return None
            return statement

    def done(self, statement: str, before: bool) -> None:
        with self._done:
            if before:
                self._waiting_for -= 1
            self._done.notify_all()

    def fail(self, exc: BaseException) -> None:
        with self._done:
            if self.failed is None:
                self.failed = exc
            self._done.notify_all()


def make_at_once(engine: PostgresEngine) -> None:
    """The missing search indexes of a first load and the articles' ANALYZE, over a
    few connections of their own; the partitioned indexes over them and the end of the bulk
    load, in the engine's transaction (which the caller commits). psycopg's errors as they are."""
    conn = engine.connection
    before, doc = partition_statements(conn)
    conn.rollback()
    queue = _Queue(before, doc)
    firsts = set(before)
    opened: list[psycopg.Connection] = []
    opening = threading.Lock()

    def work() -> None:
        try:
            with engine.new_connection(autocommit=True) as own:
                with opening:
                    opened.append(own)
                own.execute(f"SET maintenance_work_mem = '{schema.INDEX_BUILD_MEMORY}'")
                while (statement := queue.next()) is not None:
                    own.execute(statement)
                    queue.done(statement, statement in firsts)
        except BaseException as exc:  # handed to the caller's thread
            queue.fail(exc)

    threads = [threading.Thread(target=work, name=f"tuiarchive-index-{k}", daemon=True)
               for k in range(connections(conn))]  # fmt: skip
    conn.rollback()
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            while thread.is_alive():
                thread.join(timeout=0.5)  # Ctrl-C is delivered in between
    except BaseException:
        queue.fail(KeyboardInterrupt())
        with opening:
            for own in opened:
                with contextlib.suppress(psycopg.Error):
                    own.cancel_safe(timeout=5)
        for thread in threads:
            thread.join(timeout=10)
        raise
    if queue.failed is not None:
        raise queue.failed
    engine.analyzed = engine.changed
