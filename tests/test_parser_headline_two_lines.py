"""A headline printed over two lines (a break in the markup, a copy wrapped at a narrow column) is
one headline, in any language with capitals; and the lines that stay apart: a kicker over the
headline, a dek under it, a byline in small letters. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        # the rest opens in small letters
        ("Tollby council puts off the vote on", "new lock gates until the autumn"),
        ("Lindhaven ferry crews win a pay rise", "after three weeks on strike"),
        ("Gemeinderat von Tollby vertagt die Abstimmung", "über die neuen Schleusentore"),
        ("Le conseil de Tollby repousse le vote", "sur les portes de l'écluse"),
        ("Rada Tollby przekłada głosowanie", "w sprawie nowych wrót śluzy"),
        ("Совет Толлби отложил голосование", "о новых воротах шлюза"),
        # title case: the upper ends on a word no headline ends on
        ("Ferry Crews at Lindhaven Agree a", "New Pay Deal After Three Weeks"),
        ("Why Tollby Cannot Afford Another Winter of", "Leaking Lock Gates"),
    ],
)
def test_a_headline_over_two_lines_is_one_headline(upper: str, lower: str, model: str | None) -> None:
    page = [*TOP, upper, lower, "By Jane Roe", "3 March 2026", "", *TEXT]
    found = extract(page, title_model=model)
    assert found.title == f"{upper} {lower}"
    assert found.author == "Jane Roe"
    assert found.body[0] == TOLLBY_1


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("over", "headline", "under"),
    [
        # a kicker over the headline, a dek under it: both open with a capital
        ("Canal towns", "Tollby council puts off the vote on the lock gates", None),
        (None, "Tollby council puts off the vote on the lock gates", "Boat owners say the delay will cost them"),
        # a headline that ends on a word of its own, over a dek in title case
        (None, "Tollby Council Puts Off the Lock Gates Vote", "Boat Owners Count the Cost of Another Winter"),
    ],
)
def test_a_kicker_or_a_dek_is_no_rest_of_the_headline(
    over: str | None, headline: str, under: str | None, model: str | None
) -> None:
    page = [*TOP, *([over] if over else []), headline, *([under] if under else []), "By Jane Roe", "3 March 2026"]
    assert extract([*page, "", *TEXT], title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_or_a_date_in_small_letters_is_no_rest_of_the_headline(model: str | None) -> None:
    headline = "Tollby council puts off the vote on the lock gates"
    for under in (["by jane roe", "3 March 2026"], ["updated 3 hours ago", "By Jane Roe"]):
        assert extract([*TOP, headline, *under, "", *TEXT], title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("headline", "job", "name"),
    [
        ("Tollby council puts off the vote on the lock gates", "health reporter", "Ines Calloway"),
        ("Le conseil de Tollby repousse le vote sur les portes", "envoyée spéciale", "Aurore Quélen"),
        ("El ayuntamiento de Tollby aplaza la votación", "redactora de Economía", "Ana Ruiz"),
        ("Il consiglio di Tollby rinvia il voto sulle porte", "corrispondente politico", "Marco Riva"),
        ("Rada Tollby przekłada głosowanie w sprawie śluzy", "korespondent polityczny", "Zofia Krawiec"),
        ("Совет Толлби отложил голосование о шлюзе", "политический обозреватель", "Олег Мирошин"),
    ],
)
def test_a_writers_job_over_the_name_is_no_rest_of_the_headline(
    headline: str, job: str, name: str, model: str | None
) -> None:
    # "Transport reporter" / "Jane Roe" under the headline: the job in small letters opens the byline
    found = extract([*TOP, headline, job, name, "3 March 2026", "", *TEXT], title_model=model)
    assert found.title == headline
    assert found.author == name
