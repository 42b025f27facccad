"""Keeping the index up to date with the article files (see run.py for how a run goes).

The package by job: `lock` (one run per index), `scan` (finding the files), `reading` (one
file read and parsed within its time budget), `workers` (the worker processes and their
lifecycle), `record` (outcomes into the index and the catalog), `run` (the run itself).
"""

from __future__ import annotations

from ..indexfiles import index_size
from ..recovery import LOCK_NAME, IndexRunFailed, UsageError
from .lock import IndexerLock, IndexLocked
from .reading import FILE_BUDGET_SECONDS, ReadResult, ReadTask, read_one
from .report import IndexReport, Progress
from .run import (
    COMMIT_EVERY_DOCS,
    COMMIT_EVERY_SECONDS,
    PARALLEL_THRESHOLD,
    default_workers,
    forget_folder,
    remove_index,
    update_index,
)
from .scan import FoundFile, RunOptions, scan
from .workers import JOB_FILES, WorkerDied

__all__ = [
    "COMMIT_EVERY_DOCS",
    "COMMIT_EVERY_SECONDS",
    "FILE_BUDGET_SECONDS",
    "JOB_FILES",
    "LOCK_NAME",
    "PARALLEL_THRESHOLD",
    "FoundFile",
    "IndexLocked",
    "IndexReport",
    "IndexRunFailed",
    "IndexerLock",
    "Progress",
    "ReadResult",
    "ReadTask",
    "RunOptions",
    "UsageError",
    "WorkerDied",
    "default_workers",
    "forget_folder",
    "index_size",
    "read_one",
    "remove_index",
    "scan",
    "update_index",
]
