"""Bookmarks, saved searches and the last query belong to the archive they were made in (review
s33 U2: memory.sqlite is the user's, and another archive listed them: Enter -> "no such article").
What an older version kept without an archive is kept: claimed by the archive that has the
article, or listed with a note. The one page of the second archive is made up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import settled
from test_app import SIZE
from textual.widgets import OptionList

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.app.saving import NOT_HERE
from tuiarchive.app.screens import PickScreen
from tuiarchive.archive import Archive
from tuiarchive.dburl import DatabaseIndex
from tuiarchive.indexer import update_index
from tuiarchive.memory import UNKNOWN, Memory, archive_identity

OTHER_PAGE = (
    "Velm harbour board weighs the quay walls again\nMarch 3, 2025\n\n"
    "The harbour board of Velm met again on Monday evening to weigh the cost of the new quay walls.\n\n"
    "Its members asked for a second survey of the old stones before any contract is signed this year.\n"
)


def other_archive(tmp_path: Path) -> Path:
    folder = tmp_path / "other-pages"
    folder.mkdir()
    (folder / "velm.txt").write_text(OTHER_PAGE, encoding="utf-8")
    update_index(tmp_path / "other-ix", [folder], workers=1)
    return tmp_path / "other-ix"


async def bookmark_list(app: ArchiveApp, pilot) -> list[str]:
    """The bookmarks Shift+B lists, as shown; the list is closed again."""
    app.query_one(ResultsList).focus()
    await pilot.press("B")
    await settled(pilot)
    assert isinstance(app.screen, PickScreen)
    options = app.screen.query(OptionList)
    shown = [str(o.prompt) for o in options.first().options] if options else []
    await pilot.press("escape")
    return shown


async def test_bookmarks_saved_searches_and_the_last_query_stay_in_their_archive(
    samples_index: Path, tmp_path: Path
) -> None:
    memory_file = tmp_path / "memory.sqlite"
    other = other_archive(tmp_path)
    app = ArchiveApp(samples_index, "astrolabe", memory=Memory(memory_file))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        results = app.query_one(ResultsList)
        results.focus()
        chosen = results.current
        await pilot.press("b")
        app.memory.save_search(app.archive_key, "heist", "astrolabe")
        await pilot.exit(0)

    app = ArchiveApp(other, memory=Memory(memory_file))  # another archive, no query given
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.query_one("#search").value == ""  # not the other archive's last query
        assert app.query_one(ResultsList).bookmarked == set()
        assert await bookmark_list(app, pilot) == []
        assert not any("heist" in c.title for c in app.get_system_commands(app.screen))
        app.query_one("#search").value = "quay"
        await settled(pilot)
        await pilot.exit(0)

    app = ArchiveApp(samples_index, memory=Memory(memory_file))  # back: all of it is there
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.query_one("#search").value == "astrolabe"
        assert chosen.id in app.query_one(ResultsList).bookmarked
        assert len(await bookmark_list(app, pilot)) == 1
        assert any("heist" in c.title for c in app.get_system_commands(app.screen))
        await pilot.exit(0)
    assert Memory(memory_file).last_query(archive_identity(other)) == "quay"


def old_memory(path: Path, bookmarked: list[tuple[str, str, str]]) -> None:
    """A memory.sqlite as versions before per-archive marks wrote it."""
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE read (article_id TEXT PRIMARY KEY, opened_at REAL NOT NULL);"
        "CREATE TABLE bookmarks (article_id TEXT PRIMARY KEY, title TEXT NOT NULL, path TEXT NOT NULL,"
        " added_at REAL NOT NULL);"
        "CREATE TABLE saved_searches (name TEXT PRIMARY KEY, query TEXT NOT NULL, saved_at REAL NOT NULL);"
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    )
    db.executemany("INSERT INTO bookmarks VALUES (?, ?, ?, 1.0)", bookmarked)
    db.execute("INSERT INTO saved_searches VALUES ('floods', 'olst flood', 1.0)")
    db.execute("INSERT INTO settings VALUES ('last_query', 'olst')")
    db.commit()
    db.close()


async def test_an_older_memory_keeps_its_bookmarks_each_in_the_archive_that_has_it(
    samples_index: Path, tmp_path: Path
) -> None:
    memory_file = tmp_path / "memory.sqlite"
    other = other_archive(tmp_path)
    with Archive(samples_index) as archive:
        sample = archive.search("astrolabe", limit=1).hits[0]
    with Archive(other) as archive:
        velm = archive.search("quay", limit=1).hits[0]
    old_memory(memory_file, [(sample.id, sample.title, sample.path), (velm.id, velm.title, velm.path)])

    kept = Memory(memory_file)  # opened by this version: nothing lost, no archive known yet
    assert {(b.article_id, b.archive) for b in kept.bookmarks("any")} == {(sample.id, UNKNOWN), (velm.id, UNKNOWN)}
    kept.close()

    app = ArchiveApp(samples_index, memory=Memory(memory_file))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.query_one("#search").value == "olst"  # the last query: the first archive opened takes it
        shown = await bookmark_list(app, pilot)
        assert len(shown) == 2  # its own, and the other one with a note
        assert [NOT_HERE.strip() in s for s in shown].count(True) == 1 and any(sample.title in s for s in shown)
        assert any("floods" in c.title for c in app.get_system_commands(app.screen))  # queries go anywhere
        await pilot.exit(0)
    memory = Memory(memory_file)
    assert {b.article_id for b in memory.bookmarks(archive_identity(samples_index)) if b.archive != UNKNOWN} == {
        sample.id
    }

    app = ArchiveApp(other, memory=memory)  # the other archive claims its own
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.query_one("#search").value == ""
        shown = await bookmark_list(app, pilot)
        assert len(shown) == 1 and velm.title in shown[0] and NOT_HERE.strip() not in shown[0]
        await pilot.exit(0)


def test_an_archive_is_known_by_its_folder_or_its_database(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "ix").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "ix")
    monkeypatch.chdir(tmp_path)
    assert archive_identity(Path("ix")) == archive_identity(tmp_path / "link") == str(tmp_path / "ix")
    team = archive_identity(DatabaseIndex("postgresql://ann:secret@db.example:5433/news"))
    assert team == archive_identity(DatabaseIndex("postgresql://bob@db.example:5433/news"))  # whoever connects
    assert "secret" not in team and "ann" not in team
    assert team != archive_identity(DatabaseIndex("postgresql://ann@db.example:5433/other"))


async def test_the_restored_query_is_replaced_by_the_first_key_a_given_one_refined(
    samples_index: Path, tmp_path: Path
) -> None:
    """The last session's query comes back selected: typing starts a new search (with it at the
    end, unselected, typing 'dock' searched 'valmoradock'); a query given on the command line
    is refined (review s33 U10, tests/test_app.py)."""
    memory = Memory(tmp_path / "memory.sqlite")
    memory.set_last_query(archive_identity(samples_index), "valmora")
    app = ArchiveApp(samples_index, memory=memory)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        box = app.query_one("#search")
        assert box.value == "valmora" and box.has_focus
        await pilot.press(*"dock")
        assert box.value == "dock"
        await pilot.exit(0)
