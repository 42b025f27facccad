"""What the engine takes and gives: our own types, no whoosh.

`Engine`, `Searcher` and `Writer` are the seam the rest of tuiarchive uses: a query goes in as
its text (the query language of tuiarchive/query.py, whose specification the engine sets its
parser up from), hits, counts, facets and article ids come out as the records below. The
whoosh engine (whoosh_engine.WhooshEngine) implements them; another engine (PostgreSQL for a
shared archive, say) would implement the same three and be chosen in engine/__init__.py's
open_engine, without a change to the parser, the CLI or the app.

Not part of the seam: the workers' parallel build (SegmentBuilder, Writer.add_segment), which
is how the whoosh engine spreads indexing over processes; an engine without it is written
through Writer.add and Writer.upsert.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..model import Article
from ..records import Record


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


class IndexUnreadable(RuntimeError):
    """The index exists but cannot be opened (corrupt, or written by another version)."""


class SearchCancelled(Exception):
    """The caller no longer wants this search (the user typed on): it stopped early."""


Cancelled = Callable[[], bool]  # asked now and then during a search: True stops it


def stop_if(cancelled: Cancelled | None) -> None:
    """Raise SearchCancelled when the caller's flag says so."""
    if cancelled is not None and cancelled():
        raise SearchCancelled


class EngineHit(Record):
    """One hit, as the engine returns it."""

    __slots__ = _fields = ("id", "path", "title", "author", "site", "published", "score", "snippet")

    def __init__(
        self,
        id: str,
        path: str,
        title: str,
        author: str | None,
        site: str | None,
        published: datetime | date | None,
        score: float,
        snippet: list[tuple[str, bool]],  # (text, is_match) pieces
    ) -> None:
        self.id, self.path, self.title, self.author, self.site = id, path, title, author, site
        self.published, self.score, self.snippet = published, score, snippet


class EngineFacets(Record):
    """A search's matches counted by month, site and author."""

    __slots__ = _fields = ("months", "sites", "authors")

    def __init__(
        self,
        months: dict[str, int],  # "2025-03": matches that month, in order (undated ones left out)
        sites: list[tuple[str, int]],  # the sites with most matches, with their counts
        authors: list[tuple[str, int]],
    ) -> None:
        self.months, self.sites, self.authors = months, sites, authors


class EngineResults(Record):
    """A search's hits, how many matched, and the query's words, as the engine returns them."""

    __slots__ = _fields = ("total", "hits", "terms", "sort", "estimated")

    def __init__(
        self,
        total: int,
        hits: list[EngineHit],
        terms: list[str],  # the query's words as indexed, for highlighting elsewhere
        sort: str = "relevance",  # the order the hits are in (an empty query: query.EMPTY_QUERY_SORT)
        estimated: bool = False,  # `total` is an estimate (PostgreSQL, many matches), not an exact count
    ) -> None:
        self.total, self.hits, self.terms, self.sort, self.estimated = total, hits, terms, sort, estimated


@runtime_checkable
class Searcher(Protocol):
    """A view of the index as of its last commit (refresh() moves it on)."""

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
        """The hits from `offset` on, in `sort` order, and the total; QueryError (one line)
        for a query to fix. An empty query or None is every article. SearchCancelled once
        `cancelled()`, asked now and then, says True."""
        ...

    def facets(self, query: str | None, *, top: int = 12, cancelled: Cancelled | None = None) -> EngineFacets: ...

    def more_like(self, article_id: str, *, top: int = 10) -> list[EngineHit]: ...

    def match_spans(self, text: str, terms: set[str]) -> list[tuple[int, int]]:
        """Character spans of the words of `text` that a search's `terms` match."""
        ...

    def doc_count(self) -> int: ...

    def refresh(self) -> None: ...

    def drop_kept_postings(self) -> None:
        """Forget what earlier searches kept in memory (the benchmarks' first searches)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class Writer(Protocol):
    """Changes to the index, seen by searchers once committed."""

    def add(self, article: Article) -> None:
        """Add an article whose id is known to be new."""
        ...

    def upsert(self, article: Article) -> None: ...

    def delete(self, article_id: str) -> None: ...

    def commit(self, *, optimize: bool = False) -> None: ...

    def cancel(self) -> None: ...


@runtime_checkable
class Engine(Protocol):
    """One full-text index. IndexBusy when another process writes; IndexUnreadable when the
    index cannot be read."""

    @classmethod
    def open(cls, index_dir: Path) -> Engine: ...

    @classmethod
    def create(cls, index_dir: Path) -> Engine: ...

    def doc_count(self) -> int: ...

    def ids(self) -> set[str]: ...

    def writer(self, *, timeout: float = 5.0) -> AbstractContextManager[Writer]:
        """A writer that commits when the block ends, and cancels on an exception."""
        ...

    def writer_handle(self, *, timeout: float = 5.0) -> Writer: ...

    def searcher(self) -> AbstractContextManager[Searcher]: ...

    def open_searcher(self) -> Searcher:
        """A long-lived searcher: close() it, refresh() it after index runs."""
        ...
