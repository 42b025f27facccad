"""The article outside the app: the pager, the editor, the web browser, the clipboard (a part of ArchiveApp)."""

from __future__ import annotations

import os
import shlex
import subprocess
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from ..text import one_line
from .article import ArticleView

if TYPE_CHECKING:
    from .main import ArchiveApp

    _Part = ArchiveApp
else:
    _Part = object


def viewer_command(setting: str | None, fallback: str, path: str) -> list[str]:
    """The argv to show a file with $PAGER / $EDITOR: their words, then the path as one
    argument (never through a shell, whatever the file name holds)."""
    try:
        words = shlex.split(setting) if setting and setting.strip() else []
    except ValueError:  # an unbalanced quote in the variable: take it as one program name
        words = [setting.strip()] if setting else []
    return [*(words or [fallback]), path]


class Outside(_Part):
    """Actions that hand the open article to another program, never through a shell."""

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
