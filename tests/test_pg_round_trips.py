"""What a search on PostgreSQL sends to the server: no statement twice that one would do.

Typing in the app searches again at every key (issue 11: keystroke to results), and on a busy
machine every round trip to the server waits its turn: the words' lexemes are asked for once
per word a searcher has not seen, and the planner's setting is sent only when it changes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import counting, searching
from tuiarchive.engine.postgres.engine import PostgresEngine


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement any connection sends from now on (psycopg's execute, recorded)."""
    statements: list[str] = []
    execute = psycopg.Connection.execute

    def recording(self, query, params=None, **kwargs):
        statements.append(str(query))
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", recording)
    return statements


def _recorded_with_params(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Every statement any connection sends from now on, with its parameters."""
    recorded: list[tuple[str, object]] = []
    execute = psycopg.Connection.execute

    def recording(self, query, params=None, **kwargs):
        recorded.append((str(query), params))
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", recording)
    return recorded


@pytest.fixture
def searcher(pg_samples: DatabaseIndex) -> Iterator[searching.PostgresSearcher]:
    engine = PostgresEngine.open(pg_samples)
    found = searching.PostgresSearcher(engine)
    yield found
    found.close()
    engine.close()


def _lexeme_statements(statements: list[str]) -> int:
    return sum("tsvector_to_array" in sql for sql in statements)


def test_each_word_is_stemmed_by_the_server_once(searcher: searching.PostgresSearcher, sent: list[str]) -> None:
    first = searcher.search("museum astrolabe")
    assert _lexeme_statements(sent) == 1  # one statement for both words, though three steps want them
    sent.clear()
    again = searcher.search("museum astrolabe")
    assert _lexeme_statements(sent) == 0
    assert (again.total, again.terms, [h.id for h in again.hits]) == (
        first.total,
        first.terms,
        [h.id for h in first.hits],
    )
    sent.clear()
    searcher.search("museum bridges")
    assert _lexeme_statements(sent) == 1  # `bridges` is new
    assert searcher._lexemes_of(["bridges", "the", "museum"]) == {
        "bridges": ("bridg",),
        "the": (),
        "museum": ("museum",),
    }


def _as_planned(statements: list[str]) -> list[tuple[str, dict[str, str]]]:
    """Each statement other than a SET, with the planner's settings it ran under (the SETs
    sent before it on the searcher's connection; the settings start at the server's default),
    after checking that no SET set a setting to the value it had."""
    now = {"enable_seqscan": "on", "enable_bitmapscan": "on", "enable_sort": "on"}
    out = []
    for sql in statements:
        if sql.startswith("SET "):
            name, value = sql[4:].split(" = ")
            assert now[name] != value, f"{sql}: already {value}"
            now[name] = value
        else:
            out.append((sql, dict(now)))
    return out


def test_the_planner_settings_are_sent_only_when_they_change(
    pg_server, searcher: searching.PostgresSearcher, sent: list[str]
) -> None:
    """Words are read by their indexes (seqscan off), a ranking of words by RUM's index order
    (no bitmap, no sort), and a date by the planner's own choice; each setting is sent with the
    first statement that wants it changed, none again while typing searches the same way. The
    ranking needs RUM: without it pg_samples is under GIN, and no statement ranks by `<=>`."""
    pg_server.need_rum()
    totals = [searcher.search(q).total for q in ("museum", "museum", "museum", "date:2025", "museum", "astrolabe")]
    assert totals[0] == totals[1] == totals[2] == totals[4] and totals[3] > 0
    planned = _as_planned(sent)
    ranked = [settings for sql, settings in planned if "ORDER BY doc <=>" in sql]
    words = [settings for sql, settings in planned if "@@" in sql and "ORDER BY doc <=>" not in sql]
    dates = [settings for sql, settings in planned if "published >=" in sql]
    assert ranked and words and dates
    assert all(s == {"enable_seqscan": "off", "enable_bitmapscan": "off", "enable_sort": "off"} for s in ranked)
    assert all(s == {"enable_seqscan": "off", "enable_bitmapscan": "on", "enable_sort": "on"} for s in words)
    assert all(s["enable_seqscan"] == "on" for s in dates)
    assert sum(sql.startswith("SET ") for sql in sent) < len(planned)  # not a SET per statement


def test_a_big_archives_count_connection_is_opened_before_the_first_search_of_words(
    pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From PARALLEL_COUNT_ROWS articles on, counts run on a second connection: the empty
    query (the app's first search when its box starts empty; counted on the first
    connection) opens it, and plans a
    count on it, in the background, and the next search counts on it; a searcher that only
    counts facets opens none, nor does a small archive."""
    for rows, opened in ((0, True), (10**12, False)):
        monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", rows)
        engine = PostgresEngine.open(pg_samples)
        made = searching.PostgresSearcher(engine)
        try:
            assert made.facets("museum").months and made._count_opening is None and made._count_conn is None
            assert made.search("").total > 0
            made._count_opened()
            early = made._count_conn
            assert (early is not None) == opened
            total = made.search("museum").total
            assert made._count_conn is early and total > 0
        finally:
            made.close()
            engine.close()
        assert early is None or early.closed


def test_a_first_search_of_words_counts_without_waiting_for_a_second_connection(
    pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big archive's first search of words starts opening the count's connection in the
    background and counts on the searcher's own meanwhile (a new server process costs more
    than the count); once it is open, the next searches count on it. Here the server is slow
    to give the second connection: the first search answers before it comes."""
    monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 0)
    engine = PostgresEngine.open(pg_samples)
    made = searching.PostgresSearcher(engine)
    given = threading.Event()
    new_connection = engine.new_connection
    waited: list[str] = []  # what the opener's wait saw (an assertion in its thread would be swallowed:
    # _open_count_connection takes any failure to open for "no count connection")

    def slow_to_connect(**kwargs):  # the real connection, once the test lets it come
        if not given.wait(120):
            waited.append("the count connection was never let through (120 s)")
            raise TimeoutError(waited[-1])
        waited.append("let through")
        return new_connection(**kwargs)

    counted_on: list[psycopg.Connection] = []
    execute = psycopg.Connection.execute

    def recording(self, query, params=None, **kwargs):
        if "pg_current_snapshot" in str(query):
            counted_on.append(self)
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(engine, "new_connection", slow_to_connect)
    monkeypatch.setattr(psycopg.Connection, "execute", recording)
    try:
        first = made.search("museum")
        assert counted_on == [made._conn] and made._count_conn is None, (counted_on, waited)
        assert made._count_opening is not None and made._count_opening.is_alive(), waited
        given.set()
        made._count_opened()
        assert waited == ["let through"] and made._count_conn is not None, waited
        counted_on.clear()
        again = made.search("museum")
        assert counted_on == [made._count_conn], counted_on
        assert (again.total, [h.id for h in again.hits]) == (first.total, [h.id for h in first.hits]) != (0, [])
    finally:
        given.set()
        made.close()
        engine.close()


def _counts_sent(recorded: list[tuple[str, object]]) -> list[tuple[str, list[object]]]:
    return [(sql, list(params or [])) for sql, params in recorded if "pg_current_snapshot" in sql]


@pytest.mark.parametrize("apart", [False, True], ids=["one-connection", "count-connection"])
def test_a_count_is_made_again_only_after_a_commit(
    pg_samples_built: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, apart: bool
) -> None:
    """The next page, another order, the same words again: the count kept is sent with the
    snapshot it was made in, and the server counts again only when its snapshot differs (CASE
    runs its ELSE only when reached). An article committed meanwhile is counted."""
    from tuiarchive.indexer import update_index

    if apart:  # a big archive's count, on the second connection
        monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 1)
    samples_copy, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    recorded = _recorded_with_params(monkeypatch)
    engine = PostgresEngine.open(where)
    made = searching.PostgresSearcher(engine)
    try:
        total = made.search("astrolabe").total
        ((first, _),) = _counts_sent(recorded)
        assert first.startswith("SELECT (SELECT ") and "pg_current_snapshot()" in first and total > 0
        recorded.clear()
        assert made.search("astrolabe", offset=1).total == total
        assert made.search("astrolabe", sort="newest").total == total
        again = _counts_sent(recorded)
        assert len(again) == 2 and all(sql.startswith("SELECT CASE WHEN pg_current_snapshot()") for sql, _ in again)
        assert all(params[1] == total for _, params in again)  # the count kept, sent with its snapshot
        (samples_copy / "another-astrolabe.txt").write_text(
            "Another astrolabe found\n\nA second brass astrolabe turned up in a harbour museum's store room.\n",
            encoding="utf-8",
        )
        update_index(where, [samples_copy], workers=1)
        assert made.search("astrolabe", offset=1).total == total + 1  # committed since: counted again
        assert made.search("astrolabe").total == total + 1
    finally:
        made.close()
        engine.close()


def test_a_statement_sent_again_after_a_reconnect_has_its_planner_settings(
    pg_samples: DatabaseIndex, searcher: searching.PostgresSearcher
) -> None:
    """A statement re-sent on the connection opened in place of a lost one runs under the
    planner's settings it asked for (not the defaults of a new server process), and nothing is
    left filed under the lost connection (whose id() a later connection may get)."""
    old = searcher._conn
    with searcher._index_first("doc @@ q"):  # words: the planner is told to take the indexes
        with psycopg.connect(pg_samples.url, autocommit=True) as admin:  # the backend ends (a restart, say)
            admin.execute("SELECT pg_terminate_backend(%s)", (old.info.backend_pid,))
        assert searcher._rows("SHOW enable_seqscan") == [("off",)]
        assert searcher._conn is not old
    assert id(old) not in searcher._plans.wanted and id(old) not in searcher._plans.now
    assert id(searcher._conn) not in searcher._plans.wanted  # the block's wish ends with it
    assert searcher._rows("SHOW enable_seqscan") == [("off",)]  # still set on the connection


def test_searches_start_no_thread_of_their_own(pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big archive's count runs on the searcher's one count thread and a search's stop flag
    is watched by its one cancel thread: a search starts no thread (on a busy machine a new
    thread waits its turn to run before the search goes on: a thread's start at load 20, p95
    2.4 ms, max 65), and the counts and the cancel still work."""
    from tuiarchive.engine.types import SearchCancelled

    monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 0)
    engine = PostgresEngine.open(pg_samples)
    made = searching.PostgresSearcher(engine)
    started: list[str] = []
    start = threading.Thread.start

    def counted(self):
        started.append(self.name)
        return start(self)

    try:
        assert made.search("museum", cancelled=lambda: False).total > 0  # opens the count's connection
        made._count_opened()
        assert made._count_conn is not None
        monkeypatch.setattr(threading.Thread, "start", counted)
        first = made.search("museum", cancelled=lambda: False).total  # the count's and cancel's threads start
        started.clear()
        for query in ("museum", "harbour", "bridge council", "title:museum", "museum"):
            made.drop_kept_postings()
            assert made.search(query, cancelled=lambda: False).total == (
                first if query == "museum" else made.search(query).total
            )
        assert started == [], f"threads started by 5 searches: {started}"
        with pytest.raises(SearchCancelled):
            made._rows("SELECT pg_sleep(30)", (), lambda: True)
        assert made.search("museum", cancelled=lambda: False).total == first
    finally:
        made.close()
        engine.close()


def test_a_tier_is_counted_and_ranked_in_one_statement_and_first_lines_come_with_hits(
    searcher: searching.PostgresSearcher, sent: list[str]
) -> None:
    """Each statement of a search waits its turn on a busy server: one word whose headline tier
    answers is counted and ranked in one statement (the search's count, that, its snippets),
    and a search with no words to show (a date) gets its hits' first lines with the hits."""
    searcher.search("astrolabe", limit=2)  # the word's lexemes asked for once
    sent.clear()
    tier = searcher.search("astrolabe", limit=2)
    statements = [sql for sql in sent if not sql.startswith("SET ")]
    assert tier.total >= 3 and len(tier.hits) == 2 and all("Astrolabe" in h.title or "astrolabe" in h.title
                                                            for h in tier.hits), tier.hits  # fmt: skip
    assert len(statements) == 3 and any("n.found" in sql for sql in statements), statements
    sent.clear()
    dated = searcher.search("date:2025", limit=5)
    statements = [sql for sql in sent if not sql.startswith("SET ")]
    assert dated.total > 5 and all(hit.snippet for hit in dated.hits), dated.hits
    assert len(statements) == 2, statements


def _outputs_below_the_limit(plan: dict, below: bool = False) -> list[str]:
    """The Output entries of every node under the plan's first Limit (EXPLAIN VERBOSE, JSON)."""
    found = list(plan.get("Output", [])) if below else []
    for child in plan.get("Plans", []):
        found += _outputs_below_the_limit(child, below or plan["Node Type"] == "Limit")
    return found


def test_first_lines_are_read_for_the_page_alone(
    searcher: searching.PostgresSearcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search with no words to show reads its hits' first paragraphs with the hits, for the
    page's rows only: not under the sort and limit, where every match would be read
    (review-rest 05:50: 300 matches, 938 buffers against 96)."""
    recorded = _recorded_with_params(monkeypatch)
    page = searcher.search("date:2025", limit=3)
    assert page.total > 3 and all(hit.snippet for hit in page.hits), page.hits
    sql, params = next((q, p) for q, p in recorded if "body[1]" in q)
    with psycopg.connect(searcher._engine.where.url, autocommit=True) as conn:
        row = conn.execute("EXPLAIN (VERBOSE, FORMAT JSON) " + sql, params).fetchone()
    assert row is not None
    plan = row[0][0]["Plan"]
    below = _outputs_below_the_limit(plan)
    assert below and not [out for out in below if "body[1]" in out], below


def test_a_search_after_close_answers(pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """A searcher used after close() opens its connections again and answers, as before it had
    a count thread and a cancel thread (review-rest 05:52: its count waited for ever behind the
    closed thread)."""
    monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 0)
    engine = PostgresEngine.open(pg_samples)
    made = searching.PostgresSearcher(engine)
    try:
        first = made.search("museum", cancelled=lambda: False).total
        made._count_opened()
        assert made._count_conn is not None and made.search("museum", cancelled=lambda: False).total == first
        made.close()
        answers: list[object] = []

        def late() -> None:
            try:
                answers.append(made.search("museum", cancelled=lambda: False).total)
            except BaseException as exc:  # said below, not swallowed by the thread
                answers.append(exc)

        searching_late = threading.Thread(target=late, daemon=True)
        searching_late.start()
        searching_late.join(30)
        assert answers == [first], f"a search after close(): {answers or 'no answer in 30 s'}"
    finally:
        made.close()
        engine.close()


def test_a_cancel_that_reaches_the_server_before_its_statement_is_sent_again(
    pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a busy machine the watcher can cancel before the statement it watches has reached the
    server; the server drops such a cancel, and the statement (a slow count the user typed past)
    ran on to its end (test_searches_start_no_thread_of_their_own failed so in 1 of 7 runs at load
    16-20). The cancel is sent again while the statement is watched. Here the statement is held
    back until the first cancel has gone: it must still be cancelled, well before its 10 s."""
    from tuiarchive.engine.postgres.connect import Watcher, connect

    conn = connect(pg_samples, autocommit=True)
    first_cancel = threading.Event()
    cancel_safe = psycopg.Connection.cancel_safe

    def sent_then_noted(self, *args, **kwargs):
        cancel_safe(self, *args, **kwargs)
        first_cancel.set()

    monkeypatch.setattr(psycopg.Connection, "cancel_safe", sent_then_noted)
    watcher = Watcher(0.02)
    try:
        with watcher.watching(conn, lambda: True):
            assert first_cancel.wait(10), "the watcher sent no cancel"
            with pytest.raises(psycopg.errors.QueryCanceled):
                conn.execute("SELECT pg_sleep(10)")
    finally:
        watcher.close()
        conn.close()
