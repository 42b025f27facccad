"""Archive context in an indexing run (the method: tuiarchive/parser/context.py).

Every file read records its group, its line hashes and the chrome its reading dropped
(`PageFacts`, in the catalog's `pages`). After a run has read what was new or changed and
removed what was gone, each group that gained, lost or changed a file has its chrome worked
out again from its files' recorded hashes (no file is read for that), and the files whose
share of it changed are read again with it (`stale_pages`). A file's reading so depends only
on the set of files in its group: one run or several, in any order, or --rebuild, give the
same articles. A file is read twice only when its group's chrome changes what is on it: a
folder's first build, or a change that tips a line over or under the thresholds. Files
added to a known group are read with the chrome it had (`with_known_chrome`), which is
almost always the chrome it keeps; a folder's first files with a guess at it from a few of
them (`with_predicted_chrome`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable

from ..catalog import PAGES_DONE, PAGES_SETTING, Catalog
from .reading import ReadTask
from .scan import FoundFile


def group_chrome(catalog: Catalog, group: str) -> tuple[frozenset[int], list[tuple[str, str, frozenset[int], bytes]]]:
    """A group's chrome, and its pages: (path, member, line hashes, chrome their reading dropped)."""
    from ..parser.context import recurring, unpack  # here: a run with nothing to read never loads it

    pages = [(path, member, unpack(lines), used) for path, member, lines, used in catalog.group_pages(group)]
    return recurring(lines for _, _, lines, _ in pages if lines), pages


class _Chromes:
    """Each group's chrome, worked out once in a run's step."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.known: dict[str, frozenset[int]] = {}

    def __call__(self, group: str) -> frozenset[int]:
        if group not in self.known:
            self.known[group] = group_chrome(self.catalog, group)[0]
        return self.known[group]

    def of_members(self, path: str) -> tuple[tuple[str, frozenset[int]], ...]:
        """The groups a container's pages are in (as last read), each with its chrome, none
        left out: a group with none says so, and the container is not guessed for again
        (MemberContexts.guessing: its pages' guess would go against their group's count)."""
        return tuple((g, self(g)) for g in sorted(self.catalog.page_groups([path])))


def stale_pages(catalog: Catalog, groups: Iterable[str], found: dict[str, FoundFile]) -> list[ReadTask]:
    """The files of these groups whose reading dropped other lines than their group's chrome
    on them now: to be read again with it (a container with every group its pages are in)."""
    from ..parser.context import NO_CHROME, pack

    chromes = _Chromes(catalog)
    tasks: dict[str, ReadTask] = {}
    for group in sorted(groups):
        chrome, pages = group_chrome(catalog, group)
        chromes.known[group] = chrome
        for path, member, lines, used in sorted(pages):
            want = chrome & lines if chrome else NO_CHROME
            if pack(want) == used or path not in found or path in tasks:
                continue
            f = found[path]
            if member:
                tasks[path] = ReadTask(path, f.size, f.mtime_ns, None, groups=chromes.of_members(path))
            else:
                tasks[path] = ReadTask(path, f.size, f.mtime_ns, None, want)
    return [tasks[p] for p in sorted(tasks)]


def with_known_chrome(catalog: Catalog, tasks: list[ReadTask], catalogued: Iterable[str] = ()) -> list[ReadTask]:
    """The tasks, each with the chrome its folder's group has already (where it has one), else
    that of the site most of the folder's `catalogued` files are of (saved web pages are
    grouped by site), and a container with its pages' groups' (as last read): what a file
    added to a known folder, or a web archive written again, is read with, so that it is read
    once."""
    from ..formats import is_container_name

    chromes = _Chromes(catalog)
    groups_of = _task_groups(tasks)
    folders = set(groups_of)
    known = {g: c for g in folders if (c := chromes(g))}
    if unknown := folders - known.keys():
        known |= _folder_sites(catalog, chromes, unknown, catalogued, {t.path for t in tasks})
    out = []
    for t, group in zip(tasks, groups_of, strict=True):
        groups = chromes.of_members(t.path) if t.old_hash is not None and is_container_name(t.path) else t.groups
        chrome = known.get(group, t.chrome)
        out.append(t if (chrome, groups) == (t.chrome, t.groups) else ReadTask(
            t.path, t.size, t.mtime_ns, t.old_hash, chrome, groups))  # fmt: skip
    return out


# Files of a folder whose groups say which site it keeps (the first found of it)
SITE_SAMPLE = 16


def _folder_sites(
    catalog: Catalog, chromes: _Chromes, folders: set[str], catalogued: Iterable[str], reading: set[str]
) -> dict[str, frozenset[int]]:
    """For folders with no chrome of their own: the chrome of the group more than half of a
    few of their catalogued files are in (a folder of one site's saved pages: that site's)."""
    sample: dict[str, list[str]] = {}
    for path in catalogued:
        folder = "dir:" + os.path.dirname(path)
        if folder in folders and path not in reading and len(some := sample.setdefault(folder, [])) < SITE_SAMPLE:
            some.append(path)
    found = {}
    for folder, paths in sample.items():
        groups = Counter(g for p in paths for g in catalog.page_groups([p]))
        if groups:
            group, n = groups.most_common(1)[0]
            if 2 * n > len(paths) and (chrome := chromes(group)):
                found[folder] = chrome
    return found


def chrome_in_archive(catalog: Catalog, path: str) -> dict[str, frozenset[int]]:
    """The chrome a file is read with in this archive, by group: that of the groups it was
    read in (a container's pages may be in several), else, not read yet, its folder's; none
    for a file outside the archive's folders (`tuiarchive parse` reads as the indexer does)."""
    from pathlib import Path

    from ..parser.context import group_of
    from .scan import under_any

    if not under_any(path, [Path(r) for r in catalog.roots()]):
        return {}
    chromes = _Chromes(catalog)
    return {g: c for g in sorted(catalog.page_groups([path]) or {group_of(path)}) if (c := chromes(g))}


# Files of a new folder whose lines are hashed before the run, to guess the folder's chrome
# (evenly spread over its files in path order; a guess only saves reading files twice).
# A first build of `benchmarks.generate --size 3000` read 317 pages twice with 16 (lines near
# the share that makes chrome guessed wrong), none with 64: a few ms more a folder of text.
PREDICT_SAMPLE = 64


def with_predicted_chrome(tasks: list[ReadTask]) -> list[ReadTask]:
    """The tasks, those of a folder the archive has no chrome for yet each with a guess at it,
    worked out from the lines of a few of the folder's pages (formats.pagelines, without
    reading them), when more than half of those are of one group (a plain-text page's group
    is its folder; a folder of one site's saved pages, that site): so that a folder's first
    build reads most of its files once, not twice. Only a guess: after the run, stale_pages
    reads again every file whose share of its group's true chrome is not what it was read
    with, so no file's reading depends on the guess (nor on which files were sampled)."""
    from ..formats.pagelines import file_lines
    from ..parser.context import MIN_FOLDER, NO_CHROME, recurring

    new: dict[str, list[ReadTask]] = {}
    groups_of = _task_groups(tasks)
    for t, group in zip(tasks, groups_of, strict=True):
        if not t.chrome:
            new.setdefault(group, []).append(t)
    guessed: dict[str, frozenset[int]] = {}
    for group, members in new.items():
        if len(members) < MIN_FOLDER:
            continue
        members = sorted(members, key=lambda t: t.path)
        step = max(1, len(members) // PREDICT_SAMPLE)
        sample = [found for t in members[::step][:PREDICT_SAMPLE] if (found := file_lines(t.path))]
        mostly, n = Counter(g for g, _ in sample).most_common(1)[0] if sample else ("", 0)
        if n >= MIN_FOLDER and 2 * n > len(sample) and (chrome := recurring(h for g, h in sample if g == mostly)):
            guessed[group] = chrome
    if not guessed:
        return tasks
    return [
        t.with_chrome(guessed.get(group, NO_CHROME)) if not t.chrome else t
        for t, group in zip(tasks, groups_of, strict=True)
    ]


def _task_groups(tasks: list[ReadTask]) -> list[str]:
    """Each task's group as a plain page (parser.context.group_of), worked out once a folder:
    a folder's files share it (a name "." or ".." would not: it is asked of itself)."""
    from ..parser.context import group_of

    by_folder: dict[str, str] = {}
    out = []
    for t in tasks:
        folder, slash, name = t.path.rpartition("/")
        folder += slash  # "/a.txt" and "a.txt" are in other folders
        if name in ("", ".", ".."):
            out.append(group_of(t.path))
            continue
        group = by_folder.get(folder)
        if group is None:
            group = by_folder[folder] = group_of(t.path)
        out.append(group)
    return out


def unpaged_tasks(catalog: Catalog, found: dict[str, FoundFile], reading: Iterable[str]) -> list[ReadTask]:
    """Files read by a tuiarchive from before archive context (no line hashes recorded), and
    containers read before their pages had theirs: to be read again, once (after a complete
    run the catalog says every file has them)."""
    done = catalog.setting(PAGES_SETTING)
    if done == PAGES_DONE:
        return []
    missing = catalog.unpaged_files(containers=True) - set(reading)
    if done == "1":  # single pages have their rows already: only containers are missing
        missing -= catalog.unpaged_files()
    return [ReadTask(p, found[p].size, found[p].mtime_ns) for p in sorted(missing) if p in found]


# Set while a run's groups may be unsettled (from before its first commit until its files are
# read in their groups' context): a run stopped meanwhile leaves it, and the next run checks
# every group. `forget` sets it too (a site's pages may be in the folder forgotten and others).
PENDING_SETTING = "context pending"


def unsettled(catalog: Catalog) -> bool:
    return catalog.setting(PENDING_SETTING) == "1"


def begin(catalog: Catalog) -> None:
    """Before a run commits anything that changes a group."""
    if not unsettled(catalog):
        with catalog.transaction():
            catalog.set_setting(PENDING_SETTING, "1")


def settle(catalog: Catalog) -> None:
    """Every group read in its context: what this run read has its lines recorded."""
    if unsettled(catalog) or catalog.setting(PAGES_SETTING) != PAGES_DONE:
        with catalog.transaction():
            catalog.set_setting(PENDING_SETTING, "0")
            catalog.set_setting(PAGES_SETTING, PAGES_DONE)
