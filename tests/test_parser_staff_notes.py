"""A staff writer's note and a box on the writer under the text end it, in several languages (made-up pages:
the wording was written for these tests); a guest writer's plain note under the text stays the text's."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.staff_notes import heads_writers_box, is_staff_note

_FOOTER = ["", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]

STAFF_NOTES = [
    "Oskar Brandvik is the harbour correspondent of the Ledger and has followed the bridge since its first plans.",
    "Oskar Brandvik writes for the Ledger on the port, its ships and the people who work there.",
    "Hanne Vogtland ist Lokalreporterin und begleitet den Br\u00fcckenbau seit dem ersten Spatenstich.",
    "Hanne Vogtland arbeitet seit 2021 in der Redaktion und schreibt \u00fcber Verkehr.",
    "Lise Montarou est correspondante du journal sur le littoral depuis 2019.",
    "Tom\u00e1s Ibarrola es redactor de la secci\u00f3n de puertos y costas.",
    "Giulia Serravalle \u00e8 una cronista che segue il porto e i suoi cantieri.",
    "Rui Vasconcelos \u00e9 rep\u00f3rter da editoria de cidades e cobre obras p\u00fablicas.",
    "Femke van Oudenaarde is redacteur binnenland en volgt de bouw van de brug.",
]


def _body(*paragraphs: str, trailer: list[str] = _FOOTER) -> list[str]:
    lines = list(HEAD)
    for p in paragraphs:
        lines += [p, ""]
    return extract(lines + trailer, title_model=None).body


@pytest.mark.parametrize("note", STAFF_NOTES)
def test_a_staff_writers_note_under_the_text_ends_it(note: str) -> None:
    assert is_staff_note(note)
    assert _body(LEAD, MORE, LAST, note)[-1] == LAST


@pytest.mark.parametrize(
    "heading",
    ["Zur Autorin", "\u00c0 propos de l\u2019auteur", "Sobre el autor", "Chi \u00e8 l'autrice", "Over de schrijver"],
)
def test_a_box_on_the_writer_under_its_heading_ends_the_text(heading: str) -> None:
    assert heads_writers_box(heading)
    note = "Oskar Brandvik lives by the harbour and has written two books on its lighthouses."
    assert _body(LEAD, MORE, LAST, heading, note)[-1] == LAST


@pytest.mark.parametrize(
    "note",
    [
        "Oskar Brandvik is a historian of the northern ports and the author of a book on their lighthouses.",
        "Tom\u00e1s Ibarrola es ingeniero de caminos y profesor en la universidad.",
        "Oskar Brandvik works as a pilot on the harbour's tugboats.",
        "Oskar Brandvik is a travel writer and the author of a guide to the island's lighthouses.",
        "OSKAR BRANDVIK IS THE LEDGER'S HARBOUR EDITOR",
    ],
)
def test_a_note_that_names_no_newsroom_job_is_no_staff_note(note: str) -> None:
    """A guest writer's note (the real labels keep it under the text), a job outside a newsroom, a signature
    in capitals."""
    assert not is_staff_note(note)


def test_a_journalist_in_the_story_does_not_end_it() -> None:
    """A sentence of the story on a reporter, with the story going on under it."""
    reporter = "Oskar Brandvik is a reporter who was on the first ferry across and saw the arches lit at dawn."
    assert _body(LEAD, reporter, MORE, LAST)[-1] == LAST
