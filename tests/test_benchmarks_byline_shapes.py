"""benchmarks.byline_shapes: one seed writes the same pages, every shape in every language, and only a list's page
with no byline of its own is labelled null."""

from __future__ import annotations

from pathlib import Path

from benchmarks.byline_shapes import SHAPES, WORDS, make_page
from benchmarks.madeup_sets import write_seeded


def test_one_seed_writes_the_same_pages(tmp_path: Path) -> None:
    first = write_seeded(tmp_path / "a", 7, SHAPES, WORDS, 1, ("p",), make_page)
    again = write_seeded(tmp_path / "b", 7, SHAPES, WORDS, 1, ("p",), make_page)
    assert first == again and len(first) == len(SHAPES) * len(WORDS)
    for label in first:
        assert (tmp_path / "a" / label["file"]).read_bytes() == (tmp_path / "b" / label["file"]).read_bytes()
        assert label["author"] is not None or label["file"].startswith("list_over")
