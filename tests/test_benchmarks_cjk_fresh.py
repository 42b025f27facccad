"""benchmarks/cjk_fresh: the second family of made-up CJK pages is the same for a seed, each family is drawn, and
each label is printed in its page."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.cjk_fresh import FAMILIES, write


def test_a_seed_makes_the_same_pages_of_every_family_and_their_labels_are_in_them(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        folder.mkdir()
        write(folder, seed=3, per_language=6, held=False)
    labels = json.loads((one / "labels.json").read_text("utf-8"))
    assert len(labels) == 18
    assert {label["file"].removesuffix(".txt").rsplit("-", 1)[1] for label in labels} == set(FAMILIES)
    for label in labels:
        text = (one / label["file"]).read_text("utf-8")
        assert text == (two / label["file"]).read_text("utf-8")
        assert label["title"] in text and label["body_first"] in text and label["author"] in text
        assert all(headline in text for headline in label["related_headlines"])
