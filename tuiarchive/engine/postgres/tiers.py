"""The first pages of a relevance search of one or two plain words, from a few candidates.

RUM ranks a search of words by scoring every match inside its index: about 1 µs a match for
one word, 2.5 µs for two ANDed (both words' positions decoded), so a common word or pair costs
tens of milliseconds at 100k articles whatever the page. Reading one article's tsvector to rank
it costs about 100 µs (from TOAST), so a handful of candidates ranked from their rows is cheaper
when those candidates are known to hold the page:

- one plain word: the articles with it in their headline, author or site (headline_tier): the
  same page as the full ranking (ts_rank's weights put them above all others);
- two words with both in the headline, author or site (pair_tier): the same page as RUM's full
  ranking when they score above what any other article can (PAIR_TIER_BOUND);
- two common words otherwise (bounded_pair): a BOUNDED candidate set, which is NOT always the
  full ranking's page (docs/postgresql.md, "Two common words"): the articles holding both words
  among the newest PAIR_CANDIDATES with either word in the headline, author or site, ranked by
  RUM's measure, come first; the other matches follow in RUM's order.

Each function returns the page's rows (the hit columns, then the score), or None when it does
not apply (the caller then ranks every match).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..types import Cancelled
from . import querying
from .querying import HIT_COLUMNS, phrases_as_and, score_of_distance
from .schema import TEXT_CONFIG

if TYPE_CHECKING:
    from .searching import PostgresSearcher

# One plain word: ts_rank gives an article that has it only in its body (weight D, 0.1) less
# than 0.1, and one that has it in its headline (A), author (B) or site (C) at least that
# weight / 1.645 (0.12 or more: PostgreSQL's calc_rank_or), so the first pages come from the
# articles with it in the headline, author or site when there are enough of them, ranked
# among themselves. Each is ranked from its own tsvector (~100 µs at 100k) where RUM ranks a
# match in the index (~1 µs): taken when they are at most 1 / HEADLINE_TIER_SHARE of the matches.
HEADLINE_TIER_SHARE = 25
HEADLINE_TIER_FEW = 500  # ... so few that they are ranked without waiting for the count
HEADLINE_TIER_MOST = 5_000  # ... and never more than this (their ids are read first)
# Two words, ANDed or a phrase (ranked as its words ANDed: phrases_as_and), by RUM's distance
# (1 / its score): an article without both words in its headline, author or site has one of them
# in its body alone (weight D, 0.1), so every passage holding both scores at most 2 words x 2
# positions / (1 / 1.0 + 1 / 0.1) (RUM's weights: one in the headline, one in the body), and RUM
# sums at most one series of such passages per order of the two words (a b, b a), each below its
# first term (1/n^2 / zeta(2)). When a page's articles all score at least that among the articles
# with both words in their headline, author or site, no other article can come before them.
PAIR_TIER_BOUND = 2 * (2 * 2 / (1 / 1.0 + 1 / 0.1))
PAIR_TIER_MOST = 2_000  # ... ranked from their rows when there are at most this many
# Two common words that the pair tier does not answer: RUM's full ranking costs ~2.5 µs a match
# (`government back` at 100k: 32,200 matches, 75-80 ms). From PAIR_BOUNDED_FROM matches on (an
# upper bound from ANALYZE's statistics: the rarer word's share of the archive), the first pages
# come from a bounded candidate set: of the newest PAIR_CANDIDATES articles with either word in
# the headline, author or site, those holding both (ranked from their rows: ~100 µs each).
PAIR_BOUNDED_FROM = 10_000
PAIR_CANDIDATES = 100
_QUERY = f"to_tsquery('{TEXT_CONFIG}', %s)"
_HEAD = f"(title_v @@ {_QUERY} OR names_v @@ {_QUERY})"  # the headline, author or site holds the words


def headline_tier(
    s: PostgresSearcher,
    compiled: querying.Compiled,
    count: Callable[[], int],
    offset: int,
    limit: int,
    cancelled: Cancelled | None,
) -> list[tuple] | None:
    """A page of one plain word's hits from the articles with it in their headline, author
    or site (HEADLINE_TIER_SHARE); None when they are too few for the page, or too many."""
    want = offset + limit
    word = compiled.doc_query
    # the same predicate, not their ids: `id = ANY(ids)` looks each id up in every partition
    if s._rum:  # RUM's distance (1 / ts_rank), as _ranked orders by it
        rank, rank_params, order = f"doc <=> {_QUERY}", [word], "score, id"
    else:
        rank, rank_params, order = compiled.rank, list(compiled.rank_params), "score DESC, id"

    def ranking(when: str) -> str:  # (the ranking may hold braces: ts_rank's weights)
        return (
            f"SELECT {HIT_COLUMNS}, {rank} AS score FROM articles WHERE {_HEAD}{when} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )

    # one round trip when they are few: counted, and ranked only if the count says so
    found, rows = _counted_then_ranked(
        s,
        f"SELECT 1 FROM articles WHERE numnode({_QUERY}) = 1 AND {_HEAD} LIMIT %s",
        [word, word, word, HEADLINE_TIER_MOST + 1],
        ranking(" AND n.found BETWEEN %s AND %s"),
        [*rank_params, word, word, want, HEADLINE_TIER_FEW, limit, offset],
        cancelled,
    )
    if not want <= found <= HEADLINE_TIER_MOST:
        return None
    if found > HEADLINE_TIER_FEW:
        if found * HEADLINE_TIER_SHARE > count():
            return None  # ranking them would take longer than RUM's ranking of every match
        rows = s._rows(ranking(""), [*rank_params, word, word, limit, offset], cancelled)
    return [(*row[:7], score_of_distance(row[7])) for row in rows] if s._rum else rows


def _counted_then_ranked(
    s: PostgresSearcher,
    candidates: str,
    candidates_params: list[object],
    ranking: str,
    ranking_params: list[object],
    cancelled: Cancelled | None,
) -> tuple[int, list[tuple]]:
    """How many rows `candidates` gives, and the rows of `ranking`, in one statement (one round
    trip, each one waiting its turn on a busy server: at load 20 a search's p50 was 40 ms with
    2 ms of server CPU). `ranking` may say `n.found` (the count): a condition on it alone is
    checked once, before the ranking reads anything."""
    rows = s._rows(
        f"SELECT n.found, r.* FROM (SELECT count(*) AS found FROM ({candidates}) c) n "
        f"LEFT JOIN LATERAL ({ranking}) r ON true",
        [*candidates_params, *ranking_params],
        cancelled,
    )
    return int(rows[0][0]), [row[1:] for row in rows if row[1] is not None]


def _both(compiled: querying.Compiled) -> tuple[str, str]:
    assert compiled.pair is not None
    return compiled.pair


def pair_tier(
    s: PostgresSearcher, compiled: querying.Compiled, offset: int, limit: int, cancelled: Cancelled | None
) -> list[tuple] | None:
    """A page of two words' hits from the articles with both in their headline, author or
    site (PAIR_TIER_BOUND), ranked as _ranked ranks them; None when they do not fill the
    page with scores that no other article can reach, or are too many."""
    assert compiled.doc_query is not None
    want = offset + limit
    first, second = _both(compiled)
    if want > PAIR_TIER_MOST:
        return None
    both = f"{_HEAD} AND {_HEAD}"
    found, rows = _counted_then_ranked(  # OFFSET 0: the phrase is checked on these rows, not looked up in `doc`'s index
        s,
        f"SELECT 1 FROM articles WHERE {both} LIMIT %s",
        [first, first, second, second, PAIR_TIER_MOST + 1],
        f"SELECT {HIT_COLUMNS}, doc <=> {_QUERY} AS distance FROM (SELECT * FROM articles "
        f"WHERE {both} AND n.found BETWEEN %s AND %s OFFSET 0) a WHERE doc @@ {_QUERY} ORDER BY distance, id LIMIT %s",
        [phrases_as_and(compiled.doc_query), first, first, second, second, want, PAIR_TIER_MOST,
         compiled.doc_query, want],
        cancelled,
    )  # fmt: skip
    if not want <= found <= PAIR_TIER_MOST:
        return None
    if len(rows) < want or score_of_distance(rows[-1][7]) < PAIR_TIER_BOUND:
        return None
    return [(*row[:7], score_of_distance(row[7])) for row in rows[offset:want]]


def bounded_pair(
    s: PostgresSearcher, compiled: querying.Compiled, offset: int, limit: int, cancelled: Cancelled | None
) -> list[tuple] | None:
    """A page of two common words' hits: first the bounded candidate set (PAIR_CANDIDATES),
    ranked by RUM's measure from their rows, then every other match in RUM's order; None when
    the words are not common enough (RUM then ranks every match, as cheaply)."""
    assert compiled.doc_query is not None
    if s._pair_matches_at_most(compiled) < PAIR_BOUNDED_FROM:
        return None
    first, second = _both(compiled)
    either = f"{first} | {second}"
    ranked = phrases_as_and(compiled.doc_query)
    # a phrase is checked on the rows; two words ANDed need no check: RUM's distance of an
    # article without both is infinite (one reading of its tsvector instead of two)
    check = f"doc @@ {_QUERY}" if ranked != compiled.doc_query else "true"
    rows = s._rows(
        f"SELECT * FROM (SELECT {HIT_COLUMNS}, doc <=> {_QUERY} AS distance FROM (SELECT * FROM articles "
        f"WHERE {_HEAD} ORDER BY (published + interval '0 s') DESC NULLS LAST, id LIMIT %s) c WHERE {check}) r "
        "WHERE distance < 'Infinity' ORDER BY distance, id",
        [ranked, either, either, PAIR_CANDIDATES, *([compiled.doc_query] if check != "true" else [])],
        cancelled,
    )
    want = offset + limit
    page = [(*row[:7], score_of_distance(row[7])) for row in rows[offset:want]]
    if len(rows) >= want:
        return page
    skip = max(0, offset - len(rows))  # the rest: every other match in RUM's order
    rest = s._ranked(
        compiled.doc_query, TEXT_CONFIG, " AND NOT (id = ANY(%s))", [[row[0] for row in rows]], skip,
        want - len(rows) - skip, cancelled,
    )  # fmt: skip
    return page + rest
