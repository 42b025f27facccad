"""The writer's name alone right under the text, the page's only byline (s35, issue 14: "byline only
at the end", a lone name line): in Latin letters, in CJK characters, in brackets; not a person the
text speaks of, nor words the page prints in small letters. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
RELATED = [
    "Related",
    "Ferry crews in Lindhaven vote to strike over the new rotas",
    "Why Marrow Bay is betting on a new water tariff",
    "How Kessing rebuilt its harbour wall in nine months",
]


def _page(text: list[str], end: str) -> list[str]:
    return ["The Canal Courier", "Home", "News", HEADLINE, "3 March 2026", *text, end, *RELATED]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("end", "author"), [("Mara Quillon", "Mara Quillon"), ("林雨晴", "林雨晴"), ("（高村結衣）", "高村結衣")]
)
def test_a_name_alone_under_the_text_is_its_writer(end: str, author: str, model: str | None) -> None:
    assert extract(_page([TOLLBY_1, TOLLBY_2, TOLLBY_3], end), title_model=model).author == author


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_name_the_text_speaks_of_is_no_signature(model: str | None) -> None:
    text = [TOLLBY_1, "Mara Quillon, the harbour master, said the gates would hold for another winter.", TOLLBY_3]
    assert extract(_page(text, "Mara Quillon"), title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_words_the_page_prints_in_small_letters_are_no_signature(model: str | None) -> None:
    text = [TOLLBY_1, TOLLBY_2, "The lock report is published with the council's weekly canal notes."]
    assert extract(_page(text, "Canal Notes"), title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_source_s_address_under_the_text_is_no_signature(model: str | None) -> None:
    assert extract(_page([TOLLBY_1, TOLLBY_2, TOLLBY_3], "Via Canalwire.example"), title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("header", ["Ferner Lesestoff", "Anders Bekeken"])
def test_a_lists_header_over_headlines_is_no_signature(header: str, model: str | None) -> None:
    # review W8 (s35): two words with other stories' headlines right under them head a list (s36)
    page = ["The Canal Courier", "Home", HEADLINE, "3 March 2026", TOLLBY_1, TOLLBY_2, TOLLBY_3, header, *RELATED[1:]]
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("end", "author"),
    [
        ("- Retired Lockmaster", None),  # a single hyphen: a list's bullet (a real page's changelog)
        ("— Edda Vollrath, Tollby", "Edda Vollrath"),
        ("-- Edda Vollrath | Canal Courier", "Edda Vollrath"),
        ("——周晓岚", "周晓岚"),
        ("— Edda Vollrath, the harbour master", None),  # a quotation's speaker, described: no signature
    ],
)
def test_a_dash_and_the_name_under_the_text(end: str, author: str | None, model: str | None) -> None:
    # H7 (s36): a lone end-byline line, the name after a hyphen, a dash or two, a place or an outlet after it
    assert extract(_page([TOLLBY_1, TOLLBY_2, TOLLBY_3], end), title_model=model).author == author
