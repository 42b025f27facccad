"""Saved pages: a line that only signs the text under its last paragraph inside <article> ("— Name",
"(Name)", "Name / Outlet") is not the text's last paragraph, as the text-copy reading has it; a note on the
writer and a sentence naming them stay. Every page here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.parser.closing import signs_off

_TEXT = [
    "The harbour board said on Thursday that the old grain store on the east quay would become a covered "
    "market, and that the first traders could move in before the end of next year.",
    "Stallholders who sell on the open quay in all weathers said a roof would change their winters, though "
    "several worried that the rents in the new hall would be higher than the board now lets on.",
]


def _page(writer: str, under: str, lang: str = "en") -> str:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (
        f'<!doctype html><html lang="{lang}"><head><title>Grain store to become a market | Quay Courier</title>'
        '</head><body><header><a href="/">Quay Courier</a></header><main><article>'
        f'<h1>Grain store to become a market</h1><p class="byline">By {writer}</p>'
        f'<time datetime="2032-05-06">6 May 2032</time>{text}<p>{under}</p></article><aside><h2>More news</h2>'
        '<ul><li><a href="/a">Night buses to run again from June</a></li>'
        '<li><a href="/b">Swimming pool reopens after repairs</a></li></ul></aside></main>'
        "<footer><p>© 2032 Quay Courier</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("writer", "line"),
    [
        ("Oskar Vellin", "— Oskar Vellin"),
        ("Oskar Vellin", "(Oskar Vellin)"),
        ("Oskar Vellin", "Oskar Vellin / Coastal Wire"),
        ("Ines Marwede", "– Ines Marwede, Kielsand"),
        ("Rosa Quintela", "Por Rosa Quintela"),
    ],
)
def test_a_line_signing_the_text_of_a_saved_page_is_not_its_last(tmp_path: Path, writer: str, line: str) -> None:
    assert signs_off(line, writer)
    page = tmp_path / "market.html"
    page.write_text(_page(writer, line), encoding="utf-8")
    article = parse_file(page)
    assert article.author == writer
    assert article.body[-1] == _TEXT[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Oskar Vellin covers the harbour and its trades for the Courier.",  # a note on the writer: the text's
        "Oskar Vellin walked the quay with them on Thursday morning.",  # a sentence of the text naming him
    ],
)
def test_a_note_or_a_sentence_naming_the_writer_stays_the_last(tmp_path: Path, line: str) -> None:
    assert not signs_off(line, "Oskar Vellin")
    page = tmp_path / "market.html"
    page.write_text(_page("Oskar Vellin", line), encoding="utf-8")
    assert parse_file(page).body[-1] == line


def test_a_short_line_naming_someone_else_or_saying_more_signs_nothing() -> None:
    assert not signs_off("— Lena Ostrow", "Oskar Vellin")
    assert not signs_off("Oskar Vellin and the market traders of the quay", "Oskar Vellin")
    assert not signs_off("— Oskar Vellin", None)
