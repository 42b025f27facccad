"""The key bar at the bottom of every screen: textual's Footer, rebuilt only when what it shows changes.

textual's Footer takes all its keys down and mounts them again whenever the screen says its bindings
may have changed: every move of the focus (search box -> results -> article and back), every pushed
or popped screen. Most of those moves leave the same keys, enabled alike: the rebuild restyled ~10
widgets for nothing at each (in the app's tests 186 rebuilds, 115 of them with nothing changed).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """A Footer that skips a rebuild when the screen's keys, their labels and states are what it last
    built from."""

    _built_from: tuple | None = None

    def _what_it_shows(self, screen: Screen) -> tuple:
        """Everything Footer.compose reads of the screen's bindings (and each key's display)."""
        app = self.app
        return tuple(
            (
                *(binding.key, app.get_key_display(binding), binding.description, binding.action, binding.show),
                *(binding.group, enabled, tooltip),
            )
            for (_, binding, enabled, tooltip) in screen.active_bindings.values()
        )

    def compose(self) -> ComposeResult:
        self._built_from = self._what_it_shows(self.screen) if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if (
            self._built_from is not None
            and screen.app.app_focus
            and self.is_attached
            and screen is self.screen
            and self._what_it_shows(screen) == self._built_from
        ):
            return  # a rebuild would mount the same keys (one still on its way reads the screen then)
        super().bindings_changed(screen)
