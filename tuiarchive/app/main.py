"""The archive browser: search as you type, read, follow links, go back and forward.

The app only displays and navigates. Searches, page loads and article loads run in worker
threads and come back as messages (messages.py); a result that arrives for an older search is
dropped. ArchiveApp is searching, reading and moving about; its other jobs are parts it is made
of: the timeline and facets (counts.py), what the user keeps (saving.py), the article handed to
other programs (outside.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from ..archive import (
    SORTS,
    Archive,
    ArchiveDamaged,
    ArchiveMissing,
    ArticleUnavailable,
    Facets,
    QueryError,
    SearchCancelled,
)
from ..memory import THEME, UNKNOWN, Memory, archive_identity
from ..model import Article
from ..query import query_placeholder
from ..text import clean_line, one_line
from .article import ArticleView, shown_paragraphs
from .counts import Counting
from .footer import KeysFooter
from .history import QueryHistory, Trail
from .keys import KEYS, bindings
from .messages import (
    ArticleLoaded,
    LoadFailed,
    PageLoaded,
    SearchDone,
    SimilarLoaded,
    WorkerProblem,
    problem,
    taken_down,
    while_open,
)
from .outside import Outside
from .pane import LinksPane, article_id_of
from .results import ResultsList
from .saving import Saving
from .screens import HelpScreen, NoIndexScreen
from .searchbox import SearchBox
from .timeline import Timeline

# The app's actions that mean something with no archive open (the no-archive screen)
WITHOUT_ARCHIVE_ACTIONS = frozenset({"quit", "help", "command_palette"})
NARROW_WIDTH = 120  # below this the picks pane folds away so the article keeps a readable width
SIMILAR_SHOWN = 10
# "Related in this archive" (a search, ~10 ms of Python in the article worker) starts once the
# screen has painted the opened article: run beside that paint, it held the GIL half the time and
# delayed it. It waits no longer than this (a screen that is not shown paints nothing).
PAINT_WAIT_SECONDS = 0.5
PAGE_SIZE = 20  # about two screens of rows: snippets are computed for each row fetched
DEBOUNCE_SECONDS = 0.05  # coalesces a burst of keystrokes; short enough to feel instant


class ArchiveApp(Counting, Saving, Outside, App[int], inherit_bindings=False):
    CSS_PATH = "app.tcss"
    TITLE = "tuiarchive"
    # Our own table replaces textual's defaults, so that the footer names q (not Ctrl+Q) as
    # the quit key wherever q quits; Ctrl+C keeps textual's "how to quit" hint.
    BINDINGS = [*bindings(), Binding("ctrl+c", "help_quit", show=False, system=True)]

    def __init__(
        self,
        index_dir: Path,
        query: str = "",
        *,
        archive: Archive | None = None,
        index_reason: str = "from --index",
        memory: Memory | None = None,
    ) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.index_reason = index_reason  # why this index: the no-archive screen says it
        self.memory = memory if memory is not None else Memory()
        self._owns_memory = memory is None
        self.archive_key = archive_identity(index_dir)  # whose bookmarks, saved searches, last query
        # no query given: carry on where the last session in this archive stopped
        self.initial_query = query or self.memory.last_query(self.archive_key)
        self._query_given = bool(query)  # given: to be refined; restored: to be replaced
        self.archive = archive
        self._owns_archive = archive is None  # close only what we opened
        self.sort = "relevance"
        self.generation = 0
        self.terms: list[str] = []
        self.trail = Trail()  # articles read, for back / forward
        self.queries = QueryHistory(self.memory.query_history())  # for ↑ ↓ in the search box
        self.current_article: Article | None = None
        self._debounce: Timer | None = None
        self._answered = 0  # the newest search generation whose answer has been shown
        self._article_wanted: str | None = None  # the newest article asked for ...
        self._article_done: str | None = None  # ... and the newest fully loaded (or failed)
        self._paint_awaited: list[tuple[str, threading.Event]] = []  # article workers waiting for its paint
        self._last_good_total = 0
        self._last_good_estimated = False  # the total is an estimate: said "about"
        self._shown_sort = ""
        self._shown_query = ""  # the query of the list's rows: the one its pages are loaded for
        self._searched = self.initial_query  # the last query searched for
        self._search_failed = False  # ... and it failed unexpectedly: searching it again may work
        # the last query whose search succeeded: remembered at the end, so a query that fails
        # (or crashed an older version) is not brought back at every start
        self._good_query: str | None = None
        self.facets: Facets | None = None  # the current search's counts by month, site, author
        self._facets_timer: Timer | None = None
        self._facets_wanted = 0  # the search generation whose facets are on their way (0: none) ...
        self._facets_done = 0  # ... and the newest whose count has landed (shown, or not countable)
        self._frozen = False  # gc.freeze() called at mount (undone at unmount)

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield SearchBox(
                self.initial_query,
                self.queries,
                placeholder=query_placeholder(),
                id="search",
                refine=self._query_given,
            )
            yield Static("", id="status", markup=False)
        yield Static("", id="message", markup=False)
        yield Timeline(id="timeline")
        with Horizontal(id="main"):
            yield ResultsList(id="results")
            yield ArticleView(id="article")
            yield LinksPane(id="pane")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.archive is None:
            try:
                self.archive = Archive(self.index_dir)
            except ArchiveMissing as exc:
                damaged = isinstance(exc, ArchiveDamaged)
                self.push_screen(NoIndexScreen(self.index_dir, self.index_reason, str(exc), damaged=damaged))
                return
        results = self.query_one(ResultsList)
        # articles whose files moved since: what the reader kept of them goes to their new ids
        self.memory.carry_over(self.archive.moved(self.memory.kept_ids()))
        self._claim_bookmarks()
        results.read = self.memory.read_ids()
        results.bookmarked = {b.article_id for b in self.memory.bookmarks(self.archive_key)}
        theme = self.memory.setting(THEME)
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, lambda theme: self.memory.set_setting(THEME, theme.name))
        # published right after a layout is painted: the article worker's search waits for it
        self.screen.screen_layout_refresh_signal.subscribe(self, self._painted, immediate=True)
        if self.memory.problem:
            self.notify(self.memory.problem, severity="warning", timeout=8)
        self.query_one(LinksPane).show_empty()
        self.query_one("#results").border_title = "Results"
        self.query_one("#article").border_title = "Article"
        self.query_one("#pane").border_title = "Picks and related"
        self._update_status()
        self.start_search()
        self.query_one(Input).focus()
        # What exists now (textual, the widgets, the open index) lives as long as the app: a full
        # collection need not walk it again. Walking it took 15-50 ms, whichever keystroke it
        # happened to fall in (the keystroke row's p95 was that pause, its median unchanged).
        gc.freeze()
        self._frozen = True

    def _claim_bookmarks(self) -> None:
        """Bookmarks kept before they were per archive whose articles are in this archive are its
        own now; the others stay in the list, marked as perhaps another archive's."""
        assert self.archive is not None
        unknown = [b.article_id for b in self.memory.bookmarks(self.archive_key) if b.archive == UNKNOWN]
        if unknown:
            self.memory.claim(self.archive_key, {i for i in unknown if self.archive.ref(i) is not None})

    def on_unmount(self) -> None:
        if self._debounce is not None:  # a key typed just before quitting: no search while closing
            self._debounce.stop()
            self._debounce = None
        if self._frozen:  # back to the collector: an app run inside a longer process (tests) pins nothing
            gc.unfreeze()
        if self.archive is not None:
            if self._good_query is not None:
                self.memory.set_last_query(self.archive_key, self._good_query)
            self.memory.set_query_history(self.queries.queries)
            if self._owns_archive:
                self.archive.close()
        if self._owns_memory:
            self.memory.close()

    # ------------------------------------------------------------------ searching
    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        if event.value.strip() == self._searched.strip() and not self._search_failed:
            return  # the search asked for last (a space typed after a word, or run_search's own): not again
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self.start_search)

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        box, results = self.query_one(SearchBox), self.query_one(ResultsList)
        if box.handed_over:  # ↓ or Enter, then Enter, in one read: this Enter is the results' own
            results.action_select()
            return
        self.queries.record(box.value)
        self._hand_over_to(results)

    @on(SearchBox.LeaveDown)
    def _leave_search_down(self) -> None:
        self._hand_over_to(self.query_one(ResultsList))

    def _hand_over_to(self, results: ResultsList) -> None:
        self.query_one(SearchBox).handed_over = True
        results.focus()

    def start_search(self) -> None:
        self._debounce = None
        self._stop_facets_timer()
        if self.archive is None or taken_down(self):
            return  # closing: the typing timer fired while the screen was being taken down
        self.generation += 1
        self._searched = self.query_one(Input).value
        self._search_failed = False
        self._search(self.generation, self._searched, self.sort)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, generation: int, query: str, sort: str) -> None:
        assert self.archive is not None
        try:
            self.archive.refresh()  # see what an indexer committed meanwhile
            page = self.archive.search(query, sort=sort, limit=PAGE_SIZE, cancelled=self._superseded(generation))
        except SearchCancelled:
            return  # typed past: the newer search answers
        except QueryError as exc:
            self.post_message(SearchDone(generation, None, str(exc)))
            return
        except Exception as exc:  # a damaged index, an engine bug: said on the warning line, no crash
            self.post_message(SearchDone(generation, None, problem("search", exc), unexpected=True))
            return
        self.post_message(SearchDone(generation, page))

    def _superseded(self, generation: int) -> Callable[[], bool]:
        """The stop flag a worker's search looks at: its worker was cancelled (a newer one of
        its group started), or a newer search was asked for. A plain callable: the core knows
        nothing of textual."""
        worker = get_current_worker()
        return lambda: worker.is_cancelled or generation != self.generation

    @while_open
    def on_search_done(self, message: SearchDone) -> None:
        if message.generation != self.generation:
            return  # a newer search is under way
        self._answered = message.generation
        note = self.query_one("#message", Static)
        if message.page is None:
            # the last good results stay; the problem is said in place
            self._warn(message.error or "search failed")
            # a server gone away, say: a space typed after the words tries again (a bad query would say the same)
            self._search_failed = message.unexpected
            if self._good_query is None:
                self._good_query = ""  # a failing first query is not the one to start with next time
            return
        page = message.page
        self._good_query = self._shown_query = page.query
        # an empty query matches every article: none means the archive itself is empty
        empty_archive = page.total == 0 and not page.query
        if empty_archive:
            note.update(Text(f"The archive is empty: add articles with `tuiarchive index PATH` ({self.index_dir})."))
        note.set_class(empty_archive, "visible").set_class(empty_archive, "hint")
        self.terms = page.terms
        self._last_good_total = page.total
        self._last_good_estimated = page.estimated
        self._shown_sort = page.sort
        self.query_one(ResultsList).show(message.generation, page.total, 0, page.hits, PAGE_SIZE)
        self._update_status()
        self._count_facets_when_typing_pauses(message.generation, page.query)

    def _warn(self, text: str) -> None:
        note = self.query_one("#message", Static)
        note.update(Text(f"⚠ {one_line(text)}"))
        note.set_class(True, "visible").set_class(False, "hint")

    @while_open
    def on_worker_problem(self, message: WorkerProblem) -> None:
        self._warn(message.message)

    def on_results_list_page_wanted(self, message: ResultsList.PageWanted) -> None:
        # the query of the rows shown, not the box's text (a query typed since waits for the debounce)
        self._load_page(message.generation, self._shown_query, self.sort, message.offset, message.limit)

    @work(thread=True, group="pages")
    def _load_page(self, generation: int, query: str, sort: str, offset: int, limit: int) -> None:
        assert self.archive is not None
        try:
            page = self.archive.search(
                query, sort=sort, offset=offset, limit=limit, cancelled=self._superseded(generation)
            )
        except (QueryError, SearchCancelled):
            return
        except Exception as exc:
            self.post_message(WorkerProblem(problem("loading more results", exc)))
            return
        self.post_message(PageLoaded(generation, offset, page.hits, page.total, page.estimated))

    @while_open
    def on_page_loaded(self, message: PageLoaded) -> None:
        results = self.query_one(ResultsList)
        results.add_page(message.generation, message.offset, message.hits)
        if (
            not message.estimated
            and message.generation == results.generation == self._answered
            and (self._last_good_estimated or message.total != self._last_good_total)
        ):  # an estimated count made exact by a page near the list's end (PostgreSQL); pages that
            # arrive later with the estimate do not undo it
            self._last_good_total, self._last_good_estimated = message.total, False
            results.resize(message.generation, message.total)
            self._update_status()

    def _update_status(self) -> None:
        total = self._last_good_total
        noun = "match" if total == 1 else "matches"
        sort = self._shown_sort or self.sort  # the order the list is really in
        about = "about " if self._last_good_estimated else ""  # PostgreSQL's estimate past many matches
        self.query_one("#status", Static).update(Text.assemble((f"{about}{total:,} {noun}", "bold"), f" · {sort}"))

    # ------------------------------------------------------------------ reading
    def on_results_list_selected(self, message: ResultsList.Selected) -> None:
        self.queries.record(self.query_one(Input).value)  # a query that led somewhere
        self.open_article(message.hit.id)

    @on(OptionList.OptionSelected, "#pane")
    def _pane_selected(self, event: OptionList.OptionSelected) -> None:
        article_id = article_id_of(event.option.id)
        if article_id:
            self.open_article(article_id)

    def open_article(self, article_id: str, *, push: bool = True) -> None:
        self._article_wanted = article_id
        self._load_article(article_id, list(self.terms), push)

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, article_id: str, terms: list[str], push: bool) -> None:
        archive = self.archive
        assert archive is not None
        try:
            article = archive.article(article_id)
        except (ArticleUnavailable, KeyError) as exc:
            reason = str(exc) if isinstance(exc, ArticleUnavailable) else "no such article"
            self.post_message(LoadFailed(reason, article_id))
            return
        except Exception as exc:
            self.post_message(LoadFailed(problem("opening the article", exc), article_id, unexpected=True))
            return
        try:
            spans = [archive.match_spans(p, terms) for p in shown_paragraphs(article.body)]
            title_spans = archive.match_spans(article.title, terms)
            # the article's own lists first (quick), then "related in this archive" (a search)
            pane = archive.related(article, similar=0)
            painted = threading.Event()
            self.post_message(ArticleLoaded(article, spans, title_spans, pane, push, painted))
            # the read mark is written here, not by the handler, whose thread paints the article:
            # a write waits for the disk (its fsync took 1-28 ms on the team's machine)
            self.memory.mark_read(article.id)
            painted.wait(PAINT_WAIT_SECONDS)
            pane.similar = archive.similar(article.id, top=SIMILAR_SHOWN)
        except Exception as exc:
            self.post_message(LoadFailed(problem("opening the article", exc), article_id, unexpected=True))
            return
        self.post_message(SimilarLoaded(article.id, pane, asked=article_id))

    @while_open
    def on_article_loaded(self, message: ArticleLoaded) -> None:
        article = message.article
        self.current_article = article
        self.query_one(ArticleView).show_article(article, message.spans, message.title_spans)
        self.query_one(LinksPane).show_pane(message.pane, similar_pending=True)
        if message.push:
            self.trail.visit(article.id)
        self.query_one(ResultsList).mark_read(article.id)  # the memory's mark: the worker writes it
        self._paint_awaited.append((article.id, message.painted))  # set once a layout painted it (_painted)
        self.sub_title = one_line(article.title)

    def _painted(self, _screen: Screen) -> None:
        """A layout was painted: let the article workers go whose article it showed laid out (its
        widgets are mounted a moment after it arrives), or that another article replaced."""
        if not self._paint_awaited:
            return
        view = self.query_one(ArticleView)
        shown = view.article.id if view.article is not None else None
        laid_out = bool(view.children) and view.children[-1].size.height > 0
        waiting = []
        for article_id, painted in self._paint_awaited:
            if article_id != shown or laid_out:
                painted.set()
            else:
                waiting.append((article_id, painted))
        self._paint_awaited = waiting

    @while_open
    def on_similar_loaded(self, message: SimilarLoaded) -> None:
        self._article_done = message.asked
        if self.current_article is not None and self.current_article.id == message.article_id:
            self.query_one(LinksPane).show_pane(message.pane, similar_pending=False)

    @while_open
    def on_load_failed(self, message: LoadFailed) -> None:
        self._article_done = message.article_id
        if message.unexpected:
            self._warn(message.message)
            return
        self.notify(one_line(message.message), severity="warning", timeout=6, markup=False)

    @property
    def settled(self) -> bool:
        """No search or article is on its way: what the screen shows is the last thing asked for.
        Tests wait for this state instead of waiting for time."""
        searching = self.archive is not None and (self._debounce is not None or self._answered != self.generation)
        counting = self._facets_wanted not in (0, self._facets_done)
        return not searching and not counting and self._article_wanted == self._article_done

    # ------------------------------------------------------------------ actions
    def action_focus_search(self) -> None:
        box = self.query_one(Input)
        box.focus()
        box.select_all()  # / is for a new search: the first key replaces the old one

    def action_leave_search(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one(ResultsList).focus()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.start_search()  # the status shows the new order with the results

    def _panes(self) -> list:
        return [
            self.query_one(Input),
            self.query_one(ResultsList),
            self.query_one(ArticleView),
            self.query_one(LinksPane),
        ]

    def _cycle_focus(self, step: int) -> None:
        panes = [w for w in self._panes() if w.display]  # a folded pane is skipped
        focused = self.focused
        index = next((k for k, w in enumerate(panes) if w is focused), -1)
        panes[(index + step) % len(panes)].focus()

    def action_focus_next_pane(self) -> None:
        self._cycle_focus(1)

    def action_focus_previous_pane(self) -> None:
        self._cycle_focus(-1)

    def action_back(self) -> None:
        article_id = self.trail.back()
        if article_id is not None:
            self.open_article(article_id, push=False)

    def action_forward(self) -> None:
        article_id = self.trail.forward()
        if article_id is not None:
            self.open_article(article_id, push=False)

    def action_toggle_pane(self) -> None:
        # narrow screens fold the pane away by default, wide ones show it: p flips either
        self.screen.toggle_class("-pane-toggled")

    def on_resize(self, event: events.Resize) -> None:
        # the event's size: self.size still holds the size before this resize (review s33 U13);
        # the browser's own screen, also when a dialog or the help is on top of it
        self.screen_stack[0].set_class(event.size.width < NARROW_WIDTH, "-narrow")

    def action_next_hit(self) -> None:
        self._jump_to_match(1)

    def action_previous_hit(self) -> None:
        self._jump_to_match(-1)

    def _jump_to_match(self, step: int) -> None:
        if self.current_article is None:
            self.notify("Open an article first: n and N move between the search's words in it.", timeout=3)
        elif not (view := self.query_one(ArticleView)).jump(step):
            where = "the part of this article shown (o opens the whole file)" if view.cut else "this article"
            self.notify(f"No matches of the search in {where}.", timeout=3)

    def run_search(self, query: str) -> None:
        """Put `query` in the search box and search for it."""
        box = self.query_one(Input)
        box.value = query
        box.cursor_position = len(query)
        self.queries.record(query)
        self.start_search()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.exit(0)

    def _without_archive(self) -> bool:
        """The no-archive screen is up (maybe under help or the command palette)."""
        return any(isinstance(screen, NoIndexScreen) for screen in self.screen_stack)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # With no archive, the archive's keys (sort, pane, narrow, bookmark...) would do nothing:
        # they leave the footer and the palette there (review s33 U9); quitting and help stay.
        return action in WITHOUT_ARCHIVE_ACTIONS or not self._without_archive()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if self._without_archive():
            return  # no archive: none of its commands, no saved searches
        for key in KEYS:
            if key.palette:
                yield SystemCommand(
                    key.description, f"Key: {key.display or key.keys}", getattr(self, f"action_{key.action}")
                )
        for saved in self.memory.saved_searches(self.archive_key):
            yield SystemCommand(
                f"Saved search: {clean_line(saved.name)}",
                clean_line(saved.query),
                partial(self.run_search, saved.query),
            )
