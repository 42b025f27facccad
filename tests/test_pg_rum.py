"""The PostgreSQL engine with and without RUM (issue 11, the 100k targets).

With the rum extension in the database, `doc`'s index is RUM and a search of words takes its
top hits in rank order from the index; without it, GIN and ts_rank over every match. The two
must find the same articles in the same order (ties by id), page by page; the behavioural
search tests run on both (tests/conftest.py, any_samples). A first load into an empty
archive makes the search indexes after the rows; the articles' rows are thin (TOAST).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import psycopg
import pytest

from tuiarchive.archive import Archive
from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import PostgresWriter, counting, schema, searching, tiers
from tuiarchive.indexer import IndexRunFailed, update_index

# one word, a prefix, words ORed: RUM's rank is ts_rank (times a constant for an OR), so the order is the same
SAME_ORDER = ["astrolabe", "museum", "museu*", "astrolabe OR bridge", "text:museum", "bridges", "the"]
# several words that must all match, a phrase: RUM ranks by how close together they are (not ts_rank)
SAME_HITS = ["astrolabe museum", '"national museum"', "flood AND (bridge OR railway)", "museum NOT astrolabe"]


def _method(url: str) -> str | None:
    with psycopg.connect(url, autocommit=True) as conn:
        return schema.doc_index_method(conn)


def _write(folder: Path, name: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def test_rum_and_gin_find_the_same_hits_in_the_same_order(
    pg_server, pg_samples: DatabaseIndex, pg_samples_gin: DatabaseIndex
) -> None:
    pg_server.need_rum()
    assert _method(pg_samples.url) == "rum" and _method(pg_samples_gin.url) == "gin"
    with Archive(pg_samples) as rum, Archive(pg_samples_gin) as gin:
        for query in SAME_ORDER + SAME_HITS:
            a, b = rum.search(query, limit=100), gin.search(query, limit=100)
            assert {h.id for h in a.hits} == {h.id for h in b.hits} and a.total == b.total, query
            pages = [h.id for k in range(0, 12, 3) for h in rum.search(query, offset=k, limit=3).hits]
            assert pages == [h.id for h in a.hits[:12]], query
            if query in SAME_ORDER:
                assert [h.id for h in a.hits] == [h.id for h in b.hits], query
        for query in ["astrolabe", "museum"]:  # one word: the same score
            scores = [[round(h.score, 5) for h in x.search(query).hits] for x in (rum, gin)]
            assert scores[0] == scores[1]
        for hit in gin.search("museum", limit=5).hits:
            assert _ranks(rum.similar(hit.id, top=10)) == _ranks(gin.similar(hit.id, top=10))


def _ranks(hits: list, first: int = 5) -> list[frozenset[str]]:
    """The first hits in their order, articles of one score (to 6 digits) together: two samples
    sharing the same key words score the same, and the two indexes' float rankings may order
    them either way (which way depends on their ids, hashes of the checkout's path); a tie at
    the 5th place is read whole from the 10 fetched."""
    ranks: list[tuple[float, set[str]]] = []
    for n, h in enumerate(hits):
        score = float(f"{h.score:.6g}")
        if ranks and ranks[-1][0] == score:
            ranks[-1][1].add(h.id)
        elif n < first:
            ranks.append((score, {h.id}))
        else:
            break
    return [frozenset(ids) for _, ids in ranks]


@pytest.mark.parametrize("slack", [0, searching.RANK_SLACK])
def test_ties_break_by_id_on_every_page(
    pg_server, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slack: int
) -> None:
    """Thirty articles with the same score: in id order on every page, however many rows
    past the page the first fetch in rank order took (slack 0: each page's end is a tie)."""
    pg_server.need_rum()
    folder = tmp_path / "tied"
    body = "The zeppelin landed at the field on Sunday morning before a small crowd of onlookers."
    for k in range(30):
        _write(folder, f"{k:02d}.txt", f"Airship report number {k}", body)
    _write(folder, "top.txt", "Zeppelin lands", body)
    where = DatabaseIndex(pg_url)
    update_index(where, [folder], workers=1)
    assert _method(pg_url) == "rum"
    monkeypatch.setattr(searching, "RANK_SLACK", slack)
    with Archive(where) as archive:
        everything = archive.search("zeppelin", limit=100).hits
        assert everything[0].title == "Zeppelin lands" and len(everything) == 31
        tied = [h.id for h in everything[1:]]
        assert tied == sorted(tied) and len({h.score for h in everything[1:]}) == 1
        pages = [h.id for k in range(0, 31, 4) for h in archive.search("zeppelin", offset=k, limit=4).hits]
        assert pages == [h.id for h in everything]


def test_a_first_load_makes_the_search_indexes_after_the_rows(
    pg_url: str, samples_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into an empty archive the rows go in without the search indexes (made at the end); a
    later run into the same archive keeps them."""
    seen: list[str | None] = []
    real_commit = PostgresWriter.commit

    def looking(self, *, optimize: bool = False) -> None:
        seen.append(_method(pg_url))
        real_commit(self, optimize=optimize)

    monkeypatch.setattr(PostgresWriter, "commit", looking)
    where = DatabaseIndex(pg_url)
    update_index(where, [samples_copy], workers=1)
    assert seen and set(seen) == {None}
    assert _method(pg_url) in ("rum", "gin")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert not schema.bulk_loading(conn)
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'")}
        assert set(schema.SEARCH_INDEXES) <= names
        options = conn.execute("SELECT reloptions FROM pg_class WHERE relname = 'articles_p0'").fetchone()[0]
        assert f"toast_tuple_target={schema.TOAST_TARGET}" in options
    seen.clear()
    _write(samples_copy, "new.txt", "Zanzibar zebras counted", "The zebras of Zanzibar were counted again. " * 8)
    update_index(where, workers=1)
    assert seen and None not in seen
    with Archive(where) as archive:
        assert archive.search("zebras").total == 1 and archive.search("astrolabe").total >= 3


def test_a_first_load_cut_off_gets_its_indexes_on_the_next_run(
    pg_url: str, samples_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection is lost mid-load: searches still answer (without the indexes), and the
    next run finishes the load without them (rows into RUM one at a time cost ~8 ms each)
    and makes them at its end."""
    from tuiarchive.indexer import run

    monkeypatch.setattr(run, "COMMIT_EVERY_DOCS", 5)
    commits = {"n": 0}
    real_commit = PostgresWriter.commit

    def dropping(self, *, optimize: bool = False) -> None:
        commits["n"] += 1
        if commits["n"] == 2:
            with psycopg.connect(pg_url, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (self._conn.info.backend_pid,))
        real_commit(self, optimize=optimize)

    monkeypatch.setattr(PostgresWriter, "commit", dropping)
    where = DatabaseIndex(pg_url)
    with pytest.raises(IndexRunFailed):
        update_index(where, [samples_copy], workers=1)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert schema.bulk_loading(conn) and _method(pg_url) is None
    with Archive(where) as archive:
        assert archive.count() == 5 and archive.search("").total == 5 and archive.search("museum").total <= 5
    seen: list[str | None] = []

    def looking(self, *, optimize: bool = False) -> None:
        seen.append(_method(pg_url))
        real_commit(self, optimize=optimize)

    monkeypatch.setattr(PostgresWriter, "commit", looking)
    report = update_index(where, workers=1)
    assert seen and set(seen) == {None}, seen
    assert schema.CUT_OFF_NOTE in report.notices, report.notices
    assert _method(pg_url) in ("rum", "gin")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert not schema.bulk_loading(conn)
    with Archive(where) as archive:
        assert archive.count() == 45 and archive.search("astrolabe").total >= 3


def test_rum_installed_later_takes_over_from_gin(pg_server, samples_copy: Path) -> None:
    """An archive made without the extension has GIN; once a DBA makes the extension, the next
    `tuiarchive index` makes `doc`'s index again as RUM."""
    pg_server.need_rum()
    name = pg_server.new_database(rum=False)
    try:
        url = pg_server.url(name)
        where = DatabaseIndex(url)
        update_index(where, [samples_copy], workers=1)
        assert _method(url) == "gin"
        with Archive(where) as archive:
            before = [h.id for h in archive.search("museum", limit=50).hits]
        with psycopg.connect(pg_server._admin_of(name), autocommit=True) as admin:
            admin.execute("CREATE EXTENSION rum")
        update_index(where, workers=1)
        assert _method(url) == "rum"
        with Archive(where) as archive:
            assert [h.id for h in archive.search("museum", limit=50).hits] == before
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def test_snippets_come_from_a_window_around_the_first_match(pg_url: str, tmp_path: Path) -> None:
    """ts_headline is given a window around the first place the word is written: a match deep
    in a long body is shown, and letters that are only part of a longer word early on
    ("background") do not hide the word itself further on."""
    folder = tmp_path / "long"
    filler = "The committee met on Tuesday to review the budget for the coming year in detail. " * 80
    _write(folder, "deep.txt", "Harbour report", f"{filler}\n\nA narwhal was seen near the pier at dawn.")
    back = "The gardeners came back to their plots on Sunday morning with new seeds and tools."
    _write(folder, "part.txt", "Garden report", f"Some background first. {filler}\n\n{back}")
    _write(folder, "head.txt", "Okapi sighted", "Keepers at the zoo said little about it on Monday. " * 3)
    # a letter typed after a word (`octopus b`): the window is the word's, not the first "by"'s
    quay = "An octopus climbed the quay wall."
    _write(folder, "letter.txt", "Plan b for the quay", f"Boats by the bay. {filler}\n\n{quay}")
    where = DatabaseIndex(pg_url)
    update_index(where, [folder], workers=1)
    with Archive(where) as archive:
        words = [("narwhal", "narwhal"), ("back", "back"), ("gardening", "gardeners"), ("octopus b", "octopus")]
        for query, word in words:
            hits = archive.search(query).hits
            assert len(hits) == 1, query
            matched = [text.lower() for text, is_match in hits[0].snippet if is_match]
            assert matched == [word], (query, hits[0].snippet)
        (only,) = archive.search("okapi").hits  # in the headline alone: the body's first lines
        assert only.snippet == [(("Keepers at the zoo said little about it on Monday. " * 3).strip(), False)]


@pytest.mark.parametrize("rum", [True, False])
def test_one_word_pages_from_the_headline_tier_are_the_full_ranking(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rum: bool
) -> None:
    """One plain word: the first pages come from the articles with it in their headline when
    there are enough of them, and they are the pages the full ranking gives (ids, order,
    scores), even against bodies that repeat the word many times."""
    if rum:
        pg_server.need_rum()
    folder = tmp_path / "tier"
    for k in range(9):
        story = f"Airship story number {k}, about the flight, the crew and the weather over the coast. " * 2
        _write(folder, f"head{k}.txt", f"Zeppelin news {k}", story + "The zeppelin landed. " * (k % 3))
    for k in range(20):
        _write(
            folder, f"body{k}.txt", f"Airship report {k}", f"Report {k}. " + "The zeppelin flew over. " * (1 + k * 3)
        )
    name = pg_server.new_database(rum=rum)
    try:
        where = DatabaseIndex(pg_server.url(name))
        update_index(where, [folder], workers=1)
        assert _method(where.url) == ("rum" if rum else "gin")
        taken = []
        tier = tiers.headline_tier

        def spying(*args, **kwargs):
            found = tier(*args, **kwargs)
            taken.append(found is not None)
            return found

        monkeypatch.setattr(tiers, "headline_tier", spying)
        pages = {}
        default = tiers.HEADLINE_TIER_MOST
        for most in (default, 0):  # the tier whenever it holds the page; never
            monkeypatch.setattr(tiers, "HEADLINE_TIER_MOST", most)
            with Archive(where) as archive:
                pages[most] = [
                    [(h.id, round(h.score, 6)) for h in archive.search("zeppelin", offset=k, limit=3).hits]
                    for k in (0, 3, 6, 9, 12)
                ]
                assert archive.search("zeppelin").total == archive.count() >= 28  # every article has it
        assert pages[default] == pages[0]
        assert taken[:3] == [True, True, True] and not any(taken[3:])  # 9 headlines: three pages of 3
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def _recorded_statements(monkeypatch) -> list[str]:
    """The SQL each search sends from now on, in order (the searcher's own _execute still runs)."""
    statements: list[str] = []
    execute = searching.PostgresSearcher._execute

    def recording(self, sql, params, conn=None):
        statements.append(sql)
        return execute(self, sql, params, conn)

    monkeypatch.setattr(searching.PostgresSearcher, "_execute", recording)
    return statements


def test_a_date_order_walks_the_date_index_only_when_many_match(
    pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by date, a rare word's matches are sorted (walking the date index would read the
    whole archive to fill a page); a common one's are read in date order. A word that ANALYZE's
    statistics say is in 1 article in 10 is walked without waiting for the exact count. The
    hits are the same."""
    statements = _recorded_statements(monkeypatch)
    found = {}
    # (the archive's size, the words' shares): many match (walked); few (sorted); few by the
    # count, but common by the statistics (walked: the count is not waited for)
    cases = [(0.0, {}), (1e12, {}), (1e12, {"museum": 0.2, "bridg": 0.2})]
    for case, (archive_rows, shares) in enumerate(cases):
        monkeypatch.setattr(searching.PostgresSearcher, "_rows_estimate", lambda self, n=archive_rows: n)
        monkeypatch.setattr(searching.PostgresSearcher, "_common_shares", lambda self, s=shares: s)
        with Archive(pg_samples) as archive:
            statements.clear()
            found[case] = [
                [h.id for h in archive.search(q, sort=s).hits]
                for q in ("museum", "bridge")
                for s in ("newest", "oldest")
            ]
            sorted_orders = [sql for sql in statements if "interval '0 s'" in sql]
            assert len(sorted_orders) == (4 if case == 1 else 0), case
            found[case] = [page for page in found[case] if page]
    assert found[0] == found[1] == found[2] and len(found[0]) == 4


def test_a_count_on_a_second_connection_gives_the_same_pages(
    pg_samples: DatabaseIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a big archive the exact count runs on a second connection while the first fetches the
    page: the same totals and hits as one after the other; a search cancelled meanwhile raises
    SearchCancelled and leaves the archive searchable."""
    from tuiarchive.engine.types import SearchCancelled

    queries = [*SAME_ORDER, *SAME_HITS, "", "date:2024", "title:museum", "museum zzyzx"]
    found = {}
    for rows in (10**12, 0):  # counted one after the other; at once
        monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", rows)
        with Archive(pg_samples) as archive:
            found[rows] = [(p.total, [h.id for h in p.hits]) for p in (archive.search(q) for q in queries)]
            if rows == 0:
                asked = iter([False])  # the user types on once the search has started
                with pytest.raises(SearchCancelled):
                    archive.search("museum", cancelled=lambda asked=asked: next(asked, True))
                assert archive.search("astrolabe").total == found[10**12][0][0] > 0  # SAME_ORDER[0]
    assert found[0] == found[10**12]


def test_a_phrase_ranks_its_headlines_first_in_score_order(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RUM's index orders a phrase (`a <-> b`) by another measure than the one its distance
    gives a row (at 100k, `"prime minister"`: the headlines that hold it, 1.26, came after
    bodies scored 0.12): a phrase is taken in the index order of its words ANDed, which is
    that distance's, and the pages come out best first, headlines above bodies. (The planner
    is told to read in the index's order, as it does in a big archive, not to sort a few rows,
    and a page takes no rows beyond it.)"""
    pg_server.need_rum()
    folder = tmp_path / "phrase"
    for k in range(24):
        weather = f"Weather note {k}: the river flooded the valley after the heavy rain of the week. " * 3
        said = " The prime minister said so." * (1 + k % 3)
        _write(folder, f"body{k:02d}.txt", f"Weather note {k}", weather + said)
    for k in range(3):
        visit = f"The visit {k} took the morning, with a walk through the market and a talk at the school. "
        _write(folder, f"head{k}.txt", f"Prime minister visits town {k}", visit * 3)
    name = pg_server.new_database(rum=True)
    try:
        where = DatabaseIndex(pg_server.url(name))
        update_index(where, [folder], workers=1)
        assert _method(where.url) == "rum"
        monkeypatch.setenv("PGOPTIONS", "-c enable_sort=off -c enable_bitmapscan=off")
        monkeypatch.setattr(searching, "RANK_SLACK", 0)  # a page is what the index gives first
        with Archive(where) as archive:
            hits = archive.search('"prime minister"', limit=30).hits
            assert len(hits) == 27
            assert {h.title for h in hits[:3]} == {f"Prime minister visits town {k}" for k in range(3)}
            assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
            pages = [h.id for k in range(27) for h in archive.search('"prime minister"', offset=k, limit=1).hits]
            assert pages == [h.id for h in hits]
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def test_two_words_pages_from_the_headline_tier_are_the_full_ranking(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two words, side by side or a phrase: the first pages come from the articles with both in
    their headline when those score above what any other article can (PAIR_TIER_BOUND), and they
    are the pages RUM's full ranking gives (ids, order, scores), against bodies that repeat the
    two words many times; past them, the full ranking."""
    pg_server.need_rum()
    folder = tmp_path / "pair"
    for k in range(7):
        story = f"Story number {k}, about the flight, the weather over the coast and the landing field. " * 2
        _write(folder, f"head{k}.txt", f"Zeppelin crew news {k}", story + "The zeppelin crew waved. " * (k % 3))
    apart = "A long day at the landing field for everyone, with the weather turning over the coast. " * 3
    _write(folder, "apart.txt", "Zeppelin lands far from the ground crew", apart)  # both words, not a phrase
    for k in range(20):
        body = (
            f"Report {k}, from the field by the coast, written on the day. "
            + "The zeppelin crew flew over the town. " * (2 + k * 3)
        )
        _write(folder, f"body{k:02d}.txt", f"Airship report {k}", body)
    name = pg_server.new_database(rum=True)
    try:
        where = DatabaseIndex(pg_server.url(name))
        update_index(where, [folder], workers=1)
        assert _method(where.url) == "rum"
        taken = []
        tier = tiers.pair_tier

        def spying(*args, **kwargs):
            found = tier(*args, **kwargs)
            taken.append(found is not None)
            return found

        monkeypatch.setattr(tiers, "pair_tier", spying)
        for query in ("zeppelin crew", '"zeppelin crew"'):
            pages = {}
            default = tiers.PAIR_TIER_MOST
            for most in (default, 0):  # the tier whenever it holds the page; never
                monkeypatch.setattr(tiers, "PAIR_TIER_MOST", most)
                taken.clear()
                with Archive(where) as archive:
                    pages[most] = [
                        [(h.id, round(h.score, 6)) for h in archive.search(query, offset=k, limit=n).hits]
                        for k, n in ((0, 3), (3, 3), (6, 2), (8, 3), (11, 4))  # the 8th: `apart`, 0.2
                    ]
                    everything = archive.count()  # all have both words; all but `apart` the phrase
                    assert archive.search(query).total == everything - (query != "zeppelin crew") >= 27
                if most:
                    assert taken[:2] == [True, True] and not any(taken[2:]), query  # 7 headlines: two pages
            assert pages[default] == pages[0], query
            assert len({h for page in pages[0] for h in page}) == 15
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def test_two_common_words_rank_a_bounded_candidate_set_first(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two common words the pair tier does not answer (here: neither headline holds both): the
    first pages are the bounded candidate set, NOT RUM's full ranking (a stated difference:
    docs/postgresql.md): of the newest PAIR_CANDIDATES articles with either word in the
    headline, those holding both, best first by RUM's measure; then every other match in RUM's
    order. Pages agree with one another and the same articles match."""
    pg_server.need_rum()
    folder = tmp_path / "bounded"
    filler = "A long day at the landing field for everyone, with the weather turning over the coast. " * 4
    for k in range(6):
        _write(folder, f"head{k}.txt", f"Zeppelin news {k}", filler + "The zeppelin crew waved." * (1 + k % 2))
    for k in range(12):
        body = f"Report {k}, from the field by the coast. " + "The zeppelin crew flew over the town. " * (2 + k)
        _write(folder, f"body{k:02d}.txt", f"Airship report {k}", body)
    name = pg_server.new_database(rum=True)
    try:
        where = DatabaseIndex(pg_server.url(name))
        update_index(where, [folder], workers=1)
        ranked_fully = []
        ranked = searching.PostgresSearcher._ranked

        def spying(self, *args, **kwargs):
            ranked_fully.append(args[2])  # the extra predicate: the candidates left out
            return ranked(self, *args, **kwargs)

        monkeypatch.setattr(searching.PostgresSearcher, "_ranked", spying)
        monkeypatch.setattr(tiers, "PAIR_CANDIDATES", 4)
        for query in ("zeppelin crew", '"zeppelin crew"'):
            monkeypatch.setattr(tiers, "PAIR_BOUNDED_FROM", 10**12)  # never: RUM's full ranking
            with Archive(where) as archive:
                full = [(h.id, h.title) for h in archive.search(query, limit=50).hits]
                heads = sorted(h.id for h in archive.search("title:zeppelin", limit=50).hits)
            assert len(full) == 18 and not full[0][1].startswith("Zeppelin"), query  # bodies rank first
            monkeypatch.setattr(tiers, "PAIR_BOUNDED_FROM", 0)  # always (the words are common enough)
            ranked_fully.clear()
            with Archive(where) as archive:
                first = archive.search(query, limit=4).hits
                assert ranked_fully == [], query  # the page came from the candidates alone
                hits = archive.search(query, limit=50).hits
                pages = [h.id for k in range(0, 18, 5) for h in archive.search(query, offset=k, limit=5).hits]
            candidates = set(heads[:4])  # no dates: the newest are the first by id
            assert [h.id for h in first] == [h.id for h in hits[:4]] and {h.id for h in first} == candidates, query
            assert [h.score for h in first] == sorted((h.score for h in first), reverse=True), query
            assert [h.id for h in hits[4:]] == [i for i, _ in full if i not in candidates], query
            assert pages == [h.id for h in hits], query
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def test_counts_of_words_read_the_count_index(pg_server, pg_samples: DatabaseIndex, monkeypatch) -> None:
    """With RUM, an exact count (and the facets) of words without a phrase or a field reads
    `strip(doc)`'s GIN index (schema.COUNT_INDEX): the same totals and facets as the query's own
    predicate; phrases, fields and dates are counted as before."""
    pg_server.need_rum()
    statements = _recorded_statements(monkeypatch)
    words = ["astrolabe museum", "museum NOT astrolabe", "museu*", "astrolabe OR bridge", "bridges"]
    words.append("museum^2 astrolabe")  # a boost ranks, it does not change what matches
    others = ['"national museum"', "title:museum", "date:2025 museum", "body:museum"]
    found = {}
    for indexed in (True, False):
        # without it: the searchers look for an index of another name, which is not there
        monkeypatch.setattr(searching, "COUNT_INDEX", schema.COUNT_INDEX if indexed else "articles_no_such_index")
        with Archive(pg_samples) as archive:
            for query in words + others:
                statements.clear()
                total = archive.search(query).total
                months = archive.facets(query).months
                found.setdefault(query, []).append((total, months))
                counts = [
                    sql
                    for sql in statements
                    if "pg_current_snapshot" in sql or "GROUPING" in sql  # the count, facets
                ]
                assert len(counts) == 2 and all(
                    ("strip(doc)" in sql) == (indexed and query in words) for sql in counts
                ), query
    assert {q: v for q, v in found.items() if not (v[0] == v[1] and v[0][0] > 0)} == {}


def test_an_archive_without_the_count_index_gets_it_at_the_next_run(pg_server, tmp_path: Path) -> None:
    pg_server.need_rum()
    folder = tmp_path / "few"
    _write(folder, "a.txt", "Zeppelin news", "The zeppelin crew waved from the field by the coast. " * 4)
    name = pg_server.new_database(rum=True)
    try:
        url = pg_server.url(name)
        assert update_index(DatabaseIndex(url), [folder], workers=1).notices == []  # a new archive: nothing to say
        with psycopg.connect(url, autocommit=True) as conn:
            assert schema.has_index(conn, schema.COUNT_INDEX)
            conn.execute(f"DROP INDEX {schema.COUNT_INDEX}")  # as an archive made before it
        with Archive(DatabaseIndex(url)) as archive:
            assert archive.search("zeppelin crew").total == 1  # counted without it meanwhile
        report = update_index(DatabaseIndex(url), [folder], workers=1)
        with psycopg.connect(url, autocommit=True) as conn:
            assert schema.has_index(conn, schema.COUNT_INDEX)
        assert [n for n in report.notices if schema.COUNT_INDEX in n] == [schema._COUNT_INDEX_NOTE]  # said once
        assert update_index(DatabaseIndex(url), [folder], workers=1).notices == []  # ... and not again
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)
