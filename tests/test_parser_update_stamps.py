"""A stamp of the text's update under it ends the text, in several languages; a labelled update that says what
changed, and a story's sentence on something updated, stay the text's (made-up pages: the wording was written
for these tests)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, MORE, TOLLBY_2

from tuiarchive.parser.extract import extract
from tuiarchive.parser.stamps import is_update_stamp

_FOOTER = ["", "Share", "Facebook", "Email", "", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]


def _body(*paragraphs: str) -> list[str]:
    lines = list(HEAD)
    for p in paragraphs:
        lines += [p, ""]
    return extract(lines + _FOOTER, title_model=None).body


@pytest.mark.parametrize(
    "stamp",
    [
        "Last updated 14 March 2031, 09:40",
        "Dieser Beitrag wurde am 14.03.2031 um 9.40 Uhr aktualisiert.",
        "Mis \u00e0 jour le 14/03/2031 \u00e0 09h40",
        "Esta noticia fue actualizada el 14 de marzo a las 9.40.",
        "Aggiornato il 14 marzo 2031 alle 9:40",
        "Not\u00edcia atualizada \u00e0s 9h40 de 14 de mar\u00e7o.",
        "Dit bericht is bijgewerkt op 14 maart om 9.40 uur.",
    ],
)
def test_an_update_stamp_under_the_text_ends_it(stamp: str) -> None:
    assert is_update_stamp(stamp)
    assert _body(MORE, TOLLBY_2, LAST, stamp)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "Update, March 14: The council has since said the bridge will open a week later than planned.",
        "The harbour board updated its tide tables in 2030 after the storm.",
        "Die Stadt hat den Plan 2029 aktualisiert.",
    ],
)
def test_what_changed_and_a_story_sentence_are_no_stamp(line: str) -> None:
    assert not is_update_stamp(line)
