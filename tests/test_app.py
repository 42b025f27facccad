"""The browser as a user drives it: Textual's Pilot on the samples index."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, settled

from tuiarchive.app.article import ArticleView, Paragraph
from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.pane import LinksPane, article_id_of
from tuiarchive.app.results import ResultsList
from tuiarchive.app.screens import HelpScreen, NoIndexScreen
from tuiarchive.archive import Archive
from tuiarchive.indexer import update_index

SIZE = (160, 45)


async def settle(app: ArchiveApp, pilot) -> None:
    """Let debounce timers fire, workers finish and their messages land."""
    await settled(pilot)


async def search(app: ArchiveApp, pilot, query: str) -> None:
    field = app.query_one("#search")
    field.value = ""
    await pilot.click("#search")
    await pilot.press(*query)
    await settle(app, pilot)


def status(app: ArchiveApp) -> str:
    return str(app.query_one("#status").render())


async def test_typing_updates_count_and_rows(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        everything = results.total
        assert everything >= 45 and f"{everything} matches" in status(app)
        await search(app, pilot, "astrolabe")
        assert 0 < results.total < everything
        assert f"{results.total} matches" in status(app)
        assert all("strolabe" in (results.hit_at(i).title + str(results.hit_at(i).snippet)) for i in range(3))


async def test_typing_letters_in_the_search_box_does_not_trigger_keys(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "sq")  # s would sort, q would quit
        assert app.query_one("#search").value == "sq"
        assert app.sort == "relevance" and app.is_running


async def test_open_an_article_and_see_its_pane(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "title:thieves astrolabe")
        await pilot.press("enter", "enter")  # to the list, then open
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.title.startswith("Thieves take")
        marked = [p for p in view.query(Paragraph) if p.has_match]
        assert marked  # the search's words are highlighted in the text
        pane = app.query_one(LinksPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert "Editors' Picks" in prompts and "Related in this archive" in prompts
        assert "looking…" not in prompts  # more-like-this arrived


async def _open(app: ArchiveApp, pilot, article_path: Path) -> None:
    ref = app.archive.find(str(article_path))
    app.open_article(ref.id)
    await settle(app, pilot)


async def test_follow_a_pick_and_come_back(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _open(app, pilot, SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt")
        first = app.current_article
        pane = app.query_one(LinksPane)
        pane.focus()
        target = next(i for i in range(pane.option_count) if article_id_of(pane.get_option_at_index(i).id) is not None)
        pane.highlighted = target
        await pilot.press("enter")
        await settle(app, pilot)
        second = app.current_article
        assert second is not None and second.id != first.id
        await pilot.press("backspace")
        await settle(app, pilot)
        assert app.current_article.id == first.id
        await pilot.press("alt+right")
        await settle(app, pilot)
        assert app.current_article.id == second.id


async def test_a_pick_not_in_the_archive_does_nothing(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # its teaser points at "Dresk tram drivers to get 6% pay rise", not in the samples
        await _open(app, pilot, SAMPLES / "2025-03-10-olst-valley-line-tunnel-boring-machine-starts.txt")
        before = app.current_article.id
        pane = app.query_one(LinksPane)
        missing = [
            i for i in range(pane.option_count) if "not in the archive" in str(pane.get_option_at_index(i).prompt)
        ]
        assert len(missing) == 1
        assert pane.get_option_at_index(missing[0]).disabled
        pane.focus()
        await pilot.click(LinksPane, offset=(3, missing[0] + 1))
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article.id == before
        assert app.is_running


async def test_sort_key_switches_order(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "olst")
        app.query_one(ResultsList).focus()
        await pilot.press("s")
        await settle(app, pilot)
        assert app.sort == "newest" and "newest" in status(app)
        results = app.query_one(ResultsList)
        dates = [results.hit_at(i).published for i in range(5)]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")
        await settle(app, pilot)
        assert app.sort == "oldest"


async def test_malformed_query_keeps_the_last_results(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "astrolabe")
        good = app.query_one(ResultsList).total
        app.query_one("#search").value = "astrolabe title:("  # as if pasted
        await settle(app, pilot)
        message = app.query_one("#message")
        assert message.has_class("visible") and "unclosed" in str(message.render())
        assert app.query_one(ResultsList).total == good
        assert f"{good} matches" in status(app)
        app.query_one("#search").value = "astrolabe title:museum"  # fixed: the message goes
        await settle(app, pilot)
        assert not message.has_class("visible")


async def test_no_index_shows_how_to_build_one(tmp_path: Path) -> None:
    app = ArchiveApp(tmp_path / "nothing-here", index_reason="per-user default")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NoIndexScreen)
        shown = str(app.screen.query_one("Static").render())
        assert "tuiarchive index PATH" in shown
        assert f"Index used: {tmp_path / 'nothing-here'} (per-user default)" in shown
        await pilot.press("q")
    assert app.return_value == 1  # nothing to show: exit status 1, as the README says


async def test_help_screen(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_markup_and_escapes_in_an_article_are_shown_literally(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "Evil [bold red]headline[/] \x1b]0;pwned\x07\n"
        "March 3, 2025\n"
        "The body says [link=https://example.com]click[/link] and [blink]this[/blink] \x1b[31mred\x1b[0m "
        "with an OSC 52 write \x1b]52;c;ZXZpbA==\x07 inside.\n"
        "Another paragraph so that the file reads like an article, which it does now.\n",
        encoding="utf-8",
    )
    update_index(tmp_path / "ix", [folder], workers=1)
    app = ArchiveApp(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        shown = "\n".join(str(w.render()) for w in view.query("Static"))
        assert "[bold red]headline[/]" in shown
        assert "[link=https://example.com]click[/link]" in shown and "[blink]this[/blink]" in shown
        assert "\x1b" not in shown and "\x07" not in shown and "ZXZpbA" not in shown
        # the results list draws the title as text too
        lines = [app.query_one(ResultsList).render_line(0).text]
        assert "[bold red]" in lines[0]


@pytest.fixture
def archive(samples_index: Path):
    with Archive(samples_index) as a:
        yield a


async def test_the_app_can_share_an_open_archive(archive: Archive, samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "astrolabe", archive=archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.query_one("#search").value == "astrolabe"
        assert app.query_one(ResultsList).total == archive.search("astrolabe").total


async def test_scrolling_to_the_end_loads_every_row(samples_index: Path) -> None:
    """Rows past the first page arrive when they scroll into view (they once stayed "…")."""
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        assert results.total >= 45
        await pilot.press("enter")  # from the search box to the list
        await pilot.press("end")
        await settle(app, pilot)
        last = results.hit_at(results.total - 1)
        assert last is not None and last.title
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.query_one(ArticleView).article.id == last.id


def notes(app: ArchiveApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_n_without_an_article_says_to_open_one(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("n")
        assert any("Open an article first" in m for m in notes(app))
        assert not any("No matches" in m for m in notes(app))


async def test_an_empty_archive_says_how_to_fill_it(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "empty.txt").write_bytes(b"")
    update_index(tmp_path / "ix", [tmp_path / "nothing"], workers=1)
    app = ArchiveApp(tmp_path / "ix")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        message = app.query_one("#message")
        assert message.has_class("visible")
        assert "archive is empty" in str(message.render()) and "tuiarchive index PATH" in str(message.render())
        assert "0 matches · newest" in status(app)
