"""The textual app. Only this package imports textual."""

from __future__ import annotations

from ..config import IndexLocation


def run_app(location: IndexLocation, query: str = "") -> int:
    from .main import ArchiveApp

    return ArchiveApp(location.path, query, index_reason=location.reason).run() or 0
