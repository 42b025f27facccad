"""A standfirst over a lead of one sentence shorter than a paragraph of text (the reviewer's H13 class "a
standfirst", 59%): the lead tells the headline's news in more of its words, whatever its length, so the text
starts there; a short lead over a second paragraph telling less of the headline stays the start. Made-up
pages: the wording was written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_REST = [
    "",
    "A third paragraph of the story goes on here with more of what happened, and why it matters to people.",
    "",
    "\u00a9 2031 Fenland Gazette",
    "Privacy",
]

# (headline, standfirst, a lead of one sentence under 150 characters, the second paragraph)
_PAGES = {
    "en": (
        "Level crossing at Wexcombe shut for a month of track repairs",
        "Drivers face a six-mile detour; the rail company apologises for the short notice.",
        "The level crossing at Wexcombe will shut on Monday for a month while the rail company repairs the track.",
        "Engineers found worn sleepers under both lines during an inspection in the autumn, and the work cannot "
        "wait until the summer, the company said in a letter to residents.",
    ),
    "fr": (
        "Le passage à niveau de Vécourt fermé un mois pour des travaux sur la voie",
        "Les automobilistes devront faire un détour de dix kilomètres ; la compagnie s'excuse du délai.",
        "Le passage à niveau de Vécourt fermera lundi pendant un mois pour des travaux sur la voie ferrée.",
        "Des techniciens ont découvert des traverses usées sous les deux voies lors d'une inspection à "
        "l'automne, et le chantier ne peut pas attendre l'été, selon une lettre envoyée aux habitants.",
    ),
    "it": (
        "Passaggio a livello di Vescola chiuso un mese per lavori ai binari",
        "Gli automobilisti dovranno fare una deviazione di dieci chilometri; le ferrovie si scusano.",
        "Il passaggio a livello di Vescola chiuderà lunedì per un mese per i lavori ai binari della linea.",
        "I tecnici hanno trovato traversine consumate sotto entrambi i binari durante un'ispezione in autunno, e "
        "i lavori non possono aspettare l'estate, si legge in una lettera ai residenti.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
@pytest.mark.parametrize("under_byline", [False, True])
def test_a_standfirst_over_a_short_lead_is_no_start(lang: str, under_byline: bool) -> None:
    title, standfirst, lead, second = _PAGES[lang]
    header = ["Fenland Gazette", "Home", "Region", "", title, ""]
    byline = ["By Orla Penrose", "5 March 2031", ""]
    middle = [*byline, standfirst, ""] if under_byline else [standfirst, "", *byline]
    lines = [*header, *middle, lead, "", second, *_REST]
    assert extract(lines, title_model=None).body[:2] == [lead, second]


def test_a_short_lead_over_a_paragraph_telling_less_of_the_headline_stays_the_start() -> None:
    title, _standfirst, lead, second = _PAGES["en"]
    lines = ["Fenland Gazette", "Home", "", title, "", "By Orla Penrose", "5 March 2031", "", lead, "", second, *_REST]
    assert extract(lines, title_model=None).body[0] == lead
