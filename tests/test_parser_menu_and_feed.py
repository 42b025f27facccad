"""Rows over the headline that are never it (parser/over_headline.py): the site's menu printed on
one line, and a feed of its latest stories, each after its time of day. Made-up pages in several
languages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
HEADLINE = "Tollby council to vote on the new lock gates this month"

# a short story in German and one in Italian, each with its headline
DE_HEADLINE = "Brückenwärter in Lindhaven fordern mehr Personal für die Nachtschicht"
DE_TEXT = [
    "Die Brückenwärter in Lindhaven haben am Montag einen Brief an die Stadtverwaltung geschickt, in dem sie "
    "mehr Personal für die Nachtschicht verlangen, weil die Hebebrücke inzwischen fast jede Nacht öffnet.",
    "Seit dem Frühjahr fahren deutlich mehr Frachtkähne durch den Hafen, und die beiden Wärter einer Schicht "
    "kommen nach eigener Aussage kaum noch dazu, die vorgeschriebenen Kontrollen zu machen.",
]
IT_HEADLINE = "A Valdoria il mercato del pesce riapre dopo due anni di lavori"
IT_TEXT = [
    "Il mercato coperto del pesce di Valdoria ha riaperto sabato mattina, dopo due anni di lavori che hanno "
    "rifatto il tetto, i banchi e l'impianto del freddo, con una spesa superiore alle previsioni.",
    "I pescatori del porto vecchio sono tornati a vendere direttamente ai clienti, e molti di loro hanno detto "
    "di sperare che il nuovo orario serale porti in centro anche chi lavora fino a tardi.",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("menu", "headline", "under", "text"),
    [
        ("Home  World  Money  Sport  Weather", HEADLINE, ["By Jane Roe", "3 March 2026"], TEXT),
        ("Home World Money Sport Weather Travel", HEADLINE, ["3 March 2026"], TEXT),
        ("Start Lokales Politik Wirtschaft Sport", DE_HEADLINE, ["Von Ole Roth", "3. März 2026"], DE_TEXT),
        ("Prima pagina Cronaca Politica Spettacoli Sport", IT_HEADLINE, ["di Ada Neri", "3 marzo 2026"], IT_TEXT),
    ],
)
def test_a_menu_on_one_line_over_the_headline_is_not_the_headline(
    menu: str, headline: str, under: list[str], text: list[str], model: str | None
) -> None:
    page = ["The Canal Courier", menu, headline, *under, *text]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_in_title_case_naming_its_story_is_still_the_headline(model: str | None) -> None:
    # every word capitalised and none a function word, like a menu, but it names the text's lock gates
    headline = "Tollby Council Delays Lock Gates Vote"
    page = ["The Canal Courier", "Home", "News", headline, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("feed", "headline", "under", "text"),
    [
        (
            [
                "11:42 Harbour wall repairs to start in May",
                "10:05 Water tariff rise approved by Lindhaven",
                "09:30 Bus drivers in Marrow Bay accept new rotas",
            ],
            HEADLINE,
            ["By Jane Roe", "3 March 2026"],
            TEXT,
        ),
        (
            ["16.10 – Neue Fahrpläne für die Inselfähre", "15.45 – Streit um Parkgebühren am Hafen beigelegt"],
            DE_HEADLINE,
            ["Von Ole Roth", "3. März 2026"],
            DE_TEXT,
        ),
        (
            ["18:20 | Chiusa per lavori la strada del porto", "17:55 | Nuovo sindaco a Montelupo"],
            IT_HEADLINE,
            ["di Ada Neri", "3 marzo 2026"],
            IT_TEXT,
        ),
    ],
)
def test_a_feed_of_timed_headlines_over_the_page_is_not_the_headline(
    feed: list[str], headline: str, under: list[str], text: list[str], model: str | None
) -> None:
    page = ["The Canal Courier", "Home", "News", *feed, headline, *under, *text]
    assert extract(page, title_model=model).title == headline


def test_a_headline_with_a_time_in_it_is_still_the_headline() -> None:
    # one line opening with a time, no feed around it: the page's headline
    headline = "10:30 deadline set for Tollby lock gates bids"
    page = ["The Canal Courier", "Home", "News", headline, "By Jane Roe", "3 March 2026", *TEXT]
    assert extract(page, title_model=None).title == headline


FEED = ["11:42 Harbour wall repairs to start in May", "10:05 Water tariff rise approved by Lindhaven"]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_under_its_date_under_a_feed_is_not_one_of_the_feed(model: str | None) -> None:
    # the date over the headline, the text right under it, no byline: a feed's items above are no list
    # the headline is in (they have their times, it has none)
    page = ["The Canal Courier", "Home", "News", *FEED, "", "3 March 2026", HEADLINE, "", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_scorer_takes_no_feed_item_for_the_headline(model: str | None) -> None:
    # the feed lists this story too, after its time, in words closer to the text's than the headline's
    headline = "Lock keepers say the new gates cannot come soon enough"
    feed = [FEED[0], f"10:05 {HEADLINE}"]
    page = ["The Canal Courier", "Home", "News", *feed, "", headline, "3 March 2026 | Updated 4 March 2026", "", *TEXT]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_under_its_date_over_a_dek_without_a_full_stop(model: str | None) -> None:
    dek = "Boat owners fear another winter of leaking gates will cost them more than the council"
    page = ["The Canal Courier", "Home | News | Sport | Weather", "", "3 March 2026", HEADLINE, dek, "", *TEXT]
    assert extract(page, title_model=model).title == HEADLINE


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_polish_read_time_is_no_headline(model: str | None) -> None:
    headline = "Nowa biblioteka w Zalesiu otwarta po dwóch latach budowy"
    text = [
        "W sobotę mieszkańcy Zalesia po raz pierwszy weszli do nowej biblioteki, która powstała w miejscu dawnego "
        "magazynu zbożowego i ma czytelnię, salę dla dzieci oraz pracownię komputerową.",
        "Budowa trwała dwa lata, o pół roku dłużej, niż planowano, ponieważ w starych murach trzeba było wymienić "
        "fundamenty, a prace przerwała zima.",
    ]
    page = [
        "Kurier Zalesia",
        "Wiadomości › Region",
        headline,
        "Autor: Ewa Nowak",
        "3 marca 2026",
        "Czas czytania: 4 min",
    ]
    found = extract([*page, "", *text], title_model=model)
    assert (found.title, found.read_minutes) == (headline, 4)
