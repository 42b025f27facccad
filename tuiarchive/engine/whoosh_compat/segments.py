"""Writing segments: the workers' lean segment writer (whoosh's bytes with less work per word),
finishing a built segment, committing built segments, abandoning a failed writer."""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
from array import array
from collections.abc import Callable, Sequence
from functools import partial
from operator import sub

try:  # the interpreter's own md5, as engine/whoosh_loading.py gives whoosh: no OpenSSL to load
    from _md5 import md5 as _md5
except ImportError:  # pragma: no cover - a Python built without its own hashes
    from hashlib import md5 as _md5

from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, RegexTokenizer
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC as _BLOCK_MAGIC
from whoosh.columns import NumericColumn
from whoosh.fields import NUMERIC
from whoosh.formats import Positions
from whoosh.system import pack_uint, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from ..schema import EnglishAnalyzer
from .lengths import codec


def new_segment_writer(ix) -> SegmentWriter:
    """The lean writer of a new segment for a private index of its own (no lock taken)."""
    return _LeanSegmentWriter(ix, codec=codec(), _lk=False)


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


def _positions_value(positions: list[int]) -> bytes:
    """whoosh's Positions.encode: the count, then the pickled gaps."""
    gaps = list(map(sub, positions, [0, *positions]))  # each less the one before (map stops at the shorter)
    return pack_uint(len(positions)) + pickle.dumps(gaps, 2)


_ONE = pack_uint(1)
_TERM_INFO = struct.Struct("!BfIBBfIIqi")  # W3TermInfo's for a posting list in blocks, then its offset, length
_BLOCK_LENGTH = struct.Struct("!i")  # StructFile.write_int
_WRITE_BYTES = 1 << 20


class _OneValues(dict):
    """A position -> _positions_value([position]): most postings are a word's one position.
    The same bytes object is handed out again: _write_field writes each value whole (whoosh's
    own writer, which pickles a block with a memo, gets a copy of each)."""

    def __missing__(self, position: int) -> bytes:
        value = _ONE + pickle.dumps([position], 2)
        if len(self) < 65536:
            self[position] = value
        return value


_ONE_VALUES = _OneValues()


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
        # field -> term (str from our analyzer, bytes otherwise) -> [docnum, weight, value, docnum, ...]:
        # a posting's three in a row, not a tuple each (a third less memory for a job's postings)
        self._postings: dict[str, dict] = {}
        # the fields whose words are read here: (their words with positions, their Positions' boost)
        self._english: dict[str, tuple] = {}
        self._numbers: dict[tuple, list] = {}  # (field, number) -> its terms (_terms_of)
        self._doc_names: dict[tuple, list[str]] = {}  # a document's field names as given -> checked, in order
        self._field_facts: dict[str, tuple] = {}  # a field's name -> _facts(name)
        # the columns of field lengths and of numbers, each one document's bytes after another, as
        # whoosh's column writers would write them a call (four Python calls deep) at a time; each
        # is written whole when the segment is (_write_columns)
        self._length_columns: dict[str, bytearray] = {}
        self._number_columns: dict[str, tuple] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():  # not in our schema
                raise ValueError(f"field {name}: vectors and spelling are not supported here")
            if type(field.format) is Positions and field.scorable:
                words = _positions_reader(field.analyzer)
                if words is not None:
                    self._english[name] = (words, field.format.field_boost)

    def add_reader(self, reader) -> None:  # merges go through whoosh's pool: SegmentWriter does them
        raise NotImplementedError("the lean segment writer only adds documents")

    def add_document(self, **fields) -> None:
        self._check_state()
        perdocwriter, docnum = self.perdocwriter, self.docnum
        given = tuple(fields)  # documents made alike give their fields in the same order
        names = self._doc_names.get(given)
        if names is None:
            names = sorted(name for name in fields if not name.startswith("_"))
            self._check_fields(self.schema, names)
            if len(self._doc_names) < 64:
                self._doc_names[given] = names
        perdocwriter.start_doc(docnum)
        stored = perdocwriter._storedfields
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                about = self._field_facts.get(name)
                if about is None:
                    about = self._field_facts[name] = self._facts(name)
                field, indexed, is_stored, column, english, scorable = about
                length = 0
                if indexed:
                    terms = self._postings.get(name)
                    if terms is None:
                        terms = self._postings[name] = {}
                    if english is not None and isinstance(value, str):
                        words, boost = english
                        length = _add_words(terms, words(value), boost, docnum)
                    else:
                        for tbytes, freq, weight, vbytes in self._terms_of(name, field, value):
                            if scorable:
                                length += freq
                            found = terms.get(tbytes)
                            if found is None:
                                terms[tbytes] = [docnum, weight, vbytes]
                            else:
                                found += (docnum, weight, vbytes)
                # W3PerDocWriter.add_field: the stored value, the length's byte in its column
                if is_stored:
                    stored[name] = value
                if length:
                    self._add_length(perdocwriter, name, length, docnum)
                if column:
                    self._add_column_value(name, column, field.to_column_value(value), docnum)
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _facts(self, name: str) -> tuple:
        """What add_document asks of a field, asked of the schema once: the field, whether it is
        indexed and stored, its column, how its words are read here (or None), whether it is scored."""
        field = self.schema[name]
        return field, field.indexed, field.stored, field.column_type, self._english.get(name), field.scorable

    def _add_length(self, perdocwriter, name: str, length: int, docnum: int) -> None:
        """A document's length in a field as W3PerDocWriter.add_field keeps it: its byte in the
        field's length column (the documents before without one: 0, the column's default) and
        the field's total. Documents written here and documents copied by a merge both come here."""
        lengths = self._length_columns.get(name)
        if lengths is None:
            perdocwriter._create_column(_lenfield(name), LENGTHS_COLUMN)  # where whoosh does
            lengths = self._length_columns[name] = bytearray()
        if len(lengths) < docnum:
            lengths += bytes(docnum - len(lengths))
        lengths.append(_length_byte(length))  # 1 or more: whoosh skips only 0
        perdocwriter._fieldlengths[name] += length

    def _add_column_value(self, name: str, column, value, docnum: int) -> None:
        """W3PerDocWriter.add_column_value: a number kept as NumericColumn's writer writes it
        (nothing for its default; the documents between without one get the default's bytes)."""
        perdocwriter = self.perdocwriter
        if type(column) is not NumericColumn:
            perdocwriter.add_column_value(name, column, value)
            return
        entry = self._number_columns.get(name)
        if entry is None:
            perdocwriter._create_column(name, column)
            writer = perdocwriter._colwriters[name]
            entry = self._number_columns[name] = (bytearray(), writer._pack, writer._default, writer._defaultbytes)
        data, pack, default, default_bytes = entry
        if value == default:
            return
        written = len(data) // len(default_bytes)
        if written < docnum:
            data += default_bytes * (docnum - written)
        data += pack(value)

    def _write_columns(self) -> None:
        """The kept columns into their files, before the per-document writer closes them."""
        writers = self.perdocwriter._colwriters
        for name, lengths in self._length_columns.items():
            writers[_lenfield(name)]._dbfile.write(bytes(lengths))
        for name, (data, *_) in self._number_columns.items():
            writers[name]._dbfile.write(bytes(data))
        self._length_columns, self._number_columns = {}, {}

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
        self._write_columns()
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
        tindex = writer._tindex
        tindex._write_hashes = partial(_write_hashes, tindex)  # as HashWriter's, in a write a bucket
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


_Places = tuple[dict[str, int | list[int]], int]  # each word's position (or positions), how many words


def _positions_reader(analyzer) -> Callable[[str], _Places] | None:
    """What gives a text's words with their positions as `analyzer` indexes them, without a
    Token per word (EnglishAnalyzer.places: a position, or a list of those of a word that
    occurs more than once; and the count of words): our EnglishAnalyzer's own, or for whoosh's
    regular expression tokenizer followed by a lower-case filter (names, paths), _lower_words;
    None for any other."""
    if type(analyzer) is EnglishAnalyzer:
        return analyzer.places
    items = getattr(analyzer, "items", None)
    if type(analyzer) is CompositeAnalyzer and len(items) == 2:
        tokenizer, lower = items
        if (
            type(tokenizer) is RegexTokenizer
            and not tokenizer.gaps
            and not tokenizer.expression.groups
            and type(lower) is LowercaseFilter
        ):
            return partial(_lower_words, tokenizer.expression.findall)
    return None


def _lower_words(findall: Callable[[str], list[str]], value: str) -> _Places:
    """The regular expression's matches, each lower-cased, with their positions (as
    EnglishAnalyzer.places gives them)."""
    found: dict[str, int | list[int]] = {}
    words = findall(value)
    for position, word in enumerate(words):
        word = word.lower()
        places = found.get(word)
        if places is None:
            found[word] = position
        elif type(places) is int:
            found[word] = [places, position]
        else:
            places.append(position)
    return found, len(words)


def _add_words(terms: dict, places: _Places, boost: float, docnum: int) -> int:
    """A document's words (our analyzer's, with their positions) into a field's posting lists,
    valued as whoosh's Positions format would; the field's length in the document."""
    one_value = _ONE_VALUES.__getitem__
    positions, count = places
    for word, at in positions.items():
        if type(at) is int:  # the word once
            weight, value = boost, one_value(at)
        else:
            weight, value = len(at) * boost, _positions_value(at)
        found = terms.get(word)
        if found is None:
            terms[word] = [docnum, weight, value]
        else:
            found += (docnum, weight, value)
    return count


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
            items = terms[tbytes]
            for docnum, weight, value in zip(items[0::3], items[1::3], items[2::3], strict=True):
                value = value[:1] + value[1:]  # a copy: whoosh pickles the same object twice as a reference
                fieldwriter.add(docnum, weight, value, field_lengths[docnum] or None)
            fieldwriter.finish_term()
        return
    postfile, limit = fieldwriter._postfile, postwriter._blocklimit
    fieldid = pack_ushort(fieldwriter._fieldid)
    fixedsize = field.format.fixed_value_size()
    with_values = fixedsize is None or fixedsize < 0  # each posting's own value (positions)
    from .blocks import block_pickles  # here: a search never writes

    pickles = block_pickles()
    values_block, block_info, float32 = pickles.values_block, pickles.info, pickles.float32
    dumps, pack_block, pack_info, to_byte = pickle.dumps, _BLOCK_LENGTH.pack, _TERM_INFO.pack, _length_byte
    base = postfile.tell()
    out: list[bytes] = []  # written a megabyte at a time: a field's postings are megabytes
    offset = written = 0  # bytes of the field's postings so far, and those written
    tfile, buckets, key_at = tindex.dbfile, tindex.buckets, tindex.index.append
    tpos, tout, lastkey = tfile.tell(), [], tindex.lastkey
    length_of = field_lengths.__getitem__
    magic_size, length_size = len(_BLOCK_MAGIC), _BLOCK_LENGTH.size
    pack_lengths, lengths_size, info_size = _KEY_VALUE_LENGTHS.pack, _KEY_VALUE_LENGTHS.size, _TERM_INFO.size
    for term in sorted(terms):
        items = terms[term]  # its postings' (docnum, weight, value), one after another
        postings = len(items) // 3
        start = offset
        if postings == 1 and with_values:  # half a field's words: the loop below, unrolled
            docnum, weight, value = items
            length = length_of(docnum)
            total_weight = float32(weight)
            maxweight = total_weight if total_weight > 0 else 0
            minlength = length or None
            maxlength = length
            docs = (docnum,)
            mini_weights = None if total_weight == 1.0 else total_weight
            data = values_block(docs, mini_weights, (value,)) if value else dumps((docs, mini_weights, ()), 2)
            info = block_info((1, docnum, maxweight, 0, to_byte(minlength), to_byte(length)))
            size = len(info) + len(data)
            out += (_BLOCK_MAGIC, pack_block(-size), info, data)
            offset += magic_size + length_size + size
        else:
            total_weight, maxweight, minlength, maxlength = 0.0, 0, None, 0
        for first in range(0, postings, limit) if postings > 1 or not with_values else ():
            chunk = items[3 * first : 3 * (first + limit)] if postings > limit else items
            docs, weight_list, value_list = tuple(chunk[0::3]), chunk[1::3], tuple(chunk[2::3])
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
            if with_values:
                mini_values = value_list if all(value_list) else tuple(filter(None, value_list))
            else:
                mini_values = None if fixedsize == 0 else b"".join(filter(None, value_list))
            gaps = tuple(map(sub, docs, (0, *docs[:-1]))) if count > 1 else docs  # delta_encode
            if with_values and mini_values:
                data = values_block(gaps, mini_weights, mini_values)
            else:
                data = dumps((gaps, mini_weights, mini_values), 2)
            info = block_info((count, docs[-1], block_weight, 0, to_byte(block_min), to_byte(block_max)))
            size = len(info) + len(data)
            if first == 0:
                out.append(_BLOCK_MAGIC)
                offset += len(_BLOCK_MAGIC)
            out += (pack_block(-size if first + limit >= postings else size), info, data)
            offset += _BLOCK_LENGTH.size + size
        terminfo = pack_info(
            False, total_weight, postings, 0 if minlength is None else to_byte(minlength),
            to_byte(maxlength), maxweight, items[0], items[-3], base + start, offset - start,
        )  # fmt: skip
        # OrderedHashWriter.add, with HashWriter's md5 hash of the key
        key = fieldid + (term.encode("utf-8") if isinstance(term, str) else term)
        if key <= lastkey:
            raise ValueError(f"Keys must increase: {lastkey!r}..{key!r}")
        key_at(tpos)
        tout += (pack_lengths(len(key), info_size), key, terminfo)
        hashed = int.from_bytes(_md5(key).digest()[12:], "big")
        buckets[hashed & 255].append((hashed, tpos))
        tpos += lengths_size + len(key) + info_size
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


def _write_hashes(tindex) -> None:
    """HashWriter._write_hashes: each of the 256 buckets' hash tables (twice as many slots as
    entries, each entry at the first free slot from its hash's), the same bytes in one write a
    bucket; whoosh writes each slot with a call of its own (two a term: ~7% of a segment's
    finish). Its position in the directory is counted here, not asked of the file."""
    dbfile, directory = tindex.dbfile, tindex.directory
    pos = dbfile.tell()
    for entries in tindex.buckets:
        numslots = 2 * len(entries)
        directory.append((pos, numslots))
        hashes, positions = [0] * numslots, [0] * numslots  # an empty slot: (0, 0); no key is at 0
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while positions[slot]:
                slot = (slot + 1) % numslots
            hashes[slot], positions[slot] = hashval, position
        # the slots as filetables' _pointer ("!Iq") packs them, one after another
        slots = [n for pair in zip(hashes, positions, strict=True) for n in pair]
        dbfile.write(struct.pack("!" + "Iq" * numslots, *slots))
        pos += 12 * numslots


class _LengthBytes(dict):
    """whoosh's length_to_byte (a bisection), remembered: block statistics ask it four times a word."""

    def __missing__(self, length: int | None) -> int:
        byte = self[length] = length_to_byte(length)
        return byte


_length_byte = _LengthBytes().__getitem__
