"""How `tuiarchive parse` reads a file in context: as its archive reads it (`archive_context`),
or among a folder's pages (`parse_in_context`). The core of the command, without typer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .formats import Parsed
    from .parser.context import MemberContexts, PageContext

# Pages of the --context folder whose lines are counted, evenly spread over its files in name
# order: enough to tell what a site repeats, and a folder of 100,000 is not read through
CONTEXT_FILES = 2000


def archive_context(where: object, file: Path) -> tuple[PageContext | None, MemberContexts | None]:
    """How the archive in `where` reads this file, when it lies under one of its folders and its
    site has chrome there (read_path's context): else nothing, and no word about it."""
    from .catalog import CATALOG_NAME

    if not isinstance(where, Path) or not (where / CATALOG_NAME).is_file():
        return None, None  # no archive here (a database's files are another machine's: read alone)
    from .catalog import Catalog
    from .indexer.context import chrome_in_archive
    from .parser.context import NO_CHROME, MemberContexts, PageContext

    try:
        catalog = Catalog(where, readonly=True)
    except Exception:  # damaged, older, unreadable: `parse` reads the file alone all the same
        return None, None
    try:
        chrome = chrome_in_archive(catalog, os.path.abspath(file))
    except Exception:  # a catalog from before archive context
        chrome = {}
    finally:
        catalog.close()
    if not chrome:
        return None, None
    return PageContext(next(iter(chrome.values())) if len(chrome) == 1 else NO_CHROME), MemberContexts(chrome)


def parse_in_context(file: Path, folder: Path) -> Parsed:
    """The file read as the indexer reads it in its group, the group being FOLDER's pages
    and the file: without the lines that recur across them (parser.context). Any format.
    The pages' lines are counted without reading them (formats.pagelines); the file is read once."""
    from .config import is_article_name
    from .formats import read_path
    from .formats.pagelines import file_lines
    from .parser.context import PageContext, recurring

    target = file.resolve()
    others = sorted(p for p in folder.iterdir() if is_article_name(p.name) and p.is_file() and p.resolve() != target)
    step = max(1, -(-len(others) // CONTEXT_FILES))
    pages = [found[1] for page in [file, *others[::step]] if (found := file_lines(page))]
    return read_path(file, context=PageContext(recurring(pages)))
