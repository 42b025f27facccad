"""A very long article in the browser (review s33 U15): the view lays out its first part and says
so; the whole text stays the article's (copy, the pager). The pages here are made up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from conftest import settled
from textual.pilot import Pilot

from tuiarchive.app import main
from tuiarchive.app.article import SHOWN_CHARS, SHOWN_PARAGRAPHS, ArticleView, Paragraph, shown_paragraphs
from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.indexer import update_index
from tuiarchive.memory import Memory

SIZE = (160, 45)
# invented text: a made-up town's harbour works, numbered so that each paragraph differs
PARAGRAPH = "The harbour board of Velm met again on the {n}th evening to weigh the cost of the new quay walls."


def made_up_long_page(folder: Path, paragraphs: int) -> Path:
    folder.mkdir()
    page = folder / "long.txt"
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
    body += "\n\nLast of all the lighthouse keeper spoke, and asked the board to mend his stairs first."
    page.write_text(f"Velm harbour board weighs the quay walls again\nMarch 3, 2025\n\n{body}\n", encoding="utf-8")
    return page


@asynccontextmanager
async def opened(
    tmp_path: Path, paragraphs: int, query: str, app_class: type[ArchiveApp] = ArchiveApp
) -> AsyncIterator[Pilot]:
    """The app over an index of made_up_long_page(paragraphs), its first hit for `query` opened."""
    made_up_long_page(tmp_path / "pages", paragraphs)
    update_index(tmp_path / "ix", [tmp_path / "pages"], workers=1)
    app = app_class(tmp_path / "ix", query, memory=Memory(tmp_path / "m.sqlite"))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settled(pilot)
        yield pilot


async def test_a_very_long_article_lays_out_its_first_part_and_says_so(tmp_path: Path) -> None:
    async with opened(tmp_path, SHOWN_PARAGRAPHS + 50, "quay") as pilot:
        app = pilot.app
        view = app.query_one(ArticleView)
        article = view.article
        assert article is not None and len(article.body) >= SHOWN_PARAGRAPHS + 50  # the whole text was read
        paragraphs = list(view.query(Paragraph))
        assert len(paragraphs) <= SHOWN_PARAGRAPHS  # ... and only its first part laid out
        notes = [str(w.render()) for w in view.query(".truncated")]
        assert notes and all("o opens the whole file" in note for note in notes)
        assert "only its first" in notes[0]
        assert view.body_text().endswith(article.body[-1])  # c copies the whole text
        assert view.jump(1)  # n still finds the search's words in what is shown
        await pilot.press("q")
    assert app.return_code == 0


async def test_an_ordinary_article_is_shown_whole_without_a_note(tmp_path: Path) -> None:
    async with opened(tmp_path, 12, "quay") as pilot:
        view = pilot.app.query_one(ArticleView)
        assert view.article is not None
        assert len(view.query(Paragraph)) == len(view.article.body)
        assert not view.query(".truncated")


class NoticesKept(ArchiveApp):
    """The app, keeping every notice it gives (a notice goes after a few seconds: a loaded machine
    could pass that before the test reads it)."""

    CSS_PATH = Path(main.__file__).with_name(ArchiveApp.CSS_PATH)  # relative to this class's module otherwise

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.said: list[str] = []

    def notify(self, message: str, **kwargs) -> None:
        self.said.append(message)
        super().notify(message, **kwargs)


async def test_n_says_when_the_matches_lie_past_the_part_shown(tmp_path: Path) -> None:
    async with opened(tmp_path, SHOWN_PARAGRAPHS + 50, "lighthouse", NoticesKept) as pilot:
        app = pilot.app
        assert isinstance(app, NoticesKept)
        app.query_one(ArticleView).focus()
        await pilot.press("n")
        assert "No matches of the search in the part of this article shown (o opens the whole file)." in app.said


def test_one_huge_paragraph_is_cut_after_a_word_within_the_limit() -> None:
    words = ["quay"] * (SHOWN_CHARS // 2)  # one paragraph twice the limit, no line breaks
    shown = shown_paragraphs(["A first paragraph.", " ".join(words)])
    assert shown[0] == "A first paragraph."
    assert sum(map(len, shown)) <= SHOWN_CHARS and shown[1].endswith("quay")
    one_word = shown_paragraphs(["x" * (SHOWN_CHARS * 3)])  # no space to cut at
    assert one_word == ["x" * SHOWN_CHARS]
