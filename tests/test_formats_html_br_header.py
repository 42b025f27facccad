"""A saved page whose text sits in one table cell or <div>, its paragraphs split by <br><br>, with the header's
lines in the same cell over the story (the reviewer's H13 class, 11%): the library keeps a byline sentence or a
caption with its credit there as the text's first paragraph; the text starts at the story's first paragraph.
A short line the labelled pages count as the text (a heading of the story's own, a greeting) stays. Every page
here is made up for these tests (our own text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

_TITLE = "Quarry lorries banned from the lanes of Hatherby"
_TEXT = [
    "Lorries from the quarry at Hatherby may no longer use the village lanes after one of them cracked the old "
    "stone bridge over the brook on Wednesday, the county council said on Thursday.",
    "The quarry's owners say the detour through Stallbrook adds twenty minutes to every trip and will cost the "
    "firm several thousand pounds a month in fuel and drivers' hours.",
    "Parents had asked for the ban for years, saying the lanes were too narrow for lorries and children walking "
    "to the primary school at the same time in the morning.",
    "The bridge will be closed to all traffic until engineers have checked its arch, which could take a month.",
]
_OVER = {
    "byline-sentence": "Posted by Gwen Ashcombe on 4 March 2031",
    "caption-credit": "The cracked parapet of the bridge on Thursday. Photo: Stallbrook Images",
    "byline-date": "By Gwen Ashcombe | 4 March 2031",
}


def _page(over: str, cell: str) -> str:
    text = "<br><br>\n".join(_TEXT)
    body = f"<b>{_TITLE}</b><br><br>{over}<br><br>\n{text}"
    box = f"<table><tr><td class='story'>{body}</td></tr></table>" if cell == "td" else f"<div>{body}</div>"
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE} | Moorside Herald</title></head><body>"
        "<div class='top'><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></div>"
        f"{box}<div class='foot'>&copy; 2031 Moorside Herald | <a href='/privacy'>Privacy</a></div></body></html>"
    )


@pytest.mark.parametrize("cell", ["td", "div"])
@pytest.mark.parametrize("over", sorted(_OVER))
def test_the_headers_lines_in_the_texts_cell_are_no_text(tmp_path: Path, over: str, cell: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(_OVER[over], cell), encoding="utf-8")
    assert parse_file(path).body[0] == _TEXT[0]


def test_a_greeting_over_the_text_stays_the_texts(tmp_path: Path) -> None:
    """A short line of the writer's own over the story is no header line: the library's reading stands."""
    greeting = "Good morning, readers of the valley!"
    path = tmp_path / "page.html"
    path.write_text(_page(greeting, "div"), encoding="utf-8")
    assert parse_file(path).body[0] in (greeting, _TEXT[0])
