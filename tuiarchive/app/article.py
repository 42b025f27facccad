"""The article view: the article as readable paragraphs, the search's words highlighted."""

from __future__ import annotations

import os
from pathlib import Path

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..model import Article, human_date
from ..text import clean_line, display
from .keys import ARTICLE_KEYS, bindings

# The most of an article the view lays out: ~15,000 words in at most 500 paragraphs, more
# than almost any article. A 10 MB dump (24,579 paragraphs) laid out whole took minutes to
# open and to quit (review s33 U15); past this a line says so, and o shows the whole file.
SHOWN_CHARS = 100_000
SHOWN_PARAGRAPHS = 500


def shown_paragraphs(body: list[str]) -> list[str]:
    """The paragraphs the view lays out: the first ones, SHOWN_CHARS in all at most (the last
    one cut after a word) and SHOWN_PARAGRAPHS of them at most."""
    shown: list[str] = []
    room = SHOWN_CHARS
    for paragraph in body[:SHOWN_PARAGRAPHS]:
        if len(paragraph) > room:
            cut = paragraph[:room]
            space = cut.rfind(" ")
            cut = cut[:space] if space > room // 2 else cut  # one long word: cut inside it
            if cut:
                shown.append(cut)
            break
        shown.append(paragraph)
        room -= len(paragraph)
    return shown


def not_shown_note(body: list[str], shown: list[str]) -> str:
    """The line saying what of a long article the view leaves out ("" when it shows it all)."""
    if len(shown) == len(body) and (not shown or shown[-1] == body[-1]):
        return ""
    total = sum(len(p) for p in body)
    return (
        f"This article is long: only its first {sum(len(p) for p in shown):,} characters of {total:,} "
        "are shown here. o opens the whole file in the pager."
    )


def short_path(path: str) -> str:
    """The file's path as the user would write it: relative to here, or from ~."""
    p = Path(path)
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        pass
    home = Path.home()
    try:
        return "~" + os.sep + str(p.relative_to(home))
    except ValueError:
        return str(p)


class Paragraph(Static):
    """One paragraph; knows whether it holds a match of the search."""

    def __init__(self, text: Text, *, has_match: bool = False, classes: str = "") -> None:
        super().__init__(text, classes=classes, markup=False)
        self.has_match = has_match


class ArticleView(VerticalScroll, can_focus=True):
    BINDINGS = bindings(ARTICLE_KEYS)

    # at once, not animated: a key press lands where it says
    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)

    def action_half_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_page_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height // 2), animate=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.cut = False  # only the article's first part is laid out (shown_paragraphs)
        self._hit_index = -1

    def on_mount(self) -> None:
        self.show_message("Nothing open. Pick an article from the list and press Enter.")

    def show_message(self, message: str) -> None:
        self.article = None
        self.cut = False
        self.remove_children()
        self.mount(Static(Text(message, style="dim"), classes="placeholder", markup=False))

    def show_article(
        self, article: Article, spans: list[list[tuple[int, int]]], title_spans: list[tuple[int, int]]
    ) -> None:
        """Show an article; `spans` are the matched words of each paragraph shown (shown_paragraphs)."""
        self.article = article
        self._hit_index = -1
        widgets: list[Static] = []
        title = Text(display(article.title))
        for start, end in title_spans:
            title.stylize("reverse", start, end)
        widgets.append(Static(title, classes="headline", markup=False))
        meta = [
            human_date(article.published, undated="undated"),
            f"{article.read_minutes} min read" if article.read_minutes else "",
            f"by {clean_line(article.author)}" if article.author else "",
            clean_line(article.site) if article.site else "",
        ]
        widgets.append(Static(Text(" · ".join(m for m in meta if m)), classes="meta", markup=False))
        widgets.append(Static(Text(display(short_path(article.path))), classes="source", markup=False))
        if article.truncated:
            widgets.append(
                Static(
                    Text("The saved text is cut off: this is not the whole article."), classes="truncated", markup=False
                )
            )
        shown = shown_paragraphs(article.body)
        note = not_shown_note(article.body, shown)
        self.cut = bool(note)
        if note:
            widgets.append(Static(Text(note), classes="truncated", markup=False))
        for paragraph, matches in zip(shown, spans, strict=False):
            text = Text(display(paragraph))
            for start, end in matches:
                text.stylize("bold reverse", start, end)
            widgets.append(Paragraph(text, has_match=bool(matches), classes="paragraph"))
        if note:
            widgets.append(Static(Text(note), classes="truncated", markup=False))
        self.remove_children()
        self.mount_all(widgets)
        self.scroll_home(animate=False)

    def body_text(self) -> str:
        if self.article is None:
            return ""
        return "\n\n".join([self.article.title, *self.article.body])

    def _hits(self) -> list[Paragraph]:
        return [w for w in self.query(Paragraph) if w.has_match]

    def jump(self, step: int) -> bool:
        hits = self._hits()
        if not hits:
            return False
        for widget in hits:
            widget.remove_class("current-hit")
        self._hit_index = (self._hit_index + step) % len(hits)
        target = hits[self._hit_index]
        target.add_class("current-hit")
        self.scroll_to_widget(target, animate=False, top=True)
        return True
