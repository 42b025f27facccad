"""On how many labelled pages each alternative of the line rules' patterns fires.

    python -m benchmarks.rule_reach [--shared DIR] [--modules chrome bylines ...] [--show 1]

A rule written for one page's wording fires on that page only: it raises the dev figures and
says nothing about unseen pages. For every module-level pattern of the header, title and
related stages (and the exact phrase lists beside them) this splits the pattern into its
alternatives (the top-level "a|b|c", else the alternatives of its largest group) and counts
the labelled pages on which each alternative matches a line (the line as it is, stripped, or
folded to small letters: a rule's two usual inputs; `search`, so a count is an upper bound).
Real pages (the seed, page-copies, web-pages) and our invented fixtures are counted apart.

--show N lists the alternatives that fire on exactly N real pages (and on no fixture), with
the page: the candidates of a pruning pass, each to be judged general form or one site's
wording. The pages are read from ../shared at run time; nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from tuiarchive.parser import read_file_bytes
from tuiarchive.parser.evaluate import all_sets
from tuiarchive.text import decode_bytes, fold, split_lines

MODULES = (
    "chrome",
    "bylines",
    "names",
    "dates",
    "captions",
    "header",
    "headline",
    "title",
    "related",
    "related_shapes",
    "lexicon",
    "lexicon_dates",
    "lexicon_site",
    "body",
    "stops",
    "span",
)
# phrase lists a whole line is looked up in (folded); word lists are not counted
PHRASE_LISTS = {
    "_CHROME_EXACT",
    "VALUE_LABELS",
    "MEDIA_LABELS",
    "VIDEO_LABELS",
    "FOLLOW_WORDS",
    "SECTION_WORDS",
    "CARD_LABEL_WORDS",
    "UI_PHRASES",
}


def _structure(source: str) -> Iterator[tuple[int, str]]:
    """The pattern's '(', ')' and '|' that are syntax (not escaped, not in a [class]), in order."""
    i, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # a "]" first in a class is one of its characters
                continue
        elif ch in "()|":
            yield i, ch
        i += 1


def _groups(source: str) -> tuple[list[int], dict[int, list[int]], dict[int, int]]:
    """The '|' at depth 0; for each group (by the index of its '(') the '|' directly in it, and
    where it closes."""
    top: list[int] = []
    inner: dict[int, list[int]] = {}
    close: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in _structure(source):
        if ch == "(":
            stack.append(i)
            inner[i] = []
        elif ch == ")" and stack:
            close[stack.pop()] = i
        elif ch == "|":
            (inner[stack[-1]] if stack else top).append(i)
    return top, inner, close


def alternatives(pattern: re.Pattern[str]) -> list[tuple[str, re.Pattern[str]]]:
    """(the alternative's text, a pattern that is the whole pattern with only that alternative)."""
    source = pattern.pattern
    top, inner, close = _groups(source)
    if top:
        prefix, suffix = "", ""
        bounds = [-1, *top, len(source)]
        pieces = [source[a + 1 : b] for a, b in pairwise(bounds)]
    else:
        start = max(inner, key=lambda k: len(inner[k]), default=None)
        if start is None or not inner[start]:
            return [(source, pattern)]
        end = close.get(start, len(source))
        head = re.match(r"\((?:\?(?:P<\w+>|[:=!]|<[=!]))?", source[start:])
        opener = head.group(0) if head else "("
        body = source[start + len(opener) : end]
        prefix, suffix = source[: start + len(opener)], source[end:]
        bounds = [-1, *(c - start - len(opener) for c in inner[start]), len(body)]
        pieces = [body[a + 1 : b] for a, b in pairwise(bounds)]
    out = []
    for piece in pieces:
        try:
            out.append((piece, re.compile(prefix + piece + suffix, pattern.flags)))
        except re.error:
            out.append((piece, pattern))  # a piece that is no pattern alone: counted as the whole
    return out


@dataclass
class Rule:
    module: str
    name: str
    alternative: str
    test: object  # a compiled pattern, or a phrase (str) a folded line must equal
    real: set[str] = field(default_factory=set)
    fixtures: set[str] = field(default_factory=set)

    def fires(self, line: str, folded: str) -> bool:
        if isinstance(self.test, str):
            return folded.rstrip(":").strip() == self.test
        return bool(self.test.search(line) or self.test.search(folded))  # type: ignore[attr-defined]


def rules(modules: tuple[str, ...]) -> Iterator[Rule]:
    """Every alternative of the modules' patterns and phrase lists (a pattern imported into
    another module counted once, under the first)."""
    seen: set[int] = set()
    for name in modules:
        module = importlib.import_module(f"tuiarchive.parser.{name}")
        for attr, value in vars(module).items():
            if id(value) in seen:
                continue
            if isinstance(value, re.Pattern):
                seen.add(id(value))
                for text, compiled in alternatives(value):
                    yield Rule(name, attr, text, compiled)
            elif attr in PHRASE_LISTS and isinstance(value, (set, frozenset)):
                seen.add(id(value))
                for phrase in sorted(value):
                    yield Rule(name, attr, phrase, phrase)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--modules", nargs="*", default=list(MODULES))
    ap.add_argument("--show", type=int, nargs="*", default=[], help="list the alternatives firing on N real pages")
    args = ap.parse_args(argv)
    found = list(rules(tuple(args.modules)))
    pages = 0
    for labelled in all_sets(args.shared):
        fixture = labelled.name.startswith("fixtures/")
        for label in labelled.labels():
            pages += 1
            page = f"{labelled.name}/{label['file']}"
            lines = [
                ln.strip() for ln in split_lines(decode_bytes(read_file_bytes(labelled.folder / label["file"])).text)
            ]
            lines = [ln for ln in dict.fromkeys(lines) if ln and len(ln) <= 600]
            folded = [fold(ln) for ln in lines]
            for r in found:
                if any(r.fires(a, b) for a, b in zip(lines, folded, strict=True)):
                    (r.fixtures if fixture else r.real).add(page)
    print(f"{len(found)} alternatives in {len(args.modules)} modules, {pages} labelled pages")
    print(f"{'module':<10} {'pattern':<22} {'alts':>5} {'0 pages':>8} {'fixtures only':>13} {'1 real page':>11}")
    by_pattern: dict[tuple[str, str], list[Rule]] = {}
    for r in found:
        by_pattern.setdefault((r.module, r.name), []).append(r)
    totals = [0, 0, 0, 0]
    for (module, name), rs in by_pattern.items():
        none = sum(not r.real and not r.fixtures for r in rs)
        fixtures_only = sum(not r.real and bool(r.fixtures) for r in rs)
        single = sum(len(r.real) == 1 and not r.fixtures for r in rs)
        for k, v in enumerate((len(rs), none, fixtures_only, single)):
            totals[k] += v
        print(f"{module:<10} {name[:22]:<22} {len(rs):>5} {none:>8} {fixtures_only:>13} {single:>11}")
    print(f"{'all':<10} {'':<22} {totals[0]:>5} {totals[1]:>8} {totals[2]:>13} {totals[3]:>11}")
    for n in args.show:
        print(f"\nalternatives firing on exactly {n} real page(s) and no fixture:")
        for r in found:
            if len(r.real) == n and not r.fixtures:
                print(f"  {r.module}.{r.name}: {r.alternative[:70]!r}  <- {', '.join(sorted(r.real))[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
