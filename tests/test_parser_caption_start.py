"""Where the text starts under a picture's credit and caption, and over a card of another story (made-up pages:
the wording was written for these tests; the text opens with no wire dateline, which would start it at once)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, MORE, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.captions import is_photo_credit
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
