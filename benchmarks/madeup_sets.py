"""What the made-up page benchmarks share: write a set of pages with its labels.json, parse and score
each page in process, tally a field's figure per group and print the table (body_trailers, body_inside,
body_starts, body_ends).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle, parse_file
from tuiarchive.parser.evaluate import norm, score_page

Label = dict[str, Any]
Tally = dict[str, dict[str, list[float]]]
# (label, the field's scores, the parsed body's paragraphs normalised: the related headlines when the set
# scores related lists) -> the lines to list as misses
MissLines = Callable[[Label, dict[str, Any], list[str]], list[str]]


def write_pages(out: Path, pages: Iterable[tuple[str, str, Label]]) -> list[Label]:
    """Write each (file name, text, label) to OUT and the labels to OUT/labels.json."""
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for file, text, label in pages:
        (out / file).write_text(text.rstrip() + "\n", encoding="utf-8")
        labels.append({"file": file, **label})
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    return labels


def pages_by_shape(
    shapes: Iterable[str],
    langs: Iterable[str],
    per: int,
    endings: tuple[str, ...],
    make: Callable[[str, str, str], tuple[str, Label]],
) -> Iterator[tuple[str, str, Label]]:
    """PER pages of each shape in each language, the story's ending taken in turn: make(lang, shape, ending)."""
    for shape in shapes:
        for lang in langs:
            for n in range(per):
                ending = endings[n % len(endings)]
                text, label = make(lang, shape, ending)
                yield f"{shape}-{lang}-{n}-{ending}.txt", text, label


def write_seeded(
    out: Path,
    seed: int,
    shapes: Iterable[str],
    langs: Iterable[str],
    per: int,
    endings: tuple[str, ...],
    make_page: Callable[[str, str, str, random.Random], tuple[str, Label]],
) -> list[Label]:
    """pages_by_shape written to OUT, every page drawn from one random stream of SEED:
    make_page(lang, shape, ending, rng)."""
    rng = random.Random(seed)
    return write_pages(out, pages_by_shape(shapes, langs, per, endings, lambda *page: make_page(*page, rng)))


def side(label: Label, body: list[str]) -> str:
    """Which way a body_end miss went: 'short' (stopped early), 'long' (ran on) or 'refused'."""
    if not body:
        return "refused"
    last = norm(label["body_last"])
    return "long" if any(last in p for p in body[:-1]) else "short"


def end_miss(label: Label, scores: dict[str, Any], body: list[str]) -> list[str]:
    if scores["body_end"]:
        return []
    return [f"  {label['file']} [{side(label, body)}] ends: {(body or [''])[-1][:90]!r}"]


def start_miss(label: Label, scores: dict[str, Any], body: list[str]) -> list[str]:
    if scores["body_start"]:
        return []
    return [f"  {label['file']} [start] starts: {(body or [''])[0][:90]!r}"]


def score_set(
    out: Path,
    labels: list[Label],
    groups: Callable[[Label], Iterable[str]],
    misses: MissLines,
    fields: tuple[str, ...] = ("body_end", "body_start"),
    found_of: Callable[[dict[str, Any]], list[str]] | None = None,
) -> tuple[Tally, list[str]]:
    """Parse and score every page; FIELDS per group (and 'all'; a field a page leaves unscored counts
    nowhere), the misses' lines. What `misses` is given as found: the parse's related headlines or body
    paragraphs, normalised, or `found_of(the parse's JSON)`."""
    tally: Tally = defaultdict(lambda: defaultdict(list))
    missed: list[str] = []
    for label in labels:
        try:
            got = parse_file(out / label["file"]).to_json()
        except NotAnArticle:
            got = {}
        scores = score_page(label, got)
        if label.get("related_headlines") == [] and scores["related_precision"] is None:
            scores["related_precision"] = 1.0  # a page with no list, nothing listed: right
        for key in (*groups(label), "all"):
            for field in fields:
                if scores[field] is not None or field.startswith("body"):
                    tally[key][field].append(scores[field] or 0.0)
        if found_of is not None:
            found = found_of(got)
        elif "related_recall" in fields:
            found = [norm(r["headline"]) for r in got.get("related") or []]
        else:
            found = [norm(p) for p in got.get("body") or []]
        missed += misses(label, scores, found)
    return tally, missed


def print_table(tally: Tally, fields: tuple[str, str] = ("body_end", "body_start"), width: int = 20) -> None:
    wa, wb = (max(9, len(f)) for f in fields)
    print(f"{'group':<{width}} {'pages':>5} {fields[0]:>{wa}} {fields[1]:>{wb}}")
    for key in sorted(tally, key=lambda k: (k.split()[0] != "all", k)):
        a, b = tally[key][fields[0]], tally[key][fields[1]]
        pages = max(len(a), len(b))
        cells = [f"{sum(v) / len(v):>{wv}.0%}" if v else f"{'-':>{wv}}" for v, wv in ((a, wa), (b, wb))]
        print(f"{key:<{width}} {pages:>5} {cells[0]} {cells[1]}")


def options(doc: str, out: str, seed: int, per: int, per_help: str) -> argparse.ArgumentParser:
    """The options every made-up set takes: --out, --seed, --per and --misses."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(out))
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--per", type=int, default=per, help=per_help)
    ap.add_argument("--misses", action="store_true", help="list every miss")
    return ap


def report(
    out: Path,
    labels: list[Label],
    groups: Callable[[Label], Iterable[str]],
    misses: MissLines,
    show_misses: bool,
    fields: tuple[str, str] = ("body_end", "body_start"),
    width: int = 20,
) -> int:
    """Score the set, print the table and (when asked) the misses; the exit status."""
    tally, missed = score_set(out, labels, groups, misses, fields)
    print_table(tally, fields, width)
    if show_misses:
        print("misses:")
        print("\n".join(missed))
    return 0
