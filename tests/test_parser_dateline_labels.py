"""Datelines as unseen pages print them: a section's label before the date ("WORLD | Filed ..."), a label
of the language's own ("Online dal", "Data publikacji:", "Дата публикации:"), a weekday of Polish,
Portuguese or Russian, a relative time beside the date, and a later stamp labelled in Polish. Made-up
lines and pages, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.dates import parse_date_line
from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council sets a date for the vote on the new lock gates"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("WEATHER | Filed Thursday 9 April 2026, 07:45 GMT", date(2026, 4, 9)),
        ("Cronaca — Online dal 9 aprile 2026 | 08:10", date(2026, 4, 9)),
        ("Sport | Uscito il 9 aprile 2026", date(2026, 4, 9)),
        ("Data publikacji: 9 kwietnia 2026", date(2026, 4, 9)),
        ("Дата публикации: 9 апреля 2026", date(2026, 4, 9)),
        ("Lokales · Online seit 9. April 2026", date(2026, 4, 9)),
        ("Culture · Paru le 9 avril 2026", date(2026, 4, 9)),
        ("czwartek, 9 kwietnia 2026", date(2026, 4, 9)),
        ("quinta-feira, 9 de abril de 2026", date(2026, 4, 9)),
        ("четверг, 9 апреля 2026", date(2026, 4, 9)),
        ("il y a 5 heures · 9 avril 2026", date(2026, 4, 9)),
        ("hace 2 horas | 9 de abril de 2026", date(2026, 4, 9)),
        ("9 kwietnia 2026 · 4 godziny temu", date(2026, 4, 9)),
    ],
)
def test_a_dateline_with_a_label_or_a_relative_time_is_read(line: str, day: date) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == day or found.value.date() == day  # type: ignore[union-attr]
    assert not found.updated


def test_a_polish_update_label_is_a_later_stamp() -> None:
    found = parse_date_line("Aktualizacja 10 kwietnia 2026")
    assert found is not None
    assert found.updated


@pytest.mark.parametrize(
    "line",
    ["Dozens of boats wait at the lock on 9 April 2026 as the gates stay shut", "Online dal 2019: i nostri numeri"],
)
def test_a_sentence_or_a_label_without_a_date_is_no_dateline(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "kicker",
    ["CANALS | Filed Thursday 9 April 2026, 07:45 GMT", "Canals — Online dal 9 aprile 2026 | 08:10"],
)
def test_the_section_and_the_dateline_over_the_headline(kicker: str, model: str | None) -> None:
    found = extract([*TOP, kicker, HEADLINE, "By Ines Calloway", "", *TEXT], title_model=model)
    assert found.title == HEADLINE
    assert str(found.published)[:10] == "2026-04-09"
    assert found.author == "Ines Calloway"


def test_an_update_first_in_polish_leaves_the_publication() -> None:
    page = [*TOP, HEADLINE, "Autor: Zofia Krawiec", "Aktualizacja 11 kwietnia 2026", "Opublikowano 9 kwietnia 2026"]
    assert str(extract([*page, "", *TEXT]).published)[:10] == "2026-04-09"
