"""The full-text engine: whoosh, behind one small interface.

This package is the only part of tuiarchive that imports whoosh. The rest of the code asks
it to add, delete, search and find similar articles, in terms of our own types (types.Engine,
Searcher, Writer: query text in; hits, counts, facets and article ids out), so another engine
could take its place without touching the parser, the CLI or the app.

- types: the Engine, Searcher and Writer protocols and what goes through them, no whoosh
- schema: the index's fields and the English analyzer, declared once
- whoosh_compat: every contact with whoosh's private names
- whoosh_engine: the Engine (one index in a directory); writing: writers, segment builds,
  commits and merges; searching: the searcher; fastpath: BM25F on posting arrays and the
  posting cache; snippets; cost: query cost bounds; retry
"""

from __future__ import annotations

from pathlib import Path

from . import whoosh_loading  # noqa: F401 - before any whoosh import: whoosh loaded lean (see there)

# isort: split
from ..dburl import DatabaseIndex, is_database
from ..indexfiles import INDEX_NAME, remove_leftover_builds

# Tunables (TINY_SEGMENT, MAX_PATTERN_WORDS ...) are not re-exported: they are read where they
# live, so a test changes them there (writing.TINY_SEGMENT, cost.MAX_PATTERN_WORDS).
from .cost import bound_query_cost, query_problem
from .schema import (
    ENGINE_VERSION,
    SCHEMA,
    SEARCH_FIELDS,
    SORT_FIELDS,
    TITLE_REPEAT,
    EnglishAnalyzer,
    body_text,
)
from .searching import EngineSearcher, effective_sort
from .snippets import SNIPPET_CHARS, make_snippet, match_spans
from .types import Engine as EngineProtocol
from .types import (
    EngineFacets,
    EngineHit,
    EngineResults,
    IndexBusy,
    IndexUnreadable,
    SearchCancelled,
    Searcher,
    Writer,
)

# An index's table of contents pickles our analyzer and codec by module path: indexes written
# before engine/ was a package name them here (tuiarchive.engine.EnglishAnalyzer, ._Codec).
# These names must stay importable, or every such archive reads as damaged after an upgrade.
from .whoosh_compat import (
    _Codec,
    is_damage,
)
from .whoosh_engine import WhooshEngine, exists
from .writing import BuiltSegment, EngineWriter, SegmentBuilder

# ... and new ones name them by that same path, which no move inside engine/ changes (and which
# an older tuiarchive can read back)
for _pickled in (EnglishAnalyzer, _Codec):
    _pickled.__module__ = __name__

analyzer = SCHEMA["text"].analyzer  # the English analyzer the index uses for words

# The engine in use: the whoosh one (the protocol it implements is types.Engine, also
# exported as EngineProtocol). The indexer writes through it, with the workers' segment builds.
Engine = WhooshEngine


def open_engine(index_dir: Path | DatabaseIndex) -> EngineProtocol:
    """The index in `index_dir`, opened by the engine that serves it: a folder is a whoosh
    index, a database (`postgresql://...`, dburl.DatabaseIndex) the PostgreSQL engine.
    IndexUnreadable when it cannot be read."""
    if is_database(index_dir):
        from .postgres import PostgresEngine  # psycopg: loaded only for an archive on a server

        return PostgresEngine.open(index_dir)
    return WhooshEngine.open(index_dir)


def segment_builder(index_dir: Path | DatabaseIndex) -> SegmentBuilder:
    """What a worker process indexes its share of the files into, for the engine of
    `index_dir`: a whoosh segment in a private folder, or the rows of a database's batch."""
    if is_database(index_dir):
        from .postgres import BatchBuilder

        return BatchBuilder()  # type: ignore[return-value]
    return SegmentBuilder(Path(index_dir))


__all__ = [
    "ENGINE_VERSION",
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
    "EngineProtocol",
    "EngineResults",
    "EngineSearcher",
    "EngineWriter",
    "EnglishAnalyzer",
    "IndexBusy",
    "IndexUnreadable",
    "SearchCancelled",
    "Searcher",
    "SegmentBuilder",
    "WhooshEngine",
    "Writer",
    "analyzer",
    "body_text",
    "bound_query_cost",
    "effective_sort",
    "exists",
    "is_damage",
    "make_snippet",
    "match_spans",
    "open_engine",
    "query_problem",
    "remove_leftover_builds",
    "segment_builder",
]
