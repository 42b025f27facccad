"""Every key of the app, declared once: the bindings, the footer, the help screen and the
command palette are all made from this table."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # textual key names, comma-separated
    action: str  # the app action it runs
    description: str
    footer: bool = True  # shown in the footer (the help screen shows all)
    display: str | None = None  # how the help screen writes the keys
    palette: bool = True  # offered in the command palette


KEYS: tuple[Key, ...] = (
    Key("slash", "focus_search", "Search", display="/"),
    Key("s", "cycle_sort", "Sort"),
    Key("tab", "focus_next_pane", "Next pane", footer=False, display="Tab", palette=False),
    Key("shift+tab", "focus_previous_pane", "Previous pane", footer=False, display="Shift+Tab", palette=False),
    Key("alt+left,backspace", "back", "Back", display="Alt+← / Backspace"),
    Key("alt+right", "forward", "Forward", display="Alt+→"),
    Key("n", "next_hit", "Next match", footer=False),
    Key("N", "previous_hit", "Previous match", footer=False, display="Shift+N"),
    Key("o", "open_pager", "Pager", display="o"),
    Key("e", "open_editor", "Editor", footer=False),
    Key("c", "copy_text", "Copy text", footer=False),
    Key("y", "copy_path", "Copy path", footer=False),
    Key("question_mark,f1", "help", "Help", display="? / F1"),
    Key("q", "quit", "Quit"),
    Key("escape", "leave_search", "Leave the search box", footer=False, display="Escape", palette=False),
)

# Keys that lists and the article view understand (not app actions; listed for the help).
NAVIGATION: tuple[tuple[str, str], ...] = (
    ("↑ ↓ / j k", "Move in a list, scroll the article"),
    ("PgUp PgDn Home End", "Move by pages, to the ends"),
    ("Enter", "Open the highlighted article or link"),
    ("Ctrl+P", "Command palette"),
)


def bindings() -> list[Binding]:
    return [
        Binding(k.keys, k.action, k.description, show=k.footer, key_display=k.display, priority=False) for k in KEYS
    ]


def shown_keys(key: Key) -> str:
    """How the help writes a key: "s" stays "s" (it is not "S"), names are capitalised."""
    if key.display:
        return key.display
    return " / ".join(part if len(part) == 1 else part.capitalize() for part in key.keys.split(","))
