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


def temporary_root() -> Path:
    """Where the runs' folders go: pytest's (PYTEST_DEBUG_TEMPROOT, else the system's temporary folder)."""
    return Path(os.environ.get("PYTEST_DEBUG_TEMPROOT") or tempfile.gettempdir())


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
