"""The textual app. Only this package imports textual."""

from __future__ import annotations

from ..config import IndexLocation


def run_app(location: IndexLocation, query: str = "") -> int:
    from .main import ArchiveApp

    app = ArchiveApp(location.path, query, index_reason=location.reason)
    app.run()
    # never 0 after a crash (textual sets the return code) or when there was nothing to browse
    return app.return_code or (0 if app.archive is not None else 1)
