"""Writing the index: segments built by workers, upserts, deletions, commits and merges."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index

from ..indexfiles import BUILD_PREFIX, INDEX_NAME
from ..model import Article
from ..records import Record
from .schema import SCHEMA, _to_doc
from .whoosh_compat import (
    abandon_writer,
    commit_with_segments,
    copy_segments,
    damage_is_unreadable,
    finish_built_segment,
    new_segment_writer,
)

if TYPE_CHECKING:
    from .whoosh_engine import WhooshEngine


TINY_SEGMENT = 1000  # segments below this many documents are merged together, with others of about their size
# A small segment joins a merge with the smaller ones when it has at most this many times as many
# documents as they have together.
MERGE_GROWTH = 2


def _merge_policy(writer, segments):
    """Merge the small segments that incremental runs leave, and segments that are mostly
    deleted documents; never the big segments of a build.

    whoosh's default (MERGE_SMALL) merged twenty 3,000-document segments into one in the
    middle of a 100,000-article build: minutes of one process's time and 2 GB of memory.
    Small segments are merged with others of about their size only (`_alike`): a document is
    copied a few times as the segment it is in grows, not each time a re-index adds a few.
    Merging every small segment copied a build's 996-document segment whole to take in the 20
    articles of the next re-index: 4 s of what is otherwise a 1 s run (2,000 articles).
    """
    # a segment whose articles are all deleted is dropped, not merged: merging only such
    # segments wrote a segment of no documents, which whoosh then carries around
    segments = [seg for seg in segments if seg.doc_count() > 0]
    worn = [seg for seg in segments if seg.deleted_count() > seg.doc_count_all() // 2]
    small = [seg for seg in segments if seg.doc_count_all() < TINY_SEGMENT and not any(seg is w for w in worn)]
    to_merge = worn + _alike(small)
    if not to_merge:
        return segments
    kept = [seg for seg in segments if not any(seg is m for m in to_merge)]
    merged = _merged(Path(writer.storage.folder), writer.storage, writer.schema, to_merge)
    return kept if merged is None else [*kept, merged]


def _merged(index_dir: Path, storage, schema, segments: list):
    """The live documents of `segments` in one new segment, moved into the index folder (not
    yet in its table of contents: the commit puts it there); None if none is live."""
    builder = SegmentBuilder(index_dir)
    try:
        builder.copy(storage, schema, segments)
        built = builder.finish()
    except BaseException:
        builder.cancel()
        raise
    if built is None:
        return None
    move_segment(built, storage.folder)
    return built.segment


def _alike(small: list) -> list:
    """The small segments to merge: from the smallest up, runs in which each has at most
    MERGE_GROWTH times the documents of those before it together; runs of two or more."""
    chosen: list = []
    run: list = []
    total = 0
    for seg in sorted(small, key=lambda seg: seg.doc_count_all()):
        docs = seg.doc_count_all()
        if run and docs > MERGE_GROWTH * total:
            chosen += run if len(run) > 1 else []
            run, total = [], 0
        run.append(seg)
        total += docs
    return chosen + (run if len(run) > 1 else [])


class BuiltSegment(Record):
    """A finished segment in a private folder, ready to be moved into the index, with the CRC-32
    of each of its files as written (`crcs`: file name -> CRC, for integrity.py)."""

    __slots__ = _fields = ("folder", "segment", "docs", "crcs")

    def __init__(
        self, folder: str, segment: object, docs: int, crcs: dict[str, int] | None = None
    ) -> None:  # segment: whoosh's, opaque here
        self.folder, self.segment, self.docs = folder, segment, docs
        self.crcs = {} if crcs is None else crcs


def _segment_files(folder: str, segment: object) -> list[str]:
    prefix = segment.segment_id()  # "MAIN_<id>": the names of its files
    return [name for name in os.listdir(folder) if name.startswith(prefix)]


def move_segment(built: BuiltSegment, target: str) -> None:
    """A built segment's files into the index folder `target` (their CRCs noted for the run's
    record of checksums); its private folder goes."""
    from .. import integrity  # here: it loads json, which importing the engine does without

    for name in _segment_files(built.folder, built.segment):
        path = os.path.join(target, name)
        os.replace(os.path.join(built.folder, name), path)
        if name in built.crcs:
            integrity.note_written(path, built.crcs[name])
    import shutil

    shutil.rmtree(built.folder, ignore_errors=True)


class SegmentBuilder:
    """Indexes articles into a new segment of its own, in a private folder.

    This is how indexing runs in several processes: each worker builds segments without
    touching the index, and the one process holding the write lock moves the finished
    segments in and commits them (whoosh's "multisegment" writing, without its queue).
    """

    def __init__(self, index_dir: Path) -> None:
        import tempfile  # here: with shutil, bz2, lzma and random, not loaded for a search (issue 12)

        self.folder = tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=index_dir)
        ix = index.create_in(self.folder, SCHEMA, indexname=INDEX_NAME)
        # enough memory to sort a job's postings without spilling runs to disk
        self._w = new_segment_writer(ix)
        self.docs = 0

    def add(self, article: Article) -> None:
        self._w.add_document(**_to_doc(article))
        self.docs += 1

    def copy(self, storage, schema, segments: list) -> None:
        """The live articles of the index's `segments` (a merge), as they are stored there."""
        self.docs += copy_segments(self._w, storage, schema, segments)

    def finish(self) -> BuiltSegment | None:
        if not self.docs:
            self.cancel()
            return None
        from .. import integrity

        segment = finish_built_segment(self._w)
        # the checksums here, where the bytes were just written (a worker's, while the others run)
        crcs = {name: integrity.segment_crc(os.path.join(self.folder, name))
                for name in _segment_files(self.folder, segment) if integrity.is_segment_file(name)}  # fmt: skip
        return BuiltSegment(self.folder, segment, self.docs, crcs)

    def cancel(self) -> None:
        try:
            self._w.cancel()
        finally:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)


class EngineWriter:
    def __init__(self, engine: WhooshEngine, writer) -> None:
        self._engine = engine
        self._w = writer
        self._done = False
        self._segments: list = []

    def add_segment(self, built: BuiltSegment) -> None:
        """Move a segment built by a SegmentBuilder into the index; it is part of the next commit."""
        move_segment(built, self._w.storage.folder)
        self._segments.append(built.segment)

    def upsert(self, article: Article) -> None:
        self._w.update_document(**_to_doc(article))

    def add(self, article: Article) -> None:
        """Add without checking for an old version: only for ids known to be new."""
        self._w.add_document(**_to_doc(article))

    def delete(self, article_id: str) -> None:
        self._w.delete_by_term("id", article_id)

    @damage_is_unreadable  # a merge reads the old segments: damage whoosh meets there is said
    def commit(self, *, optimize: bool = False) -> None:
        if self._done:
            return
        self._done = True
        policy = None if optimize else _merge_policy
        try:
            if not self._segments:
                self._w.commit(mergetype=policy, optimize=optimize)
                return
            commit_with_segments(self._w, policy, optimize, self._segments)
        except BaseException:  # a full disk, damage met in a merge: nothing half-written stays
            self._abandon()
            raise

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._abandon()

    def _abandon(self) -> None:
        try:
            latest = self._engine.latest_generation()
        except Exception:  # the TOC cannot be read: keep the files rather than guess
            latest = 1 << 62
        abandon_writer(self._w, latest, self._segments)
