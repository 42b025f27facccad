"""Bylines that give each writer's job or agency beside the name: "di Ada Neri, corrispondente"
(a weak byline's word, parser/bylines.py) is a byline, and "By A, economics editor, and B, health
reporter" names both writers (parser/names.py). Made-up pages and lines, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.bylines import byline_names
from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import clean_author

IT_HEADLINE = "A Valdoria il mercato del pesce riapre dopo due anni di lavori"
IT_TEXT = [
    "Il mercato coperto del pesce di Valdoria ha riaperto sabato mattina, dopo due anni di lavori che hanno "
    "rifatto il tetto, i banchi e l'impianto del freddo, con una spesa superiore alle previsioni.",
    "I pescatori del porto vecchio sono tornati a vendere direttamente ai clienti, e molti di loro hanno detto "
    "di sperare che il nuovo orario serale porti in centro anche chi lavora fino a tardi.",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("di Ada Neri, corrispondente", "Ada Neri"),
        ("di Ada Neri, ANSA", "Ada Neri"),
        ("di Ada Neri (ANSA)", "Ada Neri"),
        ("di Ada Neri, inviata speciale, e Leo Riva, giornalista", "Ada Neri, Leo Riva"),
    ],
)
def test_an_italian_byline_with_the_writers_job_is_no_part_of_the_headline(
    byline: str, author: str, model: str | None
) -> None:
    page = ["La Sentinella", "Home", "Cronaca", IT_HEADLINE, byline, "3 marzo 2026", *IT_TEXT]
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (IT_HEADLINE, author)


@pytest.mark.parametrize(
    "line",
    ["di Roma e Milano", "di Maio, il ministro", "di Ada Neri, che ha visto tutto"],
)
def test_di_before_no_names_or_a_sentence_is_no_byline(line: str) -> None:
    assert byline_names(line) is None


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Jane Roe, economics editor, and Tom Ash, health reporter", "Jane Roe, Tom Ash"),
        ("Ana Ruiz, redactora de Sanidad, y Pau Vidal, corresponsal", "Ana Ruiz, Pau Vidal"),
        ("Jane Roe, Senior Editor, and Tom Ash", "Jane Roe, Tom Ash"),
        ("Jane Roe, Senior Editor, Reuters", "Jane Roe"),
        ("Jane Roe, Senior Editor", "Jane Roe"),
    ],
)
def test_names_each_with_a_job_are_all_the_writers(printed: str, names: str) -> None:
    assert clean_author(printed) == names


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_of_two_writers_with_their_jobs(model: str | None) -> None:
    headline = "Tollby council to vote on the new lock gates this month"
    byline = "By Jane Roe, transport correspondent, and Tom Ash, data reporter"
    page = ["The Canal Courier", "Home", "News", headline, byline, "3 March 2026", TOLLBY_1, TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=model).author == "Jane Roe, Tom Ash"


@pytest.mark.parametrize(
    ("signature", "name"),
    [("Ewa Nowak, reporterka", "Ewa Nowak"), ("Нина Орлова, обозреватель", "Нина Орлова")],
)
def test_a_name_with_a_polish_or_russian_job_under_the_text_signs_it(signature: str, name: str) -> None:
    headline = "Tollby council to vote on the new lock gates this month"
    page = ["The Canal Courier", "Home", "News", headline, "3 March 2026", TOLLBY_1, TOLLBY_2, TOLLBY_3, signature]
    assert extract([*page, "", "Home", "Contact"], title_model=None).author == name


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("job", "name"),
    [
        ("Trainee reporter", "Ines Calloway"),
        ("Lokalreporterin", "Edda Vollrath"),
        ("Wirtschaftsredakteur", "Till Brandauer"),
        ("Praktikantin", "Jana Roth"),
        ("Rédactrice en chef adjointe", "Odile Marchal"),
        ("Periodista en prácticas", "Alba Serrat"),
        ("Stażystka", "Ewa Zielonka"),
    ],
)
@pytest.mark.parametrize("dated", [True, False])
def test_a_name_under_the_writers_job_under_the_headline(job: str, name: str, dated: bool, model: str | None) -> None:
    # the job on its own line over the name, with or without the date under them: the name is the writer
    headline = "Tollby council sets a date for the vote on the new lock gates"
    page = ["The Canal Courier", "Home", "News", headline, job, name, *(["3 March 2026"] if dated else [])]
    found = extract([*page, TOLLBY_1, TOLLBY_2, TOLLBY_3], title_model=model)
    assert (found.title, found.author) == (headline, name)
