"""Finding the article files under the archive's folders."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from operator import attrgetter
from pathlib import Path

from ..catalog_records import FileState
from ..config import is_article_name
from ..filekind import not_regular_reason
from ..formats import is_saved_page_assets
from ..records import FrozenRecord, Record
from .reading import FILE_BUDGET_SECONDS


class FoundFile(FrozenRecord):
    __slots__ = _fields = ("path", "size", "mtime_ns")

    def __init__(self, path: str, size: int, mtime_ns: int) -> None:
        setting = object.__setattr__
        setting(self, "path", path)
        setting(self, "size", size)
        setting(self, "mtime_ns", mtime_ns)


class RunOptions(Record):
    __slots__ = _fields = ("follow_links", "file_budget", "also_skip", "links_skipped")

    def __init__(
        self,
        follow_links: bool = False,  # follow symbolic links that lead outside the roots
        file_budget: float = FILE_BUDGET_SECONDS,  # seconds to read one file
        also_skip: Path | None = None,  # the index folder itself, while a rebuild is built beside it
        links_skipped: list[str] | None = None,  # filled in: such links, not followed
    ) -> None:
        self.follow_links, self.file_budget, self.also_skip = follow_links, file_budget, also_skip
        self.links_skipped = [] if links_skipped is None else links_skipped


def scan(
    roots: Iterable[Path], index_dir: Path, problems: list[tuple[str, str]], options: RunOptions | None = None
) -> Iterator[FoundFile]:
    """Article files under the roots: recursive, hidden folders and the index skipped,
    directory symlinks followed once (loops are cut), unreadable folders reported.

    Symbolic links that lead outside the roots are not followed unless asked (a link to
    /etc/shadow in a folder of articles must not be read); they are listed in `options`.
    Each folder costs one stat and one scandir, whatever its depth (no realpath per folder).
    """
    options = options or RunOptions()
    roots = list(roots)
    root_reals = [os.path.realpath(r) for r in roots]
    index_keys: set[tuple[int, int]] = set()
    for folder in filter(None, (index_dir, options.also_skip)):
        with contextlib.suppress(OSError, TypeError):
            st = os.stat(folder)
            index_keys.add((st.st_dev, st.st_ino))
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()

    def leaves_roots(path: str) -> bool:
        real = os.path.realpath(path)
        return not any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in root_reals)

    def visit_file(path: str) -> FoundFile | None:
        if path in seen_files:
            return None
        seen_files.add(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            problems.append((path, "broken symbolic link" if os.path.islink(path) else "file vanished"))
            return None
        except OSError as exc:
            problems.append((path, f"cannot read: {exc.strerror}"))
            return None
        if not stat.S_ISREG(st.st_mode):
            problems.append((path, not_regular_reason(st.st_mode)))  # a FIFO would block its reader
            return None
        return FoundFile(path, st.st_size, st.st_mtime_ns)

    for root in roots:
        root_str = str(root)
        if not os.path.isdir(root_str):  # a file named on the command line (a FIFO too: said so)
            found = visit_file(root_str)
            if found:
                yield found
            continue
        stack = [root_str]
        while stack:
            folder = stack.pop()
            try:
                st = os.stat(folder)
            except OSError as exc:
                problems.append((folder, f"cannot open folder: {exc.strerror}"))
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                continue  # a symlink loop, or the same folder reached twice
            seen_dirs.add(key)
            if key in index_keys:
                continue
            try:
                entries = sorted(os.scandir(folder), key=_name)
            except OSError as exc:
                problems.append((folder, f"cannot open folder: {exc.strerror}"))
                continue
            subdirs = []
            names = {e.name for e in entries}
            for entry in entries:
                name = entry.name
                if name.startswith(".") or (name.endswith("_files") and is_saved_page_assets(name, names)):
                    continue
                try:
                    is_link = entry.is_symlink()
                    is_dir = entry.is_dir()  # follows symlinks
                except OSError:
                    is_link, is_dir = False, False
                if not is_dir and not is_article_name(name):
                    continue
                if is_link and not options.follow_links and os.path.exists(entry.path) and leaves_roots(entry.path):
                    options.links_skipped.append(entry.path)
                    continue
                if is_dir:
                    subdirs.append(entry.path)
                else:
                    found = visit_file(entry.path)
                    if found:
                        yield found
            stack.extend(reversed(subdirs))


_name = attrgetter("name")  # a directory entry's


def storable(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def under_any(path: str, roots: list[Path]) -> bool:
    for root in roots:
        r = str(root)
        if path == r or path.startswith(r.rstrip(os.sep) + os.sep):
            return True
    return False


# ---------------------------------------------------------------------- what the catalog keeps of the scan's problems
def still_unreadable(state: FileState, problem_paths: set[str]) -> bool:
    """A catalogued file the scan could not read this time, kept (not removed as gone): read
    before and still there (its articles stay while it cannot be read), or recorded as failed
    and still there, a dangling link too."""
    if state.path not in problem_paths:
        return False
    there = os.path.lexists if state.status == "failed" else os.path.exists
    return there(state.path)


def unreadable_files(
    problems: list[tuple[str, str]], states: dict[str, FileState], removed: set[str]
) -> list[tuple[str, str, int, int]]:
    """The scan's problems that the catalog keeps as failed files, as it keeps a file that did
    not parse, so that `stats` lists what `index` reported: a FIFO, a device, a dangling link, a
    file it may not look at; (path, reason, size, mtime_ns) of those not recorded so already.
    Not a folder it could not open, a file gone since it was listed, a name the catalog cannot
    store, nor a file read before whose articles are kept (`still_unreadable`)."""
    rows = []
    for path, reason in problems:
        old = None if path in removed else states.get(path)
        if old is not None and old.status != "failed":
            continue
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode) or not storable(path):
            continue
        if old is not None and (old.reason, old.size, old.mtime_ns) == (reason, st.st_size, st.st_mtime_ns):
            continue
        rows.append((path, reason, st.st_size, st.st_mtime_ns))
    return rows
