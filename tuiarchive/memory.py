"""What the reader keeps between sessions: articles read, bookmarks, saved searches, the
last query, the query history and the theme.

One small SQLite file in the user's data folder (`config.user_data_dir()`, which
$TUIARCHIVE_DATA moves), never inside the index, so `tuiarchive index --rebuild` keeps it.
Articles are remembered by id, which is made from the file's path and so survives a rebuild;
when a file moves, the archive says which id became which, and `carry_over` follows it.
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

MEMORY_NAME = "memory.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read (article_id TEXT PRIMARY KEY, opened_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS bookmarks (
    article_id TEXT PRIMARY KEY, title TEXT NOT NULL, path TEXT NOT NULL, added_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS saved_searches (name TEXT PRIMARY KEY, query TEXT NOT NULL, saved_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

LAST_QUERY = "last_query"
THEME = "theme"
QUERY_HISTORY = "query_history"


@dataclass(frozen=True, slots=True)
class Bookmark:
    article_id: str
    title: str
    path: str


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str


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
        db.executescript(_SCHEMA)
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
    def toggle_bookmark(self, article_id: str, title: str, path: str) -> bool:
        """Bookmark the article, or take its bookmark away; True when it is now bookmarked."""
        if self.is_bookmarked(article_id):
            self._write("DELETE FROM bookmarks WHERE article_id = ?", (article_id,))
            return False
        self._write("INSERT INTO bookmarks VALUES (?, ?, ?, ?)", (article_id, title, path, time.time()))
        return True

    def is_bookmarked(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM bookmarks WHERE article_id = ?", (article_id,)))

    def bookmarks(self) -> list[Bookmark]:
        """Newest first."""
        rows = self._rows("SELECT article_id, title, path FROM bookmarks ORDER BY added_at DESC")
        return [Bookmark(*row) for row in rows]

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
    def save_search(self, name: str, query: str) -> None:
        """Save (or replace) the search under `name`."""
        self._write("INSERT OR REPLACE INTO saved_searches VALUES (?, ?, ?)", (name.strip(), query, time.time()))

    def forget_search(self, name: str) -> None:
        self._write("DELETE FROM saved_searches WHERE name = ?", (name,))

    def saved_searches(self) -> list[SavedSearch]:
        """By name."""
        rows = self._rows("SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE")
        return [SavedSearch(*row) for row in rows]

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
