"""An indexing run into an archive on a PostgreSQL server (`--index postgresql://...`).

The same run as run.py's (scan, read in workers, record, drop what was removed or moved),
with three differences:

- Locks: instead of the index folder's lock file, an advisory lock per folder of this
  machine (engine.root_locks): machines, and runs on different folders, index at once.
- Transactions: the articles and the catalog's record of their files commit together, so a
  run cut off anywhere (Ctrl-C, a kill, a lost connection) leaves both or neither: the next
  run reads again exactly the files whose record is missing, and an article written twice
  is one row (upsert by id). Nothing to reconcile afterwards.
- --rebuild empties this machine's part of the archive and reads its folders again (the
  other machines' articles stay); it is not built aside.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..dburl import DatabaseIndex
from ..recovery import IndexRunFailed, UsageError
from .reading import FILE_BUDGET_SECONDS
from .report import IndexReport, Progress
from .run import _check_paths, _run_options_and_go, default_workers
from .workers import WorkerDied


def update_database(
    where: DatabaseIndex,
    paths: list[Path] | None = None,
    *,
    rebuild: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    follow_links: bool | None = None,
    file_budget: float = FILE_BUDGET_SECONDS,
) -> IndexReport:
    """Bring this machine's part of the archive in `where` up to date with `paths` (or its
    remembered folders). A server that is down, or a connection lost on the way, is
    IndexRunFailed with one line (no password in it)."""
    from ..engine.postgres import DatabaseUnavailable, PostgresCatalog, PostgresEngine

    started = time.monotonic()
    report = IndexReport()
    roots = _check_paths(paths or [])
    try:
        engine = PostgresEngine.create(where)
    except DatabaseUnavailable as exc:
        raise IndexRunFailed(str(exc)) from None
    try:
        catalog = PostgresCatalog(engine)
        with catalog.transaction():
            catalog.add_roots(str(r) for r in roots)
            if follow_links is not None:
                catalog.set_setting("follow_links", "1" if follow_links else "0")
        all_roots = [Path(r) for r in catalog.roots()]
        if not all_roots:
            raise UsageError("no folders to index yet: run `tuiarchive index PATH`")
        with engine.root_locks(catalog.machine, [str(r) for r in all_roots]):
            if rebuild:
                missing = [r for r in all_roots if not r.exists()]
                if missing:
                    raise UsageError(
                        f"folder not found: {missing[0]}: mount or restore it, or `tuiarchive forget` it, "
                        "then rebuild (the archive is kept as it is)"
                    )
                _forget_this_machine(engine, catalog)
            _run_options_and_go(where, engine, catalog, all_roots, report, rebuild=False, workers=workers or
                                default_workers(), progress=progress, file_budget=file_budget,
                                inherited_locks=[])  # fmt: skip
            if report.added or report.updated or report.removed:
                engine.analyze()  # the statistics "more like this" weighs words by
    except DatabaseUnavailable as exc:
        raise IndexRunFailed(f"{exc}: run `tuiarchive index` again (what was committed is kept)") from None
    except WorkerDied as exc:
        raise IndexRunFailed(str(exc)) from exc
    finally:
        engine.close()
    report.seconds = time.monotonic() - started
    return report


def _forget_this_machine(engine, catalog) -> None:
    """This machine's articles and records, in one transaction."""
    writer = engine.writer_handle()
    with catalog.transaction():
        for article_id in catalog.article_ids():
            writer.delete(article_id)
        catalog.clear()
