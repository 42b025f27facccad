"""Lines of styled text for the command line, without rich.

The CLI prints plain lines with a few styles (bold, dim, underline, red, green, yellow).
rich did that at a cost of ~15 ms of imports at every start (issue 12), for what comes down
to a few ANSI codes; rich stays for the progress bar of `index` and in the app. Decided as
rich decides: styles only on a terminal (or with FORCE_COLOR), none for TERM=dumb, no
colours under NO_COLOR (bold, dim and underline stay). The text itself is the caller's to
sanitise (text.display / one_line): nothing here removes escape sequences.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TextIO

Piece = str | tuple[str, str]  # text, or (text, style): "bold", "dim yellow", "bold underline" ...

_ATTRIBUTES = {"bold": "1", "dim": "2", "italic": "3", "underline": "4"}
_COLOURS = {"red": "31", "green": "32", "yellow": "33", "blue": "34", "magenta": "35", "cyan": "36"}


class Output:
    """stdout or stderr, looked up at each print (tests swap them)."""

    def __init__(self, *, stderr: bool = False, on_broken_pipe: Callable[[], object] | None = None) -> None:
        self._stderr = stderr
        self._on_broken_pipe = on_broken_pipe

    @property
    def file(self) -> TextIO:
        return sys.stderr if self._stderr else sys.stdout

    @property
    def is_terminal(self) -> bool:
        if os.environ.get("FORCE_COLOR"):
            return True
        isatty = getattr(self.file, "isatty", None)
        try:
            return bool(isatty and isatty())
        except ValueError:  # closed
            return False

    def _codes(self) -> tuple[bool, bool]:
        """Whether to style at all, and whether with colours."""
        if not self.is_terminal or os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
            return False, False
        return True, not os.environ.get("NO_COLOR")

    def print(self, *pieces: Piece, style: str = "") -> None:
        """One line: the pieces joined, each in its style (a plain piece in `style`)."""
        styled, colours = self._codes()
        parts = []
        for piece in pieces:
            text, piece_style = (piece, style) if isinstance(piece, str) else piece
            parts.append(_render(text, piece_style, colours) if styled and piece_style and text else text)
        try:
            self.file.write("".join(parts) + "\n")
            self.file.flush()
        except BrokenPipeError:
            if self._on_broken_pipe is not None:
                self._on_broken_pipe()


def _render(text: str, style: str, colours: bool) -> str:
    codes = [_ATTRIBUTES.get(word) or (_COLOURS.get(word) if colours else None) for word in style.split()]
    sgr = ";".join(c for c in codes if c)
    return f"\x1b[{sgr}m{text}\x1b[0m" if sgr else text
