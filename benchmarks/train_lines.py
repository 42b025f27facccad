"""Train the body-boundary model on the labelled sets; print its leave-one-set-out figures.

    pip install -e '.[train]'
    python -m benchmarks.train_lines [--shared DIR] [--kind logistic|trees] [--write]

Every labelled page is read once by the line rules (model off) into a feature row per line
(tuiarchive/parser/features.py); the line holding the label's body_first is the first line,
the one holding body_last the last, the lines between are inside. Three scorers are fitted
(first, last, inside). For each set, the model trained on the *other* sets is scored on it by
the whole parser (body_start / body_end as score_pages.py scores them), its headlines read by
the headline scorer trained without the set too (data/loso, as `tuiarchive eval` reads it):
only that figure (LOSO) predicts pages nobody trained on. Then the model trained on all sets is scored, and
with --write saved as tuiarchive/parser/data/boundary.json (weights only: no page text).
Training needs scikit-learn (the `train` extra); the parser itself reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle, read_file_bytes
from tuiarchive.parser.boundary import BoundaryModel
from tuiarchive.parser.evaluate import LOSO_FOLDER, LOSO_GROUPS, all_sets, group_of, norm, score_page, write_loso
from tuiarchive.parser.extract import NoArticle, extract, line_table
from tuiarchive.parser.features import NAMES
from tuiarchive.parser.lexicon import CONNECTORS
from tuiarchive.parser.title import TitleModel
from tuiarchive.text import decode_bytes, split_lines

MODEL_PATH = Path(__file__).resolve().parents[1] / "tuiarchive" / "parser" / "data" / "boundary.json"
TARGETS = ("first", "last", "body")


@dataclass
class Page:
    group: str
    name: str
    raw: list[str]
    label: dict[str, Any]
    rows: list[list[float]]
    first: int | None  # labelled first / last body line (None: not found or not labelled)
    last: int | None


def _find(texts: list[str], wanted: str, start: int = 0) -> int | None:
    if not wanted:
        return None
    for i in range(start, len(texts)):
        if wanted in norm(texts[i]):
            return i
    return None


def _runs_into(previous: str, line: str) -> bool:
    last_word = previous.rsplit(None, 1)[-1].lower() if previous.strip() else ""
    return line[:1].islower() or line[:1] in ",.;:)]" or last_word in CONNECTORS


def load(shared: Path | None) -> list[Page]:
    pages = []
    for labelled in all_sets(shared):
        for label in labelled.labels():
            path = labelled.folder / label["file"]
            try:
                raw = split_lines(decode_bytes(read_file_bytes(path)).text)
                table = line_table(raw, filename=path.name)
            except (NotAnArticle, NoArticle):
                continue
            first = _find(table.texts, norm(label.get("body_first")))
            while first and _runs_into(table.texts[first - 1], table.texts[first]):
                first -= 1  # the paragraph starts with the fragment cut off before it ("Ukraine marked the")
            last = _find(table.texts, norm(label.get("body_last")), first or 0)
            pages.append(Page(group_of(labelled.name), label["file"], raw, label, table.rows, first, last))
    return pages


def examples(pages: list[Page], target: str) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    for p in pages:
        if p.first is None or p.last is None or p.last < p.first:
            continue
        for i, row in enumerate(p.rows):
            xs.append(row)
            if target == "first":
                ys.append(int(i == p.first))
            elif target == "last":
                ys.append(int(i == p.last))
            else:
                ys.append(int(p.first <= i <= p.last))
    return xs, ys


def fit(pages: list[Page], kind: str) -> dict[str, Any]:
    import numpy as np

    models = {}
    for target in TARGETS:
        xs, ys = examples(pages, target)
        x, y = np.asarray(xs), np.asarray(ys)
        if kind == "logistic":
            from sklearn.linear_model import LogisticRegression

            mean, scale = x.mean(axis=0), x.std(axis=0)
            scale[scale == 0] = 1.0
            clf = LogisticRegression(C=0.1, max_iter=2000).fit((x - mean) / scale, y)
            weights = clf.coef_[0] / scale
            bias = float(clf.intercept_[0] - (clf.coef_[0] * mean / scale).sum())
            models[target] = {"kind": "logistic", "weights": [round(float(w), 6) for w in weights], "bias": bias}
        else:
            from sklearn.ensemble import GradientBoostingClassifier

            clf = GradientBoostingClassifier(n_estimators=60, max_depth=3, learning_rate=0.1, subsample=0.8,
                                             random_state=0).fit(x, y)  # fmt: skip
            models[target] = {"kind": "trees", "bias": _prior(y),
                              "trees": [_tree(est[0], clf.learning_rate) for est in clf.estimators_]}  # fmt: skip
    return {"features": list(NAMES), "models": models}


def _prior(y: Any) -> float:
    import math

    p = float(y.mean())
    return math.log(p / (1 - p))


def _tree(regressor: Any, rate: float) -> list[list[float]]:
    t = regressor.tree_
    nodes = []
    for k in range(t.node_count):
        left, right = int(t.children_left[k]), int(t.children_right[k])
        if left < 0:
            nodes.append([-1, 0.0, 0, 0, round(float(t.value[k][0][0]) * rate, 6)])
        else:
            nodes.append([int(t.feature[k]), round(float(t.threshold[k]), 6), left, right, 0.0])
    return nodes


def loso_titles(groups: list[str]) -> dict[str, TitleModel | str]:
    """Each group's headline scorer trained without it (data/loso), where one is kept: a held-out
    group is read with that one, so that its body edges are not judged through headlines the
    shipped scorer learned on the group itself (the shipped one where none is kept)."""
    found: dict[str, TitleModel | str] = {}
    for g in groups:
        path = LOSO_FOLDER / f"{g}.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        found[g] = TitleModel.from_json(data["title"]) if "title" in data else "shipped"
    return found


def score(
    pages: list[Page], model: BoundaryModel | None, title: TitleModel | str = "shipped"
) -> tuple[float, float, int]:
    starts, ends = [], []
    for p in pages:
        try:
            got = extract(p.raw, filename=p.name, boundary=model, title_model=title)
            answer = {"body": got.body}
        except NoArticle:
            answer = {}
        s = score_page(p.label, answer)
        if s["body_start"] is not None:
            starts.append(s["body_start"])
        if s["body_end"] is not None:
            ends.append(s["body_end"])
    return 100 * sum(starts) / max(1, len(starts)), 100 * sum(ends) / max(1, len(ends)), len(pages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--kind", choices=("logistic", "trees"), default="logistic")
    ap.add_argument("--body-weights", type=float, nargs="+", default=[0.5], help="the lines' weight for the end")
    ap.add_argument("--start-weights", type=float, nargs="+", default=[0.05], help="the same for the start")
    ap.add_argument("--edges", choices=("logit", "log_sigmoid"), nargs="+", default=["logit"])
    ap.add_argument("--start-margins", type=float, nargs="+", default=[4.0])
    ap.add_argument("--end-margins", type=float, nargs="+", default=[8.0])
    ap.add_argument("--write", action="store_true", help=f"save the model trained on all sets to {MODEL_PATH}")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    pages = load(args.shared)
    groups = sorted({p.group for p in pages})
    found = sum(p.first is not None and p.last is not None for p in pages)
    print(f"{len(pages)} pages, {found} with both edges found as lines, {len(NAMES)} features, kind {args.kind}")
    fitted = {g: fit([p for p in pages if p.group != g], args.kind) for g in groups}
    fitted_all = fit(pages, args.kind)
    held = {g: [p for p in pages if p.group == g] for g in groups}
    titles = loso_titles(groups)
    rules = {g: score(held[g], None, titles[g]) for g in groups}
    print("rules alone: " + "  ".join(f"{g} {s:.0f}/{e:.0f}" for g, (s, e, _) in rules.items()))
    # The decoder's settings are chosen by the mean LOSO figure over the groups (each group
    # scored by the models trained without it): nothing here is judged on pages it was fitted to.
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for weight, start_weight, edges, start_margin, end_margin in itertools.product(
        args.body_weights, args.start_weights, args.edges, args.start_margins, args.end_margins
    ):
        decoder = {"body_weight": weight, "start_weight": start_weight, "edges": edges}
        decoder |= {"start_margin": start_margin, "end_margin": end_margin}
        cells = [score(held[g], BoundaryModel.from_json(fitted[g] | decoder), titles[g]) for g in groups]
        mean = sum(s + e for s, e, _ in cells) / (2 * len(cells))
        print(
            f"w {start_weight:<4}/{weight:<4} {edges:<11} margins {start_margin:>4}/{end_margin:<4} LOSO: "
            + "  ".join(f"{g} {s:.0f}/{e:.0f}" for g, (s, e, _) in zip(groups, cells, strict=True))
            + f"  mean {mean:.1f}"
        )
        if mean > best[0]:
            best = (mean, decoder)
    decoder = best[1]
    full = BoundaryModel.from_json(fitted_all | decoder)
    print(
        f"chosen {decoder}; trained on all sets: "
        + "  ".join(f"{g} {s:.0f}/{e:.0f}" for g, (s, e, _) in ((g, score(held[g], full)) for g in groups))
    )
    if args.write:
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(fitted_all | decoder, separators=(",", ":")) + "\n")
        print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size} bytes)")
        for g in LOSO_GROUPS:
            # a group with no labelled page here is left out of every model already
            print(f"wrote {write_loso(g, 'boundary', fitted.get(g, fitted_all) | decoder)}")
    print(f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
