"""Where the reader has been: articles (back / forward) and queries (↑ ↓ in the search box).

Plain classes without textual, so their rules are tested on their own.
"""

from __future__ import annotations

QUERIES_KEPT = 100


class Trail:
    """Back and forward through the articles read, as a web browser does."""

    def __init__(self) -> None:
        self._visited: list[str] = []
        self._position = -1

    def visit(self, article_id: str) -> None:
        """A newly opened article: the forward part is dropped, a repeat is not added twice."""
        del self._visited[self._position + 1 :]
        if not self._visited or self._visited[-1] != article_id:
            self._visited.append(article_id)
        self._position = len(self._visited) - 1

    def back(self) -> str | None:
        if self._position <= 0:
            return None
        self._position -= 1
        return self._visited[self._position]

    def forward(self) -> str | None:
        if self._position + 1 >= len(self._visited):
            return None
        self._position += 1
        return self._visited[self._position]


class QueryHistory:
    """Earlier queries, newest last; ↑ walks back, ↓ forward and then to what was being typed."""

    def __init__(self, queries: list[str] | None = None) -> None:
        self.queries: list[str] = list(queries or [])[-QUERIES_KEPT:]
        self._browsing: int | None = None  # index into queries while walking through them
        self._draft = ""

    def record(self, query: str) -> None:
        query = query.strip()
        self._browsing = None
        if not query:
            return
        if query in self.queries:
            self.queries.remove(query)
        self.queries.append(query)
        del self.queries[:-QUERIES_KEPT]

    def older(self, typed: str) -> str | None:
        """The query before the one shown (None when there is none)."""
        if not self.queries:
            return None
        if self._browsing is None:
            self._draft = typed
            # what is typed may be the newest query itself: then start one further back
            start = len(self.queries) - (2 if typed.strip() == self.queries[-1] else 1)
            if start < 0:
                return None
            self._browsing = start
        elif self._browsing > 0:
            self._browsing -= 1
        else:
            return None
        return self.queries[self._browsing]

    def newer(self) -> str | None:
        """The query after the one shown, then what was typed; None when not walking."""
        if self._browsing is None:
            return None
        if self._browsing + 1 < len(self.queries):
            self._browsing += 1
            return self.queries[self._browsing]
        self._browsing = None
        return self._draft
