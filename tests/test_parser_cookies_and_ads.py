"""A cookie notice under the text ends it; an ad slot's label between two paragraphs does not (made-up pages
and paragraphs, written for these tests)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LEAD, MORE

from tuiarchive.parser.consent import is_cookie_notice
from tuiarchive.parser.extract import extract
from tuiarchive.parser.span import body_span

_NOTICES = [
    "We use cookies so that the site works and to count how it is read. Change your choice whenever you like.",
    "Wir setzen Cookies ein, damit unsere Seiten funktionieren. Ihre Zustimmung können Sie jederzeit widerrufen.",
    "Nous utilisons des cookies pour mesurer la fréquentation du site et vous proposer des contenus adaptés.",
    "Usamos cookies para que la web funcione y para saber qué páginas se leen más.",
    "Questo sito usa cookie per funzionare e per contare le visite: puoi cambiare idea quando vuoi.",
    "Este site utiliza cookies para funcionar e para medir as visitas. Pode mudar de ideias quando quiser.",
    "Wij gebruiken cookies om de site te laten werken en om bezoeken te tellen.",
]


@pytest.mark.parametrize("notice", _NOTICES)
def test_a_cookie_notice_in_the_sites_voice_is_one(notice: str) -> None:
    assert is_cookie_notice(notice)


def test_a_story_about_cookies_is_no_notice() -> None:
    assert not is_cookie_notice("Websites must ask before they set cookies, the regulator said on Monday.")
    assert not is_cookie_notice("The bakery sold three hundred cookies before noon, its owner said.")


@pytest.mark.parametrize("notice", _NOTICES)
def test_a_cookie_notice_under_the_text_ends_it(notice: str) -> None:
    last = "The harbour office said the new timetable would be posted at both landings by the end of the week."
    page = [*HEAD, LEAD, "", MORE, "", last, "", notice, "Accept all", "Settings"]
    assert extract(page, title_model=None).body[-1] == last


@pytest.mark.parametrize("slot", ["Anzeige", "Publicidade", "ADVERTENTIE", "Advertisement"])
def test_an_ad_slots_label_between_paragraphs_does_not_end_the_text(slot: str) -> None:
    closing = "The vote is on Thursday."
    paragraphs = [LEAD, MORE, slot, closing]
    assert body_span(paragraphs, gaps=[0] * 4) == (0, 4)
    # a label of the page's furniture there still ends it
    assert body_span([LEAD, MORE, "Most read", closing], gaps=[0] * 4) == (0, 2)


def test_a_banner_copied_twice_and_a_follow_us_line_under_it_are_no_text_going_on() -> None:
    last = "The harbour office said the new timetable would be posted at both landings by the end of the week."
    notice = _NOTICES[3]
    follow = "Sigue a El Faro del Puerto en sus redes sociales para no perderte ninguna noticia del muelle."
    page = [*HEAD, LEAD, "", MORE, "", last, "", notice, "Aceptar", "", follow, "", "Contacto", "", notice, "Aceptar"]
    assert extract(page, title_model=None).body[-1] == last
