"""The catalog: what files were read, what they became, and how articles link.

An SQLite database beside the full-text index. It answers the questions the search engine
is bad at: "has this file changed since last time?" (size, mtime, content hash), "which
roots does the archive cover?", "which files failed and why?", and the link graph between
articles (a related item resolves to an archived article through its normalised URL, else
its normalised headline, so "which articles point here" is one indexed lookup).

A file is one row; a container (WARC, JSON Lines, SGML) is one row for the file (status
'container': its size, mtime and hash) and one row per member (its article, or the reason
it failed), all under the file's path, so re-reading or removing the file replaces or
removes them all.

The full-text index is written first and the catalog after it, so a crash between the two
leaves the catalog behind, never ahead: the next run re-reads those files, and because the
index updates by id, doing that twice is harmless.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog_records import (
    ArticleRef,
    CatalogDamaged,
    CatalogMisuse,
    CatalogOutdated,
    CatalogStats,
    FileState,  # noqa: F401  # imported from here, as before (catalog_records.py)
    FileStates,
    ResolvedLink,
    SameContent,
)
from .catalog_schema import MOVED_SCHEMA, OPENED_SCHEMA, PAGES_SCHEMA, PAGES_WITH_MEMBERS, SCHEMA
from .model import Article, RelatedItem

if TYPE_CHECKING:
    from .opened import Kept
    from .parser.context import PageFacts
from .text import headline_key

CATALOG_NAME = "catalog.sqlite"
_INSERT_ARTICLE = (
    "INSERT OR REPLACE INTO files (path, member, id, size, mtime_ns, hash, status, title, title_key, "
    "published, author, site, url, url_key, seen) VALUES (?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?)"
)
CATALOG_VERSION = 2  # 2: container members, URLs
# SQLite's page cache of a connection that writes (an indexing run), in KiB; its default is 2 MB.
# An article adds rows to five indexes whose keys come in no order (ids, headline and URL keys):
# once the catalog outgrew the cache, each insert read its pages again, and a 20,000-article
# build's job of 2,500 took twice the CPU of its first (99 -> 221 ms; 30% less in all at 16 MB).
WRITING_CACHE_KIB = 32768

PAGES_SETTING = "pages"  # every file read since has its rows in `pages`: PAGES_DONE (was "1": single pages only)
PAGES_DONE = "2"


_REF_COLUMNS = "id, path, title, published, author, site, NULLIF(member, ''), url"


def _failure_summary(failures: list[tuple[str, str]]) -> str | None:
    """One line for a container whose members failed, reported again on unchanged runs."""
    if not failures:
        return None
    key, reason = failures[0]
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    return f"[{key}] {reason}{more}"


class Catalog:
    """The files, articles and links of an archive, in SQLite.

    Every change is made inside `with catalog.transaction():`, which commits when the block
    ends and rolls back if it raises; a change outside one raises CatalogMisuse, so no caller
    commits the catalog behind its back or leaves changes pending for somebody else to commit.
    """

    def __init__(self, index_dir: Path, *, readonly: bool = False) -> None:
        self.path = index_dir / CATALOG_NAME
        self.reset = False  # an older catalog's files were forgotten: the index must be rebuilt to match
        self.new = False  # made by this opening: there was none, or an empty file
        self._in_transaction = False
        # called once, as the first transaction begins (recovery.open_catalog: the damage check)
        self.before_first_write: Callable[[], None] | None = None
        try:
            if readonly:
                self.db = self._open_readonly()
                if self._version() not in (None, CATALOG_VERSION):
                    self.db.close()
                    raise CatalogOutdated("the archive was made by an older tuiarchive: run `tuiarchive index`")
            else:
                self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute(f"PRAGMA cache_size = -{WRITING_CACHE_KIB}")  # negative: in KiB
                version = self._version()
                self.new = version is None
                if version != CATALOG_VERSION:  # new or older: set up (this version's catalog has it all)
                    if version is not None:
                        self.db.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS links;")
                        self.reset = True
                    self.db.executescript(SCHEMA)
                    self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CATALOG_VERSION),))
                    self.db.commit()
                self._make_pages()
                self.db.execute(MOVED_SCHEMA)
                self.db.execute(OPENED_SCHEMA)
                self.db.commit()
        except sqlite3.Error as exc:
            raise CatalogDamaged(f"{self.path} cannot be used ({exc})") from exc
        self.db.row_factory = sqlite3.Row

    def _make_pages(self) -> None:
        columns = [r[1] for r in self.db.execute("PRAGMA table_info(pages)")]
        if columns and "member" not in columns:
            self.db.executescript("BEGIN;" + PAGES_WITH_MEMBERS.format(schema=PAGES_SCHEMA) + "COMMIT;")
        else:
            self.db.executescript(PAGES_SCHEMA)

    def _version(self) -> int | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:
            return None  # a new, empty catalog
        return int(row[0]) if row and str(row[0]).isdigit() else None

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
        """One unit of work: committed when the block ends, rolled back if it raises.

        When another store must commit first (the full-text index: the catalog is never ahead
        of it), commit that store as the last step inside the block: if it fails, the catalog's
        part is rolled back; if the catalog's commit then fails, the index is ahead, which the
        next run's reconciling repairs."""
        if self._in_transaction:
            raise CatalogMisuse("catalog transactions do not nest")
        check, self.before_first_write = self.before_first_write, None
        if check is not None:
            check()
        self._in_transaction = True
        try:
            yield
            self.db.commit()
        except BaseException:
            # A Ctrl-C at the edge of the block can leave this generator to be closed after the
            # catalog was (the run's end closes it): closing discarded the uncommitted work
            # already, and "Exception ignored ... closed database" must not reach the user.
            with suppress(sqlite3.ProgrammingError):  # closed: nothing is left to roll back
                self.db.rollback()
            raise
        finally:
            self._in_transaction = False

    @property
    def _writing(self) -> sqlite3.Connection:
        """The connection, for a change: only inside a transaction."""
        if not self._in_transaction:
            raise CatalogMisuse("a change to the catalog outside catalog.transaction()")
        return self.db

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._writing.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ roots
    def roots(self) -> list[str]:
        return [r["path"] for r in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def remove_root(self, path: str) -> None:
        self._writing.execute("DELETE FROM roots WHERE path = ?", (path,))

    def root_counts(self) -> list[tuple[str, int]]:
        """Each remembered folder with the number of articles under it."""
        counts = []
        for root in self.roots():
            prefix = root.rstrip("/") + "/"
            n = self.db.execute(
                "SELECT count(*) FROM files WHERE status = 'ok' AND (path = ? OR substr(path, 1, ?) = ?)",
                (root, len(prefix), prefix),
            ).fetchone()[0]
            counts.append((root, n))
        return counts

    def paths_under(self, root: str) -> list[tuple[str, str | None]]:
        prefix = root.rstrip("/") + "/"
        rows = self.db.execute(
            "SELECT path, id FROM files WHERE path = ? OR substr(path, 1, ?) = ?", (root, len(prefix), prefix)
        )
        return [(r[0], r[1]) for r in rows]

    def same_content_elsewhere(self) -> list[SameContent]:
        """Articles whose exact content is also catalogued at another path: copies, or files
        moved with their folder (the caller checks which paths are gone)."""
        # grouped, not a correlated EXISTS: hash has no index, and that compared every file
        # with every other at each re-index (1.8 s for the 2,226 BBC files, quadratic)
        rows = self.db.execute(
            "SELECT path, member, id, hash FROM files WHERE status = 'ok' AND hash IN (SELECT hash FROM files "
            "WHERE status = 'ok' AND hash IS NOT NULL GROUP BY hash HAVING COUNT(DISTINCT path) > 1)"
        )
        return [SameContent(*r) for r in rows]

    # ------------------------------------------------------------------ moved articles
    def record_moves(self, moves: dict[str, str]) -> None:
        """Old id -> new id of articles whose file moved: a row each, the rows that led to an old
        id now lead to its new one, and an id that is an article again (moved back) leads nowhere."""
        w = self._writing
        w.executemany("UPDATE moved SET new_id = ? WHERE new_id = ?", [(new, old) for old, new in moves.items()])
        w.executemany("INSERT OR REPLACE INTO moved VALUES (?, ?)", list(moves.items()))
        w.execute("DELETE FROM moved WHERE old_id = new_id OR old_id IN (SELECT id FROM files WHERE id IS NOT NULL)")

    def moved_to(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Old id -> new id of these ids (None: of all) whose article moved."""
        try:
            if ids is None:
                return dict(self.db.execute("SELECT old_id, new_id FROM moved").fetchall())
            ids, found = list(ids), {}
            for at in range(0, len(ids), 500):
                chunk = ids[at : at + 500]
                marks = ",".join("?" * len(chunk))
                found.update(self.db.execute(f"SELECT old_id, new_id FROM moved WHERE old_id IN ({marks})", chunk))
            return found
        except sqlite3.OperationalError:  # a catalog from before moves were kept, opened read-only
            return {}

    def add_roots(self, paths: Iterable[str]) -> None:
        now = time.time()
        self._writing.executemany("INSERT OR IGNORE INTO roots VALUES (?, ?)", [(p, now) for p in paths])

    # ------------------------------------------------------------------ files
    def file_states(self) -> FileStates:
        """Every file's state, by path; read as plain tuples (sqlite3.Row costs a third more)."""
        plain = self.db.cursor()
        plain.row_factory = None
        ids: dict[str, list[str]] = {}  # a container's members' (a single file's is on its own row)
        for path, article_id in plain.execute("SELECT path, id FROM files WHERE member != '' AND id IS NOT NULL"):
            ids.setdefault(path, []).append(article_id)
        rows = plain.execute("SELECT path, id, size, mtime_ns, hash, status, reason FROM files WHERE member = ''")
        return FileStates({row[0]: row for row in rows}, ids)

    def record_article(self, article: Article, size: int, mtime_ns: int) -> None:
        """A file that is one article."""
        self._drop_file(article.path)
        self._insert_article(article, size, mtime_ns, article.content_hash)

    def record_new_article(self, article: Article, size: int, mtime_ns: int) -> None:
        """A file that is one article, and that the catalog has nothing of (its file_states said
        so, in this run): record_article without looking for an old entry to drop (two DELETEs
        an article, a third of what a build spends in the catalog)."""
        self._insert_article(article, size, mtime_ns, article.content_hash)

    def record_new_articles(self, files: list[tuple[Article, int, int, PageFacts | None]]) -> None:
        """record_new_article and record_page of many files (article, size, mtime_ns, page facts):
        the same rows in the same order, each statement run once over all of them (a worker's job
        in a build: three or four calls into SQLite an article before)."""
        from .formats.urls import url_key

        w, rows, links = self._writing, [], []
        for article, size, mtime_ns, _ in files:
            rows.append(self._article_row(article, size, mtime_ns, article.content_hash, url_key))
            links += self._link_rows(article, url_key)
        w.executemany(_INSERT_ARTICLE, rows)
        w.executemany("DELETE FROM links WHERE src = ?", [(article.id,) for article, *_ in files])
        w.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", links)
        pages = [(a.path, "", facts.group, facts.lines, facts.used) for a, _, _, facts in files if facts is not None]
        w.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)", pages)

    def record_container(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        file_hash: str | None,
        articles: list[Article],
        failures: list[tuple[str, str]],
    ) -> None:
        """A file of many articles: its own state, its members, and the members that failed."""
        self._drop_file(path)
        now = time.time()
        self._writing.execute(
            "INSERT INTO files (path, member, size, mtime_ns, hash, status, reason, seen) "
            "VALUES (?, '', ?, ?, ?, 'container', ?, ?)",
            (path, size, mtime_ns, file_hash, _failure_summary(failures), now),
        )
        for article in articles:
            self._insert_article(article, size, mtime_ns, article.content_hash)
        self._writing.executemany(
            "INSERT OR REPLACE INTO files (path, member, size, mtime_ns, status, reason, seen) "
            "VALUES (?, ?, ?, ?, 'failed', ?, ?)",
            [(path, key, size, mtime_ns, reason, now) for key, reason in failures],
        )

    def _insert_article(self, article: Article, size: int, mtime_ns: int, article_hash: str) -> None:
        from .formats.urls import url_key  # here: the formats package is not loaded for a search (issue 12)

        self._writing.execute(_INSERT_ARTICLE, self._article_row(article, size, mtime_ns, article_hash, url_key))
        self._writing.execute("DELETE FROM links WHERE src = ?", (article.id,))
        self._writing.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", self._link_rows(article, url_key))

    @staticmethod
    def _article_row(article: Article, size: int, mtime_ns: int, article_hash: str, url_key: Callable) -> tuple:
        return (
            article.path, article.member or "", article.id, size, mtime_ns, article_hash, article.title,
            headline_key(article.title), article.published_iso(), article.author, article.site, article.url,
            url_key(article.url), time.time(),
        )  # fmt: skip

    @staticmethod
    def _link_rows(article: Article, url_key: Callable) -> list[tuple]:
        return [
            (article.id, pos, item.section, item.headline, headline_key(item.headline), url_key(item.url))
            for pos, item in enumerate(article.related)
        ]

    def _drop_file(self, path: str) -> None:
        """Everything recorded for a file (its article, or a container's members)."""
        self._writing.execute(
            "DELETE FROM links WHERE src IN (SELECT id FROM files WHERE path = ? AND id IS NOT NULL)", (path,)
        )
        self._writing.execute("DELETE FROM files WHERE path = ?", (path,))
        self._writing.execute("DELETE FROM pages WHERE path = ?", (path,))
        self._writing.execute("DELETE FROM opened WHERE path = ?", (path,))

    # ------------------------------------------------------------------ archive context
    def record_page(self, path: str, facts: PageFacts, member: str = "") -> None:
        """A page's group, line hashes and the chrome its reading dropped (a file's, or a
        container's `member`)."""
        self._writing.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)", (path, member, facts.group, facts.lines, facts.used)
        )

    def page_groups(self, paths: Iterable[str]) -> set[str]:
        """The groups of these files, as last recorded."""
        paths, found = list(paths), set()
        for at in range(0, len(paths), 500):
            chunk = paths[at : at + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(f"SELECT grp FROM pages WHERE path IN ({marks})", chunk))
        return found

    def all_page_groups(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT grp FROM pages")}

    def group_pages(self, group: str) -> list[tuple[str, str, bytes, bytes]]:
        """(path, member, lines, used) of every page of a group."""
        rows = self.db.execute("SELECT path, member, lines, used FROM pages WHERE grp = ?", (group,))
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def page_used(self, path: str, member: str = "") -> bytes | None:
        """The chrome a page's reading dropped (None: none recorded)."""
        try:
            row = self.db.execute("SELECT used FROM pages WHERE path = ? AND member = ?", (path, member)).fetchone()
        except sqlite3.OperationalError:  # a catalog from before archive context, opened read-only
            return None
        return row[0] if row else None

    def record_opened(self, rows: list[tuple[str, bytes]]) -> None:
        """(path, outcome record) of single files read (tuiarchive/opened.py), after their article."""
        self._writing.executemany("INSERT OR REPLACE INTO opened VALUES (?, '', ?)", rows)

    def opened(self, path: str, member: str = "") -> Kept | None:
        """What the catalog keeps of an article for opening it without its parser (None: nothing)."""
        from .opened import Kept

        try:
            row = self.db.execute(
                "SELECT f.title, f.author, f.site, f.url, NULLIF(f.member, ''), f.hash, o.record FROM opened o "
                "JOIN files f ON f.path = o.path AND f.member = o.member "
                "WHERE o.path = ? AND o.member = ? AND f.status = 'ok'",
                (path, member),
            ).fetchone()
        except sqlite3.OperationalError:  # a catalog from before these records, opened read-only
            return None
        return Kept(*row) if row else None

    def links_of(self, article_id: str) -> list[tuple[str, str]]:
        """(section, headline) of an article's lists' items, in their order."""
        rows = self.db.execute("SELECT section, headline FROM links WHERE src = ? ORDER BY pos", (article_id,))
        return [(r[0], r[1]) for r in rows]

    def unpaged_files(self, containers: bool = False) -> set[str]:
        """Files read before archive context: single files with no row in `pages` (and with
        `containers`, containers with none: read before their members had rows)."""
        rows = self.db.execute(
            "SELECT f.path FROM files f LEFT JOIN pages p ON p.path = f.path "
            "WHERE f.member = '' AND (? OR f.status <> 'container') AND p.path IS NULL",
            (containers,),
        )
        return {r[0] for r in rows}

    def record_failure(self, path: str, size: int, mtime_ns: int, file_hash: str | None, reason: str) -> None:
        self._drop_file(path)
        self._writing.execute(
            "INSERT INTO files (path, member, size, mtime_ns, hash, status, reason, seen) "
            "VALUES (?, '', ?, ?, ?, 'failed', ?, ?)",
            (path, size, mtime_ns, file_hash, reason, time.time()),
        )

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """The file's stat changed but its bytes did not."""
        self._writing.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def forget(self, path: str) -> None:
        self._drop_file(path)

    def forget_ids(self, ids: Iterable[str]) -> None:
        for article_id in ids:
            self._writing.execute("DELETE FROM links WHERE src = ?", (article_id,))
            for table in ("pages", "opened"):
                self._writing.execute(
                    f"DELETE FROM {table} WHERE (path, member) IN (SELECT path, member FROM files WHERE id = ?)",
                    (article_id,),
                )
            self._writing.execute("DELETE FROM files WHERE id = ?", (article_id,))

    def clear(self) -> None:
        self._writing.execute("DELETE FROM files")
        self._writing.execute("DELETE FROM links")
        self._writing.execute("DELETE FROM pages")
        self._writing.execute("DELETE FROM opened")

    def article_ids(self) -> set[str]:
        return {r["id"] for r in self.db.execute("SELECT id FROM files WHERE status = 'ok'")}

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM files WHERE status = 'ok'").fetchone()[0]

    def failures(self) -> list[tuple[str, str]]:
        """(file, reason) of what failed; a container's member as "file [member]"."""
        rows = self.db.execute("SELECT path, member, reason FROM files WHERE status = 'failed' ORDER BY path, member")
        return [(r["path"] + (f" [{r['member']}]" if r["member"] else ""), r["reason"]) for r in rows]

    # ------------------------------------------------------------------ articles and links
    def ref(self, article_id: str) -> ArticleRef | None:
        return self._ref_where("id", article_id)

    def ref_by_path(self, path: str) -> ArticleRef | None:
        return self._ref_where("path", path)

    def _ref_where(self, column: str, value: str) -> ArticleRef | None:
        assert column in ("id", "path")  # a column name, never user text
        row = self.db.execute(
            f"SELECT {_REF_COLUMNS} FROM files WHERE {column} = ? AND status = 'ok' ORDER BY member LIMIT 1",
            (value,),
        ).fetchone()
        return ArticleRef(*row) if row else None

    def resolve(self, items: list[RelatedItem], *, exclude: str | None = None) -> list[ResolvedLink]:
        """Each related item's archived article: by its URL first, then by its headline."""
        from .formats.urls import url_key

        out = []
        for item in items:
            row = None
            key = url_key(item.url)
            if key:
                row = self.db.execute(
                    f"SELECT {_REF_COLUMNS} FROM files "
                    "WHERE url_key = ? AND status = 'ok' AND id IS NOT ? ORDER BY published DESC LIMIT 1",
                    (key, exclude),
                ).fetchone()
            if row is None:
                row = self.db.execute(
                    f"SELECT {_REF_COLUMNS} FROM files "
                    "WHERE title_key = ? AND status = 'ok' AND id IS NOT ? ORDER BY published DESC LIMIT 1",
                    (headline_key(item.headline), exclude),
                ).fetchone()
            out.append(ResolvedLink(item.section, item.headline, ArticleRef(*row) if row else None))
        return out

    def backlinks(self, article_id: str) -> list[tuple[str, ArticleRef]]:
        """(section, source article) for every archived article whose lists point here,
        by this article's URL or its headline."""
        row = self.db.execute("SELECT title_key, url_key FROM files WHERE id = ?", (article_id,)).fetchone()
        if not row or not (row["title_key"] or row["url_key"]):
            return []
        columns = "l.section, f.id, f.path, f.title, f.published, f.author, f.site, NULLIF(f.member, ''), f.url"
        rows = self.db.execute(
            f"SELECT {columns} FROM links l JOIN files f ON f.id = l.src "
            "WHERE l.key = ? AND l.src != ? AND f.status = 'ok' "
            f"UNION SELECT {columns} FROM links l JOIN files f ON f.id = l.src "
            "WHERE l.url_key = ? AND l.src != ? AND f.status = 'ok' ORDER BY 5 DESC",
            (row["title_key"], article_id, row["url_key"], article_id),
        )
        seen: set[str] = set()
        out = []
        for r in rows:
            if r[1] in seen:
                continue
            seen.add(r[1])
            out.append((r[0], ArticleRef(*r[1:])))
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
            "(SELECT 1 FROM files f WHERE f.title_key = l.key AND f.status = 'ok' AND f.id != l.src) OR EXISTS "
            "(SELECT 1 FROM files f WHERE f.url_key = l.url_key AND f.status = 'ok' AND f.id != l.src)"
        ).fetchone()[0]
        follow = self.setting("follow_links") == "1"
        skipped = int(self.setting("links_skipped", "0") or 0)
        return CatalogStats(articles, failed, first, last, sites, self.roots(), links, resolved, follow, skipped)
