"""The pane beside the article: its own lists, related articles, and what links to it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..archive import Hit, RelatedPane
from ..catalog import ArticleRef
from ..text import clean_line
from .keys import LIST_KEYS, bindings

OPEN_PREFIX = "open:"


class LinksPane(OptionList):
    """A short list (a few dozen entries at most), so an OptionList suits it."""

    BINDINGS = bindings(LIST_KEYS)

    def on_focus(self) -> None:
        # a visible cursor as soon as the pane has the focus, on the first entry one can open
        if self.highlighted is None:
            self.action_first()

    def action_half_page_up(self) -> None:
        for _ in range(max(1, self.size.height // 2)):
            self.action_cursor_up()

    def action_half_page_down(self) -> None:
        for _ in range(max(1, self.size.height // 2)):
            self.action_cursor_down()

    def show_empty(self) -> None:
        self.clear_options()
        self.add_option(Option(Text("Editors' Picks and related articles show here.", style="dim"), disabled=True))

    def show_pane(self, pane: RelatedPane, *, similar_pending: bool) -> None:
        options: list[Option | None] = []
        section = None
        for n, link in enumerate(pane.lists):
            if link.section != section:
                section = link.section
                options.append(_heading(section))
            headline = clean_line(link.headline)
            if link.target is not None:
                options.append(Option(Text(headline), id=f"{OPEN_PREFIX}{link.target.id}:{n}"))
            else:
                label = Text(headline, style="dim")
                label.append("  (not in the archive)", style="dim italic")
                options.append(Option(label, disabled=True))
        options.append(_heading("Related in this archive"))
        if similar_pending:
            options.append(Option(Text("looking…", style="dim"), disabled=True))
        elif pane.similar:
            options.extend(_hit_option(h, f"s{n}") for n, h in enumerate(pane.similar))
        else:
            options.append(Option(Text("nothing close", style="dim"), disabled=True))
        if pane.linked_from:
            options.append(_heading("Linked from"))
            for n, (where, ref) in enumerate(pane.linked_from):
                options.append(_ref_option(ref, where, f"l{n}"))
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(options)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted


def _heading(title: str) -> Option:
    return Option(Text(clean_line(title), style="bold underline"), disabled=True)


def _hit_option(hit: Hit, tag: str) -> Option:
    return Option(Text(clean_line(hit.title)), id=f"{OPEN_PREFIX}{hit.id}:{tag}")


def _ref_option(ref: ArticleRef, section: str, tag: str) -> Option:
    label = Text(clean_line(ref.title))
    label.append(f"  ({clean_line(section)})", style="dim")
    return Option(label, id=f"{OPEN_PREFIX}{ref.id}:{tag}")


def article_id_of(option_id: str | None) -> str | None:
    if not option_id or not option_id.startswith(OPEN_PREFIX):
        return None
    return option_id[len(OPEN_PREFIX) :].split(":", 1)[0]
