"""The index's fields and the English analyzer, declared once; an article as a document."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from datetime import date, datetime

from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.fields import DATETIME, ID, NUMERIC, STORED, TEXT, Schema

from ..model import Article
from ..query import PLAIN_FIELDS

ENGINE_VERSION = 2


# Only the first part of a very long body is kept for snippets and "more like this".
_STORED_TEXT_CHARS = 60_000


# The fields a query may name and those a word without a field searches are the query
# specification's (tuiarchive/query.py). The headlines an article lists (related:) and its
# path (path:) are searched only when asked for: an article about a tunnel should not match
# "astrolabe" because its Editors' Picks mention one.
SEARCH_FIELDS = PLAIN_FIELDS


# The headline is put into the text field this many times: unqualified words are searched in
# that one field (one posting list per word, which whoosh can skip through, instead of a union
# over title and body), and a word of the headline still weighs more than one of the body.
TITLE_REPEAT = 2


# The column each sort of the query specification reads, and whether the biggest comes first
# (relevance is the score).
SORT_FIELDS = {"newest": ("sort_new", True), "oldest": ("sort_old", False)}


_UNDATED_OLD = 2**62  # "oldest first" puts undated articles last


# whoosh's default tokenizer pattern, and the one that finds the same words without backtracking
_POSSESSIVE = {default_pattern.pattern: r"[\w\*]++(?:\.[\w\*]++)*+"}


_KNOWN_WORDS = 100_000  # words and stems remembered by an analyzer
_STEMMER = None  # whoosh's Porter stemmer (whoosh_compat/stemming.py), once imported


def _stemmer() -> Callable[[str], str]:
    """The stemmer, imported on first use: whoosh_compat imports this module."""
    global _STEMMER
    from .whoosh_compat.stemming import stem

    _STEMMER = stem
    return stem


# ASCII's word characters of whoosh's pattern ([\w*], and "." between them) kept, every other byte a space
_WORD_BYTES = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_*.")
_ASCII_TO_WORDS = bytes(c if c in _WORD_BYTES else 32 for c in range(256))


def _ascii_words(text: str) -> list[bytes]:
    """The words whoosh's pattern finds in ASCII `text`, as bytes: runs of word characters and
    stars, joined by single dots. A dot stays only between two word characters: a pair of dots
    becomes spaces (what is left of a longer run follows a space), then a dot beside a space,
    the text's edges being spaces."""
    data = b" " + text.encode("ascii").translate(_ASCII_TO_WORDS) + b" "
    if b"." in data:
        data = data.replace(b"..", b"  ").replace(b". ", b"  ").replace(b" .", b"  ")
    return data.split()


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
        self._known: dict[str | bytes, str] = {}  # a word as written (bytes: ASCII) -> its stem, or ""

    @property
    def _words(self) -> re.Pattern:
        """The tokenizer's pattern without its group, so that findall gives whole words; whoosh's
        own pattern as its possessive twin (the same words: a word never ends inside a run of
        word characters, nor at a dot followed by one), which never backtracks: a quarter
        faster."""
        words = self.__dict__.get("_words_re")
        if words is None:
            pattern = self.expression.pattern
            pattern = _POSSESSIVE.get(pattern) or pattern.replace("(", "(?:")
            words = self.__dict__["_words_re"] = re.compile(pattern, self.expression.flags)
        return words

    def __getstate__(self) -> dict:
        return {"expression": self.expression, "stops": self.stops, "minsize": self.minsize}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._stems = {}
        self._known = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EnglishAnalyzer)

    def __hash__(self) -> int:
        return hash(EnglishAnalyzer)

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each word of `value` (stemmed, as __call__ gives it) with its positions: what the
        index stores, without a Token per word."""
        return {word: [at] if type(at) is int else at for word, at in self.places(value)[0].items()}

    def places(self, value: str) -> tuple[dict[str, int | list[int]], int]:
        """Each word of `value` with its position, or its positions when it occurs more than
        once (most words of an article occur once: no list for them), in the order they first
        occur; and how many words there are. Each word as written is looked up once: its stem,
        or "" for a stop word or one too short. ASCII lines (most of them) are cut into words
        by bytes.translate and split (_ascii_words) rather than the pattern: the same words, as
        bytes, in a fifth of the instructions."""
        if value.isascii():
            words: list = _ascii_words(value)
        else:
            words = []
            for line in value.split("\n"):  # no word spans a line
                words += _ascii_words(line) if line.isascii() else self._words.findall(line)
        known = self._known
        stems = list(map(known.get, words))
        if None in stems:  # words not seen yet
            learn = self._learn
            stems = [learn(word) if stemmed is None else stemmed for word, stemmed in zip(words, stems, strict=True)]
        found: dict[str, int | list[int]] = {}
        kept = list(filter(None, stems))
        if not kept:
            return found, 0
        # a word's position counts the words before it, but stop words only before the first
        # word kept (whoosh's numbering)
        position = stems.index(kept[0])
        get = found.get
        for stemmed in kept:
            places = get(stemmed)
            if places is None:
                found[stemmed] = position
            elif type(places) is int:
                found[stemmed] = [places, position]
            else:
                places.append(position)
            position += 1
        return found, len(kept)

    def _learn(self, raw: str | bytes) -> str:
        """A word as written: its stem ("" for a stop word or one too short), remembered. The
        stems are remembered by the word in small letters ("The", "THE" and "the": one stem)."""
        text = raw.decode("ascii").lower() if isinstance(raw, bytes) else raw.lower()
        if len(text) < self.minsize or text in self.stops:
            stemmed = ""
        else:
            stems = self._stems
            stemmed = stems.get(text)
            if stemmed is None:
                stemmed = (_STEMMER or _stemmer())(text)
                if len(stems) < _KNOWN_WORDS:
                    stems[text] = stemmed
        if len(self._known) < _KNOWN_WORDS:
            self._known[raw] = stemmed
        return stemmed

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
                    stemmed = (_STEMMER or _stemmer())(text)
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
        text_z=STORED(),  # the body: snippets and "more like this" (body_text)
    )


SCHEMA = _schema()


def _to_doc(article: Article) -> dict:
    published = article.published
    when: datetime | None
    if isinstance(published, datetime):
        when = published
    elif isinstance(published, date):
        when = datetime(published.year, published.month, published.day)
    else:
        when = None
    from calendar import timegm  # here: calendar loads locale, and a search never writes (issue 12)

    stamp = timegm(when.timetuple()) if when else None  # as printed, no time zone
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
        "text_z": _stored_body(text[:_STORED_TEXT_CHARS]),
    }
    if article.author:
        doc["author"] = article.author
    if article.site:
        doc["site"] = article.site
    if when is not None:
        doc["published"] = when
    return doc


def _stored_body(text: str) -> bytes:
    """The body in zlib's stored blocks, not compressed: whoosh compresses a document's stored
    fields together, and compressing the body first as well cost a second zlib pass over it
    (~5% of a worker's instructions). Any zlib reads it, so every version of tuiarchive does. A
    small window and memory level: the stream is made in ~20,000 instructions, not ~80,000."""
    packer = zlib.compressobj(0, zlib.DEFLATED, 9, 1)
    return packer.compress(text.encode("utf-8")) + packer.flush()


def _stored_published(stored: dict) -> datetime | date | None:
    value = stored.get("published")
    if value is None:
        return None
    meta = stored.get("meta") or (None, False, True)
    return value if meta[2] else value.date()


def body_text(stored: dict) -> str:
    """The stored body: its UTF-8 in a zlib stream (_stored_body), or a str in segments
    written by 9b1e087."""
    data = stored.get("text_z")
    if isinstance(data, str):
        return data
    return zlib.decompress(data).decode("utf-8") if data else ""
