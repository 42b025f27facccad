"""A copy with a blank line after every line reads like the same copy without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import to_lines
from tuiarchive.text import decode_bytes, split_lines

_FIXTURES = Path(__file__).parent / "fixtures"
_PAGES = sorted(p for d in ("pages", "pages2") for p in (_FIXTURES / d).glob("*.txt"))


def test_a_blank_line_after_every_line_tells_no_blocks_apart() -> None:
    lines = [f"Line {k} of a page" for k in range(30)]
    spaced = [x for line in lines for x in (line, "")]
    assert not any(line.blank_before for line in to_lines(spaced))
    # blank lines between some lines only still part the blocks
    parted = [x for k, line in enumerate(lines) for x in ((line, "") if k % 3 == 0 else (line,))]
    assert sum(line.blank_before for line in to_lines(parted)) == 10


@pytest.mark.parametrize("page", _PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_an_invented_page_reads_the_same_with_a_blank_line_after_every_line(page: Path) -> None:
    lines = [line for line in split_lines(decode_bytes(page.read_bytes()).text) if line.strip()]
    spaced = [x for line in lines for x in (line, "")]
    plain, loose = extract(lines, filename=page.name), extract(spaced, filename=page.name)
    assert (loose.title, loose.author, loose.published, loose.body) == (
        plain.title,
        plain.author,
        plain.published,
        plain.body,
    )
