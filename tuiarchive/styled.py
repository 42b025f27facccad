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
    """stdout or stderr, looked up at each print (tests swap them). `on_broken_pipe`: what to do
    when the reader went away; `on_failure`: when the text cannot be written (a full disk, the
    stream closed before we started), given the reason; without it, a stream that is not there
    takes nothing and a failed write raises."""

    def __init__(
        self,
        *,
        stderr: bool = False,
        on_broken_pipe: Callable[[], object] | None = None,
        on_failure: Callable[[str], object] | None = None,
    ) -> None:
        self._stderr = stderr
        self._on_broken_pipe = on_broken_pipe
        self._on_failure = on_failure

    @property
    def file(self) -> TextIO | None:
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
        file = self.file
        if file is None:  # started with the stream closed (`>&-`)
            if self._on_failure is not None:
                self._on_failure(f"standard {'error' if self._stderr else 'output'} is closed")
            return
        try:
            file.write("".join(parts) + "\n")
            file.flush()
        except BrokenPipeError:
            if self._on_broken_pipe is not None:
                self._on_broken_pipe()
        except OSError as exc:
            if self._on_failure is None:
                raise
            self._on_failure(exc.strerror or str(exc))


def _render(text: str, style: str, colours: bool) -> str:
    codes = [_ATTRIBUTES.get(word) or (_COLOURS.get(word) if colours else None) for word in style.split()]
    sgr = ";".join(c for c in codes if c)
    return f"\x1b[{sgr}m{text}\x1b[0m" if sgr else text
