"""Searching the archive on PostgreSQL: hits, exact counts, snippets, facets, more-like-this.

A searcher has a connection of its own in autocommit mode: each statement sees the last
committed state of the archive and holds no snapshot between searches, so an indexer
committing meanwhile (from this machine or another) never waits for a reader, and
refresh() has nothing to do.

Ranking is PostgreSQL's ts_rank over the weighted `doc` (headline A, author B, site C, body
D: querying.RANK_WEIGHTS), not whoosh's BM25F: the same articles match, in an order that
may differ among close scores (docs/postgresql.md, tests/test_pg_engine.py). Ties break by
id in every order.
"""

from __future__ import annotations

import contextlib
import math
import threading
from datetime import datetime

import psycopg

from ...query import sort_used
from ..types import Cancelled, EngineFacets, EngineHit, EngineResults, SearchCancelled, stop_if
from . import querying
from .schema import TEXT_CONFIG

MORE_LIKE_TERMS = 12  # the words of an article that "more like this" searches for
MORE_LIKE_MAX_SHARE = 0.1  # ... among those in at most this share of the articles (ANALYZE's statistics)
KEY_TERM_CANDIDATES = 40  # ... weighing the words most frequent in the article
CANCEL_POLL = 0.02  # seconds between looks at a search's stop flag while the server works
SNIPPET_BODY_CHARS = 20_000  # the part of a body ts_headline looks through
_START, _STOP = "\ue000", "\ue001"  # ts_headline's marks around a match: private-use characters
_HEADLINE_OPTIONS = f"StartSel={_START}, StopSel={_STOP}, MaxWords=35, MinWords=20, ShortWord=2, MaxFragments=1"
_ORDER = {
    "relevance": "score DESC, id",
    "newest": "published DESC NULLS LAST, id",
    "oldest": "published ASC NULLS LAST, id",
}
_HIT_COLUMNS = "id, path, title, author, site, published, has_time"


class PostgresSearcher:
    """types.Searcher on a connection of its own."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self._conn: psycopg.Connection = engine.new_connection(autocommit=True)

    def _rows(self, sql: str, params: object = (), cancelled: Cancelled | None = None) -> list[tuple]:
        """The statement's rows. With `cancelled`, a watcher asks it every CANCEL_POLL seconds
        while the server works and cancels the statement on the server once it says True
        (SearchCancelled): the user typed on, and a slow count must not hold the next search."""
        if cancelled is None:
            return self._execute(sql, params)
        done = threading.Event()

        def watch() -> None:
            while not done.wait(CANCEL_POLL):
                if cancelled():
                    with contextlib.suppress(Exception):
                        self._conn.cancel_safe(timeout=2.0)
                    return

        watcher = threading.Thread(target=watch, name="tuiarchive-pg-cancel", daemon=True)
        watcher.start()
        try:
            return self._execute(sql, params)
        except psycopg.errors.QueryCanceled:
            if cancelled():
                raise SearchCancelled from None
            return self._execute(sql, params)  # a late cancel meant for an earlier statement: once more
        finally:
            done.set()
            watcher.join()

    @contextlib.contextmanager
    def _index_first(self, compiled: querying.Compiled):
        """Words searched: the planner is told to take the GIN indexes. It reads a common word
        by scanning the table (most rows match), which evaluates every row's tsvector; the
        bitmap of the index gives the same rows, and a count or a date sort then never opens
        a tsvector (measured on 3,000 generated articles: "people" sorted newest 119 -> 45 ms)."""
        if "@@" not in compiled.where:
            yield
            return
        try:
            self._conn.execute("SET enable_seqscan = off")
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None
        try:
            yield
        finally:
            with contextlib.suppress(psycopg.Error):
                self._conn.execute("RESET enable_seqscan")

    def _execute(self, sql: str, params: object) -> list[tuple]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except psycopg.errors.QueryCanceled:
            raise
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    def close(self) -> None:
        self._conn.close()

    def refresh(self) -> None:
        """Nothing to do: every statement sees the last commit."""

    def drop_kept_postings(self) -> None:
        """Nothing is kept in this process (the server's cache is the server's)."""

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
        sort = sort_used(sort, compiled.everything)
        order = _ORDER.get(sort, _ORDER["relevance"])
        score = compiled.rank if sort == "relevance" else "0"
        score_params = compiled.rank_params if sort == "relevance" else []
        with self._index_first(compiled):
            rows = self._rows(
                f"SELECT {_HIT_COLUMNS}, {score} AS score FROM articles WHERE {compiled.where} "
                f"ORDER BY {order} LIMIT %s OFFSET %s",
                [*score_params, *compiled.params, limit, max(0, offset)],
                cancelled,
            )
            stop_if(cancelled)
            counted = self._rows(f"SELECT count(*) FROM articles WHERE {compiled.where}", compiled.params, cancelled)
        total = counted[0][0]
        terms = self._lexemes(compiled.words)
        pieces = self._snippets([r[0] for r in rows], compiled) if snippets and rows else {}
        hits = [_hit(row, float(row[7] or 0.0), pieces.get(row[0], [])) for row in rows]
        return EngineResults(total=total, hits=hits, terms=terms, sort=sort)

    def _lexemes(self, words: list[str]) -> list[str]:
        """The words as the index holds them (stemmed), for highlighting."""
        if not words:
            return []
        row = self._rows(f"SELECT tsvector_to_array(to_tsvector('{TEXT_CONFIG}', %s))", [" ".join(words)])
        return sorted(row[0][0] or [])

    def _snippets(self, ids: list[str], compiled: querying.Compiled) -> dict[str, list[tuple[str, bool]]]:
        """A window of each body around its first matches (ts_headline), as (text, matched) pieces;
        the body's first lines when the query has no words to show."""
        words = " | ".join(f"'{w}'" for w in compiled.words)  # \w+ runs: see querying
        if not words:
            rows = self._rows("SELECT id, body[1] FROM articles WHERE id = ANY(%s)", [ids])
            return {article_id: _lead(first or "") for article_id, first in rows}
        rows = self._rows(
            f"SELECT id, ts_headline('{TEXT_CONFIG}', "
            f"translate(left(array_to_string(body, ' '), {SNIPPET_BODY_CHARS}), %s, ''), "
            f"to_tsquery('{TEXT_CONFIG}', %s), %s), body[1] FROM articles WHERE id = ANY(%s)",
            [_START + _STOP, words, _HEADLINE_OPTIONS, ids],
        )
        return {
            article_id: _pieces(headline) if _START in (headline or "") else _lead(first or "")
            for article_id, headline, first in rows
        }

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
        with self._index_first(compiled):
            rows = self._rows(
                "SELECT to_char(published, 'YYYY-MM'), site, author, GROUPING(to_char(published, 'YYYY-MM')), "
                f"GROUPING(site), count(*) FROM articles WHERE {compiled.where} "
                "GROUP BY GROUPING SETS ((to_char(published, 'YYYY-MM')), (site), (author))",
                compiled.params,
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
        total = max(self.doc_count(), 1)
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
        found = self._rows(
            f"SELECT {_HIT_COLUMNS}, ts_rank(doc, q) AS score FROM articles, to_tsquery('simple', %s) q "
            "WHERE doc @@ q AND id <> %s ORDER BY score DESC, id LIMIT %s",
            [tsquery, article_id, top],
        )
        return [_hit(row, float(row[7] or 0.0), []) for row in found]

    def _common_shares(self) -> dict[str, float]:
        """The share of articles each common word is in, from ANALYZE's statistics of `doc`."""
        rows = self._rows(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE tablename LIKE 'articles%%' AND attname = 'doc' AND most_common_elems IS NOT NULL"
        )
        shares: dict[str, list[float]] = {}
        for elems, freqs in rows:
            for elem, freq in zip(elems or [], freqs or [], strict=False):
                shares.setdefault(elem, []).append(float(freq))
        return {word: sum(values) / len(values) for word, values in shares.items()}


def _hit(row: tuple, score: float, snippet: list[tuple[str, bool]]) -> EngineHit:
    article_id, path, title, author, site, published, has_time = row[:7]
    when: datetime | object | None = published
    if isinstance(published, datetime) and not has_time:
        when = published.date()
    return EngineHit(
        id=article_id, path=path, title=title, author=author, site=site, published=when, score=score, snippet=snippet
    )


def _pieces(headline: str) -> list[tuple[str, bool]]:
    """ts_headline's text with its marks, as (text, matched) pieces."""
    out: list[tuple[str, bool]] = []
    for k, part in enumerate(headline.split(_START)):
        if k == 0:
            if part:
                out.append((part, False))
            continue
        matched, _, rest = part.partition(_STOP)
        out.append((matched, True))
        if rest:
            out.append((rest, False))
    return out


def _lead(text: str, chars: int = 220) -> list[tuple[str, bool]]:
    if len(text) > chars:
        text = text[:chars].rsplit(" ", 1)[0] + " …"
    return [(text, False)] if text else []
