"""The help screen and the screen shown when there is no index."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from ..text import one_line
from .keys import KEYS, NAVIGATION, shown_keys


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key in KEYS:
            table.add_row(shown_keys(key), key.description)
        for keys, what in NAVIGATION:
            table.add_row(keys, what)
        queries = Text(
            '\nSearch: words (all must match), "a phrase", AND OR NOT, ( ), title: author: site: '
            "path: related:, date:2024-11 or date:[2024-11-01 to 2024-11-30].",
            style="dim",
        )
        with Vertical(id="help"):
            yield Static(Text("tuiarchive keys", style="bold"), markup=False)
            yield Static(table)
            yield Static(queries, markup=False)
            yield Static(Text("Escape closes this.", style="dim"), markup=False)


class NoIndexScreen(Screen[None]):
    """Shown instead of the browser when there is no index to browse."""

    BINDINGS = [Binding("q,escape", "quit_empty", "Quit")]

    def __init__(self, index_dir: Path, index_reason: str, problem: str) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.index_reason = index_reason
        self.problem = problem

    def action_quit_empty(self) -> None:
        self.app.exit(1)  # nothing to show: the README's exit status 1

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("No archive to browse yet\n\n", style="bold")
        text.append(f"{one_line(self.problem)}\n")
        text.append(f"Index used: {one_line(str(self.index_dir))} ({self.index_reason})\n\n", style="dim")
        text.append("Build one from a folder of saved articles:\n\n")
        where = f" --index {one_line(str(self.index_dir))}" if self.index_reason == "from --index" else ""
        text.append(f"    tuiarchive index PATH{where}\n\n", style="bold")
        text.append("then run tuiarchive browse again. The shipped samples work too:\n\n")
        text.append("    tuiarchive index samples\n", style="bold")
        with Vertical(id="no-index"):
            yield Static(text, markup=False)
        yield Footer()
