"""What the reader keeps between sessions: articles read, bookmarks, saved searches, the
last query, the query history and the theme.

One small SQLite file in the user's data folder (`config.user_data_dir()`, which
$TUIARCHIVE_DATA moves), never inside the index, so `tuiarchive index --rebuild` keeps it.
Articles are remembered by id, which is made from the file's path and so survives a rebuild;
when a file moves, the archive says which id became which, and `carry_over` follows it.
Bookmarks, saved searches and the last query belong to one archive (`archive_identity`: a
bookmark of another archive's article only said "no such article", review s33 U2); what was
kept before that (archive UNKNOWN) is claimed by the archive that has it, or shown as such.
Read marks, the query history and the theme are the reader's, in every archive.
No UI code here.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .config import user_data_dir
from .dburl import DatabaseIndex

MEMORY_NAME = "memory.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read (article_id TEXT PRIMARY KEY, opened_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS bookmarks (
    archive TEXT NOT NULL, article_id TEXT NOT NULL, title TEXT NOT NULL, path TEXT NOT NULL,
    added_at REAL NOT NULL, PRIMARY KEY (archive, article_id)
);
CREATE TABLE IF NOT EXISTS saved_searches (
    archive TEXT NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, saved_at REAL NOT NULL,
    PRIMARY KEY (archive, name)
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# the tables as versions before per-archive marks made them: (table, its columns now, the old ones)
_PER_ARCHIVE = (
    ("bookmarks", "archive, article_id, title, path, added_at", "article_id, title, path, added_at"),
    ("saved_searches", "archive, name, query, saved_at", "name, query, saved_at"),
)

LAST_QUERY = "last_query"  # the key of the last query kept before it was per archive (UNKNOWN's)
THEME = "theme"
QUERY_HISTORY = "query_history"
UNKNOWN = ""  # the archive of a bookmark or saved search kept before they were per archive


def archive_identity(location: Path | DatabaseIndex) -> str:
    """Which archive the reader's bookmarks, saved searches and last query belong to: the index
    folder's resolved path, or the server, port and database of one on PostgreSQL (never its
    user or password: one team archive whoever connects)."""
    if isinstance(location, DatabaseIndex):
        from urllib.parse import parse_qs, urlsplit

        try:
            parts = urlsplit(location.url)
            params = parse_qs(parts.query)
            host = parts.hostname or params.get("host", ["localhost"])[0]
            port = parts.port or params.get("port", ["5432"])[0]
        except ValueError:  # an unreadable string: its masked text is still one name for it
            return str(location)
        database = parts.path.lstrip("/") or params.get("dbname", [""])[0]
        return f"postgresql://{host}:{port}/{database}"
    return str(Path(location).expanduser().resolve())


def _before_per_archive(db: sqlite3.Connection) -> bool:
    """The file's bookmarks or saved searches are as versions before per-archive marks kept them."""
    for table, _, _ in _PER_ARCHIVE:
        names = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}  # our own table names
        if names and "archive" not in names:
            return True
    return False


def _migrate_to_per_archive(db: sqlite3.Connection) -> None:
    """Their rows moved to the tables of now, with no archive known (UNKNOWN), in the caller's transaction."""
    for table, columns, old in _PER_ARCHIVE:
        names = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if not names or "archive" in names:
            continue
        db.execute(f"ALTER TABLE {table} RENAME TO {table}_before")
        for statement in filter(str.strip, _SCHEMA.split(";")):
            db.execute(statement)
        db.execute(f"INSERT OR IGNORE INTO {table} ({columns}) SELECT ?, {old} FROM {table}_before", (UNKNOWN,))
        db.execute(f"DROP TABLE {table}_before")


@dataclass(frozen=True, slots=True)
class Bookmark:
    article_id: str
    title: str
    path: str
    archive: str = UNKNOWN  # UNKNOWN: kept before bookmarks were per archive, by an archive not known


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str
    archive: str = UNKNOWN


class Memory:
    """The reader's memory. If the file cannot be opened (read-only home, a damaged file), it
    works in memory for the session and `problem` says why, so the app still runs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / MEMORY_NAME
        self.problem: str | None = None
        self._lock = threading.Lock()  # the app writes from its thread, reads from workers
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._connect(str(self.path))
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"cannot keep what you read in {self.path} ({exc}); nothing is remembered this time"
            self._db = self._connect(":memory:")

    @classmethod
    def for_this_session(cls) -> Memory:
        """A memory kept in RAM only: nothing is read from or left on disk (benchmarks)."""
        memory = cls.__new__(cls)
        memory.path, memory.problem, memory._lock = Path(":memory:"), None, threading.Lock()
        memory._db = cls._connect(":memory:")
        return memory

    @staticmethod
    def _connect(where: str) -> sqlite3.Connection:
        db = sqlite3.connect(where, check_same_thread=False, timeout=5)
        if _before_per_archive(db):  # written by an older version: moved over, nothing dropped
            with db:
                db.execute("BEGIN IMMEDIATE")  # two apps starting at once migrate once
                if _before_per_archive(db):
                    _migrate_to_per_archive(db)
        db.executescript(_SCHEMA)  # writes nothing when the tables are there (a read-only file still reads)
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, args: tuple = ()) -> None:
        with self._lock:
            try:
                with self._db:
                    self._db.execute(sql, args)
            except sqlite3.Error as exc:  # a locked or vanished file: forget this one change
                self.problem = f"cannot write to {self.path}: {exc}"

    def _rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                self.problem = f"cannot read {self.path}: {exc}"
                return []

    # ------------------------------------------------------------------ read / unread
    def mark_read(self, article_id: str) -> None:
        self._write("INSERT OR REPLACE INTO read VALUES (?, ?)", (article_id, time.time()))

    def mark_unread(self, article_id: str) -> None:
        self._write("DELETE FROM read WHERE article_id = ?", (article_id,))

    def read_ids(self) -> set[str]:
        return {row[0] for row in self._rows("SELECT article_id FROM read")}

    # ------------------------------------------------------------------ bookmarks
    def toggle_bookmark(self, archive: str, article_id: str, title: str, path: str) -> bool:
        """Bookmark the article of `archive`, or take its bookmark away; True when it is now bookmarked."""
        if self.is_bookmarked(archive, article_id):
            self._write(
                "DELETE FROM bookmarks WHERE archive IN (?, ?) AND article_id = ?", (archive, UNKNOWN, article_id)
            )
            return False
        self._write("INSERT INTO bookmarks VALUES (?, ?, ?, ?, ?)", (archive, article_id, title, path, time.time()))
        return True

    def is_bookmarked(self, archive: str, article_id: str) -> bool:
        sql = "SELECT 1 FROM bookmarks WHERE archive IN (?, ?) AND article_id = ?"
        return bool(self._rows(sql, (archive, UNKNOWN, article_id)))

    def bookmarks(self, archive: str) -> list[Bookmark]:
        """The archive's bookmarks and those of an archive not known (kept before bookmarks were
        per archive), newest first."""
        rows = self._rows(
            "SELECT article_id, title, path, archive FROM bookmarks WHERE archive IN (?, ?) ORDER BY added_at DESC",
            (archive, UNKNOWN),
        )
        return [Bookmark(*row) for row in rows]

    def claim(self, archive: str, article_ids: set[str]) -> None:
        """Bookmarks of an archive not known whose articles are in `archive` are its own now."""
        ids = [(archive, article_id, UNKNOWN) for article_id in article_ids]
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "UPDATE OR IGNORE bookmarks SET archive = ? WHERE article_id = ? AND archive = ?", ids
                    )
            except sqlite3.Error as exc:
                self.problem = f"cannot write to {self.path}: {exc}"

    def kept_ids(self) -> set[str]:
        """The articles this memory names: read or bookmarked."""
        return self.read_ids() | {row[0] for row in self._rows("SELECT article_id FROM bookmarks")}

    def carry_over(self, moves: dict[str, str]) -> None:
        """Old id -> new id of articles whose file moved: their read marks and bookmarks go with
        them (an article already marked at its new id keeps that mark)."""
        if not moves:
            return
        pairs = list(moves.items())
        with self._lock:
            try:
                with self._db:
                    for table in ("read", "bookmarks"):  # two names of ours, never user text
                        self._db.executemany(f"UPDATE OR IGNORE {table} SET article_id = ? WHERE article_id = ?",
                                             [(new, old) for old, new in pairs])  # fmt: skip
                        self._db.executemany(f"DELETE FROM {table} WHERE article_id = ?", [(old,) for old, _ in pairs])
            except sqlite3.Error as exc:
                self.problem = f"cannot write to {self.path}: {exc}"

    # ------------------------------------------------------------------ saved searches
    def save_search(self, archive: str, name: str, query: str) -> None:
        """Save (or replace) the search under `name`, in `archive`."""
        self._write(
            "INSERT OR REPLACE INTO saved_searches VALUES (?, ?, ?, ?)", (archive, name.strip(), query, time.time())
        )

    def forget_search(self, archive: str, name: str) -> None:
        self._write("DELETE FROM saved_searches WHERE archive IN (?, ?) AND name = ?", (archive, UNKNOWN, name))

    def saved_searches(self, archive: str) -> list[SavedSearch]:
        """The archive's saved searches and those saved before they were per archive (a query
        means something in any archive), by name; the archive's own first of one name."""
        rows = self._rows(
            "SELECT name, query, archive FROM saved_searches WHERE archive IN (?, ?) "
            "ORDER BY name COLLATE NOCASE, archive = ?",
            (archive, UNKNOWN, UNKNOWN),
        )
        seen: set[str] = set()
        found = []
        for row in rows:
            if row[0] not in seen:
                seen.add(row[0])
                found.append(SavedSearch(*row))
        return found

    # ------------------------------------------------------------------ the last query
    def last_query(self, archive: str) -> str:
        """The archive's last query; the one kept before it was per archive goes to the first
        archive that asks (most likely the one it was typed in)."""
        key = f"{LAST_QUERY}:{archive}"
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        if rows:
            return rows[0][0]
        before = self.setting(LAST_QUERY)
        if before:
            self.set_last_query(archive, before)
            self._write("DELETE FROM settings WHERE key = ?", (LAST_QUERY,))
        return before

    def set_last_query(self, archive: str, query: str) -> None:
        self.set_setting(f"{LAST_QUERY}:{archive}", query)

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: str = "") -> str:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def query_history(self) -> list[str]:
        try:
            queries = json.loads(self.setting(QUERY_HISTORY, "[]"))
        except ValueError:
            return []
        return [q for q in queries if isinstance(q, str)] if isinstance(queries, list) else []

    def set_query_history(self, queries: list[str]) -> None:
        self.set_setting(QUERY_HISTORY, json.dumps(queries))
