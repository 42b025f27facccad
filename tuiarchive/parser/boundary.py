"""Where the article's text starts and ends, from a small learned model over line features.

Three scorers read every line's feature row (features.py): is this the first line of the
article's text, the last one, a line inside it. A decoder picks the stretch [start, end] that
maximises  log P(first=start) + log P(last=end) + weight * sum of the body log-odds inside.
The weights come from `python -m benchmarks.train_lines` (trained on the labelled sets in
../shared, judged leave-one-set-out) and ship as `data/boundary.json`; inference is plain
Python: a dot product per line for a logistic scorer, or a few shallow trees.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, mul
from pathlib import Path
from typing import Any

from .features import NAMES

_MODEL_FILE = "boundary.json"


@dataclass(frozen=True, slots=True)
class Scorer:
    """A logistic scorer (weights over the feature row, bias) or boosted trees."""

    weights: tuple[float, ...] = ()
    bias: float = 0.0
    trees: tuple[tuple[tuple[int, float, int, int, float], ...], ...] = ()  # (feature, threshold, left, right, value)

    def logit(self, row: list[float]) -> float:
        if not self.trees:
            # the row's zero features left out (two thirds of a row): adding their products (+-0.0)
            # changes no sum, so the dot product is the same to the last bit
            return self.bias + sum(map(mul, compress(self.weights, row), compress(row, row)))
        total = self.bias
        for tree in self.trees:
            node = tree[0]
            while node[0] >= 0:
                node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
            total += node[4]
        return total

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scorer:
        if data["kind"] == "logistic":
            return cls(weights=tuple(data["weights"]), bias=data["bias"])
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(bias=data["bias"], trees=trees)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class BoundaryModel:
    """The learned scorers of a body's first and last paragraphs."""

    first: Scorer
    last: Scorer
    body: Scorer
    body_weight: float = 1.0  # how much the lines inside count against the two edges (for the end)
    start_margin: float = 0.0  # how much better (in log-likelihood) the model's start must be than the rules'
    end_margin: float = 0.0  # the same for the end
    raw_edges: bool = False  # edges scored by their logits (else log-probabilities: a sure edge counts no more than 0)
    start_weight: float | None = None  # the lines' weight when choosing the start (None: body_weight)

    def span(self, rows: list[list[float]], rules: tuple[int, int] | None = None) -> tuple[int, int, list[float]]:
        """The most likely [start, end] lines of the text (inclusive), and every line's body logit.
        An edge the rules chose (`rules`: their first and last line) is kept unless the model's
        own edge scores a margin better: the rules are right on most pages they know. Each edge
        is chosen with its own weight of the lines inside (a start is told by its own line more
        than by the text below it; an end by the text above it)."""
        if self.raw_edges and not (self.first.trees or self.last.trees or self.body.trees):
            body, first, last = self._logistic_logits(rows)
        else:
            body = [self.body.logit(r) for r in rows]
            edge = _identity if self.raw_edges else _log_sigmoid
            first = [edge(self.first.logit(r)) for r in rows]
            last = [edge(self.last.logit(r)) for r in rows]
        start_weight = self.body_weight if self.start_weight is None else self.start_weight
        start, end = decode(first, last, body, self.body_weight)
        if start_weight != self.body_weight:
            start = decode(first, last, body, start_weight)[0]
        if rules is not None and 0 <= rules[0] <= rules[1] < len(rows):
            prefix = [0.0]
            for b in body:
                prefix.append(prefix[-1] + b)

            def value(s: int, e: int, weight: float) -> float:
                kept = self.start_margin * (s == rules[0]) + self.end_margin * (e == rules[1])
                return first[s] + last[e] + weight * (prefix[e + 1] - prefix[s]) + kept

            options = [(s, e) for s in {start, rules[0]} for e in {end, rules[1]} if s <= e]
            start = max(options, key=lambda se: value(*se, start_weight))[0]
            end = max(options, key=lambda se: value(*se, self.body_weight))[1]
        if start > end:
            start, end = decode(first, last, body, self.body_weight)
        return start, end, body

    def _logistic_logits(self, rows: list[list[float]]) -> tuple[list[float], list[float], list[float]]:
        """The three logistic scorers' logits of each row, as Scorer.logit gives them (the same
        products summed in the same order), with the row's nonzero features found once for the
        three (a fifth of the model's time was finding them three times) and taken out by an
        itemgetter of their indices (a quarter quicker than three compress() over the row)."""
        wb, wf, wl = self.body.weights, self.first.weights, self.last.weights
        bb, bf, bl = self.body.bias, self.first.bias, self.last.bias
        features = range(len(wb))
        body, first, last = [], [], []
        for r in rows:
            nonzero = list(compress(features, r))
            if len(nonzero) < 2:  # (itemgetter of one index gives no tuple)
                body.append(bb + sum(wb[k] * r[k] for k in nonzero))
                first.append(bf + sum(wf[k] * r[k] for k in nonzero))
                last.append(bl + sum(wl[k] * r[k] for k in nonzero))
                continue
            # the row's nonzero features and each scorer's weights of them, taken out in C
            take = itemgetter(*nonzero)
            values = take(r)
            body.append(bb + sum(map(mul, take(wb), values)))
            first.append(bf + sum(map(mul, take(wf), values)))
            last.append(bl + sum(map(mul, take(wl), values)))
        return body, first, last

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BoundaryModel:
        if list(data["features"]) != list(NAMES):
            raise ValueError("boundary model was trained on other features; retrain it")
        m = data["models"]
        return cls(
            Scorer.from_json(m["first"]),
            Scorer.from_json(m["last"]),
            Scorer.from_json(m["body"]),
            data["body_weight"],
            data.get("start_margin", 0.0),
            data.get("end_margin", 0.0),
            data.get("edges", "log_sigmoid") == "logit",
            data.get("start_weight"),
        )


def decode(first: list[float], last: list[float], body: list[float], weight: float = 1.0) -> tuple[int, int]:
    """argmax over start <= end of first[start] + last[end] + weight * sum(body[start..end])."""
    best, best_span = -math.inf, (0, len(body) - 1)
    best_open, open_at = -math.inf, 0  # best first[s] - weight * prefix(s) seen so far
    prefix = 0.0
    for i, b in enumerate(body):
        candidate = first[i] - weight * prefix
        if candidate > best_open:
            best_open, open_at = candidate, i
        prefix += b
        score = best_open + weight * prefix + last[i]
        if score > best:
            best, best_span = score, (open_at, i)
    return best_span


def _identity(z: float) -> float:
    return z


def _log_sigmoid(z: float) -> float:
    return -math.log1p(math.exp(-z)) if z > -30 else z


@cache
def shipped_model() -> BoundaryModel | None:
    """The model in the package (None when it has not been trained yet)."""
    try:
        text = (Path(__file__).parent / "data" / _MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return BoundaryModel.from_json(json.loads(text))
