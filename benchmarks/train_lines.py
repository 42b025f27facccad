"""Train the body-boundary model on the labelled sets; print its leave-one-set-out figures.

    pip install -e '.[train]'
    python -m benchmarks.train_lines [--shared DIR] [--kind logistic|trees] [--cs C ...] [--write]

Every labelled page is read once by the line rules (model off) into a feature row per line
(tuiarchive/parser/features.py); the line holding the label's body_first is the first line,
the one holding body_last the last, the lines between are inside. Three scorers are fitted
(first, last, inside). For each set, the model trained on the *other* sets is scored on it by
the whole parser (body_start / body_end as score_pages.py scores them), its headlines read by
the headline scorer trained without the set too (data/loso, as `tuiarchive eval` reads it):
only that figure (LOSO) predicts pages nobody trained on. Then the model trained on all sets is scored, and
with --write saved as tuiarchive/parser/data/boundary.json (weights only: no page text).
The logistic scorers are solved exactly (Newton's method: the same weights on every run and
in any page order); their regularisation is chosen from --cs by nested leave-one-set-out (a
held-out group's pages never choose the model they are scored with).
Training needs scikit-learn (the `train` extra); the parser itself reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
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

# One BLAS thread: on a shared machine several threads only wait on each other (a Newton step
# took 7x longer with two), and a sum in one fixed order gives the same weights on every run.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

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


def fit(pages: list[Page], kind: str, c: float = 0.1) -> dict[str, Any]:
    """The three scorers trained on `pages` (in any order: they are sorted first)."""
    import numpy as np

    pages = sorted(pages, key=lambda p: (p.group, p.name))
    models = {}
    for target in TARGETS:
        xs, ys = examples(pages, target)
        x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        if kind == "logistic":
            mean, scale = x.mean(axis=0), x.std(axis=0)
            scale[scale == 0] = 1.0
            coef, intercept = fit_logistic((x - mean) / scale, y, c)
            weights = coef / scale
            bias = float(intercept - (coef * mean / scale).sum())
            models[target] = {"kind": "logistic", "weights": [round(float(w), 6) for w in weights], "bias": bias}
        else:
            from sklearn.ensemble import GradientBoostingClassifier

            clf = GradientBoostingClassifier(n_estimators=60, max_depth=3, learning_rate=0.1, subsample=0.8,
                                             random_state=0).fit(x, y)  # fmt: skip
            models[target] = {"kind": "trees", "bias": _prior(y),
                              "trees": [_tree(est[0], clf.learning_rate) for est in clf.estimators_]}  # fmt: skip
    return {"features": list(NAMES), "models": models}


def fit_logistic(x: Any, y: Any, c: float, tol: float = 1e-9, max_steps: int = 100) -> tuple[Any, float]:
    """The weights and bias minimising  c * sum(log loss) + |weights|^2 / 2  (the bias is not
    penalised: scikit-learn's LogisticRegression(C=c)), by Newton's method run to convergence.
    The objective is strictly convex, so this is its one optimum, whatever the order of the rows:
    lbfgs at scikit-learn's default tolerance stopped about 3% short of it, at a point that moved
    with any small change in the data (a cause of the LOSO figures moving on a retrain)."""
    import numpy as np

    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.full(d + 1, 1.0 / c)
    penalty[-1] = 0.0
    w = np.zeros(d + 1)
    for _ in range(max_steps):
        p = 0.5 * (1.0 + np.tanh(0.5 * (design @ w)))  # the sigmoid, without overflow
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < tol:
            break
    return w[:-1], float(w[-1])


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


def choose_c(
    pages: list[Page], cs: list[float], kind: str, decoder: dict[str, Any], titles: dict[str, TitleModel | str]
) -> tuple[dict[str, float], float]:
    """The regularisation for each group's held-out model, chosen by nested leave-one-set-out:
    for a group g, each c is judged by the other groups' figures (body_start + body_end), each
    scored by a model trained without it *and without g*, so that g's own pages never take part
    in choosing the model they are scored with. Ties go to the smaller c (the stronger
    regularisation). The shipped model's c is judged by all the groups together the same way
    (each scored by models trained without it). Returns (c for each group, c for all)."""
    groups = sorted({p.group for p in pages})
    held = {g: [p for p in pages if p.group == g] for g in groups}
    cell: dict[tuple[str, str, float], float] = {}  # (scored group, other group left out, c) -> mean figure
    for a, b in itertools.combinations(groups, 2):
        train = [p for p in pages if p.group not in (a, b)]
        for c in cs:
            model = BoundaryModel.from_json(fit(train, kind, c) | decoder)
            for h, other in ((a, b), (b, a)):
                start, end, _ = score(held[h], model, titles[h])
                cell[h, other, c] = (start + end) / 2

    def inner(g: str, c: float) -> float:
        return sum(cell[h, g, c] for h in groups if h != g) / (len(groups) - 1)

    def best(value: Any) -> float:
        return max(sorted(cs), key=lambda c: round(value(c), 6))  # the first (smallest) of equals

    for c in cs:
        print(f"c {c:<6} nested LOSO (inner mean, each group left out): "
              + "  ".join(f"{g} {inner(g, c):.1f}" for g in groups))  # fmt: skip
    chosen = {g: best(lambda c, g=g: inner(g, c)) for g in groups}
    overall = best(lambda c: sum(inner(g, c) for g in groups))
    return chosen, overall


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
    ap.add_argument("--cs", type=float, nargs="+", default=[0.03, 0.1, 0.3], help="regularisation grid (nested LOSO)")
    ap.add_argument("--write", action="store_true", help=f"save the model trained on all sets to {MODEL_PATH}")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    pages = load(args.shared)
    groups = sorted({p.group for p in pages})
    found = sum(p.first is not None and p.last is not None for p in pages)
    print(f"{len(pages)} pages, {found} with both edges found as lines, {len(NAMES)} features, kind {args.kind}")
    held = {g: [p for p in pages if p.group == g] for g in groups}
    titles = loso_titles(groups)
    first_decoder = {"body_weight": args.body_weights[0], "start_weight": args.start_weights[0]}
    first_decoder |= {"edges": args.edges[0], "start_margin": args.start_margins[0], "end_margin": args.end_margins[0]}
    if len(args.cs) > 1 and args.kind == "logistic":
        cs, c_all = choose_c(pages, args.cs, args.kind, first_decoder, titles)
    else:
        cs, c_all = dict.fromkeys(groups, args.cs[0]), args.cs[0]
    print("c chosen: " + "  ".join(f"{g} {c}" for g, c in cs.items()) + f"  all sets {c_all}")
    fitted = {g: fit([p for p in pages if p.group != g], args.kind, cs[g]) for g in groups}
    fitted_all = fit(pages, args.kind, c_all)
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
