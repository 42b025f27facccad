"""Where things are: the index location, the user's data folder, which files count as articles."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .dburl import DatabaseIndex, database_url

ENV_INDEX = "TUIARCHIVE_INDEX"
ENV_DATA = "TUIARCHIVE_DATA"  # the per-user data folder (tests point it at tmp_path)
APP_NAME = "tuiarchive"
CHECKOUT_INDEX = "index"  # the repository's own index folder, used by the quick start

# Extensions that article files come in; files without an extension are read too.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".article", ".news", ".asc"})


@dataclass(frozen=True, slots=True)
class IndexLocation:
    """Which index is used, and why (the CLI and the app say both)."""

    path: Path | DatabaseIndex  # a folder, or a PostgreSQL server (`--index postgresql://...`)
    reason: str  # "from --index", "from $TUIARCHIVE_INDEX", "this checkout's index/", "per-user default"


def user_data_dir() -> Path:
    """The user's data folder for tuiarchive: $TUIARCHIVE_DATA, else the platform's place
    (~/.local/share/tuiarchive on Linux). Holds the default index and the app's memory."""
    chosen = os.environ.get(ENV_DATA)
    if chosen:
        return Path(chosen).expanduser().absolute()
    import platformdirs  # only here: most runs name their index (--index, $TUIARCHIVE_INDEX)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def checkout_index(start: Path | None = None) -> Path | None:
    """The `index/` of the tuiarchive checkout that `start` (default: here) is inside, if any.

    A checkout is a folder whose pyproject.toml declares this project and that has `index/`:
    so `tuiarchive index samples; tuiarchive browse` works from a clone, as the README says.
    """
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        project = folder / "pyproject.toml"
        if (folder / CHECKOUT_INDEX).is_dir() and project.is_file():
            try:
                declared = project.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if f'name = "{APP_NAME}"' in declared:
                return folder / CHECKOUT_INDEX
    return None


SAMPLES = "samples"  # the articles written for the project, in a checkout beside the package


def shipped_samples(package: Path | None = None) -> str | None:
    """How to name the shipped samples in a command: their path from here (a checkout's, beside
    the package), or None where there are none (a package installed without the repository)."""
    folder = (package or Path(__file__).parent).parent / SAMPLES
    if not folder.is_dir():
        return None
    relative = os.path.relpath(folder)
    return relative if not relative.startswith("..") else str(folder)


def locate_index(option: str | Path | None = None) -> IndexLocation:
    """--index DIR, else $TUIARCHIVE_INDEX, else the checkout's index/, else the per-user default."""
    if option:
        return IndexLocation(_where(option), "from --index")
    env = os.environ.get(ENV_INDEX)
    if env:
        return IndexLocation(_where(env), f"from ${ENV_INDEX}")
    in_checkout = checkout_index()
    if in_checkout is not None:
        return IndexLocation(in_checkout, "this checkout's index/")
    return IndexLocation(user_data_dir() / "index", "per-user default")


def index_dir(option: str | Path | None = None) -> Path | DatabaseIndex:
    return locate_index(option).path


def _where(given: str | Path) -> Path | DatabaseIndex:
    """A folder, or a database when `given` is a connection string (postgresql://...)."""
    url = database_url(given)
    return DatabaseIndex(url) if url else _absolute(given)


def _absolute(path: str | Path) -> Path:
    return Path(path).expanduser().absolute()


# Files that sit in folders of articles without being articles.
_NOT_ARTICLES = ("readme", "license", "licence", "copying", "changelog", "notice", "authors")


def is_article_name(name: str) -> bool:
    if name.startswith(".") or name.endswith("~"):
        return False
    # os.path.splitext of a name that does not start with a dot, without its two Python calls
    # (the scan asks this of every file: ~1 ms of a no-op re-index over 2,226 files)
    dot = name.rfind(".")
    stem, suffix = (name[:dot], name[dot:]) if dot > 0 else (name, "")
    if stem.lower() in _NOT_ARTICLES:
        return False
    suffix = suffix.lower()
    if not suffix or not suffix[1:].isalnum() or len(suffix) > 8 or suffix[1:].isdigit():
        return True  # no real extension: "Kursk. Nov 4", "notes.2024"
    if suffix in ARTICLE_SUFFIXES:
        return True
    from .formats import is_format_name  # the readers' registry: not loaded by --help or a search

    return is_format_name(name)
