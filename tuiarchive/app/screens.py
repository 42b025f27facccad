"""The help screen, the screen shown when there is no index, and small dialogs (a list to
pick from, a name to type)."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..config import shipped_samples
from ..query import query_help
from ..text import clean_line, one_line
from .footer import KeysFooter
from .keys import ARTICLE_KEYS, KEYS, LIST_KEYS, NAVIGATION, SEARCH_KEYS, shown_keys

# pane keys that NAVIGATION already describes in a line each
_DESCRIBED_BY_NAVIGATION = {
    "cursor_up", "cursor_down", "page_up", "page_down", "half_page_up", "half_page_down", "first", "last",
    "select", "scroll_up", "scroll_down", "top", "bottom", "history_older", "history_newer",
}  # fmt: skip


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key in (*KEYS, *LIST_KEYS, *ARTICLE_KEYS, *SEARCH_KEYS):
            if key.action in _DESCRIBED_BY_NAVIGATION:
                continue
            table.add_row(shown_keys(key), key.description)
        for keys, what in NAVIGATION:
            table.add_row(keys, what)
        queries = Text("\n" + query_help(), style="dim")
        with VerticalScroll(id="help"):  # a short terminal scrolls it (↓, PgDn)
            yield Static(Text("tuiarchive keys", style="bold"), markup=False)
            yield Static(table)
            yield Static(queries, markup=False)
            yield Static(Text("Escape closes this.", style="dim"), markup=False)


class NoIndexScreen(Screen[None]):
    """Shown instead of the browser when there is no index to browse, or one that cannot be read
    (`damaged`: the problem says what to run; building another archive is not the way out)."""

    BINDINGS = [Binding("q,escape", "quit_empty", "Quit")]

    def __init__(self, index_dir: Path, index_reason: str, problem: str, *, damaged: bool = False) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.index_reason = index_reason
        self.problem = problem
        self.damaged = damaged

    def action_quit_empty(self) -> None:
        self.app.exit(1)  # nothing to show: the README's exit status 1

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("The archive cannot be read\n\n" if self.damaged else "No archive to browse yet\n\n", style="bold")
        text.append(f"{one_line(self.problem)}\n")
        text.append(f"Index used: {one_line(str(self.index_dir))} ({self.index_reason})\n", style="dim")
        if not self.damaged:
            text.append("\nBuild one from a folder of saved articles:\n\n")
            where = f" --index {one_line(str(self.index_dir))}" if self.index_reason == "from --index" else ""
            text.append(f"    tuiarchive index PATH{where}\n\n", style="bold")
            text.append("then run tuiarchive browse again.")
            samples = shipped_samples()
            if samples is not None:  # the hint is there only where its folder is (review s33 U9)
                text.append(" The shipped samples work too:\n\n")
                text.append(f"    tuiarchive index {one_line(shlex.quote(samples))}{where}\n", style="bold")
            else:
                text.append("\n")
        with Vertical(id="no-index"):
            yield Static(text, markup=False)
        yield KeysFooter()


class PickScreen(ModalScreen[str | None]):
    """A list to choose from (bookmarks, saved searches); dismisses with the chosen id."""

    BINDINGS = [Binding("escape,q", "dismiss_none", "Close")]

    def __init__(self, title: str, choices: list[tuple[str, Text]], empty: str) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(id="pick", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"), markup=False)
            if self.choices:
                yield OptionList(*(Option(label, id=choice) for choice, label in self.choices), id="choices")
            else:
                yield Static(Text(self.empty, style="dim"), markup=False)
            yield Static(Text("Enter opens, Escape closes.", style="dim"), markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class NameScreen(ModalScreen[str | None]):
    """Asks for a name (to save a search under); dismisses with it, or None."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, prompt: str, suggestion: str = "") -> None:
        super().__init__()
        self.prompt = prompt
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(id="name", classes="dialog"):
            yield Static(Text(self.prompt, style="bold"), markup=False)
            yield Input(self.suggestion, id="name-input")
            yield Static(Text("Enter saves, Escape cancels.", style="dim"), markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = clean_line(event.value).strip()
        if name:
            self.dismiss(name)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
