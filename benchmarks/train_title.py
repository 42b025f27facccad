"""Train the headline scorer on the labelled sets; print its leave-one-set-out figures.

    pip install -e '.[train]'
    python -m benchmarks.train_title [--shared DIR] [--margins 0 1 2 4 6 8] [--madeup [SHARE]] [--write]

Every labelled page with a title label is read once by the parser with the scorer off; its
candidate lines (tuiarchive/parser/title.py) get a feature row each, and a line that is the
labelled headline is a positive example. A logistic scorer is fitted on all sets but one and
judged on that one (LOSO): the share of its pages whose chosen line is the labelled title (the
rules' own answer where the scorer keeps it). Only that figure predicts unseen pages. With
--write the scorer trained on all sets is saved as tuiarchive/parser/data/title.json
(weights only: no page text). With --madeup the made-up sets of benchmarks/train_sets.py (--titles: one group per
generator) are read too, all of them weighing SHARE times the real pages, each generator alike; a made-up group is
scored by the scorer trained without its generator (leave-one-generator-out), and the margin is chosen by the real
sets and the made-up ones counting half each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle, read_file_bytes
from tuiarchive.parser.evaluate import LOSO_GROUPS, LabelledSet, all_sets, group_of, norm, write_loso
from tuiarchive.parser.extract import NoArticle, extract, title_table
from tuiarchive.parser.title import NAMES, TitleModel, open_to_scorer
from tuiarchive.text import decode_bytes, split_lines

from .train_sets import MADEUP_PREFIX, labelled_sets, share_weights

MODEL_PATH = Path(__file__).resolve().parents[1] / "tuiarchive" / "parser" / "data" / "title.json"


@dataclass
class Page:
    group: str
    name: str
    picks: list[int]
    rows: list[list[float]]
    rules: int
    good: list[bool]  # candidate is the labelled headline
    rules_right: bool  # the parser's answer with the scorer off is right
    texts: list[str]
    how: str = ""  # how the rules found their headline
    augmented: bool = False  # a training copy (the page without its browser title), never scored
    weight: float = 1.0  # the page's candidates' weight in the fit (a made-up group's pages share theirs)


def load(shared: Path | None, *, augment: bool = True, madeup: list[tuple[str, LabelledSet]] = ()) -> list[Page]:  # type: ignore[assignment]
    """Every labelled page with a title label; with `augment`, also each page whose first line
    is a browser title read once more without it (for training only): a rendered page copy has
    no browser title, and without such examples the scorer learns little but that line. Then the
    made-up sets' pages, each with its generator's group."""
    pages = []
    sets = [(group_of(labelled.name), labelled) for labelled in all_sets(shared)] + list(madeup)
    for group, labelled in sets:
        for label in labelled.labels():
            if "title" not in label:
                continue
            titles = {norm(label["title"])} | {norm(t) for t in label.get("title_alternatives", [])}
            path = labelled.folder / label["file"]
            raw = split_lines(decode_bytes(read_file_bytes(path)).text)
            page = _read(group, label["file"], raw, titles)
            if page is None:
                continue
            pages.append(page)
            if augment and page.how == "browser":
                first = next(k for k, line in enumerate(raw) if line.strip())
                bare = _read(page.group, label["file"], raw[first + 1 :], titles)
                if bare is not None and any(bare.good):
                    bare.augmented = True
                    pages.append(bare)
    return pages


def _read(group: str, name: str, raw: list[str], titles: set[str]) -> Page | None:
    try:
        table = title_table(raw, filename=name)
        plain = extract(raw, filename=name, title_model=None)
    except (NotAnArticle, NoArticle):
        return None
    good = [norm(table.texts[i]) in titles for i in table.picks]
    return Page(
        group, name, table.picks, table.rows, table.rules, good, norm(plain.title) in titles, table.texts, table.how
    )


def fit(pages: list[Page], c: float) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    xs, ys, ws = [], [], []
    for p in pages:
        if not any(p.good):
            continue  # the headline is no candidate line: nothing to learn from the page
        xs.extend(p.rows)
        ys.extend(int(g) for g in p.good)
        ws.extend([p.weight] * len(p.rows))
    x, y, w = np.asarray(xs), np.asarray(ys), np.asarray(ws)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit((x - mean) / scale, y, sample_weight=w)
    weights = clf.coef_[0] / scale
    bias = float(clf.intercept_[0] - (clf.coef_[0] * mean / scale).sum())
    return {"features": list(NAMES), "weights": [round(float(w), 6) for w in weights], "bias": round(bias, 6)}


def accuracy(pages: list[Page], model: TitleModel | None, *, copies: bool = False) -> float:
    """The share of pages (`copies`: of the training copies without a browser title instead)
    whose headline the scorer (None: the rules alone) gets right."""
    right = 0
    pages = [p for p in pages if p.augmented == copies]
    for p in pages:
        picks, rows = open_to_scorer(p.picks, p.rows, p.rules, p.texts.__getitem__)
        chosen = p.rules if model is None else model.choose(picks, rows, p.rules)
        right += p.rules_right if chosen == p.rules else p.good[p.picks.index(chosen)]
    return 100 * right / max(1, len(pages))


def held_out_mean(groups: list[str], cells: list[float], copies: list[float]) -> float:
    """The mean of the real sets' LOSO cells and copies; with made-up groups, the mean of that and of their
    leave-one-generator-out cells (each half: thirteen generators would outvote four real sets)."""
    real = [v for g, v in zip(groups, cells, strict=True) if not g.startswith(MADEUP_PREFIX)] + copies
    made = [v for g, v in zip(groups, cells, strict=True) if g.startswith(MADEUP_PREFIX)]
    means = [sum(v) / len(v) for v in (real, made) if v]
    return sum(means) / len(means)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--c", type=float, nargs="+", default=[0.5])
    ap.add_argument("--margins", type=float, nargs="+", default=[0.0, 1.0, 2.0, 4.0, 6.0, 8.0])
    ap.add_argument("--folds", type=int, default=0, help="also score k-fold by page (0: off)")
    ap.add_argument("--drop", nargs="*", default=[], help="features left out (weights set to zero)")
    ap.add_argument("--madeup", type=float, nargs="?", const=1.0, metavar="SHARE",
                    help="also train on train_sets' made-up sets, weighing SHARE times the real pages")  # fmt: skip
    ap.add_argument("--write", action="store_true", help=f"save the scorer trained on all sets to {MODEL_PATH}")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="train-sets-") as folder:
        pages = load(args.shared, madeup=labelled_sets(Path(folder), titles=True) if args.madeup is not None else [])
    share_weights(pages, args.madeup or 0.0)
    for p in pages:
        for name in args.drop:
            k = NAMES.index(name)
            for row in p.rows:
                row[k] = 0.0
    groups = sorted({p.group for p in pages}, key=lambda g: (g.startswith(MADEUP_PREFIX), g))
    held = {g: [p for p in pages if p.group == g] for g in groups}
    scored = {g: [p for p in held[g] if not p.augmented] for g in groups}
    reachable = {g: 100 * sum(any(p.good) for p in scored[g]) / len(scored[g]) for g in groups}
    print(f"{sum(len(v) for v in scored.values())} pages with a title label (and {len(pages)} training copies), "
          f"{len(NAMES)} features")  # fmt: skip
    print("headline among the candidates: " + "  ".join(f"{g} {v:.0f}%" for g, v in reachable.items()))
    print("rules alone:   " + "  ".join(f"{g} {accuracy(held[g], None):.0f}%" for g in groups))
    # the margin is chosen by the mean LOSO figure of the first C, over the pages as saved and
    # the copies without their browser title (a text copy has none); a tie goes to the smaller
    # margin (the margins are tried in rising order): where two margins tie here, the larger one
    # only keeps more of the rules' picks that the perturbations show wrong (python -m
    # benchmarks.header_robustness, LOSO: margin 6 is at or above margin 8 on every set and
    # perturbation; the chrome above the headline shuffled, web-readability title 80 -> 84).
    # C 0.5 (was 0.1): with the lines it may not take (title.open_to_scorer) the scorer is
    # sure enough to need less penalty; margin 8 then, LOSO web-readability 84 -> 86 with every
    # other cell and copy kept (C 0.1: 86 only at margin 4, a page-copies copy lost)
    chosen = (-1.0, args.margins[0])
    with_copies = [g for g in groups if any(p.augmented for p in held[g])]
    print("rules alone, copies without browser title: "
          + "  ".join(f"{g} {accuracy(held[g], None, copies=True):.0f}%" for g in with_copies))  # fmt: skip
    for c in args.c:
        fitted = {g: fit([p for p in pages if p.group != g], c) for g in groups}
        for margin in args.margins:
            models = {g: TitleModel.from_json(fitted[g] | {"margin": margin}) for g in groups}
            cells = [accuracy(held[g], models[g]) for g in groups]
            copies = [accuracy(held[g], models[g], copies=True) for g in with_copies]
            mean = held_out_mean(groups, cells, copies)
            if c == args.c[0] and mean > chosen[0]:
                chosen = (mean, margin)
            print(
                f"C {c:<5} margin {margin:<4} LOSO: "
                + "  ".join(f"{g} {v:.0f}%" for g, v in zip(groups, cells, strict=True))
                + "  | no browser title: "
                + "  ".join(f"{g} {v:.0f}%" for g, v in zip(with_copies, copies, strict=True))
                + f"  | mean {mean:.1f}"
            )
        if args.folds:
            # k-fold by page: each page is scored by a scorer that never saw it; the pages
            # are of different sites, so this predicts unseen pages of the same kinds
            for margin in args.margins:
                cells = []
                for g in groups:
                    right = 0.0
                    for k in range(args.folds):
                        test = scored[g][k :: args.folds]
                        names = {(p.group, p.name) for p in test}  # a test page's training copy too
                        train = [p for p in pages if (p.group, p.name) not in names]
                        model = TitleModel.from_json(fit(train, c) | {"margin": margin})
                        right += accuracy(test, model) * len(test) / 100
                    cells.append(100 * right / len(scored[g]))
                print(
                    f"C {c:<5} margin {margin:<4} {args.folds}-fold by page: "
                    + "  ".join(f"{g} {v:.0f}%" for g, v in zip(groups, cells, strict=True))
                    + f"  mean {sum(cells) / len(cells):.1f}"
                )
    fitted_all = fit(pages, args.c[0]) | {"margin": chosen[1]}
    full = TitleModel.from_json(fitted_all)
    print(f"trained on all, C {args.c[0]}, margin {chosen[1]} (chosen by mean LOSO): "
          + "  ".join(f"{g} {accuracy(held[g], full):.0f}%" for g in groups))  # fmt: skip
    for name, w in sorted(zip(NAMES, fitted_all["weights"], strict=True), key=lambda nw: -abs(nw[1]))[:12]:
        print(f"  {name:<18} {w:+.2f}")
    if args.write:
        MODEL_PATH.write_text(json.dumps(fitted_all, separators=(",", ":")) + "\n")
        print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size} bytes)")
        margin = {"margin": chosen[1]}
        for g in LOSO_GROUPS:
            held_out = fit([p for p in pages if p.group != g], args.c[0]) | margin if g in held else fitted_all
            print(f"wrote {write_loso(g, 'title', held_out)}")
    print(f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def debug(shared: Path | None = None, group: str = "web-readability", drop: tuple[str, ...] = ("rules",)) -> None:
    """Print, for each page of `group`, the LOSO scorer's choice beside the labelled headline."""
    pages = load(shared)
    for p in pages:
        for name in drop:
            for row in p.rows:
                row[NAMES.index(name)] = 0.0
    model = TitleModel.from_json(fit([p for p in pages if p.group != group], 0.1) | {"margin": 0.0})
    for p in pages:
        if p.group != group:
            continue
        chosen = model.choose(p.picks, p.rows, p.rules)
        if p.good[p.picks.index(chosen)]:
            continue
        scores = sorted(((model.score(r), i) for i, r in zip(p.picks, p.rows, strict=True)), reverse=True)
        want = [i for i, g in zip(p.picks, p.good, strict=True) if g]
        print("   CHOSEN", repr(p.texts[chosen][:80]), " RULES", p.rules, repr(p.texts[p.rules][:60]))
        print(p.name, "chosen", chosen, "want", want, [f"{s:.1f}@{i}" for s, i in scores[:4]],
              "want score", [f"{model.score(p.rows[p.picks.index(i)]):.1f}" for i in want])  # fmt: skip
