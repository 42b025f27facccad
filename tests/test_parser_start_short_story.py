"""A short story whose date is printed only under it (the reviewer's H13 class "the date only at the end of the
story", 55%): its paragraphs are as short as a summary's points, so the header was read down to that date; the
text starts at its lead all the same, and the lines under the date are no text. Made-up pages: the wording was
written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

# (headline, byline, the story's short paragraphs, the date under them, a list's label and its headlines)
_PAGES = {
    "en": (
        "Allotments at Brayford to make way for a car park",
        "By Hollis Vane",
        [
            "The allotments behind Brayford station will be cleared in June to build a car park, the council said.",
            "Forty plot holders have been offered land on the edge of town, two miles away.",
            "Several of them have tended their plots for more than thirty years.",
            "A petition against the plan has gathered nine hundred names in a week.",
        ],
        "12 May 2031",
        ["Read also", "New bus shelter for the market square", "Bridge repairs finished early"],
    ),
    "de": (
        "Kleingärten in Brasfeld müssen einem Parkplatz weichen",
        "Von Hedda Vogler",
        [
            "Die Kleingärten hinter dem Bahnhof Brasfeld werden im Juni geräumt, dort entsteht ein Parkplatz.",
            "Vierzig Pächtern hat die Stadt Flächen am Ortsrand angeboten, drei Kilometer entfernt.",
            "Manche von ihnen bewirtschaften ihre Parzelle seit über dreißig Jahren.",
            "Eine Unterschriftenliste gegen den Plan hat in einer Woche neunhundert Namen gesammelt.",
        ],
        "12. Mai 2031",
        ["Lesen Sie auch", "Neues Wartehäuschen am Markt", "Brückensanierung früher fertig"],
    ),
    "es": (
        "Los huertos de Brañosa darán paso a un aparcamiento",
        "Por Herminia Vidal",
        [
            "Los huertos situados detrás de la estación de Brañosa se desalojarán en junio para un aparcamiento.",
            "A los cuarenta hortelanos se les ofrecen parcelas en las afueras, a tres kilómetros.",
            "Algunos cultivan su parcela desde hace más de treinta años.",
            "Una recogida de firmas contra el plan ha reunido novecientos nombres en una semana.",
        ],
        "12 de mayo de 2031",
        ["Lee también", "Nueva marquesina en la plaza del mercado", "Las obras del puente terminan antes"],
    ),
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_a_short_story_dated_under_its_text_starts_at_its_lead(lang: str) -> None:
    title, byline, paragraphs, when, listed = _PAGES[lang]
    text = [line for paragraph in paragraphs for line in (paragraph, "")]
    lines = ["Brayford Bugle", "Home", "Local", "", title, "", byline, "", *text, when, "", *listed, "", "\u00a9 2031"]
    body = extract(lines, title_model=None).body
    assert body[0] == paragraphs[0]
    assert body[-1] == paragraphs[-1]
