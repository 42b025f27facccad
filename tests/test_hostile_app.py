"""Issue 9, the browser: an error a worker did not expect is a warning line, not a crash, and
a query that failed is not the one the next session starts with."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settled

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.archive import Archive
from tuiarchive.memory import LAST_QUERY, Memory, archive_identity

SIZE = (160, 45)
BOOM = "boom"


class Broken(Archive):
    """The samples archive, whose engine fails as a damaged index or an engine bug does."""

    fail_search = True
    fail_facets = False
    fail_article = False

    def search(self, text: str, **kwargs):
        if self.fail_search and BOOM in text:
            raise ZeroDivisionError("float division by zero")
        return super().search(text, **kwargs)

    def facets(self, text: str, **kwargs):
        if self.fail_facets:
            raise ZeroDivisionError("float division by zero")
        return super().facets(text, **kwargs)

    def article(self, article_id: str):
        if self.fail_article:
            raise EOFError("a damaged segment")
        return super().article(article_id)


def warning(app: ArchiveApp) -> str:
    message = app.query_one("#message")
    return str(message.render()) if message.has_class("visible") else ""


async def type_query(pilot, query: str) -> None:
    pilot.app.query_one("#search").value = query
    await settled(pilot)


async def test_a_failing_search_is_a_warning_and_not_remembered(samples_index: Path, tmp_path: Path) -> None:
    memory = Memory(tmp_path / "memory.sqlite")
    with Broken(samples_index) as archive:
        app = ArchiveApp(samples_index, "astrolabe", archive=archive, memory=memory)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            good = app.query_one(ResultsList).total
            assert good > 0
            await type_query(pilot, f"astrolabe {BOOM}")
            assert "ZeroDivisionError" in warning(app)
            assert app.query_one(ResultsList).total == good  # the last good results stay
            await pilot.exit(0)
        assert app.return_code == 0
    assert memory.last_query(archive_identity(samples_index)) == "astrolabe"  # not the query that failed


async def test_a_space_after_a_failed_search_tries_it_again(samples_index: Path, tmp_path: Path) -> None:
    """A search that failed (a server gone away, say) is searched again when only spaces
    around its words change: typing a space is how one retries. A bad query is not: it would
    say the same."""
    with Broken(samples_index) as archive:
        app = ArchiveApp(samples_index, "astrolabe", archive=archive, memory=Memory(tmp_path / "m.sqlite"))
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            await type_query(pilot, f"astrolabe {BOOM}")
            assert "ZeroDivisionError" in warning(app)
            archive.fail_search = False  # the server is back
            searches = app.generation
            await type_query(pilot, f"astrolabe {BOOM} ")
            assert app.generation == searches + 1 and warning(app) == ""
            await type_query(pilot, "title:bank^0")
            assert "boost" in warning(app)
            searches = app.generation
            await type_query(pilot, "title:bank^0 ")
            assert app.generation == searches and "boost" in warning(app)
            await pilot.exit(0)
        assert app.return_code == 0


async def test_a_remembered_query_that_fails_does_not_come_back(samples_index: Path, tmp_path: Path) -> None:
    memory = Memory(tmp_path / "memory.sqlite")
    memory.set_setting(LAST_QUERY, f"title:{BOOM}")  # saved by a session that crashed on it
    with Broken(samples_index) as archive:
        app = ArchiveApp(samples_index, archive=archive, memory=memory)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert "search failed" in warning(app)
            await pilot.exit(0)
        assert app.return_code == 0
    assert memory.last_query(archive_identity(samples_index)) == "" and memory.setting(LAST_QUERY) == ""


@pytest.mark.parametrize("part", ["facets", "article"])
async def test_a_failing_count_or_article_is_a_warning(samples_index: Path, tmp_path: Path, part: str) -> None:
    with Broken(samples_index) as archive:
        setattr(archive, f"fail_{part}", True)
        app = ArchiveApp(samples_index, "astrolabe", archive=archive, memory=Memory(tmp_path / "m.sqlite"))
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            if part == "article":
                app.open_article(app.query_one(ResultsList).current.id)
                await settled(pilot)
            assert ("ZeroDivisionError" if part == "facets" else "EOFError") in warning(app)
            await pilot.exit(0)
        assert app.return_code == 0
