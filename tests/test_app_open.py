"""Opening an article in the app: what the screen draws again for it (issue 12: the rows a reader
feels between Enter and the article painted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app import SIZE, settle
from textual.strip import Strip

from tuiarchive.app import main as app_main
from tuiarchive.app.article import ArticleView, Paragraph
from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ROW_HEIGHT, ResultsList
from tuiarchive.archive import Archive, Hit


async def test_opening_an_article_redraws_its_row_dimmed_and_no_other_row(
    samples_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[int] = []  # the results' rows drawn (the real drawing runs; each row is written down)
    render_line = ResultsList.render_line

    def recorded(self: ResultsList, y: int) -> Strip:
        drawn.append((round(self.scroll_offset.y) + y) // ROW_HEIGHT)
        return render_line(self, y)

    monkeypatch.setattr(ResultsList, "render_line", recorded)
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsList)
        results.focus()
        await pilot.press("down")
        await settle(app, pilot)
        assert results.total > 3 and results.cursor == 1
        opened = results.current
        assert opened is not None and opened.id not in results.read
        drawn.clear()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article is not None and app.current_article.id == opened.id
        assert opened.id in results.read
        # the row is drawn again (dimmed on screen), and only it: every other row is as it was
        assert set(drawn) == {1}
        title = next(seg for seg in results.render_line(ROW_HEIGHT) if seg.text.strip())
        assert title.style is not None and title.style.dim


async def test_the_related_search_starts_once_the_article_is_painted(
    samples_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_main, "PAINT_WAIT_SECONDS", 60.0)  # only the paint lets it go, however busy the machine
    laid_out: list[list[int]] = []  # the article's paragraphs' heights when the search started
    similar = Archive.similar

    def recorded(self: Archive, article_id: str, *, top: int = 10) -> list[Hit]:
        view = app.query_one(ArticleView)
        shown = view.article is not None and view.article.id == article_id
        laid_out.append([p.size.height for p in view.query(Paragraph)] if shown else [])
        return similar(self, article_id, top=top)

    monkeypatch.setattr(Archive, "similar", recorded)
    app = ArchiveApp(samples_index, "olst")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_article is not None
        assert len(laid_out) == 1 and laid_out[0] and all(laid_out[0])
        assert not app._paint_awaited  # the paint let it go, not the time limit
