"""Query cost: patterns that would read too many word lists are refused before the search."""

from __future__ import annotations

import itertools

from whoosh import query as wq

from ..query import QueryError
from .whoosh_compat import pattern_words


def query_problem(q: wq.Query) -> str | None:
    """A message if whoosh had to give up on part of the query, else None."""
    stack = [q]
    while stack:
        node = stack.pop()
        error = getattr(node, "error", None)
        if error:
            return f"cannot understand part of the query: {error}"
        if hasattr(node, "children"):
            stack.extend(node.children())
    return None


# ---------------------------------------------------------------------- query cost
# A pattern (`a*`, `*a*`, `[a TO z]`) stands for every indexed word it matches, and whoosh
# reads the posting list of each: `*a*` on a big archive is tens of thousands of lists, and
# 36 patterns ORed took 33 s and 470 MB. Every pattern is counted against the word lists
# before the search (stopping at the limit, so counting is cheap), and a query that would
# read too many lists gets a one-line message that says how to narrow it. `*` alone, or on
# a field every article has, is "everything" (no lists to read at all).
# Words one pattern may stand for, and posting lists a whole query may read. A search over
# this many lists still answers in well under a second on a 100k-article archive
# (benchmarks/hostile.py measures it).
MAX_PATTERN_WORDS = 1000


MAX_QUERY_WORDS = 1500


# Places (postings) the patterns of one query may read: whoosh's matchers take about a
# few microseconds each (union, then count): this keeps a pattern query under a second.
MAX_PATTERN_POSTINGS = 30_000


# Fields every indexed article has: `title:*` is every article.
EVERY_ARTICLE_HAS = frozenset({"text", "title", "id", "path", "sort_new", "sort_old"})


def bound_query_cost(query: wq.Query, reader) -> wq.Query:
    """The query, with `*` on a field rewritten, or QueryError if it would cost too much."""
    query = _rewrite(query)
    words = postings = 0
    for node in _leaves(query):
        if isinstance(node, wq.Term):
            words += 1
        elif isinstance(node, wq.Every | wq.MultiTerm):
            count, found = _count_words(node, reader, MAX_PATTERN_WORDS + 1)
            if count > MAX_PATTERN_WORDS:
                raise QueryError(f"{_shown(node)} stands for over {MAX_PATTERN_WORDS:,} indexed words: {_narrow(node)}")
            words += count
            postings += found
            if postings > MAX_PATTERN_POSTINGS:
                raise QueryError(
                    f"{_shown(node)} stands for words found in too many places ({postings:,}): {_narrow(node)}"
                )
        if words > MAX_QUERY_WORDS:
            raise QueryError(
                f"this query would read over {MAX_QUERY_WORDS:,} word lists: use fewer words or more specific patterns"
            )
    return query


def _rewrite(query: wq.Query) -> wq.Query:
    """`*` on a field every article has is everything; an OR with everything in it is
    everything (whoosh otherwise unions the postings of every word of the field)."""
    if isinstance(query, wq.Every):
        return wq.Every() if query.fieldname in EVERY_ARTICLE_HAS else query
    if isinstance(query, wq.Require):  # whoosh's matcher for it fails an assertion when it skips:
        # the same matches as an AND whose second half adds nothing to the score
        required = wq.And([_rewrite(query.a), wq.ConstantScoreQuery(_rewrite(query.b), 0.0)])
        required.boost = query.boost
        return required
    if isinstance(query, wq.BinaryQuery):  # ANDNOT, ANDMAYBE: two operands, not a list
        rewritten = query.__class__(_rewrite(query.a), _rewrite(query.b))
        rewritten.boost = query.boost
        return rewritten
    if isinstance(query, wq.CompoundQuery):
        children = [_rewrite(sub) for sub in query.subqueries]
        if isinstance(query, wq.Or) and any(_is_everything(c) for c in children):
            return wq.Every()
        return query.__class__(children, boost=query.boost)
    if isinstance(query, wq.Not):
        return wq.Not(_rewrite(query.query))
    return query


def _is_everything(query: wq.Query) -> bool:
    return isinstance(query, wq.Every) and query.fieldname in (None, "", "*")


def _leaves(query: wq.Query):
    stack = [query]
    while stack:
        node = stack.pop()
        if isinstance(node, wq.Term | wq.Every | wq.MultiTerm):
            yield node
        elif hasattr(node, "children"):
            stack.extend(node.children())


def _count_words(node: wq.Query, reader, limit: int) -> tuple[int, int]:
    """How many indexed words a pattern stands for (up to `limit`), and in how many places
    (postings) they occur: whoosh reads each of those lists to run the pattern."""
    if _is_everything(node) or node.fieldname not in reader.schema:
        return 0, 0  # all documents: no word lists read
    field = node.fieldname
    texts = reader.lexicon(field) if isinstance(node, wq.Every) else pattern_words(node, reader)
    words = postings = 0
    for btext in itertools.islice(texts, limit):
        words += 1
        postings += reader.doc_frequency(field, btext)
    return words, postings


def _narrow(node: wq.Query) -> str:
    if isinstance(node, wq.TermRange):
        return "narrow the range"
    if isinstance(node, wq.Every):
        return f"search {node.fieldname}:WORD instead"
    return "put more letters before the first * or ?"


def _shown(node: wq.Query) -> str:
    """The pattern as the user wrote it."""
    if isinstance(node, wq.Prefix):
        return f'"{node.text}*"'
    if isinstance(node, wq.TermRange):
        return f'"[{node.start or ""} TO {node.end or ""}]"'
    if isinstance(node, wq.Every):
        return f'"{node.fieldname}:*"'
    return f'"{getattr(node, "text", node)}"'
