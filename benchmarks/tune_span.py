"""Choose the body-span stage's thresholds on the labelled sets, judged leave-one-set-out.

    python -m benchmarks.tune_span [--shared DIR]

Every labelled page is parsed once with the span stage off; `SpanParams` are then scored on
the paragraphs kept (body_start and body_end as score_pages.py scores them). GRID names values
for every parameter; their full product is far too large to score, so the search is a
coordinate descent from the shipped parameters (PARAMS): each parameter in turn takes the grid
value that scores best with the others held, until a whole round changes nothing (--rounds).
For each set, the parameters found on the *other* sets are scored on it (LOSO): only that
figure predicts pages nobody tuned for. The figures with the shipped parameters and with the
parameters found on all sets are printed too; nothing is written. The span stage is scored
alone here (the boundary model after it is off): `tuiarchive eval` judges the whole parser.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields, replace
from pathlib import Path

from tuiarchive.parser import NotAnArticle, read_file_bytes
from tuiarchive.parser.body import body_gaps
from tuiarchive.parser.evaluate import all_sets, norm
from tuiarchive.parser.extract import NoArticle, extract
from tuiarchive.parser.page import Page as LinePage
from tuiarchive.parser.page import to_lines
from tuiarchive.parser.span import PARAMS, Para, SpanParams, measure, span_of
from tuiarchive.text import decode_bytes, split_lines

GRID: dict[str, tuple[object, ...]] = {
    "good_chars": (100, 150, 200),
    "good_density": (0.15, 0.2, 0.25),
    "near_chars": (30, 40, 60),
    "near_density": (0.15, 0.2, 0.25),
    "cjk_good_chars": (30, 50, 80),
    "cjk_near_chars": (12, 20, 30),
    "sentence_words": (5, 8, 12),
    "good_per_100_chars": (0.0, 0.25, 1.0),
    "near_score": (0.0, 0.25, 0.5, 1.0),
    "weak_cost": (0.25, 0.5, 1.0, 2.0, 4.0),
    "trim_start": (False,),  # moving the start too did worse on real page copies (91% vs 100%)
    "lead_sentence_words": (3, 4, 6, 999),
    "gap_line_cost": (0.0, 0.1, 0.25, 0.5),
    "gap_cap": (5, 10, 20),
    "listed_score": (0.0, 0.05, 0.25),
    "lead_in_words": (3, 4, 6),
    "marked_lead_in_words": (2, 3, 4),
    "item_words": (10, 15, 20),
    "closing_words": (3, 4, 6, 999),
    "between_cost": (0.0, 0.25, 0.5, 1.0),
    "heading_cost": (0.0, 0.1, 0.25),  # the text's own crosshead: 0.1 read the made-up pages' short sections
    "heading_words": (3, 5, 8),
    "story_words": (1, 2, 3),  # a lone sentence under a closing crosshead shares this many words with the text
    "text_around": (2, 3, 4),
    "run_cap": (4.0, 8.0, 16.0, float("inf")),
    "row_cost": (0.0, 0.1, 0.25, 0.5, 1.0),
    "lone_tail_apart": (2, 3, 999),
    "lone_tail_text": (1, 2, 3),
}

Page = tuple[
    list[Para], list[int], list[str], str, str, list[str]
]  # measured paragraphs, lines skipped before each, normalised texts, first, last, texts


def _group(name: str) -> str:
    return "page-copies" if name == "seeds" else name  # one seed page is no set of its own


def load(shared: Path | None) -> dict[str, list[Page]]:
    sets: dict[str, list[Page]] = {}
    for labelled in all_sets(shared):
        for label in labelled.labels():
            path = labelled.folder / label["file"]
            try:
                text = decode_bytes(read_file_bytes(path)).text
                raw = split_lines(text)
                body = extract(raw, filename=path.name, span=None).body
            except (NotAnArticle, NoArticle):
                raw, body = [], []
            normed = [norm(p) for p in body]
            gaps = body_gaps(LinePage(to_lines(raw), path.name, None, None), body)
            page = (
                [measure(p) for p in body],
                gaps,
                normed,
                norm(label.get("body_first")),
                norm(label.get("body_last")),
                body,
            )
            sets.setdefault(_group(labelled.name), []).append(page)
    return sets


def scores(pages: list[Page], params: SpanParams | None) -> tuple[float, float]:
    starts, ends = [], []
    for paras, gaps, normed, first, last, texts in pages:
        a, b = span_of(paras, params, gaps, texts) if params and paras else (0, len(paras))
        kept = [p for p in normed[a:b] if p]
        if first:
            starts.append(bool(kept) and first in kept[0])
        if last:
            ends.append(bool(kept) and last in kept[-1])
    return (sum(starts) / len(starts) if starts else 0.0), (sum(ends) / len(ends) if ends else 0.0)


def objective(sets: dict[str, list[Page]], names: list[str], params: SpanParams | None) -> float:
    """Mean of body_start and body_end, averaged over sets (each set counts the same)."""
    return sum(sum(scores(sets[n], params)) / 2 for n in names) / len(names)


def descend(sets: dict[str, list[Page]], names: list[str], rounds: int) -> SpanParams:
    """From PARAMS, give each parameter in turn its best grid value on `names` (ties keep the
    current value), until a round changes nothing or `rounds` are done."""
    current = PARAMS
    best = objective(sets, names, current)
    for _ in range(rounds):
        changed = False
        for name, values in GRID.items():
            for value in values:
                candidate = replace(current, **{name: value})
                if candidate == current:
                    continue
                score = objective(sets, names, candidate)
                if score > best + 1e-9:
                    best, current, changed = score, candidate, True
        if not changed:
            break
    return current


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of coordinate descent at most")
    args = ap.parse_args(argv)
    missing = set(GRID) ^ {f.name for f in fields(SpanParams)}
    if missing:
        raise SystemExit(f"GRID and SpanParams differ: {sorted(missing)}")
    sets = load(args.shared)
    names = sorted(sets)
    overall = descend(sets, names, args.rounds)
    print(f"found on all sets: {_changes(overall)}")
    print(f"{'set':<18} {'off':>11} {'shipped':>11} {'all sets':>11} {'LOSO':>11}   (body_start/body_end %)")
    for name in names:
        loso = descend(sets, [n for n in names if n != name], args.rounds)
        cells = [scores(sets[name], p) for p in (None, PARAMS, overall, loso)]
        print(f"{name:<18} " + " ".join(f"{100 * s:>5.0f}/{100 * e:<5.0f}" for s, e in cells))
        print(f"{'':<18} LOSO params: {_changes(loso)}")
    return 0


def _changes(params: SpanParams) -> str:
    """The parameters that differ from the shipped ones."""
    diff = {
        f.name: getattr(params, f.name)
        for f in fields(SpanParams)
        if getattr(params, f.name) != getattr(PARAMS, f.name)
    }
    return ", ".join(f"{k}={v}" for k, v in diff.items()) or "the shipped ones"


if __name__ == "__main__":
    sys.exit(main())
