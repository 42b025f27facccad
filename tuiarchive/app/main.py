"""The archive browser: search as you type, read, follow links, go back and forward.

The app only displays and navigates. Searches, page loads and article loads run in worker
threads and come back as messages; a result that arrives for an older search is dropped.
"""

from __future__ import annotations

import gc
import os
import re
import shlex
import subprocess
import webbrowser
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import get_current_worker

from .. import export
from ..archive import (
    SORTS,
    Archive,
    ArchiveDamaged,
    ArchiveMissing,
    ArticleUnavailable,
    Facets,
    Hit,
    QueryError,
    RelatedPane,
    SearchCancelled,
    SearchPage,
)
from ..memory import LAST_QUERY, THEME, Memory
from ..model import Article
from ..query import query_placeholder
from ..text import clean_line, one_line
from .article import ArticleView
from .history import QueryHistory, Trail
from .keys import KEYS, bindings
from .narrow import FIELD_SEPARATOR, facet_choices, with_date, with_field
from .pane import LinksPane, article_id_of
from .results import ResultsList
from .screens import HelpScreen, NameScreen, NoIndexScreen, PickScreen
from .searchbox import SearchBox
from .timeline import Timeline

NARROW_WIDTH = 120  # below this the picks pane folds away so the article keeps a readable width
SIMILAR_SHOWN = 10
FACETS_PAUSE_SECONDS = 0.3  # the timeline and facets are counted once typing pauses this long
EXPORT_LIMIT = 10_000  # the most results one export writes
PAGE_SIZE = 20  # about two screens of rows: snippets are computed for each row fetched
DEBOUNCE_SECONDS = 0.05  # coalesces a burst of keystrokes; short enough to feel instant


class SearchDone(Message):
    def __init__(self, generation: int, page: SearchPage | None, error: str | None = None) -> None:
        super().__init__()
        self.generation = generation
        self.page = page
        self.error = error


class PageLoaded(Message):
    def __init__(self, generation: int, offset: int, hits: list[Hit]) -> None:
        super().__init__()
        self.generation = generation
        self.offset = offset
        self.hits = hits


class ArticleLoaded(Message):
    def __init__(
        self,
        article: Article,
        spans: list[list[tuple[int, int]]],
        title_spans: list[tuple[int, int]],
        pane: RelatedPane,
        push: bool,
    ) -> None:
        super().__init__()
        self.article = article
        self.spans = spans
        self.title_spans = title_spans
        self.pane = pane
        self.push = push


class SimilarLoaded(Message):
    def __init__(self, article_id: str, pane: RelatedPane) -> None:
        super().__init__()
        self.article_id = article_id
        self.pane = pane


class FacetsCounted(Message):
    def __init__(self, generation: int, facets: Facets | None) -> None:  # None: the query cannot be counted
        super().__init__()
        self.generation = generation
        self.facets = facets


class LoadFailed(Message):
    def __init__(self, message: str, article_id: str, *, unexpected: bool = False) -> None:
        super().__init__()
        self.message = message
        self.article_id = article_id
        self.unexpected = unexpected  # not the article's fault: said on the warning line


class WorkerProblem(Message):
    """A worker met an error it did not expect: said on the warning line, the app goes on."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


def problem(what: str, exc: BaseException) -> str:
    """One line for an unexpected error in a worker (a damaged index says what to run)."""
    detail = str(exc).strip()
    if not isinstance(exc, (RuntimeError, OSError)) or not detail:
        detail = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return one_line(f"{what} failed: {detail}")


def viewer_command(setting: str | None, fallback: str, path: str) -> list[str]:
    """The argv to show a file with $PAGER / $EDITOR: their words, then the path as one
    argument (never through a shell, whatever the file name holds)."""
    try:
        words = shlex.split(setting) if setting and setting.strip() else []
    except ValueError:  # an unbalanced quote in the variable: take it as one program name
        words = [setting.strip()] if setting else []
    return [*(words or [fallback]), path]


class ArchiveApp(App[int], inherit_bindings=False):
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
        # no query given: carry on where the last session stopped
        self.initial_query = query or self.memory.setting(LAST_QUERY)
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
        self._last_good_total = 0
        self._shown_sort = ""
        self._searched = self.initial_query  # the last query searched for
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
            )
            yield Static("", id="status", markup=False)
        yield Static("", id="message", markup=False)
        yield Timeline(id="timeline")
        with Horizontal(id="main"):
            yield ResultsList(id="results")
            yield ArticleView(id="article")
            yield LinksPane(id="pane")
        yield Footer()

    def on_mount(self) -> None:
        if self.archive is None:
            try:
                self.archive = Archive(self.index_dir)
            except ArchiveMissing as exc:
                damaged = isinstance(exc, ArchiveDamaged)
                self.push_screen(NoIndexScreen(self.index_dir, self.index_reason, str(exc), damaged=damaged))
                return
        results = self.query_one(ResultsList)
        results.read = self.memory.read_ids()
        results.bookmarked = {b.article_id for b in self.memory.bookmarks()}
        theme = self.memory.setting(THEME)
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, lambda theme: self.memory.set_setting(THEME, theme.name))
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

    def on_unmount(self) -> None:
        if self._frozen:  # back to the collector: an app run inside a longer process (tests) pins nothing
            gc.unfreeze()
        if self.archive is not None:
            if self._good_query is not None:
                self.memory.set_setting(LAST_QUERY, self._good_query)
            self.memory.set_query_history(self.queries.queries)
            if self._owns_archive:
                self.archive.close()
        if self._owns_memory:
            self.memory.close()

    # ------------------------------------------------------------------ searching
    @on(Input.Changed, "#search")
    def _query_changed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
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
        if self.archive is None:
            return
        self.generation += 1
        self._searched = self.query_one(Input).value
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
            self.post_message(SearchDone(generation, None, problem("search", exc)))
            return
        self.post_message(SearchDone(generation, page))

    def _superseded(self, generation: int) -> Callable[[], bool]:
        """The stop flag a worker's search looks at: its worker was cancelled (a newer one of
        its group started), or a newer search was asked for. A plain callable: the core knows
        nothing of textual."""
        worker = get_current_worker()
        return lambda: worker.is_cancelled or generation != self.generation

    def on_search_done(self, message: SearchDone) -> None:
        if message.generation != self.generation:
            return  # a newer search is under way
        self._answered = message.generation
        note = self.query_one("#message", Static)
        if message.page is None:
            # the last good results stay; the problem is said in place
            self._warn(message.error or "search failed")
            if self._good_query is None:
                self._good_query = ""  # a failing first query is not the one to start with next time
            return
        page = message.page
        self._good_query = page.query
        # an empty query matches every article: none means the archive itself is empty
        empty_archive = page.total == 0 and not page.query
        if empty_archive:
            note.update(Text(f"The archive is empty: add articles with `tuiarchive index PATH` ({self.index_dir})."))
        note.set_class(empty_archive, "visible").set_class(empty_archive, "hint")
        self.terms = page.terms
        self._last_good_total = page.total
        self._shown_sort = page.sort
        self.query_one(ResultsList).show(message.generation, page.total, 0, page.hits, PAGE_SIZE)
        self._update_status()
        self._count_facets_when_typing_pauses(message.generation, page.query)

    def _warn(self, text: str) -> None:
        note = self.query_one("#message", Static)
        note.update(Text(f"⚠ {one_line(text)}"))
        note.set_class(True, "visible").set_class(False, "hint")

    def on_worker_problem(self, message: WorkerProblem) -> None:
        self._warn(message.message)

    # ------------------------------------------------------------------ timeline and facets
    def _count_facets_when_typing_pauses(self, generation: int, query: str) -> None:
        """Counting reads every match: it waits until no key has come for a moment, so that
        typing never shares the processor with a count for a query already gone."""
        self._stop_facets_timer()
        self._facets_wanted = generation

        def count() -> None:
            self._facets_timer = None
            self._count_facets(generation, query)

        self._facets_timer = self.set_timer(FACETS_PAUSE_SECONDS, count)

    def _stop_facets_timer(self) -> None:
        self._facets_wanted = 0  # a newer search wants its own (or none, if it fails)
        if self._facets_timer is not None:
            self._facets_timer.stop()
            self._facets_timer = None

    @work(thread=True, exclusive=True, group="facets")
    def _count_facets(self, generation: int, query: str) -> None:
        assert self.archive is not None
        if generation != self.generation:
            return  # typed on meanwhile: count for the newer search only
        try:
            facets = self.archive.facets(query, cancelled=self._superseded(generation))
        except SearchCancelled:
            return  # a newer search wants its own count
        except QueryError:
            facets = None
        except Exception as exc:
            self.post_message(WorkerProblem(problem("counting the matches", exc)))
            facets = None  # still "landed": the app is settled
        self.post_message(FacetsCounted(generation, facets))

    def on_facets_counted(self, message: FacetsCounted) -> None:
        if message.generation != self.generation:
            return
        self._facets_done = message.generation
        timeline = self.query(Timeline)  # gone when the count lands while the app closes
        if message.facets is not None and timeline:
            self.facets = message.facets
            timeline.first().show(message.facets.months)

    @on(Timeline.Narrow)
    def _narrow_to_bar(self, message: Timeline.Narrow) -> None:
        self.run_search(with_date(self._searched, message.bar.date_query()))

    def action_pick_month(self) -> None:
        timeline = self.query_one(Timeline)
        choices = [
            (str(k), Text.assemble(bar.label, (f"  {bar.count:,}", "bold")))
            for k, bar in enumerate(timeline.bars)
            if bar.count
        ]

        def narrow(chosen: str | None) -> None:
            if chosen is not None:
                self.run_search(with_date(self._searched, timeline.bars[int(chosen)].date_query()))

        self.push_screen(PickScreen("Narrow to a time", choices, "No dated matches."), narrow)

    def action_pick_facet(self) -> None:
        def narrow(chosen: str | None) -> None:
            if chosen is not None:
                field, value = chosen.split(FIELD_SEPARATOR, 1)
                self.run_search(with_field(self._searched, field, value))

        choices = facet_choices(self.facets) if self.facets is not None else []
        self.push_screen(PickScreen("Narrow to a site or an author", choices, "Nothing to narrow by."), narrow)

    def on_results_list_page_wanted(self, message: ResultsList.PageWanted) -> None:
        self._load_page(message.generation, self.query_one(Input).value, self.sort, message.offset, message.limit)

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
        self.post_message(PageLoaded(generation, offset, page.hits))

    def on_page_loaded(self, message: PageLoaded) -> None:
        self.query_one(ResultsList).add_page(message.generation, message.offset, message.hits)

    def _update_status(self) -> None:
        total = self._last_good_total
        noun = "match" if total == 1 else "matches"
        sort = self._shown_sort or self.sort  # the order the list is really in
        self.query_one("#status", Static).update(Text.assemble((f"{total:,} {noun}", "bold"), f" · {sort}"))

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
            spans = [archive.match_spans(p, terms) for p in article.body]
            title_spans = archive.match_spans(article.title, terms)
            # the article's own lists first (quick), then "related in this archive" (a search)
            pane = archive.related(article, similar=0)
            self.post_message(ArticleLoaded(article, spans, title_spans, pane, push))
            pane.similar = archive.similar(article.id, top=SIMILAR_SHOWN)
        except Exception as exc:
            self.post_message(LoadFailed(problem("opening the article", exc), article_id, unexpected=True))
            return
        self.post_message(SimilarLoaded(article.id, pane))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        article = message.article
        self.current_article = article
        self.query_one(ArticleView).show_article(article, message.spans, message.title_spans)
        self.query_one(LinksPane).show_pane(message.pane, similar_pending=True)
        if message.push:
            self.trail.visit(article.id)
        self.memory.mark_read(article.id)
        self.query_one(ResultsList).mark_read(article.id)
        self.sub_title = one_line(article.title)

    def on_similar_loaded(self, message: SimilarLoaded) -> None:
        self._article_done = message.article_id
        if self.current_article is not None and self.current_article.id == message.article_id:
            self.query_one(LinksPane).show_pane(message.pane, similar_pending=False)

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
        self.query_one(Input).focus()

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

    def on_resize(self) -> None:
        self.screen.set_class(self.size.width < NARROW_WIDTH, "-narrow")

    def action_next_hit(self) -> None:
        self._jump_to_match(1)

    def action_previous_hit(self) -> None:
        self._jump_to_match(-1)

    def _jump_to_match(self, step: int) -> None:
        if self.current_article is None:
            self.notify("Open an article first: n and N move between the search's words in it.", timeout=3)
        elif not self.query_one(ArticleView).jump(step):
            self.notify("No matches of the search in this article.", timeout=3)

    def _open_with(self, variable: str, fallback: str) -> None:
        article = self.current_article
        if article is None:
            self.notify("Open an article first.", timeout=3)
            return
        # Only files of the archive are opened, and the path is one argument: no shell.
        assert self.archive is not None
        ref = self.archive.ref(article.id)
        if ref is None or not Path(ref.path).is_file():
            self.notify("The article's file is no longer there.", severity="warning")
            return
        command = viewer_command(os.environ.get(variable), fallback, ref.path)
        try:
            with self.suspend():
                subprocess.run(command, check=False)
        except FileNotFoundError:
            self.notify(one_line(f"Cannot run {command[0]!r}: set ${variable}."), severity="error", markup=False)
        except Exception as exc:  # SuspendNotSupported and the like
            self.notify(one_line(f"Cannot open the file here: {exc}"), severity="error", markup=False)

    def action_open_web_page(self) -> None:
        article = self.current_article
        if article is None:
            self.notify("Open an article first.", timeout=3)
            return
        url = article.url or ""
        # only web addresses: a page could name a file: or javascript: link as its own
        if not url.lower().startswith(("http://", "https://")):
            self.notify("This file does not say where it came from on the web.", timeout=4)
            return
        self._open_in_browser(url)

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        # webbrowser may wait for the browser to start: never on the app's own thread
        opened = webbrowser.open(url, new=2)
        shown = one_line(url)
        self.call_from_thread(
            self.notify, f"Opened {shown}" if opened else f"No web browser found; the address: {shown}", timeout=6
        )

    def action_open_pager(self) -> None:
        self._open_with("PAGER", "less")

    def action_open_editor(self) -> None:
        self._open_with("EDITOR", "vi")

    def action_copy_text(self) -> None:
        text = self.query_one(ArticleView).body_text()
        if text:
            self.copy_to_clipboard(text)
            self.notify("Article text copied.", timeout=2)

    def action_copy_path(self) -> None:
        if self.current_article is not None:
            self.copy_to_clipboard(self.current_article.path)
            self.notify("Path copied.", timeout=2)

    # ------------------------------------------------------------------ memory
    def _chosen_article(self) -> tuple[str, str, str] | None:
        """(id, title, path) of the highlighted result when the list has the focus, else of
        the open article."""
        results = self.query_one(ResultsList)
        if self.focused is results and results.current is not None:
            hit = results.current
            return hit.id, hit.title, hit.path
        if self.current_article is not None:
            article = self.current_article
            return article.id, article.title, article.path
        return None

    def action_toggle_bookmark(self) -> None:
        chosen = self._chosen_article()
        if chosen is None:
            self.notify("Open or highlight an article to bookmark it.", timeout=3)
            return
        article_id, title, path = chosen
        marked = self.memory.toggle_bookmark(article_id, title, path)
        self.query_one(ResultsList).mark_bookmarked(article_id, marked)
        self.notify(("Bookmarked: " if marked else "Bookmark removed: ") + clean_line(title), timeout=3)

    def action_show_bookmarks(self) -> None:
        choices = [(b.article_id, Text(clean_line(b.title) or "(untitled)")) for b in self.memory.bookmarks()]
        self.push_screen(
            PickScreen("Bookmarks", choices, "No bookmarks yet: b bookmarks the open or highlighted article."),
            self._open_chosen,
        )

    def _open_chosen(self, article_id: str | None) -> None:
        if article_id:
            self.open_article(article_id)

    def action_save_search(self) -> None:
        query = self.query_one(Input).value.strip()
        if not query:
            self.notify("Type a search first, then save it under a name.", timeout=3)
            return

        def save(name: str | None) -> None:
            if name:
                self.memory.save_search(name, query)
                self.notify(f"Saved search {name!r}.", timeout=3)

        self.push_screen(NameScreen(f"Save the search {clean_line(query)!r} as:", query[:40]), save)

    def action_show_saved_searches(self) -> None:
        saved = self.memory.saved_searches()
        choices = [
            (s.name, Text.assemble((clean_line(s.name), "bold"), "  ", (clean_line(s.query), "dim"))) for s in saved
        ]
        queries = {s.name: s.query for s in saved}
        self.push_screen(
            PickScreen("Saved searches", choices, "No saved searches yet: Shift+S saves the current one."),
            lambda name: self.run_search(queries[name]) if name else None,
        )

    # ------------------------------------------------------------------ export
    def action_export_results(self) -> None:
        if self.archive is None:
            return
        query = self._searched.strip()
        slug = "-".join(re.findall(r"[a-z0-9]+", query.lower()))[:40] or "everything"
        suggestion = f"tuiarchive-{slug}.md"

        def export(name: str | None) -> None:
            if name:
                self._export(Path(name).expanduser(), query, self.sort)

        self.push_screen(
            NameScreen(f"Export the {self._last_good_total:,} results to (.md, .csv or .json):", suggestion), export
        )

    @work(thread=True, group="export")
    def _export(self, path: Path, query: str, sort: str) -> None:
        assert self.archive is not None
        fmt = export.format_for(path)
        if fmt is None:
            self.call_from_thread(self.notify, "Name the file .md, .csv or .json.", severity="warning")
            return
        try:
            page = self.archive.search(query, sort=sort, limit=EXPORT_LIMIT)
            export.write_new(path, export.render(page, fmt))
        except FileExistsError:
            message, severity = f"{path} exists: nothing written (choose another name).", "warning"
        except (OSError, QueryError) as exc:
            message, severity = f"Cannot export: {clean_line(str(exc))}", "error"
        except Exception as exc:  # never a crash of the app over an export
            message, severity = problem("export", exc), "error"
            self.post_message(WorkerProblem(message))
        else:
            message, severity = f"{len(page.hits):,} results written to {path}.", "information"
        self.call_from_thread(self.notify, clean_line(message), severity=severity, timeout=6)

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

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for key in KEYS:
            if key.palette:
                yield SystemCommand(
                    key.description, f"Key: {key.display or key.keys}", getattr(self, f"action_{key.action}")
                )
        for saved in self.memory.saved_searches():
            yield SystemCommand(
                f"Saved search: {clean_line(saved.name)}",
                clean_line(saved.query),
                partial(self.run_search, saved.query),
            )
