"""What kind of thing a path is when it is not a regular file, in words for the user."""

from __future__ import annotations

import stat


def special_kind(mode: int) -> str:
    """What st_mode says a non-regular file is: "a FIFO", "a socket", "a device"."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def not_regular_reason(mode: int) -> str:
    """The one-line reason a file named like an article is not read."""
    return f"not a regular file ({special_kind(mode)})"
