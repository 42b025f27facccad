"""What the engine takes and gives: our own types, no whoosh."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


class IndexUnreadable(RuntimeError):
    """The index exists but cannot be opened (corrupt, or written by another version)."""


@dataclass(slots=True)
class EngineHit:
    id: str
    path: str
    title: str
    author: str | None
    site: str | None
    published: datetime | date | None
    score: float
    snippet: list[tuple[str, bool]]  # (text, is_match) pieces


@dataclass(slots=True)
class EngineFacets:
    months: dict[str, int]  # "2025-03": matches that month, in order (undated ones left out)
    sites: list[tuple[str, int]]  # the sites with most matches, with their counts
    authors: list[tuple[str, int]]


@dataclass(slots=True)
class EngineResults:
    total: int
    hits: list[EngineHit]
    terms: list[str]  # the query's words as indexed, for highlighting elsewhere
