"""The catalog's tables (tuiarchive/catalog.py), declared once: the files and links of its first
version, and the tables added since, each made when missing so that an older catalog keeps working."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS roots (path TEXT PRIMARY KEY, added REAL NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT NOT NULL,
    member TEXT NOT NULL DEFAULT '',  -- '' for the file itself; a container's members have a key
    id TEXT,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'container')),
    reason TEXT,
    title TEXT,
    title_key TEXT,
    published TEXT,
    author TEXT,
    site TEXT,
    url TEXT,
    url_key TEXT,
    seen REAL NOT NULL,
    PRIMARY KEY (path, member)
);
CREATE INDEX IF NOT EXISTS files_url_key ON files(url_key);
CREATE INDEX IF NOT EXISTS files_title_key ON files(title_key);
CREATE INDEX IF NOT EXISTS files_id ON files(id);
CREATE TABLE IF NOT EXISTS links (
    src TEXT NOT NULL,
    pos INTEGER NOT NULL,
    section TEXT NOT NULL,
    headline TEXT NOT NULL,
    key TEXT NOT NULL,
    url_key TEXT,
    PRIMARY KEY (src, pos)
);
CREATE INDEX IF NOT EXISTS links_key ON links(key);
CREATE INDEX IF NOT EXISTS links_url_key ON links(url_key);
"""
# Archive context (parser/context.py): each single-page file's group, line hashes and the chrome
# its reading dropped. A table of its own, made when missing: a catalog from before it keeps
# working, and the indexer reads its files again once to fill it in (indexer/context.py).
# A container's web pages (WARC, JSON Lines) have a row each, by member key ('' for a file).
PAGES_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    path TEXT NOT NULL, member TEXT NOT NULL DEFAULT '', grp TEXT NOT NULL, lines BLOB NOT NULL, used BLOB NOT NULL,
    PRIMARY KEY (path, member)
);
CREATE INDEX IF NOT EXISTS pages_grp ON pages(grp);
"""
# The pages table of before members had rows: its rows kept, as the files' ('' member).
PAGES_WITH_MEMBERS = """
ALTER TABLE pages RENAME TO pages_of_files;
DROP INDEX IF EXISTS pages_grp;
{schema}
INSERT INTO pages (path, member, grp, lines, used) SELECT path, '', grp, lines, used FROM pages_of_files;
DROP TABLE pages_of_files;
"""
# Articles whose file moved (a folder moved or renamed: indexer/record.py drop_moved): an id is
# made from the path, so the article has a new one; the old one leads to it (what the user kept:
# bookmarks, read marks, an exported id). One hop: a second move updates the rows that led to
# the first. A table of its own, made when missing, as `pages`.
MOVED_SCHEMA = "CREATE TABLE IF NOT EXISTS moved (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)"
# What opening an article needs beside the index and the other tables to give back the Article
# its file's reading gave, without reading it again (tuiarchive/opened.py): a single file's
# outcome record. A table of its own, made when missing, as `pages`; a file without a row is parsed.
OPENED_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS opened (path TEXT NOT NULL, member TEXT NOT NULL DEFAULT '', "
    "record BLOB NOT NULL, PRIMARY KEY (path, member)) WITHOUT ROWID"
)
