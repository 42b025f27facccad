"""The reader's memory between sessions: the store itself, and the app's flows over it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, until
from test_app import SIZE, notes, settle
from textual.widgets import Static

from tuiarchive import export
from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.app.screens import NameScreen, PickScreen
from tuiarchive.indexer import update_index
from tuiarchive.memory import MEMORY_NAME, Memory

ARCHIVE = "/x/index"  # the archive a memory's bookmarks and saved searches belong to, in the store's own tests


def said_by(app: ArchiveApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notice the app gives from now on, as it gives it (textual's notify, passed through). A
    notice leaves the screen after its few seconds of the clock, and a busy machine can take longer
    than that between giving one and a test's look at the screen: read so, they failed at load 25."""
    said: list[str] = []
    notify = app.notify

    def noting(message, *args, **kwargs):
        said.append(str(message))
        return notify(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", noting)
    return said


def test_memory_keeps_everything_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    memory = Memory(path)
    memory.mark_read("a1")
    assert memory.toggle_bookmark(ARCHIVE, "b2", "A headline", "/x/b2.txt") is True
    memory.save_search(ARCHIVE, "floods", "olst flood date:2025-02")
    memory.set_setting("theme", "nord")
    memory.set_query_history(["olst", "astrolabe"])
    memory.close()
    again = Memory(path)
    assert again.read_ids() == {"a1"}
    assert [b.title for b in again.bookmarks(ARCHIVE)] == ["A headline"]
    assert [(s.name, s.query) for s in again.saved_searches(ARCHIVE)] == [("floods", "olst flood date:2025-02")]
    assert again.setting("theme") == "nord" and again.query_history() == ["olst", "astrolabe"]
    assert again.toggle_bookmark(ARCHIVE, "b2", "A headline", "/x/b2.txt") is False
    assert again.bookmarks(ARCHIVE) == []


def test_memory_lives_in_the_user_data_folder(private_user_data: Path) -> None:
    memory = Memory()
    memory.mark_read("x")
    assert memory.path == private_user_data / MEMORY_NAME and memory.path.exists()


def test_a_memory_that_cannot_be_opened_still_works_for_the_session(tmp_path: Path) -> None:
    damaged = tmp_path / "memory.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    memory = Memory(damaged)
    assert memory.problem and "nothing is remembered" in memory.problem
    memory.mark_read("a")
    assert memory.read_ids() == {"a"}
    assert damaged.read_bytes() == b"this is not a database" * 100  # never overwritten


async def test_bookmarks_survive_a_restart_and_a_rebuild(samples_built: tuple[Path, Path]) -> None:
    _, index = samples_built
    app = ArchiveApp(index, "astrolabe museum")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        results.focus()
        chosen = results.current
        await pilot.press("b")
        assert chosen.id in results.bookmarked
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article.id == chosen.id
    update_index(index, None, rebuild=True, workers=1)  # the index starts over; the memory stays
    assert not (index / MEMORY_NAME).exists()

    app = ArchiveApp(index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.query_one("#search").value == "astrolabe museum"  # the last query is back
        results = app.query_one(ResultsList)
        assert chosen.id in results.bookmarked and chosen.id in results.read
        first_row = results.render_line(0).text
        assert first_row.startswith("★ ") == (results.hit_at(0).id == chosen.id)
        results.focus()
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, PickScreen)
        assert app.current_article is not None and app.current_article.id == chosen.id


async def test_read_articles_are_dimmed(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        results.focus()

        def title_style(row: int):
            strip = results.render_line(row * 4)
            return next(seg.style for seg in strip if seg.text.strip())

        assert title_style(0).bold and not title_style(0).dim
        await pilot.press("enter")
        await settle(app, pilot)
        assert title_style(0).dim and not title_style(1).dim


async def test_save_a_search_and_find_it_in_the_list_and_the_palette(samples_index: Path, monkeypatch) -> None:
    app = ArchiveApp(samples_index, "astrolabe")
    said = said_by(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("S")
        assert await until(pilot, lambda: isinstance(app.screen, NameScreen))
        app.screen.query_one("#name-input").value = ""
        await pilot.press(*"heist", "enter")
        await settle(app, pilot)
        assert any("Saved search 'heist'" in m for m in said), said
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "Saved search: heist" in commands
        await search_for(app, pilot, "olst")
        commands["Saved search: heist"].callback()
        await settle(app, pilot)
        assert app.query_one("#search").value == "astrolabe"
        await search_for(app, pilot, "olst")
        app.query_one(ResultsList).focus()
        await pilot.press("L")
        assert await until(pilot, lambda: isinstance(app.screen, PickScreen))
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.query_one("#search").value == "astrolabe"
        assert app.query_one(ResultsList).total == app.archive.search("astrolabe").total


async def search_for(app: ArchiveApp, pilot, query: str) -> None:
    app.query_one("#search").value = query
    await settle(app, pilot)


async def test_the_theme_is_remembered(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "nord"


async def test_export_the_results_to_a_new_file_never_over_an_old_one(
    samples_index: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "taken.md").write_text("mine", encoding="utf-8")
    app = ArchiveApp(samples_index, "astrolabe")
    said = said_by(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = app.query_one(ResultsList).total
        for name in ("taken.md", "astrolabe.csv"):
            app.query_one(ResultsList).focus()
            await pilot.press("x")
            assert isinstance(app.screen, NameScreen)
            app.screen.query_one("#name-input").value = name
            await pilot.press("enter")
            await settle(app, pilot)
            if name == "taken.md":
                assert any("taken.md exists: nothing written" in m for m in said), said
    assert (tmp_path / "taken.md").read_text(encoding="utf-8") == "mine"
    rows = (tmp_path / "astrolabe.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,title,published") and len(rows) == total + 1


async def test_w_opens_the_article_s_web_address_in_the_browser(tmp_path: Path, monkeypatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "formats" / "harbour-ferry.html", pages)
    shutil.copy(SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt", pages)
    update_index(tmp_path / "ix", [pages], workers=1)
    # the "browser" is a script that writes down the address it was given
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\nprintf "%s" "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    monkeypatch.setattr("webbrowser._tryorder", None)  # let webbrowser read $BROWSER afresh
    app = ArchiveApp(tmp_path / "ix", "ferry")
    said = said_by(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article.url
        await pilot.press("w")
        await settle(app, pilot)
        assert opened.read_text(encoding="utf-8") == app.current_article.url
        opened.unlink()
        app.query_one("#search").value = "olst bridge"
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("w")  # a text copy knows no address: nothing opens, it says so
        await settle(app, pilot)
        assert not opened.exists()
        assert any("does not say where it came from" in m for m in said), said


async def test_the_export_prompt_says_what_is_written(samples_index: Path, monkeypatch) -> None:
    """The prompt says "about" for an estimated count (as the status line does) and, past the
    most an export writes, that only the first ones are written."""
    from tuiarchive.app import saving

    assert saving.export_what(45, False, 10_000) == "the 45 results"
    assert saving.export_what(74_100, True, 10_000) == "the first 10,000 of about 74,100 results"
    assert saving.export_what(12_000, False, 10_000) == "the first 10,000 of 12,000 results"
    monkeypatch.setattr(saving, "EXPORT_LIMIT", 5)
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = app.query_one(ResultsList).total
        assert total > 5
        app.query_one(ResultsList).focus()
        await pilot.press("x")
        assert isinstance(app.screen, NameScreen)
        prompt = str(app.screen.query(Static).first().render())
        assert f"Export the first 5 of {total:,} results" in prompt, prompt


async def test_bookmarks_and_read_marks_follow_a_moved_folder(samples_built: tuple[Path, Path], tmp_path: Path) -> None:
    """Review s33 U1: a moved folder gives its articles new ids (made from the path); what the
    reader kept of them (a bookmark, a read mark) goes with them, and the bookmark opens."""
    articles, index = samples_built
    app = ArchiveApp(index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        results.focus()
        chosen = results.current
        await pilot.press("b", "enter")
        await settle(app, pilot)
        assert app.current_article.id == chosen.id
    moved_to = tmp_path / "moved"
    articles.rename(moved_to)
    report = update_index(index, [moved_to], workers=1)
    assert any("moved: recognised at their new place" in n for n in report.notices)

    app = ArchiveApp(index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        now = next(h for h in (results.hit_at(i) for i in range(results.total)) if h.title == chosen.title)
        assert now.id != chosen.id and Path(now.path).is_relative_to(moved_to)  # a new id ...
        assert now.id in results.bookmarked and now.id in results.read  # ... and what was kept of it
        results.focus()
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article is not None and app.current_article.id == now.id
        assert not any("no such article" in m for m in notes(app))


def test_an_export_that_fails_half_way_leaves_nothing_and_the_retry_works(tmp_path: Path) -> None:
    """Review s33 U3: a write that fails (here the file-size limit, a real EFBIG, as a full disk
    gives ENOSPC) removes the file it made, says why in words, and the same name works after."""
    import subprocess
    import sys

    target = tmp_path / "results.csv"
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from tuiarchive import export\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "try:\n"
        "    export.write_new(Path(sys.argv[1]), 'x' * 100_000)\n"
        "except export.ExportFailed as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{target}: file too large; nothing written"  # words, no "[Errno 27]"
    assert not target.exists()
    export.write_new(target, "id,title\n")  # the retry is not refused
    assert target.read_text(encoding="utf-8") == "id,title\n"
    with pytest.raises(FileExistsError):  # and a file that was there is never touched
        export.write_new(target, "other")
    assert target.read_text(encoding="utf-8") == "id,title\n"


async def test_an_export_to_a_missing_folder_is_refused_and_makes_none(
    samples_index: Path, tmp_path: Path, monkeypatch
) -> None:
    """Review s33 U4 and U5: a mistyped folder is not made; one result is "1 result"."""
    monkeypatch.chdir(tmp_path)
    app = ArchiveApp(samples_index, "title:lock-up")
    said = said_by(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.query_one(ResultsList).total == 1
        for name in ("typo/dir/x.md", "one.md"):
            app.query_one(ResultsList).focus()
            await pilot.press("x")
            assert isinstance(app.screen, NameScreen)
            prompt = str(app.screen.query(Static).first().render())
            assert prompt.startswith("Export the 1 result to"), prompt
            app.screen.query_one("#name-input").value = name
            await pilot.press("enter")
            await settle(app, pilot)
        assert any(f"Cannot export: no folder {Path('typo/dir')}: nothing written" in m for m in said), said
        assert any("1 result written to one.md" in m for m in said), said
    assert not (tmp_path / "typo").exists()
    assert "\n1 match, by relevance.\n" in (tmp_path / "one.md").read_text(encoding="utf-8")
