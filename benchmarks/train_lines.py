"""Train the body-boundary model on the labelled sets; print its leave-one-set-out figures.

    pip install -e '.[train]'
    python -m benchmarks.train_lines [--shared DIR] [--kind logistic|trees] [--cs C ...] [--madeup [SHARE]] [--write]

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
With --madeup the made-up sets of benchmarks/train_sets.py (one group per generator, each written by another
engineer) are read too, weighted so that all of them together count SHARE times the real pages (each generator
the same): then each real set is scored by the model trained without it (LOSO) and each generator's pages by the
model trained without that generator (leave-one-generator-out, LOGO), so no figure is one on pages trained on.
Training needs scikit-learn (the `train` extra); the parser itself reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle, read_file_bytes
from tuiarchive.parser.boundary import BoundaryModel, shipped_model
from tuiarchive.parser.evaluate import (
    LOSO_FOLDER,
    LOSO_GROUPS,
    LabelledSet,
    all_sets,
    group_of,
    norm,
    score_page,
    write_loso,
)
from tuiarchive.parser.extract import NoArticle, extract, line_table
from tuiarchive.parser.features import NAMES
from tuiarchive.parser.lexicon import CONNECTORS
from tuiarchive.parser.title import TitleModel
from tuiarchive.text import decode_bytes, split_lines

from .train_sets import MADEUP_PREFIX, labelled_sets, share_weights

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
    weight: float = 1.0  # the page's lines' weight in the fit (a made-up group's pages share theirs)


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


def load(shared: Path | None, madeup: list[tuple[str, LabelledSet]] = ()) -> list[Page]:  # type: ignore[assignment]
    """The real labelled sets' pages (grouped as `tuiarchive eval` leaves them out), then the made-up sets'
    (each with its generator's group)."""
    pages = []
    sets = [(group_of(labelled.name), labelled) for labelled in all_sets(shared)] + list(madeup)
    for group, labelled in sets:
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
            pages.append(Page(group, label["file"], raw, label, table.rows, first, last))
    return pages


def examples(pages: list[Page], target: str) -> tuple[list[list[float]], list[int], list[float]]:
    xs, ys, ws = [], [], []
    for p in pages:
        if p.first is None or p.last is None or p.last < p.first:
            continue
        for i, row in enumerate(p.rows):
            xs.append(row)
            ws.append(p.weight)
            if target == "first":
                ys.append(int(i == p.first))
            elif target == "last":
                ys.append(int(i == p.last))
            else:
                ys.append(int(p.first <= i <= p.last))
    return xs, ys, ws


def fit(pages: list[Page], kind: str, c: float = 0.1, near: dict[str, Any] | None = None) -> dict[str, Any]:
    """The three scorers trained on `pages` (in any order: they are sorted first). NEAR, a model fitted on
    much the same pages, is where the logistic solver starts (it ends at the same one optimum, in fewer steps)."""
    import numpy as np

    pages = sorted(pages, key=lambda p: (p.group, p.name))
    models = {}
    for target in TARGETS:
        xs, ys, ws = examples(pages, target)
        x, y, w = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), np.asarray(ws, dtype=float)
        if kind == "logistic":
            # weighted as the fit is: a page of weight 2 is the page twice, in the scaling too
            mean = np.average(x, axis=0, weights=w)
            scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
            scale[scale == 0] = 1.0
            start = None
            if near is not None:
                known = np.asarray(near["models"][target]["weights"])
                start = np.append(known * scale, near["models"][target]["bias"] + float((known * mean).sum()))
            coef, intercept = fit_logistic((x - mean) / scale, y, c, w, start)
            weights = coef / scale
            bias = float(intercept - (coef * mean / scale).sum())
            models[target] = {"kind": "logistic", "weights": [round(float(w), 6) for w in weights], "bias": bias}
        else:
            from sklearn.ensemble import GradientBoostingClassifier

            clf = GradientBoostingClassifier(n_estimators=60, max_depth=3, learning_rate=0.1, subsample=0.8,
                                             random_state=0).fit(x, y, sample_weight=w)  # fmt: skip
            models[target] = {"kind": "trees", "bias": _prior(y),
                              "trees": [_tree(est[0], clf.learning_rate) for est in clf.estimators_]}  # fmt: skip
    return {"features": list(NAMES), "models": models}


def fit_logistic(
    x: Any, y: Any, c: float, sample: Any = None, start: Any = None, tol: float = 1e-9, max_steps: int = 100
) -> tuple[Any, float]:
    """The weights and bias minimising  c * sum(sample weight * log loss) + |weights|^2 / 2  (the bias is not
    penalised: scikit-learn's LogisticRegression(C=c)), by Newton's method run to convergence.
    The objective is strictly convex, so this is its one optimum, whatever the order of the rows:
    lbfgs at scikit-learn's default tolerance stopped about 3% short of it, at a point that moved
    with any small change in the data (a cause of the LOSO figures moving on a retrain)."""
    import numpy as np

    n, d = x.shape
    sample = np.ones(n) if sample is None else sample
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.full(d + 1, 1.0 / c)
    penalty[-1] = 0.0
    w = np.zeros(d + 1) if start is None else np.array(start, dtype=float)
    for _ in range(max_steps):
        p = 0.5 * (1.0 + np.tanh(0.5 * (design @ w)))  # the sigmoid, without overflow
        gradient = design.T @ (sample * (p - y)) + penalty * w
        hessian = (design * (sample * p * (1.0 - p))[:, None]).T @ design + np.diag(penalty)
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


def leave_out(pages: list[Page], features: list[str]) -> None:
    """FEATURES (and their neighbours' copies, NAME@+1 ...) zero in every page's rows: a zero column gets weight
    zero, so the model reads a page without them (what it learns with no word from the rules, for instance)."""
    left = [k for k, name in enumerate(NAMES) if name.split("@")[0] in features]
    for p in pages if left else []:
        p.rows = [list(row) for row in p.rows]  # (the reader's own rows are left as they are)
        for row in p.rows:
            for k in left:
                row[k] = 0.0


def before_models(groups: list[str]) -> dict[str, BoundaryModel | None]:
    """The figures to beat: each real group read with the shipped model trained without it (data/loso), each
    made-up group with the shipped model (which never saw a made-up page)."""
    found = {}
    for g in groups:
        path = LOSO_FOLDER / f"{g}.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        found[g] = BoundaryModel.from_json(data["boundary"]) if "boundary" in data else shipped_model()
    return found


def held_out_mean(cells: dict[str, tuple[float, float, int]]) -> float:
    """The mean of body_start and body_end over the groups, the real sets and the made-up ones each counting half
    when both are there (fourteen generators would otherwise outvote four real sets)."""
    means = []
    for made in (False, True):
        chosen = [s + e for g, (s, e, _) in cells.items() if g.startswith(MADEUP_PREFIX) == made]
        if chosen:
            means.append(sum(chosen) / (2 * len(chosen)))
    return sum(means) / len(means)


def print_columns(columns: dict[str, dict[str, tuple[float, float, int]]]) -> None:
    """One row per group, body_start/body_end per column: the real sets' rows are LOSO, the made-up ones' LOGO
    (but in the column trained on all, which scores pages the model learned from)."""
    names = list(columns)
    print(f"{'group':<26} {'pages':>5}  " + "  ".join(f"{n[:22]:>22}" for n in names))
    for g, (_s, _e, n) in columns[names[0]].items():
        cells = "  ".join(f"{columns[c][g][0]:>10.1f}/{columns[c][g][1]:<11.1f}" for c in names)
        print(f"{g:<26} {n:>5}  {cells}")
    print(f"{'held-out mean':<26} {'':>5}  " + "  ".join(f"{held_out_mean(columns[c]):>22.1f}" for c in names))


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
    ap.add_argument("--madeup", type=float, nargs="?", const=1.0, metavar="SHARE",
                    help="also train on train_sets' made-up sets, weighing SHARE times the real pages")  # fmt: skip
    ap.add_argument("--without", nargs="*", default=[], metavar="FEATURE",
                    help="features left out (their weights zero), with their neighbours' (NAME@+1 ...)")  # fmt: skip
    ap.add_argument("--write", action="store_true", help=f"save the model trained on all sets to {MODEL_PATH}")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="train-sets-") as folder:
        pages = load(args.shared, labelled_sets(Path(folder)) if args.madeup is not None else [])
    leave_out(pages, args.without)
    share_weights(pages, args.madeup or 0.0)
    groups = sorted({p.group for p in pages}, key=lambda g: (g.startswith(MADEUP_PREFIX), g))
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
    fitted_all = fit(pages, args.kind, c_all)
    near = fitted_all if args.kind == "logistic" else None
    fitted = {g: fit([p for p in pages if p.group != g], args.kind, cs[g], near) for g in groups}
    print(f"fitted {len(fitted) + 1} models ({time.perf_counter() - began:.0f} s)")
    columns = {"rules": {g: score(held[g], None, titles[g]) for g in groups}}
    columns["before"] = {g: score(held[g], model, titles[g]) for g, model in before_models(groups).items()}
    # The decoder's settings are chosen by the mean held-out figure over the groups (each group
    # scored by the models trained without it): nothing here is judged on pages it was fitted to.
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for weight, start_weight, edges, start_margin, end_margin in itertools.product(
        args.body_weights, args.start_weights, args.edges, args.start_margins, args.end_margins
    ):
        decoder = {"body_weight": weight, "start_weight": start_weight, "edges": edges}
        decoder |= {"start_margin": start_margin, "end_margin": end_margin}
        name = f"w {start_weight}/{weight} {edges} margins {start_margin}/{end_margin}"
        columns[name] = {g: score(held[g], BoundaryModel.from_json(fitted[g] | decoder), titles[g]) for g in groups}
        mean = held_out_mean(columns[name])
        print(f"{name}: held-out mean {mean:.1f}")
        if mean > best[0]:
            best = (mean, decoder)
    decoder = best[1]
    full = BoundaryModel.from_json(fitted_all | decoder)
    print(f"chosen {decoder}")
    columns["trained on all"] = {g: score(held[g], full) for g in groups}
    print_columns(columns)
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
