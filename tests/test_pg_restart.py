"""A server that restarts under an open archive (the browser, or any long use of Archive):
the next search after it is back answers, on new connections; while it is down, each use
says so in one line (`cannot connect to ...`), without the password, and no traceback.

The cluster is this file's own throwaway one (tests/pg_server.py), stopped and started again
here: the session's server, which other tests use, is never restarted."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import SAMPLES, _no_postgres, settled
from typer.testing import CliRunner

from tests import pg_server as pg
from tuiarchive.archive import Archive
from tuiarchive.cli import app as cli
from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import counting, searching
from tuiarchive.indexer import update_index

runner = CliRunner()


@pytest.fixture(scope="module")
def own_server() -> Iterator[pg.Server]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("psycopg is not installed (pip install -e '.[test]')")
    try:
        server = pg.start()
    except pg.NoServer as exc:
        _no_postgres(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def restartable(own_server: pg.Server) -> DatabaseIndex:
    where = DatabaseIndex(own_server.url(own_server.new_database()))
    update_index(where, [SAMPLES], workers=1)
    return where


@contextmanager
def down(server: pg.Server) -> Iterator[None]:
    """The server stopped for the block, and started again however the block ends: a failed
    assertion while it is down must not leave it down for the module's later tests (they would
    report "cannot connect" instead of their own cause)."""
    server.pause()
    try:
        yield
    finally:
        server.resume()


def _one_line_down(exc: BaseException, what: str) -> None:
    text = str(exc)
    assert "cannot connect" in text and "\n" not in text and pg.PASSWORD not in text, f"{what}: {text}"


@pytest.mark.parametrize("count_apart", [False, True], ids=["one-connection", "count-connection"])
def test_an_open_archive_answers_again_after_the_server_restarts(
    own_server: pg.Server, restartable: DatabaseIndex, count_apart: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if count_apart:  # a big archive's searches count on a second connection: it is lost too
        monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 1)
    with Archive(restartable) as archive:
        found = archive.search("astrolabe")
        first = found.hits[0].id
        facets = archive.facets("astrolabe")
        assert found.total > 0 and archive.similar(first)

        with down(own_server):  # restarted while nobody searched: every connection is ended
            pass
        assert archive.search("astrolabe").total == found.total
        assert archive.article(first).title == found.hits[0].title

        uses = {
            "search": lambda: archive.search("astrolabe", sort="newest"),
            "article": lambda: archive.article(first),
            "facets": lambda: archive.facets("astrolabe"),
            "similar": lambda: archive.similar(first),
            "stats": archive.stats,
        }
        with down(own_server):  # down: one line for each, then the same once it is back
            for name, use in uses.items():
                with pytest.raises(Exception) as caught:
                    use()
                _one_line_down(caught.value, name)
        assert archive.search("astrolabe", sort="newest").total == found.total
        assert archive.article(first).title == found.hits[0].title
        assert archive.facets("astrolabe") == facets
        assert archive.similar(first)
        assert archive.stats().articles == archive.count() > 0


def test_the_command_line_says_down_in_one_line_and_works_once_back(
    own_server: pg.Server, restartable: DatabaseIndex
) -> None:
    with down(own_server):
        done = runner.invoke(cli, ["search", "astrolabe", "--index", restartable.url])
        assert done.exit_code != 0 and "Traceback" not in done.output
        lines = done.output.strip().splitlines()
        assert len(lines) == 1 and "cannot connect" in lines[0] and pg.PASSWORD not in done.output, done.output
    done = runner.invoke(cli, ["search", "astrolabe", "--index", restartable.url])
    assert done.exit_code == 0 and "strolabe" in done.output, done.output


async def test_the_browser_searches_again_after_the_server_restarts(
    own_server: pg.Server, restartable: DatabaseIndex
) -> None:
    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList

    def warning() -> str:
        message = app.query_one("#message")
        return str(message.render()) if message.has_class("visible") else ""

    app = ArchiveApp(restartable, "astrolabe")
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(pilot)
        results = app.query_one(ResultsList)
        astrolabe = results.total
        assert astrolabe > 0 and not warning()
        with down(own_server):
            app.query_one("#search").value = "museum"
            await settled(pilot)
            said = warning()
            assert "cannot connect" in said and pg.PASSWORD not in said, said
            assert results.total == astrolabe  # the last good results stay
        app.query_one("#search").value = "museum "  # typing on searches again
        await settled(pilot)
        assert not warning() and 0 < results.total != astrolabe


def test_a_searcher_whose_first_search_met_the_server_down_counts_apart_again_once_back(
    own_server: pg.Server, restartable: DatabaseIndex, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A big archive's first search starts opening the count's own connection; with the server
    down that fails, and the searcher counts on its own connection. Once the server is back
    (the searcher's connection opened again) the count's is opened again: parallel counts were
    off for the searcher's whole life (an app's session). psycopg's own record of the pipeline
    it ended on the lost connection is not printed beside our one line, even with no logging
    set up (Python's last resort wrote it on stderr)."""
    import logging

    from tuiarchive.engine.postgres.engine import PostgresEngine

    monkeypatch.setattr(counting, "PARALLEL_COUNT_ROWS", 0)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # as a command's run: no handler (pytest adds its own)
    engine = PostgresEngine.open(restartable)
    searcher = searching.PostgresSearcher(engine)
    try:
        total = searcher.search("museum").total  # opens the count's connection (in the background)
        searcher._count_opened()
        assert searcher._count_conn is not None
        searcher.close()
        searcher = searching.PostgresSearcher(engine)  # a new searcher: its first search meets the server down
        with down(own_server):
            with pytest.raises(Exception) as caught:
                searcher.search("museum")
            _one_line_down(caught.value, "search")
            searcher._count_opened()
            assert searcher._count_conn is None
        assert searcher.search("museum").total == total
        assert searcher.search("astrolabe").total > 0
        searcher._count_opened()
        assert searcher._count_conn is not None, "the count's connection was never opened again"
        assert searcher.search("museum").total == total
        err = capsys.readouterr().err
        assert "psycopg" not in err and "Error ignored" not in err, err
    finally:
        searcher.close()
        engine.close()
