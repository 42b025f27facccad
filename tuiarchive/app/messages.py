"""What the app's worker threads post back to it, and how an unexpected error is said."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from textual.app import App
from textual.message import Message
from textual.widgets import Input

from ..archive import Facets, Hit, RelatedPane, SearchPage
from ..model import Article
from ..text import one_line


class SearchDone(Message):
    def __init__(
        self, generation: int, page: SearchPage | None, error: str | None = None, *, unexpected: bool = False
    ) -> None:
        super().__init__()
        self.generation = generation
        self.page = page
        self.error = error
        self.unexpected = unexpected  # the search failed, not the query: the same query may work again


class PageLoaded(Message):
    def __init__(self, generation: int, offset: int, hits: list[Hit], total: int, estimated: bool) -> None:
        super().__init__()
        self.generation = generation
        self.offset = offset
        self.hits = hits
        self.total = total  # the matches as counted for this page (an estimate may have been made more exact)
        self.estimated = estimated


class ArticleLoaded(Message):
    def __init__(
        self,
        article: Article,
        spans: list[list[tuple[int, int]]],
        title_spans: list[tuple[int, int]],
        pane: RelatedPane,
        push: bool,
        painted: threading.Event,  # set once the screen has painted it (the worker waits for it)
    ) -> None:
        super().__init__()
        self.article = article
        self.spans = spans
        self.title_spans = title_spans
        self.pane = pane
        self.push = push
        self.painted = painted


class SimilarLoaded(Message):
    def __init__(self, article_id: str, pane: RelatedPane, *, asked: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.pane = pane
        self.asked = asked  # the id it was opened by (an id it had before its file moved: not article_id)


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


def taken_down(app: App) -> bool:
    """The app is closing: its shutdown has begun (widgets are being removed, in no set order: the
    search box can outlive #message), or its screen and widgets are gone. A timer or a worker's
    answer that comes now has nowhere to go."""
    return not app.is_running or not app.screen_stack or not app.query(Input)


_Handler = TypeVar("_Handler", bound=Callable[..., Any])


def while_open(handler: _Handler) -> _Handler:
    """For the handler of a worker's answer: an answer that arrives as the app closes is dropped
    (a search typed right before quitting landed in on_search_done with the screen taken down:
    NoMatches for #message, the ten runs of session 36)."""

    @wraps(handler)
    def guarded(app: App, message: Message) -> None:
        if not taken_down(app):
            handler(app, message)

    return guarded  # type: ignore[return-value]
