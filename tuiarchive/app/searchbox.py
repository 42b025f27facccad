"""The search box: an Input that remembers earlier queries (↑ ↓) and hands ↓ on to the results."""

from __future__ import annotations

from functools import cache

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from .history import QueryHistory
from .keys import SEARCH_KEYS, bindings


class SearchBox(Input):
    BINDINGS = bindings(SEARCH_KEYS)

    class LeaveDown(Message):
        """↓ with no later query to show: the user wants the results."""

    def __init__(self, value: str, history: QueryHistory, *, placeholder: str, id: str, refine: bool = True) -> None:
        # a query given on the command line is there to be refined: focus leaves the cursor at its
        # end, unselected, so that the first key typed adds to it (review s33 U10: it replaced it);
        # the last session's query, restored, is selected: the first key starts a new search, as an
        # address bar does (typing "dock" gave "valmoradock"); / selects it all (action_focus_search)
        super().__init__(value, placeholder=placeholder, id=id, select_on_focus=not refine)
        self.history = history
        # the box has handed the keys on to the results (↓ or Enter) but still has the focus:
        # Textual moves focus later, so keys typed in the same breath still arrive here
        self.handed_over = False

    def on_focus(self) -> None:
        self.handed_over = False

    async def on_key(self, event: events.Key) -> None:
        """Run the box's own keys (Backspace, Ctrl+U, ←, Enter, ↓...) as they come. Textual runs a
        bound key once it has bubbled up to the App, while a letter goes in at once: a key and
        the letters after it in one read (a fast typist, a paste of keys, tmux) were applied
        out of order, "Ctrl+U olst" left an empty box (textual#6605)."""
        if event.is_printable:
            return
        action = next((a for k in (event.key, *event.aliases) if (a := _own_keys(type(self)).get(k))), None)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)

    def action_history_older(self) -> None:
        query = self.history.older(self.value)
        if query is not None:
            self._show(query)

    def action_history_newer(self) -> None:
        query = self.history.newer()
        if query is None:
            self.post_message(self.LeaveDown())
        else:
            self._show(query)

    def _show(self, query: str) -> None:
        self.value = query
        self.cursor_position = len(query)


@cache
def _own_keys(box: type[Input]) -> dict[str, str]:
    """Key -> action of the box's own (not priority) bindings, the nearest class's winning."""
    keys: dict[str, str] = {}
    for cls in reversed(box.__mro__):
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            if not binding.priority:
                keys[binding.key] = binding.action
    return keys
