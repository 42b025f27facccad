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

from ..dburl import DRIVER_MISSING, DatabaseIndex, driver_missing
from ..recovery import IndexRunFailed, UsageError
from .reading import FILE_BUDGET_SECONDS
from .report import IndexReport, Progress
from .run import _check_paths, _run_options_and_go, default_workers
from .workers import WorkerDied, deferred_joins


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
    if driver_missing():
        raise UsageError(DRIVER_MISSING)
    from ..engine.postgres import DatabaseUnavailable, PostgresCatalog, PostgresEngine

    started = time.monotonic()
    report = IndexReport()
    roots = _check_paths(paths or [])
    try:
        engine = PostgresEngine.create(where)
    except DatabaseUnavailable as exc:
        raise IndexRunFailed(str(exc)) from None
    report.notices.extend(engine.notices)
    try:
        catalog = PostgresCatalog(engine)
        with catalog.transaction():
            catalog.add_roots(str(r) for r in roots)
            if follow_links is not None:
                catalog.set_setting("follow_links", "1" if follow_links else "0")
        all_roots = [Path(r) for r in catalog.roots()]
        if not all_roots:
            raise UsageError("no folders to index yet: run `tuiarchive index PATH`")
        with engine.root_locks(catalog.machine, [str(r) for r in all_roots]), deferred_joins():  # joined, then unlocked
            if rebuild:
                missing = [r for r in all_roots if not r.exists()]
                if missing:
                    raise UsageError(
                        f"folder not found: {missing[0]}: mount or restore it, or `tuiarchive forget` it, "
                        "then rebuild (the archive is kept as it is)"
                    )
                _forget_this_machine(engine, catalog)
            with engine.bulk_load():  # into an empty archive: the search indexes made at the end
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


def forget_database_folder(where: DatabaseIndex, folder: Path) -> int:
    """Forget one of this machine's folders: its articles leave the archive (under the
    folder's lock, in one transaction). UsageError if it is not remembered here."""
    import os

    from ..engine.postgres import DatabaseUnavailable, PostgresCatalog, PostgresEngine
    from .context import PENDING_SETTING
    from .scan import under_any

    target = os.path.abspath(os.path.expanduser(folder))
    if driver_missing():
        raise UsageError(DRIVER_MISSING)
    try:
        engine = PostgresEngine.open(where)
    except DatabaseUnavailable as exc:
        raise IndexRunFailed(str(exc)) from None
    except Exception as exc:  # no archive there
        raise UsageError(f"{exc} ({where})") from None
    try:
        catalog = PostgresCatalog(engine)
        roots = catalog.roots()
        if target not in roots:
            known = ", ".join(roots) or "none"
            raise UsageError(f"{target} is not a remembered folder of this machine (remembered: {known})")
        with engine.root_locks(catalog.machine, [target]):
            others = [Path(r) for r in roots if r != target]  # a file under another folder too stays
            going = [(p, i) for p, i in catalog.paths_under(target) if not under_any(p, others)]
            writer = engine.writer_handle()
            with catalog.transaction():
                for path, article_id in going:
                    if article_id:
                        writer.delete(article_id)
                    catalog.forget(path)
                catalog.remove_root(target)
                catalog.set_setting(PENDING_SETTING, "1")  # its sites' other pages: read again next run
    except DatabaseUnavailable as exc:
        raise IndexRunFailed(f"{exc}: nothing was forgotten") from None
    finally:
        engine.close()
    return sum(1 for _, i in going if i)


def _forget_this_machine(engine, catalog) -> None:
    """This machine's articles and records, in one transaction."""
    writer = engine.writer_handle()
    with catalog.transaction():
        for article_id in catalog.article_ids():
            writer.delete(article_id)
        catalog.clear()
