"""benchmarks/cjk_pages: the made-up CJK pages are the same for a seed, and each label is printed in its page."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.cjk_pages import write


def test_a_seed_makes_the_same_pages_and_their_labels_are_in_them(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        folder.mkdir()
        write(folder, seed=3, per_language=5, held=False)
    labels = json.loads((one / "labels.json").read_text("utf-8"))
    assert len(labels) == 15
    for label in labels:
        text = (one / label["file"]).read_text("utf-8")
        assert text == (two / label["file"]).read_text("utf-8")
        assert label["title"] in text and label["body_first"] in text.replace("\u3000", "")
        assert all(headline in text for headline in label["related_headlines"])
        assert label["published"][:4] in text
