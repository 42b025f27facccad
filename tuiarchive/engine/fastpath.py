"""The BM25F fast path: common queries on whole posting arrays, with a posting cache."""

from __future__ import annotations

import contextlib
import heapq
import os
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from whoosh import query as wq
from whoosh.formats import Positions

from .schema import _UNDATED_OLD, SCHEMA, SORT_FIELDS
from .types import Cancelled, stop_if
from .whoosh_compat import decode_positions, field_b, length_codes, read_postings, segment_cache

POSTINGS_KEPT = 4_000_000  # postings kept decoded, in all (32 MB)


def _postings(reader, fieldname: str, text: str, values: list | None = None) -> tuple[array, array]:
    """A term's document numbers and weights in one segment, read block by block; its
    encoded values (positions) too, into `values`, when that is given.

    The last ones read are kept: typing a query searches its first words again at every key."""
    key = (reader.segment().segment_id(), fieldname, text)  # a segment's postings never change
    if values is None and (found := _KEPT.get(key)) is not None:
        return found
    ids, weights = read_postings(reader, fieldname, text, values)
    found = array("I", ids), array("f", weights)  # compact, and whoosh's own types
    _KEPT.put(key, found)
    return found


def _segments(searcher) -> Iterator[tuple[object, object, int]]:
    """Each segment's searcher, reader and first document number; an index with no segment (all its
    articles forgotten) has a reader of nothing in their place, with no postings to read."""
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if reader.doc_count_all():
            yield sub, reader, offset


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


def _column(reader, fieldname: str):
    cache = segment_cache(reader)
    key = ("col", fieldname)
    if key not in cache:
        cache[key] = reader.column_reader(fieldname).load()
    return cache[key]


def _deleted(reader) -> set[int]:
    cache = segment_cache(reader)
    if "deleted" not in cache:
        everything = range(reader.doc_count_all())
        cache["deleted"] = set(everything).difference(reader.all_doc_ids()) if reader.has_deletions() else set()
    return cache["deleted"]


FACETS_SUFFIX = ".facets"  # a segment's site and author labels, beside it: "MAIN_<id>.facets"


def _facet_labels(reader, folder: str | None = None) -> tuple[list[str], list[str], list[str]]:
    """Each document's month ("2025-03"), site and author in one segment ("" when unknown).

    Site and author are in the stored fields, whose every read also decompresses and unpickles
    the stored body: seconds for a big archive. So they are worked out once per segment and
    written beside it in the index `folder` (a segment never changes; whoosh deletes the file
    with its segment, as it matches its own segment file names), and read from there after."""
    cache = segment_cache(reader)
    if "facets" not in cache:
        stamps = _column(reader, "sort_new")
        count = reader.doc_count_all()
        months = ["" if stamps[d] == -_UNDATED_OLD else _month(stamps[d]) for d in range(count)]
        path = os.path.join(folder, reader.segment().segment_id() + FACETS_SUFFIX) if folder else None
        found = _read_labels(path, count) if path else None
        if found is None:
            found = _stored_labels(reader)
            if path:
                _write_labels(path, *found)
        cache["facets"] = (months, *found)
    return cache["facets"]


def _stored_labels(reader) -> tuple[list[str], list[str]]:
    """Each document's site and author from its stored fields ("" for a deleted document:
    it stays deleted while its segment lives)."""
    count = reader.doc_count_all()
    sites, authors = [""] * count, [""] * count
    for d, stored in enumerate(reader.all_stored_fields()) if not reader.has_deletions() else _stored_all(reader):
        sites[d] = stored.get("site") or ""
        authors[d] = stored.get("author") or ""
    return sites, authors


def _read_labels(path: str, count: int) -> tuple[list[str], list[str]] | None:
    """The labels written for a segment of `count` documents; None when there are none, or
    they do not fit (cut short, another segment's, damaged)."""
    import json  # here: a plain search reads no labels (issue 12)

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        names, site, author = data["labels"], data["site"], data["author"]
        if data["docs"] != count or len(site) != count or len(author) != count:
            return None
        return [names[n] for n in site], [names[n] for n in author]
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _write_labels(path: str, sites: list[str], authors: list[str]) -> None:
    """Write a segment's labels beside it, whole or not at all; a reader that may not write
    in the folder goes without (and works them out again at its next opening)."""
    import json

    codes: dict[str, int] = {}
    site = [codes.setdefault(s, len(codes)) for s in sites]
    author = [codes.setdefault(a, len(codes)) for a in authors]
    data = {"docs": len(sites), "labels": list(codes), "site": site, "author": author}
    temporary = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"  # whoosh's pattern too: cleaned with the segment
    try:
        with open(temporary, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)


def _stored_all(reader) -> Iterable[tuple[int, dict]]:
    deleted = _deleted(reader)
    return ((d, reader.stored_fields(d)) for d in range(reader.doc_count_all()) if d not in deleted)


@lru_cache(maxsize=4096)
def _month_of_day(day: int) -> str:
    when = datetime(1970, 1, 1) + timedelta(days=day)
    return f"{when.year:04d}-{when.month:02d}"


def _month(stamp: int) -> str:
    return _month_of_day(stamp // 86400)


def _with_phrase(fieldname: str, encoded: list[dict[int, bytes]], candidates: set[int]) -> set[int]:
    """The candidates in which the phrase's words (their encoded positions, word by word)
    stand in order, next to each other: whoosh's phrase rule (SpanNear2 with slop 1)."""
    form = SCHEMA[fieldname].format
    decode = decode_positions if type(form) is Positions else form.decoder("positions")
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
    cancelled: Cancelled | None = None,
) -> tuple[int, list[tuple[int, float]]]:
    """Count and top-k of an AND of terms, phrases and constant-score ranges, without the
    documents of the `excluded` terms (from `negations` NOTs), or of everything, sorted, over
    every segment, with whoosh's BM25F arithmetic (the tests compare the two)."""
    total = 0
    best: list[tuple[float, int, float]] = []  # (key, -docnum, score): bigger is better
    for sub, reader, offset in _segments(searcher):
        stop_if(cancelled)  # the caller's stop flag: before each segment and each word's postings
        deleted = _deleted(reader)
        # the words of phrases are read with their positions, once each
        positions: dict[tuple[str, str], list[bytes] | None] = {(f, w): None for f, words in phrases for w in words}
        lists = []
        for term in terms:
            stop_if(cancelled)
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
                stop_if(cancelled)
                narrowed = deleted or phrases or ranges or excluded
                keep = None if len(lists) == 1 and not narrowed else candidates
                part = _bm25(searcher, reader, weighting, fieldname, text, ids, weights, keep)
                if scores:
                    for d, value in part.items():
                        scores[d] += value
                else:
                    scores = part
            chosen = _best_scored(scores, k)
            scored = [(score, -(d + offset), score) for d, score in chosen]
        best = heapq.nlargest(k, [*best, *scored])
    return total, [(-neg_docnum, score) for _, neg_docnum, score in best]


def _best_scored(scores: dict[int, float], k: int) -> list[tuple[int, float]]:
    """The k (docnum, score) of highest score, the lower docnum first among equal scores: what
    heapq.nlargest with a (score, -docnum) key gives, without a key call per match. The k-th best
    score (a selection over bare floats) is the cut; only the few at or above it are sorted."""
    if k <= 0:
        return []
    if len(scores) > k:
        cut = heapq.nlargest(k, scores.values())[-1]
        chosen = [item for item in scores.items() if item[1] >= cut]
    else:
        chosen = list(scores.items())
    chosen.sort(key=lambda item: (-item[1], item[0]))
    return chosen[:k]


def _top_by_date(reader, docnums, sort: str, k: int, offset: int) -> list[tuple[float, int, float]]:
    """The k newest (or oldest) of a segment's documents, as (key, -docnum, score 0) where a
    bigger key is better; ties go to the lower document number, as in whoosh."""
    field, reverse = SORT_FIELDS[sort]
    column = _column(reader, field)
    pick = heapq.nlargest if reverse else heapq.nsmallest
    sign = 1 if reverse else -1
    return [(sign * column[d], -(d + offset), 0.0) for d in pick(k, sorted(docnums), key=column.__getitem__)]


def _bm25(searcher, reader, weighting, fieldname: str, text: str, ids, weights, keep: set[int] | None) -> dict:
    """whoosh's BM25F score of one term for its documents in one segment (those in `keep`).

    Computed operation for operation as whoosh's scoring.bm25 computes it, so a score is the
    same float on both paths: a one-word query, or a word and a NOT, ranks equal scores in the
    same order (the lower document number first) instead of by a last-bit difference."""
    k1 = weighting.K1
    idf = searcher.idf(fieldname, text)
    avgfl = searcher.avg_field_length(fieldname) or 1
    b = field_b(weighting, fieldname)
    top = k1 + 1
    codes, norm_of = _norms(reader, fieldname, k1, b, avgfl)
    pairs = zip(ids, weights, strict=True)
    if keep is None:
        return {d: idf * ((tf * top) / (tf + norm_of[codes[d]])) for d, tf in pairs}
    return {d: idf * ((tf * top) / (tf + norm_of[codes[d]])) for d, tf in pairs if d in keep}


def _norms(reader, fieldname: str, k1: float, b: float, avgfl: float) -> tuple[Sequence[int], Sequence[float] | dict]:
    """The length part of the BM25 denominator, K1 * ((1 - B) + B * fl / avgfl) as whoosh writes
    it, for one segment: each document's length code, and the part for each code (a length is
    stored in a byte: at most 256 to work out, again only when the average length changes)."""
    cache = segment_cache(reader)
    if ("codes", fieldname) not in cache:
        cache["codes", fieldname] = length_codes(reader, fieldname)
    codes, length_of = cache["codes", fieldname]
    found = cache.get(("norm", fieldname))
    if found is None or found[0] != (k1, b, avgfl):
        if isinstance(length_of, list):  # a length for each byte value
            table = [k1 * ((1 - b) + b * fl / avgfl) for fl in length_of]
        else:
            table = {code: k1 * ((1 - b) + b * fl / avgfl) for code, fl in length_of.items()}
        found = cache["norm", fieldname] = ((k1, b, avgfl), table)
    return codes, found[1]


def _fast_any(
    searcher,
    weighted: list[tuple[str, str, float]],
    k: int,
    weighting,
    exclude: int = -1,
    sort: str = "relevance",
    cancelled: Cancelled | None = None,
) -> tuple[int, list[tuple[int, float]]]:
    """Count and top-k of an OR of boosted terms, as whoosh scores it (the sum of boost x
    BM25F over the terms a document has), leaving out the document `exclude` ("more like
    this" leaves out the article itself)."""
    total = 0
    best: list[tuple[float, int, float]] = []
    for _sub, reader, offset in _segments(searcher):
        scores: dict[int, float] = {}
        for fieldname, text, boost in weighted:
            stop_if(cancelled)  # before each word's postings in each segment
            ids, weights = _postings(reader, fieldname, text)
            for d, value in _bm25(searcher, reader, weighting, fieldname, text, ids, weights, None).items():
                scores[d] = scores.get(d, 0.0) + value * boost
        for d in (*_deleted(reader), exclude - offset):
            scores.pop(d, None)
        total += len(scores)
        if sort in SORT_FIELDS:
            scored = _top_by_date(reader, scores, sort, k, offset)
        else:
            chosen = _best_scored(scores, k)
            scored = [(score, -(d + offset), score) for d, score in chosen]
        best = heapq.nlargest(k, [*best, *scored])
    return total, [(-neg_docnum, score) for _, neg_docnum, score in best]
