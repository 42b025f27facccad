"""A page with no byline and no date: the headline is over the text's first sentence, never a crosshead
under that sentence inside the text. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TOP = ["The Canal Courier", "Home", "News", "Sport", ""]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("headline", "lead", "crosshead"),
    [
        (
            "Tollby council puts off the vote on the new lock gates",
            "Officials in Tollby agreed on Tuesday to wait another month.",
            "What the boat owners want",
        ),
        (
            "Gemeinderat von Tollby vertagt die Abstimmung über die Schleusentore",
            "Die Räte wollen die Zahlen der Ingenieure erst noch prüfen.",
            "Was die Bootsbesitzer fordern",
        ),
        (
            "Le conseil de Tollby repousse le vote sur les portes de l'écluse",
            "Les élus veulent d'abord étudier les chiffres des ingénieurs.",
            "Ce que demandent les plaisanciers",
        ),
    ],
)
def test_a_crosshead_under_the_first_sentence_is_not_the_headline(
    headline: str, lead: str, crosshead: str, model: str | None
) -> None:
    page = [*TOP, headline, "", lead, "", crosshead, "", TOLLBY_2, TOLLBY_3, "", "Home", "Sport"]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_over_its_dek_and_the_text_stays_the_headline(model: str | None) -> None:
    headline = "Tollby council puts off the vote on the new lock gates"
    dek = "Boat owners say the cost of another winter of waiting will fall on them."
    page = [*TOP, "Canal towns", headline, "", dek, "", TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=model).title == headline
