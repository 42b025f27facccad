"""The archive's tables on PostgreSQL, declared once.

- `articles`: one row per article, everything the browser needs (the files are on someone
  else's machine): its fields, its body, its related items, and `doc`, the weighted
  tsvector searched by a plain word: the headline (A) above the author (B), the site (C)
  and the body (D), in one GIN index; `body:` is its A and D lexemes. `title_v` (the
  headline), `names_v` (author B, site C), `related_v` and `path_v` answer title:, by:,
  site:, related: and path: from one GIN index of the four columns (FIELDS_INDEX).
  Hash-partitioned by the article id. Its rows are thin (TOAST_TARGET): the body, the
  tsvectors and the related items live in the TOAST table, so that a count over the index's
  bitmap, which visits every matching row's page, reads a few pages instead of one per row.
  `title_v` alone stays in the row (STORAGE MAIN: ~90 bytes), as title: ranks every match by
  it: from TOAST each costs a look-up in the TOAST table's index (INLINE_TITLE).
- `doc`'s index is RUM when the `rum` extension is in the database (or can be made there):
  RUM keeps each lexeme's positions and weights, so it orders by rank inside the index
  (`ORDER BY doc <=> query`, the same order as ts_rank: searching.py) and answers phrases
  without reading the rows. Without it, GIN (ts_rank then reads every match's tsvector).
- `links`: the related items of each article as printed, keyed by (src, pos), src being the
  article id: hash-partitioned on it the same way, so an article's row and its links sit in
  the same partition (and, on Citus, the same shard: docs/postgresql.md).
- `files`, `roots`, `settings`: the catalog, per machine (each machine indexes its own
  folders): what files were read and what they became, and the failures. `pages`: each
  file's group and line hashes for archive context (tuiarchive/parser/context.py). `moved`:
  the old id of an article whose file moved, and its new one (shared, as the articles are).
- `meta`: the schema's version.

Languages: one text search configuration for the archive (TEXT_CONFIG), as whoosh's one
English analyzer; `language` is kept per article for a future choice per row.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

# 2: title_v and names_v; 3: thin rows, `doc` under RUM when there is RUM; 4: articles_newest; 5: pages;
# 6: pages.member (a container's pages); 7: moved
SCHEMA_VERSION = 7
TEXT_CONFIG = "english"  # headline, body, author, site and related items
PATH_CONFIG = "simple"  # the words of a file's path: not stemmed
PARTITIONS = 8  # hash partitions of articles and links (more on a bigger server: docs/postgresql.md)
SCHEMA_LOCK = 0x7475_6961_0001  # an advisory lock held while the tables are made (two first runs at once)
TOAST_TARGET = 128  # toast_tuple_target of the articles' partitions (bytes): the least PostgreSQL takes
RUM = "rum"  # the extension, and the access method of `doc`'s index when it is there

# title: ranks every match by ts_rank(title_v): kept in the row, not in TOAST (at 100k, `title:blair`,
# 2,222 matches, warm: 10,784 buffers -> 1,796, EXPLAIN ANALYZE; the partitions' pages +23%). Rows
# written before keep theirs in TOAST until written again, or until VACUUM FULL (docs/postgresql.md).
INLINE_TITLE = "ALTER TABLE articles ALTER COLUMN title_v SET STORAGE MAIN"
_TITLE_STORAGE = "SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'title_v'"

# No statistics of the body's paragraphs (no search filters on them): ANALYZE read every sampled row's body back
# from TOAST for them (at 100k, ANALYZE articles 15.0 -> 12.2 s of the server's CPU, /tmp/pgs30/anacpu.py).
# An archive made before gets it at its owner's next run (_drop_body_statistics), silently: only ANALYZE's time changes.
NO_BODY_STATISTICS = "ALTER TABLE articles ALTER COLUMN body SET STATISTICS 0"
_BODY_STATISTICS = (
    "SELECT coalesce(a.attstattarget, -1) <> 0 AND pg_has_role(c.relowner, 'USAGE') FROM pg_attribute a "
    "JOIN pg_class c ON c.oid = a.attrelid WHERE a.attrelid = 'articles'::regclass AND a.attname = 'body'"
)

# the most of a body that is turned into lexemes (a tsvector holds at most 1 MB)
INDEXED_BODY_CHARS = 200_000

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS roots (
    machine text NOT NULL,
    path text NOT NULL,
    added double precision NOT NULL,
    PRIMARY KEY (machine, path)
);
CREATE TABLE IF NOT EXISTS settings (
    machine text NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (machine, key)
);
CREATE TABLE IF NOT EXISTS files (
    machine text NOT NULL,
    path text NOT NULL,
    member text NOT NULL DEFAULT '',  -- '' for the file itself; a container's members have a key
    id text,
    size bigint NOT NULL,
    mtime_ns bigint NOT NULL,
    hash text,
    status text NOT NULL CHECK (status IN ('ok', 'failed', 'container')),
    reason text,
    seen double precision NOT NULL,
    PRIMARY KEY (machine, path, member)
);
CREATE INDEX IF NOT EXISTS files_id ON files (id);
CREATE TABLE IF NOT EXISTS pages (  -- archive context (parser/context.py): per machine, as files
    machine text NOT NULL,
    path text NOT NULL,
    member text NOT NULL DEFAULT '',  -- a container's page ('' for a file's)
    grp text NOT NULL,
    lines bytea NOT NULL,
    used bytea NOT NULL,
    PRIMARY KEY (machine, path, member)
);
CREATE INDEX IF NOT EXISTS pages_grp ON pages (machine, grp);
CREATE INDEX IF NOT EXISTS files_hash ON files (hash) WHERE status = 'ok';
CREATE TABLE IF NOT EXISTS moved (  -- an article whose file moved: its old id leads to its new one (catalog.py's)
    old_id text PRIMARY KEY,
    new_id text NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id text NOT NULL,
    path text NOT NULL,
    member text NOT NULL DEFAULT '',
    title text NOT NULL,
    title_key text,
    author text,
    site text,
    published timestamp,  -- as printed, no time zone
    has_time boolean NOT NULL DEFAULT false,
    published_text text,  -- "2024-11-04T08:36" or "2024-11-04", as the catalog gives it
    read_minutes integer,
    truncated boolean NOT NULL DEFAULT false,
    url text,
    url_key text,
    encoding text NOT NULL DEFAULT 'utf-8',
    language text,
    content_hash text NOT NULL DEFAULT '',
    body text[] NOT NULL,
    related jsonb NOT NULL DEFAULT '[]',  -- [[section, headline, url], ...]
    doc tsvector NOT NULL,
    title_v tsvector NOT NULL,  -- title: (doc's A lexemes, in an index of their own)
    names_v tsvector NOT NULL,  -- author: (B) and site: (C)
    related_v tsvector NOT NULL,
    path_v tsvector NOT NULL,
    PRIMARY KEY (id)
) PARTITION BY HASH (id);
CREATE TABLE IF NOT EXISTS links (
    src text NOT NULL,  -- the article id: partitioned as articles are
    pos integer NOT NULL,
    section text NOT NULL,
    headline text NOT NULL,
    key text NOT NULL,
    url_key text,
    PRIMARY KEY (src, pos)
) PARTITION BY HASH (src);
"""

# `doc` without its positions and weights, under GIN, when `doc`'s index is RUM: what an exact
# count of words (no phrase, no field) reads. RUM's bitmap decodes every match's positions; this
# one only ids (100k, interleaved at load 10: `government back` 60-62 -> 27-36 ms, `people` 69-78
# -> 53-69 ms; 99 MB, ~30 s to make). GIN's `doc` keeps no positions: no second index then.
COUNT_INDEX = "articles_count"
INDEX_BUILD_MEMORY = "256MB"  # maintenance_work_mem while the search indexes are made

# title:, by:, site:, related: and path: from one GIN index of their four columns: GIN keys each
# entry by its column, so a search of one reads that column's postings alone, as an index of its
# own would (at 100k, `title:blair`: 4 index pages a partition either way), with 3 indexes fewer
# on each partition for the planner to open and lock (9 instead of 12; 8 partitions: 72 locks
# instead of 96 a statement, most beyond a backend's 16 fast-path slots: the lock manager)
FIELDS_INDEX = "articles_fields"

# The articles' search indexes: dropped for the first load into an empty archive and made
# after it (engine.bulk_load), which is several times faster than growing them row by row
# (RUM most of all: it has no pending list). `{doc}` is `doc`'s access method.
DOC_INDEX = "articles_doc"
SEARCH_INDEXES = {
    DOC_INDEX: "articles USING {doc} (doc{opclass})",
    COUNT_INDEX: "articles USING gin (strip(doc))",
    FIELDS_INDEX: "articles USING gin (title_v, names_v, related_v, path_v)",
}
# the four indexes FIELDS_INDEX replaced (an archive made before has them)
FIELD_INDEXES_BEFORE = ("articles_title_v", "articles_names_v", "articles_related_v", "articles_path_v")
_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_newest ON articles (published DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS articles_title_key ON articles (title_key);
CREATE INDEX IF NOT EXISTS articles_url_key ON articles (url_key);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path);
CREATE INDEX IF NOT EXISTS links_key ON links (key);
CREATE INDEX IF NOT EXISTS links_url_key ON links (url_key);
"""
BULK_KEY = "bulk load"  # in meta while a first load runs without the search indexes


# What an archive of an older version needs to become this one (run before the indexes are made).
_UPGRADES = {
    1: f"""
ALTER TABLE articles ADD COLUMN IF NOT EXISTS title_v tsvector, ADD COLUMN IF NOT EXISTS names_v tsvector;
UPDATE articles SET title_v = to_tsvector('{TEXT_CONFIG}', title),
    names_v = setweight(to_tsvector('{TEXT_CONFIG}', coalesce(author, '')), 'B')
        || setweight(to_tsvector('{TEXT_CONFIG}', coalesce(site, '')), 'C');
ALTER TABLE articles ALTER COLUMN title_v SET NOT NULL, ALTER COLUMN names_v SET NOT NULL
""",
    # thin rows from now on (the rows written before stay as they are)
    2: ";\n".join(
        f"ALTER TABLE IF EXISTS articles_p{k} SET (toast_tuple_target = {TOAST_TARGET})" for k in range(PARTITIONS)
    ),
    3: "SELECT 1",  # articles_newest: made with the other indexes
    4: "SELECT 1",  # pages: made with the other tables (its files are read again once: indexer/context.py)
    # a row per container page: the files' rows kept (the containers are read again once: indexer/context.py)
    5: """
ALTER TABLE IF EXISTS pages ADD COLUMN IF NOT EXISTS member text NOT NULL DEFAULT '';
ALTER TABLE IF EXISTS pages DROP CONSTRAINT IF EXISTS pages_pkey;
ALTER TABLE IF EXISTS pages ADD PRIMARY KEY (machine, path, member)
""",
    6: "SELECT 1",  # moved: made with the other tables
}


def _partitions(table: str) -> list[str]:
    thin = f" WITH (toast_tuple_target = {TOAST_TARGET})" if table == "articles" else ""
    return [
        f"CREATE TABLE IF NOT EXISTS {table}_p{k} PARTITION OF {table} "
        f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {k}){thin}"
        for k in range(PARTITIONS)
    ]


def has_rum(conn: psycopg.Connection) -> bool:
    """Whether the rum extension is in this database."""
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = %s)", (RUM,)).fetchone()
    return bool(row and row[0])


def _try_rum(conn: psycopg.Connection) -> bool:
    """The rum extension in this database: there already, or made now if the package is on the
    server and we may (it is not a trusted extension: usually a superuser makes it once)."""
    if has_rum(conn):
        return True
    try:
        with conn.transaction():  # a savepoint: a refusal leaves the transaction usable
            conn.execute("CREATE EXTENSION IF NOT EXISTS rum")
    except psycopg.Error:
        return False
    return True


HAS_INDEX = "SELECT to_regclass(%s) IS NOT NULL"  # the index (or any relation) named %s exists
# the articles in the archive as of the last ANALYZE (0 before the first): its partitions' reltuples
ROWS_ESTIMATE = (
    "SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) FROM pg_inherits i "
    "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass('articles')"
)
# the GIN indexes of the articles' partitions merge the rows written since the last VACUUM from
# their pending lists (a list every search of the index reads whole); those of another role's
# tables are left to autovacuum (the function wants the index's owner, as VACUUM does)
CLEAN_PENDING = (
    "SELECT coalesce(sum(gin_clean_pending_list(x.indexrelid)), 0) FROM pg_inherits i "
    "JOIN pg_index x ON x.indrelid = i.inhrelid JOIN pg_class c ON c.oid = x.indexrelid "
    "JOIN pg_am am ON am.oid = c.relam WHERE i.inhparent = to_regclass('articles') AND am.amname = 'gin' "
    "AND pg_has_role(c.relowner, 'USAGE')"
)


def has_index(conn: psycopg.Connection, name: str) -> bool:
    row = conn.execute(HAS_INDEX, (name,)).fetchone()
    return bool(row and row[0])


def doc_index_method(conn: psycopg.Connection) -> str | None:
    """The access method of `doc`'s index ('rum' or 'gin'); None while there is none (a bulk load)."""
    row = conn.execute(
        "SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
        "WHERE c.relname = 'articles_doc' AND c.relnamespace = ANY(current_schemas(false)::regnamespace[])"
    ).fetchone()
    return str(row[0]) if row else None


def search_index_statements(conn: psycopg.Connection, *, make_rum: bool = True) -> list[str]:
    """CREATE INDEX statements for the search indexes that are missing. `doc`'s is RUM when
    the extension is there (or, with `make_rum`, can be made), and a GIN index of an archive
    that has RUM now is dropped, to be made again as RUM."""
    rum = _try_rum(conn) if make_rum else has_rum(conn)
    if rum and doc_index_method(conn) == "gin":
        conn.execute("DROP INDEX articles_doc")
    return [f"CREATE INDEX IF NOT EXISTS {name} ON {spec}" for name, spec in search_index_specs(conn, rum=rum)]


def search_index_specs(conn: psycopg.Connection, *, rum: bool | None = None) -> list[tuple[str, str]]:
    """The search indexes as (name, "articles USING ... (...)"): `doc`'s RUM when there is RUM
    (`rum`: the caller knows), with the count index then; GIN without."""
    rum = has_rum(conn) if rum is None else rum
    method, opclass = (RUM, " rum_tsvector_ops") if rum else ("gin", "")
    return [
        (name, spec.format(doc=method, opclass=opclass))
        for name, spec in SEARCH_INDEXES.items()
        if rum or name != COUNT_INDEX
    ]


def make_search_indexes(conn: psycopg.Connection, *, make_rum: bool = True) -> None:
    """The search indexes that are missing, made now (in the caller's transaction)."""
    conn.execute(f"SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}'")
    for statement in search_index_statements(conn, make_rum=make_rum):
        conn.execute(statement)


def version(conn: psycopg.Connection) -> int | None:
    """The schema's version in this database; None when there is no archive here."""
    exists = conn.execute("SELECT to_regclass('meta') IS NOT NULL AND to_regclass('articles') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else None


def ensure(conn: psycopg.Connection) -> list[str]:
    """Make the tables if they are not there (in one transaction, one maker at a time). A first
    load that was cut off left the search indexes unmade: this run goes on with it
    (engine.bulk_load makes them at its end). Those an archive made before RUM was installed,
    or before the count index or the fields' index, lacks are made now, and a title_v that
    went to TOAST stays in the row from now on. What was made for
    an archive that was there: one line each, for the run's notes."""
    later: list[str] = []  # what a second, short transaction changes (_at_once)
    notes = _ensure(conn, later)
    if later:
        _at_once(conn, later, notes)
    _drop_body_statistics(conn)
    return notes


def _drop_body_statistics(conn: psycopg.Connection) -> None:
    """An archive made before NO_BODY_STATISTICS loses the body's statistics, silently: only
    when its owner runs, and only if no other run's VACUUM, ANALYZE or CREATE INDEX holds a
    partition at the moment (else a later run does it): no wait, no note."""
    try:
        with conn.transaction():
            if _has(conn, _BODY_STATISTICS):
                conn.execute("SET LOCAL lock_timeout = '100ms'")
                conn.execute(NO_BODY_STATISTICS)
    except (psycopg.errors.LockNotAvailable, psycopg.errors.InsufficientPrivilege):
        pass


def _ensure(conn: psycopg.Connection, later: list[str]) -> list[str]:
    """ensure's first transaction: what takes long (CREATE INDEX lets searches and other
    machines' reads go on: ShareLock); what needs the tables to themselves, in `later`."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        found = version(conn)
        if found == SCHEMA_VERSION:
            if bulk_loading(conn):
                if not _bulk_load_running(conn):  # a first load was cut off: this run goes on with it
                    return [CUT_OFF_NOTE]
                return []
            notes = []
            if has_rum(conn) and doc_index_method(conn) == "gin":
                make_search_indexes(conn, make_rum=False)
                notes.append("search indexes: the words' index made again with RUM (installed on the server since)")
            elif has_rum(conn) and not has_index(conn, COUNT_INDEX):
                make_search_indexes(conn, make_rum=False)
                notes.append(_COUNT_INDEX_NOTE)
            # made here, the four it replaces dropped by a second transaction (_at_once): DROP INDEX
            # holds every partition until its commit, and asked after CREATE INDEX's ShareLock in
            # one transaction it would be a lock upgrade (a deadlock with another machine's run
            # that read `articles` and then writes it)
            fields = has_index(conn, FIELD_INDEXES_BEFORE[0]) or not has_index(conn, FIELDS_INDEX)
            if fields and _as_owner(conn, lambda: make_search_indexes(conn, make_rum=False), notes, _FIELDS_INDEX_NOTE):
                later.append("DROP INDEX IF EXISTS " + ", ".join(FIELD_INDEXES_BEFORE))  # (a non-owner: they stay)
            if _title_in_toast(conn):
                later.append(INLINE_TITLE)
            return notes
        upgraded = found is not None and not has_index(conn, COUNT_INDEX)  # an archive made before it
        for old in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
            for statement in _UPGRADES[old].split(";\n"):
                conn.execute(statement)
        for statement in _TABLES.split(";\n"):
            if statement.strip():
                conn.execute(statement)
            if "PARTITION BY HASH" in statement:
                table = statement.split("EXISTS", 1)[1].split()[0]
                for partition in _partitions(table):
                    conn.execute(partition)
        conn.execute(INLINE_TITLE)  # (the partitions' columns too)
        conn.execute(NO_BODY_STATISTICS)
        for statement in _INDEXES.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("DROP INDEX IF EXISTS " + ", ".join(FIELD_INDEXES_BEFORE))  # an older archive's
        make_search_indexes(conn)
        conn.execute(
            "INSERT INTO meta VALUES ('version', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (str(SCHEMA_VERSION),),
        )
        return [_COUNT_INDEX_NOTE] if upgraded and has_index(conn, COUNT_INDEX) else []


AT_ONCE_WAIT = "5s"  # the most _at_once waits for the other runs' transactions on `articles`


def _at_once(conn: psycopg.Connection, statements: list[str], notes: list[str]) -> None:
    """ensure's second transaction: `statements`, which need `articles` to themselves, the
    strongest lock first, waiting at most AT_ONCE_WAIT (searches queue behind it meanwhile);
    the archive busy for longer, or a role that does not own it: the next run tries again."""
    title = INLINE_TITLE in statements
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            conn.execute(f"SET LOCAL lock_timeout = '{AT_ONCE_WAIT}'")
            for statement in statements:
                conn.execute(statement)
    except psycopg.errors.LockNotAvailable:
        notes.append("search indexes: the archive was busy; the next `tuiarchive index` finishes the change")
        return
    except psycopg.errors.InsufficientPrivilege:
        notes.append(f"title: rankings: {_NOT_OWNER_NOTE}")
        return
    if title:
        notes.append(_INLINE_TITLE_NOTE)


def _as_owner(
    conn: psycopg.Connection, change: Callable[[], object], notes: list[str], done: str, what: str = "search indexes"
) -> bool:
    """`change` to the archive's tables (a savepoint) and its note (`done`); an indexer whose role
    does not own them (granted their rows only) goes on without it, and says so (`what`: not changed)."""
    try:
        with conn.transaction():
            change()
    except psycopg.errors.InsufficientPrivilege:
        notes.append(f"{what}: {_NOT_OWNER_NOTE}")
        return False
    notes.append(done)
    return True


_NOT_OWNER_NOTE = (
    "not changed, as this role does not own the archive's tables: the owner's next `tuiarchive index` changes it"
)


def _has(conn: psycopg.Connection, sql: str) -> bool:
    row = conn.execute(sql).fetchone()
    return bool(row and row[0])


def _title_in_toast(conn: psycopg.Connection) -> bool:
    """Whether `title_v` may still go to TOAST (an archive made before INLINE_TITLE)."""
    row = conn.execute(_TITLE_STORAGE).fetchone()
    return bool(row and row[0] != "m")


CUT_OFF_NOTE = (
    "search indexes: a first load was cut off; this run goes on loading without them and makes them at its end"
)
_FIELDS_INDEX_NOTE = (
    f"search indexes: the fields' four indexes made one ({FIELDS_INDEX}), new since this archive was made "
    "(once; other machines' indexers waited for it)"
)
_INLINE_TITLE_NOTE = (
    "title: rankings: the titles' words are kept in the row from now on; the rows written before keep "
    "theirs in TOAST until written again (`VACUUM FULL articles` once moves them all: docs/postgresql.md)"
)
_COUNT_INDEX_NOTE = (
    f"search indexes: made the exact counts' index ({COUNT_INDEX}), new since this archive was made "
    "(once; other machines' indexers waited for it)"
)


BULK_LOCK = 0x7475_6961_0002  # held (session) by the run doing a first load without the search indexes


def bulk_loading(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM meta WHERE key = %s)", (BULK_KEY,)).fetchone()
    return bool(row and row[0])


def _bulk_load_running(conn: psycopg.Connection) -> bool:
    """Whether a run holds the bulk load's lock now (another machine's first load)."""
    row = conn.execute("SELECT pg_try_advisory_xact_lock_shared(%s)", (BULK_LOCK,)).fetchone()
    return not (row and row[0])
