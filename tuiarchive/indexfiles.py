"""The index folder's files, known without loading whoosh.

What the indexer needs before it knows whether there is any work: the names of whoosh's
tables of contents (one per committed generation) and of the workers' private build
folders. `tuiarchive/engine/` holds the index itself and uses these names; keeping them here lets a
re-index that finds nothing changed finish without importing whoosh or opening the index.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

INDEX_NAME = "MAIN"
BUILD_PREFIX = ".build-"  # private folders where worker processes write new segments
_TOC_RE = re.compile(rf"_{INDEX_NAME}_(\d+)\.toc")


def generation(index_dir: Path) -> int | None:
    """The newest committed generation of the index (whoosh writes a new table of contents
    at every commit), or None when there is none."""
    try:
        names = os.listdir(index_dir)
    except OSError:
        return None
    found = [int(m.group(1)) for m in map(_TOC_RE.fullmatch, names) if m]
    return max(found) if found else None


def toc_stamp(index_dir: Path) -> str:
    """The newest table of contents as "GENERATION SIZE MTIME": every commit moves it on, and
    so does a TOC overwritten or cut short in place (damage the indexer must then report)."""
    gen = generation(index_dir)
    if gen is None:
        return "none"
    try:
        st = os.stat(index_dir / f"_{INDEX_NAME}_{gen}.toc")
    except OSError:
        return "none"
    return f"{gen} {st.st_size} {st.st_mtime_ns}"


def remove_leftover_builds(index_dir: Path) -> int:
    """Private build folders left by an interrupted run (call with the indexer lock held)."""
    removed = 0
    for entry in os.scandir(index_dir) if index_dir.is_dir() else []:
        if entry.name.startswith(BUILD_PREFIX) and entry.is_dir(follow_symlinks=False):
            import shutil  # here: shutil loads bz2 and lzma, which a search and a no-op re-index do without

            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def index_size(index_dir: Path) -> int:
    """The bytes of the index folder's files (`stats`: kept here so it loads no indexer)."""
    total = 0
    for entry in os.scandir(index_dir) if index_dir.is_dir() else []:
        if entry.is_file():
            total += entry.stat().st_size
    return total
