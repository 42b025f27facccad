"""A paper's name heading the page and its footer's copyright names no writer: a personal site's owner
signs its posts, a newspaper does not (parser/site_owner.py). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
POST = [
    "We drove north on a grey morning and by noon the first of the lakes was in view, flat and silver under "
    "a low sky, with a single boat out near the far shore.",
    "The cottage was smaller than the pictures had made it look, but it had a stove, a view of the water and "
    "a shelf of old paperbacks left by other guests over the years.",
]


@pytest.mark.parametrize(
    "paper",
    [
        "Jornal de Castelo",
        "Il Vigile Urbano",
        "Tollby Kurier",
        "Głos Doliny",
        # an article, a noun and "of" a place (Romance papers), a paper's word of English
        "El Faro del Canal",
        "La Lanterna di Tollby",
        "Le Veilleur du Val",
        "O Farol de Marrow",
        "Marsby Advertiser",
    ],
)
def test_a_papers_name_over_the_page_and_in_its_footer_is_no_writer(paper: str) -> None:
    page = [paper, "Home", "News", HEADLINE, "3 March 2026", TOLLBY_1, TOLLBY_2, TOLLBY_3, f"© 2026 {paper}"]
    assert extract(page, title_model=None).author is None


def test_a_persons_own_site_is_still_signed_by_its_owner() -> None:
    page = ["Orla Fenwick", "Home", "About", "A week by the lakes", "3 March 2026", *POST, "© 2026 Orla Fenwick"]
    assert extract(page, title_model=None).author == "Orla Fenwick"


@pytest.mark.parametrize("owner", ["Ana de Souza Lima", "Maria del Carmen Ruiz"])
def test_a_persons_name_with_a_particle_still_signs_its_site(owner: str) -> None:
    page = [owner, "Home", "About", "A week by the lakes", "3 March 2026", *POST, f"© 2026 {owner}"]
    assert extract(page, title_model=None).author == owner
