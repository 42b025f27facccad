"""A byline that prints the writer's job before the name ("Senior correspondent Jane Roe"), one writer or several
each with a job, in the common languages, under the headline, beside the date or after "By": the names are the
writers. A title that is no writer's job ("President", "Director") before a name is no byline. Made-up pages,
written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import clean_author, names_after_jobs

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council puts off the vote on the new lock gates"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Transport correspondent Wilma Ferreira", "Wilma Ferreira"),
        ("Rédactrice en chef adjointe Odile Marchetti", "Odile Marchetti"),
        ("Correspondante régionale Odile Marchetti", "Odile Marchetti"),
        ("Wirtschaftsredakteurin Jana Brüggemann", "Jana Brüggemann"),
        ("Eindredacteur Joost Verhaegen en verslaggever Femke Aalders", "Joost Verhaegen, Femke Aalders"),
        ("Senior reporter Wilma Ferreira and data editor Tobias Lund", "Wilma Ferreira, Tobias Lund"),
        ("Redattrice Chiara Valsecchi e inviato Piero Landucci", "Chiara Valsecchi, Piero Landucci"),
        ("Periodista Nerea Ibargüen y corresponsal Tomás Arrieta", "Nerea Ibargüen, Tomás Arrieta"),
    ],
)
def test_each_writer_s_job_before_the_name(byline: str, names: str) -> None:
    assert names_after_jobs(byline) == names
    for model in (None, "shipped"):
        page = [*TOP, HEADLINE, byline, "3 March 2026", "", *TEXT]
        assert extract(page, title_model=model).author == names


def test_the_job_first_beside_the_date_and_after_by() -> None:
    page = [*TOP, HEADLINE, "Health reporter Wilma Ferreira · 3 March 2026", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"
    page = [*TOP, HEADLINE, "By Senior Correspondent Wilma Ferreira", "3 March 2026", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"
    assert clean_author("Chief Political Correspondent Tobias Lund") == "Tobias Lund"


@pytest.mark.parametrize(
    "line",
    [
        "President Wilma Ferreira",  # a title, no writer's job
        "Director Tobias Lund and Mayor Ines Calder",
        "Reporter Wilma Ferreira talks to the lock keepers",  # a caption's sentence
        "Wilma Ferreira and Tobias Lund",  # names alone: names_line's
        "Rédacteur en chef",  # a job alone
        "Editor de datos de la Región",  # no person after the job
    ],
)
def test_no_writer_s_job_before_a_name_names_nobody(line: str) -> None:
    assert names_after_jobs(line) is None


def test_the_job_after_the_name_on_the_date_s_line_with_the_read_time() -> None:
    page = [*TOP, HEADLINE, "Wilma Ferreira, Transport correspondent · 3 March 2026 · 5 min read", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"
