"""tuiarchive: a terminal archive browser for saved news articles."""

from __future__ import annotations

import sys
import types
from functools import cached_property


def _standard_cached_property() -> None:
    """whoosh imports the `cached_property` backport for one attribute; that package imports
    asyncio, ~25 ms at every start of a search. The standard library's does the same job
    (a value cached in the instance's __dict__), so it stands in, unless the backport is
    already loaded (nothing else here uses it)."""
    if "cached_property" not in sys.modules:
        stand_in = types.ModuleType("cached_property", "functools.cached_property, for whoosh")
        stand_in.cached_property = cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = stand_in


_standard_cached_property()


def __getattr__(name: str) -> str:
    # looked up on demand: importlib.metadata costs time at every start, before the entry
    # point can take over Ctrl-C, and only --version needs it
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tuiarchive")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
            return "0.0.0"
    raise AttributeError(name)
