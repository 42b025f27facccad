"""tuiarchive: a terminal archive browser for saved news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tuiarchive")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"
