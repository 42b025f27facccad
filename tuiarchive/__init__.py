"""tuiarchive: a terminal archive browser for saved news articles."""

from __future__ import annotations


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
