"""A first load's search indexes, made a partition at a time on a few connections at once
(engine/postgres/building.py): the same indexes and statistics as one CREATE INDEX of the
partitioned table made, the articles analysed once, a Ctrl-C stops the server's work, and
a load cut off there is finished by the next run."""

from __future__ import annotations

import _thread
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from tuiarchive.archive import Archive
from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import PostgresEngine, building, schema
from tuiarchive.indexer import update_index

WAIT = 60.0  # seconds a test waits for the server to get somewhere before it says what it saw


def _rows(url: str, sql: str, params: object = None) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def _partition_indexes(url: str) -> dict[str, set[str]]:
    """Each partition's indexes' definitions, without the partition's name (comparable)."""
    found: dict[str, set[str]] = {}
    for table, name, definition in _rows(
        url, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'articles_p%'"
    ):
        found.setdefault(table, set()).add(definition.replace(table, "P").replace(name, "I"))
    return found


def _invalid_parents(url: str) -> list[str]:
    """The articles' partitioned indexes that lack a partition's index (or are missing)."""
    with psycopg.connect(url, autocommit=True) as conn:
        wanted = {name for name, _ in schema.search_index_specs(conn)}
        rows = conn.execute("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                            "WHERE i.indrelid = 'articles'::regclass AND i.indisvalid").fetchall()  # fmt: skip
    return sorted(wanted - {r[0] for r in rows})


def _until(what: str, done: Callable[[], object], seen: Callable[[], object]) -> None:
    deadline = time.monotonic() + WAIT
    while not done():
        assert time.monotonic() < deadline, f"{what}: not after {WAIT} s; seen {seen()}"
        time.sleep(0.05)


@contextmanager
def _cut_off(url: str) -> Iterator[None]:
    """The archive as a first load leaves it when its rows are in and the search indexes are
    not made yet (what engine.bulk_load makes at its end)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP INDEX " + ", ".join(n for n, _ in schema.search_index_specs(conn)))
        conn.execute("INSERT INTO meta VALUES (%s, '1')", (schema.BULK_KEY,))
    yield


@contextmanager
def _engine(url: str) -> Iterator[PostgresEngine]:
    where = DatabaseIndex(url)
    engine = PostgresEngine(where, psycopg.connect(url))
    try:
        yield engine
    finally:
        engine.close()


def test_a_first_load_makes_each_partitions_indexes_and_analyses_once(pg_url: str, samples_copy: Path) -> None:
    """The same indexes on every partition, attached to the partitioned ones, as one CREATE INDEX
    of `articles` made them; the articles analysed once (the run's own VACUUM (ANALYZE) is not
    sent again after the one beside the indexes), the count index's statistics taken."""
    update_index(DatabaseIndex(pg_url), [samples_copy], workers=1)
    assert not _invalid_parents(pg_url)
    made = _partition_indexes(pg_url)
    assert len(made) == schema.PARTITIONS and len({frozenset(d) for d in made.values()}) == 1, made
    analysed = _rows(pg_url, "SELECT relname, analyze_count, vacuum_count FROM pg_stat_user_tables "
                     "WHERE relname LIKE 'articles_p%' ORDER BY 1")  # fmt: skip
    assert [(n, a, v) for n, a, v in analysed if (a, v) != (1, 1)] == [] and len(analysed) == schema.PARTITIONS
    expression = _rows(pg_url, "SELECT count(*) FROM pg_stats WHERE tablename LIKE 'articles_p%_strip_idx'")[0][0]
    filled = _rows(pg_url, "SELECT count(DISTINCT tableoid) FROM articles")[0][0]  # (the ids hash the path)
    counted = _rows(pg_url, schema.HAS_INDEX, (schema.COUNT_INDEX,))[0][0]
    assert expression == (filled if counted else 0), (expression, filled, counted)
    with Archive(DatabaseIndex(pg_url)) as archive:
        assert archive.search("astrolabe").total >= 3


_AUTOVACUUM_OFF = (
    "SELECT c.relname FROM pg_class c WHERE c.relname ~ '^(articles|links)_p[0-9]+$' "
    "AND c.reloptions @> ARRAY['autovacuum_enabled=false'] "
    "AND (SELECT t.reloptions FROM pg_class t WHERE t.oid = c.reltoastrelid) @> ARRAY['autovacuum_enabled=false'] "
    "ORDER BY 1"
)


def test_a_first_load_runs_without_autovacuum_on_its_tables(
    pg_url: str, samples_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a first load writes its rows, autovacuum is off for every partition of the articles
    and their links, TOAST tables too (no VACUUM of them until the indexes are made:
    building.pause_autovacuum); on again when it ends, the links analysed once."""
    from tuiarchive.engine.postgres.writing import PostgresWriter
    from tuiarchive.indexer import run

    monkeypatch.setattr(run, "COMMIT_EVERY_DOCS", 5)
    seen: list[list[str]] = []
    real_commit = PostgresWriter.commit

    def looking(self: PostgresWriter, *, optimize: bool = False) -> None:
        seen.append([r[0] for r in self._conn.execute(_AUTOVACUUM_OFF).fetchall()])
        real_commit(self, optimize=optimize)

    monkeypatch.setattr(PostgresWriter, "commit", looking)
    update_index(DatabaseIndex(pg_url), [samples_copy], workers=1)
    every = sorted(f"{table}_p{k}" for table in ("articles", "links") for k in range(schema.PARTITIONS))
    assert len(seen) >= 2 and all(tables == every for tables in seen), seen
    assert _rows(pg_url, _AUTOVACUUM_OFF) == []
    options = _rows(pg_url, "SELECT relname, reloptions FROM pg_class WHERE relname ~ '^(articles|links)_p[0-9]+$' "
                    "AND reloptions::text LIKE '%autovacuum%'")  # fmt: skip
    assert options == [], options
    links = _rows(pg_url, "SELECT relname FROM pg_stat_user_tables WHERE relname LIKE 'links_p%' AND analyze_count = 1")
    assert len(links) == schema.PARTITIONS, links


def test_a_first_load_cut_off_goes_on_without_autovacuum(pg_samples_built: tuple[Path, str]) -> None:
    """A first load cut off by a version that left autovacuum on (rows in, no search indexes):
    the run that goes on with it turns it off while it loads, and on again at its end."""
    _, url = pg_samples_built
    every = sorted(f"{table}_p{k}" for table in ("articles", "links") for k in range(schema.PARTITIONS))
    with _cut_off(url):
        assert _rows(url, _AUTOVACUUM_OFF) == []
        engine = PostgresEngine.create(DatabaseIndex(url))
        try:
            with engine.bulk_load() as bulk:
                assert bulk and [r[0] for r in _rows(url, _AUTOVACUUM_OFF)] == every
            engine.connection.commit()
        finally:
            engine.close()
    assert _rows(url, _AUTOVACUUM_OFF) == [] and not _invalid_parents(url)


def test_the_partitions_indexes_are_made_at_once(pg_samples_built: tuple[Path, str]) -> None:
    """With the first partition held by another transaction, the other partitions' indexes are
    made meanwhile (one CREATE INDEX of `articles` waits at the first); once it is let go, all."""
    _, url = pg_samples_built
    with _cut_off(url), _engine(url) as engine:
        before, _ = building.partition_statements(engine.connection)
        engine.connection.rollback()
        first_kind = before[0].split(" USING ", 1)[1]
        with psycopg.connect(url) as holder:
            holder.execute("LOCK TABLE articles_p0 IN ROW EXCLUSIVE MODE")  # as a writer's open transaction
            errors: list[BaseException] = []

            def run() -> None:
                try:
                    building.make_at_once(engine)
                except BaseException as exc:
                    errors.append(exc)

            worker = threading.Thread(target=run)
            worker.start()
            made = lambda: {t for t, defs in _partition_indexes(url).items() if any(first_kind in d for d in defs)}  # noqa: E731
            _until("the other partitions' indexes", lambda: made() >= {f"articles_p{k}" for k in range(1, 8)}, made)
            assert "articles_p0" not in made()
            holder.rollback()
        worker.join(WAIT)
        assert not worker.is_alive() and not errors, errors
        with engine.connection.transaction():
            schema.make_search_indexes(engine.connection, make_rum=False)
    assert not _invalid_parents(url)


def test_ctrl_c_stops_the_servers_index_builds(pg_samples_built: tuple[Path, str]) -> None:
    """Ctrl-C while the partitions' indexes are made: the statements are cancelled on the server
    (none goes on after the run has stopped), and the next run makes them all."""
    _, url = pg_samples_built
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # (an xdist worker may ignore it)
    try:
        _interrupted(url)
    finally:
        signal.signal(signal.SIGINT, previous)
    report = update_index(DatabaseIndex(url), workers=1)
    assert any("cut off" in note for note in report.notices), report.notices
    assert not _invalid_parents(url)
    with Archive(DatabaseIndex(url)) as archive:
        assert archive.search("astrolabe").total >= 3


def _interrupted(url: str) -> None:
    with _cut_off(url), _engine(url) as engine, psycopg.connect(url) as holder:
        holder.execute("LOCK TABLE articles_p0 IN ROW EXCLUSIVE MODE")
        building_now = (  # this test's database alone: the suite's other workers load theirs on the same server
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND query LIKE 'CREATE INDEX ON articles_p%'"
        )
        waiting = lambda: _rows(url, building_now + " AND wait_event_type = 'Lock'")[0][0]  # noqa: E731

        def interrupt() -> None:
            try:  # a build waiting for the lock (without RUM the other connection waits for it in Python)
                _until("a build waiting", lambda: waiting() >= 1, waiting)
            finally:
                _thread.interrupt_main()  # always: else make_at_once would wait for the lock for ever

        interrupter = threading.Thread(target=interrupt)
        interrupter.start()
        with pytest.raises(KeyboardInterrupt):
            building.make_at_once(engine)
        interrupter.join()
        # cancelled: gone in a moment (a backend ends after its client has gone), while the lock is still held
        seen = "SELECT query, state FROM pg_stat_activity WHERE datname = current_database()"
        _until("the builds stopped", lambda: _rows(url, building_now)[0][0] == 0, lambda: _rows(url, seen))
        holder.rollback()
