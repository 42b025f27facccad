"""Searching the whoosh index: queries, hits, counts, facets and "more like this"."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable

from whoosh import collectors, qparser, scoring, sorting
from whoosh import query as wq
from whoosh.reading import TermNotFound

from ..query import DATE_FIELDS, FIELD_ALIASES, QueryError, check, normalise_boosts, sort_used, unparsable
from .cost import bound_query_cost, query_problem
from .fastpath import _KEPT, _deleted, _facet_labels, _fast_any, _fast_search
from .retry import _retrying
from .schema import SCHEMA, SEARCH_FIELDS, SORT_FIELDS, _stored_published, body_text
from .snippets import _lead, make_snippet, match_spans
from .types import Cancelled, EngineFacets, EngineHit, EngineResults, stop_if
from .whoosh_compat import CANCEL_CHECK_EVERY, cancellable, damage_is_unreadable, index_folder, refreshed

MORE_LIKE_TERMS = 12  # the words of an article that "more like this" searches for


MORE_LIKE_MAX_SHARE = 0.1  # ... among those in at most this share of the articles


KEY_TERM_CANDIDATES = 40  # ... weighing the words most frequent in the article


def effective_sort(q: wq.Query | None, sort: str) -> str:
    """The order results really come in (the query specification's rule for an empty query)."""
    return sort_used(sort, q is None or _everything(q))


def _everything(q: wq.Query) -> bool:
    """Every article (`field:*` is only the articles that have the field)."""
    return isinstance(q, wq.Every) and q.fieldname in (None, "", "*")


def _has_not(query: wq.Query) -> bool:
    return isinstance(query, wq.Not) or any(_has_not(child) for child in query.children())


def _terms_of(query: wq.Query) -> list[wq.Term] | None:
    """The words of a word, or of words ORed; None for anything else."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Or) and all(isinstance(q, wq.Term) for q in query.subqueries):
        return list(query.subqueries)
    return None


class EngineSearcher:
    fast_path = True  # False: every query through whoosh's own matchers (the tests compare)

    def __init__(self, searcher) -> None:
        self._s = searcher

    def close(self) -> None:
        self._s.close()

    def refresh(self) -> None:
        """See the latest committed state of the index (cheap if nothing changed)."""
        self._s = _retrying(lambda: refreshed(self._s))

    def drop_kept_postings(self) -> None:
        """Forget the posting lists kept from earlier searches."""
        _KEPT.clear()

    def doc_count(self) -> int:
        return self._s.doc_count()

    def reader(self):
        """whoosh's reader of the current state (for looking at word lists)."""
        return self._s.reader()

    def parser(self) -> qparser.QueryParser:
        """whoosh's query parser, set up from the query specification (tuiarchive/query.py)."""
        parser = qparser.MultifieldParser(list(SEARCH_FIELDS), SCHEMA, group=qparser.AndGroup)
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        if DATE_FIELDS:
            parser.add_plugin(qparser.GtLtPlugin())  # date:<2024-11, date:>=2024-11-04
        return parser

    def parse(self, text: str) -> wq.Query | None:
        """The query as whoosh's, or None for an empty one (every article). Raises QueryError
        (one line that says what to write instead) for a mistake the checker knows, a query
        whoosh's parser trips on or gives up part of, and one that would cost too much."""
        text = text.strip()
        if not text:
            return None
        check(text)
        try:
            parsed = self.parser().parse(normalise_boosts(text))
        except Exception as exc:  # whoosh's parser trips on some inputs: say so, don't crash
            raise unparsable(text) from exc
        problem = query_problem(parsed)
        if problem:
            raise QueryError(problem)
        return bound_query_cost(parsed, self._s.reader())

    @damage_is_unreadable
    def search(
        self,
        query: str | wq.Query | None,
        *,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 20,
        snippets: bool = True,
        cancelled: Cancelled | None = None,
    ) -> EngineResults:
        """A page of hits for a query (its text, or a query parse() gave), with the total.
        `cancelled`: asked between segments and every so many matches; when it says True the
        search stops with SearchCancelled (the user has typed on)."""
        stop_if(cancelled)
        if isinstance(query, str):
            query = self.parse(query)
        if query is None:
            query = wq.Every()
        sort = effective_sort(query, sort)
        kwargs: dict = {}
        if sort in SORT_FIELDS:
            field, reverse = SORT_FIELDS[sort]
            # reversed in the facet, not the collector: whoosh's reverse=True also reverses the
            # document numbers of equal dates, and the fast path puts the lower number first
            kwargs.update(sortedby=sorting.FieldFacet(field, reverse=reverse))
        query = self._prune(query)
        term_list = sorted(
            {
                t.decode() if isinstance(t, bytes) else str(t)
                for f, t in query.iter_all_terms()
                if f in ("text", "title")
            }
        )
        term_set = set(term_list)
        fast = self._fast(query, sort, offset, limit, cancelled) if self.fast_path else None
        if fast is not None:
            total, top = fast
        else:
            if sort not in SORT_FIELDS and _has_not(query):
                # whoosh bounds a matcher's best score from its parts' qualities, and a NOT's part
                # reports the excluded word's quality instead of the 1.0 it adds to every match:
                # it skips blocks and drops whole segments that hold real top hits. No shortcuts then.
                collector = collectors.TopCollector(offset + limit, usequality=False, replace=0)
            else:
                collector = self._s.collector(limit=offset + limit, **kwargs)  # what search() uses
            self._s.search_with_collector(query, cancellable(collector, cancelled))
            results = collector.results()
            ranked = sort not in SORT_FIELDS  # sorted, whoosh gives the sort key as the score
            top = [(hit.docnum, (hit.score or 0.0) if ranked else 0.0) for hit in results]
            total = self._count(query, results, cancelled)
        hits = [self._hit(docnum, score, term_set if snippets else None) for docnum, score in top[offset:]]
        return EngineResults(total=total, hits=hits, terms=term_list, sort=sort)

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

    def _fast(
        self, query: wq.Query, sort: str, offset: int, limit: int, cancelled: Cancelled | None = None
    ) -> tuple[int, list[tuple[int, float]]] | None:
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
            return _fast_any(self._s, weighted, offset + limit, weighting, sort=sort, cancelled=cancelled)
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
        return _fast_search(
            self._s, terms, sort, offset + limit, weighting, phrases, ranges, excluded, negations, cancelled
        )

    def _count(self, query: wq.Query, results, cancelled: Cancelled | None = None) -> int:
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
        return len(_docs(self._s.docs_for_query(query), cancelled))

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

    def match_spans(self, text: str, terms: set[str]) -> list[tuple[int, int]]:
        """Where the search's words (EngineResults.terms) occur in `text`, stemmed as indexed."""
        return match_spans(text, terms)

    @damage_is_unreadable
    def stored(self, article_id: str) -> dict | None:
        docnum = self._s.document_number(id=article_id)
        return None if docnum is None else self._s.stored_fields(docnum)

    @damage_is_unreadable
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

    @damage_is_unreadable
    def facets(
        self, query: str | wq.Query | None, *, top: int = 12, cancelled: Cancelled | None = None
    ) -> EngineFacets:
        """How the matches of `query` spread over months, sites and authors (exact counts over all
        matches; each segment's labels are read once and kept while the segment lives)."""
        if isinstance(query, str):
            query = self.parse(query)
        query = self._prune(query if query is not None else wq.Every())
        months: Counter[str] = Counter()
        sites: Counter[str] = Counter()
        authors: Counter[str] = Counter()
        folder = index_folder(self._s)
        for sub, _offset in self._s.leaf_searchers():
            stop_if(cancelled)
            reader = sub.reader()
            if not reader.doc_count_all():
                continue  # an empty index has no columns to read
            if isinstance(query, wq.Every):
                docs: Iterable[int] = set(range(reader.doc_count_all())) - _deleted(reader)
            elif query is wq.NullQuery:
                continue
            else:
                docs = _docs(query.docs(sub), cancelled)
            month_of, site_of, author_of = _facet_labels(reader, folder)
            months.update(month_of[d] for d in docs)
            sites.update(site_of[d] for d in docs)
            authors.update(author_of[d] for d in docs)
        for counter in (months, sites, authors):
            counter.pop("", None)  # undated, no site, no author: not a bar or a facet
        return EngineFacets(dict(sorted(months.items())), sites.most_common(top), authors.most_common(top))


def _docs(found: Iterable[int], cancelled: Cancelled | None) -> list[int]:
    """The document numbers, read in chunks with a look at the stop flag between them."""
    if cancelled is None:
        return list(found)
    docs: list[int] = []
    found = iter(found)
    while chunk := list(itertools.islice(found, CANCEL_CHECK_EVERY)):
        stop_if(cancelled)
        docs.extend(chunk)
    return docs


def _key_terms(searcher, fieldname: str, text: str) -> list[tuple[str, float]]:
    """The words that say what `text` is about, weighted: whoosh's key_terms_from_text (the Bo1
    model, weights divided by the largest), with two changes for speed and focus.

    - Only the KEY_TERM_CANDIDATES words most frequent in the text are weighed. whoosh looks
      every distinct word up in every segment (two hash lookups each): 160 ms for an article
      of an archive of 100k articles in 34 segments.
    - Words in more than a tenth of a big archive are left out: they say little about what an
      article is about, and their long posting lists made the OR slow."""
    field = SCHEMA[fieldname]
    in_text = _word_weights(field, text)
    everything = searcher.doc_count_all()
    common = max(MORE_LIKE_MAX_SHARE * everything, 100)  # small archives: every word
    candidates = sorted(in_text.items(), key=lambda item: -item[1])[:KEY_TERM_CANDIDATES]
    in_archive = _archive_counts(searcher.reader(), fieldname, [word for word, _ in candidates])
    scored = []
    for word, weight in candidates:
        frequency = in_archive[word][0]
        if not frequency:
            continue
        share = frequency / everything
        scored.append((weight * math.log2((1.0 + share) / share) + math.log2(1.0 + share), word))
    scored.sort(key=lambda item: (-item[0], item[1]))
    kept = []
    for score, word in scored:
        if in_archive[word][1] <= common:
            kept.append((word, score))
            if len(kept) == MORE_LIKE_TERMS:
                break
    top = max((score for _, score in kept), default=1.0) or 1.0
    return [(word, score / top) for word, score in kept]


def _word_weights(field, text: str) -> dict[str, float]:
    """Each word of `text` as the field indexes it, with its weight there (in order of first
    occurrence): what field.index() gives, without encoding every word's positions, which
    "more like this" never reads (a third of its time went to the encoding)."""
    positions = getattr(field.analyzer, "positions", None)
    if positions is None:  # another analyzer: whoosh's own way
        weights: dict[str, float] = {}
        for tbytes, _, weight, _ in field.index(text):
            word = field.from_bytes(tbytes)
            weights[word] = weights.get(word, 0.0) + weight
        return weights
    boost = field.format.field_boost  # a word's weight in Positions: its count (1.0 a token) x the field's boost
    return {word: float(len(places)) * boost for word, places in positions(text).items()}


def _archive_counts(reader, fieldname: str, words: list[str]) -> dict[str, tuple[float, int]]:
    """Each word's weight in the whole archive and the number of articles it is in: what the
    reader's frequency() and doc_frequency() give, summed segment by segment in the same order,
    from one look-up of the word in each segment instead of two (a segment without the word
    counts 0, as there)."""
    counts: dict[str, tuple[float, int]] = {word: (0, 0) for word in words}
    for leaf, _offset in reader.leaf_readers():
        for word in words:
            try:
                info = leaf.term_info(fieldname, word)
            except TermNotFound:
                continue
            frequency, documents = counts[word]
            counts[word] = (frequency + info.weight(), documents + info.doc_frequency())
    return counts
