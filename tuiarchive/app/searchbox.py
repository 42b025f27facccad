"""The search box: an Input that remembers earlier queries (↑ ↓) and hands ↓ on to the results."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from .history import QueryHistory
from .keys import SEARCH_KEYS, bindings


class SearchBox(Input):
    BINDINGS = bindings(SEARCH_KEYS)

    class LeaveDown(Message):
        """↓ with no later query to show: the user wants the results."""

    def __init__(self, value: str, history: QueryHistory, *, placeholder: str, id: str) -> None:
        super().__init__(value, placeholder=placeholder, id=id)
        self.history = history

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
