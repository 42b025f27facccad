"""Reading an archive: search, articles, their links. No UI code here.

`Archive` is what the CLI and the app talk to. It opens the full-text engine and the
catalog read-only, so it works on the last committed state while an indexer runs, and
`refresh()` moves it to the newest state.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import engine as eng
from . import integrity
from .catalog import CATALOG_NAME, ArticleRef, Catalog, CatalogDamaged, CatalogStats, ResolvedLink
from .dburl import DatabaseIndex, driver_missing, is_database
from .model import Article
from .opened import file_state, readable, rebuild
from .query import SORTS, QueryError, sorts_help
from .records import Record
from .text import headline_key

if TYPE_CHECKING:
    from .parser.context import MemberContexts, PageContext

__all__ = [
    "SORTS",
    "Archive",
    "ArchiveDamaged",
    "ArchiveMissing",
    "Facets",
    "Hit",
    "QueryError",
    "RelatedPane",
    "SearchCancelled",
    "SearchPage",
]

SearchCancelled = eng.SearchCancelled  # a search stopped because its `cancelled()` said so

# Articles kept parsed in memory (Archive.article): back, forward, and a link in the pane followed
# and then left, open an article read moments ago; each would re-read and re-parse its file.
ARTICLES_KEPT = 16
# ... and no more text than this in all (the newest is kept whatever its size: a dump of many MB
# takes seconds to parse, and is the one most worth keeping while it is read)
ARTICLES_KEPT_CHARS = 20_000_000
# "related in this archive" asks for this many more hits than it shows: copies of a story (the same
# headline on the same day) are shown once, and those of the open story not at all
SAME_STORY_SLACK = 3


class ArchiveMissing(RuntimeError):
    """There is no index at the given place (or it cannot be read); str(exc) says what to do."""


class ArchiveDamaged(ArchiveMissing):
    """The index was opened but reading it failed (bit rot whoosh meets, a CRC that no longer
    matches); str(exc) says what to run."""


class Hit(Record):
    """One search result, as the command line and the app show it."""

    __slots__ = _fields = ("id", "path", "title", "published", "author", "site", "snippet", "score")

    def __init__(
        self,
        id: str,
        path: str,
        title: str,
        published: datetime | date | None,
        author: str | None,
        site: str | None,
        snippet: list[tuple[str, bool]],  # (text, matched) pieces; matched words are highlighted
        score: float = 0.0,
    ) -> None:
        self.id, self.path, self.title, self.published = id, path, title, published
        self.author, self.site, self.snippet, self.score = author, site, snippet, score


class SearchPage(Record):
    """A page of search results: the hits, how many matched, and their order."""

    __slots__ = _fields = ("query", "sort", "total", "offset", "hits", "terms", "estimated")

    def __init__(
        self,
        query: str,
        sort: str,  # the order the hits are in (an empty query: query.EMPTY_QUERY_SORT)
        total: int,
        offset: int,
        hits: list[Hit],
        terms: list[str] | None = None,
        estimated: bool = False,  # `total` is an estimate ("about N": an archive on PostgreSQL, many matches)
    ) -> None:
        self.query, self.sort, self.total, self.offset, self.hits = query, sort, total, offset, hits
        self.terms = [] if terms is None else terms
        self.estimated = estimated


Facets = eng.EngineFacets  # the counts behind the timeline and the facets


class RelatedPane(Record):
    """What the article's related pane shows."""

    __slots__ = _fields = ("lists", "similar", "linked_from")

    def __init__(
        self,
        lists: list[ResolvedLink],  # the article's own lists, as printed, resolved to the archive
        similar: list[Hit],  # "related in this archive" (more like this)
        linked_from: list[tuple[str, ArticleRef]],  # archived articles whose lists point here
    ) -> None:
        self.lists, self.similar, self.linked_from = lists, similar, linked_from


_ARCHIVE_FIGURES = ("index_bytes", "index_dir", "failures", "checksums_missing")  # ArchiveStats's own


class ArchiveStats(CatalogStats):
    """The catalog's figures with the index's size and folder, and the failures."""

    __slots__ = _ARCHIVE_FIGURES
    _fields = (*CatalogStats._fields, *_ARCHIVE_FIGURES)

    def __init__(
        self,
        *,
        index_bytes: int,
        index_dir: str,
        failures: list[tuple[str, str]],
        checksums_missing: bool = False,  # segments without their record: damage cannot be seen
        **figures: object,  # CatalogStats's
    ) -> None:
        super().__init__(**figures)  # type: ignore[arg-type]
        setting = object.__setattr__
        setting(self, "index_bytes", index_bytes)
        setting(self, "index_dir", index_dir)
        setting(self, "failures", failures)
        setting(self, "checksums_missing", checksums_missing)


class Archive:
    def __init__(self, index_dir: Path | DatabaseIndex) -> None:
        self.index_dir = index_dir
        self._database = is_database(index_dir)
        if self._database:
            self._open_database(index_dir)
            return
        if not eng.exists(index_dir) or not (index_dir / CATALOG_NAME).exists():
            raise ArchiveMissing(f"no archive index in {index_dir}: build one with `tuiarchive index PATH`")
        try:
            self._engine = eng.open_engine(index_dir)
            self._searcher = self._engine.open_searcher()
        except (eng.IndexUnreadable, Exception) as exc:
            raise ArchiveDamaged(
                f"the index in {index_dir} cannot be read ({exc}): run `tuiarchive index --rebuild`"
            ) from exc
        bad = integrity.damaged(index_dir)
        if bad:
            self._searcher.close()
            raise ArchiveDamaged(integrity.damage_line(index_dir, bad[0]))
        try:
            self._catalog = Catalog(index_dir, readonly=True)
        except CatalogDamaged as exc:
            self._searcher.close()
            raise ArchiveDamaged(f"{exc}: run `tuiarchive index --rebuild FOLDER...`") from exc
        if not self._catalog.roots() and self._searcher.doc_count():
            self._searcher.close()
            self._catalog.close()
            raise ArchiveMissing(
                f"{self._catalog.path} has lost the archive's records: run `tuiarchive index --rebuild FOLDER...`"
            )
        # whoosh searchers are not safe to share between threads that search at once.
        self._lock = threading.RLock()
        self._closed = False
        self._kept = _KeptArticles()
        # Counting facets reads every match; it has a searcher of its own (opened when first
        # needed), so a search never waits for a count.
        self._facet_lock = threading.Lock()
        self._facet_searcher: eng.Searcher | None = None

    def _open_database(self, where: DatabaseIndex) -> None:
        """An archive on a PostgreSQL server: the engine and its catalog there (no files here)."""
        missing = driver_missing()
        if missing:
            raise ArchiveMissing(missing)
        from .engine.postgres import DatabaseUnavailable, NoArchive, PostgresCatalog

        try:
            self._engine = eng.open_engine(where)
        except DatabaseUnavailable as exc:
            raise ArchiveMissing(str(exc)) from None
        except NoArchive as exc:
            raise ArchiveMissing(f"{exc} ({where}): build one with `tuiarchive index --index {where} PATH`") from None
        except eng.IndexUnreadable as exc:
            raise ArchiveMissing(f"the archive in {where} was {exc}") from None
        try:
            self._searcher = self._engine.open_searcher()
            self._catalog = PostgresCatalog(self._engine, readonly=True)
        except DatabaseUnavailable as exc:
            self._engine.close()
            raise ArchiveMissing(str(exc)) from None
        self._lock = threading.RLock()
        self._closed = False
        self._kept = _KeptArticles()  # not used: the database has the articles
        self._facet_lock = threading.Lock()
        self._facet_searcher = None

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._searcher.close()
            self._catalog.close()
            if self._database:
                self._engine.close()
        with self._facet_lock:
            if self._facet_searcher is not None:
                self._facet_searcher.close()
                self._facet_searcher = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Damage met while reading is said with what to run: whoosh's decode errors, and any
        other error a segment's checksums then show to come from damage (a rotten term table
        raised IndexError; a search does not check every byte beforehand, this is checked
        only on the way out of an error)."""
        try:
            yield
        except (QueryError, SearchCancelled):
            raise
        except Exception as exc:
            if self._database:  # the server went away, or refused: one line (no password), said as it is
                if isinstance(exc, eng.IndexUnreadable):
                    raise ArchiveDamaged(str(exc)) from None
                raise
            if isinstance(exc, eng.IndexUnreadable) or eng.is_damage(exc):
                raise ArchiveDamaged(
                    f"the index in {self.index_dir} cannot be read ({exc}): run `tuiarchive index --rebuild`"
                ) from exc
            bad = integrity.damaged(self.index_dir, full=True)
            if bad:
                raise ArchiveDamaged(integrity.damage_line(self.index_dir, bad[0])) from exc
            raise

    def refresh(self) -> None:
        with self._lock, self._reading():
            self._searcher.refresh()

    def drop_caches(self) -> None:
        """Forget what earlier searches kept in memory, so the next one reads the index as a
        first search does (the benchmarks measure first searches this way)."""
        with self._lock:
            self._searcher.drop_kept_postings()

    # ------------------------------------------------------------------ search
    def search(
        self,
        text: str,
        *,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 20,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchPage:
        """Search in the query language of tuiarchive/query.py. Raises QueryError (one-line
        message) for a bad query, and SearchCancelled when `cancelled()`, asked now and then,
        says the caller has moved on."""
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}: use {sorts_help()}")
        text = text.strip()
        with self._lock, self._reading():
            stop = {"cancelled": cancelled} if cancelled is not None else {}  # a flag only when there is one
            found = self._searcher.search(text, sort=sort, offset=max(0, offset), limit=max(1, limit), **stop)
        hits = [_hit(h) for h in found.hits]
        return SearchPage(text, found.sort, found.total, offset, hits, found.terms, found.estimated)

    def facets(self, text: str, *, cancelled: Callable[[], bool] | None = None) -> Facets:
        """How the matches of a search spread over months, sites and authors (all of them)."""
        text = text.strip()
        with self._facet_lock:
            if self._closed:
                return Facets({}, [], [])
            if self._facet_searcher is None:
                self._facet_searcher = self._engine.open_searcher()
            else:
                self._facet_searcher.refresh()  # the state the searches see
            with self._reading():
                stop = {"cancelled": cancelled} if cancelled is not None else {}
                return self._facet_searcher.facets(text, **stop)

    def count(self) -> int:
        with self._lock:
            return self._searcher.doc_count()

    # ------------------------------------------------------------------ articles
    def ref(self, article_id: str) -> ArticleRef | None:
        """The article of this id, or of the id it had before its file moved."""
        ref = self._catalog.ref(article_id)
        if ref is None:
            moved = self._catalog.moved_to([article_id]).get(article_id)
            ref = self._catalog.ref(moved) if moved else None
        return ref

    def moved(self, ids: Iterable[str]) -> dict[str, str]:
        """Old id -> new id of those of `ids` whose article's file moved (indexer/record.py
        drop_moved): what the reader kept of them (memory.Memory.carry_over) goes with them."""
        return self._catalog.moved_to(ids)

    def find(self, id_or_path: str) -> ArticleRef | None:
        """An archived article by id (also one it had before its file moved), or by the path of its file."""
        ref = self.ref(id_or_path)
        if ref is None:
            ref = self._catalog.ref_by_path(str(Path(id_or_path).expanduser().absolute()))
        return ref

    def article(self, article_id: str) -> Article:
        """The article, re-read from its file (the file is the source of truth); an id it had
        before its file moved gives it too (with its id of now). The last few read are kept:
        one is read again only when its file (its size, times or inode) or the chrome its
        site's pages share (parser.context, as the indexer last recorded it) has changed. A file
        in the state the indexer read it in is not read at all: its article is given back from
        the index and the catalog (tuiarchive/opened.py)."""
        ref = self.ref(article_id)
        if ref is None:
            raise KeyError(article_id)
        if self._database:  # the file is on the machine that indexed it: the database has the article
            with self._lock, self._reading():
                stored = self._engine.article(ref.id)
            if stored is None:
                raise KeyError(article_id)
            return stored
        member = ref.member or ""
        used = self._catalog.page_used(ref.path, member)
        state = file_state(ref.path)  # before the read: a change made during it is seen next time
        if state is not None:
            kept = self._kept.get((ref.path, member), (state, used))
            if kept is not None:
                return kept
            indexed = self._as_indexed(ref, member, state, used)
            if indexed is not None:
                self._kept.put((ref.path, member), (state, used), indexed)
                return indexed
        from .formats import NotAnArticle, parse_file  # the readers: not loaded for a search

        try:
            article = parse_file(ref.path, ref.member, **_context(used, ref.member))
        except NotAnArticle as exc:
            gone = self._missing_folder(ref.path)
            if gone is not None:  # `index` keeps a missing folder's articles: running it would not help
                raise ArticleUnavailable(
                    f"{ref.path}: its folder {gone} is not there (a drive not plugged in, a share not "
                    "mounted?): mount it to read the article"
                ) from exc
            raise ArticleUnavailable(f"{ref.path}: {exc} (run `tuiarchive index` to update the archive)") from exc
        if state is not None:
            self._kept.put((ref.path, member), (state, used), article)
        return article

    def _as_indexed(self, ref: ArticleRef, member: str, state: tuple[int, ...], used: bytes | None) -> Article | None:
        """The article as the indexer read it, when the file is in the state it was read in and its
        site's chrome is what it was read with (tuiarchive/opened.py); None: parse it."""
        kept = self._catalog.opened(ref.path, member)
        record = None if kept is None else readable(ref.path, kept, state, used)
        if kept is None or record is None:
            return None
        try:
            with self._lock:
                stored = self._searcher.stored(ref.id)
        except Exception:  # damage in the index: the file is there to read all the same
            return None
        if stored is None:
            return None
        return rebuild(ref.id, ref.path, kept, record, eng.body_text(stored), self._catalog.links_of(ref.id))

    def _missing_folder(self, path: str) -> str | None:
        """The remembered folder holding `path`, when that folder itself is not there."""
        for root in self._catalog.roots():
            if (path == root or path.startswith(root.rstrip("/") + "/")) and not Path(root).exists():
                return root
        return None

    def related(self, article: Article, *, similar: int = 10) -> RelatedPane:
        lists = self._catalog.resolve(article.related, exclude=article.id)
        linked_from = self._catalog.backlinks(article.id)
        more = self._other_stories(article.id, article.title, article.published_iso(), similar) if similar else []
        return RelatedPane(lists, more, linked_from)

    def resolve(self, article: Article) -> list[ResolvedLink]:
        return self._catalog.resolve(article.related, exclude=article.id)

    def backlinks(self, article_id: str) -> list[tuple[str, ArticleRef]]:
        return self._catalog.backlinks(article_id)

    def similar(self, article_id: str, *, top: int = 10) -> list[Hit]:
        """ "Related in this archive": articles sharing this one's key words, other copies of the same
        story left out (the same page saved twice, as .html and as .txt: its own headline is no
        related article)."""
        ref = self.ref(article_id)
        return self._other_stories(article_id, ref.title if ref else "", ref.published if ref else None, top)

    def _other_stories(self, article_id: str, title: str, published: str | None, top: int) -> list[Hit]:
        with self._lock, self._reading():
            found = self._searcher.more_like(article_id, top=top + SAME_STORY_SLACK)
        seen = {(headline_key(title), (published or "")[:10])}
        stories = []
        for hit in map(_hit, found):
            story = (headline_key(hit.title), _day(hit.published))
            if story not in seen:  # the open story's copies, and a second copy of one listed
                seen.add(story)
                stories.append(hit)
        return stories[:top]

    def match_spans(self, text: str, terms: list[str] | set[str]) -> list[tuple[int, int]]:
        """Where a search's words occur in `text` (stemmed as the index stems them). Under the
        lock, as every use of the searcher: on PostgreSQL it asks the server, on the connection
        a search in another thread uses (the article worker asks while a search may run)."""
        with self._lock, self._reading():
            return self._searcher.match_spans(text, set(terms))

    def folders(self) -> list[tuple[str, int]]:
        """The remembered folders and how many articles each holds."""
        return self._catalog.root_counts()

    # ------------------------------------------------------------------ stats
    def stats(self) -> ArchiveStats:
        from .indexfiles import index_size  # not the indexer's package: multiprocessing, the parser

        if self._database:
            with self._lock, self._reading():
                s = self._catalog.stats()
                return ArchiveStats(
                    **{f: getattr(s, f) for f in CatalogStats._fields},
                    index_bytes=self._engine.size_bytes(),
                    index_dir=str(self.index_dir),
                    failures=self._catalog.failures(),
                )
        bad = integrity.damaged(self.index_dir, full=True)  # stats checks every byte, a search does not
        if bad:
            raise ArchiveDamaged(integrity.damage_line(self.index_dir, bad[0]))
        s = self._catalog.stats()
        return ArchiveStats(
            **{f: getattr(s, f) for f in CatalogStats._fields},
            index_bytes=index_size(self.index_dir),
            index_dir=str(self.index_dir),
            failures=self._catalog.failures(),
            checksums_missing=integrity.unrecorded(self.index_dir),
        )


def _context(used: bytes | None, member: str | None) -> dict[str, PageContext | MemberContexts]:
    """The page read as the indexer read it: without the chrome its site repeats
    (parser.context; `used`: what the catalog recorded of it); a container's page with its own."""
    if not used:
        return {}
    from .parser.context import MemberContexts, PageContext, unpack

    if member:  # the member read alone (`only`): its chrome, whatever its group
        return {"members": MemberContexts(default=unpack(used))}
    return {"context": PageContext(unpack(used))}


def _copy(article: Article) -> Article:
    """A kept article handed out: its lists are the caller's own (the kept one never changes)."""
    return replace(article, body=list(article.body), related=list(article.related))


class _KeptArticles:
    """The last ARTICLES_KEPT articles read (ARTICLES_KEPT_CHARS of text at most), each with what
    it was read from (threads share it: the app's article worker and the command line's callers)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._articles: OrderedDict[tuple[str, str], tuple[object, Article]] = OrderedDict()

    def get(self, key: tuple[str, str], source: object) -> Article | None:
        with self._lock:
            kept = self._articles.get(key)
            if kept is None or kept[0] != source:
                return None
            self._articles.move_to_end(key)
            return _copy(kept[1])

    def put(self, key: tuple[str, str], source: object, article: Article) -> None:
        with self._lock:
            self._articles[key] = (source, _copy(article))
            self._articles.move_to_end(key)
            chars = sum(_chars(kept) for _, kept in self._articles.values())
            while len(self._articles) > 1 and (len(self._articles) > ARTICLES_KEPT or chars > ARTICLES_KEPT_CHARS):
                _, (_, dropped) = self._articles.popitem(last=False)
                chars -= _chars(dropped)


def _chars(article: Article) -> int:
    return len(article.title) + sum(len(p) for p in article.body)


class ArticleUnavailable(RuntimeError):
    """The article's file is gone or no longer an article; str(exc) says so."""


def _day(published: datetime | date | None) -> str:
    return published.isoformat()[:10] if published is not None else ""


def _hit(h: eng.EngineHit) -> Hit:
    return Hit(h.id, h.path, h.title, h.published, h.author, h.site, h.snippet, h.score)
