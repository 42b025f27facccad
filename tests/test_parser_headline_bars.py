"""A bar of other stories' headlines over the page's own ("Top stories"): the last one, right over
the byline or the date, is the headline, not the one before it read as a headline over its dek.
Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
BAR = [
    "Ferry crews in Tollby vote to strike over the new rotas",
    "Why Lindhaven is betting on a new water tariff",
    "How Marrow Bay rebuilt its harbour wall in nine months",
]
HEADLINE = "Tollby council to vote on the new lock gates this month"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("label", [["Top stories"], ["Latest headlines"], ["Menu", "Top stories"]])
def test_the_last_of_a_bar_of_headlines_over_the_byline_is_the_headline(label: list[str], model: str | None) -> None:
    page = ["The Canal Courier", "Home", "Sport", *label, *BAR, HEADLINE, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


def test_lines_over_a_headline_and_its_dek_with_no_list_header_are_no_bar() -> None:
    # a menu's or a feed's headline-shaped lines over a headline and its dek (no full stop): the
    # headline is the upper of the two
    dek = "Boat owners are divided, some saying the cost of the gates is too high for the town"
    page = ["The Canal Courier", *BAR, HEADLINE, dek, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=None).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_over_a_dek_without_a_full_stop_is_still_the_headline(model: str | None) -> None:
    dek = "Boat owners are divided over the cost of gates that leak at every tide"
    page = ["The Canal Courier", "Home", "Sport", HEADLINE, dek, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


TITLE_BAR = [
    "Ferry Crews in Tollby Vote to Strike Over the New Rotas",
    "Why Lindhaven Is Betting on a New Water Tariff",
    "How Marrow Bay Rebuilt Its Harbour Wall in Nine Months",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("bar", "headline", "dek"),
    [
        # each line of the bar names a place or a body; the dek under the headline names nothing
        (BAR, HEADLINE, "The vote comes after two winters of flooding and a long wait for repairs"),
        (BAR, HEADLINE, "A lock that once kept the boats moving is now the reason they cannot"),
        # a bar in title case over a dek in sentence case
        (TITLE_BAR, "Tollby Council to Vote on the New Lock Gates", "Boat owners in Tollby say the cost is too high"),
    ],
)
def test_a_dek_under_the_last_headline_of_a_bar_leaves_that_headline_the_page_s(
    bar: list[str], headline: str, dek: str, model: str | None
) -> None:
    # F4 (s34 findings): under a list's header, a bar, the page's headline, then its dek with no full
    # stop: the dek is unlike the bar's lines, so the line over it is the headline
    page = [
        "The Canal Courier",
        "Home",
        "Sport",
        "Top stories",
        *bar,
        headline,
        dek,
        "By Jane Roe",
        "3 March 2026",
        *TEXT,
    ]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_bar_s_last_headline_naming_nothing_over_a_shorter_one_is_no_dek(model: str | None) -> None:
    # the line over the byline names nothing but says less than the line over it: no dek of it,
    # the page's own headline at the end of the bar
    headline = "The strike at the lock enters its third day"
    page = ["The Canal Courier", "Home", "Sport", "Top stories", *BAR, headline, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "top",
    [
        ["Top stories"],  # the bar's header is the page's first line
        ["Home", "Sport", "Weather"],  # no header: under a menu's short items
    ],
)
def test_a_bar_at_the_top_or_with_no_header_over_the_headline(top: list[str], model: str | None) -> None:
    bar = [*BAR, "Lindhaven fishermen say the new quota will end their trade by the spring"]  # (longer than HEADLINE)
    page = [*top, *bar, HEADLINE, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_with_words_before_its_name_under_the_headline_is_no_bar_s_line(model: str | None) -> None:
    page = ["Top stories", *BAR, HEADLINE, "Escrito por Ana Ruiz", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_with_no_list_header_a_longer_line_under_the_last_headline_is_its_dek(model: str | None) -> None:
    # (s35 review W5) a short label no lexicon knows over the headlines, the page's headline, then a dek
    # longer than it that names places (German capitalises every noun): no bar, the headline over its dek
    dek = "Ein kleiner Hafen mit vielen treuen Gästen, doch die Schleuse ist alt"
    headline = "Schleuse in Tollby bleibt zwei weitere Jahre offen"
    bar = ["Fähre fährt ab Montag nach neuem Fahrplan", "Chor aus Lindhaven gewinnt den Kreispokal",
           "Neue Schulleiterin in Marrow Bay", "Schnee sperrt die Passstraße erneut"]  # fmt: skip
    page = [
        "The Canal Courier",
        "Home",
        "Sport",
        "Kurz gemeldet",
        *bar,
        headline,
        dek,
        "Text: Jana Roth",
        "3. März 2026",
    ]
    assert extract([*page, *TEXT], title_model=model).title == headline


SHORT_BAR = ["Floods close the riverside path", "Choir wins the regional prize", "A bakery opens on the square"]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_under_a_bar_keeps_its_dek(model: str | None) -> None:
    dek = "Boat owners say the old gates leak at every tide and the repairs have run two years late"
    page = ["The Canal Courier", *SHORT_BAR, HEADLINE, dek, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


SHORT_HEADLINE = "Tollby council backs new lock gates"


def test_a_name_and_its_date_on_one_line_anchors_the_headline_over_it() -> None:
    # (s37) "Name, date" is the header's line: the shipped scorer is asked about the lines over it, and the
    # headline is one of them (main took the site's name over two other stories' headlines)
    page = ["The Canal Courier", *SHORT_BAR[:2], SHORT_HEADLINE, "Ines Vantongeren, 3 March 2026", *TEXT]
    assert extract(page).title == SHORT_HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("under", [["3 March 2026"], ["By Jane Roe", "3 March 2026"]])
def test_a_four_word_headline_over_a_long_dek_without_a_full_stop(under: list[str], model: str | None) -> None:
    # (s37) one word short of HEADLINE_OVER_DEK_WORDS, but it speaks of the text and its dek says twice as much
    headline = "Tollby backs lock gates"
    dek = "Boat owners say the old gates leak at every tide and the repairs have run two years late"
    page = ["The Canal Courier", "Home", "News", headline, dek, *under, *TEXT]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("kicker", ["Canal news", "Our towns: Tollby"])
def test_a_short_kicker_over_the_headline_stays_a_kicker(kicker: str) -> None:
    page = ["The Canal Courier", "Home", "News", kicker, HEADLINE, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=None).title == HEADLINE
