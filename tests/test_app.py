"""The browser as a user drives it: Textual's Pilot on the samples index."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, settled, until
from textual.widgets import Static

from tuiarchive.app.article import ArticleView, Paragraph
from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.messages import LoadFailed, PageLoaded, SearchDone, WorkerProblem
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


async def test_a_space_after_a_word_starts_no_new_search(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "museum")
        results = app.query_one(ResultsList)
        searches, total = app.generation, results.total
        await pilot.press("space")
        await settle(app, pilot)
        assert app.query_one("#search").value == "museum " and app.generation == searches
        await pilot.press("a", "s", "t", "r", "o", "l", "a", "b", "e")
        await settle(app, pilot)
        assert app.generation > searches and 0 < results.total < total  # the next word is searched


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
        await settle(app, pilot)
        assert app.current_article.id == before
        assert pane.highlighted != missing[0]  # the cursor never rests on an inert item
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


async def test_the_no_index_screen_offers_only_keys_that_work_there(tmp_path: Path, samples_index: Path) -> None:
    """Review s33 U9: with no archive, the footer and the command palette offered Sort, Picks
    pane, Narrow, Bookmark, which do nothing there; they are left out, quitting and help stay
    (under the help screen too). With an archive, they are all there."""
    archive_keys = {"s", "p", "f", "b", "slash"}

    def commands(app: ArchiveApp) -> set[str]:
        return {command.title for command in app.get_system_commands(app.screen)}

    app = ArchiveApp(tmp_path / "none", index_reason="from --index")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NoIndexScreen)
        shown = set(app.screen.active_bindings)
        assert {"q", "question_mark"} <= shown and not archive_keys & shown, shown
        assert "Sort" not in commands(app) and "Quit" in commands(app)
        await pilot.press("question_mark")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert not archive_keys & set(app.screen.active_bindings)
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.query_one("#results").focus()
        await pilot.pause()
        assert archive_keys <= set(app.screen.active_bindings)
        assert "Sort" in commands(app)


async def test_the_no_index_screen_names_the_samples_where_they_are(tmp_path: Path, monkeypatch) -> None:
    """Review s33 U9: "tuiarchive index samples" worked only from the checkout: the hint names
    the samples' path from where the app runs (with the --index in use), and there is no hint
    where there are no samples (tuiarchive installed without the repository)."""
    from tuiarchive.config import shipped_samples

    monkeypatch.chdir(tmp_path)
    assert shipped_samples() == str(SAMPLES)
    assert shipped_samples(tmp_path / "site-packages" / "tuiarchive") is None
    app = ArchiveApp(tmp_path / "none", index_reason="from --index")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("Static").render())
        assert f"tuiarchive index {SAMPLES} --index {tmp_path / 'none'}" in shown, shown
        assert "tuiarchive index samples" not in shown


async def test_help_screen(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("question_mark")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        assert await until(pilot, lambda: not isinstance(app.screen, HelpScreen))


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
        # the note is a message the app handles some turns after the key (seen unhandled at load ~17)
        assert await until(pilot, lambda: any("Open an article first" in m for m in notes(app)))
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


# ---------------------------------------------------------------------- keyboard flow
def footer_keys(app: ArchiveApp) -> str:
    return " ".join(str(key.render()).strip() for key in app.screen.query("FooterKey"))


async def footer_starting(app: ArchiveApp, pilot, keys: str, *, rounds: int = 200) -> None:
    """Wait until the footer's keys start with `keys` (else fail with what it shows): when the
    focus moves, the Footer takes its keys down and mounts the new ones, which took more than
    the one pause this waited for on a busy machine (it was read empty: load 12 on 2 cores)."""
    for _ in range(rounds):
        await pilot.pause()
        if footer_keys(app).startswith(keys):
            return
    raise AssertionError(f"the footer shows {footer_keys(app)!r}, not {keys!r} first")


async def test_query_history_and_down_into_the_results(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        box = app.query_one("#search")
        for query in ("olst", "astrolabe"):
            await search(app, pilot, query)
            await pilot.press("enter")  # searched for: remembered
            assert app.focused is app.query_one(ResultsList)
        await search(app, pilot, "museum")
        await pilot.press("up")
        assert box.value == "astrolabe"
        await pilot.press("up")
        assert box.value == "olst"
        await pilot.press("down", "down")
        assert box.value == "museum"  # what was being typed comes back
        await pilot.press("down")
        assert app.focused is app.query_one(ResultsList)


async def test_keys_that_arrive_together_from_the_search_box_open_the_first_result(samples_index: Path) -> None:
    """A terminal hands over keys typed (or sent by tmux) together in one read: ↓ then Enter,
    or Enter twice, reach the app before the focus moves to the results. The last Enter still
    opens the highlighted result, as it does when the keys come one by one."""
    from textual import events

    for keys in (("down", "enter"), ("enter", "enter")):
        app = ArchiveApp(samples_index)
        async with app.run_test(size=SIZE) as pilot:
            await search(app, pilot, "title:thieves astrolabe")
            results = app.query_one(ResultsList)
            for key in keys:  # queued at once, as the driver does with one read's keys
                app.post_message(events.Key(key, "\r" if key == "enter" else None))
            await settle(app, pilot)
            view = app.query_one(ArticleView)
            assert app.focused is results, keys
            assert view.article is not None and view.article.id == results.hit_at(0).id, keys


async def test_keys_typed_in_one_read_keep_their_order_in_the_search_box(samples_index: Path) -> None:
    """An editing key (Ctrl+U, ←, Backspace, Home) and the letters after it, queued together as
    a terminal delivers one read, are applied in the order they were typed."""
    from textual import events

    expected = {"ctrl+u": "olst", "left": "museuolstm", "backspace": "museuolst", "home": "olstmuseum"}
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:  # one app for the four keys (an app per key cost 1.5 s)
        await search(app, pilot, "museum")
        box = app.query_one("#search")
        for key, value in expected.items():
            box.value, box.cursor_position = "museum", 6  # each key starts from the same box
            await settle(app, pilot)
            assert (box.value, box.cursor_position) == ("museum", 6)
            for event in (events.Key(key, None), *(events.Key(c, c) for c in "olst")):
                app.post_message(event)
            await settle(app, pilot)
            assert box.value == value, key


async def test_moving_in_the_results_by_keys(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        await pilot.press("down")  # from the search box into the list
        assert app.focused is results and results.cursor == 0
        await pilot.press("G")
        assert results.cursor == results.total - 1
        await pilot.press("g")
        assert results.cursor == 0
        await pilot.press("ctrl+d")
        half = results.cursor
        assert 0 < half < results.size.height // 4 + 1
        await pilot.press("ctrl+d", "ctrl+u")
        assert results.cursor == half
        await pilot.press("end")
        assert results.cursor == results.total - 1
        await pilot.press("home")
        assert results.cursor == 0


async def test_the_article_scrolls_by_keys_and_the_pane_shows_a_cursor(samples_index: Path) -> None:
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _open(app, pilot, SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt")
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert 0 < view.scroll_y < view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        pane = app.query_one(LinksPane)
        assert pane.highlighted is None
        await pilot.press("tab")  # article -> pane
        assert app.focused is pane
        assert pane.highlighted is not None and not pane.get_option_at_index(pane.highlighted).disabled


async def test_the_footer_is_rebuilt_only_when_its_keys_change(samples_index: Path) -> None:
    """The screen says its bindings may have changed at every move of the focus; the footer mounts
    its keys again only when what it shows differs (app/footer.py), and then shows the new ones."""
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        shown = list(app.screen.query("FooterKey"))
        assert shown and "Quit" in footer_keys(app)
        for _ in range(3):
            app.screen.refresh_bindings()  # nothing changed
            await settle(app, pilot)
        assert list(app.screen.query("FooterKey")) == shown  # the same widgets, not mounted again
        app.query_one(ResultsList).focus()
        await footer_starting(app, pilot, "q Quit")  # the results' keys: rebuilt
        assert all(key not in shown for key in app.screen.query("FooterKey"))


@pytest.mark.parametrize("where", ["results", "article"])
async def test_q_quits_from_the_results_and_the_article(samples_index: Path, where: str) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "Quit" in footer_keys(app)  # from the start, in the search box (as Ctrl+Q there)
        app.query_one(ResultsList).focus()
        await pilot.pause()
        if where == "article":
            await pilot.press("enter")
            await settle(app, pilot)
            app.query_one(ArticleView).focus()
        await footer_starting(app, pilot, "q Quit")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == 0 and not app.is_running


async def test_at_80x24_the_pane_folds_away_and_p_brings_it_back(samples_index: Path) -> None:
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        pane, view = app.query_one(LinksPane), app.query_one(ArticleView)
        assert not pane.display
        readable = view.size.width
        assert readable >= 40
        app.query_one(ResultsList).focus()
        await pilot.press("p")
        await pilot.pause()
        assert pane.display and view.size.width < readable
        await pilot.press("p")
        await pilot.pause()
        assert not pane.display
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.query_one(LinksPane).display


async def test_every_palette_command_runs(samples_index: Path) -> None:
    """Each key's action exists (the palette offers them all)."""
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        commands = list(app.get_system_commands(app.screen))
        assert {"Quit", "Search", "Sort", "Picks pane", "Help"} <= {c.title for c in commands}


async def test_enter_right_after_end_opens_the_last_result_once_its_row_arrives(samples_index: Path) -> None:
    """End then Enter in one read (a quick user, tmux): the last row is not loaded yet when
    Enter comes; the Enter is kept and opens it when its page arrives (it was dropped)."""
    from textual import events

    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        await pilot.press("enter")  # from the search box to the list
        await settle(app, pilot)
        assert results.total > 20 and results.hit_at(results.total - 1) is None  # a page not fetched yet
        for key in ("end", "enter"):
            app.post_message(events.Key(key, "\r" if key == "enter" else None))
        await settle(app, pilot)
        last = results.hit_at(results.total - 1)
        assert last is not None
        assert app.query_one(ArticleView).article.id == last.id


async def test_a_full_collection_leaves_what_the_app_started_with(samples_index: Path) -> None:
    """Python's full collection walked everything textual and the open index hold (15-50 ms on
    the benchmark's archive, in whichever keystroke it fell): what exists at mount is frozen
    while the app runs, and handed back to the collector when it ends."""
    import gc

    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert gc.get_freeze_count() > 10_000
    assert gc.get_freeze_count() == 0


async def test_a_page_asked_for_while_a_new_query_waits_is_the_shown_querys(
    samples_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing starts the new search only after the debounce; a page the list asks for in that
    window (a scroll, a tall terminal) belongs to the query the list shows, not to the text now
    in the box: no rows of the new query among the old ones, and the old count stays."""
    from tuiarchive.app import main

    monkeypatch.setattr(main, "DEBOUNCE_SECONDS", 3600.0)  # the new search waits while the page loads
    app = ArchiveApp(samples_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        everything, shown = results.total, status(app)
        assert everything >= 45
        await pilot.press(*"astrolabe")  # typed; its search is not under way yet
        assert app._debounce is not None and app.query_one("#search").value == "astrolabe"
        results.post_message(ResultsList.PageWanted(results.generation, 20, 20))
        await pilot.pause()
        await app.workers.wait_for_complete()  # the page's worker
        await pilot.pause()
        assert app.archive is not None
        old = app.archive.search("", sort=app.sort, offset=20, limit=20).hits
        assert [getattr(results.hit_at(20 + k), "id", None) for k in range(len(old))] == [h.id for h in old]
        assert results.total == everything and status(app) == shown
        app.start_search()  # the typed query's turn
        await settle(app, pilot)
        assert 0 < results.total < everything


async def test_the_pane_folds_and_unfolds_at_the_resize_that_crosses_the_width(samples_index: Path) -> None:
    """Review s33 U13: one resize across NARROW_WIDTH (a window halved, or maximised) folds or
    unfolds the picks pane at once, not at the next resize; also under a dialog."""
    from tuiarchive.app.main import NARROW_WIDTH

    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        pane = app.query_one("#pane")
        assert pane.display and pane.region.width > 0
        await pilot.resize_terminal(NARROW_WIDTH - 10, 40)
        await pilot.pause()
        assert not pane.display and app.query_one("#article").region.right == NARROW_WIDTH - 10
        await pilot.resize_terminal(SIZE[0], SIZE[1])
        await pilot.pause()
        assert pane.display and pane.region.width > 0
        await pilot.press("question_mark")  # the help screen on top while the window changes
        await pilot.resize_terminal(NARROW_WIDTH - 10, 40)
        await pilot.press("escape")
        assert await until(pilot, lambda: not isinstance(app.screen, HelpScreen) and not pane.display)


@pytest.mark.parametrize("size", [SIZE, (80, 24)], ids=["160x45", "80x24"])
async def test_a_cut_headline_shows_its_ellipsis_beside_the_scrollbar(samples_index: Path, size) -> None:
    """Review s33 U8: rows are cut to the width left of the scrollbar, so the "…" that says a
    headline goes on is seen, not drawn under the scrollbar."""
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        seen = results.scrollable_content_region.width
        assert results.max_scroll_y > 0 and seen < results.size.width  # a scrollbar takes columns
        cut = 0
        for row in range(min(results.total, results.size.height // 4)):
            hit = results.hit_at(row)
            line = results.render_line(row * 4).text[:seen]
            if len(hit.title) > seen:
                cut += 1
                assert line.endswith("…"), line
            else:
                assert hit.title in line
        assert cut


async def test_the_help_fits_an_80_by_24_terminal_and_scrolls_to_its_end(samples_index: Path) -> None:
    """Review s33 U8: the help box was 84 columns wide (its right border off an 80-column
    screen) and cut at the bottom; now it fits, and ↓/End reach its last line."""
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("question_mark")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        box = app.screen.query_one("#help")
        assert box.region.x >= 0 and box.region.right <= 80 and box.region.bottom <= 24
        last = app.screen.query(Static).last()
        assert "Escape closes this." in str(last.render())
        assert not box.region.contains_region(last.region)  # below the box's bottom edge ...
        await pilot.press("end")
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        assert box.region.contains_region(last.region)  # ... and scrolled into it


async def test_the_first_key_typed_adds_to_the_query_the_browser_opened_with(samples_index: Path) -> None:
    """Review s33 U10: the box opened with its query selected, and the first key replaced it."""
    app = ArchiveApp(samples_index, "astrolabe")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        box = app.query_one("#search")
        assert box.has_focus and box.cursor_position == len("astrolabe")
        await pilot.press("space", *"museum")
        await settle(app, pilot)
        assert box.value == "astrolabe museum"
        app.query_one(ResultsList).focus()
        await pilot.press("slash")  # coming back to the box later: a new query replaces the old
        await pilot.press(*"olst")
        assert box.value == "olst"


def _answers_as_the_app_closes(generation: int) -> list:
    """A worker's answers that can still arrive once the screen is taken down."""
    return [
        SearchDone(generation, None, "the search failed"),
        PageLoaded(generation, 0, [], 0, False),
        WorkerProblem("counting the matches failed"),
        LoadFailed("opening the article failed", "some-id", unexpected=True),
    ]


async def test_a_workers_answer_as_the_app_closes_is_dropped(samples_index: Path) -> None:
    """The ten runs of session 36: a search typed last in a test (or right before quitting) was
    answered as the app closed, and on_search_done raised NoMatches for #message."""
    app = ArchiveApp(samples_index, "astrolabe")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        generation = app.generation
    handlers = {
        SearchDone: app.on_search_done,
        PageLoaded: app.on_page_loaded,
        WorkerProblem: app.on_worker_problem,
        LoadFailed: app.on_load_failed,
    }
    for answer in _answers_as_the_app_closes(generation):
        handlers[type(answer)](answer)  # the screen is gone: nothing to show, nothing raised


async def test_a_workers_answer_while_the_app_is_taken_down_is_dropped(samples_index: Path) -> None:
    """The flake watch of session 38 (load ~10): a search's answer came while the app was being taken
    down, its widgets half removed (#message gone, the search box not yet), and on_search_done raised
    NoMatches. Here the answers come as a widget of the screen is unmounted in the app's shutdown."""
    from tuiarchive.app.messages import taken_down

    seen: list[bool] = []

    class AnswersOnUnmount(Static):
        def on_unmount(self) -> None:
            seen.append(taken_down(app))
            for answer in _answers_as_the_app_closes(generation):
                handlers[type(answer)](answer)  # nothing to show, nothing raised

    app = ArchiveApp(samples_index, "astrolabe")
    handlers = {
        SearchDone: app.on_search_done,
        PageLoaded: app.on_page_loaded,
        WorkerProblem: app.on_worker_problem,
        LoadFailed: app.on_load_failed,
    }
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        generation = app.generation
        await app.query_one("#top").mount(AnswersOnUnmount())
    assert seen == [True]


async def test_a_search_due_as_the_app_closes_does_nothing(samples_index: Path) -> None:
    """The typing timer fired while the app was closing (a key typed, then quit within the debounce):
    start_search raised NoMatches for the search box in the app's exit (suite s34, busy run)."""
    app = ArchiveApp(samples_index, "astrolabe")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        generation = app.generation
    app.start_search()  # what the timer did: the screen is gone now
    assert app.generation == generation
