"""The full-text engine: whoosh, behind one small interface.

This is the only module that imports whoosh. The rest of the code asks it to add, delete,
search and find similar articles, in terms of our own types, so another engine could take
its place without touching the parser, the CLI or the app.
"""

from __future__ import annotations

import calendar
import heapq
import itertools
import math
import os
import pickle
import re
import shutil
import tempfile
import threading
import time
import zlib
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TypeVar

from whoosh import collectors, index, qparser, scoring
from whoosh import query as wq
from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.fields import DATETIME, ID, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile
from whoosh.formats import Positions
from whoosh.index import LockError
from whoosh.lang.porter import stem
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from .indexfiles import BUILD_PREFIX, INDEX_NAME
from .model import Article
from .query import QueryError

T = TypeVar("T")

ENGINE_VERSION = 2

# Only the first part of a very long body is kept for snippets and "more like this".
_STORED_TEXT_CHARS = 60_000
# Searched when a word has no field. The headlines an article lists (related:) and its
# path (path:) are searched only when asked for: an article about a tunnel should not match
# "astrolabe" because its Editors' Picks mention one.
SEARCH_FIELDS = ("text", "author", "site")
FIELD_ALIASES = {"published": ["date"], "author": ["by"], "related": ["picks", "links"], "text": ["body"]}
# The headline is put into the text field this many times: unqualified words are searched in
# that one field (one posting list per word, which whoosh can skip through, instead of a union
# over title and body), and a word of the headline still weighs more than one of the body.
TITLE_REPEAT = 2
MORE_LIKE_TERMS = 12  # the words of an article that "more like this" searches for
POSTINGS_KEPT = 4_000_000  # postings kept decoded, in all (32 MB)
MORE_LIKE_MAX_SHARE = 0.1  # ... among those in at most this share of the articles
KEY_TERM_CANDIDATES = 40  # ... weighing the words most frequent in the article
SORT_FIELDS = {"newest": ("sort_new", True), "oldest": ("sort_old", False)}
_UNDATED_OLD = 2**62  # "oldest first" puts undated articles last


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


compound.BufferFile = _MappedFile  # the name compound.CompoundStorage.open_file uses


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


class IndexUnreadable(RuntimeError):
    """The index exists but cannot be opened (corrupt, or written by another version)."""


class EnglishAnalyzer(Analyzer):
    """whoosh's StemmingAnalyzer (word tokens, lower case, stop words, Porter stems) as one
    loop instead of four chained generators: the same tokens, a third of the time.

    The tests compare it token for token with StemmingAnalyzer.
    """

    def __init__(self) -> None:
        self.expression = default_pattern
        self.stops = STOP_WORDS
        self.minsize = 2
        self._stems: dict[str, str] = {}

    @property
    def _words(self) -> re.Pattern:
        """The tokenizer's pattern without its group, so that findall gives whole words."""
        words = self.__dict__.get("_words_re")
        if words is None:
            words = self.__dict__["_words_re"] = re.compile(self.expression.pattern.replace("(", "(?:"))
        return words

    def __getstate__(self) -> dict:
        return {"expression": self.expression, "stops": self.stops, "minsize": self.minsize}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._stems = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EnglishAnalyzer)

    def __hash__(self) -> int:
        return hash(EnglishAnalyzer)

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each word of `value` (stemmed, as __call__ gives it) with its positions: what the
        index stores, without a Token per word."""
        stops, minsize, stems = self.stops, self.minsize, self._stems
        found: dict[str, list[int]] = {}
        position = -1
        for n, raw in enumerate(self._words.findall(value)):
            text = raw.lower()
            if len(text) < minsize or text in stops:
                continue
            position = n if position < 0 else position + 1
            stemmed = stems.get(text)
            if stemmed is None:
                stemmed = stem(text)
                if len(stems) < 100_000:
                    stems[text] = stemmed
            found.setdefault(stemmed, []).append(position)
        return found

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        no_morph: bool = False,
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stops, minsize, stems = self.stops, self.minsize, self._stems
        matches = self.expression.finditer(value) if tokenize else [None]
        renumbered = None
        for n, match in enumerate(matches):
            raw = match.group(0) if match is not None else value
            text = raw.lower()
            if keeporiginal:
                t.original = text
            if chars:
                t.startchar = start_char + (match.start() if match is not None else 0)
                t.endchar = start_char + (match.end() if match is not None else len(value))
            t.boost = 1.0
            if len(text) < minsize or text in stops:
                if removestops:
                    continue
                t.stopped = True
                t.text = text
                if positions:
                    t.pos = start_pos + n
                yield t
                continue
            t.stopped = False
            if positions:
                renumbered = start_pos + n if renumbered is None else renumbered + 1
                t.pos = renumbered
            if not no_morph:
                stemmed = stems.get(text)
                if stemmed is None:
                    stemmed = stem(text)
                    if len(stems) < 100_000:
                        stems[text] = stemmed
                text = stemmed
            t.text = text
            yield t


def _schema() -> Schema:
    words = EnglishAnalyzer()  # English: lower case, stop words, Porter stemmer
    names = RegexTokenizer(r"\w+") | LowercaseFilter()
    path_parts = RegexTokenizer(r"[^\W_]+") | LowercaseFilter()
    return Schema(
        id=ID(stored=True, unique=True),
        path=TEXT(analyzer=path_parts, stored=True),
        title=TEXT(analyzer=words, stored=True, field_boost=3.0),
        text=TEXT(analyzer=words),  # headline (repeated) and body: what a plain word searches
        author=TEXT(analyzer=names, stored=True, field_boost=1.5),
        site=TEXT(analyzer=names, stored=True),
        related=TEXT(analyzer=words, field_boost=0.5),
        published=DATETIME(stored=True),
        sort_new=NUMERIC(bits=64, sortable=True, signed=True),
        sort_old=NUMERIC(bits=64, sortable=True, signed=True),
        meta=STORED(),  # read time, truncated flag, whether the date has a time, the page's URL
        text_z=STORED(),  # the body, compressed: snippets and "more like this"
    )


SCHEMA = _schema()


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


def _codec() -> W3Codec:
    return _Codec(compression=0)


TINY_SEGMENT = 1000  # segments below this many documents are merged together


def _merge_policy(writer, segments):
    """Merge the small segments that incremental runs leave, and segments that are mostly
    deleted documents; never the big segments of a build.

    whoosh's default (MERGE_SMALL) merged twenty 3,000-document segments into one in the
    middle of a 100,000-article build: minutes of one process's time and 2 GB of memory.
    """
    from whoosh.reading import SegmentReader

    def worn(seg) -> bool:
        return seg.doc_count_all() < TINY_SEGMENT or seg.deleted_count() > seg.doc_count_all() // 2

    # a segment whose articles are all deleted is dropped, not merged: merging only such
    # segments wrote a segment of no documents, which whoosh then carries around
    segments = [seg for seg in segments if seg.doc_count() > 0]
    to_merge = [seg for seg in segments if worn(seg)]
    if len(to_merge) < 2 and not any(seg.deleted_count() > seg.doc_count_all() // 2 for seg in to_merge):
        return segments
    for seg in to_merge:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if not worn(seg)]


@dataclass(slots=True)
class EngineHit:
    id: str
    path: str
    title: str
    author: str | None
    site: str | None
    published: datetime | date | None
    score: float
    snippet: list[tuple[str, bool]]  # (text, is_match) pieces


@dataclass(slots=True)
class EngineFacets:
    months: dict[str, int]  # "2025-03": matches that month, in order (undated ones left out)
    sites: list[tuple[str, int]]  # the sites with most matches, with their counts
    authors: list[tuple[str, int]]


@dataclass(slots=True)
class EngineResults:
    total: int
    hits: list[EngineHit]
    terms: list[str]  # the query's words as indexed, for highlighting elsewhere


def _retrying(open_: Callable[[], T], attempts: int = 8) -> T:
    """Open something of the index, again if a commit deleted a file between our reading
    the table of contents and opening the segments it names (an indexer runs meanwhile)."""
    for attempt in range(attempts):
        try:
            return open_()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def exists(index_dir: Path) -> bool:
    """Whether an index is there, readable or not (a damaged one is opened to say so)."""
    try:
        return index.exists_in(str(index_dir), indexname=INDEX_NAME)
    except Exception:  # a damaged TOC: whoosh fails reading it, but the index is there
        return any(index_dir.glob(f"_{INDEX_NAME}_*.toc"))


def _to_doc(article: Article) -> dict:
    published = article.published
    when: datetime | None
    if isinstance(published, datetime):
        when = published
    elif isinstance(published, date):
        when = datetime(published.year, published.month, published.day)
    else:
        when = None
    stamp = calendar.timegm(when.timetuple()) if when else None  # as printed, no time zone
    text = "\n".join(article.body)
    doc = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "text": "\n".join([article.title] * TITLE_REPEAT + [text]),
        "related": "\n".join(r.headline for r in article.related),
        "sort_new": stamp if stamp is not None else -_UNDATED_OLD,
        "sort_old": stamp if stamp is not None else _UNDATED_OLD,
        "meta": (article.read_minutes, article.truncated, isinstance(published, datetime), article.url),
        "text_z": zlib.compress(text[:_STORED_TEXT_CHARS].encode("utf-8"), 1),
    }
    if article.author:
        doc["author"] = article.author
    if article.site:
        doc["site"] = article.site
    if when is not None:
        doc["published"] = when
    return doc


class Engine:
    """One whoosh index in a directory."""

    def __init__(self, ix: index.Index) -> None:
        self._ix = ix

    @classmethod
    def open(cls, index_dir: Path) -> Engine:
        try:
            ix = index.open_dir(str(index_dir), indexname=INDEX_NAME)
            _retrying(lambda: ix.reader().close())  # reading the TOC is where a foreign index fails
        except index.EmptyIndexError as exc:
            raise IndexUnreadable("no index here") from exc
        except OSError as exc:
            raise IndexUnreadable(exc.strerror or str(exc)) from exc
        except Exception as exc:  # a damaged TOC or segment fails anywhere in whoosh's unpickling/struct code
            raise IndexUnreadable("damaged") from exc
        if set(ix.schema.names()) != set(SCHEMA.names()):
            raise IndexUnreadable("the index was written by another version of tuiarchive")
        return cls(ix)

    @classmethod
    def create(cls, index_dir: Path) -> Engine:
        index_dir.mkdir(parents=True, exist_ok=True)
        return cls(index.create_in(str(index_dir), SCHEMA, indexname=INDEX_NAME))

    def doc_count(self) -> int:
        return self._ix.doc_count()

    def ids(self) -> set[str]:
        with self._ix.reader() as reader:
            return {fields["id"] for _, fields in reader.iter_docs()}

    @contextmanager
    def writer(self, *, timeout: float = 5.0) -> Iterator[EngineWriter]:
        try:
            w = self._ix.writer(timeout=timeout, codec=_codec())
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
            return EngineWriter(self, self._ix.writer(timeout=timeout, codec=_codec()))
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


def _positions_value(positions: list[int]) -> bytes:
    """whoosh's Positions.encode: the count, then the pickled gaps."""
    if len(positions) == 1:  # most words of an article
        return _ONE + pickle.dumps(positions, 2)
    gaps = [b - a for a, b in zip([0, *positions[:-1]], positions, strict=True)]
    return pack_uint(len(positions)) + pickle.dumps(gaps, 2)


_ONE = pack_uint(1)


class _LeanSegmentWriter(SegmentWriter):
    """whoosh's SegmentWriter for a new segment of added documents (the workers' builds),
    writing the same bytes with less work per word.

    whoosh makes a Token per word, a tuple per posting in a pool, sorts the tuples, and
    writes postings one call at a time; this keeps each term's postings in a list
    (documents arrive in order, so only the terms are sorted), reads English text with
    EnglishAnalyzer.positions, and hands whoosh's postings writer a block at a time. A test
    compares the segment files with whoosh's, byte for byte."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._postings: dict[tuple[str, bytes], list[tuple[int, float, bytes]]] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():  # not in our schema
                raise ValueError(f"field {name}: vectors and spelling are not supported here")

    def add_reader(self, reader) -> None:  # merges go through whoosh's pool: SegmentWriter does them
        raise NotImplementedError("the lean segment writer only adds documents")

    def _word_values(self, field, value) -> list[tuple[bytes, int, float, bytes]]:
        analyzer, form = field.analyzer, field.format
        if type(analyzer) is EnglishAnalyzer and type(form) is Positions and isinstance(value, str):
            boost, one, dumps = form.field_boost, _ONE, pickle.dumps
            return [
                (
                    word.encode("utf-8"),
                    len(positions),
                    len(positions) * boost,
                    one + dumps(positions, 2) if len(positions) == 1 else _positions_value(positions),
                )
                for word, positions in analyzer.positions(value).items()
            ]
        return list(field.index(value))

    def add_document(self, **fields) -> None:
        self._check_state()
        perdocwriter, schema, docnum, postings = self.perdocwriter, self.schema, self.docnum, self._postings
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
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in self._word_values(field, value):
                        if scorable:
                            length += freq
                        found = postings.get((name, tbytes))
                        if found is None:
                            postings[name, tbytes] = [(docnum, weight, vbytes)]
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

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        writer, postings, field_lengths = self.fieldwriter, self._postings, {}
        current = None
        for name, tbytes in sorted(postings):
            if name != current:
                if current is not None:
                    writer.finish_field()
                writer.start_field(name, self.schema[name])
                current = name
                field_lengths = lengths.field_lengths(name) if lengths else [0] * self.docnum
            writer.start_term(tbytes)
            _write_blocks(writer._postwriter, postings[name, tbytes], field_lengths)
            writer.finish_term()
        if current is not None:
            writer.finish_field()
        writer.close()
        if lengths:
            lengths.close()
        self._postings = {}


def _write_blocks(postwriter, items: list[tuple[int, float, bytes]], field_lengths: list) -> None:
    """One term's postings through whoosh's W3PostingsWriter a block at a time: the block
    buffers and statistics its add_posting() would have built, then its own _write_block()."""
    limit = postwriter._blocklimit
    for start in range(0, len(items), limit):
        chunk = items[start : start + limit]
        weights = [weight for _, weight, _ in chunk]
        lengths = [n for n in (field_lengths[docnum] for docnum, _, _ in chunk) if n]
        postwriter._ids = array("I", [docnum for docnum, _, _ in chunk])
        postwriter._weights = array("f", weights)
        postwriter._values = [value for _, _, value in chunk if value]
        heaviest = max(weights)
        postwriter._maxweight = heaviest if heaviest > 0 else 0
        postwriter._minlength = min(lengths) if lengths else None
        postwriter._maxlength = max(lengths) if lengths else 0
        postwriter._write_block(last=start + limit >= len(items))


@dataclass(slots=True)
class BuiltSegment:
    """A finished segment in a private folder, ready to be moved into the index."""

    folder: str
    segment: object  # whoosh's Segment: opaque outside this module
    docs: int


class SegmentBuilder:
    """Indexes articles into a new segment of its own, in a private folder.

    This is how indexing runs in several processes: each worker builds segments without
    touching the index, and the one process holding the write lock moves the finished
    segments in and commits them (whoosh's "multisegment" writing, without its queue).
    """

    def __init__(self, index_dir: Path) -> None:
        self.folder = tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=index_dir)
        ix = index.create_in(self.folder, SCHEMA, indexname=INDEX_NAME)
        # enough memory to sort a job's postings without spilling runs to disk
        self._w = _LeanSegmentWriter(ix, codec=_codec(), _lk=False)
        self.docs = 0

    def add(self, article: Article) -> None:
        self._w.add_document(**_to_doc(article))
        self.docs += 1

    def finish(self) -> BuiltSegment | None:
        if not self.docs:
            self.cancel()
            return None
        segment = self._w._finalize_segment()
        self._w._finish()
        return BuiltSegment(self.folder, segment, self.docs)

    def cancel(self) -> None:
        try:
            self._w.cancel()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class EngineWriter:
    def __init__(self, engine: Engine, writer) -> None:
        self._engine = engine
        self._w = writer
        self._done = False
        self._segments: list = []

    def add_segment(self, built: BuiltSegment) -> None:
        """Move a segment built by a SegmentBuilder into the index; it is part of the next commit."""
        prefix = built.segment.segment_id()  # "MAIN_<id>": the names of its files
        target = self._w.storage.folder
        for name in os.listdir(built.folder):
            if name.startswith(prefix):
                os.replace(os.path.join(built.folder, name), os.path.join(target, name))
        shutil.rmtree(built.folder, ignore_errors=True)
        self._segments.append(built.segment)

    def upsert(self, article: Article) -> None:
        self._w.update_document(**_to_doc(article))

    def add(self, article: Article) -> None:
        """Add without checking for an old version: only for ids known to be new."""
        self._w.add_document(**_to_doc(article))

    def delete(self, article_id: str) -> None:
        self._w.delete_by_term("id", article_id)

    def commit(self, *, optimize: bool = False) -> None:
        if self._done:
            return
        self._done = True
        policy = None if optimize else _merge_policy
        if not self._segments:
            self._w.commit(mergetype=policy, optimize=optimize)
            return
        # whoosh's multisegment commit: merge policy over the existing segments (with this
        # writer's deletions applied), then the new segments as they are.
        w = self._w
        final = w._merge_segments(policy, optimize, None)
        final.extend(self._segments)
        if w._added:
            final.append(w._finalize_segment())
        else:
            w._close_segment()
        w._commit_toc(final)
        w._finish()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._w.cancel()


def _lead(text: str, chars: int = 220) -> list[tuple[str, bool]]:
    first = text.split("\n", 1)[0]
    if len(first) > chars:
        first = first[:chars].rsplit(" ", 1)[0] + " …"
    return [(first, False)] if first else []


_WORD_RE = re.compile(r"\w+(?:\.?\w+)*")
SNIPPET_CHARS = 220


def effective_sort(q: wq.Query | None, sort: str) -> str:
    """The order results really come in: with nothing to rank by, the archive newest first."""
    if sort == "relevance" and (q is None or _everything(q)):
        return "newest"
    return sort


def make_snippet(text: str, terms: set[str], width: int = SNIPPET_CHARS) -> list[tuple[str, bool]]:
    """A window of the text around the first words that match the query's indexed terms,
    as (text, matched) pieces.

    whoosh's highlighter analyses the whole body for every hit; here a regular expression
    finds candidate words by the stems' first letters and only those are stemmed, which
    makes a page of snippets cheap enough for search-as-you-type.
    """
    if not terms or not text:
        return _lead(text, width)
    prefixes = sorted({t[:4] for t in terms if t}, key=len, reverse=True)
    candidate = re.compile(r"\b(?:" + "|".join(map(re.escape, prefixes)) + r")\w*", re.I)
    analyzer = SCHEMA["text"].analyzer

    def matches(word: str) -> bool:
        return any(t.text in terms for t in analyzer(word))

    first = next((m for m in candidate.finditer(text) if matches(m.group(0))), None)
    if first is None:
        return _lead(text, width)
    start = max(0, first.start() - width // 4)
    if start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else first.start()  # begin on a whole word
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space > first.end() else end
    window = text[start:end].replace("\n", " ")
    pieces: list[tuple[str, bool]] = [("… ", False)] if start else []
    cursor = 0
    for m in _WORD_RE.finditer(window):
        if candidate.match(m.group(0)) and matches(m.group(0)):
            if m.start() > cursor:
                pieces.append((window[cursor : m.start()], False))
            pieces.append((m.group(0), True))
            cursor = m.end()
    if cursor < len(window):
        pieces.append((window[cursor:], False))
    if end < len(text):
        pieces.append((" …", False))
    return pieces


def body_text(stored: dict) -> str:
    data = stored.get("text_z")
    return zlib.decompress(data).decode("utf-8") if data else ""


class EngineSearcher:
    fast_path = True  # False: every query through whoosh's own matchers (the tests compare)

    def __init__(self, searcher) -> None:
        self._s = searcher

    def close(self) -> None:
        self._s.close()

    def refresh(self) -> None:
        """See the latest committed state of the index (cheap if nothing changed)."""
        self._s = _retrying(lambda: _refreshed(self._s))

    def drop_kept_postings(self) -> None:
        """Forget the posting lists kept from earlier searches."""
        _KEPT.clear()

    def doc_count(self) -> int:
        return self._s.doc_count()

    def reader(self):
        """whoosh's reader of the current state (for looking at word lists)."""
        return self._s.reader()

    def parser(self) -> qparser.QueryParser:
        parser = qparser.MultifieldParser(list(SEARCH_FIELDS), SCHEMA, group=qparser.AndGroup)
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        parser.add_plugin(qparser.GtLtPlugin())
        return parser

    def search(
        self,
        q: wq.Query | None,
        *,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 20,
        snippets: bool = True,
    ) -> EngineResults:
        query = q if q is not None else wq.Every()
        sort = effective_sort(query, sort)
        kwargs: dict = {}
        if sort in SORT_FIELDS:
            field, reverse = SORT_FIELDS[sort]
            kwargs.update(sortedby=field, reverse=reverse)
        query = self._prune(query)
        term_list = sorted(
            {
                t.decode() if isinstance(t, bytes) else str(t)
                for f, t in query.iter_all_terms()
                if f in ("text", "title")
            }
        )
        term_set = set(term_list)
        fast = self._fast(query, sort, offset, limit) if self.fast_path else None
        if fast is not None:
            total, top = fast
        else:
            if sort not in SORT_FIELDS and _has_not(query):
                # whoosh bounds a matcher's best score from its parts' qualities, and a NOT's part
                # reports the excluded word's quality instead of the 1.0 it adds to every match:
                # it skips blocks and drops whole segments that hold real top hits. No shortcuts then.
                collector = collectors.TopCollector(offset + limit, usequality=False, replace=0)
                self._s.search_with_collector(query, collector)
                results = collector.results()
            else:
                results = self._s.search(query, limit=offset + limit, **kwargs)
            ranked = sort not in SORT_FIELDS  # sorted, whoosh gives the sort key as the score
            top = [(hit.docnum, (hit.score or 0.0) if ranked else 0.0) for hit in results]
            total = self._count(query, results)
        hits = [self._hit(docnum, score, term_set if snippets else None) for docnum, score in top[offset:]]
        return EngineResults(total=total, hits=hits, terms=term_list)

    def _prune(self, query: wq.Query) -> wq.Query:
        """Drop the alternatives of an OR that cannot match: a word searched in every field is
        in few of them ("people" is in no author's name), and whoosh's union matcher costs
        per alternative; an AND with a word found nowhere matches nothing. Nothing under a NOT
        is touched."""
        reader = self._s.reader()

        def absent(q: wq.Query) -> bool:
            if isinstance(q, wq.Term):
                return not reader.doc_frequency(q.fieldname, q.text)
            if isinstance(q, wq.Phrase):
                return any(not reader.doc_frequency(q.fieldname, w) for w in q.words)
            return False

        def walk(q: wq.Query) -> wq.Query:
            if isinstance(q, wq.Or):
                kept = [walk(sub) for sub in q.subqueries if not absent(sub)]
                if not kept:
                    return wq.NullQuery
                return kept[0] if len(kept) == 1 else wq.Or(kept, boost=q.boost)
            if isinstance(q, wq.And):
                kept = [walk(sub) for sub in q.subqueries]
                if any(sub is wq.NullQuery for sub in kept):  # a word found nowhere: nothing matches
                    return wq.NullQuery
                return wq.And(kept, boost=q.boost)
            return q

        return walk(query)

    def _fast(self, query: wq.Query, sort: str, offset: int, limit: int) -> tuple[int, list[tuple[int, float]]] | None:
        """The common shapes (words ANDed or ORed, phrases, ranges, or everything), searched on whole posting
        arrays instead of whoosh's matcher tree: the same results, the same BM25 scores, in
        a fraction of the time on a big archive. None for any other query."""
        weighting = self._s.weighting
        if not isinstance(weighting, scoring.BM25F) or query.boost != 1.0:
            return None
        ored = _terms_of(query) if isinstance(query, wq.Or) and query.scale is None and not query.minmatch else None
        if ored is not None:
            # words ORed: their union, each document scored by the words it has
            weighted = [(term.fieldname, term.text, term.boost) for term in ored]
            return _fast_any(self._s, weighted, offset + limit, weighting, sort=sort)
        parts = query.subqueries if isinstance(query, wq.And) else [] if _everything(query) else [query]
        terms: list[wq.Term] = []
        phrases: list[tuple[str, list[str]]] = []
        ranges: list[wq.Query] = []
        excluded: list[wq.Term] = []  # NOT word (in any field): its documents are left out, unscored
        for part in parts:
            if isinstance(part, wq.Term):
                terms.append(part)
            elif isinstance(part, wq.Not) and (inner := _terms_of(part.query)) is not None:
                excluded.extend(inner)
            elif isinstance(part, wq.NumericRange) and part.constantscore:  # date:[a to b]: a flat score
                ranges.append(part)
            elif isinstance(part, wq.Phrase) and part.slop == 1 and part.boost == 1.0 and part.words:
                # whoosh scores a phrase as the AND of its words, on the documents where
                # the words stand next to each other in order
                terms.extend(wq.Term(part.fieldname, word) for word in part.words)
                if len(part.words) > 1:
                    phrases.append((part.fieldname, list(part.words)))
            else:
                return None
        if any(t.boost != 1.0 for t in terms):  # a field's boost is in its postings' weights
            return None
        if not terms and not ranges and sort not in SORT_FIELDS:
            return None
        negations = sum(isinstance(part, wq.Not) for part in parts)
        return _fast_search(self._s, terms, sort, offset + limit, weighting, phrases, ranges, excluded, negations)

    def _count(self, query: wq.Query, results) -> int:
        """The exact number of matches. Counting ids without scoring them is about twice as
        fast as letting the results count themselves."""
        collector = results.collector
        skipped = getattr(collector, "skipped_times", 0), getattr(collector, "replaced_times", 0)
        if collector is not None and skipped[0] == 0 and skipped[1] <= len(self._s.leaf_searchers()):
            # whoosh's own count is exact only when nothing was skipped: its has_exact_length()
            # asks the last segment's matcher alone (an empty last segment said "exact" while
            # the others had skipped blocks: "minister NOT xyzzy" counted 214 of 41,357)
            return len(results)
        if _everything(query):
            return self._s.doc_count()
        return sum(1 for _ in self._s.docs_for_query(query))

    def _hit(self, docnum: int, score: float, terms: set[str] | None) -> EngineHit:
        stored = self._s.stored_fields(docnum)
        snippet: list[tuple[str, bool]] = []
        if terms is not None:
            text = body_text(stored)
            try:
                snippet = make_snippet(text, terms)
            except Exception:  # a snippet is a nicety: never fail a search over it
                snippet = _lead(text)
        return EngineHit(
            id=stored["id"],
            path=stored["path"],
            title=stored.get("title", ""),
            author=stored.get("author"),
            site=stored.get("site"),
            published=_stored_published(stored),
            score=score,
            snippet=snippet,
        )

    def stored(self, article_id: str) -> dict | None:
        docnum = self._s.document_number(id=article_id)
        return None if docnum is None else self._s.stored_fields(docnum)

    def more_like(self, article_id: str, *, top: int = 10) -> list[EngineHit]:
        docnum = self._s.document_number(id=article_id)
        if docnum is None:
            return []
        stored = self._s.stored_fields(docnum)
        text = stored.get("title", "") + "\n" + body_text(stored)
        weighting = self._s.weighting
        # whoosh's more_like: the article's key words by Bo1, ORed with their weights as boosts
        weighted = [("text", word, boost) for word, boost in _key_terms(self._s, "text", text)]
        if self.fast_path and isinstance(weighting, scoring.BM25F) and SCHEMA["text"].format.field_boost == 1.0:
            found = _fast_any(self._s, weighted, top, weighting, exclude=docnum)[1]
        else:
            query = wq.Or([wq.Term(f, w, boost=boost) for f, w, boost in weighted])
            found = [(hit.docnum, hit.score or 0.0) for hit in self._s.search(query, limit=top, mask={docnum})]
        return [self._hit(d, score, None) for d, score in found]

    def facets(self, q: wq.Query | None, *, top: int = 12) -> EngineFacets:
        """How the matches of `q` spread over months, sites and authors (exact counts over all
        matches; each segment's labels are read once and kept while the segment lives)."""
        query = self._prune(q if q is not None else wq.Every())
        months: Counter[str] = Counter()
        sites: Counter[str] = Counter()
        authors: Counter[str] = Counter()
        for sub, _offset in self._s.leaf_searchers():
            reader = sub.reader()
            if not reader.doc_count_all():
                continue  # an empty index has no columns to read
            if isinstance(query, wq.Every):
                docs: Iterable[int] = set(range(reader.doc_count_all())) - _deleted(reader)
            elif query is wq.NullQuery:
                continue
            else:
                docs = list(query.docs(sub))
            month_of, site_of, author_of = _facet_labels(reader)
            months.update(month_of[d] for d in docs)
            sites.update(site_of[d] for d in docs)
            authors.update(author_of[d] for d in docs)
        for counter in (months, sites, authors):
            counter.pop("", None)  # undated, no site, no author: not a bar or a facet
        return EngineFacets(dict(sorted(months.items())), sites.most_common(top), authors.most_common(top))


def _key_terms(searcher, fieldname: str, text: str) -> list[tuple[str, float]]:
    """The words that say what `text` is about, weighted: whoosh's key_terms_from_text (the Bo1
    model, weights divided by the largest), with two changes for speed and focus.

    - Only the KEY_TERM_CANDIDATES words most frequent in the text are weighed. whoosh looks
      every distinct word up in every segment (two hash lookups each): 160 ms for an article
      of an archive of 100k articles in 34 segments.
    - Words in more than a tenth of a big archive are left out: they say little about what an
      article is about, and their long posting lists made the OR slow."""
    field = SCHEMA[fieldname]
    in_text: dict[str, float] = {}
    for tbytes, _, weight, _ in field.index(text):
        word = field.from_bytes(tbytes)
        in_text[word] = in_text.get(word, 0.0) + weight
    everything = searcher.doc_count_all()
    common = max(MORE_LIKE_MAX_SHARE * everything, 100)  # small archives: every word
    candidates = sorted(in_text.items(), key=lambda item: -item[1])[:KEY_TERM_CANDIDATES]
    scored = []
    for word, weight in candidates:
        in_archive = searcher.frequency(fieldname, word)
        if not in_archive:
            continue
        share = in_archive / everything
        scored.append((weight * math.log2((1.0 + share) / share) + math.log2(1.0 + share), word))
    scored.sort(key=lambda item: (-item[0], item[1]))
    kept = []
    for score, word in scored:
        if searcher.doc_frequency(fieldname, word) <= common:
            kept.append((word, score))
            if len(kept) == MORE_LIKE_TERMS:
                break
    top = max((score for _, score in kept), default=1.0) or 1.0
    return [(word, score / top) for word, score in kept]


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


def _postings(reader, fieldname: str, text: str, values: list | None = None) -> tuple[array, array]:
    """A term's document numbers and weights in one segment, read block by block; its
    encoded values (positions) too, into `values`, when that is given.

    The last ones read are kept: typing a query searches its first words again at every key."""
    key = (reader.segment().segment_id(), fieldname, text)  # a segment's postings never change
    if values is None and (found := _KEPT.get(key)) is not None:
        return found
    ids, weights = _read_postings(reader, fieldname, text, values)
    found = array("I", ids), array("f", weights)  # compact, and whoosh's own types
    _KEPT.put(key, found)
    return found


class _KeptPostings:
    """The posting lists read last, in every open index of the process, up to POSTINGS_KEPT
    postings in all (8 bytes each)."""

    def __init__(self) -> None:
        self._lists: OrderedDict[tuple[str, str, str], tuple[array, array]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()  # two archives may search in two threads

    def get(self, key: tuple[str, str, str]) -> tuple[array, array] | None:
        with self._lock:
            found = self._lists.get(key)
            if found is not None:
                self._lists.move_to_end(key)
            return found

    def put(self, key: tuple[str, str, str], found: tuple[array, array]) -> None:
        with self._lock:
            if key in self._lists or len(found[0]) > POSTINGS_KEPT:
                return
            self._lists[key] = found
            self._size += len(found[0])
            while self._size > POSTINGS_KEPT:
                _, (ids, _) = self._lists.popitem(last=False)
                self._size -= len(ids)

    def clear(self) -> None:
        with self._lock:
            self._lists.clear()
            self._size = 0


_KEPT = _KeptPostings()


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


def _segment_cache(reader) -> dict:
    """Per-segment data the fast search reuses while the searcher lives (lengths, columns,
    deletions): a segment never changes once written, only its deletions, which are part of
    the reader a refresh replaces."""
    cache = getattr(reader, "_tuiarchive_cache", None)
    if cache is None:
        cache = {}
        reader._tuiarchive_cache = cache
    return cache


def _lengths(reader, fieldname: str) -> list[int]:
    cache = _segment_cache(reader)
    key = ("len", fieldname)
    if key not in cache:
        perdoc = getattr(reader, "_perdoc", None)
        if isinstance(perdoc, _PerDocReader):
            cache[key] = perdoc.field_lengths(fieldname)
        else:  # a segment opened without our codec
            cache[key] = [reader.doc_field_length(d, fieldname) or 0 for d in range(reader.doc_count_all())]
    return cache[key]


def _column(reader, fieldname: str):
    cache = _segment_cache(reader)
    key = ("col", fieldname)
    if key not in cache:
        cache[key] = reader.column_reader(fieldname).load()
    return cache[key]


def _deleted(reader) -> set[int]:
    cache = _segment_cache(reader)
    if "deleted" not in cache:
        everything = range(reader.doc_count_all())
        cache["deleted"] = set(everything).difference(reader.all_doc_ids()) if reader.has_deletions() else set()
    return cache["deleted"]


def _facet_labels(reader) -> tuple[list[str], list[str], list[str]]:
    """Each document's month ("2025-03"), site and author in one segment ("" when unknown)."""
    cache = _segment_cache(reader)
    if "facets" not in cache:
        stamps = _column(reader, "sort_new")
        count = reader.doc_count_all()
        months = ["" if stamps[d] == -_UNDATED_OLD else _month(stamps[d]) for d in range(count)]
        sites, authors = [""] * count, [""] * count
        for d, stored in enumerate(reader.all_stored_fields()) if not reader.has_deletions() else _stored_all(reader):
            sites[d] = stored.get("site") or ""
            authors[d] = stored.get("author") or ""
        cache["facets"] = (months, sites, authors)
    return cache["facets"]


def _stored_all(reader) -> Iterable[tuple[int, dict]]:
    deleted = _deleted(reader)
    return ((d, reader.stored_fields(d)) for d in range(reader.doc_count_all()) if d not in deleted)


@lru_cache(maxsize=4096)
def _month_of_day(day: int) -> str:
    when = datetime(1970, 1, 1) + timedelta(days=day)
    return f"{when.year:04d}-{when.month:02d}"


def _month(stamp: int) -> str:
    return _month_of_day(stamp // 86400)


def _decode_positions(encoded: bytes) -> Iterable[int]:
    """whoosh's Positions.decode_positions (a count, then the pickled gaps), without its
    per-call overhead: phrase searches decode tens of thousands of these."""
    return accumulate(pickle.loads(encoded[4:]))


def _with_phrase(fieldname: str, encoded: list[dict[int, bytes]], candidates: set[int]) -> set[int]:
    """The candidates in which the phrase's words (their encoded positions, word by word)
    stand in order, next to each other: whoosh's phrase rule (SpanNear2 with slop 1)."""
    form = SCHEMA[fieldname].format
    decode = _decode_positions if type(form) is Positions else form.decoder("positions")
    kept = set()
    middle, last = encoded[1:-1], encoded[-1]
    for docnum in candidates:
        ends = set(decode(encoded[0][docnum]))  # where a run of the phrase's first words ends
        for word_positions in middle:
            ends = {p for p in decode(word_positions[docnum]) if p - 1 in ends}
            if not ends:
                break
        if ends and any(p - 1 in ends for p in decode(last[docnum])):
            kept.add(docnum)
    return kept


def _fast_search(
    searcher,
    terms,
    sort: str,
    k: int,
    weighting,
    phrases: list[tuple[str, list[str]]] = (),
    ranges: list[wq.Query] = (),
    excluded: list[wq.Term] = (),
    negations: int = 0,
) -> tuple[int, list[tuple[int, float]]]:
    """Count and top-k of an AND of terms, phrases and constant-score ranges, without the
    documents of the `excluded` terms (from `negations` NOTs), or of everything, sorted, over
    every segment, with whoosh's BM25F arithmetic (the tests compare the two)."""
    total = 0
    best: list[tuple[float, int, float]] = []  # (key, -docnum, score): bigger is better
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        deleted = _deleted(reader)
        # the words of phrases are read with their positions, once each
        positions: dict[tuple[str, str], list[bytes] | None] = {(f, w): None for f, words in phrases for w in words}
        lists = []
        for term in terms:
            key = (term.fieldname, term.text)
            values = [] if key in positions and positions[key] is None else None
            lists.append((*key, *_postings(reader, *key, values)))
            if values is not None:
                positions[key] = values
        if terms:
            if any(not ids for _, _, ids, _ in lists):
                continue
            lists.sort(key=lambda item: len(item[2]))
            candidates = set(lists[0][2]).intersection(*(ids for _, _, ids, _ in lists[1:]))
            candidates -= deleted
            by_term = {(f, w): ids for f, w, ids, _ in lists}
            for fieldname, words in phrases:
                encoded = [dict(zip(by_term[fieldname, w], positions[fieldname, w], strict=True)) for w in words]
                candidates = _with_phrase(fieldname, encoded, candidates)
        else:
            candidates = set(range(reader.doc_count_all())) - deleted
        for range_query in ranges:
            candidates.intersection_update(range_query.docs(sub))
        for term in excluded:
            candidates.difference_update(_postings(reader, term.fieldname, term.text)[0])
        total += len(candidates)
        if not candidates:
            continue
        if sort in SORT_FIELDS:
            scored = _top_by_date(reader, candidates, sort, k, offset)
        else:
            # whoosh gives each range's matches its boost as score, and 1.0 for each NOT it passes
            flat = sum(r.boost for r in ranges) + negations
            scores: dict[int, float] = dict.fromkeys(candidates, flat) if ranges or negations else {}
            for fieldname, text, ids, weights in lists:
                narrowed = deleted or phrases or ranges or excluded
                keep = None if len(lists) == 1 and not narrowed else candidates
                part = _bm25(searcher, reader, weighting, fieldname, text, ids, weights, keep)
                if scores:
                    for d, value in part.items():
                        scores[d] += value
                else:
                    scores = part
            chosen = heapq.nlargest(k, scores.items(), key=lambda item: (item[1], -item[0]))
            scored = [(score, -(d + offset), score) for d, score in chosen]
        best = heapq.nlargest(k, [*best, *scored])
    return total, [(-neg_docnum, score) for _, neg_docnum, score in best]


def _has_not(query: wq.Query) -> bool:
    return isinstance(query, wq.Not) or any(_has_not(child) for child in query.children())


def _terms_of(query: wq.Query) -> list[wq.Term] | None:
    """The words of a word, or of words ORed; None for anything else."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Or) and all(isinstance(q, wq.Term) for q in query.subqueries):
        return list(query.subqueries)
    return None


def _top_by_date(reader, docnums, sort: str, k: int, offset: int) -> list[tuple[float, int, float]]:
    """The k newest (or oldest) of a segment's documents, as (key, -docnum, score 0) where a
    bigger key is better; ties go to the lower document number, as in whoosh."""
    field, reverse = SORT_FIELDS[sort]
    column = _column(reader, field)
    pick = heapq.nlargest if reverse else heapq.nsmallest
    sign = 1 if reverse else -1
    return [(sign * column[d], -(d + offset), 0.0) for d in pick(k, sorted(docnums), key=column.__getitem__)]


def _bm25(searcher, reader, weighting, fieldname: str, text: str, ids, weights, keep: set[int] | None) -> dict:
    """whoosh's BM25F score of one term for its documents in one segment (those in `keep`)."""
    k1 = weighting.K1
    idf = searcher.idf(fieldname, text)
    avgfl = searcher.avg_field_length(fieldname) or 1
    b = weighting._field_B.get(fieldname, weighting.B)
    base, per_length, top = k1 * (1 - b), k1 * b / avgfl, k1 + 1
    lengths = _lengths(reader, fieldname)
    pairs = zip(ids, weights, strict=True)
    if keep is None:
        return {d: idf * (tf * top) / (tf + base + per_length * lengths[d]) for d, tf in pairs}
    return {d: idf * (tf * top) / (tf + base + per_length * lengths[d]) for d, tf in pairs if d in keep}


def _fast_any(
    searcher, weighted: list[tuple[str, str, float]], k: int, weighting, exclude: int = -1, sort: str = "relevance"
) -> tuple[int, list[tuple[int, float]]]:
    """Count and top-k of an OR of boosted terms, as whoosh scores it (the sum of boost x
    BM25F over the terms a document has), leaving out the document `exclude` ("more like
    this" leaves out the article itself)."""
    total = 0
    best: list[tuple[float, int, float]] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        scores: dict[int, float] = {}
        for fieldname, text, boost in weighted:
            ids, weights = _postings(reader, fieldname, text)
            for d, value in _bm25(searcher, reader, weighting, fieldname, text, ids, weights, None).items():
                scores[d] = scores.get(d, 0.0) + value * boost
        for d in (*_deleted(reader), exclude - offset):
            scores.pop(d, None)
        total += len(scores)
        if sort in SORT_FIELDS:
            scored = _top_by_date(reader, scores, sort, k, offset)
        else:
            chosen = heapq.nlargest(k, scores.items(), key=lambda item: (item[1], -item[0]))
            scored = [(score, -(d + offset), score) for d, score in chosen]
        best = heapq.nlargest(k, [*best, *scored])
    return total, [(-neg_docnum, score) for _, neg_docnum, score in best]


def _stored_published(stored: dict) -> datetime | date | None:
    value = stored.get("published")
    if value is None:
        return None
    meta = stored.get("meta") or (None, False, True)
    return value if meta[2] else value.date()


def _everything(q: wq.Query) -> bool:
    """Every article (`field:*` is only the articles that have the field)."""
    return isinstance(q, wq.Every) and q.fieldname in (None, "", "*")


def query_problem(q: wq.Query) -> str | None:
    """A message if whoosh had to give up on part of the query, else None."""
    stack = [q]
    while stack:
        node = stack.pop()
        error = getattr(node, "error", None)
        if error:
            return f"cannot understand part of the query: {error}"
        if hasattr(node, "children"):
            stack.extend(node.children())
    return None


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that match the query's indexed terms
    (so "bridges" is found by a search for "bridge"), for highlighting outside whoosh."""
    if not terms or not text:
        return []
    analyzer = SCHEMA["text"].analyzer
    return [(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index") if t.text in terms]


# ---------------------------------------------------------------------- query cost
# A pattern (`a*`, `*a*`, `[a TO z]`) stands for every indexed word it matches, and whoosh
# reads the posting list of each: `*a*` on a big archive is tens of thousands of lists, and
# 36 patterns ORed took 33 s and 470 MB. Every pattern is counted against the word lists
# before the search (stopping at the limit, so counting is cheap), and a query that would
# read too many lists gets a one-line message that says how to narrow it. `*` alone, or on
# a field every article has, is "everything" (no lists to read at all).
# Words one pattern may stand for, and posting lists a whole query may read. A search over
# this many lists still answers in well under a second on a 100k-article archive
# (benchmarks/hostile.py measures it).
MAX_PATTERN_WORDS = 1000
MAX_QUERY_WORDS = 1500
# Places (postings) the patterns of one query may read: whoosh's matchers take about a
# few microseconds each (union, then count): this keeps a pattern query under a second.
MAX_PATTERN_POSTINGS = 30_000
# Fields every indexed article has: `title:*` is every article.
EVERY_ARTICLE_HAS = frozenset({"text", "title", "id", "path", "sort_new", "sort_old"})


def bound_query_cost(query: wq.Query, reader) -> wq.Query:
    """The query, with `*` on a field rewritten, or QueryError if it would cost too much."""
    query = _rewrite(query)
    words = postings = 0
    for node in _leaves(query):
        if isinstance(node, wq.Term):
            words += 1
        elif isinstance(node, wq.Every | wq.MultiTerm):
            count, found = _count_words(node, reader, MAX_PATTERN_WORDS + 1)
            if count > MAX_PATTERN_WORDS:
                raise QueryError(f"{_shown(node)} stands for over {MAX_PATTERN_WORDS:,} indexed words: {_narrow(node)}")
            words += count
            postings += found
            if postings > MAX_PATTERN_POSTINGS:
                raise QueryError(
                    f"{_shown(node)} stands for words found in too many places ({postings:,}): {_narrow(node)}"
                )
        if words > MAX_QUERY_WORDS:
            raise QueryError(
                f"this query would read over {MAX_QUERY_WORDS:,} word lists: use fewer words or more specific patterns"
            )
    return query


def _rewrite(query: wq.Query) -> wq.Query:
    """`*` on a field every article has is everything; an OR with everything in it is
    everything (whoosh otherwise unions the postings of every word of the field)."""
    if isinstance(query, wq.Every):
        return wq.Every() if query.fieldname in EVERY_ARTICLE_HAS else query
    if isinstance(query, wq.CompoundQuery):
        children = [_rewrite(sub) for sub in query.subqueries]
        if isinstance(query, wq.Or) and any(_is_everything(c) for c in children):
            return wq.Every()
        return query.__class__(children, boost=query.boost)
    if isinstance(query, wq.Not):
        return wq.Not(_rewrite(query.query))
    return query


def _is_everything(query: wq.Query) -> bool:
    return isinstance(query, wq.Every) and query.fieldname in (None, "", "*")


def _leaves(query: wq.Query):
    stack = [query]
    while stack:
        node = stack.pop()
        if isinstance(node, wq.Term | wq.Every | wq.MultiTerm):
            yield node
        elif hasattr(node, "children"):
            stack.extend(node.children())


def _count_words(node: wq.Query, reader, limit: int) -> tuple[int, int]:
    """How many indexed words a pattern stands for (up to `limit`), and in how many places
    (postings) they occur: whoosh reads each of those lists to run the pattern."""
    if _is_everything(node) or node.fieldname not in reader.schema:
        return 0, 0  # all documents: no word lists read
    field = node.fieldname
    texts = reader.lexicon(field) if isinstance(node, wq.Every) else node._btexts(reader)
    words = postings = 0
    for btext in itertools.islice(texts, limit):
        words += 1
        postings += reader.doc_frequency(field, btext)
    return words, postings


def _narrow(node: wq.Query) -> str:
    if isinstance(node, wq.TermRange):
        return "narrow the range"
    if isinstance(node, wq.Every):
        return f"search {node.fieldname}:WORD instead"
    return "put more letters before the first * or ?"


def _shown(node: wq.Query) -> str:
    """The pattern as the user wrote it."""
    if isinstance(node, wq.Prefix):
        return f'"{node.text}*"'
    if isinstance(node, wq.TermRange):
        return f'"[{node.start or ""} TO {node.end or ""}]"'
    if isinstance(node, wq.Every):
        return f'"{node.fieldname}:*"'
    return f'"{getattr(node, "text", node)}"'
