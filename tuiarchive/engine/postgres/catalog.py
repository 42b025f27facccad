"""The catalog on PostgreSQL: the same questions as tuiarchive/catalog.py's SQLite one, per machine.

Each machine indexes its own folders: its roots, file states, failures and settings are
rows of its own (`machine`), so a run on one machine never reads another's files as
removed. The articles and the link graph are shared: references, headline resolution and
backlinks are indexed lookups on `articles` and `links`, whoever indexed them.

The indexer's catalog shares the engine's connection: the catalog's record of a batch of
files and the articles themselves commit in one transaction (`transaction()` and the
writer's commit are the same COMMIT), so a run cut off anywhere leaves both or neither.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import psycopg

from ...catalog import ArticleRef, CatalogMisuse, CatalogStats, FileStates, ResolvedLink, _failure_summary
from ...catalog_records import SameContent
from ...formats.urls import url_key
from ...model import Article, RelatedItem
from ...text import headline_key
from .connect import retry_once

if TYPE_CHECKING:
    from ...parser.context import PageFacts

ENV_MACHINE = "TUIARCHIVE_MACHINE"  # this machine's name in a shared archive (default: the host name)
_REF_COLUMNS = "a.id, a.path, a.title, a.published_text, a.author, a.site, NULLIF(a.member, ''), a.url"


def machine_name() -> str:
    return os.environ.get(ENV_MACHINE) or socket.gethostname() or "localhost"


class PostgresCatalog:
    """tuiarchive.catalog.Catalog's methods on the archive's database, for one machine."""

    def __init__(self, engine, *, readonly: bool = False, machine: str | None = None) -> None:
        self._engine = engine
        self.machine = machine or machine_name()
        self.path = engine.where  # what messages name
        self.reset = False
        self.new = False
        self._readonly = readonly
        self._in_transaction = False
        self._pipeline: psycopg.Pipeline | None = None  # while in transaction()
        self._pending = _Pending()  # new articles' records and pages, written together (_flush)
        self.db: psycopg.Connection = engine.new_connection(autocommit=True) if readonly else engine.connection
        engine.shared = engine.shared or not readonly  # the engine's connection is never replaced under it

    def close(self) -> None:
        if self._readonly:
            self.db.close()

    def _q(self, sql: str, params: tuple = ()) -> list[tuple]:
        """The statement's rows. Read-only (the app's, `show`'s), a connection found lost (the
        server restarted) is opened again and the statement sent once more (connect.lost)."""
        params = tuple(_clean(p) if isinstance(p, str) else p for p in params)  # text holds no NUL
        self._flush()  # what this transaction wrote is read

        def reopen() -> psycopg.Connection:
            self.db = self._engine.new_connection(autocommit=True)  # down: `cannot connect to ...`
            return self.db

        def run(conn: psycopg.Connection) -> list[tuple]:
            cur = conn.execute(sql, params)
            if self._pipeline is not None:
                self._pipeline.sync()  # the statements sent so far, and this one's rows
            return cur.fetchall() if cur.description else []

        try:
            return retry_once(self.db, reopen, run, retry=self._readonly)
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    def _w(self, sql: str, params: tuple = ()) -> None:
        """A change, sent without waiting for the server in a transaction (a pipeline: its
        error, if any, comes at the next read or at the commit, which then fails)."""
        if not self._in_transaction:  # in a transaction, the pipeline is open
            raise CatalogMisuse("a change to the catalog outside catalog.transaction()")
        self._flush()  # the changes in the order they were asked for
        try:
            self.db.execute(sql, tuple(_clean(p) if isinstance(p, str) else p for p in params))
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    def _flush(self) -> None:
        """The new articles' records and pages asked for since the last statement, each kind in one
        executemany (each a statement an article, sent as one: psycopg's Python work for a statement
        was 4-5 times the server's for these rows). Their rows are of distinct files and articles
        (_Pending.add), so writing them kind by kind is writing them in the order asked."""
        pending, self._pending = self._pending, _Pending()
        if pending.empty():
            return
        try:
            with self.db.cursor() as cur:
                if pending.files:
                    cur.executemany(_INSERT_FILE, pending.files)
                    cur.execute("DELETE FROM links WHERE src = ANY(%s)", (list(pending.ids),))
                if pending.links:
                    cur.executemany(_INSERT_LINKS, pending.links)
                if pending.pages:
                    cur.executemany(_INSERT_PAGE, pending.pages)
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work on the shared connection: committed when the block ends (with the
        articles written meanwhile), rolled back if it raises."""
        if self._in_transaction:
            raise CatalogMisuse("catalog transactions do not nest")
        self._in_transaction = True
        if self.db is self._engine.connection:
            # a writer's commit in the block (record.commit_job) sends the records asked for so far first: the
            # articles and the records of their files in one commit (a Ctrl-C between two commits left a
            # worker's batch of articles unrecorded: read again by the next run, ~3,000 files)
            self._engine.unsent = self._flush
        try:
            # a pipeline: the statements of a batch of files go out without a round trip each
            with self.db.pipeline() as self._pipeline:
                yield
                self._flush()
                self.db.commit()
        except psycopg.Error as exc:
            self._rollback()
            raise self._engine.failed(exc) from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_transaction = False
            self._engine.unsent = None
            self._pipeline = None
            self._pending = _Pending()  # (a transaction that failed: not written)

    def _rollback(self) -> None:
        if not self.db.closed:
            with contextlib.suppress(psycopg.Error):  # the connection is gone: the server rolled back
                self.db.rollback()

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: str = "") -> str:
        rows = self._q("SELECT value FROM settings WHERE machine = %s AND key = %s", (self.machine, key))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        self._w(
            "INSERT INTO settings VALUES (%s, %s, %s) ON CONFLICT (machine, key) DO UPDATE SET value = EXCLUDED.value",
            (self.machine, key, value),
        )

    # ------------------------------------------------------------------ roots
    def roots(self) -> list[str]:
        """This machine's folders (a reader: every machine's, others' as "machine:folder")."""
        if not self._readonly:
            return [r[0] for r in self._q("SELECT path FROM roots WHERE machine = %s ORDER BY path", (self.machine,))]
        rows = self._q("SELECT machine, path FROM roots ORDER BY machine <> %s, machine, path", (self.machine,))
        return [path if machine == self.machine else f"{machine}:{path}" for machine, path in rows]

    def remove_root(self, path: str) -> None:
        self._w("DELETE FROM roots WHERE machine = %s AND path = %s", (self.machine, path))

    def add_roots(self, paths: Iterable[str]) -> None:
        now = time.time()
        for p in paths:
            self._w("INSERT INTO roots VALUES (%s, %s, %s) ON CONFLICT DO NOTHING", (self.machine, p, now))

    def root_counts(self) -> list[tuple[str, int]]:
        counts = []
        for machine, root in self._q("SELECT machine, path FROM roots ORDER BY machine <> %s, machine, path",
                                     (self.machine,)):  # fmt: skip
            prefix = root.rstrip("/") + "/"
            n = self._q(
                "SELECT count(*) FROM files WHERE machine = %s AND status = 'ok' "
                "AND (path = %s OR starts_with(path, %s))",
                (machine, root, prefix),
            )[0][0]
            if self._readonly or machine == self.machine:
                counts.append((root if machine == self.machine else f"{machine}:{root}", n))
        return counts

    def paths_under(self, root: str) -> list[tuple[str, str | None]]:
        prefix = root.rstrip("/") + "/"
        return [
            (r[0], r[1])
            for r in self._q(
                "SELECT path, id FROM files WHERE machine = %s AND (path = %s OR starts_with(path, %s))",
                (self.machine, root, prefix),
            )
        ]

    def same_content_elsewhere(self) -> list[SameContent]:
        """This machine's articles whose exact content it also has at another path."""
        return [
            SameContent(*r)
            for r in self._q(
                "SELECT path, member, id, hash FROM files WHERE machine = %s AND status = 'ok' AND hash IN "
                "(SELECT hash FROM files WHERE machine = %s AND status = 'ok' AND hash IS NOT NULL "
                "GROUP BY hash HAVING count(DISTINCT path) > 1)",
                (self.machine, self.machine),
            )
        ]

    # ------------------------------------------------------------------ moved articles
    def record_moves(self, moves: dict[str, str]) -> None:
        """Old id -> new id of articles whose file moved (tuiarchive/catalog.py's): shared by
        the machines, as the articles are."""
        if not moves:
            return
        old, new = list(moves), list(moves.values())
        self._w(
            "UPDATE moved m SET new_id = n.new_id FROM unnest(%s::text[], %s::text[]) AS n(old_id, new_id) "
            "WHERE m.new_id = n.old_id",
            (old, new),
        )
        self._w(
            "INSERT INTO moved SELECT * FROM unnest(%s::text[], %s::text[]) "
            "ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id",
            (old, new),
        )
        self._w(
            "DELETE FROM moved m WHERE m.old_id = m.new_id OR EXISTS (SELECT 1 FROM articles a WHERE a.id = m.old_id)"
        )

    def moved_to(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Old id -> new id of these ids (None: of all) whose article moved."""
        if ids is None:
            return dict(self._q("SELECT old_id, new_id FROM moved"))
        return dict(self._q("SELECT old_id, new_id FROM moved WHERE old_id = ANY(%s)", (list(ids),)))

    # ------------------------------------------------------------------ files
    def file_states(self) -> FileStates:
        ids: dict[str, list[str]] = {}
        for path, article_id in self._q(
            "SELECT path, id FROM files WHERE machine = %s AND id IS NOT NULL", (self.machine,)
        ):
            ids.setdefault(path, []).append(article_id)
        rows = self._q(
            "SELECT path, id, size, mtime_ns, hash, status, reason FROM files WHERE machine = %s AND member = ''",
            (self.machine,),
        )
        return FileStates({r[0]: tuple(r) for r in rows}, ids)

    def record_article(self, article: Article, size: int, mtime_ns: int) -> None:
        self._drop_file(article.path)
        self._insert_article(article, size, mtime_ns)

    def record_new_article(self, article: Article, size: int, mtime_ns: int) -> None:
        """A file that is one article, and that this machine's catalog has nothing of (its
        file_states said so, in this run): record_article without the three DELETEs of an old
        entry (its links are still replaced: another machine may have indexed the same path).
        Written with the next statement, or at the commit, with the others of its kind (_flush)."""
        if not self._in_transaction:
            raise CatalogMisuse("a change to the catalog outside catalog.transaction()")
        if not self._pending.add_article(self.machine, article, size, mtime_ns):
            self._flush()  # the same article twice: the first one's records go first
            self._pending.add_article(self.machine, article, size, mtime_ns)

    def record_new_articles(self, files: list[tuple[Article, int, int, PageFacts | None]]) -> None:
        """record_new_article and record_page of many files (tuiarchive/catalog.py's): written
        together already, with the next statement or at the commit (_flush)."""
        for article, size, mtime_ns, facts in files:
            self.record_new_article(article, size, mtime_ns)
            if facts is not None:
                self.record_page(article.path, facts)

    def record_container(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        file_hash: str | None,
        articles: list[Article],
        failures: list[tuple[str, str]],
    ) -> None:
        self._drop_file(path)
        now = time.time()
        self._w(
            "INSERT INTO files (machine, path, member, size, mtime_ns, hash, status, reason, seen) "
            "VALUES (%s, %s, '', %s, %s, %s, 'container', %s, %s)",
            (self.machine, path, size, mtime_ns, file_hash, _failure_summary(failures), now),
        )
        for article in articles:
            self._insert_article(article, size, mtime_ns)
        for key, reason in failures:
            self._w(
                "INSERT INTO files (machine, path, member, size, mtime_ns, status, reason, seen) "
                "VALUES (%s, %s, %s, %s, %s, 'failed', %s, %s) ON CONFLICT (machine, path, member) DO UPDATE "
                "SET status = 'failed', reason = EXCLUDED.reason, id = NULL",
                (self.machine, path, key, size, mtime_ns, reason, now),
            )

    def _insert_article(self, article: Article, size: int, mtime_ns: int) -> None:
        self._w(_INSERT_FILE, _file_row(self.machine, article, size, mtime_ns))
        self._w("DELETE FROM links WHERE src = %s", (article.id,))
        if article.related:
            self._w(_INSERT_LINKS, _links_row(article))

    def _drop_file(self, path: str) -> None:
        self._w(
            "DELETE FROM links WHERE src IN (SELECT id FROM files WHERE machine = %s AND path = %s AND id IS NOT NULL)",
            (self.machine, path),
        )
        self._w("DELETE FROM files WHERE machine = %s AND path = %s", (self.machine, path))
        self._w("DELETE FROM pages WHERE machine = %s AND path = %s", (self.machine, path))

    # ------------------------------------------------------------------ archive context
    def record_page(self, path: str, facts: PageFacts, member: str = "") -> None:
        """A page's facts, written with the next statement, or at the commit, with the others (_flush)."""
        if not self._in_transaction:
            raise CatalogMisuse("a change to the catalog outside catalog.transaction()")
        row = (self.machine, _clean(path), _clean(member), _clean(facts.group), facts.lines, facts.used)
        if not self._pending.add_page(row):
            self._flush()
            self._pending.add_page(row)

    def page_groups(self, paths: Iterable[str]) -> set[str]:
        rows = self._q("SELECT DISTINCT grp FROM pages WHERE machine = %s AND path = ANY(%s)",
                       (self.machine, list(paths)))  # fmt: skip
        return {r[0] for r in rows}

    def all_page_groups(self) -> set[str]:
        return {r[0] for r in self._q("SELECT DISTINCT grp FROM pages WHERE machine = %s", (self.machine,))}

    def group_pages(self, group: str) -> list[tuple[str, str, bytes, bytes]]:
        rows = self._q(
            "SELECT path, member, lines, used FROM pages WHERE machine = %s AND grp = %s", (self.machine, group)
        )
        return [(r[0], r[1], bytes(r[2]), bytes(r[3])) for r in rows]

    def page_used(self, path: str, member: str = "") -> bytes | None:
        rows = self._q(
            "SELECT used FROM pages WHERE machine = %s AND path = %s AND member = %s", (self.machine, path, member)
        )
        return bytes(rows[0][0]) if rows else None

    def unpaged_files(self, containers: bool = False) -> set[str]:
        rows = self._q(
            "SELECT DISTINCT f.path FROM files f LEFT JOIN pages p ON p.machine = f.machine AND p.path = f.path "
            "WHERE f.machine = %s AND f.member = '' AND (%s OR f.status <> 'container') AND p.path IS NULL",
            (self.machine, containers),
        )
        return {r[0] for r in rows}

    def record_failure(self, path: str, size: int, mtime_ns: int, file_hash: str | None, reason: str) -> None:
        self._drop_file(path)
        self._w(
            "INSERT INTO files (machine, path, member, size, mtime_ns, hash, status, reason, seen) "
            "VALUES (%s, %s, '', %s, %s, %s, 'failed', %s, %s)",
            (self.machine, path, size, mtime_ns, file_hash, reason, time.time()),
        )

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        self._w(
            "UPDATE files SET size = %s, mtime_ns = %s WHERE machine = %s AND path = %s",
            (size, mtime_ns, self.machine, path),
        )

    def forget(self, path: str) -> None:
        self._drop_file(path)

    def forget_ids(self, ids: Iterable[str]) -> None:
        for article_id in ids:
            self._w("DELETE FROM links WHERE src = %s", (article_id,))
            self._w("DELETE FROM pages WHERE machine = %s AND (path, member) IN (SELECT path, member FROM files "
                    "WHERE machine = %s AND id = %s)", (self.machine, self.machine, article_id))  # fmt: skip
            self._w("DELETE FROM files WHERE machine = %s AND id = %s", (self.machine, article_id))

    def clear(self) -> None:
        """This machine's records (the articles are the engine's: the caller deletes those)."""
        self._w("DELETE FROM links WHERE src IN (SELECT id FROM files WHERE machine = %s AND id IS NOT NULL)",
                (self.machine,))  # fmt: skip
        self._w("DELETE FROM files WHERE machine = %s", (self.machine,))
        self._w("DELETE FROM pages WHERE machine = %s", (self.machine,))

    def article_ids(self) -> set[str]:
        return {r[0] for r in self._q("SELECT id FROM files WHERE machine = %s AND status = 'ok'", (self.machine,))}

    def article_count(self) -> int:
        return self._q("SELECT count(*) FROM files WHERE machine = %s AND status = 'ok'", (self.machine,))[0][0]

    def failures(self) -> list[tuple[str, str]]:
        rows = self._q(
            "SELECT machine, path, member, reason FROM files WHERE status = 'failed' "
            "ORDER BY machine <> %s, machine, path, member",
            (self.machine,),
        )
        out = []
        for machine, path, member, reason in rows:
            where = path if machine == self.machine else f"{machine}:{path}"
            out.append((where + (f" [{member}]" if member else ""), reason))
        return out

    # ------------------------------------------------------------------ articles and links
    def ref(self, article_id: str) -> ArticleRef | None:
        rows = self._q(f"SELECT {_REF_COLUMNS} FROM articles a WHERE a.id = %s", (article_id,))
        return ArticleRef(*rows[0]) if rows else None

    def ref_by_path(self, path: str) -> ArticleRef | None:
        rows = self._q(f"SELECT {_REF_COLUMNS} FROM articles a WHERE a.path = %s ORDER BY a.member LIMIT 1", (path,))
        return ArticleRef(*rows[0]) if rows else None

    def resolve(self, items: list[RelatedItem], *, exclude: str | None = None) -> list[ResolvedLink]:
        """Each related item's archived article: by its URL first, then by its headline."""
        out = []
        for item in items:
            rows: list[tuple] = []
            key = url_key(item.url)
            if key:
                rows = self._q(
                    f"SELECT {_REF_COLUMNS} FROM articles a WHERE a.url_key = %s AND a.id IS DISTINCT FROM %s "
                    "ORDER BY a.published_text DESC NULLS LAST, a.id LIMIT 1",
                    (key, exclude),
                )
            if not rows:
                rows = self._q(
                    f"SELECT {_REF_COLUMNS} FROM articles a WHERE a.title_key = %s AND a.id IS DISTINCT FROM %s "
                    "ORDER BY a.published_text DESC NULLS LAST, a.id LIMIT 1",
                    (headline_key(item.headline), exclude),
                )
            out.append(ResolvedLink(item.section, item.headline, ArticleRef(*rows[0]) if rows else None))
        return out

    def backlinks(self, article_id: str) -> list[tuple[str, ArticleRef]]:
        """(section, source article) for every archived article whose lists point here."""
        found = self._q("SELECT title_key, url_key FROM articles WHERE id = %s", (article_id,))
        if not found or not (found[0][0] or found[0][1]):
            return []
        title_key, key = found[0]
        rows = self._q(
            f"SELECT DISTINCT ON (a.published_text, a.id) l.section, {_REF_COLUMNS} FROM links l "
            "JOIN articles a ON a.id = l.src WHERE (l.key = %s OR (%s::text IS NOT NULL AND l.url_key = %s)) "
            "AND l.src <> %s ORDER BY a.published_text DESC NULLS LAST, a.id, l.pos",
            (title_key, key, key, article_id),
        )
        return [(r[0], ArticleRef(*r[1:])) for r in rows]

    def stats(self) -> CatalogStats:
        articles = self._q("SELECT count(*) FROM articles")[0][0]
        failed = self._q("SELECT count(*) FROM files WHERE status = 'failed'")[0][0]
        first, last = self._q("SELECT min(published_text), max(published_text) FROM articles")[0]
        sites = [
            (r[0], r[1])
            for r in self._q(
                "SELECT site, count(*) FROM articles WHERE site IS NOT NULL GROUP BY site ORDER BY count(*) DESC, site "
                "LIMIT 50"
            )
        ]
        links = self._q("SELECT count(*) FROM links")[0][0]
        resolved = self._q(
            "SELECT count(*) FROM links l WHERE EXISTS "
            "(SELECT 1 FROM articles a WHERE a.title_key = l.key AND a.id <> l.src) OR EXISTS "
            "(SELECT 1 FROM articles a WHERE a.url_key = l.url_key AND a.id <> l.src)"
        )[0][0]
        follow = self.setting("follow_links") == "1"
        skipped = int(self.setting("links_skipped", "0") or 0)
        return CatalogStats(articles, failed, first, last, sites, self.roots(), links, resolved, follow, skipped)


_INSERT_FILE = (
    "INSERT INTO files (machine, path, member, id, size, mtime_ns, hash, status, seen) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, 'ok', %s) ON CONFLICT (machine, path, member) DO UPDATE SET "
    "id = EXCLUDED.id, size = EXCLUDED.size, mtime_ns = EXCLUDED.mtime_ns, hash = EXCLUDED.hash, "
    "status = 'ok', reason = NULL, seen = EXCLUDED.seen"
)
# an article's links in one statement, not one per link
_INSERT_LINKS = (
    "INSERT INTO links SELECT %s, pos - 1, section, headline, key, url_key FROM "
    "unnest(%s::text[], %s::text[], %s::text[], %s::text[]) WITH ORDINALITY AS l(section, headline, key, url_key, pos)"
)
_INSERT_PAGE = (
    "INSERT INTO pages (machine, path, member, grp, lines, used) VALUES (%s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (machine, path, member) DO UPDATE SET grp = EXCLUDED.grp, lines = EXCLUDED.lines, used = EXCLUDED.used"
)


def _file_row(machine: str, article: Article, size: int, mtime_ns: int) -> tuple:
    return (machine, _clean(article.path), _clean(article.member or ""), article.id, size, mtime_ns,
            article.content_hash, time.time())  # fmt: skip


def _links_row(article: Article) -> tuple:
    items = article.related
    return (article.id, [_clean(i.section) for i in items], [_clean(i.headline) for i in items],
            [headline_key(i.headline) for i in items], [url_key(i.url) for i in items])  # fmt: skip


class _Pending:
    """New articles' catalog records and pages not sent yet: each article and each page once (a
    second one of either is written after the first's: PostgresCatalog._flush first)."""

    __slots__ = ("_paged", "files", "ids", "links", "pages")

    def __init__(self) -> None:
        self.files: list[tuple] = []
        self.ids: set[str] = set()
        self.links: list[tuple] = []
        self.pages: list[tuple] = []
        self._paged: set[tuple[str, str]] = set()

    def empty(self) -> bool:
        return not self.files and not self.pages

    def add_article(self, machine: str, article: Article, size: int, mtime_ns: int) -> bool:
        if article.id in self.ids:
            return False
        self.ids.add(article.id)
        self.files.append(_file_row(machine, article, size, mtime_ns))
        if article.related:
            self.links.append(_links_row(article))
        return True

    def add_page(self, row: tuple) -> bool:
        key = (row[1], row[2])
        if key in self._paged:
            return False
        self._paged.add(key)
        self.pages.append(row)
        return True


def _clean(text: str) -> str:
    return text.replace("\x00", "") if "\x00" in text else text
