"""The textual app. Only this package imports textual."""

from __future__ import annotations

from pathlib import Path


def run_app(index_dir: Path, query: str = "") -> int:
    from .main import ArchiveApp

    return ArchiveApp(index_dir, query).run() or 0
