"""The PostgreSQL engine: types.Engine for an archive on a database server."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg

from ...dburl import DatabaseIndex
from ...model import Article, RelatedItem
from ..types import IndexUnreadable
from . import building, schema
from .connect import DatabaseUnavailable, connect, explain, lost, retry_once
from .searching import PostgresSearcher
from .writing import PostgresWriter

# an article's row, as article_of() reads it
ARTICLE_COLUMNS = (
    "id, path, title, published, has_time, author, site, read_minutes, body, related, truncated, "
    "encoding, content_hash, url, NULLIF(member, ''), language"
)
ROOT_LOCK_SPACE = 0x7461  # the first key of the per-root advisory locks (pg_try_advisory_lock(int, int))
# A run ends with VACUUM (ANALYZE) of the articles when it wrote or deleted at least this share of
# them, or the archive is small (analyze): as autovacuum's own threshold for ANALYZE (10%). A
# smaller run on a big archive leaves them to autovacuum and only empties the GIN indexes' pending
# lists: at 100k, after a run that rewrote 1% of the articles, VACUUM (ANALYZE) scanned every
# partition's RUM and GIN indexes and read every row's `doc` for its statistics, 175 of the run's
# 274 s (load 19), on a core that the searches of everyone else were waiting for.
ANALYZE_SHARE = 0.1
SMALL_ARCHIVE = 20_000  # articles (as of the last ANALYZE) below which every run that changed any ends with it
# The indexer's session compresses what goes to TOAST with lz4, not pglz (PostgreSQL's default): the
# server's CPU of an insert -10% (the backend's CPU for the same 3,000 articles' upserts into a first load,
# 6 rounds interleaved at load 8: 3.16 s -> 2.84 s on average, lower in 5 of 6; /tmp/pgs30/replay.py), the same
# sizes (lz4 also compresses `doc`, which pglz gives up on). Rows written before keep pglz: each value says how
# it was compressed, and the server decompresses either. ("missing chunk number 0 for toast value", once seen
# in a train that carried this, is PostgreSQL bug #18351, unrelated: building.pause_autovacuum.)
FAST_COMPRESSION = "SET default_toast_compression = 'lz4'"


class NoArchive(IndexUnreadable):
    """The database holds no archive (yet)."""


class ConnectionLost(DatabaseUnavailable):
    """The server went away, or refused a statement, in the middle of the work."""


class PostgresEngine:
    """An archive in a PostgreSQL database: types.Engine.

    `connection` is the engine's own connection for writing (one transaction at a time,
    shared with the indexer's catalog so that an article and its catalog record commit
    together); each searcher opens another, in autocommit mode."""

    one_transaction = True  # the index and the catalog commit together: nothing to reconcile

    def __init__(self, where: DatabaseIndex, conn: psycopg.Connection) -> None:
        self.where = where
        self.connection = conn
        self.notices: list[str] = []  # what opening it did to the archive, for the run's notes (schema.ensure)
        self.shared = False  # a writing catalog shares `connection` (catalog.py): it is never replaced then
        # while that catalog is in a transaction: its records not sent yet, sent by a writer's commit before it
        # commits (the articles and the records of their files in one commit: catalog.py, transaction)
        self.unsent: Callable[[], None] | None = None
        self.changed = 0  # articles its writers wrote or deleted (analyze)
        self.analyzed: int | None = None  # `changed` when the first load's ANALYZE ran (building.py)

    @classmethod
    def open(cls, index_dir: DatabaseIndex) -> PostgresEngine:  # type: ignore[override]
        conn = connect(index_dir)
        try:
            found = schema.version(conn)
            conn.rollback()
        except psycopg.Error as exc:
            conn.close()
            raise DatabaseUnavailable(f"{index_dir}: {explain(index_dir, exc)}") from None
        if found is None:
            conn.close()
            raise NoArchive("no archive in this database")
        if found != schema.SCHEMA_VERSION:
            conn.close()
            if found < schema.SCHEMA_VERSION:
                raise IndexUnreadable("made by an older tuiarchive: run `tuiarchive index` to update it")
            raise IndexUnreadable("written by a newer version of tuiarchive")
        return cls(index_dir, conn)

    @classmethod
    def create(cls, index_dir: DatabaseIndex) -> PostgresEngine:  # type: ignore[override]
        """The indexer's engine. Its commits do not wait for the server's disk
        (synchronous_commit off): a server that crashes may lose the last commits, articles
        and catalog records together (one transaction), and the next run reads those files again.
        What it writes to TOAST (the bodies, the tsvectors) is compressed with lz4 where the
        server has it (FAST_COMPRESSION)."""
        conn = connect(index_dir)
        try:
            conn.execute("SET synchronous_commit = off")
            conn.commit()
            try:
                conn.execute(FAST_COMPRESSION)
                conn.commit()
            except psycopg.Error:  # a server built without lz4: pglz, its default
                conn.rollback()
            notices = schema.ensure(conn)
        except psycopg.Error as exc:
            conn.close()
            raise DatabaseUnavailable(f"{index_dir}: {explain(index_dir, exc)}") from None
        engine = cls(index_dir, conn)
        engine.notices.extend(notices)
        return engine

    @contextmanager
    def bulk_load(self) -> Iterator[bool]:
        """A first load into an empty archive (True) runs without the search indexes, which are
        made when it ends (building.py: a partition's on each of a few connections at once, and
        the ANALYZE beside them): several times faster than growing them row by row. Meanwhile
        searches read the rows (slowly). A load cut off leaves them unmade (schema.BULK_KEY):
        the next `tuiarchive index` goes on loading without them and makes them at its end (a
        first load of a million articles cut off half way would otherwise load its second half
        into RUM a row at a time: ~8 ms a row). Not empty, or another machine's first load
        running: an ordinary run (False)."""
        conn = self.connection
        try:
            got = self._scalar("SELECT pg_try_advisory_lock(%s)", (schema.BULK_LOCK,))
            if got and self._scalar("SELECT NOT EXISTS (SELECT 1 FROM articles)"):
                conn.execute("DROP INDEX IF EXISTS " + ", ".join(schema.SEARCH_INDEXES))
                conn.execute("INSERT INTO meta VALUES (%s, '1') ON CONFLICT (key) DO NOTHING", (schema.BULK_KEY,))
                building.pause_autovacuum(conn)
                conn.commit()
                bulk = True
            elif got and schema.bulk_loading(conn):  # a first load cut off: this run goes on with it
                with contextlib.suppress(psycopg.errors.InsufficientPrivilege), conn.transaction():
                    building.pause_autovacuum(conn)  # (cut off by a version that left it on; not the owner: as it is)
                conn.commit()
                bulk = True
            else:
                conn.rollback()
                bulk = False
        except psycopg.Error as exc:
            raise self.failed(exc) from None
        try:
            yield bulk
            if bulk:
                try:
                    building.make_at_once(self)  # each partition's, on a few connections at once
                    with conn.transaction():
                        schema.make_search_indexes(conn, make_rum=False)  # attaches the partitions' ones
                        conn.execute("DELETE FROM meta WHERE key = %s", (schema.BULK_KEY,))
                        building.pause_autovacuum(conn, paused=False)
                except psycopg.Error as exc:
                    raise self.failed(exc) from None
        finally:
            if got and not conn.closed and not conn.broken:
                with contextlib.suppress(psycopg.Error):
                    conn.rollback()
                    conn.execute("SELECT pg_advisory_unlock(%s)", (schema.BULK_LOCK,))
                    conn.commit()

    def new_connection(self, *, autocommit: bool = False) -> psycopg.Connection:
        return connect(self.where, autocommit=autocommit)

    def failed(self, exc: psycopg.Error) -> ConnectionLost:
        """A driver error as one line without the password."""
        return ConnectionLost(f"{self.where}: {explain(self.where, exc)}")

    def close(self) -> None:
        self.connection.close()

    def _read(self, sql: str, params: object = ()) -> list[tuple]:
        """A reader's statement on the engine's connection (the transaction it began, ended; one
        open before, as a writer's, left open). A connection
        found lost (the server restarted) is opened again and the statement sent once more, unless
        a writing catalog shares it (its transaction is lost: said, not hidden); while the server
        is down, DatabaseUnavailable (`cannot connect to ...`, one line)."""

        def reopen() -> psycopg.Connection:
            self.connection = connect(self.where)
            return self.connection

        def run(conn: psycopg.Connection) -> list[tuple]:
            idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            try:
                rows = conn.execute(sql, params).fetchall()
            except psycopg.Error:
                if idle and not lost(conn):  # refused, still up (a timeout, a cancel): end what it began
                    with contextlib.suppress(psycopg.Error):
                        conn.rollback()
                raise
            if idle:
                conn.rollback()
            return rows

        try:
            return retry_once(self.connection, reopen, run, retry=not self.shared)
        except psycopg.Error as exc:
            raise self.failed(exc) from None

    def _scalar(self, sql: str, params: object = ()) -> object:
        try:
            row = self.connection.execute(sql, params).fetchone()  # in the open transaction, if any
            return row[0] if row else None
        except psycopg.Error as exc:
            raise self.failed(exc) from None

    def doc_count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM articles") or 0)

    def ids(self) -> set[str]:
        try:
            return {r[0] for r in self.connection.execute("SELECT id FROM articles")}
        except psycopg.Error as exc:
            raise self.failed(exc) from None

    def analyze(self) -> None:
        """After a run that changed the articles: VACUUM (ANALYZE) them when the run changed a
        share of them that moves their statistics (ANALYZE_SHARE; every run on a small archive):
        the statistics the planner and more-like-this read, the dead rows' index entries gone.
        A smaller run on a big archive only moves the rows it wrote from the GIN indexes'
        pending lists into the indexes (schema.CLEAN_PENDING), so that searches do not read
        them one by one; autovacuum does the rest when its own thresholds are passed."""
        try:
            self.connection.commit()
            self.connection.autocommit = True  # VACUUM runs outside a transaction
            try:
                known = float(self.connection.execute(schema.ROWS_ESTIMATE).fetchone()[0])  # type: ignore[index]
                if self.analyzed == self.changed:  # a first load's ANALYZE ran beside its indexes (building.py)
                    self.connection.execute("VACUUM articles")  # (after every CREATE INDEX of it: building.ANALYZE)
                elif known < SMALL_ARCHIVE or self.changed >= known * ANALYZE_SHARE:
                    self.connection.execute("VACUUM (ANALYZE) articles")
                else:
                    self.connection.execute(schema.CLEAN_PENDING)
            finally:
                self.connection.autocommit = False
        except psycopg.Error as exc:
            raise self.failed(exc) from None

    def size_bytes(self) -> int:
        """What the archive's tables and indexes take on the server."""
        return int(
            self._read(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "WHERE c.relkind IN ('r', 'p') "
                "AND c.relname ~ '^(articles|links|files|roots|settings|meta)(_p[0-9]+)?$' "
                "AND c.relnamespace = ANY(current_schemas(false)::regnamespace[])"
            )[0][0]
            or 0
        )

    @contextmanager
    def writer(self, *, timeout: float = 5.0) -> Iterator[PostgresWriter]:
        w = PostgresWriter(self)
        try:
            yield w
        except BaseException:
            w.cancel()
            raise
        else:
            w.commit()

    def writer_handle(self, *, timeout: float = 5.0) -> PostgresWriter:
        return PostgresWriter(self)

    @contextmanager
    def searcher(self) -> Iterator[PostgresSearcher]:
        s = PostgresSearcher(self)
        try:
            yield s
        finally:
            s.close()

    def open_searcher(self) -> PostgresSearcher:
        return PostgresSearcher(self)

    def article(self, article_id: str) -> Article | None:
        """The article as indexed: its text lives in the database (the file may be on another machine)."""
        rows = self._read(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = %s", (article_id,))
        return article_of(rows[0]) if rows else None

    @contextmanager
    def root_locks(self, machine: str, roots: list[str]) -> Iterator[None]:
        """Hold an advisory lock per (machine, folder) for a run: two machines, or two runs on
        different folders, index at once; a second run on the same folder is told at once
        (IndexLocked). Session locks: a connection that dies lets them go."""
        from ...indexer.lock import IndexLocked

        keys = [f"{machine}:{root}" for root in roots]
        taken: list[str] = []
        try:
            for key in keys:
                got = self._scalar("SELECT pg_try_advisory_lock(%s, hashtext(%s))", (ROOT_LOCK_SPACE, key))
                self.connection.commit()
                if not got:
                    raise IndexLocked(f"another tuiarchive index is running on {key.split(':', 1)[1]} ({machine})")
                taken.append(key)
            yield
        finally:
            if not self.connection.closed and not self.connection.broken:
                try:
                    self.connection.rollback()
                    for key in taken:
                        self.connection.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (ROOT_LOCK_SPACE, key))
                    self.connection.commit()
                except psycopg.Error:
                    pass  # the connection is gone: so are its locks


def article_of(row: tuple) -> Article:
    """The Article of a row of ARTICLE_COLUMNS."""
    (aid, path, title, published, has_time, author, site, minutes, body, related, truncated, encoding,
     content_hash, url, member, language) = row  # fmt: skip
    when = published if not isinstance(published, datetime) or has_time else published.date()
    items = related if isinstance(related, list) else json.loads(related or "[]")
    return Article(
        id=aid, path=path, title=title, published=when, author=author, site=site, read_minutes=minutes,
        body=list(body or []), related=[RelatedItem(s, h, u) for s, h, u in items], truncated=truncated,
        encoding=encoding, content_hash=content_hash, url=url, member=member, language=language,
    )  # fmt: skip
