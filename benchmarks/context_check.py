"""Archive context on real multi-page data: what a folder's (or site's) chrome drops, page by page.

Issue 14's archive context drops the lines that recur across a group's pages
(tuiarchive/parser/context.py). Its thresholds may change only with figures from real data
where the answer is known, never tuned on the labelled pages' scores. This script gives them:

    python -m benchmarks.context_check bbc      # real articles, a folder per category, no chrome:
                                                # every line dropped is a false positive
    python -m benchmarks.context_check labelled # the labelled page sets, each page read in the
                                                # context of its folder, scored with and without
    python -m benchmarks.context_check FOLDER   # any folder (a generated corpus: chrome expected)

Pages are grouped as the indexer groups them (parser.context.group_of: the site of a page
that states its address, else its folder), every article file under the folder counting.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tuiarchive.config import is_article_name
from tuiarchive.formats import NotAnArticle, read_path
from tuiarchive.parser.context import MIN_FILES, MIN_FOLDER, PageContext, group_of, recurring
from tuiarchive.parser.evaluate import FIELDS, evaluate_set, format_table, shared_root, shared_sets

FIELDS_COMPARED = ("title", "author", "published", "body")


def _files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and is_article_name(path.name) and not any(p.startswith(".") for p in path.parts):
            yield path


def group_chrome(folder: Path) -> tuple[dict[Path, str], dict[str, frozenset[int]], dict[Path, frozenset[int]]]:
    """Each page's group, each group's chrome and each page's line hashes, as the indexer has them."""
    groups: dict[Path, str] = {}
    lines: dict[Path, frozenset[int]] = {}
    for path in _files(folder):
        seen = PageContext()
        url = None
        try:
            parsed = read_path(path, context=seen)
            url = None if parsed.container else parsed.articles[0].url
        except NotAnArticle:
            pass  # its lines still count, as in the indexer
        except Exception:  # a parser bug: not this script's business
            continue
        if seen.lines:
            groups[path], lines[path] = group_of(str(path), url), seen.lines
    members: dict[str, list[frozenset[int]]] = defaultdict(list)
    for path, group in groups.items():
        members[group].append(lines[path])
    return groups, {g: recurring(pages) for g, pages in members.items()}, lines


def _margins(groups: dict[Path, str], lines: dict[Path, frozenset[int]]) -> Iterator[tuple[str, int, int, int]]:
    """How far each group is from having chrome: (group, pages its most repeated line is on,
    pages, lines on MIN_FILES or more pages), for groups of MIN_FOLDER pages or more."""
    by_group: dict[str, Counter[int]] = defaultdict(Counter)
    sizes: Counter[str] = Counter()
    for path, group in groups.items():
        by_group[group].update(lines[path])
        sizes[group] += 1
    for group, counts in sorted(by_group.items()):
        if sizes[group] >= MIN_FOLDER:
            top = max(counts.values(), default=0)
            yield group.rsplit("/", 2)[-1], top, sizes[group], sum(1 for n in counts.values() if n >= MIN_FILES)


def _reading(path: Path, chrome: frozenset[int]) -> dict[str, Any] | None:
    try:
        return read_path(path, context=PageContext(chrome)).articles[0].to_json()
    except NotAnArticle:
        return None


def check_folder(folder: Path, *, show: int = 20) -> dict[str, int]:
    """Every page read with and without its group's chrome: what changes."""
    groups, chrome, lines = group_chrome(folder)
    counts = {"pages": len(groups), "groups": len(chrome), "groups with chrome": sum(1 for c in chrome.values() if c)}
    counts.update({"chrome lines (sum over groups)": sum(len(c) for c in chrome.values()), "pages with chrome": 0})
    counts.update({f"{name} changed": 0 for name in FIELDS_COMPARED})
    counts["body paragraphs dropped"] = 0
    for group, share, n, on_three in _margins(groups, lines):
        print(f"  {group}: its most repeated line on {share} pages of {n}; {on_three} lines on {MIN_FILES}+ pages")
    shown = 0
    for path, group in sorted(groups.items()):
        used = chrome[group] & lines[path]
        if not used:
            continue
        counts["pages with chrome"] += 1
        alone, within = _reading(path, frozenset()), _reading(path, chrome[group])
        if alone is None or within is None:
            continue
        changed = [name for name in FIELDS_COMPARED if alone.get(name) != within.get(name)]
        for name in changed:
            counts[f"{name} changed"] += 1
        gone = [p for p in alone.get("body") or [] if p not in (within.get("body") or [])]
        counts["body paragraphs dropped"] += len(gone)
        if changed and shown < show:
            shown += 1
            print(f"  {path.relative_to(folder)}: {', '.join(changed)} changed; dropped: {[p[:70] for p in gone]}")
    return counts


def check_labelled(root: Path | None) -> None:
    """Each labelled set scored as `tuiarchive eval` scores it, then with every page read in the
    context of its folder (the group the indexer would give it)."""
    sets = shared_sets(shared_root(root))
    contexts: dict[Path, tuple[dict[Path, str], dict[str, frozenset[int]]]] = {}
    for labelled in sets:
        if labelled.folder not in contexts:
            groups, chrome, _ = group_chrome(labelled.folder)
            contexts[labelled.folder] = (groups, chrome)
            on = sum(1 for c in chrome.values() if c)
            print(f"{labelled.folder.name}: {len(groups)} pages, {len(chrome)} groups, {on} with chrome "
                  f"({sum(len(c) for c in chrome.values())} lines)")  # fmt: skip

    def in_context(path: Path) -> dict[str, Any]:
        groups, chrome = contexts[path.parent]
        got = read_path(path, context=PageContext(chrome.get(groups.get(path, ""), frozenset())))
        return got.articles[0].to_json()

    alone = [evaluate_set(s) for s in sets]
    within = [evaluate_set(s, in_context) for s in sets]
    print("alone:\n" + format_table(alone))
    print("in the context of their folder:\n" + format_table(within))
    for a, w in zip(alone, within, strict=True):
        for key in FIELDS:
            if a.mean(key) != w.mean(key):
                lost = sorted(set(w.misses.get(key, [])) - set(a.misses.get(key, [])))
                won = sorted(set(a.misses.get(key, [])) - set(w.misses.get(key, [])))
                print(f"  {a.name} {key}: {a.mean(key)} -> {w.mean(key)}; newly wrong {lost}, newly right {won}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", help="bbc, labelled, or a folder")
    parser.add_argument("--shared", type=Path, default=None, help="the shared data (default ../shared)")
    args = parser.parse_args(argv)
    if args.what == "labelled":
        check_labelled(args.shared)
        return 0
    root = shared_root(args.shared)
    folder = (root / "corpora" / "bbc-fulltext") if args.what == "bbc" and root else Path(args.what)
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2
    for key, value in check_folder(folder).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
