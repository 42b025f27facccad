"""tuiarchive: a terminal archive browser for saved news articles."""

from __future__ import annotations

import importlib
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


class _LoadedOnUse(types.ModuleType):
    """A module loaded at the first use of one of its names."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asking
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _dataclasses_without_inspect() -> None:
    """dataclasses imports inspect (with ast, dis, tokenize: ~7 ms at every start of a
    search, issue 12) for one call: the signature it writes as the docstring of a class that
    has none. Our dataclasses have docstrings, so it loads dataclasses with inspect stood in
    for, loaded if ever that call is made; unless either is loaded already.
    tests/test_layers.py checks a search loads no inspect."""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    stand_in = sys.modules["inspect"] = _LoadedOnUse("inspect", "inspect, loaded at its first use")
    try:
        import dataclasses  # noqa: F401
    finally:
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]


_dataclasses_without_inspect()


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
