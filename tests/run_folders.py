"""Each test run's temporary folder, its own, and the folders of ended runs removed many at once (issue 13).

pytest's own scheme numbers the runs' folders in one shared place (`pytest-of-USER/pytest-N`),
keeps the newest three and removes older ones when a run exits, one entry after another, after
the summary line. Two things went wrong with it on a machine where several runs go at once:
- a run of this suite leaves ~13,000 entries (~3,500 folders, ~9,000 files); where each removal
  waits for the file system's journal (the session machines: ext4 mounted with `discard`, ~2.5
  ms a file, ~5 ms a folder, almost no CPU), removing one was ~45-50 s of sleep after the summary
  of whichever run came three later (session 37's "pipe closed 45 s after the summary");
- the numbers are shared by every run of every checkout: with a few runs a minute, a long run's
  folder fell out of the newest three and was removed under it (the train's run at 09:14, session 38).
So a run here takes a folder of its own (`tuiarchive-tests-*`, given to pytest as --basetemp)
that names the run (tests/runs.py); a later run removes the folders of ended runs, all but the
newest KEPT (a failed run's files stay for a look), in a thread beside its own work and many
removals at once: removals waiting side by side share the journal's commits (2,000 folders in 8
parents: 5.0 s one by one, 0.4 s eight at once). Nothing of a running run is touched, nor any
folder without our marker.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests import runs

PREFIX = "tuiarchive-tests-"
KEPT = 2  # the ended runs' folders kept (with this run's, three: pytest's own default)
# Removals in flight at once: each mostly waits for a commit, so more share each one (2,000 folders
# in 8 parents: 8 -> 0.4 s); past a few dozen they only queue.
REMOVERS = 32


# The runs' folders go in memory (a tmpfs) when there is one with room and no place was chosen: the
# suite writes ~280 MB in ~13,000 entries, and on the session machines' disk each write and removal
# costs CPU in the journal as well as waits. Index-writing files (test_index, test_hostile_index,
# test_engine_files, test_engine_merging, test_archive_kept; -n 0, load ~15): 29.3 / 30.5 s of CPU
# (3.8 s system) and 3:06 / 3:21 wall on disk, 27.2 s (2.8 s) and 2:19 in /dev/shm.
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_ROOM_NEEDED = 2 * 1024**3  # three runs' folders (KEPT + this one) and a few runs at once


def temporary_root() -> Path:
    """Where the runs' folders go: the place chosen (PYTEST_DEBUG_TEMPROOT, else $TMPDIR), else the
    memory folder when it is a writable folder with MEMORY_ROOM_NEEDED free, else the system's
    temporary folder."""
    if os.environ.get("PYTEST_DEBUG_TEMPROOT") or os.environ.get("TMPDIR"):
        return Path(os.environ.get("PYTEST_DEBUG_TEMPROOT") or tempfile.gettempdir())
    try:
        free = os.statvfs(MEMORY_FOLDER)
    except OSError:
        return Path(tempfile.gettempdir())
    if os.access(MEMORY_FOLDER, os.W_OK | os.X_OK) and free.f_bavail * free.f_frsize >= MEMORY_ROOM_NEEDED:
        return MEMORY_FOLDER
    return Path(tempfile.gettempdir())


def new_run_folder(root: Path | None = None) -> Path:
    """A folder for this run, marked as its own."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root or temporary_root()))
    runs.mark(folder)
    return folder


def ended_runs(root: Path, kept: int = KEPT) -> list[Path]:
    """The folders under `root` of runs that have ended, all but the newest `kept` (by the time
    each was made): oldest first."""
    if not runs.can_tell():
        return []
    found = [folder for folder in root.glob(f"{PREFIX}*") if folder.is_dir() and not folder.is_symlink()]
    gone = sorted((folder for folder in found if runs.ended(folder)), key=_made_at)
    return gone[: max(0, len(gone) - kept)]


def _made_at(folder: Path) -> float:
    try:
        return (folder / runs.MARKER).stat().st_mtime
    except OSError:
        return 0.0


def remove_ended_runs(root: Path, kept: int = KEPT) -> list[Path]:
    """Remove the folders of ended runs (`ended_runs`), each first renamed (so a run cleaning up at
    the same time does not take it too); the folders removed."""
    removed = []
    for folder in ended_runs(root, kept):
        garbage = folder.with_name(f"{PREFIX}removing-{uuid.uuid4().hex}")
        try:
            folder.rename(garbage)
        except OSError:
            continue  # another run took it first
        remove_concurrently(garbage)
        removed.append(folder)
    return removed


def remove_concurrently(folder: Path, removers: int = REMOVERS) -> None:
    """Remove `folder` and everything under it, many removals at a time: the files first, then the
    folders from the deepest up (a folder goes once all below it have). No link is followed. What
    cannot be removed this way (a folder a test made unreadable) is left to shutil.rmtree's pass."""
    files: list[str] = []
    folders_by_depth: dict[int, list[str]] = {}
    for top, dirs, names in os.walk(folder):
        folders_by_depth.setdefault(top.count(os.sep), []).append(top)
        files += [os.path.join(top, name) for name in names]
        files += [os.path.join(top, name) for name in dirs if os.path.islink(os.path.join(top, name))]
    with ThreadPoolExecutor(removers) as pool:
        list(pool.map(_unlink, files))
        for depth in sorted(folders_by_depth, reverse=True):
            list(pool.map(_rmdir, folders_by_depth[depth]))
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):  # gone already, or left to the last pass
        os.unlink(path)


def _rmdir(path: str) -> None:
    with contextlib.suppress(OSError):
        os.rmdir(path)
