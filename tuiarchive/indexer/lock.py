"""The indexer lock: one indexing run per index at a time."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from ..recovery import LOCK_NAME


class IndexLocked(RuntimeError):
    """Another indexer is running on this index."""


class IndexerLock:
    """An exclusive lock on the index directory for the duration of one indexing run.

    The lock is an flock on a file holding the owner's pid: the kernel releases it when the
    process dies, however it dies, so a lock left behind by a killed indexer is simply a file
    whose pid no longer runs; it is reported and taken over.
    """

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / LOCK_NAME
        self._fh = None
        self.stale_pid: int | None = None
        self.replaced_folder = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_dir() and not self.path.is_symlink():
            # an empty folder in the lock file's place holds nothing: take its place
            with contextlib.suppress(OSError):
                self.path.rmdir()
                self.replaced_folder = True
        fh = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.seek(0)
            owner = fh.read().strip()
            fh.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                who = f" (pid {owner})" if owner.isdigit() else ""
                raise IndexLocked(f"another tuiarchive index is running on this index{who}") from exc
            raise
        fh.seek(0)
        previous = fh.read().strip()
        if previous.isdigit() and int(previous) != os.getpid() and not _pid_alive(int(previous)):
            self.stale_pid = int(previous)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def fileno(self) -> int:
        assert self._fh is not None
        return self._fh.fileno()

    def release(self) -> None:
        if self._fh is not None:
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> IndexerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
