"""The app, headless, timed: typing, opening articles, the related pane, scrolling (instrumented
widgets mark when they show and paint)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

APP_SIZE = (160, 45)


class _Marks:
    """When the app showed and painted things (set by the instrumented widgets)."""

    def __init__(self) -> None:
        self.shown_generation = -1
        self.results_painted: float | None = None
        self.article_id: str | None = None
        self.article_painted: float | None = None
        self.pane_done: float | None = None
        self.timeline_paints: list[float] = []  # every time the timeline was drawn, in order


@contextmanager
def _instrumented(marks: _Marks) -> Iterator[None]:
    """Wrap the widgets' show and paint methods to timestamp what the user sees."""
    from tuiarchive.app.article import ArticleView, Paragraph
    from tuiarchive.app.pane import LinksPane
    from tuiarchive.app.results import ResultsList
    from tuiarchive.app.timeline import Timeline

    show, render_line = ResultsList.show, ResultsList.render_line
    show_timeline = Timeline.show
    show_article, show_pane = ArticleView.show_article, LinksPane.show_pane
    had_render = "render" in Paragraph.__dict__
    base_render = Paragraph.render

    def timed_show(self: ResultsList, generation: int, *args: Any, **kwargs: Any) -> None:
        show(self, generation, *args, **kwargs)
        marks.shown_generation, marks.results_painted = generation, None

    def timed_render_line(self: ResultsList, y: int) -> Any:
        strip = render_line(self, y)
        if marks.results_painted is None and self.generation == marks.shown_generation:
            marks.results_painted = time.perf_counter()
        return strip

    def timed_show_article(self: ArticleView, article: Any, *args: Any, **kwargs: Any) -> None:
        show_article(self, article, *args, **kwargs)
        marks.article_id, marks.article_painted = article.id, None

    def timed_paragraph_render(self: Paragraph) -> Any:
        if marks.article_painted is None and marks.article_id is not None:
            marks.article_painted = time.perf_counter()
        return base_render(self)

    def timed_show_pane(self: LinksPane, pane: Any, *, similar_pending: bool) -> None:
        show_pane(self, pane, similar_pending=similar_pending)
        if not similar_pending:
            marks.pane_done = time.perf_counter()

    def timed_show_timeline(self: Timeline, months: dict[str, int]) -> None:
        show_timeline(self, months)
        marks.timeline_paints.append(time.perf_counter())

    ResultsList.show, ResultsList.render_line = timed_show, timed_render_line  # type: ignore[method-assign]
    Timeline.show = timed_show_timeline  # type: ignore[method-assign]
    ArticleView.show_article, LinksPane.show_pane = timed_show_article, timed_show_pane  # type: ignore[method-assign]
    Paragraph.render = timed_paragraph_render  # type: ignore[method-assign]
    try:
        yield
    finally:
        ResultsList.show, ResultsList.render_line = show, render_line  # type: ignore[method-assign]
        Timeline.show = show_timeline  # type: ignore[method-assign]
        ArticleView.show_article, LinksPane.show_pane = show_article, show_pane  # type: ignore[method-assign]
        if had_render:
            Paragraph.render = base_render  # type: ignore[method-assign]
        else:
            del Paragraph.render


async def _until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            code = condition.__code__  # which wait, for whoever reads the error
            where = f"{Path(code.co_filename).name}:{code.co_firstlineno}"
            raise TimeoutError(f"the app did not get there in {timeout:.0f} s (the wait at benchmarks/{where})")
        await asyncio.sleep(0.001)


def _same_search(typed: str, k: int) -> bool:
    """The k-th key only adds a space around the words: the app starts no search for it."""
    return typed[: k + 1].strip() == typed[:k].strip()


async def _type_with_pauses(app: Any, pilot: Any, typed: str, marks: _Marks, out: dict[str, list[float]]) -> None:
    """Type again, as someone who pauses: after each key, the timeline and facets are counted.

    Two figures: how long the count takes to paint once typing pauses (beyond the pause itself),
    and a keystroke's latency when the previous query's count is still running beside it.
    """
    from textual.widgets import Input

    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList

    results = app.query_one(ResultsList)
    search = app.query_one("#search", Input)
    before = results.generation
    search.value = ""
    await _until(lambda: results.generation > before and marks.results_painted is not None)
    await app.workers.wait_for_complete()
    count = ArchiveApp._count_facets
    started: list[float] = []

    def timed_count(self: ArchiveApp, *args: Any) -> Any:
        started.append(time.perf_counter())
        return count(self, *args)

    ArchiveApp._count_facets = timed_count  # type: ignore[method-assign]
    try:
        search.focus()
        for k, char in enumerate(typed):
            before, counts_before, paints_before = results.generation, len(started), len(marks.timeline_paints)
            if _same_search(typed, k):
                await pilot.press("space" if char == " " else char)
                continue
            pressed = time.perf_counter()
            await pilot.press("space" if char == " " else char)
            await _until(lambda b=before: results.generation > b and results.generation == app.generation)
            await _until(lambda: marks.results_painted is not None)
            if k:  # the key was pressed while the previous query's count ran
                out["keystroke_counting"].append(marks.results_painted - pressed)  # type: ignore[operator]
            if k % 2 == 0:  # wait for this query's timeline: from the count's start (the pause is over)

                def drawn(c: int = counts_before, p: int = paints_before) -> list[float]:
                    return [t for t in marks.timeline_paints[p:] if len(started) > c and t >= started[-1]]

                # a first count reads every segment's labels: seconds on a big archive, longer when busy
                await _until(lambda: bool(drawn()), 300.0)
                out["facets"].append(drawn()[0] - started[-1])
                await app.workers.wait_for_complete()
            else:  # the next key goes in as soon as this query's count starts
                await _until(lambda c=counts_before: len(started) > c)
    finally:
        ArchiveApp._count_facets = count  # type: ignore[method-assign]
    await app.workers.wait_for_complete()


async def _app_bench(index_dir: Path, typed: str, open_query: str, opens: int, repeat: int) -> dict[str, list[float]]:
    from textual.widgets import Input

    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ResultsList
    from tuiarchive.memory import Memory

    marks = _Marks()
    out: dict[str, list[float]] = {
        "first_paint": [],
        "keystroke": [],
        "keystroke_counting": [],
        "facets": [],
        "open": [],
        "pane": [],
    }
    with _instrumented(marks):
        for rep in range(repeat):
            app = ArchiveApp(index_dir, memory=Memory.for_this_session())  # no last query carried over
            marks.__init__()  # type: ignore[misc]
            start = time.perf_counter()
            async with app.run_test(size=APP_SIZE) as pilot:
                results = app.query_one(ResultsList)
                await _until(lambda r=results: r.total > 0 and marks.results_painted is not None)
                out["first_paint"].append(marks.results_painted - start)  # type: ignore[operator]
                if rep:
                    continue  # keystrokes and articles once; first paint every time
                await app.workers.wait_for_complete()
                app.query_one("#search", Input).focus()
                for k, char in enumerate(typed):
                    if _same_search(typed, k):
                        await pilot.press("space" if char == " " else char)
                        continue
                    before = results.generation
                    pressed = time.perf_counter()
                    await pilot.press("space" if char == " " else char)
                    await _until(
                        lambda b=before, r=results, a=app: (
                            r.generation > b and r.generation == a.generation and marks.results_painted is not None
                        )
                    )
                    out["keystroke"].append(marks.results_painted - pressed)  # type: ignore[operator]
                    await app.workers.wait_for_complete()
                await _type_with_pauses(app, pilot, typed, marks, out)
                search = app.query_one("#search", Input)
                if search.value != open_query:
                    before = results.generation
                    search.value = open_query
                    await _until(lambda b=before, r=results: r.generation > b and r.total >= 1)
                await app.workers.wait_for_complete()
                out["open"], out["pane"] = await open_hits(pilot, results, marks, opens)
    return out


async def open_hits(pilot: Any, results: Any, marks: Any, opens: int) -> tuple[list[float], list[float]]:
    """Enter on each of the first `opens` results in turn: the seconds from the key to the article
    painted, and to the related pane complete. `marks` are the instrumented widgets' (_Marks: an
    older tree's own serve too, as benchmarks/open_rows.py times one with this loop)."""
    app = pilot.app
    painted: list[float] = []
    pane: list[float] = []
    for k in range(min(opens, results.total)):
        hit = results.hit_at(k)
        if hit is None:
            continue
        results.focus()
        results.cursor = k
        await pilot.pause()
        pressed = time.perf_counter()
        marks.pane_done = None
        await pilot.press("enter")
        await _until(lambda h=hit: marks.article_id == h.id and marks.article_painted is not None)
        painted.append(marks.article_painted - pressed)
        await _until(lambda: marks.pane_done is not None)
        pane.append(marks.pane_done - pressed)
        await app.workers.wait_for_complete()
    return painted, pane


SCREEN_FILL_WAIT = 10.0  # seconds a screen of results may take to fill before its rows count as unloaded


async def _scroll_bench(index_dir: Path, query: str, rows: int) -> tuple[list[float], int, int]:
    """PageDown from the first result until row `rows` (or the last) is on screen, waiting after
    each key until every row on screen is loaded: the time each screen took to fill, the rows
    passed, and how many of them were ever drawn as "…" and left so (0: every row loaded)."""
    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.results import ROW_HEIGHT, ResultsList
    from tuiarchive.memory import Memory

    app = ArchiveApp(index_dir, query, memory=Memory.for_this_session())
    waits: list[float] = []
    async with app.run_test(size=APP_SIZE) as pilot:
        results = app.query_one(ResultsList)
        await _until(lambda: results.total > 0 and results.hit_at(0) is not None)
        await app.workers.wait_for_complete()
        results.focus()
        await pilot.pause()
        last = min(rows, results.total) - 1

        def on_screen() -> range:
            top = int(results.scroll_y) // ROW_HEIGHT
            return range(top, min(results.total, top + results.size.height // ROW_HEIGHT + 1))

        passed: set[int] = set()
        while True:  # at least once: a list shorter than a screen is passed at once
            pressed = time.perf_counter()
            await pilot.press("pagedown")
            with contextlib.suppress(TimeoutError):  # a screen left unfilled is counted below, not fatal
                await _until(lambda: all(results.hit_at(i) is not None for i in on_screen()), SCREEN_FILL_WAIT)
            waits.append(time.perf_counter() - pressed)
            passed.update(on_screen())
            if results.cursor >= last:
                break
        missing = sum(1 for i in passed if results.hit_at(i) is None)
    return waits, len(passed), missing
