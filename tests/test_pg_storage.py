"""Where the PostgreSQL engine keeps what a search reads (schema.py): `title_v`, which a
`title:` search ranks every match by, stays in the row, not in TOAST."""

from __future__ import annotations

import contextlib
import json
import threading
import uuid
from pathlib import Path

import psycopg
import pytest

from tuiarchive.archive import Archive
from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import schema
from tuiarchive.indexer import update_index

# every headline word of the archive, ORed: every article, ranked by its headline
_EVERY_HEADLINE_WORD = (
    "SELECT string_agg(DISTINCT quote_literal(w), ' | ') FROM (SELECT unnest(tsvector_to_array(title_v)) w "
    "FROM articles) t"
)


def _pages(conn: psycopg.Connection, select: str, query: str) -> int:
    """The shared buffers (pages) `select` reads over the articles whose headline matches."""
    plan = conn.execute(
        f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT {select} FROM articles WHERE title_v @@ %s::tsquery",
        [query] * (select.count("%s") + 1),
    ).fetchone()
    assert plan is not None
    top = (plan[0] if isinstance(plan[0], list) else json.loads(plan[0]))[0]["Plan"]
    return int(top["Shared Hit Blocks"]) + int(top["Shared Read Blocks"])


def _pages_to_rank(url: str) -> tuple[int, int, int]:
    """(matches, pages read to count them, pages read to rank them by ts_rank(title_v))."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")  # the title index, as a title: search takes it
        row = conn.execute(_EVERY_HEADLINE_WORD).fetchone()
        assert row is not None and row[0]
        query = str(row[0])
        found = conn.execute("SELECT count(*) FROM articles WHERE title_v @@ %s::tsquery", [query]).fetchone()
        assert found is not None
        counted = _pages(conn, "count(*)", query)
        return int(found[0]), counted, _pages(conn, "sum(ts_rank(title_v, %s::tsquery))", query)


def _wait_until_waiting_for_articles(conn: psycopg.Connection, run: threading.Thread) -> None:
    """Return once some session waits for a lock on `articles` (a state, not a time)."""
    for _ in range(3000):
        row = conn.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'articles' AND NOT l.granted"
        ).fetchone()
        if row and row[0]:
            return
        run.join(0.01)
    raise AssertionError("the run never waited for the table")


def test_a_title_search_ranks_from_the_row_not_from_toast(pg_samples_built: tuple[Path, str]) -> None:
    """Ranking every headline match reads no page beyond those the count reads: a title_v in
    TOAST would cost a look-up in the TOAST table's index (pages) for each match."""
    _, pg_url = pg_samples_built
    matches, counted, ranked = _pages_to_rank(pg_url)
    assert matches >= 20, matches
    assert ranked <= counted + 2, f"{matches} matches: {counted} pages to count them, {ranked} to rank them"


def test_an_archive_made_before_keeps_working_and_is_moved_by_vacuum_full(pg_samples_built: tuple[Path, str]) -> None:
    """An archive whose title_v went to TOAST (made before): the next run says so and keeps the
    new rows' in the row; VACUUM FULL (docs/postgresql.md) moves the old rows' too."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE articles ALTER COLUMN title_v SET STORAGE EXTENDED")
        conn.execute("UPDATE articles SET title_v = to_tsvector('english', title)")  # written as before
    matches, counted, ranked = _pages_to_rank(pg_url)
    assert ranked > counted + matches, f"{matches} matches: {counted} pages to count, {ranked} to rank (in TOAST)"
    report = update_index(where, workers=1)
    assert any("VACUUM FULL articles" in notice for notice in report.notices), report.notices
    assert report.unchanged > 0 and not update_index(where, workers=1).notices  # said once
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("VACUUM FULL articles")
        row = conn.execute(schema._TITLE_STORAGE).fetchone()
        assert row is not None and row[0] == "m"
    matches, counted, ranked = _pages_to_rank(pg_url)
    assert ranked <= counted + 2, f"{matches} matches: {counted} pages to count them, {ranked} to rank them"


_FIELD_QUERIES = ["title:astrolabe", "by:weller", "site:ledger", "related:museum", "path:olst"]


def _field_hits(where: DatabaseIndex) -> dict[str, list[str]]:
    with Archive(where) as archive:
        return {q: [h.id for h in archive.search(q, limit=50).hits] for q in _FIELD_QUERIES}


def test_the_fields_are_searched_from_one_index(pg_samples_built: tuple[Path, str]) -> None:
    """title:, by:, site:, related: and path: read one GIN index of their four columns; an
    archive made with an index for each gets the one at its next run (said once), and finds
    the same articles in the same order."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        for column, config in (("title_v", "english"), ("names_v", "english"), ("related_v", "english"),
                               ("path_v", "simple")):  # fmt: skip
            plan = "\n".join(
                r[0] for r in conn.execute(
                    f"EXPLAIN SELECT id FROM articles WHERE {column} @@ to_tsquery('{config}', 'x')"
                )
            )  # fmt: skip
            assert "title_v_names_v_related_v_path_v_idx" in plan, plan
        assert not any(schema.has_index(conn, name) for name in schema.FIELD_INDEXES_BEFORE)
    found = _field_hits(where)
    assert all(found.values()), found
    with psycopg.connect(pg_url, autocommit=True) as conn:  # as an archive made before
        conn.execute(f"DROP INDEX {schema.FIELDS_INDEX}")
        for name in schema.FIELD_INDEXES_BEFORE:
            conn.execute(f"CREATE INDEX {name} ON articles USING gin ({name.removeprefix('articles_')})")
    assert _field_hits(where) == found
    report = update_index(where, workers=1)
    assert schema._FIELDS_INDEX_NOTE in report.notices, report.notices
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert schema.has_index(conn, schema.FIELDS_INDEX)
        assert not any(schema.has_index(conn, name) for name in schema.FIELD_INDEXES_BEFORE)
    assert _field_hits(where) == found
    assert update_index(where, workers=1).notices == []


def _as_made_before(url: str) -> None:
    """The archive as 888c274 left it: an index for each field column, title_v in TOAST."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP INDEX {schema.FIELDS_INDEX}")
        for name in schema.FIELD_INDEXES_BEFORE:
            conn.execute(f"CREATE INDEX {name} ON articles USING gin ({name.removeprefix('articles_')})")
        conn.execute("ALTER TABLE articles ALTER COLUMN title_v SET STORAGE EXTENDED")


def test_searches_go_on_while_a_run_brings_the_indexes_up_to_date(pg_samples_built: tuple[Path, str]) -> None:
    """The fields' index is made while searches read the archive (CREATE INDEX: ShareLock), the
    four it replaces dropped only at the end (DROP INDEX would hold every partition until the
    commit): a reader that waits at most 2 s for a lock searches while the run's CREATE INDEX
    waits behind a writer's open transaction."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    _as_made_before(pg_url)
    done: list[object] = []
    with psycopg.connect(pg_url) as writer, psycopg.connect(pg_url, autocommit=True) as reader:
        writer.execute("LOCK TABLE articles IN ROW EXCLUSIVE MODE")  # as another machine's run, mid-commit
        run = threading.Thread(target=lambda: done.append(update_index(where, workers=1)))
        run.start()
        try:
            _wait_until_waiting_for_articles(reader, run)  # the run waits for a lock on `articles`
            reader.execute("SET lock_timeout = '2s'")
            found = reader.execute(
                "SELECT count(*) FROM articles WHERE title_v @@ to_tsquery('english', 'astrolabe')"
            ).fetchone()
            assert found is not None and found[0] >= 1
        finally:
            writer.rollback()
            run.join(120)
    assert done and schema._FIELDS_INDEX_NOTE in done[0].notices, done  # type: ignore[attr-defined]


def test_a_role_that_does_not_own_the_tables_indexes_as_before(pg_server, pg_samples_built: tuple[Path, str]) -> None:
    """An indexer granted the rows but not the tables (not their owner) on an archive made
    before: its runs go on, say in one line each what the owner's run will change, and the
    owner's next run changes it."""
    from psycopg.conninfo import conninfo_to_dict

    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    _as_made_before(pg_url)
    role, secret = "w_" + uuid.uuid4().hex[:10], "pw-" + uuid.uuid4().hex[:10]
    dbname = conninfo_to_dict(pg_url)["dbname"]
    with psycopg.connect(pg_server.admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}'")
    try:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
            conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        url = f"postgresql://{role}:{secret}@{pg_server.host}:{pg_server.port}/{dbname}"
        report = update_index(DatabaseIndex(url), workers=1)  # as before: reads the catalog, changes nothing
        assert report.unchanged == 46, report
        assert [n for n in report.notices if schema._NOT_OWNER_NOTE in n] == [
            f"search indexes: {schema._NOT_OWNER_NOTE}",
            f"title: rankings: {schema._NOT_OWNER_NOTE}",
        ], report.notices
        with psycopg.connect(pg_url, autocommit=True) as conn:
            assert all(schema.has_index(conn, name) for name in schema.FIELD_INDEXES_BEFORE)
        owners = update_index(where, workers=1).notices
        assert schema._FIELDS_INDEX_NOTE in owners and schema._INLINE_TITLE_NOTE in owners, owners
    finally:
        with contextlib.suppress(Exception), psycopg.connect(pg_server._admin_of(dbname), autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
        with contextlib.suppress(Exception), psycopg.connect(pg_server.admin, autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def test_the_upgrade_does_not_deadlock_with_another_runs_transaction(pg_samples_built: tuple[Path, str]) -> None:
    """Another machine's run read `articles` in its transaction and writes it after our run
    began the upgrade: the fields' index is made and committed first, the old ones dropped by a
    second transaction that waits for the other to commit; neither fails (review-rest: made and
    dropped in one transaction, the other run's write died of a deadlock)."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    _as_made_before(pg_url)
    done: list[object] = []
    with psycopg.connect(pg_url) as other, psycopg.connect(pg_url, autocommit=True) as watch:
        first = other.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()
        assert first is not None
        run = threading.Thread(target=lambda: done.append(update_index(where, workers=1)))
        run.start()
        try:
            _wait_until_waiting_for_articles(watch, run)  # our run waits for `other`
            other.execute("UPDATE articles SET read_minutes = read_minutes WHERE id = %s", [first[0]])
            other.commit()
        finally:
            with contextlib.suppress(Exception):
                other.rollback()
            run.join(120)
    assert done and schema._FIELDS_INDEX_NOTE in done[0].notices, done  # type: ignore[attr-defined]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert not any(schema.has_index(conn, name) for name in schema.FIELD_INDEXES_BEFORE)


def _write_story(folder: Path, k: int, version: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{k:03d}.txt").write_text(
        f"Ferry timetable story {k} {version}\n\nThe ferry company said the {version} timetable for route {k} "
        "would start in spring. Passengers asked about fares and the council promised an answer.\n",
        encoding="utf-8",
    )


def _vacuums_and_pending(url: str) -> tuple[int, int]:
    """(VACUUMs of the articles' partitions so far, GIN pending-list pages emptied now)."""
    with psycopg.connect(url, autocommit=True) as conn:
        vacuums = conn.execute(
            "SELECT coalesce(sum(vacuum_count), 0) FROM pg_stat_user_tables WHERE relname LIKE 'articles\\_p%'"
        ).fetchone()
        pending = conn.execute(schema.CLEAN_PENDING).fetchone()
    assert vacuums is not None and pending is not None
    return int(vacuums[0]), int(pending[0])


def test_a_small_run_on_a_big_archive_ends_without_vacuum(pg_url: str, tmp_path: Path, monkeypatch) -> None:
    """A run that changed less than ANALYZE_SHARE of a big archive's articles ends without
    VACUUM (ANALYZE) (at 100k, 175 of a 1% run's 274 s) but with the GIN indexes' pending lists
    emptied into the indexes; a run that changed more ends with it, as any run on a small one."""
    from tuiarchive.engine.postgres import engine as pg_engine

    folder = tmp_path / "ferries"
    for k in range(30):
        _write_story(folder, k, "old")
    where = DatabaseIndex(pg_url)
    update_index(where, [folder], workers=1)
    vacuums, _ = _vacuums_and_pending(pg_url)
    assert vacuums > 0, "the first run (a small archive) ended without VACUUM"
    monkeypatch.setattr(pg_engine, "SMALL_ARCHIVE", 0)  # 30 articles taken as a big archive
    _write_story(folder, 0, "revised")  # 1 of 30: under 10%
    assert update_index(where, workers=1).updated == 1
    after, pending = _vacuums_and_pending(pg_url)
    assert (after, pending) == (vacuums, 0), f"VACUUMs {vacuums} -> {after}; {pending} pending pages left"
    with Archive(where) as archive:
        assert archive.search("revised").total == 1
    for k in range(1, 6):  # 5 of 30: over 10%
        _write_story(folder, k, "revised")
    assert update_index(where, workers=1).updated == 5
    assert _vacuums_and_pending(pg_url)[0] > vacuums, "a run that changed 5 of 30 articles ended without VACUUM"


_STATISTICS = "SELECT tablename, attname FROM pg_stats WHERE tablename ~ '^articles(_p[0-9]+)?$' AND attname = %s"


def test_the_body_has_no_statistics_and_an_archive_made_before_loses_them(pg_samples_built: tuple[Path, str]) -> None:
    """ANALYZE takes no statistics of the body's paragraphs (nothing searches by them: reading
    them back from TOAST was ~20% of its time); an archive made with them loses them at the
    next run, without a word."""
    _, pg_url = pg_samples_built
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute(_STATISTICS, ("body",)).fetchall() == []
        assert conn.execute(_STATISTICS, ("title_v",)).fetchall() != []
        conn.execute("ALTER TABLE articles ALTER COLUMN body SET STATISTICS -1")  # as made before
        conn.execute("ANALYZE articles")
        assert conn.execute(_STATISTICS, ("body",)).fetchall() != []
    report = update_index(DatabaseIndex(pg_url), workers=1)
    assert report.notices == [], report.notices
    with psycopg.connect(pg_url, autocommit=True) as conn:  # (ANALYZE leaves the rows it took before)
        targets = conn.execute(
            "SELECT attrelid::regclass::text, attstattarget FROM pg_attribute "
            "WHERE attname = 'body' AND attrelid::regclass::text ~ '^articles'"
        ).fetchall()
        assert len(targets) == schema.PARTITIONS + 1 and {t for _, t in targets} == {0}, targets


def test_what_the_indexer_writes_is_compressed_with_lz4(pg_samples: DatabaseIndex) -> None:
    """The bodies (and the tsvectors) go to TOAST compressed with lz4, not pglz (PostgreSQL's default,
    ~13% more of the server's CPU an insert), where the server has lz4."""
    with psycopg.connect(pg_samples.url, autocommit=True) as conn:
        try:
            conn.execute("SET default_toast_compression = 'lz4'")
        except psycopg.Error as exc:
            pytest.skip(f"this server has no lz4: {exc}")
        methods = [r[0] for r in conn.execute("SELECT pg_column_compression(body) FROM articles")]
    assert "lz4" in methods and "pglz" not in methods, methods


def test_a_busy_archive_keeps_its_body_statistics_for_a_later_run_without_a_word(
    pg_samples_built: tuple[Path, str],
) -> None:
    """Another machine's VACUUM holds a partition (SHARE UPDATE EXCLUSIVE): an archive made with
    the body's statistics keeps them this time, without a note (no search index change is due);
    the next run, the partition free, drops them."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    targets = (
        "SELECT DISTINCT attstattarget FROM pg_attribute "
        "WHERE attname = 'body' AND attrelid::regclass::text ~ '^articles'"
    )
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE articles ALTER COLUMN body SET STATISTICS -1")  # as made before
    with psycopg.connect(pg_url) as holder:
        holder.execute("LOCK TABLE articles_p3 IN SHARE UPDATE EXCLUSIVE MODE")  # as a VACUUM does
        held = threading.Lock()

        def let_go() -> None:  # a run that waits for the lock gets it after 30 s (and the test fails below)
            with held:
                holder.rollback()

        timer = threading.Timer(30.0, let_go)
        timer.start()
        try:
            report = update_index(where, workers=1)
        finally:
            timer.cancel()
            let_go()
        assert report.notices == [], report.notices
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute(targets).fetchall() == [(-1,)]
    assert update_index(where, workers=1).notices == []
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute(targets).fetchall() == [(0,)]
