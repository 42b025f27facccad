"""Short things inside the text that do not end it: a list nobody announced between two paragraphs,
a quote in French typography (made-up paragraphs, written for these tests)."""

from __future__ import annotations

from madeup import HEAD, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.span import Block, body_span, classify, measure

_SHORT_LAST = "The harbour office said the new timetable would be posted at both landings."
_DE = (
    "Die Gemeinde will den alten Wasserturm am Bahnhof bis zum Herbst sanieren lassen, nachdem ein Gutachten "
    "Risse im Mauerwerk gefunden hatte und der Turm seit dem Frühjahr gesperrt ist."
)
_DE_LAST = "Der Gemeinderat stimmt am Donnerstag über die Vergabe der Arbeiten ab."


def test_a_list_nobody_announced_between_two_paragraphs_is_the_texts() -> None:
    items = ["- a second ferry on Saturdays", "- a waiting room at the north landing", "- cheaper season tickets"]
    paragraphs = [LEAD, MORE, *items, _SHORT_LAST]
    assert body_span(paragraphs, gaps=[0] * len(paragraphs)) == (0, 6)
    # in German, with another mark
    items = ["• neue Fenster im Treppenhaus", "• ein Geländer auf der Plattform", "• eine Rampe am Eingang"]
    assert body_span([_DE, *items, _DE_LAST], gaps=[0] * 5) == (0, 5)


def test_a_list_of_other_stories_headlines_under_the_text_still_ends_it() -> None:
    links = [
        "- Council approves budget for the new harbour walls next year",
        "- Ferry passengers face delays as the winter timetable begins early",
    ]
    pitch = "Our morning newsletter brings you the harbour's news before the first boat."
    assert body_span([LEAD, MORE, *links, pitch], gaps=[0] * 5) == (0, 2)
    # the site's voice under a short list is no text either
    items = ["- a second ferry on Saturdays", "- a waiting room at the north landing"]
    assert body_span([LEAD, MORE, *items, pitch], gaps=[0] * 5) == (0, 2)


def test_a_page_whose_text_goes_on_under_its_own_list_ends_after_it() -> None:
    items = ["- a second ferry on Saturdays", "- a waiting room at the north landing", "- cheaper season tickets"]
    page = [*HEAD, LEAD, "", MORE, "", *items, "", _SHORT_LAST, "", "Share this article", "Facebook", "Email"]
    found = extract(page, title_model=None)
    assert found.body[-1] == _SHORT_LAST


def test_a_french_quote_with_its_no_break_spaces_is_a_sentence() -> None:
    quote = "«\u00a0Nous attendions ce jour depuis des années\u00a0», raconte une habitante du quai."
    assert classify(measure(quote)) is Block.NEAR
    assert classify(measure(quote.replace("\u00a0", "\u202f"))) is Block.NEAR


def test_a_short_sentence_closing_the_text_under_its_own_list_is_the_last() -> None:
    items = ["- eine neue Rampe am Eingang", "- breitere Türen", "- ein Aufzug zum Keller"]
    closing = "Die Arbeiten dauern bis Mai."
    assert body_span([_DE, *items, closing], gaps=[0] * 5) == (0, 5)
    page = [*HEAD, LEAD, "", MORE, "", *items, "", closing, "", "Share this article", "Facebook", "Email"]
    assert extract(page, title_model=None).body[-1] == closing
