"""Reading: posting lists and positions for the fast path, BM25F's per-field B, the words a
pattern stands for, a searcher refreshed without stale readers, a cancellable collector."""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.collectors import WrappingCollector
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

from ..types import Cancelled, stop_if


def field_b(weighting, fieldname: str) -> float:
    """BM25F's B for a field (whoosh keeps the per-field ones in _field_B)."""
    return weighting._field_B.get(fieldname, weighting.B)


def pattern_words(node, reader) -> Iterable[bytes]:
    """The indexed words a pattern (prefix, wildcard, range ...) stands for, in order."""
    return node._btexts(reader)


def index_folder(searcher) -> str | None:
    """The folder of the index a searcher reads (None for an index not in a folder)."""
    storage = getattr(getattr(searcher, "_ix", None), "storage", None)
    folder = getattr(storage, "folder", None)
    return folder if isinstance(folder, str) else None


def segment_cache(reader) -> dict:
    """A dict kept on a segment's reader while it lives, for what the fast search works out
    once per segment (columns, deletions, lengths): a segment never changes once written, only
    its deletions, which are part of the reader a refresh replaces."""
    cache = getattr(reader, "_tuiarchive_cache", None)
    if cache is None:
        cache = {}
        reader._tuiarchive_cache = cache
    return cache


def refreshed(searcher):
    """A searcher on the index's latest commit, reusing the readers of segments that did not
    change. Not whoosh-reloaded's Searcher.refresh: it keeps the segments a merge removed (their
    documents then count twice) and reuses a segment's reader after new deletions in it."""
    from whoosh.reading import EmptyReader, MultiReader, SegmentReader

    ix = searcher._ix
    if ix.latest_generation() == searcher.reader().generation():
        return searcher
    toc = ix._read_toc()
    old = {r.segment().segment_id(): r for r, _ in searcher.reader().leaf_readers() if r.segment() is not None}
    readers, opened = [], []
    try:
        for segment in toc.segments:
            reader = old.get(segment.segment_id())
            if reader is None or set(reader.segment().deleted_docs()) != set(segment.deleted_docs()):
                reader = SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation)
                opened.append(reader)
            readers.append(reader)
    except BaseException:  # the old searcher stays whole: the caller may try again
        for reader in opened:
            reader.close()
        raise
    for reader in old.values():  # segments merged away, or with new deletions
        if not any(reader is kept for kept in readers):
            reader.close()
    if not readers:
        new_reader = EmptyReader(toc.schema)
    elif len(readers) == 1:
        new_reader = readers[0]
        new_reader._gen = toc.generation  # or every refresh would think the index changed
    else:
        new_reader = MultiReader(readers, generation=toc.generation)
    searcher.is_closed = True
    return type(searcher)(new_reader, fromindex=ix, weighting=searcher.weighting)


def read_postings(reader, fieldname: str, text: str, values: list | None) -> tuple[list[int], list[float]]:
    try:
        m = reader.postings(fieldname, text)
    except TermNotFound:
        return [], []
    if isinstance(m, FilterMatcher):  # the segment's deletions: the caller removes them, in bulk
        m = m.child
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(m, W3LeafMatcher):
        while m.is_active():
            if m._data is None:
                m._read_data()
            # whoosh's _read_ids/_read_weights, with the ids' gaps summed in C (accumulate)
            block_ids, block_weights = m._data[0], m._data[1]
            ids.extend(block_ids if m._byteids else accumulate(block_ids))
            if block_weights is None or isinstance(block_weights, float):
                weights.extend([block_weights or 1.0] * m._blocklength)
            else:
                weights.extend(block_weights)
            if values is not None:
                m._read_values()
                values.extend(m._values)
            m._next_block()
    else:  # short posting lists are stored inline, in another matcher
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if values is not None:
                values.append(m.value())
            m.next()
    return ids, weights


def decode_positions(encoded: bytes) -> Iterable[int]:
    """whoosh's Positions.decode_positions (a count, then the pickled gaps), without its
    per-call overhead: phrase searches decode tens of thousands of these."""
    return accumulate(pickle.loads(encoded[4:]))


CANCEL_CHECK_EVERY = 1024  # matches collected between two looks at the caller's stop flag


class _CancellableCollector(WrappingCollector):
    """whoosh's collector, stopped (SearchCancelled) when the caller's flag is set: looked at
    before each segment and every CANCEL_CHECK_EVERY matches (whoosh's own TimeLimitCollector
    loop, with a flag instead of a timer and its signal)."""

    def __init__(self, child, cancelled: Cancelled) -> None:
        super().__init__(child)
        self.stop_flag = cancelled

    def set_subsearcher(self, subsearcher, offset) -> None:
        stop_if(self.stop_flag)
        super().set_subsearcher(subsearcher, offset)

    def collect_matches(self) -> None:
        child, cancelled = self.child, self.stop_flag
        for n, sub_docnum in enumerate(child.matches(), 1):
            if not n % CANCEL_CHECK_EVERY:
                stop_if(cancelled)
            child.collect(sub_docnum)


def cancellable(collector, cancelled: Cancelled | None):
    """The collector, stopping when `cancelled()` says so (unchanged without a flag)."""
    return collector if cancelled is None else _CancellableCollector(collector, cancelled)
