"""Where the text starts under a picture's credit and caption, and over a card of another story (made-up pages:
the wording was written for these tests; the text opens with no wire dateline, which would start it at once)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, MORE, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.captions import is_caption, is_photo_credit
from tuiarchive.parser.extract import extract

_FOOTER = ["", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]


def _body(*blocks: list[str]) -> list[str]:
    lines = list(HEAD)
    for block in blocks:
        lines += [*block, ""]
    return extract(lines + _FOOTER, title_model=None).body


@pytest.mark.parametrize(
    "credit",
    ["Photo: Jo Ng / Harbour Ledger", "Bild: Lena Hartmann", "Imagen: Pablo Ruiz", "(Beeld: Harbour Ledger)"],
)
def test_a_caption_under_its_credit_is_no_start_of_the_text(credit: str) -> None:
    """The credit over the caption, the caption set apart from the text by a blank line: in several languages."""
    assert is_photo_credit(credit)
    caption = "Gulls circle over the half-built arches of the bridge on Monday."
    body = _body([credit, caption], [MORE], [TOLLBY_2], [LAST])
    assert body[0] == MORE


@pytest.mark.parametrize("credit", ["Cr\u00e9dit : Marc Olivier", "Immagine: Sara Conti", "Imagem: Rui Lopes"])
def test_a_credit_in_a_common_language_is_a_pictures(credit: str) -> None:
    assert is_photo_credit(credit)


@pytest.mark.parametrize(
    "credit",
    ["Foto: dpa", "Bild: picture alliance / dpa", "Beeld ANP", "Photo AFP", "Foto Ansa", "\u00a9 Marta Ruiz", "EFE"],
)
def test_a_credit_of_an_agency_or_without_its_colon_is_a_pictures(credit: str) -> None:
    """An agency in small letters or alone, a label without its colon, a copyright sign before a person's name;
    the caption under it is no start of the text."""
    assert is_photo_credit(credit)
    caption = "Gulls circle over the half-built arches of the bridge on Monday."
    assert _body([credit, caption], [MORE], [TOLLBY_2], [LAST])[0] == MORE


@pytest.mark.parametrize("line", ["Photo Gallery", "Foto Galerie", "\u00a9 2031 Harbour Ledger", "Photo of the day"])
def test_a_label_of_the_page_is_no_credit(line: str) -> None:
    assert not is_photo_credit(line)


def test_a_quote_under_a_credit_is_the_texts_first_paragraph() -> None:
    """A sentence of speech under the picture's credit is the text's (a caption tells the picture)."""
    quote = "\u201cWe never thought the bridge would open this year,\u201d says Oskar Brandvik, who runs the ferry."
    assert _body(["Photo: Jo Ng", quote], [MORE], [TOLLBY_2], [LAST])[0] == quote


def test_a_paragraph_over_a_card_of_another_story_is_the_texts_first() -> None:
    """A paragraph of the text's length over "Read also" and one headline, the text going on under it: the
    card is inside the text, the paragraph its first (a short blurb over a box of links is a promotion)."""
    card = ["Read also", "Ferry fares to rise in April as fuel costs climb"]
    body = _body([MORE], card, [TOLLBY_2], [TOLLBY_3], [LAST])
    assert body[0] == MORE
    assert body[-1] == LAST


_STANDFIRST = (
    "Ferry crews will keep working the crossing until the bridge opens to traffic, the harbour board promised "
    "on Monday evening."
)
_CAPTION = "A welder works on the railing of the east arch"


@pytest.mark.parametrize(
    "picture",
    [
        [_CAPTION, "\u00a9 Ilse Brandvik"],
        ["\u00a9 Ilse Brandvik", _CAPTION],
        [_CAPTION, "Foto: Ilse Brandvik / archivo"],
        ["Crédit photo : Ilse Brandvik", _CAPTION + "."],
    ],
)
def test_a_standfirst_over_the_lead_picture_is_no_start_of_the_text(picture: list[str]) -> None:
    """A standfirst, then the lead picture (its caption, a credit over or under it), then the text: the text
    starts under the picture (review W49: the standfirst became the body's first paragraph)."""
    assert _body([_STANDFIRST], picture, [MORE], [TOLLBY_2], [LAST])[0] == MORE


def test_a_first_paragraph_over_a_picture_in_the_text_stays_the_start() -> None:
    """The lead picture above it: the paragraph over a second picture is the text's first."""
    body = _body(["Photo: Jo Ng", _CAPTION], [_STANDFIRST], [_CAPTION, "\u00a9 Ilse Brandvik"], [MORE], [LAST])
    assert body[0] == _STANDFIRST


@pytest.mark.parametrize(
    "credit",
    [
        "Teodor Halvik/archivio",
        "Foto: Teodor Halvik / Archiv",
        "Foto \u00a9 Teodor Halvik",
        "Photo \u00a9 Teodor Halvik",
        "Cr\u00e9dit photo : archives",
        "\u00a9 Lusa",
        "\u00a9 archief",
    ],
)
def test_a_credit_to_the_papers_files_or_after_a_copyright_sign_is_a_pictures(credit: str) -> None:
    """The paper's own files named in small letters ("archivio", "archives"), a label then the copyright sign."""
    assert is_photo_credit(credit)
    caption = "Gulls circle over the half-built arches of the bridge on Monday."
    assert _body([credit, caption], [MORE], [TOLLBY_2], [LAST])[0] == MORE


@pytest.mark.parametrize(
    "caption",
    [
        "Gli operai controllano le saldature del nuovo arco del ponte, luned\u00ec mattina, mentre il traghetto "
        "attraversa il porto. Immagine: Teodor Halvik / archivio",
        "Los obreros revisan las soldaduras del nuevo arco del puente el lunes, mientras el transbordador cruza "
        "el puerto. Foto: Teodor Halvik",
        "Arbeiter pr\u00fcfen am Montag die N\u00e4hte am neuen Bogen der Br\u00fccke, w\u00e4hrend die F\u00e4hre "
        "den Hafen quert. Bild \u00a9 Teodor Halvik",
    ],
)
def test_a_caption_with_its_credit_after_it_in_a_common_language_is_no_start(caption: str) -> None:
    assert _body([caption], [MORE], [TOLLBY_2], [LAST])[0] == MORE


@pytest.mark.parametrize(
    "caption",
    [
        "De oude brug over de haven tijdens de sloop, vorig voorjaar (Foto: archief)",
        "Die alte Hafenbr\u00fccke beim Abriss im vergangenen Fr\u00fchjahr (Bild: Ilse Brandvik)",
        "El viejo puente del puerto durante el derribo, la pasada primavera (Imagen: archivo)",
    ],
)
def test_a_caption_with_its_credit_in_brackets_in_a_common_language_is_no_start(caption: str) -> None:
    assert is_caption(caption)
    assert _body([caption], [MORE], [TOLLBY_2], [LAST])[0] == MORE


_LONG_LEAD = (
    "The harbour board said on Monday that the new bridge would carry its first cars in April, a year before "
    "the date in the contract, after a dry winter let the crews pour the deck without a break. The ferry will "
    "keep a reduced timetable until the summer, when its last crossing is planned."
)


@pytest.mark.parametrize(
    "caption",
    [
        "The half-built east arch at dusk.",
        "Der halb fertige Ostbogen am Abend.",
        "El arco este, todav\u00eda en obras, al atardecer.",
        "Il nuovo arco visto dal molo, domenica.",
    ],
)
def test_a_short_caption_alone_over_a_long_first_paragraph_is_no_start(caption: str) -> None:
    """The lead picture's caption without a credit: a few words of one sentence, set apart over a paragraph
    many times as long."""
    assert _body([caption], [_LONG_LEAD], [TOLLBY_2], [LAST])[0] == _LONG_LEAD


def test_a_first_paragraph_of_one_sentence_over_an_ordinary_paragraph_starts_the_text() -> None:
    lead = "The new harbour bridge will open a year early."
    assert _body([lead], [MORE], [TOLLBY_2], [LAST])[0] == lead


def test_a_short_quote_over_a_long_paragraph_starts_the_text() -> None:
    quote = "\u201cWe did not lose a single day.\u201d"
    assert _body([quote], [_LONG_LEAD], [TOLLBY_2], [LAST])[0] == quote


def test_a_short_first_paragraph_telling_the_headline_over_a_long_one_starts_the_text() -> None:
    """A lead of a few words in the headline's words is the news, not a picture's caption."""
    lead = "The bridges will open in spring after all."
    assert _body([lead], [_LONG_LEAD], [TOLLBY_2], [LAST])[0] == lead


@pytest.mark.parametrize("dateline", ["", "Kirkwall (PA) \u2013 "])
def test_two_paragraphs_over_a_picture_in_the_text_are_the_texts(dateline: str) -> None:
    """Review W56: the text's first two paragraphs over a picture whose credit comes first ("Photo: Name" /
    its caption): the second, of two sentences, is no caption by its credit, the first no standfirst."""
    first = (
        f"{dateline}The ferry operator will put a second boat on the island route from next spring, it said on "
        "Tuesday. Islanders have asked for more sailings for years."
    )
    second = (
        "The company said the extra boat would double the number of crossings in summer and add a late sailing "
        "on Fridays. The council welcomed the news."
    )
    later = "Fares will not change next year, the operator said. A public meeting is planned for November."
    head = ["Harbour Gazette", "Home", "News", "", "HOME > NEWS", "Ferry operator adds a second boat to the island"]
    lines = [*head, "", "Published on Tuesday, 14 October 2025", "Facebook", "Email", "", first, "", second, ""]
    lines += ["Photo: Ruth Gunn", "The new boat is being refitted at a yard on the mainland.", later, "", LAST]
    body = extract([*lines, *_FOOTER], title_model=None).body
    assert body[:2] == [first, second]
