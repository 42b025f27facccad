"""What the user keeps: bookmarks, saved searches, and results exported to a file (a part of ArchiveApp)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.widgets import Input

from .. import export
from ..archive import QueryError
from ..memory import UNKNOWN
from ..text import clean_line
from .messages import WorkerProblem, problem
from .results import ResultsList
from .screens import NameScreen, PickScreen

if TYPE_CHECKING:
    from .main import ArchiveApp

    _Part = ArchiveApp
else:
    _Part = object

EXPORT_LIMIT = 10_000  # the most results one export writes
NOT_HERE = "  (bookmarked before bookmarks were kept per archive: not in this one)"


def export_what(total: int, estimated: bool, limit: int) -> str:
    """What an export of the list will write, said as the status line says the count: "about"
    for an estimate, and only the first `limit` when there are more."""
    count = f"{'about ' if estimated else ''}{total:,}"
    noun = "result" if total == 1 and not estimated else "results"
    if total > limit or (estimated and total >= limit):
        return f"the first {limit:,} of {count} {noun}"
    return f"{'' if estimated else 'the '}{count} {noun}"


class Saving(_Part):
    """Bookmarks and saved searches live in the app's Memory; an export writes a new file only."""

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
        marked = self.memory.toggle_bookmark(self.archive_key, article_id, title, path)
        self.query_one(ResultsList).mark_bookmarked(article_id, marked)
        self.notify(("Bookmarked: " if marked else "Bookmark removed: ") + clean_line(title), timeout=3)

    def action_show_bookmarks(self) -> None:
        choices = [
            (b.article_id, Text(clean_line(b.title) or "(untitled)"))
            if b.archive != UNKNOWN
            # kept before bookmarks were per archive, and not found in this one
            else (b.article_id, Text.assemble(clean_line(b.title) or "(untitled)", (NOT_HERE, "dim")))
            for b in self.memory.bookmarks(self.archive_key)
        ]
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
                self.memory.save_search(self.archive_key, name, query)
                self.notify(f"Saved search {name!r}.", timeout=3)

        self.push_screen(NameScreen(f"Save the search {clean_line(query)!r} as:", query[:40]), save)

    def action_show_saved_searches(self) -> None:
        saved = self.memory.saved_searches(self.archive_key)
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

        what = export_what(self._last_good_total, self._last_good_estimated, EXPORT_LIMIT)
        self.push_screen(NameScreen(f"Export {what} to (.md, .csv or .json):", suggestion), export)

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
            written = len(page.hits)
            message, severity = f"{written:,} result{'s' if written != 1 else ''} written to {path}.", "information"
        self.call_from_thread(self.notify, clean_line(message), severity=severity, timeout=6)
