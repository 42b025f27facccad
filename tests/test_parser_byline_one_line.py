"""A byline and its date on one line, in other dress: the date's own words between them ("Jane Roe
on March 3, 2026", "publié le"), a slash or a full-width bar between them, a writer's "Texto:" credit
with its date (no picture's credit). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Jane Roe Published 3 March 2026", "Jane Roe"),
        ("Jane Roe on March 3, 2026", "Jane Roe"),
        ("Jeanne Roux, publié le 3 mars 2026 à 10h15", "Jeanne Roux"),
        ("By Jane Roe / March 3, 2026 / 4 min read", "Jane Roe"),
        ("Texto: Ana Ruiz | 03/03/2026", "Ana Ruiz"),
        ("文：林雨晴｜2026年3月3日", "林雨晴"),
        ("Pubblicato il 3 marzo 2026 da Marco Rossi", "Marco Rossi"),  # the date first, Italian "by"
        ("Publicado em 3 de março de 2026 por Ana da Silva", "Ana da Silva"),  # ("da": a particle here)
        ("Jane Roe (3 March 2026)", "Jane Roe"),
        ("林雨晴　2026年3月3日 10:15", "林雨晴"),  # a CJK name, an ideographic space, the date
        ("記者：林雨晴　2026年3月3日", "林雨晴"),
        ("2026-03-03 10:15 | 记者 林雨晴", "林雨晴"),  # the date, then the byline
        ("2026年3月3日 林雨晴", "林雨晴"),  # the date, then a CJK name alone (s35)
        ("2026/03/03 山本太郎", "山本太郎"),
        # the date's own mark after it: the line is split at the date's start, not at the mark (s36)
        ("Von Jana Roth, 03.03.2026 - 10:14", "Jana Roth"),
        ("Di Marco Rossi, 3 marzo 2026 - 10:14", "Marco Rossi"),
        ("Por Ana Ruiz, 03/03/2026 - 10:14 h", "Ana Ruiz"),
        ("2026年3月3日 10:14 記者 山本太郎", "山本太郎"),  # the date, then a labelled CJK byline (s36)
        ("2026-03-03 記者：浜田涼子", "浜田涼子"),
        ("作者：周晓岚 发布于2026年3月3日", "周晓岚"),  # a labelled CJK byline, then the date's words and the date
        ("取材・文：浜田涼子｜2026/3/3 10:12", "浜田涼子"),
        ("文と写真・浜田涼子　2026.3.3", "浜田涼子"),  # "text and photos" before the name (s36)
        # the byline's half after a label or a few words of its own (review 03:48's shapes, our wordings; s36)
        ("Words: Ines Vantongeren / Last updated 10:05, 3 March 2026", "Ines Vantongeren"),
        ("Reported by Ines Vantongeren · 2026-03-03", "Ines Vantongeren"),
        ("Sent by Ines Vantongeren — updated 3 Mar 2026", "Ines Vantongeren"),
        ("Récit : Odile Marchal, publié le 3 mars 2026", "Odile Marchal"),
        # a person's name, a comma and the date with its time of day: a headline with its date has no time
        ("Odile Marchal, le 3 mars 2026, 15:46", "Odile Marchal"),
        ("Nora Fabbrini, 3 marzo 2026, 09:53", "Nora Fabbrini"),
        ("Rita Calheiros, 03/03/2026, 11:01", "Rita Calheiros"),
    ],
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_and_its_date_on_one_line(line: str, author: str, model: str | None) -> None:
    page = ["The Canal Courier", "Home", "News", HEADLINE, line, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (HEADLINE, author)
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)


@pytest.mark.parametrize("line", ["Campaign Assessment, February 8, 2026", "Council Report, on March 3, 2026"])
def test_words_with_a_date_that_are_no_byline(line: str) -> None:
    page = ["The Canal Courier", "Home", "News", HEADLINE, line, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=None).author is None


@pytest.mark.parametrize(
    "line",
    [
        "Edda Vollrath, 3 March 2026",
        "Alba Serrat, 3 de marzo de 2026",
        "Odile Marchal, le 3 mars 2026",
        "Edda Vollrath, am 3. März 2026",
        "Campaign Assessment, March 3, 2026",
    ],
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_date_half_is_read_where_the_name_half_is_refused(line: str, model: str | None) -> None:
    # "Name, date" with no "By": the words may be a headline's as well as a name's, the date is the page's (s36)
    page = ["The Canal Courier", "Home", "News", HEADLINE, line, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    found = extract(page, title_model=model)
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Edda Vollrath, Dienstag, 3. März 2026", "Edda Vollrath"),
        ("Odile Marchal, mardi, 3 mars 2026", "Odile Marchal"),
        ("Alba Serrat, martes, 3 de marzo de 2026", "Alba Serrat"),
        ("Rita Calheiros, terça-feira, 3 de março de 2026", "Rita Calheiros"),
        ("Nora Fabbrini, martedì, 3 marzo 2026", "Nora Fabbrini"),
        ("Ewa Zielonka, wtorek, 3 marca 2026", "Ewa Zielonka"),
        ("Вера Лебедева, вторник, 3 марта 2026", "Вера Лебедева"),
    ],
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_name_then_a_weekday_and_the_date_in_the_common_languages(line: str, author: str, model: str | None) -> None:
    # the weekday after the name's comma opens the date in any language, as "Jane Roe, Tuesday, ..." does
    page = ["The Canal Courier", "Home", "News", HEADLINE, line, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (HEADLINE, author)
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)
