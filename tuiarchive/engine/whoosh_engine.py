"""The whoosh engine: one whoosh index in a directory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index
from whoosh.index import LockError

from ..indexfiles import INDEX_NAME
from .retry import _retrying
from .schema import SCHEMA
from .searching import EngineSearcher
from .types import IndexBusy, IndexUnreadable
from .whoosh_compat import apply_patches, codec, damage_is_unreadable
from .writing import EngineWriter


def exists(index_dir: Path) -> bool:
    """Whether an index is there, readable or not (a damaged one is opened to say so)."""
    try:
        return index.exists_in(str(index_dir), indexname=INDEX_NAME)
    except Exception:  # a damaged TOC: whoosh fails reading it, but the index is there
        return any(index_dir.glob(f"_{INDEX_NAME}_*.toc"))


class WhooshEngine:
    """One whoosh index in a directory: types.Engine, implemented with whoosh."""

    def __init__(self, ix: index.Index) -> None:
        self._ix = ix

    @classmethod
    def open(cls, index_dir: Path) -> WhooshEngine:
        apply_patches()
        try:
            # a commit meanwhile may remove the table of contents just found, or a segment it names
            ix = _retrying(lambda: index.open_dir(str(index_dir), indexname=INDEX_NAME))
            _retrying(lambda: ix.reader().close())  # reading the TOC is where a foreign index fails
            # ix.schema reads the newest TOC again: a commit may have removed it meanwhile too
            names = _retrying(lambda: set(ix.schema.names()))
        except index.EmptyIndexError as exc:
            raise IndexUnreadable("no index here") from exc
        except OSError as exc:
            raise IndexUnreadable(exc.strerror or str(exc)) from exc
        except Exception as exc:  # a damaged TOC or segment fails anywhere in whoosh's unpickling/struct code
            raise IndexUnreadable("damaged") from exc
        if names != set(SCHEMA.names()):
            raise IndexUnreadable("the index was written by another version of tuiarchive")
        return cls(ix)

    @classmethod
    def create(cls, index_dir: Path) -> WhooshEngine:
        index_dir.mkdir(parents=True, exist_ok=True)
        apply_patches()
        return cls(index.create_in(str(index_dir), SCHEMA, indexname=INDEX_NAME))

    def doc_count(self) -> int:
        return self._ix.doc_count()

    def latest_generation(self) -> int:
        """The number of the index's newest table of contents (-1: none yet)."""
        return self._ix.latest_generation()

    @damage_is_unreadable
    def ids(self) -> set[str]:
        with self._ix.reader() as reader:
            return {fields["id"] for _, fields in reader.iter_docs()}

    @contextmanager
    def writer(self, *, timeout: float = 5.0) -> Iterator[EngineWriter]:
        try:
            w = self._ix.writer(timeout=timeout, codec=codec())
        except LockError as exc:
            raise IndexBusy("another indexer is writing to this index") from exc
        ew = EngineWriter(self, w)
        try:
            yield ew
        except BaseException:
            ew.cancel()
            raise
        else:
            ew.commit()

    def writer_handle(self, *, timeout: float = 5.0) -> EngineWriter:
        try:
            return EngineWriter(self, self._ix.writer(timeout=timeout, codec=codec()))
        except LockError as exc:
            raise IndexBusy("another indexer is writing to this index") from exc

    @contextmanager
    def searcher(self) -> Iterator[EngineSearcher]:
        s = self._ix.searcher()
        try:
            yield EngineSearcher(s)
        finally:
            s.close()

    def open_searcher(self) -> EngineSearcher:
        """A long-lived searcher (the app's); close() it, refresh() it after index runs."""
        return EngineSearcher(_retrying(self._ix.searcher))
