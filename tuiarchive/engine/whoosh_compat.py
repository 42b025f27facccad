"""Every contact with whoosh's private names, in one place.

whoosh (whoosh-reloaded) is used through its public API everywhere else in this package; what
needs more (its writer's commit steps, its posting blocks, its per-document lengths, the byte
format of positions, a file class it copies maps with) is here, each next to the test that pins
the behaviour it relies on, so a whoosh upgrade breaks in one module and in named tests:

- tests/test_whoosh_compat.py: the private names exist (WHOOSH_PRIVATE), the mapped files are
  used only once an index is opened, lengths, postings, positions, field B, pattern words
- tests/test_engine_files.py: _ViewFile reads as BytesIO does; the lean segment writer writes
  whoosh's own segment, byte for byte (codec, block writing, finishing a built segment)
- tests/test_search.py: the fast path gives whoosh's results and scores (postings, lengths,
  field B); tests/test_index.py: refresh sees what a new searcher sees (refreshed), builds by
  several workers commit whole (commit_with_segments)
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import sub

try:  # the interpreter's own md5, as engine/whoosh_loading.py gives whoosh: no OpenSSL to load
    from _md5 import md5 as _md5
except ImportError:  # pragma: no cover - a Python built without its own hashes
    from hashlib import md5 as _md5

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC as _BLOCK_MAGIC
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.collectors import WrappingCollector
from whoosh.fields import NUMERIC
from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile
from whoosh.formats import Positions
from whoosh.matching.binary import AndNotMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .schema import EnglishAnalyzer
from .types import Cancelled, IndexUnreadable, stop_if


class _ViewFile:
    """A read-only file over a memoryview, without copying it."""

    __slots__ = ("_pos", "_view")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def readline(self, size: int = -1) -> bytes:  # pickle.load wants it
        limit = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        end = self._pos
        while end < limit:  # in chunks: never copy the rest of a big file to find one line
            found = bytes(self._view[end : min(end + 256, limit)]).find(b"\n")
            if found >= 0:
                end += found + 1
                break
            end = min(end + 256, limit)
        return self.read(end - self._pos)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")


class _MappedFile(BufferFile):
    """whoosh's BufferFile, which serves a file inside a memory-mapped segment, copies that
    file into a BytesIO when it is opened: opening a 100k-article index read most of its
    postings into memory (0.4 s, and the index's size in RSS). This one reads the map."""

    def __init__(self, buf, name=None, onclose=None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = memoryview(buf)
        self.file = _ViewFile(self._buf)

    def subset(self, position, length, name=None):
        return _MappedFile(self._buf[position : position + length], name=name or self._name)


def apply_patches() -> None:
    """Have whoosh read the files inside a compound segment from its memory map (_MappedFile)
    instead of a copy, and find an ANDNOT's first match right (_and_not_first). Called when an
    index is opened or created, not on import: importing the engine changes nothing in whoosh.
    Idempotent."""
    compound.BufferFile = _MappedFile  # the name compound.CompoundStorage.open_file uses
    AndNotMatcher._find_first = _and_not_first


def _and_not_first(self) -> None:
    """AndNotMatcher's first match, as whoosh means it: the first of `a` that `b` lacks.

    whoosh 2.7's own version moves on only when both start on the same document, so when `b`
    starts lower (`museum ANDNOT *`: everything starts at document 0) `a`'s first document was
    a match even where `b` has it. _find_next skips `b` forward first; whoosh's next() and
    skip_to() already go through it."""
    if self.a.is_active() and self.b.is_active():
        self._find_next()


# whoosh's private names this module relies on, by class: tests/test_whoosh_compat.py checks
# they are there (attributes set in __init__ are checked on an instance).
WHOOSH_PRIVATE = {
    "whoosh.filedb.compound": ("BufferFile",),
    "whoosh.filedb.structfile.BufferFile": ("_name",),
    "whoosh.codec.whoosh3": ("_lenfield",),
    "whoosh.codec.whoosh3.W3PerDocReader": ("_get_column_file",),
    "whoosh.codec.whoosh3.W3PostingsWriter": ("_blocklimit", "_compression", "_byteids"),
    "whoosh.codec.whoosh3.W3LeafMatcher": (
        "_data", "_read_data", "_byteids", "_blocklength", "_read_values", "_values", "_next_block",
    ),
    "whoosh.writing.SegmentWriter": (
        "_check_state", "_check_fields", "_added", "_flush_segment", "_finalize_segment", "_finish", "_merge_segments",
        "_close_segment", "_commit_toc", "fieldwriter", "perdocwriter", "docnum", "_tempstorage",
    ),
    "whoosh.codec.whoosh3.W3FieldWriter": ("_postwriter", "_postfile", "_tindex", "_fieldid"),
    "whoosh.filedb.filetables.HashWriter": ("dbfile", "hashtype", "buckets"),
    "whoosh.filedb.filetables.OrderedHashWriter": ("index", "lastkey"),
    "whoosh.reading.SegmentReader": ("_perdoc", "_gen"),
    "whoosh.index.FileIndex": ("_read_toc",),
    "whoosh.searching.Searcher": ("_ix",),
    "whoosh.scoring.BM25F": ("_field_B",),
    "whoosh.query.Prefix": ("_btexts",),
    "whoosh.query.Wildcard": ("_btexts",),
    "whoosh.query.TermRange": ("_btexts",),
    "whoosh.matching.binary.AndNotMatcher": ("_find_first", "_find_next"),
}  # fmt: skip


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


def new_segment_writer(ix) -> SegmentWriter:
    """The lean writer of a new segment for a private index of its own (no lock taken)."""
    return _LeanSegmentWriter(ix, codec=_codec(), _lk=False)


def finish_built_segment(writer):
    """Write out a built segment and close its writer without a commit; the Segment, to be
    moved into the real index by commit_with_segments."""
    segment = writer._finalize_segment()
    writer._finish()
    return segment


def abandon_writer(writer, latest_generation: int, segments: list) -> None:
    """Close a writer whose commit failed, or that is cancelled, whatever state it was left in (a
    full disk fails anywhere): its lock and temporary folder (MAIN.tmp) go, and unless its table
    of contents was written (`latest_generation`, read after the failure, reached the writer's),
    so do the files of the segment it was writing and of the built `segments` moved in for it.
    Nothing of a failed run is left to fill the disk until the next one."""
    for step in (writer._close_segment, writer._finish):
        with contextlib.suppress(Exception):
            step()
    with contextlib.suppress(Exception):
        if writer.writelock:
            writer.writelock.release()
    with contextlib.suppress(Exception):
        writer._tempstorage.destroy()
    writer.is_closed = True
    if latest_generation >= writer.generation:
        return  # committed: its files are the index's now
    prefixes = tuple(f"{segment.segment_id()}." for segment in [writer.newsegment, *segments])
    folder = writer.storage.folder
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if name.startswith(prefixes):
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(folder, name))


def commit_with_segments(writer, policy, optimize: bool, segments: list) -> None:
    """whoosh's multisegment commit: the merge policy over the existing segments (with this
    writer's deletions applied), then the given segments as they are, then the writer's own
    additions, if any, in one new table of contents."""
    final = writer._merge_segments(policy, optimize, None)
    final.extend(segments)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


class _PerDocReader(W3PerDocReader):
    """whoosh's per-document reader, with field lengths read once per field as raw bytes.

    whoosh looks a length up for every posting it writes (block statistics that let top-k
    search skip blocks) and for every document it scores; each lookup was a seek and a read
    of one byte, a sixth of the indexing time. The column is one byte per document, so it is
    read whole and indexed.
    """

    def __init__(self, storage, segment) -> None:
        super().__init__(storage, segment)
        self._raw_lengths: dict[str, bytes | None] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        if raw is None:
            return default
        byte = raw[docnum] if docnum < len(raw) else 0
        return _LENGTH_OF_BYTE[byte] if byte else None  # as whoosh: no length for an empty field

    def field_lengths(self, fieldname: str) -> list[int]:
        """Every document's length in the field (0 where it has none), in one pass."""
        count = self.doc_count_all()
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        if raw is None:
            return [0] * count
        return [_LENGTH_OF_BYTE[byte] for byte in raw[:count]] + [0] * (count - len(raw))

    def length_bytes(self, fieldname: str) -> bytes:
        """Every document's length in the field as whoosh stores it, one byte each (0 where it
        has none; byte_to_length gives the length)."""
        count = self.doc_count_all()
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        raw = raw[:count] if raw else b""
        return raw + bytes(count - len(raw))

    def _load_lengths(self, fieldname: str) -> bytes | None:
        column = _lenfield(fieldname)
        raw = None
        if self.has_column(column):
            colfile, offset, length = self._get_column_file(column)
            try:
                raw = colfile.get(offset, length)
            finally:
                colfile.close()
        self._raw_lengths[fieldname] = raw
        return raw


class _Codec(W3Codec):
    def per_document_reader(self, storage, segment):
        return _PerDocReader(storage, segment)


def length_codes(reader, fieldname: str) -> tuple[Sequence[int], Sequence[int] | dict[int, int]]:
    """Each document's length in a field of one segment as a code, and the length each code
    stands for: the stored byte and byte_to_length when the segment was opened with our codec
    (reader._perdoc), else the lengths themselves. Scoring works per code: at most 256."""
    perdoc = getattr(reader, "_perdoc", None)
    if isinstance(perdoc, _PerDocReader):
        return perdoc.length_bytes(fieldname), _LENGTH_OF_BYTE
    lengths = [reader.doc_field_length(d, fieldname) or 0 for d in range(reader.doc_count_all())]
    return lengths, {n: n for n in set(lengths)}


def _codec() -> W3Codec:
    return _Codec(compression=0)


def _positions_value(positions: list[int]) -> bytes:
    """whoosh's Positions.encode: the count, then the pickled gaps."""
    if len(positions) == 1:  # most words of an article
        return _ONE + pickle.dumps(positions, 2)
    gaps = [b - a for a, b in zip([0, *positions[:-1]], positions, strict=True)]
    return pack_uint(len(positions)) + pickle.dumps(gaps, 2)


_ONE = pack_uint(1)
_ONE_AT: dict[int, bytes] = {}  # the pickle of a word's one position: most postings are one
_TERM_INFO = struct.Struct("!BfIBBfII")  # W3TermInfo's, for a posting list written in blocks
_BLOCK_LENGTH = struct.Struct("!i")  # StructFile.write_int
_WRITE_BYTES = 1 << 20


def _one_position(position: int) -> bytes:
    """_positions_value([position]), as a new object each time: a block pickles its values
    with a memo, and the same object twice would be written as a reference, not as whoosh
    writes it."""
    pickled = _ONE_AT.get(position)
    if pickled is None:
        pickled = pickle.dumps([position], 2)
        if len(_ONE_AT) < 65536:
            _ONE_AT[position] = pickled
    return _ONE + pickled


class _LeanSegmentWriter(SegmentWriter):
    """whoosh's SegmentWriter for a new segment of added documents (the workers' builds),
    writing the same bytes with less work per word.

    whoosh makes a Token per word, a tuple per posting in a pool, sorts the tuples, and
    writes postings one call at a time; this keeps each field's terms in a dict of posting
    lists (documents arrive in order, so only the terms are sorted), reads English text with
    EnglishAnalyzer.positions, and writes each posting list's blocks and term entry itself,
    as W3PostingsWriter and W3FieldWriter would. A test compares the segment files with
    whoosh's, byte for byte."""

    def __init__(self, ix, **kwargs) -> None:
        _KEPT.clear()  # the last segment's posting lists, freed now (see _flush_segment)
        super().__init__(ix, **kwargs)
        # field -> term (str from our analyzer, bytes otherwise) -> [(docnum, weight, value)]
        self._postings: dict[str, dict] = {}
        self._english: dict[str, float] = {}  # the fields our analyzer reads: their Positions' boost
        self._numbers: dict[tuple, list] = {}  # (field, number) -> its terms (_terms_of)
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():  # not in our schema
                raise ValueError(f"field {name}: vectors and spelling are not supported here")
            if type(field.analyzer) is EnglishAnalyzer and type(field.format) is Positions and field.scorable:
                self._english[name] = field.format.field_boost

    def add_reader(self, reader) -> None:  # merges go through whoosh's pool: SegmentWriter does them
        raise NotImplementedError("the lean segment writer only adds documents")

    def add_document(self, **fields) -> None:
        self._check_state()
        perdocwriter, schema, docnum, english = self.perdocwriter, self.schema, self.docnum, self._english
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdocwriter.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    terms = self._postings.get(name)
                    if terms is None:
                        terms = self._postings[name] = {}
                    if name in english and isinstance(value, str):
                        length = _add_words(terms, field.analyzer.positions(value), english[name], docnum)
                    else:
                        scorable = field.scorable
                        for tbytes, freq, weight, vbytes in self._terms_of(name, field, value):
                            if scorable:
                                length += freq
                            found = terms.get(tbytes)
                            if found is None:
                                terms[tbytes] = [(docnum, weight, vbytes)]
                            else:
                                found.append((docnum, weight, vbytes))
                perdocwriter.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _terms_of(self, name: str, field, value) -> Sequence[tuple]:
        """field.index(value); a number's terms (16 of them for a 64-bit one) remembered, since
        many documents share a date, or have none: their values are empty, never pickled."""
        if not isinstance(field, NUMERIC):
            return field.index(value)
        key = (name, value)
        terms = self._numbers.get(key)
        if terms is None:
            terms = list(field.index(value))
            if len(self._numbers) < _NUMBERS_KEPT:
                self._numbers[key] = terms
        return terms

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        writer, postings = self.fieldwriter, self._postings
        for name in sorted(postings):
            terms = postings[name]
            if not terms:
                continue
            field = self.schema[name]
            writer.start_field(name, field)
            field_lengths = lengths.field_lengths(name) if lengths else [0] * self.docnum
            _write_field(writer, field, terms, field_lengths)
            writer.finish_field()
        writer.close()
        if lengths:
            lengths.close()
        # Freeing a job's posting lists (a few hundred thousand objects: ~45 ms for 1,100 BBC
        # articles) would delay the segment the indexer waits for; they go when the worker's
        # next segment starts, or with the worker process.
        _KEPT.append(self._postings)
        self._postings = {}


_KEPT: list[dict] = []
_NUMBERS_KEPT = 20_000


def _add_words(terms: dict, positions: dict[str, list[int]], boost: float, docnum: int) -> int:
    """A document's words (our analyzer's, with their positions) into a field's posting lists,
    valued as whoosh's Positions format would; the field's length in the document."""
    length = 0
    for word, places in positions.items():
        count = len(places)
        length += count
        posting = (docnum, count * boost, _one_position(places[0]) if count == 1 else _positions_value(places))
        found = terms.get(word)
        if found is None:
            terms[word] = [posting]
        else:
            found.append(posting)
    return length


def _write_field(fieldwriter, field, terms: dict, field_lengths: list[int]) -> None:
    """A field's posting lists, in term order, as W3FieldWriter and W3PostingsWriter write them
    (blocks of `blocklimit` postings, their statistics, each term's W3TermInfo), and each term's
    entry in the terms file as OrderedHashWriter.add writes it, with the file positions counted
    here (whoosh asks the file for its position twice a term: a system call each). Terms are our
    analyzer's words (str, whose order is their UTF-8 bytes' order) or whoosh's bytes."""
    postwriter, tindex = fieldwriter._postwriter, fieldwriter._tindex
    if postwriter._compression or postwriter._byteids or tindex.hashtype != 0:  # not our codec: whoosh's writer
        for tbytes in sorted(terms):
            fieldwriter.start_term(tbytes.encode("utf-8") if isinstance(tbytes, str) else tbytes)
            for docnum, weight, value in terms[tbytes]:
                fieldwriter.add(docnum, weight, value, field_lengths[docnum] or None)
            fieldwriter.finish_term()
        return
    postfile, limit = fieldwriter._postfile, postwriter._blocklimit
    fieldid = pack_ushort(fieldwriter._fieldid)
    fixedsize = field.format.fixed_value_size()
    dumps, pack_block, pack_info, to_byte = pickle.dumps, _BLOCK_LENGTH.pack, _TERM_INFO.pack, _length_byte
    base = postfile.tell()
    out: list[bytes] = []  # written a megabyte at a time: a field's postings are megabytes
    offset = written = 0  # bytes of the field's postings so far, and those written
    tfile, buckets, key_at = tindex.dbfile, tindex.buckets, tindex.index.append
    tpos, tout, lastkey = tfile.tell(), [], tindex.lastkey
    length_of = field_lengths.__getitem__
    for term in sorted(terms):
        items = terms[term]
        start = offset
        total_weight, maxweight, minlength, maxlength = 0.0, 0, None, 0
        for first in range(0, len(items), limit):
            chunk = items[first : first + limit] if len(items) > limit else items
            docs, weight_list, value_list = zip(*chunk, strict=True)
            weights = array("f", weight_list)
            lengths = list(map(length_of, docs))
            if 0 in lengths:
                lengths = [n for n in lengths if n]
            block_min = min(lengths) if lengths else None
            block_max = max(lengths) if lengths else 0
            heaviest = max(weights)
            block_weight = heaviest if heaviest > 0 else 0
            # W3TermInfo.add_block
            total_weight += sum(weights)
            minlength = block_min if minlength is None else min(minlength, block_min)
            maxlength = max(maxlength, block_max)
            maxweight = max(maxweight, block_weight)
            # W3PostingsWriter._write_block
            count = len(docs)
            if weights.count(1.0) == count:
                mini_weights = None
            elif weights.count(weights[0]) == count:
                mini_weights = weights[0]
            else:
                mini_weights = tuple(weights)
            if fixedsize is None or fixedsize < 0:
                mini_values = value_list if all(value_list) else tuple(filter(None, value_list))
            else:
                mini_values = None if fixedsize == 0 else b"".join(filter(None, value_list))
            gaps = tuple(map(sub, docs, (0, *docs[:-1]))) if count > 1 else docs  # delta_encode
            data = dumps((gaps, mini_weights, mini_values), 2)
            info = dumps((count, docs[-1], block_weight, 0, to_byte(block_min), to_byte(block_max)), 2)
            size = len(info) + len(data)
            if first == 0:
                out.append(_BLOCK_MAGIC)
                offset += len(_BLOCK_MAGIC)
            out += (pack_block(-size if first + limit >= len(items) else size), info, data)
            offset += _BLOCK_LENGTH.size + size
        terminfo = pack_info(
            False, total_weight, len(items), 0 if minlength is None else to_byte(minlength),
            to_byte(maxlength), maxweight, items[0][0], items[-1][0],
        ) + pack_long(base + start) + pack_int(offset - start)  # fmt: skip
        # OrderedHashWriter.add, with HashWriter's md5 hash of the key
        key = fieldid + (term.encode("utf-8") if isinstance(term, str) else term)
        if key <= lastkey:
            raise ValueError(f"Keys must increase: {lastkey!r}..{key!r}")
        key_at(tpos)
        tout += (_KEY_VALUE_LENGTHS.pack(len(key), len(terminfo)), key, terminfo)
        hashed = int.from_bytes(_md5(key).digest()[12:], "big")
        buckets[hashed & 255].append((hashed, tpos))
        tpos += _KEY_VALUE_LENGTHS.size + len(key) + len(terminfo)
        lastkey = key
        if offset - written >= _WRITE_BYTES:
            postfile.write(b"".join(out))
            out.clear()
            written = offset
            tfile.write(b"".join(tout))
            tout.clear()
    postfile.write(b"".join(out))
    tfile.write(b"".join(tout))
    tindex.lastkey = lastkey


_KEY_VALUE_LENGTHS = struct.Struct("!ii")  # filetables' _lengths: a key's and its value's
_LENGTH_BYTES: dict[int | None, int] = {}


def _length_byte(length: int | None) -> int:
    """whoosh's length_to_byte (a bisection), remembered: block statistics ask it twice a block."""
    byte = _LENGTH_BYTES.get(length)
    if byte is None:
        byte = _LENGTH_BYTES[length] = length_to_byte(length)
    return byte


def _refreshed(searcher):
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


def _read_postings(reader, fieldname: str, text: str, values: list | None) -> tuple[list[int], list[float]]:
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


def _decode_positions(encoded: bytes) -> Iterable[int]:
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


# ---------------------------------------------------------------------- damage
# what whoosh raises when a segment's bytes are not what it wrote (bit rot, a truncated file)
DECODE_ERRORS = (zlib.error, pickle.UnpicklingError, struct.error, EOFError)
# ... and its posting-block reader, a bare Exception, when a block's tag is not its own
_BLOCK_TAG_ERROR = "Block tag error"


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` is what reading a damaged segment raises."""
    return isinstance(exc, DECODE_ERRORS) or (type(exc) is Exception and str(exc).startswith(_BLOCK_TAG_ERROR))


def damage_is_unreadable(method):
    """The method, raising IndexUnreadable("damaged ...") for whoosh's decode errors."""

    @functools.wraps(method)
    def reading(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            if not is_damage(exc):
                raise
            kind = type(exc)
            name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__.lstrip('_')}.{kind.__name__}"
            raise IndexUnreadable(f"damaged: {name} reading a segment") from exc

    return reading
