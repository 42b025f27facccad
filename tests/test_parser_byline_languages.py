"""Bylines in other dress and other languages, on made-up pages (our own text): a name alone right
under the dateline over a section's or the writer's label, a byline word after a few words of its
own ("Escrito por ..."), two names joined by another language's "and", a note on the writer in
another language under the text; and the opposite cases that name nobody ("Por qué ...", a
picture's credit, a university's sentence)."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser import lines as L
from tuiarchive.parser.extract import extract

_HEADLINE = "Tollby council sets a date for the vote on new lock gates"
_P1, _P2, _P3 = TOLLBY_1, TOLLBY_2, TOLLBY_3
_TOP = ["Tollby Echo", "News", "Sport", "Business", "Culture", _HEADLINE]
_FOOT = ["Share", "Copyright 2026 Tollby Echo"]


def _author(header: list[str], closing: tuple[str, ...] = ()) -> str | None:
    return extract([*_TOP, *header, _P1, _P2, _P3, *closing, *_FOOT], filename="page.txt").author


@pytest.mark.parametrize("label", ["Analysis", "Canals", "The lock keeper", "Ciudad", "WhatsApp"])
def test_a_name_alone_right_under_the_dateline_is_the_byline(label: str) -> None:
    assert _author(["March 3, 2026", "Wren Halloway", label]) == "Wren Halloway"
    assert _author(["Publicado el 03/03/2026 - 10:15", "Wren Halloway", label, "4 min"]) == "Wren Halloway"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Escrito por Wren Halloway", "Wren Halloway"),
        ("Ein Beitrag von Wren Halloway", "Wren Halloway"),
        ("Un reportage par Wren Halloway et Ilse Marrow", "Wren Halloway, Ilse Marrow"),
        ("A column by Wren Halloway", "Wren Halloway"),
    ],
)
def test_a_byline_word_after_a_few_words_of_its_own(line: str, author: str) -> None:
    assert _author(["March 3, 2026", line]) == author


@pytest.mark.parametrize(
    "line", ["Photo by Wren Halloway", "Edited by Wren Halloway", "Sponsored by Tollby Marine", "Dirigido por 3 Amigos"]
)
def test_credits_and_sponsors_are_no_lead_in_byline(line: str) -> None:
    assert _author(["March 3, 2026", line]) is None


def test_a_credit_away_from_the_dateline_is_no_lead_in_byline() -> None:
    """A summary's credit under the headline with no dateline or read time beside it."""
    page = [f"{_HEADLINE} | Tollby Echo", *_TOP, "Highlights by Tollby Assistant", _P1, _P2, _P3, *_FOOT]
    found = extract(page, filename="page.txt")
    assert (found.title, found.author) == (_HEADLINE, None)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Wren Halloway und Ilse Marrow", "Wren Halloway, Ilse Marrow"),
        ("Wren Halloway y Ilse Marrow", "Wren Halloway, Ilse Marrow"),
        ("Wren Halloway et Ilse Marrow", "Wren Halloway, Ilse Marrow"),
    ],
)
def test_two_names_joined_by_another_language_s_and(line: str, author: str) -> None:
    assert _author(["March 3, 2026", line]) == author


def test_a_sentence_opening_with_a_byline_word_is_no_byline() -> None:
    """ "Por qué ..." is the Spanish "why": a headline, not "by ..." (and "by the ..." stays a byline)."""
    assert L.byline_names("Por qué Tollby apuesta por unas esclusas nuevas") is None
    assert L.byline_names("Par ici les Tollbyens") is None
    assert L.byline_names("Por Wren Halloway") == "Wren Halloway"
    assert L.byline_names("by the Tollby Wire") == "the Tollby Wire"


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Wren Halloway es periodista de la sección local desde 2014.", "Wren Halloway"),
        ("Wren Halloway ist Redakteurin im Lokalressort und berichtet seit 2011 aus Tollby.", "Wren Halloway"),
        ("Wren Halloway est journaliste au service local depuis 2012.", "Wren Halloway"),
    ],
)
def test_a_note_on_the_writer_in_another_language(closing: str, author: str) -> None:
    assert _author([], [closing]) == author


def test_a_sentence_about_someone_else_under_the_text_names_no_writer() -> None:
    assert _author([], ["Tollby University is the largest employer in the valley, its report says."]) is None
    assert _author([], ["Ilse Marrow es alcaldesa de Tollby desde 2019."]) is None


@pytest.mark.parametrize("scorer", [True, False])
@pytest.mark.parametrize("label", ["The lock keeper", "A council spokesperson", "Canals"])
def test_a_writer_s_label_under_the_name_is_no_headline(label: str, scorer: bool) -> None:
    """Headline, dek, the writer's name over what they are ("The lock keeper": a guest writer) or
    their desk, then the date: the headline stays, the name is the byline."""
    dek = "Boat owners say the old gates leak at every tide and cost more to mend each year."
    page = [*_TOP, dek, "Wren Halloway", label, "March 3, 2026", _P1, _P2, _P3, *_FOOT]
    found = extract(page, filename="page.txt", **({} if scorer else {"title_model": None}))  # type: ignore[arg-type]
    assert (found.title, found.author) == (_HEADLINE, "Wren Halloway")


def test_a_name_alone_under_the_headline_over_a_label_is_the_byline() -> None:
    """No dateline: the name right under the headline (or under its one-sentence dek), over a
    short label ("Exclusive", a desk), is the byline."""
    dek = "Boat owners say the old gates leak at every tide."
    assert _author(["Wren Halloway", "Exclusive", "Share"]) == "Wren Halloway"
    assert _author([dek, "Wren Halloway", "Canals", "Share"]) == "Wren Halloway"


def test_a_name_with_its_handle_glued_on_is_no_byline_of_its_own() -> None:
    # review s33 U19 (a real page's class): the saved page prints the writer's name and the link to
    # their handle with no space between, and the line under the dateline became the author
    share = "Share this story on Facebook, X or by e-mail"
    assert _author(["March 3, 2026", "Wren Halloway@wrenhal", share]) != "Wren Halloway@wrenhal"
    assert _author(["March 3, 2026", "Wren Halloway", "Analysis"]) == "Wren Halloway"
