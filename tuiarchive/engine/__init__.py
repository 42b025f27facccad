"""The full-text engine: whoosh, behind one small interface.

This package is the only part of tuiarchive that imports whoosh. The rest of the code asks
it to add, delete, search and find similar articles, in terms of our own types, so another
engine could take its place without touching the parser, the CLI or the app.

- types: what goes in and comes out (hits, facets, results, errors), no whoosh
- schema: the index's fields and the English analyzer, declared once
- whoosh_compat: every contact with whoosh's private names
- whoosh_engine: the Engine (one index in a directory); writing: writers, segment builds,
  commits and merges; searching: the searcher; fastpath: BM25F on posting arrays and the
  posting cache; snippets; cost: query cost bounds; retry
"""

from __future__ import annotations

from ..indexfiles import INDEX_NAME, remove_leftover_builds

# Tunables (TINY_SEGMENT, MAX_PATTERN_WORDS ...) are not re-exported: they are read where they
# live, so a test changes them there (writing.TINY_SEGMENT, cost.MAX_PATTERN_WORDS).
from .cost import bound_query_cost, query_problem
from .schema import (
    ENGINE_VERSION,
    FIELD_ALIASES,
    SCHEMA,
    SEARCH_FIELDS,
    SORT_FIELDS,
    TITLE_REPEAT,
    EnglishAnalyzer,
    body_text,
)
from .searching import EngineSearcher, effective_sort
from .snippets import SNIPPET_CHARS, make_snippet, match_spans
from .types import EngineFacets, EngineHit, EngineResults, IndexBusy, IndexUnreadable
from .whoosh_engine import Engine, exists
from .writing import BuiltSegment, EngineWriter, SegmentBuilder

analyzer = SCHEMA["text"].analyzer  # the English analyzer the index uses for words

__all__ = [
    "ENGINE_VERSION",
    "FIELD_ALIASES",
    "INDEX_NAME",
    "SCHEMA",
    "SEARCH_FIELDS",
    "SNIPPET_CHARS",
    "SORT_FIELDS",
    "TITLE_REPEAT",
    "BuiltSegment",
    "Engine",
    "EngineFacets",
    "EngineHit",
    "EngineResults",
    "EngineSearcher",
    "EngineWriter",
    "EnglishAnalyzer",
    "IndexBusy",
    "IndexUnreadable",
    "SegmentBuilder",
    "analyzer",
    "body_text",
    "bound_query_cost",
    "effective_sort",
    "exists",
    "make_snippet",
    "match_spans",
    "query_problem",
    "remove_leftover_builds",
]
