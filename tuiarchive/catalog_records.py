"""The catalog's records and errors (tuiarchive/catalog.py): what it tells of a file, an
article, a link and itself, and how it fails. Imported from tuiarchive.catalog as before."""

from __future__ import annotations

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
