"""The PostgreSQL engine: an archive on a database server, for a team (issue 11).

`--index postgresql://...` (or $TUIARCHIVE_INDEX) chooses it (engine.open_engine); a folder
keeps whoosh. It implements the same protocols (engine/types.py), so the parser, the CLI and
the app do not change for it.

- schema: the tables, declared once (articles and links hash-partitioned on the article id)
- connect: connections, one clear line when the server cannot be reached, no password shown
- querying: our query language compiled to tsquery and SQL predicates, as parameters only
- searching: hits, counts (kept per snapshot; many matches estimated), facets, more-like-this
- snippets: a window of each body around its first match, highlighted (ts_headline)
- planning: the planner's settings of a search's statements, sent only when they change
- writing: upserts by id, deletions, the workers' batches
- catalog: the catalog's questions on the same database, per machine
- engine: the Engine, and the per-folder advisory locks of an indexing run
"""

from __future__ import annotations

from .catalog import ENV_MACHINE, PostgresCatalog, machine_name
from .connect import DatabaseUnavailable
from .engine import ConnectionLost, NoArchive, PostgresEngine
from .searching import PostgresSearcher
from .writing import ArticleBatch, BatchBuilder, PostgresWriter

__all__ = [
    "ENV_MACHINE",
    "ArticleBatch",
    "BatchBuilder",
    "ConnectionLost",
    "DatabaseUnavailable",
    "NoArchive",
    "PostgresCatalog",
    "PostgresEngine",
    "PostgresSearcher",
    "PostgresWriter",
    "machine_name",
]
