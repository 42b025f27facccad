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
