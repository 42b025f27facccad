"""The archive's tables on PostgreSQL, declared once.

- `articles`: one row per article, everything the browser needs (the files are on someone
  else's machine): its fields, its body, its related items, and `doc`, the weighted
  tsvector searched by a plain word: the headline (A) above the author (B), the site (C)
  and the body (D), in one GIN index; `body:` is its A and D lexemes. `title_v` (the
  headline), `names_v` (author B, site C), `related_v` and `path_v` answer title:, by:,
  site:, related: and path: from GIN indexes of their own.
  Hash-partitioned by the article id.
- `links`: the related items of each article as printed, keyed by (src, pos), src being the
  article id: hash-partitioned on it the same way, so an article's row and its links sit in
  the same partition (and, on Citus, the same shard: docs/postgresql.md).
- `files`, `roots`, `settings`: the catalog, per machine (each machine indexes its own
  folders): what files were read and what they became, and the failures.
- `meta`: the schema's version.

Languages: one text search configuration for the archive (TEXT_CONFIG), as whoosh's one
English analyzer; `language` is kept per article for a future choice per row.
"""

from __future__ import annotations

import psycopg

SCHEMA_VERSION = 2  # 2: title_v and names_v
TEXT_CONFIG = "english"  # headline, body, author, site and related items
PATH_CONFIG = "simple"  # the words of a file's path: not stemmed
PARTITIONS = 8  # hash partitions of articles and links (more on a bigger server: docs/postgresql.md)
SCHEMA_LOCK = 0x7475_6961_0001  # an advisory lock held while the tables are made (two first runs at once)

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
CREATE INDEX IF NOT EXISTS files_hash ON files (hash) WHERE status = 'ok';
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

_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_doc ON articles USING gin (doc);
CREATE INDEX IF NOT EXISTS articles_title_v ON articles USING gin (title_v);
CREATE INDEX IF NOT EXISTS articles_names_v ON articles USING gin (names_v);
CREATE INDEX IF NOT EXISTS articles_related_v ON articles USING gin (related_v);
CREATE INDEX IF NOT EXISTS articles_path_v ON articles USING gin (path_v);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_title_key ON articles (title_key);
CREATE INDEX IF NOT EXISTS articles_url_key ON articles (url_key);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path);
CREATE INDEX IF NOT EXISTS links_key ON links (key);
CREATE INDEX IF NOT EXISTS links_url_key ON links (url_key);
"""


# What an archive of an older version needs to become this one (run before the indexes are made).
_UPGRADES = {
    1: f"""
ALTER TABLE articles ADD COLUMN IF NOT EXISTS title_v tsvector, ADD COLUMN IF NOT EXISTS names_v tsvector;
UPDATE articles SET title_v = to_tsvector('{TEXT_CONFIG}', title),
    names_v = setweight(to_tsvector('{TEXT_CONFIG}', coalesce(author, '')), 'B')
        || setweight(to_tsvector('{TEXT_CONFIG}', coalesce(site, '')), 'C');
ALTER TABLE articles ALTER COLUMN title_v SET NOT NULL, ALTER COLUMN names_v SET NOT NULL
""",
}


def _partitions(table: str) -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {table}_p{k} PARTITION OF {table} "
        f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {k})"
        for k in range(PARTITIONS)
    ]


def version(conn: psycopg.Connection) -> int | None:
    """The schema's version in this database; None when there is no archive here."""
    exists = conn.execute("SELECT to_regclass('meta') IS NOT NULL AND to_regclass('articles') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else None


def ensure(conn: psycopg.Connection) -> None:
    """Make the tables if they are not there (in one transaction, one maker at a time)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        found = version(conn)
        if found == SCHEMA_VERSION:
            return
        for old in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
            for statement in _UPGRADES[old].split(";\n"):
                conn.execute(statement)
        for statement in (_TABLES + _INDEXES).split(";\n"):
            if statement.strip():
                conn.execute(statement)
            if "PARTITION BY HASH" in statement:
                table = statement.split("EXISTS", 1)[1].split()[0]
                for partition in _partitions(table):
                    conn.execute(partition)
        conn.execute(
            "INSERT INTO meta VALUES ('version', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (str(SCHEMA_VERSION),),
        )
