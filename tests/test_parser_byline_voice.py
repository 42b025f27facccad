"""The voice that reads a story's audio, under a label ("Voice: A", "Sprecherin: A", "Voz: A"), is no writer: the
byline under it names the writer, and a page with no byline names nobody. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import labelled_names

TOP = ["The Canal Courier", "Home", "News", "Sport", ""]
HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize("voice", ["Voice: Tobias Lund", "Sprecherin: Ines Calder", "Voz: Tomás Arrieta"])
def test_the_audio_s_voice_is_no_writer(voice: str) -> None:
    assert labelled_names(voice) is None
    page = [*TOP, HEADLINE, "Listen (4:12)", voice, "Wilma Ferreira", "3 March 2026", "", *TEXT]
    assert extract(page).author == "Wilma Ferreira"


def test_a_writer_s_label_still_names_the_writer() -> None:
    assert labelled_names("Autorin: Wilma Ferreira") == "Wilma Ferreira"
