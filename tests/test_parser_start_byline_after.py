"""The story's first paragraph printed over the byline (the reviewer's H13 class "the byline after the first
paragraph", 50%): the header is read down to the byline, the paragraph over it is the text's lead, a standfirst
over a byline stays out. Made-up pages: the wording was written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_REST = [
    "",
    "A third paragraph of the story goes on here with more of what happened, and why it matters to people.",
    "",
    "\u00a9 2031 Moorside Herald",
    "Privacy",
]


# A byline printed under the story's first paragraph (H13's "byline after the first paragraph"): the header is
# read down to the byline, the paragraph over it is the text's lead.
_BYLINE_AFTER = {
    "en": (
        "Quarry lorries banned from the lanes of Hatherby after bridge damage",
        "Lorries from the quarry at Hatherby may no longer use the village lanes after one of them cracked the old "
        "stone bridge over the brook on Wednesday, the county said.",
        "By Gwen Ashcombe",
        "The quarry's owners say the detour through Stallbrook adds twenty minutes to every trip.",
    ),
    "de": (
        "Lastwagen aus dem Steinbruch dürfen nicht mehr durch Hattenau fahren",
        "Lastwagen aus dem Steinbruch bei Hattenau dürfen die Dorfstraßen nicht mehr benutzen, nachdem einer am "
        "Mittwoch die alte Steinbrücke über den Bach beschädigt hat, teilte der Landkreis mit.",
        "Von Gesa Ahlbrecht",
        "Die Betreiber des Steinbruchs sagen, der Umweg über Stahlbach koste jede Fahrt zwanzig Minuten.",
    ),
    "pt": (
        "Camiões da pedreira proibidos nas ruas de Hatela depois de danos na ponte",
        "Os camiões da pedreira de Hatela deixam de poder circular nas ruas da aldeia depois de um deles ter "
        "rachado na quarta-feira a velha ponte de pedra sobre o ribeiro, anunciou a câmara.",
        "Por Graça Azevedo",
        "Os donos da pedreira dizem que o desvio por Estalagem acrescenta vinte minutos a cada viagem.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_BYLINE_AFTER))
def test_the_lead_over_a_byline_is_the_start(lang: str) -> None:
    title, lead, byline, second = _BYLINE_AFTER[lang]
    lines = ["Moorside Herald", "Home", "News", "", title, "", "4 March 2031", "", lead, "", byline, "", second, *_REST]
    assert extract(lines, title_model=None).body[:2] == [lead, second]


def test_a_standfirst_over_a_byline_stays_out_of_the_text() -> None:
    """The standfirst over the byline adds to the news; the lead under the byline tells it."""
    title, lead, byline, _second = _BYLINE_AFTER["en"]
    standfirst = "Parents fear for children walking to school; the quarry calls the decision unfair."
    lines = ["Moorside Herald", "Home", "News", "", title, "", standfirst, "", byline, "4 March 2031", "", lead, *_REST]
    assert extract(lines, title_model=None).body[0] == lead
