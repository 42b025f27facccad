"""Where the PostgreSQL engine keeps what a search reads (schema.py): `title_v`, which a
`title:` search ranks every match by, stays in the row, not in TOAST."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from conftest import SAMPLES

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


def test_a_title_search_ranks_from_the_row_not_from_toast(pg_url: str) -> None:
    """Ranking every headline match reads no page beyond those the count reads: a title_v in
    TOAST would cost a look-up in the TOAST table's index (pages) for each match."""
    update_index(DatabaseIndex(pg_url), [SAMPLES], workers=1)
    matches, counted, ranked = _pages_to_rank(pg_url)
    assert matches >= 20, matches
    assert ranked <= counted + 2, f"{matches} matches: {counted} pages to count them, {ranked} to rank them"


def test_an_archive_made_before_keeps_working_and_is_moved_by_vacuum_full(pg_url: str, samples_copy: Path) -> None:
    """An archive whose title_v went to TOAST (made before): the next run says so and keeps the
    new rows' in the row; VACUUM FULL (docs/postgresql.md) moves the old rows' too."""
    where = DatabaseIndex(pg_url)
    update_index(where, [samples_copy], workers=1)
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
