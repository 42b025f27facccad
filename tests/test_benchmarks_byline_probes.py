"""benchmarks.byline_probes: one seed writes the same pages, every class in every language, and a page with no
byline is labelled null."""

from __future__ import annotations

from pathlib import Path

from benchmarks.byline_probes import BY_CODE, SHAPES, make_page
from benchmarks.madeup_sets import write_seeded


def test_one_seed_writes_the_same_pages(tmp_path: Path) -> None:
    first = write_seeded(tmp_path / "a", 7, SHAPES, BY_CODE, 1, ("p",), make_page)
    again = write_seeded(tmp_path / "b", 7, SHAPES, BY_CODE, 1, ("p",), make_page)
    assert first == again and len(first) == len(SHAPES) * len(BY_CODE)
    for label in first:
        text = (tmp_path / "a" / label["file"]).read_bytes()
        assert text == (tmp_path / "b" / label["file"]).read_bytes()
        assert (label["author"] is None) == label["file"].startswith("no_byline")
