"""A breaking-news item over the page's headline (its label alone, another story's headline, a blank, then the
page's headline, its standfirst, the writer, the date): the page's headline is no dek of that item, and the
headline scorer may take it over the item the rules read (review W89). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

PAGES = {
    "en": (
        ["The Millbrook Echo", "Subscribe", "News | Sport | Towns", ""],
        ["BREAKING", "Bridge over the Lune closed to lorries after an inspection", ""],
        "Bakery on Tanner Street celebrates a century of bread",
        "The anniversary is the first for a shop in the town in a hundred years.",
        ["Ellis Dunmore", "3 March 2026 at 8:40am"],
        [
            "The bakery on Tanner Street marked its hundredth year on Saturday with free loaves for anyone who "
            "queued before eight.",
            "It was opened by a miller's son who had learned the trade in the army, and his grandchildren still "
            "bake there.",
            "Customers brought old photographs of the shop, which the family plans to hang in the window.",
            "The owners said they would use the day's takings to repair the brick oven behind the shop.",
            '"We never thought we would see a hundred years," the eldest of the family said.',
        ],
    ),
    "de": (
        ["Der Mühlbach-Anzeiger", "Abo", "Lokales | Sport | Region", ""],
        ["EILMELDUNG", "Brücke über die Lune nach Prüfung für Lastwagen gesperrt", ""],
        "Bäckerei in der Gerbergasse feiert hundert Jahre Brot",
        "Das Jubiläum ist das erste eines Ladens in der Stadt seit hundert Jahren.",
        ["Elke Dannemann", "3. März 2026, 8:40 Uhr"],
        [
            "Die Bäckerei in der Gerbergasse hat am Samstag ihr hundertjähriges Bestehen mit Gratisbrot für alle "
            "gefeiert, die vor acht Uhr anstanden.",
            "Gegründet hat sie der Sohn eines Müllers, der das Handwerk beim Militär gelernt hatte; seine Enkel "
            "backen dort bis heute.",
            "Kunden brachten alte Fotos des Ladens mit, die die Familie ins Schaufenster hängen will.",
            "Die Inhaber wollen die Einnahmen des Tages für die Reparatur des alten Ziegelofens verwenden.",
            "„Wir hätten nie gedacht, dass wir hundert Jahre erleben“, sagte die Älteste der Familie.",
        ],
    ),
    "es": (
        ["El Eco del Molino", "Suscríbete", "Noticias | Deportes | Comarca", ""],
        ["ÚLTIMA HORA", "Cerrado a los camiones el puente sobre el Lune tras una inspección", ""],
        "La panadería de la calle Curtidores celebra un siglo de pan",
        "Es el primer aniversario de este tipo para una tienda de la ciudad en cien años.",
        ["Elena Duarte", "3 de marzo de 2026, 8:40"],
        [
            "La panadería de la calle Curtidores celebró el sábado su centenario regalando pan a quien hiciera "
            "cola antes de las ocho.",
            "La abrió el hijo de un molinero que aprendió el oficio en el ejército, y sus nietos siguen "
            "horneando allí.",
            "Los clientes trajeron fotografías antiguas de la tienda, que la familia colgará en el escaparate.",
            "Los dueños dijeron que usarán la recaudación del día para reparar el viejo horno de ladrillo.",
            "«Nunca pensamos que llegaríamos a los cien años», dijo la mayor de la familia.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_page_headline_under_a_breaking_item(lang: str) -> None:
    top, breaking, headline, standfirst, meta, text = PAGES[lang]
    lines = [*top, *breaking, headline, standfirst, *meta, ""]
    for paragraph in text:
        lines += [paragraph, ""]
    assert extract(lines).title == headline
