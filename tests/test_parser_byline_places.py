"""Bylines where the header does not read them (issue 14, session 42): under the text's first paragraph, a
name broken over two lines under the headline, a desk signing the story; names with their particles ("dos",
"ten", "d'"), a signature with its agency after a comma. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser import lines as L
from tuiarchive.parser.extract import extract

HEADLINE = "Orchard town wins its fight to keep the night train stopping"
P1 = (
    "Passengers in Vellingham will keep their late train after the rail operator dropped its plan to run the "
    "service straight through the station, the town's council said on Wednesday evening."
)
P2 = (
    "The operator had argued that too few people boarded after ten o'clock, but a count by volunteers over "
    "four weeks found more riders than its own figures showed, most of them shift workers."
)
P3 = (
    "Councillors said they would ask for the count to be repeated every spring, so that the question did not "
    "come back each time the timetable was redrawn by the operator's planners."
)
P4 = (
    "Shift workers at the hospital and the bakery on the ring road said the late train was the only way home for "
    "most of them, since the last bus leaves the station square well before their shifts end."
)
P5 = (
    "The operator said in a short statement that it welcomed the volunteers' work and would share its own "
    "figures with the council before the next timetable is drawn up in the autumn."
)
TOP = ["Vellingham Weekly", "Home", "Town", "Travel", ""]
DATE = "Thursday 9 April 2026"
END = ["", "Share", "Print", "© 2026 Orchard Valley Media"]


@pytest.mark.parametrize(
    "name", ["Wout ten Velde", "Rui dos Santos Meira", "Marco d'Angelo", "Sami al-Harbi", "Teodora das Neves"]
)
def test_a_name_with_its_particles_is_a_name(name: str) -> None:
    assert L.is_name(name)


@pytest.mark.parametrize("line", ["the d'Orsay", "open the do not"])
def test_small_words_alone_make_no_name(line: str) -> None:
    assert not L.is_name(line)


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("byline", ["Wout ten Velde", "By Wout ten Velde", "Lotte Kramer, Staff Reporter"])
def test_a_byline_under_the_first_paragraph_is_the_writer(byline: str, model: str | None) -> None:
    page = [*TOP, HEADLINE, DATE, "", P1, "", byline, "", P2, "", P3, *END]
    want = byline.removeprefix("By ").split(",")[0]
    assert extract(page, title_model=model).author == want


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_crosshead_under_the_first_paragraph_is_no_writer(model: str | None) -> None:
    page = [
        *TOP,
        HEADLINE,
        DATE,
        "",
        P1,
        "",
        "Late Riders",
        "",
        P2,
        "",
        "Shift workers ride late, the count found.",
        P3,
    ]
    assert extract([*page, *END], title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("split", [["Agnese", "Vallauri"], ["By", "Agnese", "Vallauri"], ["Par Agnese", "Vallauri"]])
def test_a_name_over_two_lines_under_the_headline(split: list[str], model: str | None) -> None:
    page = [*TOP, HEADLINE, *split, DATE, "", P1, "", P2, "", P3, *END]
    assert extract(page, title_model=model).author == "Agnese Vallauri"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("desk", ["Travel desk", "Redaktion Vellingham", "La rédaction", "Stadsredactie"])
def test_a_desk_signing_the_story_under_the_headline(desk: str, model: str | None) -> None:
    page = [*TOP, HEADLINE, desk, DATE, "", P1, "", P2, "", P3, *END]
    assert extract(page, title_model=model).author == desk


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("sign", "author"),
    [("Femke van Rossum", "Femke van Rossum"), ("Ilse de Boer, Valley Press Agency", "Ilse de Boer")],
)
def test_a_signature_under_the_text_with_particles_or_its_agency(sign: str, author: str, model: str | None) -> None:
    # ("de" and "van" are words of the page in small letters: a name's particles, not its words)
    p3 = P3.replace("the question", "de question of van drivers")
    page = [*TOP, HEADLINE, DATE, "", P1, "", P2, "", p3, "", sign, *END]
    assert extract(page, title_model=model).author == author


OTHER_STORIES = [
    "",
    "Travel",
    "Night bus to the coast will run through the winter months",
    "By Greta Lindqvist-Hale",
    "Council asks cyclists where the new racks should go",
    "By Osman Achterberg",
]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_bylines_of_other_stories_listed_under_the_text_are_not_its_own(model: str | None) -> None:
    page = [*TOP, HEADLINE, DATE, "", P1, "", P2, "", P3, "", P4, "", P5, *OTHER_STORIES, *END]
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_right_under_the_text_over_a_list_of_other_stories_is_its_own(model: str | None) -> None:
    page = [*TOP, HEADLINE, DATE, "", P1, "", P2, "", P3, "", P4, "", P5, "By Ilse Marchetti", *OTHER_STORIES, *END]
    assert extract(page, title_model=model).author == "Ilse Marchetti"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("over", [["07.04.2026", "10:14"], []])
@pytest.mark.parametrize("cross", ["Counting the riders", "What the count found"])
def test_a_bare_name_under_the_headline_over_a_lead_and_a_crosshead(
    over: list[str], cross: str, model: str | None
) -> None:
    # ("ten" of the name is a word of the text: a particle; the crosshead may be read as the headline, review W86)
    page = [*TOP, *over, HEADLINE, "Wout ten Velde", "", P1, "", cross, "", P2, "", P3, "", P4, "", P5, *END]
    assert extract(page, title_model=model).author == "Wout ten Velde"


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_byline_under_the_first_paragraph_over_a_crosshead(model: str | None) -> None:
    page = [*TOP, HEADLINE, DATE, "", P1, "", "Wout ten Velde", "", "What the count found", "", P2, "", P3, "", P4]
    assert extract([*page, *END], title_model=model).author == "Wout ten Velde"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("sign", ["Ana de la Fuente, Imagen Norte", "J. A. Quintero, Costa Press"])
def test_a_signature_with_its_outlet_after_a_comma_under_a_long_text(sign: str, model: str | None) -> None:
    page = [*TOP, HEADLINE, DATE, "", P1, "", P2, "", P3, "", P4, "", P5, "", sign, *END]
    assert extract(page, title_model=model).author == sign.split(",")[0]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_name_over_the_text_under_its_headline_below_a_list_of_other_stories(model: str | None) -> None:
    # (a list of other stories over the story: whichever line is read as the headline, the name is the writer's)
    listed = [
        "Most read",
        "Night bus to the coast will run through the winter months",
        "Council asks cyclists where the new racks should go",
        "Harbour cafe wins its licence back after appeal",
    ]
    page = [*TOP, *listed, HEADLINE, "Teodora das Neves", P1, P2, P3, P4, P5, *END]
    assert extract(page, title_model=model).author == "Teodora das Neves"
