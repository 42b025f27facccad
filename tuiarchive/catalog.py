"""The catalog: what files were read, what they became, and how articles link.

An SQLite database beside the full-text index. It answers the questions the search engine
is bad at: "has this file changed since last time?" (size, mtime, content hash), "which
roots does the archive cover?", "which files failed and why?", and the link graph between
articles (a related headline resolves to an archived article through its normalised
headline, so "which articles point here" is one indexed lookup).

The full-text index is written first and the catalog after it, so a crash between the two
leaves the catalog behind, never ahead: the next run re-reads those files, and because the
index updates by id, doing that twice is harmless.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .model import Article, RelatedItem
from .text import headline_key

CATALOG_NAME = "catalog.sqlite"
CATALOG_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS roots (path TEXT PRIMARY KEY, added REAL NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    id TEXT,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    reason TEXT,
    title TEXT,
    title_key TEXT,
    published TEXT,
    author TEXT,
    site TEXT,
    seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS files_title_key ON files(title_key);
CREATE INDEX IF NOT EXISTS files_id ON files(id);
CREATE TABLE IF NOT EXISTS links (
    src TEXT NOT NULL,
    pos INTEGER NOT NULL,
    section TEXT NOT NULL,
    headline TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (src, pos)
);
CREATE INDEX IF NOT EXISTS links_key ON links(key);
"""


@dataclass(frozen=True, slots=True)
class FileState:
    path: str
    id: str | None
    size: int
    mtime_ns: int
    hash: str | None
    status: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """A catalogued article, enough to list it and open it."""

    id: str
    path: str
    title: str
    published: str | None
    author: str | None
    site: str | None


@dataclass(frozen=True, slots=True)
class ResolvedLink:
    section: str
    headline: str
    target: ArticleRef | None  # None: not in the archive


@dataclass(frozen=True, slots=True)
class CatalogStats:
    articles: int
    failed: int
    first_published: str | None
    last_published: str | None
    sites: list[tuple[str, int]]
    roots: list[str]
    links: int
    resolved_links: int
    follow_links: bool
    links_skipped: int


class CatalogDamaged(RuntimeError):
    """catalog.sqlite cannot be used (damaged, emptied, unreadable); str(exc) says what."""


class Catalog:
    def __init__(self, index_dir: Path, *, readonly: bool = False) -> None:
        self.path = index_dir / CATALOG_NAME
        try:
            if readonly:
                self.db = self._open_readonly()
            else:
                self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (str(CATALOG_VERSION),))
                self.db.commit()
        except sqlite3.Error as exc:
            raise CatalogDamaged(f"{self.path} cannot be used ({exc})") from exc
        self.db.row_factory = sqlite3.Row

    def _open_readonly(self) -> sqlite3.Connection:
        """Read-only, also where the folder is not writable (a WAL database's readers normally
        create its -shm file: immutable=1 reads without it) and checked to be a catalog."""
        last: sqlite3.Error | None = None
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            try:
                db = sqlite3.connect(f"file:{self.path}?{flags}", uri=True, timeout=30, check_same_thread=False)
                db.execute("SELECT count(*) FROM files").fetchone()
                db.execute("SELECT count(*) FROM roots").fetchone()
                return db
            except sqlite3.OperationalError as exc:
                last = exc
                if "no such table" in str(exc):
                    raise CatalogDamaged(f"{self.path} is empty or not a catalog") from exc
        assert last is not None
        raise last

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            yield
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ roots
    def roots(self) -> list[str]:
        return [r["path"] for r in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def add_roots(self, paths: Iterable[str]) -> None:
        now = time.time()
        self.db.executemany("INSERT OR IGNORE INTO roots VALUES (?, ?)", [(p, now) for p in paths])

    # ------------------------------------------------------------------ files
    def file_states(self) -> dict[str, FileState]:
        rows = self.db.execute("SELECT path, id, size, mtime_ns, hash, status, reason FROM files")
        return {r["path"]: FileState(*r) for r in rows}

    def record_article(self, article: Article, size: int, mtime_ns: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, 'ok', NULL, ?, ?, ?, ?, ?, ?)",
            (
                article.path,
                article.id,
                size,
                mtime_ns,
                article.content_hash,
                article.title,
                headline_key(article.title),
                article.published_iso(),
                article.author,
                article.site,
                time.time(),
            ),
        )
        self.db.execute("DELETE FROM links WHERE src = ?", (article.id,))
        self.db.executemany(
            "INSERT INTO links VALUES (?, ?, ?, ?, ?)",
            [
                (article.id, pos, item.section, item.headline, headline_key(item.headline))
                for pos, item in enumerate(article.related)
            ],
        )

    def record_failure(self, path: str, size: int, mtime_ns: int, file_hash: str | None, reason: str) -> None:
        old = self.db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if old and old["id"]:
            self.db.execute("DELETE FROM links WHERE src = ?", (old["id"],))
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, NULL, ?, ?, ?, 'failed', ?, NULL, NULL, NULL, NULL, NULL, ?)",
            (path, size, mtime_ns, file_hash, reason, time.time()),
        )

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """The file's stat changed but its bytes did not."""
        self.db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def forget(self, path: str) -> None:
        row = self.db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if row and row["id"]:
            self.db.execute("DELETE FROM links WHERE src = ?", (row["id"],))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def forget_ids(self, ids: Iterable[str]) -> None:
        for article_id in ids:
            self.db.execute("DELETE FROM links WHERE src = ?", (article_id,))
            self.db.execute("DELETE FROM files WHERE id = ?", (article_id,))

    def clear(self) -> None:
        self.db.execute("DELETE FROM files")
        self.db.execute("DELETE FROM links")

    def article_ids(self) -> set[str]:
        return {r["id"] for r in self.db.execute("SELECT id FROM files WHERE status = 'ok'")}

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM files WHERE status = 'ok'").fetchone()[0]

    def failures(self) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT path, reason FROM files WHERE status = 'failed' ORDER BY path")
        return [(r["path"], r["reason"]) for r in rows]

    # ------------------------------------------------------------------ articles and links
    def ref(self, article_id: str) -> ArticleRef | None:
        return self._ref_where("id", article_id)

    def ref_by_path(self, path: str) -> ArticleRef | None:
        return self._ref_where("path", path)

    def _ref_where(self, column: str, value: str) -> ArticleRef | None:
        assert column in ("id", "path")  # a column name, never user text
        row = self.db.execute(
            f"SELECT id, path, title, published, author, site FROM files WHERE {column} = ? AND status = 'ok'",
            (value,),
        ).fetchone()
        return ArticleRef(*row) if row else None

    def resolve(self, items: list[RelatedItem], *, exclude: str | None = None) -> list[ResolvedLink]:
        out = []
        for item in items:
            row = self.db.execute(
                "SELECT id, path, title, published, author, site FROM files "
                "WHERE title_key = ? AND status = 'ok' AND id IS NOT ? ORDER BY published DESC LIMIT 1",
                (headline_key(item.headline), exclude),
            ).fetchone()
            out.append(ResolvedLink(item.section, item.headline, ArticleRef(*row) if row else None))
        return out

    def backlinks(self, article_id: str) -> list[tuple[str, ArticleRef]]:
        """(section, source article) for every archived article whose lists point here."""
        row = self.db.execute("SELECT title_key FROM files WHERE id = ?", (article_id,)).fetchone()
        if not row or not row["title_key"]:
            return []
        rows = self.db.execute(
            "SELECT l.section, f.id, f.path, f.title, f.published, f.author, f.site "
            "FROM links l JOIN files f ON f.id = l.src "
            "WHERE l.key = ? AND l.src != ? AND f.status = 'ok' ORDER BY f.published DESC",
            (row["title_key"], article_id),
        )
        seen: set[str] = set()
        out = []
        for r in rows:
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            out.append(
                (r["section"], ArticleRef(r["id"], r["path"], r["title"], r["published"], r["author"], r["site"]))
            )
        return out

    def stats(self) -> CatalogStats:
        q = self.db.execute
        articles = q("SELECT count(*) FROM files WHERE status = 'ok'").fetchone()[0]
        failed = q("SELECT count(*) FROM files WHERE status = 'failed'").fetchone()[0]
        first, last = q(
            "SELECT min(published), max(published) FROM files WHERE status = 'ok' AND published IS NOT NULL"
        ).fetchone()
        sites = [
            (r[0], r[1])
            for r in q(
                "SELECT site, count(*) FROM files WHERE status = 'ok' AND site IS NOT NULL "
                "GROUP BY site ORDER BY count(*) DESC, site LIMIT 50"
            )
        ]
        links = q("SELECT count(*) FROM links").fetchone()[0]
        resolved = q(
            "SELECT count(*) FROM links l WHERE EXISTS "
            "(SELECT 1 FROM files f WHERE f.title_key = l.key AND f.status = 'ok' AND f.id != l.src)"
        ).fetchone()[0]
        follow = self.setting("follow_links") == "1"
        skipped = int(self.setting("links_skipped", "0") or 0)
        return CatalogStats(articles, failed, first, last, sites, self.roots(), links, resolved, follow, skipped)
