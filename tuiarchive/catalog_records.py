"""The catalog's records and errors (tuiarchive/catalog.py): what it tells of a file, an
article, a link and itself, and how it fails. Imported from tuiarchive.catalog as before."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .records import FrozenRecord


class FileState(FrozenRecord):
    """A catalogued file, as the indexer compares it with the disk."""

    __slots__ = _fields = ("path", "id", "size", "mtime_ns", "hash", "status", "reason", "ids")

    def __init__(
        self,
        path: str,
        id: str | None,
        size: int,
        mtime_ns: int,
        hash: str | None,
        status: str,
        reason: str | None,
        ids: tuple[str, ...] = (),  # every article the file holds (one, or a container's members)
    ) -> None:
        setting = object.__setattr__
        setting(self, "path", path)
        setting(self, "id", id)
        setting(self, "size", size)
        setting(self, "mtime_ns", mtime_ns)
        setting(self, "hash", hash)
        setting(self, "status", status)
        setting(self, "reason", reason)
        setting(self, "ids", ids)


# A catalogued file's row as file_states reads it: (path, id, size, mtime_ns, hash, status, reason)
_ID, _SIZE, _MTIME_NS, _REASON = 1, 2, 3, 6


class FileStates(Mapping[str, FileState]):
    """The catalog's files by path, as the indexer compares them with the disk: each file's
    FileState made when first asked for. A re-index tells most files unchanged by size and
    mtime alone (`unchanged`): making a record of each row cost ~3 ms of a ~22 ms no-op run
    over the 2,226 BBC files, for records nothing then read (issue 12)."""

    __slots__ = ("_ids", "_made", "_rows")

    def __init__(self, rows: dict[str, tuple], ids: dict[str, list[str]]) -> None:
        self._rows = rows  # path -> its row, in FileState's order less `ids`
        self._ids = ids  # path -> the ids of a container's articles (others: the row's own)
        self._made: dict[str, FileState] = {}

    def __getitem__(self, path: str) -> FileState:
        state = self._made.get(path)
        if state is None:
            row = self._rows[path]
            # a file of one article has its id on its own row; a container, its members' ids
            ids = (row[_ID],) if row[_ID] is not None else tuple(self._ids.get(path, ()))
            state = self._made[path] = FileState(*row, ids=ids)
        return state

    def get(self, path: str, default: FileState | None = None) -> FileState | None:  # type: ignore[override]
        return self[path] if path in self._rows else default

    def __contains__(self, path: object) -> bool:
        return path in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def unchanged(self, path: str, size: int, mtime_ns: int) -> bool:
        """Catalogued with this size and mtime: not to be read again."""
        row = self._rows.get(path)
        return row is not None and row[_SIZE] == size and row[_MTIME_NS] == mtime_ns

    def reason(self, path: str) -> str | None:
        """Why a catalogued file failed (or a container's members did); None if it did not."""
        return self._rows[path][_REASON]


class SameContent(FrozenRecord):
    """An article whose exact content the catalog also has at another path (a copy, or its
    file moved: Catalog.same_content_elsewhere)."""

    __slots__ = _fields = ("path", "member", "id", "hash")

    def __init__(self, path: str, member: str, id: str, hash: str) -> None:
        setting = object.__setattr__
        setting(self, "path", path)
        setting(self, "member", member)  # '' for a file of one article
        setting(self, "id", id)
        setting(self, "hash", hash)


class ArticleRef(FrozenRecord):
    """A catalogued article, enough to list it and open it."""

    __slots__ = _fields = ("id", "path", "title", "published", "author", "site", "member", "url")

    def __init__(
        self,
        id: str,
        path: str,
        title: str,
        published: str | None,
        author: str | None,
        site: str | None,
        member: str | None = None,  # the article's key inside its container file
        url: str | None = None,
    ) -> None:
        setting = object.__setattr__
        setting(self, "id", id)
        setting(self, "path", path)
        setting(self, "title", title)
        setting(self, "published", published)
        setting(self, "author", author)
        setting(self, "site", site)
        setting(self, "member", member)
        setting(self, "url", url)


class ResolvedLink(FrozenRecord):
    """An item of an article's related lists, with the archived article it names."""

    __slots__ = _fields = ("section", "headline", "target")

    def __init__(self, section: str, headline: str, target: ArticleRef | None) -> None:  # None: not archived
        setting = object.__setattr__
        setting(self, "section", section)
        setting(self, "headline", headline)
        setting(self, "target", target)


class CatalogStats(FrozenRecord):
    """The catalog's figures, for `stats`."""

    __slots__ = _fields = (
        "articles", "failed", "first_published", "last_published", "sites", "roots", "links", "resolved_links",
        "follow_links", "links_skipped",
    )  # fmt: skip

    def __init__(
        self,
        articles: int,
        failed: int,
        first_published: str | None,
        last_published: str | None,
        sites: list[tuple[str, int]],
        roots: list[str],
        links: int,
        resolved_links: int,
        follow_links: bool,
        links_skipped: int,
    ) -> None:
        for name, value in zip(CatalogStats._fields, (articles, failed, first_published, last_published, sites,
                                                      roots, links, resolved_links, follow_links, links_skipped),
                               strict=True):  # fmt: skip
            object.__setattr__(self, name, value)


class CatalogDamaged(RuntimeError):
    """catalog.sqlite cannot be used (damaged, emptied, unreadable); str(exc) says what."""


class CatalogOutdated(CatalogDamaged):
    """The catalog was written by an older version of tuiarchive."""


class CatalogMisuse(RuntimeError):
    """A change to the catalog outside `Catalog.transaction()`, or transactions nested (a bug)."""
