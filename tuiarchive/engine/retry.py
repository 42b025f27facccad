"""Opening a part of the index again when a commit removed a file meanwhile."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def _retrying(open_: Callable[[], T], attempts: int = 8) -> T:
    """Open something of the index, again if a commit deleted a file between our reading
    the table of contents and opening the segments it names (an indexer runs meanwhile)."""
    for attempt in range(attempts):
        try:
            return open_()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")
