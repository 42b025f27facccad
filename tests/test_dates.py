from __future__ import annotations

from datetime import date, datetime

import pytest

from tuiarchive.parser.dates import is_clock_stamp, is_yearless_date, parse_date_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 4, 2024 8:36 AM", datetime(2024, 11, 4, 8, 36)),
        ("Published On 27 Feb 2026", date(2026, 2, 27)),
        ("Feb. 27, 2026", date(2026, 2, 27)),
        ("February 26, 2026 at 4:55 p.m. EST", datetime(2026, 2, 26, 16, 55)),
        ("2026-02-27T10:30:00Z", datetime(2026, 2, 27, 10, 30)),
        ("2026-02-27", date(2026, 2, 27)),
        ("27.02.2026 - Update : 27.02.2026", date(2026, 2, 27)),
        ("Friday, 27 February 2026, 17:07", datetime(2026, 2, 27, 17, 7)),
        ("27/02/2026", date(2026, 2, 27)),
        ("03/14/2025", date(2025, 3, 14)),
        ("27-02-2026", date(2026, 2, 27)),  # dashes as the dots and slashes
        ("Feb 27, 2026 6:40 pm", datetime(2026, 2, 27, 18, 40)),
        ("Thu 27 Feb 2026 10.30 GMT", datetime(2026, 2, 27, 10, 30)),
        ("January 21, 2025 9:12 AM GMT+1Updated 2 hours ago", datetime(2025, 1, 21, 9, 12)),
        ("October 2, 20255:00 AM ET", datetime(2025, 10, 2, 5, 0)),
        ("Published 3:05 PM EST, Tue March 4, 2025", datetime(2025, 3, 4, 15, 5)),
    ],
)
def test_datelines(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "2 hours ago",
        "6 hrs ago",
        "Updated 2 hours ago",
        "2 min read",
        "Ukraine frontline update February 26 2026",  # a headline that mentions a date
        "The deal of March 3, 2024 was signed by both sides",
        "2025-13-40",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_date_line(line) is None


def test_updated_lines_are_marked() -> None:
    found = parse_date_line("Updated Feb 27, 2026 19:12")
    assert found is not None and found.updated


@pytest.mark.parametrize("line", ["1:39 PM ET", "10.05 a.m.", "12:30 pm"])
def test_clock_stamps(line: str) -> None:
    assert is_clock_stamp(line)


@pytest.mark.parametrize("line", ["08:26", "Updated 6:41 p.m. ET", "1:39 PM ET and more words here"])
def test_not_clock_stamps(line: str) -> None:
    """A feed's bare time and a dateline with words are not the stamp of a byline."""
    assert not is_clock_stamp(line)


@pytest.mark.parametrize("line", ["Saturday 20 November", "Nov. 3", "Sat, 3 Jan", "March 5th"])
def test_yearless_dates(line: str) -> None:
    assert is_yearless_date(line)


@pytest.mark.parametrize("line", ["Ireland v USA (Sat)", "20 November 2004", "May Day", "March of the penguins"])
def test_not_yearless_dates(line: str) -> None:
    assert not is_yearless_date(line)


def test_a_read_time_beside_the_date_is_not_a_word_of_the_line() -> None:
    """ "Oct 15, 2015 · 18 min read": the date of a blog's header line."""
    found = parse_date_line("Oct 15, 2015 · 18 min read")
    assert found is not None and found.value == date(2015, 10, 15)
    assert parse_date_line("Oct 15, 2015 · 18 minutes of reading about the war") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 3 mars 2025 à 11h04", datetime(2025, 3, 3, 11, 4)),
        ("3. März 2025, 11:04 Uhr", datetime(2025, 3, 3, 11, 4)),
        ("Publicado el 3 de marzo de 2025", date(2025, 3, 3)),
        ("Aggiornato il 3 marzo 2025", date(2025, 3, 3)),
        ("3 de março de 2025", date(2025, 3, 3)),
        ("3 maart 2025", date(2025, 3, 3)),
        ("3 марта 2025 г.", date(2025, 3, 3)),
        ("3 березня 2025", date(2025, 3, 3)),
        ("Opublikowano: 3 marca 2025", date(2025, 3, 3)),
        ("3 Mart 2025", date(2025, 3, 3)),
        ("2025年3月3日 11:04", datetime(2025, 3, 3, 11, 4)),
        ("2025년 3월 3일", date(2025, 3, 3)),
        ("5. desember 2026", date(2026, 12, 5)),
        ("3. april 2025", date(2025, 4, 3)),
        ("15. května 2025", date(2025, 5, 15)),
        ("5. joulukuuta 2026", date(2026, 12, 5)),
        ("3 martie 2025, 10:15", datetime(2025, 3, 3, 10, 15)),
        ("3 Maret 2025", date(2025, 3, 3)),
        ("3 Μαρτίου 2025", date(2025, 3, 3)),
    ],
)
def test_datelines_in_other_languages(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


def test_every_language_names_twelve_months() -> None:
    """A month left out of a language's list shifts every later one by a month."""
    from tuiarchive.parser.lexicon_dates import _MONTHS_BY_LANGUAGE

    assert {lang: len(names.split()) for lang, names in _MONTHS_BY_LANGUAGE.items() if len(names.split()) != 12} == {}


def test_an_update_stamp_before_the_publication_gives_the_publication() -> None:
    found = parse_date_line("Updated March 4, 2025 / Published March 3, 2025")
    assert found is not None and found.value == date(2025, 3, 3) and not found.updated
    later = parse_date_line("Mis à jour le 4 mars 2025")
    assert later is not None and later.updated
    assert parse_date_line("La guerre a pris fin le 3 mars 2025 et tout le monde est rentré") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21.dez.2018 às 12h55", datetime(2018, 12, 21, 12, 55)),
        ("21-Dec-2018", date(2018, 12, 21)),
        ("发稿时间：2017-03-10 08:42:00 来源： 海港日报", datetime(2017, 3, 10, 8, 42)),
        ("March 3, 2025 | Source: Wirenews Daily", date(2025, 3, 3)),
        ("来源：海港日报 2017-03-10 08:42", datetime(2017, 3, 10, 8, 42)),  # the source first
        ("出典：海港新聞　2017年3月10日", date(2017, 3, 10)),
        ("Mis en ligne le 10/03/2017 à 08h42", datetime(2017, 3, 10, 8, 42)),
        ("En ligne depuis le 10 mars 2017", date(2017, 3, 10)),
    ],
)
def test_datelines_with_dots_dashes_and_a_source(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025年3月3日 11時04分", date(2025, 3, 3)),
        ("입력 2025.03.03 11:04", datetime(2025, 3, 3, 11, 4)),
    ],
)
def test_cjk_datelines_with_their_own_words_for_time(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026/2/27 10:14", datetime(2026, 2, 27, 10, 14)),
        ("February 27, 2026 / 10:14 AM / Harbour Gazette", datetime(2026, 2, 27, 10, 14)),
    ],
)
def test_datelines_with_short_numbers_and_their_source(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected
    assert parse_date_line("Talks end on March 3, 2025 | the council says no") is None
