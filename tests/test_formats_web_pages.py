"""The HTML reader on the real saved pages in ../shared/corpora/web-pages, scored with the
shared scorer's own `score` function (the figures `score_pages.py --suffix .html` prints).

The floors are what the reader reaches today, a little below: a change that loses ground
fails here. The issue's targets (on unseen pages) are higher; see the README's figures.
"""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest
from conftest import shared_path

from tuiarchive.formats import parse_file

FLOORS = {
    "labels-readability.json": {"title": 0.95, "author": 0.82, "date": 0.95, "body_start": 0.85, "body_end": 0.88},
    # body_end 0.878 -> 0.867 with review W74's fix (htmlagree.tail_in_another_block): one page whose label ends on
    # a "See more photos:" line in a div under the text, which the fix takes for a note under it
    "labels-scrapinghub.json": {"body_start": 0.91, "body_end": 0.86},
}


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_pages", shared_path("tools", "score_pages.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpus
@pytest.mark.parametrize("labels", sorted(FLOORS))
def test_saved_pages_score_at_least_the_floors(labels: str) -> None:
    folder = shared_path("corpora", "web-pages")
    scorer = _scorer()
    totals: dict[str, list[float]] = {}
    for label in json.loads((folder / labels).read_text(encoding="utf-8")):
        got = parse_file((folder / label["file"]).with_suffix(".html")).to_json()
        for key, value in scorer.score(label, got).items():
            if value is not None:
                totals.setdefault(key, []).append(value)
    means = {key: sum(v) / len(v) for key, v in totals.items()}
    short = {key: round(means[key], 3) for key, floor in FLOORS[labels].items() if means[key] < floor}
    assert not short, f"below the floors {FLOORS[labels]}: {short}"
