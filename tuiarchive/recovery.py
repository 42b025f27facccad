"""What the indexer does when the index itself is the problem.

A damaged catalog, an index folder that cannot be written, a full disk, a killed worker:
each becomes one line that says what is wrong and what to run. `index --rebuild` builds
the new index beside the old one (in `.rebuild/`) and swaps it in only when it is done,
so a working index is never wiped before its replacement is ready, and a rebuild that
fails (no folders known, disk full, Ctrl-C) leaves the old one as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from .catalog import CATALOG_NAME, Catalog, CatalogDamaged
from .integrity import CHECKSUMS_NAME

REBUILD_DIR = ".rebuild"  # the new index while it is built
OLD_DIR = ".old"  # the old index while the new one is moved in
LOCK_NAME = "indexer.lock"


def _remove_tree(path: Path) -> None:
    """shutil.rmtree(path, ignore_errors=True), shutil imported only when there is something to
    remove: it loads bz2 and lzma (~2 ms), and a re-index that finds nothing to do has nothing
    aside to remove (issue 12)."""
    if not os.path.lexists(path):
        return
    import shutil

    shutil.rmtree(path, ignore_errors=True)


class UsageError(ValueError):
    """The user asked for something that cannot be done; str(exc) says why."""


class IndexRunFailed(RuntimeError):
    """The run could not finish because of the index or the machine; str(exc) says what to do."""


def open_catalog(index_dir: Path) -> Catalog:
    """The catalog for writing, or UsageError saying how to recover a damaged one. Every page is
    checked (SQLite's quick_check) before the first change, not at the opening: the check reads
    the whole file (36 M instructions of a ~320 M no-op re-index of the BBC corpus, ~55 ms of CPU
    at 20,000 articles), and a run that finds nothing to do changes nothing, so it cannot spread
    damage; what it reads of a damaged catalog fails as a DatabaseError, with its one line (the
    index's segments are checked the same way: integrity.check_before_writing)."""
    try:
        catalog = Catalog(index_dir)
    except (CatalogDamaged, sqlite3.DatabaseError) as exc:
        raise UsageError(_damaged_line(index_dir)) from exc
    catalog.before_first_write = partial(_check_catalog, catalog, index_dir)
    return catalog


def _check_catalog(catalog: Catalog, index_dir: Path) -> None:
    try:
        catalog.db.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UsageError(_damaged_line(index_dir)) from exc


def _damaged_line(index_dir: Path) -> str:
    return (
        f"{index_dir / CATALOG_NAME} is damaged: run `tuiarchive index --rebuild` "
        "(add the folders if it says it has lost them)"
    )


def _remembered(index_dir: Path) -> tuple[list[str], str | None, dict[str, str]]:
    """The folders, link setting and moved articles' ids of the old catalog, if it can still be read."""
    try:
        old = Catalog(index_dir, readonly=True)
    except Exception:  # damaged or missing: the folders must come from the command line
        return [], None, {}
    try:
        return old.roots(), old.setting("follow_links") or None, old.moved_to()
    except sqlite3.Error:
        return [], None, {}
    finally:
        old.close()


def rebuild_aside(index_dir: Path, build: Callable[[Path, Catalog], None]) -> None:
    """Build a new index in index_dir/.rebuild with `build(folder, catalog)`, then swap it in."""
    aside = index_dir / REBUILD_DIR
    _remove_tree(aside)
    aside.mkdir(parents=True)
    roots, follow, moves = _remembered(index_dir)
    catalog: Catalog | None = None
    try:
        catalog = Catalog(aside)
        with catalog.transaction():
            catalog.add_roots(roots)
            if follow is not None:
                catalog.set_setting("follow_links", follow)
            catalog.record_moves(moves)  # ids are the paths': the rebuilt articles have the same
        build(aside, catalog)
        catalog.close()
        catalog = None
        _swap(index_dir, aside)
    finally:
        if catalog is not None:
            catalog.close()
        _remove_tree(aside)


def _is_index_file(name: str) -> bool:
    return name.startswith(("_MAIN_", "MAIN_", CATALOG_NAME, CHECKSUMS_NAME))


def refuse_foreign_folder(index_dir: Path) -> None:
    """An index is made in a new or empty folder, or goes on in one that holds an index (also a
    damaged or interrupted one): never among other files, where a slip such as `--index ~/news`
    for `index ~/news` would have put it (UsageError). Hidden files and a README (the checkout's
    index/ folder has one) do not count."""
    try:
        names = os.listdir(index_dir)
    except OSError:  # not there yet (made by the run), or not a folder (the lock says so)
        return
    if any(_is_index_file(name) for name in names):
        return
    theirs = sorted(n for n in names if n not in (LOCK_NAME, REBUILD_DIR, OLD_DIR) and not _not_counted(n))
    if theirs:
        more = f" and {len(theirs) - 1} more" if len(theirs) > 1 else ""
        raise UsageError(
            f"{index_dir} holds other files ({theirs[0]}{more}) and no archive index: "
            "an index is made only in an empty or new folder"
        )


def _not_counted(name: str) -> bool:
    return name.startswith(".") or name.upper().startswith("README")


def _swap(index_dir: Path, aside: Path) -> None:
    old = index_dir / OLD_DIR
    _remove_tree(old)
    old.mkdir()
    for entry in os.scandir(index_dir):
        if _is_index_file(entry.name):
            os.replace(entry.path, old / entry.name)
    for entry in os.scandir(aside):
        if _is_index_file(entry.name):
            os.replace(entry.path, index_dir / entry.name)
    _remove_tree(old)


def finish_interrupted_swap(index_dir: Path) -> None:
    """A swap stopped halfway (killed between its moves): put the old index back where the
    new one did not arrive, and drop what is left aside."""
    old = index_dir / OLD_DIR
    if old.is_dir():
        if not any(index_dir.glob("_MAIN_*.toc")):
            for entry in os.scandir(old):
                os.replace(entry.path, index_dir / entry.name)
        _remove_tree(old)
    _remove_tree(index_dir / REBUILD_DIR)


def explain_os_error(exc: OSError, index_dir: Path, command: str = "index") -> str:
    """One line for an OSError met while writing the index (`command`: index, forget): what is
    wrong, what to run."""
    name = exc.filename or index_dir
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return (
            f"the disk holding {index_dir} is full ({exc.strerror}): free some space and run "
            f"`tuiarchive {command}` again; what was committed before is kept"
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        instead = (
            "index into a folder you can write (--index DIR)"
            if command == "index"
            else f"`tuiarchive {command}` needs to write to it (make it writable)"
        )
        return (
            f"cannot write to the index in {index_dir} ({exc.strerror}): {instead}; "
            "search, show, stats and browse still work on this one"
        )
    if exc.errno == errno.EISDIR and str(name).endswith(LOCK_NAME):
        # an empty folder there is removed by the run itself: this one holds something
        return (
            f"{name} is a folder with files in it, not the index's lock file: move it away "
            f"and run `tuiarchive {command}` again"
        )
    return f"cannot use the index in {index_dir}: {exc.strerror or exc} ({name})"


@contextlib.contextmanager
def index_errors(index_dir: Path, command: str) -> Iterator[None]:
    """What `index` does with the machine's errors, for another command that writes the index
    (`forget`): a full disk, a read-only or unwritable index, a folder in the lock's place, the
    catalog failing: IndexRunFailed with one line that says what to run."""
    try:
        yield
    except OSError as exc:
        raise IndexRunFailed(explain_os_error(exc, index_dir, command)) from exc
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if is_disk_full(exc):
            raise IndexRunFailed(explain_os_error(OSError(errno.ENOSPC, str(exc)), index_dir, command)) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise IndexRunFailed(explain_os_error(OSError(errno.EACCES, str(exc)), index_dir, command)) from exc
        raise IndexRunFailed(
            f"{index_dir / CATALOG_NAME} failed ({exc}): run `tuiarchive index --rebuild FOLDER...`"
        ) from exc


def is_disk_full(exc: sqlite3.Error) -> bool:
    return "full" in str(exc).lower()


def cleanup_after_failure(index_dir: Path) -> None:
    """Nothing a failed run wrote is left to fill the disk."""
    with contextlib.suppress(OSError):
        _remove_tree(index_dir / REBUILD_DIR)
