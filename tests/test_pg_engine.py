"""The PostgreSQL engine (issue 11): `--index postgresql://...`, through the same protocol,
archive and CLI as the whoosh engine.

The behavioural search tests of tests/test_search.py run on both engines (its `archive`
fixture). Where the two differ, it is stated here:

- Ranking: whoosh scores with BM25F (the headline repeated in the text field, a title boost),
  PostgreSQL with ts_rank over a weighted tsvector (headline A, author B, site C, body D).
  The same articles match, and the headline still outweighs the body (tested below), but
  the order of close scores differs, and equal scores break by id here, by index order in
  whoosh. Two common words (10,000 matches or more by ANALYZE's statistics) that no headline
  holds both of are ranked differently again: a bounded candidate set first (articles with one
  of the words in the headline, author or site), then the rest in RUM's order
  (tests/test_pg_rum.py, test_two_common_words_rank_a_bounded_candidate_set_first).
- Stop words: whoosh's author and site fields keep them ("the" finds a site named "The ..."),
  PostgreSQL's English configuration drops them in every field.
- Wildcards: tsquery has prefixes only, so `te?t` searches `te*`.
- Stems: PostgreSQL's Snowball English stemmer, not whoosh's Porter: EngineResults.terms
  and the highlights are its stems.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from tests.pg_server import PASSWORD
from tuiarchive import engine as eng
from tuiarchive.archive import Archive, ArchiveMissing, QueryError
from tuiarchive.cli import app as cli
from tuiarchive.dburl import DatabaseIndex, database_url, mask
from tuiarchive.engine import types
from tuiarchive.engine.postgres import PostgresCatalog, PostgresEngine, PostgresSearcher, PostgresWriter, querying
from tuiarchive.indexer import IndexLocked, IndexRunFailed, update_index
from tuiarchive.memory import Memory, archive_identity

runner = CliRunner()


def _write(folder: Path, name: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _prose(topic: str, k: int) -> str:
    """A few sentences of running text, as an article's body."""
    return (
        f"The council said on Monday that the {topic} plan number {k} would go ahead next spring. "
        f"Residents who spoke at the meeting asked how the work would be paid for and when it would start. "
        f"Officials replied that the budget had been agreed in March and that the first contracts were signed. "
        f"A spokesperson for the opposition called the timetable optimistic but welcomed the decision."
    )


# ---------------------------------------------------------------------- naming a database
def test_a_connection_string_names_a_database_and_hides_its_password() -> None:
    url = "postgresql://ana:pa55word@db.example:5432/news?sslmode=require"
    where = DatabaseIndex(url)
    assert str(where) == repr(where).split("'")[1] == "postgresql://ana@db.example:5432/news?sslmode=require"
    assert "pa55word" not in f"{where} {where!r} {[where]}"
    assert database_url(Path(url)) == url  # typer's Path folds the "//": it is given back
    assert database_url(Path("/srv/index")) is None and database_url("index") is None
    assert "zz" not in mask("postgresql://h/db?password=zz")
    assert where.scrub("failed for pa55word at " + url) == f"failed for *** at {where}"


def test_the_engine_implements_the_protocols(pg_samples: DatabaseIndex) -> None:
    engine = eng.open_engine(pg_samples)
    try:
        assert isinstance(engine, types.Engine) and isinstance(engine, PostgresEngine)
        with engine.searcher() as searcher:
            assert isinstance(searcher, types.Searcher)
            found = searcher.search("astrolabe museum", limit=3)
            assert (
                found.total >= 3
                and found.sort == "relevance"
                and all(isinstance(h, types.EngineHit) for h in found.hits)
            )
            assert searcher.search("").sort == "newest" == searcher.search(None).sort
            assert isinstance(searcher.facets("astrolabe"), types.EngineFacets)
        assert isinstance(engine.writer_handle(), types.Writer)
        assert engine.doc_count() == len(engine.ids()) == 45
    finally:
        engine.close()


def _signature(function) -> list[tuple[str, object, object]]:
    import inspect

    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def test_the_engine_takes_the_protocols_parameters() -> None:
    for protocol, engine in ((types.Engine, PostgresEngine), (types.Searcher, PostgresSearcher),
                             (types.Writer, PostgresWriter)):  # fmt: skip
        for name in [n for n in vars(protocol) if not n.startswith("_") and callable(getattr(protocol, n))]:
            assert _signature(getattr(engine, name)) == _signature(getattr(protocol, name)), (engine, name)


# ---------------------------------------------------------------------- search, as whoosh does it
def test_the_headline_outweighs_the_body(pg_url: str, tmp_path: Path) -> None:
    """The weighted tsvector: a word in the headline ranks above the same word in the body
    (with the weights equal the two would tie and break by id, which puts "a-" first)."""
    body = "The committee met on Tuesday to review the budget for the coming year in detail. " * 6
    folder = tmp_path / "articles"
    _write(folder, "a-body.txt", "Harbour committee reviews the budget", f"A zeppelin was mentioned. {body}")
    _write(folder, "b-title.txt", "Zeppelin committee reviews the budget", f"A harbour was mentioned. {body}")
    where = DatabaseIndex(pg_url)
    update_index(where, [folder], workers=1)
    with Archive(where) as archive:
        hits = archive.search("zeppelin").hits
        assert [h.title.split()[0] for h in hits] == ["Zeppelin", "Harbour"]
        assert hits[0].score > hits[1].score * 1.2
        assert [h.title.split()[0] for h in archive.search("title:zeppelin").hits] == ["Zeppelin"]


def test_same_matches_as_whoosh_for_a_query_mix(samples_index: Path, pg_samples: DatabaseIndex) -> None:
    """The two engines find the same articles (the order of close scores may differ)."""
    queries = ["astrolabe museum", "title:astrolabe", "date:2025-03", "museum NOT astrolabe", '"national museum"',
               "museu*", "related:astrolabe", "", "astrolabe OR bridge", "date:[2025-01 to 2025-04] museum",
               "date:<2025-03", "title:(astrolabe OR museum) NOT date:2025-03", "NOT museum", "title:*",
               "flood AND (bridge OR railway)", "by:weller", "path:noisy", "bridges"]  # fmt: skip
    with Archive(samples_index) as whoosh, Archive(pg_samples) as pg:
        for query in queries:
            a = {h.id for h in whoosh.search(query, limit=100).hits}
            b = {h.id for h in pg.search(query, limit=100).hits}
            assert a == b, query
            assert whoosh.search(query).total == pg.search(query).total, query
        for query in ["astrolabe", "", "date:2025"]:
            assert whoosh.facets(query).months == pg.facets(query).months
            assert dict(whoosh.facets(query).sites) == dict(pg.facets(query).sites)


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE articles; --", 'x\\" OR 1=1 --', "back\\slash", "a'b:c", "$$; SELECT 1; $$", "%s %(x)s",
     "title:'; DELETE FROM files", "\x00 nul", "é'''", "):(*&^%!"],
)  # fmt: skip
def test_hostile_query_text_is_searched_literally(pg_samples: DatabaseIndex, query: str) -> None:
    with Archive(pg_samples) as archive:
        with contextlib.suppress(QueryError):  # refused with a message is fine; run as SQL is not
            archive.search(query)
        assert archive.count() == 45 and archive.search("astrolabe").total >= 3


def test_query_text_reaches_sql_only_as_parameters() -> None:
    hostile = "drop'; table\\x --"
    compiled = querying.compile_query(querying.parse(f"{hostile} title:{hostile} related:{hostile} date:2025"))
    for sql in (compiled.where, compiled.rank):
        assert "drop" not in sql and "table" not in sql and "'; " not in sql
    assert any("drop" in str(p) for p in compiled.params)


def test_snippets_facets_similar_and_spans(pg_samples: DatabaseIndex) -> None:
    with Archive(pg_samples) as archive:
        page = archive.search("tram")
        matched = [t.lower() for t, m in page.hits[0].snippet if m]
        assert matched and all(m.startswith("tram") for m in matched)
        text = "Trams ran late; the tram depot"
        assert [text[a:b] for a, b in archive.match_spans(text, page.terms)] == ["Trams", "tram"]
        theft = archive.search("title:thieves astrolabe").hits[0]
        similar = archive.similar(theft.id, top=5)
        assert similar and theft.id not in {h.id for h in similar}
        pane = archive.related(archive.article(theft.id))
        assert pane.similar and any(link.target for link in pane.lists)
        facets = archive.facets("")
        assert sum(facets.months.values()) <= archive.count() and facets.sites


def test_spans_are_asked_for_under_the_archives_lock(pg_samples: DatabaseIndex, monkeypatch) -> None:
    """The app's article worker finds spans while a search may run in another thread, on the
    same connection: a search sends its planner settings in pipeline mode, and a statement of
    another thread then joins the pipeline (PipelineAborted when the search is cancelled, or a
    connection left unusable). So match_spans holds the archive's lock, as search does: no
    other thread can take it while the searcher asks the server."""
    with Archive(pg_samples) as archive:
        searcher, taken = archive._searcher, []
        asked = searcher.match_spans

        def try_lock() -> None:
            got = archive._lock.acquire(blocking=False)
            taken.append(got)
            if got:
                archive._lock.release()

        def spans_seen_from_another_thread(text: str, terms: set[str]) -> list[tuple[int, int]]:
            other = threading.Thread(target=try_lock)
            other.start()
            other.join()
            return asked(text, terms)

        monkeypatch.setattr(searcher, "match_spans", spans_seen_from_another_thread)
        text = "Trams ran late; the tram depot"
        assert [text[a:b] for a, b in archive.match_spans(text, ["tram"])] == ["Trams", "tram"]
        assert taken == [False]


def test_a_body_comes_back_as_written(pg_url: str) -> None:
    """The body goes to the server as a binary array: paragraphs with quotes, backslashes,
    braces, commas, the word NULL or nothing at all come back as they were, and are searched."""
    from tuiarchive.model import Article

    body = ['He said "NULL", then {a,b} and a back\\slash\\', "NULL", "", "It's {}", "Zebra crossing, at last."]
    where = DatabaseIndex(pg_url)
    engine = PostgresEngine.create(where)
    try:
        with engine.writer() as writer:
            writer.upsert(Article(id="b1", path="/x/b1.txt", title="Odd paragraphs", body=body))
            writer.commit()
        article = engine.article("b1")
        assert article is not None and article.body == body
        with engine.searcher() as searcher:
            assert [h.id for h in searcher.search("zebra").hits] == ["b1"]
    finally:
        engine.close()


def test_a_failed_read_leaves_the_connection_usable(pg_samples: DatabaseIndex) -> None:
    """A reader's statement the server refuses while the connection stays up (a statement_timeout,
    an administrator's cancel; here a division by zero) is said, and its transaction rolled back:
    the next article() answers instead of "current transaction is aborted"."""
    from tuiarchive.engine.postgres import ConnectionLost

    engine = eng.open_engine(pg_samples)
    try:
        first = engine.connection.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        engine.connection.rollback()
        with pytest.raises(ConnectionLost, match="division by zero"):
            engine._read("SELECT 1/0")
        assert engine.connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        assert engine.article(first) is not None and engine.size_bytes() > 0
    finally:
        engine.close()


def test_the_links_of_an_article_are_its_related_items_in_order(pg_samples: DatabaseIndex) -> None:
    """The catalog writes an article's links in one statement: pos 0, 1, ... as printed."""
    with Archive(pg_samples) as archive, psycopg.connect(pg_samples.url) as conn:
        ids = [row[0] for row in conn.execute("SELECT DISTINCT src FROM links").fetchall()]
        assert ids
        for article_id in ids:
            article = archive.article(article_id)
            rows = conn.execute("SELECT pos, section, headline FROM links WHERE src = %s ORDER BY pos", [article_id])
            assert rows.fetchall() == [(k, r.section, r.headline) for k, r in enumerate(article.related)]


# ---------------------------------------------------------------------- the CLI, as a user runs it
def test_cli_index_search_show_stats(pg_url: str, samples_copy: Path) -> None:
    done = runner.invoke(cli, ["index", "--index", pg_url, str(samples_copy)])
    assert done.exit_code == 1, done.output  # the samples hold one file that is not an article
    assert "45 added" in done.output and PASSWORD not in done.output
    again = runner.invoke(cli, ["index", "--index", pg_url])
    assert "0 added, 0 updated, 0 removed, 46 unchanged" in again.output
    found = runner.invoke(cli, ["search", "--index", pg_url, "astrolabe museum", "--json"])
    assert found.exit_code == 0 and '"total": 7' in found.output
    first = __import__("json").loads(found.output)["hits"][0]["id"]
    shown = runner.invoke(cli, ["show", "--index", pg_url, first])
    assert shown.exit_code == 0 and "Astrolabe" in shown.output
    stats = runner.invoke(cli, ["stats", "--index", pg_url])
    assert stats.exit_code == 0 and "articles      45" in stats.output and "failed        1" in stats.output
    assert PASSWORD not in stats.output + shown.output + found.output
    os.environ["TUIARCHIVE_INDEX"] = pg_url  # the environment names it too (restored below)
    try:
        env = runner.invoke(cli, ["search", "bridge", "-n", "1"])
    finally:
        del os.environ["TUIARCHIVE_INDEX"]
    assert env.exit_code == 0 and "match" in env.output and PASSWORD not in env.output


def test_the_file_is_not_needed_to_show_an_article(pg_samples_built: tuple[Path, str]) -> None:
    """The articles live in the database: another machine shows them without the files."""
    samples_copy, pg_url = pg_samples_built
    hit = Archive(DatabaseIndex(pg_url)).search("astrolabe").hits[0]
    for f in samples_copy.iterdir():
        f.unlink()
    shown = runner.invoke(cli, ["show", "--index", pg_url, hit.id, "--json"])
    assert shown.exit_code == 0 and '"body"' in shown.output and "strolabe" in shown.output


def test_a_server_that_is_down_gets_one_line(pg_server, samples_copy: Path) -> None:
    url = f"postgresql://someone:{PASSWORD}@127.0.0.1:1/nothing"
    for args in (["search", "x"], ["index", str(samples_copy)], ["stats"]):
        done = runner.invoke(cli, [*args, "--index", url])
        assert (done.exit_code != 0 and done.exception is None) or isinstance(done.exception, SystemExit)
        lines = done.output.strip().splitlines()
        assert len(lines) == 1 and "cannot connect" in lines[0] and "Traceback" not in done.output, done.output
        assert PASSWORD not in done.output


def test_a_wrong_password_is_said_without_it(pg_server, pg_url: str) -> None:
    url = pg_url.replace(PASSWORD, "not-the-" + PASSWORD)
    done = runner.invoke(cli, ["search", "x", "--index", url])
    assert done.exit_code != 0 and "password authentication failed" in done.output
    assert PASSWORD not in done.output and "not-the-" not in done.output


def test_an_empty_database_says_how_to_start(pg_empty_url: str) -> None:
    with pytest.raises(ArchiveMissing, match="tuiarchive index"):
        Archive(DatabaseIndex(pg_empty_url))


# ---------------------------------------------------------------------- several machines, locks, failures
def test_two_machines_index_their_own_folders_at_once(pg_url: str, tmp_path: Path) -> None:
    """Two indexers (processes, as two machines would be) on different folders at once:
    neither waits for the other or takes the other's articles away."""
    for machine in ("north", "south"):
        for k in range(30):
            _write(tmp_path / machine, f"{k:02d}.txt", f"{machine.title()} report number {k}", _prose(machine, k))
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tuiarchive", "index", "--index", pg_url, "-j", "2", str(tmp_path / machine)],
            env={**os.environ, "TUIARCHIVE_MACHINE": machine},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for machine in ("north", "south")
    ]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all("30 added" in out for out in outputs)
    again = subprocess.run(
        [sys.executable, "-m", "tuiarchive", "index", "--index", pg_url],
        env={**os.environ, "TUIARCHIVE_MACHINE": "north"}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "0 removed, 30 unchanged" in again.stdout, again.stdout + again.stderr
    with Archive(DatabaseIndex(pg_url)) as archive:
        assert archive.count() == 60 and archive.search("north").total == 30
        assert len(archive.stats().roots) == 2


def test_a_second_run_on_the_same_folder_is_told_at_once(pg_samples_built: tuple[Path, str]) -> None:
    samples_copy, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    engine = PostgresEngine.open(where)
    try:
        with engine.root_locks(PostgresCatalog(engine).machine, [str(samples_copy)]):
            with pytest.raises(IndexLocked):
                update_index(where, workers=1)
            done = runner.invoke(cli, ["index", "--index", pg_url])
            assert done.exit_code == 3 and "another tuiarchive index is running" in done.output
            with Archive(where) as archive:  # readers never wait for a writer
                assert archive.search("astrolabe").total >= 3
    finally:
        engine.close()


def test_a_connection_lost_mid_run_is_resumed_with_nothing_lost_or_doubled(
    pg_url: str, samples_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server ends the indexer's connection at its third commit (of batches of 5): the
    run fails with one line; the next run finishes, and every article is there once."""
    from tuiarchive.indexer import run

    monkeypatch.setattr(run, "COMMIT_EVERY_DOCS", 5)
    commits = {"n": 0}
    real_commit = PostgresWriter.commit

    def dropping(self, *, optimize: bool = False) -> None:
        commits["n"] += 1
        if commits["n"] == 3:
            pid = self._conn.info.backend_pid
            with psycopg.connect(pg_url, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
        real_commit(self, optimize=optimize)

    monkeypatch.setattr(PostgresWriter, "commit", dropping)
    where = DatabaseIndex(pg_url)
    with pytest.raises(IndexRunFailed) as failed:
        update_index(where, [samples_copy], workers=1)
    assert "run `tuiarchive index` again" in str(failed.value) and PASSWORD not in str(failed.value)
    with Archive(where) as archive:
        assert archive.count() == 10  # two batches committed, the third lost whole
    monkeypatch.setattr(PostgresWriter, "commit", real_commit)
    report = update_index(where, workers=1)
    assert report.added == 35 and report.unchanged == 10
    with Archive(where) as archive:
        assert archive.count() == 45 == archive.stats().articles
        assert archive.search("").total == 45


def test_removed_and_changed_files_and_rebuild(pg_samples_built: tuple[Path, str]) -> None:
    samples_copy, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    victim = next(samples_copy.glob("*astrolabe*"))
    victim.unlink()
    target = sorted(samples_copy.glob("2025-01-0*"))[0]
    target.write_text("Zanzibar zebras zigzag\n\n" + _prose("zebra", 1) + "\n", encoding="utf-8")
    report = update_index(where, workers=1)
    assert report.removed == 1 and report.updated == 1
    with Archive(where) as archive:
        assert archive.count() == 44 and archive.search("zebras").total == 1
    rebuilt = update_index(where, rebuild=True, workers=2)
    assert rebuilt.added == 44
    with Archive(where) as archive:
        assert archive.count() == 44


def test_a_moved_folders_articles_keep_what_the_reader_kept(pg_samples_built: tuple[Path, str], tmp_path: Path) -> None:
    """Review s33 U1 on PostgreSQL: an archive of schema 6 (before `moved`) is brought up to date
    by the next run; then a moved folder's articles have new ids, and their old ids lead to
    them: `show`, and the reader's bookmarks and read marks (memory.carry_over)."""
    articles, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE moved")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'version'")
    assert update_index(where, workers=1).unchanged == 46
    with Archive(where) as archive:
        kept = archive.search("olst", limit=1).hits[0]
    memory = Memory(tmp_path / "memory.sqlite")
    memory.toggle_bookmark(archive_identity(where), kept.id, kept.title, kept.path)
    memory.mark_read(kept.id)
    moved = tmp_path / "moved"
    articles.rename(moved)
    report = update_index(where, [moved], workers=1)
    assert any("45 articles moved" in n for n in report.notices), report.notices
    with Archive(where) as archive:
        ref = archive.find(kept.id)
        assert ref is not None and ref.id != kept.id and Path(ref.path).is_relative_to(moved)
        assert archive.article(kept.id).title == kept.title
        memory.carry_over(archive.moved(memory.kept_ids()))
    assert [b.article_id for b in memory.bookmarks(archive_identity(where))] == [ref.id]
    assert memory.read_ids() == {ref.id}
    shown = CliRunner().invoke(cli, ["show", kept.id, "--index", pg_url])
    assert shown.exit_code == 0 and kept.title in shown.output, shown.output


def test_workers_build_batches_that_the_indexer_commits(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for k in range(60):
        _write(folder, f"{k:03d}.txt", f"Parallel story {k} about ferries", _prose("ferry", k))
    where = DatabaseIndex(pg_url)
    report = update_index(where, [folder], workers=2)
    assert report.added == 60
    with Archive(where) as archive:
        assert archive.search("ferries").total == 60


def test_a_new_file_is_recorded_without_looking_for_an_old_entry(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the catalog has nothing of is recorded without the DELETEs of an old entry (a
    quarter of the indexer's CPU in a first load); a changed file drops its old entry first."""
    folder = tmp_path / "few"
    for k in range(3):
        _write(folder, f"{k}.txt", f"Ferry story {k}", _prose("ferry", k))
    sent: list[str] = []
    write = PostgresCatalog._w

    def recording(self, sql, params=()):
        sent.append(sql)
        return write(self, sql, params)

    monkeypatch.setattr(PostgresCatalog, "_w", recording)
    where = DatabaseIndex(pg_url)
    assert update_index(where, [folder], workers=1).added == 3
    assert not [sql for sql in sent if sql.startswith("DELETE FROM files")]
    sent.clear()
    _write(folder, "0.txt", "Ferry story changed", _prose("ferry", 7))
    assert update_index(where, [folder], workers=1).updated == 1
    assert len([sql for sql in sent if sql.startswith("DELETE FROM files")]) == 1
    with Archive(where) as archive:
        assert archive.search("ferry").total == 3 and archive.search("title:changed").total == 1


def test_readers_see_commits_while_an_indexer_runs(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "a"
    _write(folder, "one.txt", "First harbour story", _prose("harbour", 1))
    where = DatabaseIndex(pg_url)
    update_index(where, [folder], workers=1)
    with Archive(where) as archive:
        assert archive.search("harbour").total == 1
        _write(folder, "two.txt", "Second harbour story", _prose("harbour", 2))
        worker = threading.Thread(target=update_index, args=(where,), kwargs={"workers": 1})
        worker.start()
        worker.join(timeout=120)
        archive.refresh()
        assert archive.search("harbour").total == 2


def test_bad_queries_say_what_to_fix(pg_samples: DatabaseIndex) -> None:
    with Archive(pg_samples) as archive:
        for query, message in [("date:2025-13", "not a date"), ('"open', "unclosed quote"), ("foo:bar", "unknown")]:
            with pytest.raises(QueryError, match=message):
                archive.search(query)


def test_samples_folder_is_what_the_fixture_indexed() -> None:
    assert SAMPLES.is_dir()


def test_forget_and_folders(pg_url: str, samples_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    _write(other, "one.txt", "Ferry timetable changes in spring", _prose("ferry", 1))
    assert runner.invoke(cli, ["index", "--index", pg_url, str(samples_copy), str(other)]).exit_code == 1
    folders = runner.invoke(cli, ["folders", "--index", pg_url])
    assert folders.exit_code == 0 and str(other) in folders.output and "45" in folders.output
    done = runner.invoke(cli, ["forget", "--index", pg_url, str(other)])
    assert done.exit_code == 0 and "1 article removed" in done.output, done.output
    with Archive(DatabaseIndex(pg_url)) as archive:
        assert archive.count() == 45 and archive.search("ferry timetable").total == 0
    again = runner.invoke(cli, ["forget", "--index", pg_url, str(other)])
    assert again.exit_code == 2 and "not a remembered folder" in again.output


async def test_the_browser_on_a_database(pg_samples: DatabaseIndex) -> None:
    """The app, unchanged, browses an archive on the server: search, open, its pane."""
    from conftest import settled

    from tuiarchive.app.article import ArticleView
    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.pane import LinksPane
    from tuiarchive.app.results import ResultsList

    app = ArchiveApp(pg_samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(pilot)
        assert app.query_one(ResultsList).total == 45
        field = app.query_one("#search")
        field.value = ""
        await pilot.click("#search")
        await pilot.press(*"title:thieves astrolabe")
        await settled(pilot)
        await pilot.press("enter", "enter")
        await settled(pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.title.startswith("Thieves take")
        pane = app.query_one(LinksPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert "Editors' Picks" in prompts and "Related in this archive" in prompts


def test_without_the_driver_one_line_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a))
    url = f"postgresql://ana:{PASSWORD}@localhost/news"
    for args in (["search", "x"], ["index", str(tmp_path)]):
        done = runner.invoke(cli, [*args, "--index", url])
        assert done.exit_code != 0 and "pip install 'tuiarchive[postgresql]'" in done.output, done.output
        assert len(done.output.strip().splitlines()) == 1 and PASSWORD not in done.output


def test_an_archive_of_the_first_schema_is_brought_up_to_date(pg_samples_built: tuple[Path, str]) -> None:
    """Version 1 had no title_v and names_v: a reader says to run index, which adds them."""
    _, pg_url = pg_samples_built
    where = DatabaseIndex(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE articles DROP COLUMN title_v, DROP COLUMN names_v")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'version'")
    with pytest.raises(ArchiveMissing, match="run `tuiarchive index`"):
        Archive(where)
    assert update_index(where, workers=1).unchanged == 46
    with Archive(where) as archive:
        assert archive.search("title:astrolabe").total == 3 and archive.search("by:weller").total >= 1


def test_a_search_in_flight_is_stopped_on_the_server(pg_samples: DatabaseIndex) -> None:
    """The user typed on: the statement the server is running is cancelled (SearchCancelled),
    and the searcher serves the next search as usual."""
    from tuiarchive.engine.types import SearchCancelled

    engine = PostgresEngine.open(pg_samples)
    searcher = engine.open_searcher()
    try:
        asked = threading.Event()

        def cancelled() -> bool:
            return asked.is_set()

        threading.Timer(0.3, asked.set).start()
        started = time.monotonic()
        with pytest.raises(SearchCancelled):
            searcher._rows("SELECT pg_sleep(30)", (), cancelled)
        assert time.monotonic() - started < 10
        assert searcher.search("astrolabe").total >= 3
    finally:
        searcher.close()
        engine.close()
