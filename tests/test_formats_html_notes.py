"""Saved pages: the site's notes under the text inside <article> (licence terms, an offer to republish, a note
on method under its heading or label, a labelled note on the writer) are not the text's last paragraph; a plain
note on the writer is (the real labels' convention). Every page here is made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

_TEXT = [
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that the "
    "cost of the work had risen by a third since the plans were approved.",
    "Engineers told the council that the bridge had passed its load tests in January, although the painting of "
    "the steel arches would go on for several weeks after the opening.",
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in which "
    "the ferry had been the only way across the water.",
]


def _page(note: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (
        '<!doctype html><html lang="en"><head><title>Bridge to open in spring | Harbour Ledger</title></head><body>'
        '<header><a href="/">Harbour Ledger</a></header><main><article><h1>Bridge to open in spring</h1>'
        '<p class="byline">By Mara Lindqvist</p><time datetime="2031-03-12">12 March 2031</time>'
        f"{text}{note}</article><aside><h2>More from the Ledger</h2><ul>"
        '<li><a href="/a">Ferry fares to rise in April as fuel costs climb</a></li>'
        '<li><a href="/b">New school opens on the east bank after delays</a></li></ul></aside></main>'
        "<footer><p>© 2031 Harbour Ledger</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "note",
    [
        "<h3>Behind the numbers</h3><p>We went through 3,400 berth bookings logged by the port office.</p>",
        "<p><em>To report this story, the Ledger examined eleven years of pier inspection records.</em></p>",
        "<p><strong>How we counted:</strong> We compiled the crossings from the operator's weekly sheets.</p>",
        "<p>This story is republished under a Creative Commons licence (CC BY-ND 4.0).</p>",
        "<p>Vous pouvez reprendre gratuitement cet article en citant la source.</p>",
        "<p>About the author: Mara Lindqvist covers transport and the harbour for the Ledger.</p>",
    ],
)
def test_a_site_note_under_the_text_of_a_saved_page_ends_it(tmp_path: Path, note: str) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(_page(note), encoding="utf-8")
    assert parse_file(page).body[-1] == _TEXT[-1]


def test_a_plain_note_on_the_writer_stays_the_saved_pages_last_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    bio = "Mara Lindqvist covers transport and the harbour for the paper."
    page.write_text(_page(f"<p>{bio}</p>"), encoding="utf-8")
    assert parse_file(page).body[-1] == bio
