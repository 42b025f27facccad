"""The page's date printed under its text (a long story whose header prints no date, only a relative time or only
its update; made-up pages: the wording was written for these tests, in several languages)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tuiarchive.parser.dates import parse_date_line
from tuiarchive.parser.extract import extract

# A long made-up story about a village orchard: twelve paragraphs, so that its end lies far under the headline
_STORY = [
    f"The orchard committee in Brenholt met for the {n} time this year to count the trees that the frost of "
    f"last winter had damaged, and its members agreed that row {n} would be replanted before the autumn."
    for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
] + [
    "Volunteers from the school carried the young trees up the hill in wheelbarrows, and the older members of "
    "the committee watered them from the well by the gate until the evening.",
    "The committee will meet again once the apples of the old rows have been picked and weighed.",
]
_OTHERS = [
    "Brenholt bakery wins the county prize for its rye loaf",
    "3 February 2031",
    "New footpath opens between the mill and the river meadow",
    "27 January 2031",
]
_FOOTER = ["", "Home", "Contact", "\u00a9 2031 Brenholt Weekly"]


def _page(meta: list[str], under: list[str], *, list_header: str = "More from Brenholt") -> list[str]:
    lines = ["Brenholt Weekly", "Home", "Village", "Farming", "", "Orchard committee plans to replant the frost rows"]
    lines += [*meta, ""]
    for paragraph in _STORY:
        lines += [paragraph, ""]
    return [*lines, *under, "", list_header, *_OTHERS, *_FOOTER]


def _published(lines: list[str]) -> object:
    return extract(lines, title_model=None).published


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


@pytest.mark.parametrize(
    "under",
    [
        ["Published 14 March 2031"],
        ["(14 March 2031)"],
        ["Tamsin Greaves, 14 March 2031"],
        ["Ver\u00f6ffentlicht am 14.03.2031"],
        ["Publi\u00e9 le 14 mars 2031 \u00e0 10h15"],
        ["Updated 16 March 2031 08:00", "Published 14 March 2031 09:30"],
        ["Actualizado el 16 de marzo de 2031", "Publicado el 14 de marzo de 2031"],
    ],
)
def test_the_date_only_under_a_long_text_is_the_pages(under: list[str]) -> None:
    lines = _page(["By Tamsin Greaves"], under)
    assert _day(_published(lines)) == date(2031, 3, 14)


@pytest.mark.parametrize("stamp", ["5 hours ago", "vor 5 Stunden", "il y a 5 heures", "5 ore fa"])
def test_a_relative_time_in_the_header_and_the_date_under_the_text(stamp: str) -> None:
    lines = _page(["By Tamsin Greaves", stamp], ["14 March 2031"])
    assert _day(_published(lines)) == date(2031, 3, 14)


@pytest.mark.parametrize(
    "update",
    ["Updated 16 March 2031, 08:00", "Aktualisiert am 16.03.2031", "Atualizado em 16/03/2031 08h00"],
)
def test_an_update_in_the_header_gives_way_to_the_publication_under_the_text(update: str) -> None:
    lines = _page(["By Tamsin Greaves", update], ["Published 14 March 2031"])
    assert _day(_published(lines)) == date(2031, 3, 14)


def test_an_update_alone_is_still_the_date() -> None:
    lines = _page(["By Tamsin Greaves", "Updated 16 March 2031, 08:00"], [])
    assert _day(_published(lines)) == date(2031, 3, 16)


def test_todays_date_over_the_site_gives_way_to_the_storys_under_the_text() -> None:
    lines = ["Saturday, 22 March 2031", *_page(["By Tamsin Greaves"], ["Published 14 March 2031"])]
    assert _day(_published(lines)) == date(2031, 3, 14)


def test_the_dates_of_other_stories_under_the_text_are_not_the_pages() -> None:
    short = ["Brenholt Weekly", "Home", "", "Orchard committee plans to replant the frost rows", "By Tamsin Greaves"]
    lines = [*short, "", _STORY[0], "", _STORY[-1], "", "More from Brenholt", *_OTHERS, *_FOOTER]
    assert _published(lines) is None
    long_page = _page(["By Tamsin Greaves"], [])
    assert _published(long_page) is None


@pytest.mark.parametrize(
    "line",
    [
        "Aktualisiert: 16.03.2031 21:30 | Publiziert 14. M\u00e4rz 2031 16:30",
        "Mis \u00e0 jour le 16 mars 2031 22:38 | Paru le 14 mars 2031",
        "Actualizado: 16 de marzo de 2031 06:20 \u00b7 Fecha: 14 de marzo de 2031 19:40",
        "Aggiornato: 16 marzo 2031 17:24 / Data: 14 marzo 2031 15:43",
        "Updated 16 March 2031 (first issued 14 March 2031)",
        "Updated Sunday 16 March 2031 08:00 GMT | Published Friday 14 March 2031 09:30 GMT",
    ],
)
def test_an_updates_line_gives_its_publication_under_any_label(line: str) -> None:
    found = parse_date_line(line)
    assert found is not None and not found.updated and _day(found.value) == date(2031, 3, 14)


def test_a_later_second_date_on_an_updates_line_is_no_publication() -> None:
    found = parse_date_line("Updated 14 March 2031 | Next review 20 March 2031")
    assert found is None or found.updated
