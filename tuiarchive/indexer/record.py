"""Recording what a run found, in the index and the catalog: each file's outcome, a worker's
job, moved files, and the two stores reconciled after an interrupted run."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .. import indexfiles
from ..catalog import Catalog, FileState
from ..catalog_records import SameContent
from .reading import ReadResult
from .report import IndexReport
from .workers import JobResult

if TYPE_CHECKING:  # imported where used: a re-index that finds nothing to do never loads whoosh
    from .. import engine as eng


def commit_job(
    job: JobResult, engine: eng.Engine, catalog: Catalog, states: Mapping[str, FileState], report: IndexReport
) -> None:
    """A worker's job: its files recorded, its segment added, the index committed, then the catalog."""
    writer = engine.writer_handle(timeout=30.0)
    with catalog.transaction():  # committed after the index: the catalog is never ahead of it
        try:
            new: list[ReadResult] = []  # a run of files new to the catalog, each one article: recorded together
            for result in job.results:
                old = states.get(result.path)
                if old is None and result.kind == "article" and not result.container:
                    new.append(result)
                    continue
                _record_new(new, catalog, report)
                # new versions are in the job's segment: only old ones are deleted here
                apply_result(result, old, writer, catalog, report, built=True)
            _record_new(new, catalog, report)
            if job.segment is not None:
                writer.add_segment(job.segment)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise


def _record_new(new: list[ReadResult], catalog: Catalog, report: IndexReport) -> None:
    """What apply_result records of files the catalog has nothing of, each one article (in a
    worker's segment already), in one call for all of them; `new` is emptied."""
    if new:
        catalog.record_new_articles([(r.articles[0], r.size, r.mtime_ns, r.context) for r in new])
        _keep_opened(catalog, new)
        report.added += len(new)
        new.clear()


def _keep_opened(catalog: Catalog, results: list[ReadResult]) -> None:
    """The outcome records of files read (tuiarchive/opened.py), after their articles: what opens
    them without the parser. A catalog on PostgreSQL keeps the articles themselves."""
    if isinstance(catalog, Catalog):
        kept = [(r.path, r.opened) for r in results if r.opened is not None]
        if kept:
            catalog.record_opened(kept)


def apply_result(
    result: ReadResult,
    old: FileState | None,
    writer: eng.EngineWriter,
    catalog: Catalog,
    report: IndexReport,
    *,
    fresh: bool = False,
    built: bool = False,
) -> None:
    """Record one file's outcome. `built`: the article is already in a worker's segment."""
    old_ids = old.ids if old else ()
    if result.kind == "same":
        catalog.touch(result.path, result.size, result.mtime_ns)
        report.unchanged += 1
        if old and old.reason:
            report.failed.append((result.path, old.reason))
    elif result.kind == "failed":
        for old_id in old_ids:
            writer.delete(old_id)
        catalog.record_failure(result.path, result.size, result.mtime_ns, result.hash, result.reason or "failed")
        report.failed.append((result.path, result.reason or "failed"))
    else:
        new_ids = {a.id for a in result.articles}
        for old_id in old_ids:
            if built or old_id not in new_ids:  # built: the new versions are in the job's segment
                writer.delete(old_id)
        if not built:
            for article in result.articles:
                if fresh:
                    writer.add(article)
                else:
                    writer.upsert(article)
        if result.container:
            catalog.record_container(
                result.path, result.size, result.mtime_ns, result.hash, result.articles, result.failures
            )
            report.failed.extend((f"{result.path} [{key}]", reason) for key, reason in result.failures)
        elif old is None:  # the catalog has nothing of this file
            catalog.record_new_article(result.articles[0], result.size, result.mtime_ns)
        else:
            catalog.record_article(result.articles[0], result.size, result.mtime_ns)
        if not result.container:
            _keep_opened(catalog, [result])
        if old and old.status in ("ok", "container"):
            report.updated += len(result.articles)
        else:
            report.added += len(result.articles)
    if result.context is not None:
        catalog.record_page(result.path, result.context)
    for member, facts in result.members.items():  # a container's web pages (after record_container)
        catalog.record_page(result.path, facts, member)


def delete_articles(engine: eng.Engine, ids: Iterable[str | None]) -> None:
    """The articles out of the index, in one commit (None: a catalog entry with no article)."""
    with engine.writer(timeout=30.0) as writer:
        for article_id in ids:
            if article_id:
                writer.delete(article_id)


def drop_moved(engine: eng.Engine, catalog: Catalog, report: IndexReport) -> set[str]:
    """A moved or renamed folder is read again at its new place: the entries whose file is
    gone and whose exact content is now catalogued at another path are those articles,
    moved. Dropping them keeps the archive from doubling; each old id is recorded as leading
    to the article at its new place (what the user kept by id: bookmarks, read marks);
    a remembered folder that is gone and left empty by this is forgotten. Returns the
    groups (archive context) they left."""
    same = catalog.same_content_elsewhere()
    gone = [s for s in same if not os.path.lexists(s.path)]
    if not gone:
        return set()
    left = catalog.page_groups(s.path for s in gone)
    moves = _new_places(gone, [s for s in same if os.path.lexists(s.path)])
    delete_articles(engine, (s.id for s in gone))
    with catalog.transaction():
        for path in {s.path for s in gone}:
            catalog.forget(path)
        catalog.record_moves(moves)
        emptied = [root for root, n in catalog.root_counts() if n == 0 and not os.path.exists(root)]
        for root in emptied:
            for path, _ in catalog.paths_under(root):  # its failures, no longer anywhere
                catalog.forget(path)
            catalog.remove_root(root)
    moved = len(gone)
    report.removed += moved
    report.missing_roots = [r for r in report.missing_roots if r not in emptied]  # moved, not missing
    report.notices.append(
        f"{moved} article{'s' if moved != 1 else ''} moved: recognised at their new place by content"
        + (f"; forgot the folder{'s' if len(emptied) != 1 else ''} {', '.join(emptied)}" if emptied else "")
    )
    return left


def _new_places(gone: list[SameContent], present: list[SameContent]) -> dict[str, str]:
    """Old id -> new id: each gone article's content at a path that is there (the same member
    of a container), with the same file name when there are copies (a folder moved keeps its
    names), else the first path."""
    by_content: dict[tuple[str, str], list[SameContent]] = {}
    for s in sorted(present, key=lambda s: s.path):
        by_content.setdefault((s.hash, s.member), []).append(s)
    moves = {}
    for old in gone:
        places = by_content.get((old.hash, old.member))
        if places:
            name = os.path.basename(old.path)
            new = next((p for p in places if os.path.basename(p.path) == name), places[0])
            moves[old.id] = new.id
    return moves


RECONCILED_SETTING = "reconciled"  # the index's TOC and the catalog's count when last found to agree


def reconcile(index_dir: Path, engine: eng.Engine, catalog: Catalog, report: IndexReport, *, opened: bool) -> None:
    """After an interrupted run the index may hold articles the catalog forgot: drop them.
    When neither side changed since they were last found to agree (the index's table of
    contents, which every commit replaces, and the catalog's article count), and this run did not
    open the index (`opened`), they still agree: the index is not opened to count. An engine
    whose index and catalog commit in one transaction (PostgreSQL) has nothing to reconcile
    (and counting there would race the other machines' commits)."""
    if getattr(type(engine), "one_transaction", False):  # the class's: an on-demand engine stays unopened
        return
    if not opened and catalog.setting(RECONCILED_SETTING) == _agreed(index_dir, catalog):
        return
    _reconcile_counts(engine, catalog, report)
    with catalog.transaction():
        catalog.set_setting(RECONCILED_SETTING, _agreed(index_dir, catalog))


def _agreed(index_dir: Path, catalog: Catalog) -> str:
    return f"{indexfiles.toc_stamp(index_dir)} {catalog.article_count()}"


def _reconcile_counts(engine: eng.Engine, catalog: Catalog, report: IndexReport) -> None:
    if engine.doc_count() == catalog.article_count():
        return
    in_engine, in_catalog = engine.ids(), catalog.article_ids()
    extra = in_engine - in_catalog
    if extra:
        with engine.writer(timeout=30.0) as w:
            for article_id in extra:
                w.delete(article_id)
        report.notices.append(f"removed {len(extra)} stale entries left by an interrupted run")
    missing = in_catalog - in_engine
    if missing:
        with catalog.transaction():
            catalog.forget_ids(missing)
        report.notices.append(f"{len(missing)} articles were missing from the index; they are re-read next run")
