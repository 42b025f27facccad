"""benchmarks/cjk_wild: the third family of made-up CJK pages is the same for a seed, every shape round the headline
and every ending under the text is drawn, and each label is printed in its page."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.cjk_wild import ENDINGS, SHAPES, write


def test_a_seed_makes_the_same_pages_of_every_shape_and_ending_and_their_labels_are_in_them(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        write(folder, seed=5, per=len(ENDINGS), held=False)
    labels = json.loads((one / "labels.json").read_text("utf-8"))
    assert len(labels) == len(SHAPES) * 3 * len(ENDINGS)
    assert {label["groups"][1] for label in labels} == set(SHAPES)
    assert {label["groups"][2] for label in labels} == set(ENDINGS)
    for label in labels:
        text = (one / label["file"]).read_text("utf-8")
        assert text == (two / label["file"]).read_text("utf-8")
        assert label["title"] in text and label["body_first"] in text
        assert label["author"].replace("\u3000", " ") in text.replace("\u3000", " ")
        assert all(headline in text for headline in label["related_headlines"])
