"""A writer's name alone right under the headline, the text under it and no date on the page: the
byline (parser/header_author.py, _writer_over_text). A person the story is about, or a name the page
prints again (a menu's item), is none. Made-up pages in several languages, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
ES_HEADLINE = "Los vecinos de Valdemora piden un paso de peatones junto al colegio"
ES_TEXT = [
    "Un grupo de familias de Valdemora entregó el lunes en el ayuntamiento más de cuatrocientas firmas para "
    "pedir un paso de peatones con semáforo frente a la entrada del colegio público del barrio.",
    "Según los padres, los coches bajan la cuesta a demasiada velocidad a la hora de entrada, y los niños "
    "tienen que cruzar entre los vehículos aparcados en doble fila para llegar a la puerta.",
]
PL_HEADLINE = "Nowa biblioteka w Zalesiu otwarta po dwóch latach budowy"
PL_TEXT = [
    "W sobotę mieszkańcy Zalesia po raz pierwszy weszli do nowej biblioteki, która powstała w miejscu dawnego "
    "magazynu zbożowego i ma czytelnię, salę dla dzieci oraz pracownię komputerową.",
    "Budowa trwała dwa lata, o pół roku dłużej, niż planowano, ponieważ w starych murach trzeba było wymienić "
    "fundamenty, a prace przerwała zima.",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("headline", "name", "text"),
    [
        (HEADLINE, "Orla Fenwick", TEXT),
        (ES_HEADLINE, "Nerea Olabarri", ES_TEXT),
        (PL_HEADLINE, "Bożena Krawczyk", PL_TEXT),
    ],
)
def test_a_name_alone_under_the_headline_over_the_text_is_its_writer(
    headline: str, name: str, text: list[str], model: str | None
) -> None:
    page = ["The Canal Courier", "Home", "News", headline, name, *text, "Home", "Contact"]
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (headline, name)


def test_a_person_of_the_story_under_the_headline_is_no_writer() -> None:
    # the name comes back in the text: the story's mayor, not its writer
    text = [f"Mayor Hestia Brannock said on Tuesday that {TOLLBY_1[0].lower()}{TOLLBY_1[1:]}", TOLLBY_2]
    page = ["The Canal Courier", "Home", "News", HEADLINE, "Hestia Brannock", *text]
    assert extract(page, title_model=None).author is None


def test_a_name_the_page_prints_again_is_no_writer() -> None:
    # printed in the footer's list too: a section or a column's name, not a byline
    page = ["The Canal Courier", "Home", "News", HEADLINE, "Harbour Lights", *TEXT, "Harbour Lights", "Contact"]
    assert extract(page, title_model=None).author is None


IT_HEADLINE = "La biblioteca di Pontevecchio resta aperta anche la domenica"
IT_TEXT = [
    "Da questo mese la biblioteca comunale di Pontevecchio apre anche la domenica mattina, ha deciso la giunta "
    "dopo una raccolta di firme promossa dagli studenti del liceo.",
    "Per coprire i turni in più il comune assumerà due bibliotecari a tempo parziale fino alla fine dell'anno.",
    "La sala studio al primo piano resterà aperta fino alle sette di sera nei giorni di esame.",
]


@pytest.mark.parametrize(
    "bar", ["Condividi Email WhatsApp X", "Share Facebook Email", "Teilen Email WhatsApp", "Compartir Email Telegram"]
)
def test_a_row_of_share_buttons_under_the_headline_is_no_writer(bar: str) -> None:
    # review W66: the buttons' words in capitals read as a name of a few words
    page = ["La Gazzetta di Pontevecchio", "Home", "Cronaca", IT_HEADLINE, bar, *IT_TEXT, "I più letti", "Contatti"]
    assert extract(page, title_model=None).author is None


def test_a_share_bar_of_a_saved_page_under_the_headline_is_no_writer(tmp_path: Path) -> None:
    from tuiarchive.formats import parse_file

    buttons = "".join(f"<button>{w}</button> " for w in ("Condividi", "Email", "WhatsApp", "X"))
    paragraphs = "".join(f"<p>{p}</p>" for p in IT_TEXT)
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/cronaca'>Cronaca</a></li></ul></nav>"
        f"<article><h1>{IT_HEADLINE}</h1><div class='share'>{buttons}</div>{paragraphs}</article>"
        "<aside><h2>I più letti</h2><ul><li><a href='/a'>Nuovi orari per il mercato</a></li>"
        "<li><a href='/b'>Chiude il ponte per lavori</a></li></ul></aside></body></html>"
    )
    page = tmp_path / "biblioteca.html"
    page.write_text(html, encoding="utf-8")
    article = parse_file(page)
    assert (article.title, article.author) == (IT_HEADLINE, None)
