"""The results list: a line-API widget that draws only the rows on screen.

It knows how many results there are and holds the rows it has been given; when a row that
is not there yet scrolls into view, it asks for its page (a message the app answers from a
worker), so a 100,000-match result set costs the memory of a few pages, never a widget per
result.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..archive import Hit
from ..model import human_date
from ..text import clean_line, display
from .keys import LIST_KEYS, bindings

ROW_HEIGHT = 4  # headline, date and source, snippet, a blank line between results


@dataclass(slots=True)
class _Rows:
    generation: int = 0
    total: int = 0
    page_size: int = 50


class ResultsList(ScrollView, can_focus=True):
    """Search results, drawn lazily."""

    BINDINGS = bindings(LIST_KEYS)

    DEFAULT_CSS = """
    ResultsList { overflow-x: hidden; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Selected(Message):
        """The user opened a result."""

        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    class PageWanted(Message):
        """Rows from `offset` are on screen but not loaded."""

        def __init__(self, generation: int, offset: int, limit: int) -> None:
            super().__init__()
            self.generation = generation
            self.offset = offset
            self.limit = limit

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._state = _Rows()
        self._hits: dict[int, Hit] = {}
        self._asked: set[int] = set()
        self._open_when_loaded: int | None = None  # Enter on a row whose page is on its way
        self.read: set[str] = set()  # ids of articles opened before: drawn dimmed
        self.bookmarked: set[str] = set()  # drawn with a star

    def mark_read(self, article_id: str) -> None:
        """Draw the article's rows dimmed: only the rows on screen that show it are drawn again
        (the screen that paints the opened article had every result's row redrawn)."""
        self.read.add(article_id)
        scroll_y = round(self.scroll_offset.y)
        first = scroll_y // ROW_HEIGHT
        for index in range(first, min(self._state.total, (scroll_y + self.size.height) // ROW_HEIGHT + 1)):
            hit = self._hits.get(index)
            if hit is not None and hit.id == article_id:
                self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    def mark_bookmarked(self, article_id: str, marked: bool) -> None:
        (self.bookmarked.add if marked else self.bookmarked.discard)(article_id)
        self.refresh()

    # ------------------------------------------------------------------ data
    @property
    def total(self) -> int:
        return self._state.total

    @property
    def generation(self) -> int:
        return self._state.generation

    def show(self, generation: int, total: int, offset: int, hits: list[Hit], page_size: int) -> None:
        """New results: forget the old rows and start at the top."""
        self._state = _Rows(generation, total, page_size)
        self._hits = {offset + k: hit for k, hit in enumerate(hits)}
        self._asked = {offset // page_size}
        self._open_when_loaded = None
        self.virtual_size = Size(self.size.width, total * ROW_HEIGHT)
        self.scroll_to(0, 0, animate=False)
        self.cursor = 0
        self.refresh()

    def resize(self, generation: int, total: int) -> None:
        """The search's count, made exact by a later page (an estimate's list ends where the
        matches end, or goes on to the last of them)."""
        if generation != self._state.generation or total == self._state.total:
            return
        self._state.total = total
        self.virtual_size = Size(self.size.width, total * ROW_HEIGHT)
        self.cursor = max(0, min(self.cursor, total - 1))
        self.refresh()

    def add_page(self, generation: int, offset: int, hits: list[Hit]) -> None:
        if generation != self._state.generation:
            return  # rows of an older search
        for k, hit in enumerate(hits):
            self._hits[offset + k] = hit
        self.refresh()
        if self._open_when_loaded == self.cursor and self.current is not None:
            self.action_select()

    def hit_at(self, index: int) -> Hit | None:
        return self._hits.get(index)

    @property
    def current(self) -> Hit | None:
        return self._hits.get(self.cursor)

    # ------------------------------------------------------------------ drawing
    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self._state.total * ROW_HEIGHT)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        seen = self.scrollable_content_region.width  # left of the scrollbar: where the "…" of a cut row shows
        line = scroll_y + y
        index, part = divmod(line, ROW_HEIGHT)
        base = self.rich_style
        if index >= self._state.total:
            return Strip.blank(width, base)
        if part == ROW_HEIGHT - 1:
            return Strip.blank(width, base)
        hit = self._hits.get(index)
        if hit is None:
            self._want(index)
            text = Text("…" if part == 0 else "", style="dim")
        else:
            text = self._row_text(hit, part, seen)
        selected = index == self.cursor
        style = base + (self._cursor_style() if selected else Style())
        text.truncate(seen, overflow="ellipsis")
        text.pad_right(width - text.cell_len)
        segments = [
            Segment(seg.text, style + seg.style if seg.style else style) for seg in text.render(self.app.console)
        ]
        segments = [s for s in segments if s.text != "\n"]
        return Strip(segments, width).crop_extend(scroll_x, scroll_x + width, style)

    def _cursor_style(self) -> Style:
        component = "results--cursor" if self.has_focus else "results--cursor-blurred"
        return self.get_component_rich_style(component)

    COMPONENT_CLASSES = {"results--cursor", "results--cursor-blurred", "results--meta", "results--match"}

    def _row_text(self, hit: Hit, part: int, width: int) -> Text:
        if part == 0:
            title = Text(no_wrap=True)
            if hit.id in self.bookmarked:
                title.append("★ ", style=self.get_component_rich_style("results--match"))
            read = hit.id in self.read
            title.append(clean_line(hit.title) or "(untitled)", style="dim" if read else "bold")
            return title
        if part == 1:
            source = clean_line(hit.site or hit.author or "")
            meta = human_date(hit.published, undated="undated") + (f" · {source}" if source else "")
            return Text(meta, style=self.get_component_rich_style("results--meta"), no_wrap=True)
        snippet = Text(no_wrap=True)
        match_style = self.get_component_rich_style("results--match")
        first_match = None
        for piece, matched in hit.snippet:
            if matched and first_match is None:
                first_match = len(snippet)
            snippet.append(display(piece).replace("\n", " "), style=match_style if matched else "")
        return centred(snippet, first_match, width)

    def _want(self, index: int) -> None:
        page = index // self._state.page_size
        if page in self._asked:
            return
        self._asked.add(page)
        size = self._state.page_size
        # render_line runs in the Screen's context, so a message made here would name the
        # Screen as its sender and stop bubbling before the App: make it in our own context.
        self.call_later(self._ask_for_page, self._state.generation, page * size, size)

    def _ask_for_page(self, generation: int, offset: int, limit: int) -> None:
        self.post_message(self.PageWanted(generation, offset, limit))

    # ------------------------------------------------------------------ moving
    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        top = new * ROW_HEIGHT
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + ROW_HEIGHT > self.scroll_y + self.size.height:
            self.scroll_to(y=top + ROW_HEIGHT - self.size.height, animate=False)

    def _refresh_row(self, index: int) -> None:
        from textual.geometry import Region

        y = index * ROW_HEIGHT - round(self.scroll_y)
        self.refresh(Region(0, y, self.size.width, ROW_HEIGHT))

    def _move(self, to: int) -> None:
        self._open_when_loaded = None  # moving on takes back an Enter still waiting for its row
        if self._state.total:
            self.cursor = max(0, min(self._state.total - 1, to))

    def action_cursor_up(self) -> None:
        self._move(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1)

    def action_page_up(self) -> None:
        self._move(self.cursor - max(1, self.size.height // ROW_HEIGHT))

    def action_page_down(self) -> None:
        self._move(self.cursor + max(1, self.size.height // ROW_HEIGHT))

    def action_half_page_up(self) -> None:
        self._move(self.cursor - max(1, self.size.height // ROW_HEIGHT // 2))

    def action_half_page_down(self) -> None:
        self._move(self.cursor + max(1, self.size.height // ROW_HEIGHT // 2))

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(self._state.total - 1)

    def action_select(self) -> None:
        hit = self.current
        # Enter right after End or PageDown reaches a row before its page does: open it on arrival
        self._open_when_loaded = self.cursor if hit is None else None
        if hit is not None:
            self.post_message(self.Selected(hit))

    def on_click(self, event) -> None:
        index = (round(self.scroll_y) + event.y) // ROW_HEIGHT
        if 0 <= index < self._state.total:
            self.cursor = index
            self.action_select()  # one click opens, as a link does


def centred(snippet: Text, first_match: int | None, width: int) -> Text:
    """The snippet cut so that its first matched word shows in a narrow row: the match
    starts a third of the way in, with "…" where text was cut."""
    lead = width // 3
    if first_match is None or first_match <= lead:
        return snippet
    start = first_match - lead + 2  # the room "… " takes
    # begin on a whole word where one starts close by
    space = snippet.plain.find(" ", start, first_match)
    if 0 <= space < first_match:
        start = space + 1
    cut = snippet[start:]
    cut.no_wrap = True
    return Text("… ", no_wrap=True) + cut
