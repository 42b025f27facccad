"""A list's items with their relative time printed after the headline on the same line ("... 3 hours ago",
"... vor 40 Minuten"): the item is the headline alone (parser/related.py, without_time_after). Every line here
is made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_related import ITEMS, related

from tuiarchive.formats import parse_file
from tuiarchive.parser.related import without_time_after

TIMES = {
    "en": ["3 hours ago", "45 minutes ago", "Updated 2 hours ago", "5 hours ago"],
    "de": ["vor 3 Stunden", "vor 40 Minuten", "Aktualisiert vor 2 Stunden", "vor 5 Stunden"],
    "pt": ["há 3 horas", "há 40 minutos", "Atualizado há 2 horas", "há 5 horas"],
    "it": ["3 ore fa", "40 minuti fa", "2 ore fa", "5 ore fa"],
    "nl": ["3 uur geleden", "2 dagen geleden", "Bijgewerkt 2 uur geleden", "5 uur geleden"],
}


@pytest.mark.parametrize("lang", sorted(TIMES))
def test_a_time_after_each_headline_is_no_part_of_it(lang: str) -> None:
    tail = ["More from the Gazette", *(f"{h} {t}" for h, t in zip(ITEMS, TIMES[lang], strict=True))]
    assert related(tail) == ITEMS


@pytest.mark.parametrize(
    "headline",
    [
        "Storm 3 hours ago",  # too few words before it: the line as it is
        "Council meets today",
        "Why the bridge took 40 years",
    ],
)
def test_a_headline_with_no_time_after_it_is_kept_whole(headline: str) -> None:
    assert without_time_after(headline) == headline


def test_a_time_after_a_separator_goes_with_it() -> None:
    assert without_time_after("Tram fares to rise in May \u00b7 vor 40 Minuten") == "Tram fares to rise in May"


def test_a_saved_pages_list_items_lose_their_times(tmp_path: Path) -> None:
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "The harbour bridge will open to walkers in the spring, a year after the first span was lifted into place.",
            "Cyclists will have to wait for the ramps at either end, which the council says will be ready by June.",
        )
    )
    items = "".join(
        f"<li><a href='/s/{k}'>{h}</a> <span>{t}</span></li>"
        for k, (h, t) in enumerate(zip(ITEMS, TIMES["de"], strict=True))
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour bridge to open in spring</title>"
        "</head><body><main><article><h1>Harbour bridge to open in spring</h1><div class='byline'>By Mara Lindqvist"
        f"</div>{story}</article><aside><h2>More from the Gazette</h2><ul>{items}</ul></aside></main>"
        "<footer><p>About us</p></footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert [r.headline for r in parse_file(path).related] == ITEMS
