"""Searching the archive on PostgreSQL: hits, exact counts, snippets, facets, more-like-this.

A searcher has a connection of its own in autocommit mode: each statement sees the last
committed state of the archive and holds no snapshot between searches, so an indexer
committing meanwhile (from this machine or another) never waits for a reader, and
refresh() has nothing to do.

Ranking is PostgreSQL's ts_rank over the weighted `doc` (headline A, author B, site C, body
D: querying.RANK_WEIGHTS), not whoosh's BM25F: the same articles match, in an order that
may differ among close scores (docs/postgresql.md, tests/test_pg_engine.py). Ties break by
id in every order.

With RUM (schema.py), a query that is one tsquery over `doc` takes its top hits from the
index in rank order (`ORDER BY doc <=> query`: 1 / ts_rank, the same order) instead of
computing ts_rank from every match's tsvector; the rows tied with the last one fetched are
fetched too, so that ties still break by id.
"""

from __future__ import annotations

import contextlib
import math
import re
import threading

import psycopg

from ...query import sort_used
from ..types import Cancelled, EngineFacets, EngineHit, EngineResults, IndexUnreadable, SearchCancelled, stop_if
from . import counting, querying, tiers
from .connect import Watcher, retry_once
from .counting import Counting, Kept, Worker
from .planning import DEFAULT_PLAN, RANKED_PLAN, WORDS_PLAN, Plans
from .querying import HIT_COLUMNS, hit_of, phrases_as_and, score_of_distance
from .schema import COUNT_INDEX, HAS_INDEX, ROWS_ESTIMATE, RUM, TEXT_CONFIG
from .snippets import lead, snippets_of

MORE_LIKE_TERMS = 12  # the words of an article that "more like this" searches for
MORE_LIKE_MAX_SHARE = 0.1  # ... among those in at most this share of the articles (ANALYZE's statistics)
KEY_TERM_CANDIDATES = 40  # ... weighing the words most frequent in the article
CANCEL_POLL = 0.02  # seconds between looks at a search's stop flag while the server works
STEMS_KEPT = 10_000  # words whose lexemes a searcher keeps (_lexemes_of)
_ORDER = {
    "relevance": "score DESC, id",
    "newest": "published DESC NULLS LAST, id",
    "oldest": "published ASC NULLS LAST, id",
}
# a date order the index cannot give: PostgreSQL then sorts the matches instead of walking the
# date index and reading each article's tsvector until a page has matched, which for a rare
# word means the whole archive (the planner's guess of how many match can be far off)
_ORDER_SORTED = {
    "newest": "(published + interval '0 s') DESC NULLS LAST, id",
    "oldest": "(published + interval '0 s') ASC NULLS LAST, id",
}
# the date index is walked (a page's worth of matches, read in date order) only when at least
# one article in DATE_WALK_SHARE matches: about DATE_WALK_SHARE rows read per hit shown
DATE_WALK_SHARE = 10
_NEEDS_POSITIONS = re.compile(r"<\d*-?>|:\*?[A-D]")  # a phrase, or a weight label (a field): `doc`'s own index
# rows fetched beyond a page in rank order, so that a tie at its end is usually seen whole: RUM
# scores every match before the first row comes out, so a second fetch costs a whole search
# again (`people` at 100k: 32 ms), while a row more costs ~8 µs (LIMIT 30: 32.1 ms, 500: 35.8)
RANK_SLACK = 200
# ... of which only ids and distances: the page's rows alone are read whole (their path, headline,
# author and site live in TOAST: a row more fetched then costs ~5 µs instead of ~10; at 100k, 10
# runs, server CPU of a rare word's tie, 399 matches fetched whole: 7.7 -> 6.0 ms)
_HIT_COLUMNS_OF_A = ", ".join(f"a.{column.strip()}" for column in HIT_COLUMNS.split(","))
_BY_CODE = 'COLLATE "C"'  # ids compared as Python compares them (ties broken by id, as the other orders)
_STATS_OF_DOC = (
    "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
    "WHERE {tables} AND attname = 'doc' AND most_common_elems IS NOT NULL"
)


class PostgresSearcher(Counting):
    """types.Searcher on a connection of its own."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self._conn: psycopg.Connection = engine.new_connection(autocommit=True)
        self._count_conn: psycopg.Connection | None = None  # the exact counts' (a big archive: see _count)
        self._estimate: Kept[float] = Kept()  # the articles as of the last ANALYZE
        self._common: Kept[dict[str, float]] = Kept()  # _common_shares()
        self._count_index: Kept[bool] = Kept()  # schema.COUNT_INDEX is there
        self._stems: dict[str, tuple[str, ...]] = {}  # a word -> its lexemes (_lexemes_of)
        self._counts: dict[tuple[str, str], tuple[str, int]] = {}  # a count's predicate -> (snapshot, count)
        self._plans = Plans()  # the planner's settings of each connection (planning.py)
        self._count_opening: threading.Thread | None = None  # _open_count_connection, under way
        self._counter = Worker("tuiarchive-pg-count")  # runs the counts on _count_conn (_count)
        self._watcher = Watcher(CANCEL_POLL)  # cancels the statements of a search typed past (_rows)
        self._count_failed = False  # ... and it could not open one: the searcher's own connection counts
        try:  # what every search asks first, in one round trip (on a busy server each waits its turn)
            row = self._conn.execute(
                f"SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = %s), ({HAS_INDEX}), ({ROWS_ESTIMATE})",
                [RUM, COUNT_INDEX],
            ).fetchone()
        except psycopg.Error as exc:
            self._conn.close()
            raise engine.failed(exc) from None
        assert row is not None
        self._rum = bool(row[0])  # `doc <=> query` exists (its index makes it fast)
        self._count_index.put(bool(row[1]))
        self._estimate.put(float(row[2]))

    def _rows(
        self, sql: str, params: object = (), cancelled: Cancelled | None = None, conn: psycopg.Connection | None = None
    ) -> list[tuple]:
        """The statement's rows (on `conn`, the searcher's own by default). With `cancelled`, a
        watcher asks it every CANCEL_POLL seconds while the server works and cancels the
        statement on the server once it says True (SearchCancelled): the user typed on, and a
        slow count must not hold the next search. A connection found lost (the server
        restarted) is opened again, and the statement sent once more on the new one: a reader's
        statements change nothing, and a search after a restart answers (connect.lost)."""
        conn = conn or self._conn

        def reopen() -> psycopg.Connection:  # (the lost one is `conn` or the one that replaced it)
            nonlocal conn
            conn = self._replace(conn)
            return conn

        return retry_once(conn, reopen, lambda c: self._rows_on(c, sql, params, cancelled), errors=(IndexUnreadable,))

    def _replace(self, conn: psycopg.Connection) -> psycopg.Connection:
        """The connection opened in place of the lost `conn` (the searcher's or the count's);
        while the server is down, DatabaseUnavailable (`cannot connect to ...`, one line)."""
        fresh = self._engine.new_connection(autocommit=True)
        self._plans.moved(conn, fresh)  # a new server process; the statement sent again wants the same plan
        if conn is self._count_conn:
            self._count_conn = fresh
        else:
            self._conn = fresh
        self._count_failed = False  # the server answers again: the count's connection may be opened now
        return fresh

    def _rows_on(self, conn: psycopg.Connection, sql: str, params: object, cancelled: Cancelled | None) -> list[tuple]:
        if cancelled is None:
            return self._execute(sql, params, conn)
        with self._watcher.watching(conn, cancelled):
            try:
                return self._execute(sql, params, conn)
            except psycopg.errors.QueryCanceled:
                if cancelled():
                    raise SearchCancelled from None
            return self._execute(sql, params, conn)  # a late cancel meant for an earlier statement: once more

    @contextlib.contextmanager
    def _index_first(self, where: str, conn: psycopg.Connection | None = None):
        """Words searched: the planner is told to take the GIN indexes. It reads a common word
        by scanning the table (most rows match), which evaluates every row's tsvector; the
        bitmap of the index gives the same rows, and a count or a date sort then never opens
        a tsvector (measured on 3,000 generated articles: "people" sorted newest 119 -> 45 ms)."""
        with self._planned(WORDS_PLAN if "@@" in where else DEFAULT_PLAN, conn):
            yield

    def _planned(self, plan: dict[str, str], conn: psycopg.Connection | None = None):
        """The planner's settings the statements sent in the block want (planning.Plans.planned)."""
        return self._plans.planned(conn or self._conn, plan)

    def _execute(self, sql: str, params: object, conn: psycopg.Connection | None = None) -> list[tuple]:
        try:
            return self._plans.execute(conn or self._conn, sql, params)
        except psycopg.errors.QueryCanceled:
            raise
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    def close(self) -> None:
        self._count_opened()
        self._counter.close()
        self._watcher.close()
        self._conn.close()
        if self._count_conn is not None:
            self._count_conn.close()

    def refresh(self) -> None:
        """Nothing to do: every statement sees the last commit."""

    def drop_kept_postings(self) -> None:
        """Forget the counts kept (_counting), so the next search counts as a first one does
        (the benchmarks' first searches); the server's cache is the server's."""
        self._counts.clear()

    def doc_count(self) -> int:
        return self._rows("SELECT count(*) FROM articles")[0][0]

    def search(
        self,
        query: str | None,
        *,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 20,
        snippets: bool = True,
        cancelled: Cancelled | None = None,
    ) -> EngineResults:
        stop_if(cancelled)
        compiled = querying.compile_query(querying.parse(query or ""))
        self._count_connection_soon()
        sort = sort_used(sort, compiled.everything)
        order = _ORDER.get(sort, _ORDER["relevance"])
        score = compiled.rank if sort == "relevance" else "0"
        score_params = compiled.rank_params if sort == "relevance" else []
        offset = max(0, offset)
        count, stop_count, estimated = self._count(compiled, cancelled, exact=offset + limit >= counting.ESTIMATE_FROM)
        try:
            with self._index_first(compiled.where):
                rows = None
                if sort == "relevance" and compiled.one_word:
                    rows = tiers.headline_tier(self, compiled, count, offset, limit, cancelled)
                if (
                    sort in _ORDER_SORTED
                    and "@@" in compiled.where
                    and not self._walk_without_count(compiled)
                    and count() * DATE_WALK_SHARE < self._rows_estimate()
                ):
                    order = _ORDER_SORTED[sort]  # few match: sorted, not walked
                if rows is None and sort == "relevance" and self._rum and self._pair_lexemes(compiled):
                    rows = tiers.pair_tier(self, compiled, offset, limit, cancelled)
                    if rows is None:
                        rows = tiers.bounded_pair(self, compiled, offset, limit, cancelled)
                if rows is None and sort == "relevance" and self._rum and compiled.doc_query is not None:
                    rows = self._ranked(compiled.doc_query, TEXT_CONFIG, "", [], offset, limit, cancelled)
                elif rows is None:
                    leads = snippets and not compiled.words  # no words to show: each hit's first lines
                    # come with it (no round trip more), read for the page's rows alone (the sort carries
                    # every match's TOAST pointer, not its body: review-rest 05:50, 938 -> 96 buffers)
                    page = (
                        f"SELECT {HIT_COLUMNS}, {score} AS score{', body' if leads else ''} FROM articles "
                        f"WHERE {compiled.where} ORDER BY {order} LIMIT %s OFFSET %s"
                    )
                    rows = self._rows(
                        f"SELECT {HIT_COLUMNS}, score, body[1] FROM ({page}) t" if leads else page,
                        [*score_params, *compiled.params, limit, offset],
                        cancelled,
                    )
            stop_if(cancelled)
            terms = self._lexemes(compiled.words)
            if rows and len(rows[0]) > 8:  # (HIT_COLUMNS, score, the first paragraph)
                pieces = {row[0]: lead(row[8] or "") for row in rows}
            else:
                pieces = snippets_of(self, [r[0] for r in rows], compiled, terms) if snippets and rows else {}
        except BaseException:
            stop_count()  # this search failed or was cancelled: its count is not wanted
            with contextlib.suppress(BaseException):
                count()
            raise
        total = count()
        hits = [hit_of(row, float(row[7] or 0.0), pieces.get(row[0], [])) for row in rows]
        return EngineResults(total=total, hits=hits, terms=terms, sort=sort, estimated=estimated())

    def _ranked(
        self,
        tsquery: str,
        config: str,
        extra: str,
        extra_params: list[object],
        offset: int,
        limit: int,
        cancelled: Cancelled | None = None,
        plan: dict[str, str] = RANKED_PLAN,
    ) -> list[tuple]:
        """A page of the articles matching `doc @@ tsquery` (and `extra`), best first, ties by
        id, from the RUM index's rank order: rows as the plain query's, the score last (ts_rank
        = 1 / distance). The index gives the order of the distance alone: rows are fetched
        until the page's last one is ahead of every row not fetched (a tie at the end of what
        was fetched: fetch more). A phrase is ranked as its words ANDed (phrases_as_and).
        `plan`: the planner's settings (RANKED_PLAN: the index's order, not a sort)."""
        want = offset + limit
        fetch = want + RANK_SLACK
        query = f"to_tsquery('{config}', %s)"
        ranked = phrases_as_and(tsquery)
        while True:  # the rows fetched are ids and distances; the page's alone are read whole
            with self._planned(plan):
                rows = self._rows(
                    f"WITH r AS MATERIALIZED (SELECT id, doc <=> {query} AS distance FROM articles "
                    f"WHERE doc @@ {query}{extra} ORDER BY doc <=> {query} LIMIT %s), "
                    f"p AS (SELECT id, distance FROM r ORDER BY distance, id {_BY_CODE} LIMIT %s) "
                    f"SELECT {_HIT_COLUMNS_OF_A}, p.distance, (SELECT count(*) FROM r), (SELECT max(distance) FROM r) "
                    f"FROM p JOIN articles a ON a.id = p.id ORDER BY p.distance, p.id {_BY_CODE}",
                    [ranked, tsquery, *extra_params, ranked, fetch, want],
                    cancelled,
                )
            # none, all of them, or no tie at the end of what was fetched
            if not rows or rows[0][8] < fetch or (len(rows) == want and rows[-1][7] < rows[0][9]):
                break
            fetch *= 4
        return [(*row[:7], score_of_distance(row[7])) for row in rows[offset:want]]

    def _counted(self, compiled: querying.Compiled) -> tuple[str, list[object]]:
        """What to count the query's matches by: words without a phrase or a field (weights) by
        schema.COUNT_INDEX when it is there (the same rows: `doc` without positions and weights);
        anything else by the query's own predicate."""
        if (
            compiled.where == querying.DOC_WHERE
            and not _NEEDS_POSITIONS.search(str(compiled.params[0]))
            and self._count_index.get(self._has_count_index)
        ):
            return f"strip(doc) @@ to_tsquery('{TEXT_CONFIG}', %s)", compiled.params
        return compiled.where, compiled.params

    def _has_count_index(self) -> bool:
        return bool(self._rows(HAS_INDEX, [COUNT_INDEX])[0][0])  # through _rows: sent again after a reconnect

    def _rows_estimate(self) -> float:
        """The articles in the archive as of the last ANALYZE (0 before the first)."""

        def load() -> float:
            return float(self._rows(ROWS_ESTIMATE)[0][0])

        return self._estimate.get(load)

    def _pair_lexemes(self, compiled: querying.Compiled) -> list[str]:
        """The two words of a pair query as the index holds them; [] for no pair, a stop word or
        the same word twice."""
        if compiled.pair is None or compiled.doc_query is None:
            return []
        stems = self._lexemes_of([word.strip("'") for word in compiled.pair])
        found = sorted({lexeme for lexemes in stems.values() for lexeme in lexemes})
        return found if len(found) == 2 else []

    def _pair_matches_at_most(self, compiled: querying.Compiled) -> float:
        """At most how many articles hold both words of a pair (ANALYZE's statistics: the rarer
        one's share; a word that is not among the common ones is taken as rare)."""
        common = self._common_shares()
        return min(common.get(lexeme, 0.0) for lexeme in self._pair_lexemes(compiled)) * self._rows_estimate()

    def _walk_without_count(self, compiled: querying.Compiled) -> bool:
        """One plain word in at least 1 article in DATE_WALK_SHARE by ANALYZE's statistics: the
        date index is walked at once, without waiting for the exact count to say so."""
        if not compiled.one_word or not self._rows_estimate():
            return False
        lexemes = self._lexemes(compiled.words)
        share = self._common_shares().get(lexemes[0], 0.0) if len(lexemes) == 1 else 0.0
        return share * DATE_WALK_SHARE >= 1.0

    def _lexemes(self, words: list[str]) -> list[str]:
        """The words as the index holds them (stemmed), for highlighting."""
        return sorted({lexeme for lexemes in self._lexemes_of(words).values() for lexeme in lexemes})

    def _lexemes_of(self, words: list[str]) -> dict[str, tuple[str, ...]]:
        """Each word's lexemes (none for a stop word), kept by the searcher: the words not seen
        before go to the server in one statement (typing `people gove` asks for `gove` alone)."""
        missing = sorted({w for w in words if w not in self._stems})
        if missing:
            if len(self._stems) + len(missing) > STEMS_KEPT:
                self._stems.clear()
            rows = self._rows(
                f"SELECT w, tsvector_to_array(to_tsvector('{TEXT_CONFIG}', w)) FROM unnest(%s::text[]) w", [missing]
            )
            self._stems.update((word, tuple(lexemes or ())) for word, lexemes in rows)
        return {w: self._stems.get(w, ()) for w in words}

    def match_spans(self, text: str, terms: set[str]) -> list[tuple[int, int]]:
        """Where `terms` (EngineResults.terms: stems as the index holds them) are in `text`."""
        if not terms or not text:
            return []
        rows = self._rows(f"SELECT token, lexemes FROM ts_debug('{TEXT_CONFIG}', %s)", [text.replace("\x00", " ")])
        spans, cursor = [], 0
        for token, lexemes in rows:
            start = text.find(token, cursor)
            if start < 0:
                continue
            cursor = start + len(token)
            if lexemes and any(lexeme in terms for lexeme in lexemes):
                spans.append((start, cursor))
        return spans

    def facets(self, query: str | None, *, top: int = 12, cancelled: Cancelled | None = None) -> EngineFacets:
        stop_if(cancelled)
        compiled = querying.compile_query(querying.parse(query or ""))
        where, params = self._counted(compiled)
        with self._index_first(compiled.where):
            rows = self._rows(
                "SELECT to_char(published, 'YYYY-MM'), site, author, GROUPING(to_char(published, 'YYYY-MM')), "
                f"GROUPING(site), count(*) FROM articles WHERE {where} "
                "GROUP BY GROUPING SETS ((to_char(published, 'YYYY-MM')), (site), (author))",
                params,
                cancelled,
            )
        months: dict[str, int] = {}
        sites: list[tuple[str, int]] = []
        authors: list[tuple[str, int]] = []
        for month, site, author, no_month, no_site, count in rows:
            if not no_month:
                if month:
                    months[month] = count
            elif not no_site:
                if site:
                    sites.append((site, count))
            elif author:
                authors.append((author, count))
        sites.sort(key=lambda item: (-item[1], item[0]))
        authors.sort(key=lambda item: (-item[1], item[0]))
        return EngineFacets(dict(sorted(months.items())), sites[:top], authors[:top])

    def more_like(self, article_id: str, *, top: int = 10) -> list[EngineHit]:
        """Articles that share the article's key words: its most frequent lexemes (the headline's
        counted twice), weighed by how rare they are in the archive (ANALYZE's statistics of
        `doc`; a word not among its common ones counts as rare), ORed and ranked by ts_rank."""
        rows = self._rows(
            "SELECT lexeme, coalesce(array_length(positions, 1), 1) + "
            "CASE WHEN 'A' = ANY(weights::text[]) THEN 1 ELSE 0 END AS weight "
            "FROM articles, unnest(doc) WHERE id = %s ORDER BY weight DESC, lexeme LIMIT %s",
            [article_id, KEY_TERM_CANDIDATES],
        )
        if not rows:
            return []
        total = max(self._rows_estimate() or self.doc_count(), 1)  # the size as of the last ANALYZE
        common = self._common_shares()
        scored = []
        for lexeme, weight in rows:
            share = common.get(lexeme, min(1.0 / total, 0.5))
            if share > MORE_LIKE_MAX_SHARE and total > 100 / MORE_LIKE_MAX_SHARE:
                continue  # in more than a tenth of a big archive: says little
            scored.append((weight * math.log2((1.0 + share) / share), lexeme))
        scored.sort(key=lambda item: (-item[0], item[1]))
        words = [lexeme for _, lexeme in scored[:MORE_LIKE_TERMS]]
        if not words:
            return []
        tsquery = " | ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words)
        with self._index_first("true"):  # the planner's own choice, whatever the last search set
            if self._rum:  # ... for the ranking too: a dozen words ORed match many (at 100k, load 8: in the
                # index's order 385 ms p50, the planner's choice 123 ms)
                found = self._ranked(tsquery, "simple", " AND id <> %s", [article_id], 0, top, plan=DEFAULT_PLAN)
            else:
                found = self._rows(
                    f"SELECT {HIT_COLUMNS}, ts_rank(doc, q) AS score FROM articles, to_tsquery('simple', %s) q "
                    "WHERE doc @@ q AND id <> %s ORDER BY score DESC, id LIMIT %s",
                    [tsquery, article_id, top],
                )
        return [hit_of(row, float(row[7] or 0.0), []) for row in found]

    def _common_shares(self) -> dict[str, float]:
        """The share of articles each common word is in, from ANALYZE's statistics of `doc`
        (ANALYZE runs after an index run)."""

        def load() -> dict[str, float]:
            # the whole table's (ANALYZE of `articles` makes them: engine.analyze), else its partitions'
            # averaged (a ninth of the server's work and of the elements read: 3.2 -> 0.8 ms at 100k)
            rows = self._rows(_STATS_OF_DOC.format(tables="tablename = 'articles' AND inherited")) or self._rows(
                _STATS_OF_DOC.format(tables="tablename LIKE 'articles_p%%'")
            )
            shares: dict[str, list[float]] = {}
            for elems, freqs in rows:
                for elem, freq in zip(elems or [], freqs or [], strict=False):
                    shares.setdefault(elem, []).append(float(freq))
            return {word: sum(values) / len(values) for word, values in shares.items()}

        return self._common.get(load)
