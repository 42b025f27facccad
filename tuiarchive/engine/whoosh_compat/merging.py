"""Merging segments: the live documents of old segments copied into a new one by the lean
segment writer (segments.py), their posting lists read a block at a time.

whoosh merges through its writer's posting pool: a tuple per posting read one matcher call at
a time, sorted, then written one call at a time (SegmentWriter.add_reader); the 1%-changed
re-index of a 20,000-article archive spent most of its time there (~8 ms of CPU an article
copied). Here each term's postings are read a block at a time (reading.read_postings), the
deleted documents dropped and the rest renumbered, and the lean writer writes them as it
writes a worker's segment. The tests compare every stored field, length, column value and
posting of a merge with whoosh's own.
"""

from __future__ import annotations

import pickle
import struct
from collections.abc import Iterator
from io import BytesIO
from itertools import accumulate

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.columns import TranslatingColumnReader
from whoosh.reading import SegmentReader

_BLOCK_LENGTH = struct.Struct("!i")  # StructFile.read_int: a block's length, negative for the last


def copy_segments(lean, storage, schema, segments: list) -> int:
    """The live documents of `segments` (in their order) added to the lean writer `lean`;
    how many were copied."""
    copied = 0
    for segment in segments:
        reader = SegmentReader(storage, schema, segment)
        try:
            copied += _copy_one(lean, reader, schema, segment)
        finally:
            reader.close()
    return copied


def _copy_one(lean, reader, schema, segment) -> int:
    perdoc = lean.perdocwriter
    stored_names = [name for name in schema.names() if schema[name].stored]
    scored = [name for name in schema.names() if schema[name].scorable]
    columns = {}
    for name in schema.names():
        column_type = schema[name].column_type
        if column_type and reader.has_column(name):
            column = reader.column_reader(name, column_type)
            if isinstance(column, TranslatingColumnReader):
                column = column.raw_column()
            columns[name] = (column_type, column)
    renumbered: dict[int, int] = {}
    for docnum in range(segment.doc_count_all()):
        if segment.is_deleted(docnum):
            continue
        new = lean.docnum
        renumbered[docnum] = new
        perdoc.start_doc(new)
        stored = reader.stored_fields(docnum)
        for name in stored_names:  # W3PerDocWriter.add_field: what is not None
            value = stored.get(name)
            if value is not None:
                perdoc._storedfields[name] = value
        for name in scored:
            length = reader.doc_field_length(docnum, name)
            if length:
                lean._add_length(perdoc, name, length, new)
        for name, (column_type, column) in columns.items():
            lean._add_column_value(name, column_type, column[docnum], new)
        perdoc.finish_doc()
        lean.docnum += 1
    if not renumbered:
        return 0
    lean._added = True
    for name in sorted(reader.indexed_field_names()):
        if name not in schema:
            continue
        field = schema[name]
        fixed = field.format.fixed_value_size()
        if fixed is not None and fixed > 0:  # values cut from one string: not in our schema
            raise ValueError(f"field {name}: fixed-size values are not supported here")
        terms = lean._postings.setdefault(name, {})
        for term, ids, weights, values in _field_postings(reader, name, with_values=fixed != 0):
            items: list = []
            for at, docnum in enumerate(ids):
                new = renumbered.get(docnum)
                if new is not None:
                    items += (new, weights[at], values[at] if values is not None else None)
            if items:
                found = terms.get(term)
                if found is None:
                    terms[term] = items
                else:
                    found += items
    return len(renumbered)


def _field_postings(reader, name: str, *, with_values: bool) -> Iterator[tuple]:
    """Each term of a field with its postings, (term bytes, ids, weights, values or None), read
    in the terms file's order and a posting list at a time (W3LeafMatcher's blocks, decoded as
    its _read_ids/_read_weights/_read_values do), not a matcher per term."""
    terms = reader._terms
    postfile = terms._postfile
    for (field, term), info in terms.items_from(name, b""):
        if field != name:
            return
        if info.is_inlined():  # a short list kept in the term's entry
            ids, weights, values = info.inlined_postings()
            yield term, ids, [1.0 if w is None else w for w in weights], values if with_values else None
            continue
        offset, length = info.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps struct.unpack's tuple
            (length,) = length
        yield (term, *_blocks(postfile.get(offset, length), with_values))


def _blocks(data: bytes, with_values: bool) -> tuple[list[int], list[float], list | None]:
    """A posting list's blocks: the magic, then per block its length, its info pickle
    (count, last id, max weight, compression, min and max length) and its data pickle (id
    gaps, weights as None / one float / an array, values)."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise Exception(f"Block tag error {data[:4]!r}")  # whoosh's own words for it (damage.py)
    ids: list[int] = []
    weights: list[float] = []
    values: list | None = [] if with_values else None
    at, last = 4, False
    while not last:
        (size,) = _BLOCK_LENGTH.unpack_from(data, at)
        last, size = size < 0, abs(size)
        stream = BytesIO(data[at + 4 : at + 4 + size])
        count, _, _, compression, _, _ = pickle.load(stream)
        if compression:
            raise ValueError("compressed posting blocks are not supported here")
        gaps, block_weights, block_values = pickle.load(stream)
        ids += accumulate(gaps)
        if block_weights is None or isinstance(block_weights, float):
            weights += [block_weights or 1.0] * count
        else:
            weights += block_weights
        if values is not None:
            values += block_values
        at += 4 + size
    return ids, weights, values
