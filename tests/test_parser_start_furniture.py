"""Where the text starts past furniture the held-out copies put between the header and the story (issue 14,
session 41): an audio player's line, a picture's credit joined to the caption under it. Made-up pages: the
wording was written for these tests."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, MORE, TOLLBY_2

from tuiarchive.parser.extract import extract
from tuiarchive.parser.players import is_player_line

_FOOTER = ["", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]


def _body(*blocks: list[str]) -> list[str]:
    lines = list(HEAD)
    for block in blocks:
        lines += [*block, ""]
    return extract(lines + _FOOTER, title_model=None).body


_SHORT_LEAD = "The harbour bridge will open to cars in April, two months later than the council had promised."
_SECOND = "Its opening was put back after inspectors asked for more tests on the cables of the east arch."
_CAPTION = "Painters on a cradle under the east arch of the bridge on Friday, as the last coat goes on."


@pytest.mark.parametrize("credit", ["Photo: Ilse Brandvik", "Foto: Ilse Brandvik / archivo", "\u00a9 Ilse Brandvik"])
def test_a_credit_joined_to_the_caption_under_it_leaves_the_paragraph_over_it_to_the_text(credit: str) -> None:
    """Two short paragraphs, then a picture inside the text (its credit over its caption, set apart from the
    paragraph over it by a blank line): the credit is the caption's, the paragraphs the text's."""
    body = _body([_SHORT_LEAD], [_SECOND], [credit, _CAPTION], [MORE], [TOLLBY_2], [LAST])
    assert body[:2] == [_SHORT_LEAD, _SECOND]


def test_a_credit_joined_to_the_caption_under_it_in_spanish() -> None:
    lead = "El puente del puerto abrirá al tráfico en abril, dos meses más tarde de lo que prometió el ayuntamiento."
    second = "La apertura se retrasó porque los inspectores pidieron nuevas pruebas en los cables del arco este."
    caption = "Dos pintores trabajan el viernes bajo el arco este del puente, mientras se aplica la última capa."
    body = _body([lead], [second], ["Foto: Ilse Brandvik", caption], [MORE], [TOLLBY_2], [LAST])
    assert body[:2] == [lead, second]


# a page of its own: the site's menu over the headline, the text's first paragraph long, its last short
_TOP = ["Harbour Ledger", "Home", "News", "Local", "Sport", "", "Bridge painters race the spring tides", ""]
_BYLINE = ["By Ilse Brandvik", "4 March 2031", ""]
_FIRST = (
    "The painters on the harbour bridge have three weeks left to finish the east arch before the spring tides "
    "make the cradles unsafe, the works manager said on Thursday. Crews are now working in two shifts."
)
_TEXT = [
    _FIRST,
    "",
    "The arch has taken longer than planned because the old paint had to be stripped back to the steel in "
    "places where rust had got under it.",
    "",
    "The bridge is due to open to cars in April.",
    "",
    "Read more",
    "Ferry fares to rise in April",
    "New cycle lane for the quay",
    "",
    "\u00a9 2031 Harbour Ledger",
]
_LONG_CAPTION = "Painters on a cradle under the east arch on Thursday, a few weeks before the bridge opens to cars."


@pytest.mark.parametrize(
    "picture_and_player",
    [
        [
            "Image",
            "The east arch seen from the ferry at dusk.",
            "\u00a9 Tomas Quill",
            "",
            "Listen to this article",
            "6:05",
        ],
        ["\u00a9 Tomas Quill", _LONG_CAPTION, "", "Escuchar este art\u00edculo", "6:05"],
        [
            "Der Ostbogen der Br\u00fccke von der F\u00e4hre aus gesehen | Foto: Tomas Quill",
            "",
            "Artikel anh\u00f6ren \u00b7 5 Min.",
        ],
        ["Ingrandisci", _LONG_CAPTION, "Immagine: Tomas Quill", "", "Ascolta l'articolo", "6:05"],
    ],
)
def test_an_audio_player_under_the_lead_picture_is_no_start(picture_and_player: list[str]) -> None:
    """The lead picture (its caption and credit), then an audio player's line (and its length), then the text:
    the text starts at its first paragraph, neither at the caption nor at the player."""
    body = extract([*_TOP, *_BYLINE, *picture_and_player, "", *_TEXT], title_model=None).body
    assert body[0] == _FIRST


@pytest.mark.parametrize(
    "line",
    ["Listen to this article", "Artikel anh\u00f6ren \u00b7 5 Min.", "\u25b6 Escuchar", "Ascolta l'articolo", "4:12"],
)
def test_a_players_line(line: str) -> None:
    assert is_player_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the harbour master explain the new rules.",
        "H\u00f6ren Sie auf die Fischer, sagt der B\u00fcrgermeister.",
        "Why nobody would listen to the ferry crews about the cables",
        "6:05 in the morning",
    ],
)
def test_a_sentence_or_a_headline_naming_listening_is_no_players_line(line: str) -> None:
    assert not is_player_line(line)


# Stories of their own for the lead under a standfirst or a caption alone (review of H12: the text started at
# them): the lead tells the headline's news in more of its words.
_LEADS = {
    "fr": (
        ["Le Journal du Plateau", "Accueil", "Actualit\u00e9", ""],
        "La ligne de bus du plateau supprim\u00e9e faute de chauffeurs",
        "Les \u00e9lus d\u00e9noncent une d\u00e9cision brutale ; la compagnie \u00e9voque un manque de candidats.",
        "\u00c0 Saint-Aubin, la ligne de bus qui relie le plateau \u00e0 la gare sera supprim\u00e9e d\u00e8s le mois "
        "prochain, faute de chauffeurs, a annonc\u00e9 la compagnie mardi. Quelque trois cents usagers "
        "l'empruntent chaque jour.",
    ),
    "de": (
        ["Kreisbote", "Startseite", "Lokales", ""],
        "Hallenbad in Westerfeld muss wegen Sch\u00e4den am Dach schlie\u00dfen",
        "Die Reparatur dauert mindestens ein Jahr. Vereine suchen nun nach Ausweichzeiten.",
        "WESTERFELD. Das Hallenbad in Westerfeld bleibt ab sofort geschlossen, weil Gutachter Sch\u00e4den an der "
        "Dachkonstruktion gefunden haben. Das teilte die Stadt am Montag mit.",
    ),
    "es": (
        ["Diario de la Sierra", "Portada", "Local", ""],
        "El mercado de abastos de Villaluz cierra por obras durante seis meses",
        "Los comerciantes temen perder clientes; el ayuntamiento promete un espacio provisional.",
        "En Villaluz, el mercado de abastos cerrar\u00e1 sus puertas el lunes para unas obras de reforma que "
        "durar\u00e1n al menos seis meses, seg\u00fan confirm\u00f3 el ayuntamiento. Los puestos se trasladar\u00e1n "
        "a una carpa en la plaza.",
    ),
}
_REST = ["", "A second paragraph of the story goes on here with more of what happened and why.", "", "\u00a9 2031"]


@pytest.mark.parametrize("lang", sorted(_LEADS))
@pytest.mark.parametrize("header", [[], ["Jo Marsh", "3 March 2031"]])
def test_a_standfirst_over_the_lead_is_no_start(lang: str, header: list[str]) -> None:
    """A standfirst of one sentence (or two short ones) right under the headline, or under the byline and date,
    then the lead, which tells the headline's news: the text starts at the lead."""
    site, title, standfirst, lead = _LEADS[lang]
    lines = [*site, title, "", *header, "", standfirst, "", lead, *_REST]
    assert extract(lines, title_model=None).body[0] == lead


@pytest.mark.parametrize("header", [[], ["Jo Marsh", "3 March 2031"]])
def test_a_caption_alone_over_the_lead_is_no_start(header: list[str]) -> None:
    """The lead picture's caption without its credit, a present-tense line over the lead."""
    site, title, _standfirst, lead = _LEADS["es"]
    caption = "Un vendedor recoge su puesto en el mercado el s\u00e1bado."
    lines = [*site, title, "", *header, "", caption, "", lead, *_REST]
    assert extract(lines, title_model=None).body[0] == lead


def test_a_first_paragraph_of_one_sentence_telling_the_news_stays_the_start() -> None:
    """A lead of one sentence tells the headline's news; the paragraph under it goes on with the story."""
    site, title, _standfirst, _lead = _LEADS["de"]
    short = "Das Hallenbad in Westerfeld ist ab sofort wegen Sch\u00e4den am Dach geschlossen."
    second = (
        "Gutachter hatten bei einer Pr\u00fcfung im Herbst Risse in mehreren Tr\u00e4gern gefunden. Betroffen sind "
        "vor allem die Schwimmvereine und die Schulen der Umgebung."
    )
    lines = [*site, title, "", "Jo Marsh", "3 March 2031", "", short, "", second, *_REST]
    assert extract(lines, title_model=None).body[0] == short


@pytest.mark.parametrize(
    "picture",
    [
        ["Ein Absperrband vor dem Eingang des Bades am Montag (Foto: Jo Marsh)"],
        ["Ein Absperrband vor dem Eingang des Bades am Montag.", "\u00a9 Jo Marsh"],
        ["Foto: Jo Marsh", "Ein Absperrband vor dem Eingang des Bades am Montag."],
    ],
)
def test_a_short_lead_over_a_picture_inside_the_text_stays_the_start(picture: list[str]) -> None:
    """A lead of one sentence that tells the headline's news, a picture under it, then the text going on with
    less of the headline's words: the lead is the text's first paragraph, no standfirst."""
    site, title, _standfirst, _lead = _LEADS["de"]
    short = "Das Hallenbad in Westerfeld muss ab sofort wegen Sch\u00e4den am Dach schlie\u00dfen."
    second = (
        "Gutachter hatten bei einer Pr\u00fcfung im Herbst Risse in mehreren Tr\u00e4gern gefunden. Betroffen sind "
        "vor allem die Schwimmvereine und die Schulen der Umgebung."
    )
    lines = [*site, title, "", "Jo Marsh", "3 March 2031", "", short, "", *picture, "", second, *_REST]
    assert extract(lines, title_model=None).body[0] == short
