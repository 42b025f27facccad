"""Every key of the app, declared once: the bindings (the app's and each pane's), the footer,
the help screen and the command palette are all made from these tables."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # textual key names, comma-separated
    action: str  # the action it runs (the app's for KEYS, the widget's for the others)
    description: str
    footer: bool = True  # shown in the footer (the help screen shows all)
    display: str | None = None  # how the help screen writes the keys
    palette: bool = True  # offered in the command palette (app keys only)


KEYS: tuple[Key, ...] = (
    # Quit comes first so that a narrow footer still shows it; in the search box q types a
    # letter, so the footer shows Ctrl+Q there.
    Key("q", "quit", "Quit"),
    Key("ctrl+q", "quit", "Quit", display="Ctrl+Q", palette=False),
    Key("slash", "focus_search", "Search", display="/"),
    Key("s", "cycle_sort", "Sort"),
    Key("p", "toggle_pane", "Picks pane", display="p"),
    Key("f", "pick_facet", "Narrow by site or author", display="f"),
    Key("t", "pick_month", "Narrow to a month", footer=False, display="t"),
    Key("b", "toggle_bookmark", "Bookmark"),
    Key("B", "show_bookmarks", "Bookmarks", footer=False, display="Shift+B"),
    Key("S", "save_search", "Save the search", footer=False, display="Shift+S"),
    Key("L", "show_saved_searches", "Saved searches", footer=False, display="Shift+L"),
    Key("x", "export_results", "Export the results", footer=False),
    Key("tab", "focus_next_pane", "Next pane", footer=False, display="Tab", palette=False),
    Key("shift+tab", "focus_previous_pane", "Previous pane", footer=False, display="Shift+Tab", palette=False),
    Key("alt+left,backspace", "back", "Back", display="Alt+← / Backspace"),
    Key("alt+right", "forward", "Forward", display="Alt+→"),
    Key("n", "next_hit", "Next match", footer=False),
    Key("N", "previous_hit", "Previous match", footer=False, display="Shift+N"),
    Key("w", "open_web_page", "Open the web page", footer=False),
    Key("o", "open_pager", "Pager", footer=False),
    Key("e", "open_editor", "Editor", footer=False),
    Key("c", "copy_text", "Copy text", footer=False),
    Key("y", "copy_path", "Copy path", footer=False),
    Key("question_mark,f1", "help", "Help", display="? / F1"),
    Key("escape", "leave_search", "Leave the search box", footer=False, display="Escape", palette=False),
)

# The search box: ↑ ↓ walk through earlier queries; ↓ past the newest goes down to the results.
SEARCH_KEYS: tuple[Key, ...] = (
    Key("up", "history_older", "Earlier query", footer=False, display="↑ (search box)"),
    Key("down", "history_newer", "Later query, then the results", footer=False, display="↓ (search box)"),
)

# Lists (the results, the picks pane): the same keys move in both.
LIST_KEYS: tuple[Key, ...] = (
    Key("up,k", "cursor_up", "Up", footer=False, display="↑ / k"),
    Key("down,j", "cursor_down", "Down", footer=False, display="↓ / j"),
    Key("pageup", "page_up", "Page up", footer=False, display="PgUp"),
    Key("pagedown", "page_down", "Page down", footer=False, display="PgDn"),
    Key("ctrl+u", "half_page_up", "Half a page up", footer=False, display="Ctrl+U"),
    Key("ctrl+d", "half_page_down", "Half a page down", footer=False, display="Ctrl+D"),
    Key("home,g", "first", "First", footer=False, display="Home / g"),
    Key("end,G", "last", "Last", footer=False, display="End / G"),
    Key("enter", "select", "Open", footer=False, display="Enter"),
)

# The article: the same keys scroll it.
ARTICLE_KEYS: tuple[Key, ...] = (
    Key("up,k", "scroll_up", "Up", footer=False),
    Key("down,j", "scroll_down", "Down", footer=False),
    Key("pageup", "page_up", "Page up", footer=False),
    Key("pagedown", "page_down", "Page down", footer=False),
    Key("ctrl+u", "half_page_up", "Half a page up", footer=False),
    Key("ctrl+d", "half_page_down", "Half a page down", footer=False),
    Key("home,g", "top", "Top", footer=False),
    Key("end,G", "bottom", "Bottom", footer=False),
)

# For the help screen: what the pane keys do, in words (the tables above say which keys).
NAVIGATION: tuple[tuple[str, str], ...] = (
    ("↑ ↓ / j k", "Move in a list, scroll the article"),
    ("PgUp PgDn, Ctrl+U Ctrl+D", "By pages, by half pages"),
    ("Home End / g G", "To the first, to the last"),
    ("Enter", "Open the highlighted article or link"),
    ("↑ ↓ in the search box", "Earlier queries; ↓ past the newest goes to the results"),
    ("Ctrl+P", "Command palette: the keys above, saved searches, themes"),
)


def bindings(keys: tuple[Key, ...] = KEYS) -> list[Binding]:
    return [
        Binding(k.keys, k.action, k.description, show=k.footer, key_display=k.display, priority=False) for k in keys
    ]


def shown_keys(key: Key) -> str:
    """How the help writes a key: "s" stays "s" (it is not "S"), names are capitalised."""
    if key.display:
        return key.display
    return " / ".join(part if len(part) == 1 else part.capitalize() for part in key.keys.split(","))
