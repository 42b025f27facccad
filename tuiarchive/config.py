"""Where things are: the index location and which files count as articles."""

from __future__ import annotations

import os
from pathlib import Path

ENV_INDEX = "TUIARCHIVE_INDEX"
DEFAULT_INDEX = "index"

# Extensions that article files come in; files without an extension are read too.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".article", ".news", ".asc"})


def index_dir(option: str | Path | None = None) -> Path:
    """--index DIR, else $TUIARCHIVE_INDEX, else ./index."""
    chosen = option or os.environ.get(ENV_INDEX) or DEFAULT_INDEX
    return Path(chosen).expanduser().absolute()


# Files that sit in folders of articles without being articles.
_NOT_ARTICLES = ("readme", "license", "licence", "copying", "changelog", "notice", "authors")


def is_article_name(name: str) -> bool:
    if name.startswith(".") or name.endswith("~"):
        return False
    if os.path.splitext(name)[0].lower() in _NOT_ARTICLES:
        return False
    suffix = os.path.splitext(name)[1].lower()
    if not suffix or not suffix[1:].isalnum() or len(suffix) > 8 or suffix[1:].isdigit():
        return True  # no real extension: "Kursk. Nov 4", "notes.2024"
    return suffix in ARTICLE_SUFFIXES
