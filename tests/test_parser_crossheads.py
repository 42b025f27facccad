"""The text's own crossheads over short sections (span._heading_in_text), on made-up pages (our own
invented text, no real page): a story told in one-sentence paragraphs under a few headings, or closing on
a vox pop ("Jo Ng, 34, teacher" over each quote) or on a box of facts in bulleted sentences, is read to
its last paragraph; a box in the site's voice under a heading of a few words (a newsletter's pitch, the
newsroom asking for subscribers, in any common language) and a share bar's word over an author's note
stay out of it."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.span import PARAMS, body_span

_HEAD = [
    "Harbour Ledger",
    "Home",
    "News",
    "",
    "Ferry crossings cut to two a day as repairs begin",
    "By Mara Lindqvist",
    "12 March 2031",
    "",
]
# one-sentence paragraphs, each shorter than a paragraph of running text (near-good blocks)
_OPENING = [
    "The harbour ferry will cross only twice a day from Monday while the north quay is rebuilt.",
    '"We had no other choice once the engineers saw the cracks," the operator said on Tuesday.',
    "The work is expected to take at least eight months and to cost about four million crowns.",
]
_SECTIONS = [
    ("What happens next", "Divers will begin to inspect the piles under the quay at the end of the month."),
    ("Who pays", "The council and the ferry company have agreed to share the cost of the repairs."),
    ("Questions remain", "Traders on the quay say they have not been told how long the footpath will close."),
]
_VOX_POP = [
    ("Ines Varga, 67, retired", '"I have taken the morning boat every day for forty years," said Ines Varga.'),
    ("Tomas Berg, 34, teacher", '"My pupils will have to leave home an hour earlier," said Tomas Berg.'),
    ("Lea Holm, 23, student", '"It is a long way round by the bridge without a car," said Lea Holm.'),
]
_TRAILER = [
    "",
    "Most read",
    "Storm closes coastal road for a second night",
    "Lighthouse cottage sold at auction for a record price",
    "",
    "© 2031 Harbour Ledger. All rights reserved.",
]


def _page(sections: list[tuple[str, str]], box: tuple[str, ...] = (), over: tuple[str, ...] = ()) -> list[str]:
    lines = [*_HEAD, *_OPENING, *over]
    for heading, paragraph in sections:
        lines += [heading, paragraph]
    return [*lines, *box, *_TRAILER]


def test_a_story_in_short_paragraphs_is_read_through_its_crossheads() -> None:
    body = extract(_page(_SECTIONS)).body
    assert body[-1] == _SECTIONS[-1][1]
    assert "What happens next" in body and "Questions remain" in body


def test_a_vox_pop_that_closes_the_story_is_read_to_its_last_quote() -> None:
    body = extract(_page(_VOX_POP, over=("Voices from the quay",))).body
    assert body[-1] == _VOX_POP[-1][1]
    assert _VOX_POP[0][1] in body


@pytest.mark.parametrize(
    "box",
    [
        ["Boletín", "Recibe cada mañana las noticias más importantes de la provincia."],
        ["Soutenez une information indépendante", "Notre rédaction couvre le port chaque jour. Abonnez-vous."],
        ["Morning briefing", "Get the day's top stories in your inbox every morning."],
        ["Teilen", "Mara Lindqvist ist Redakteurin im Lokalressort und berichtet seit 2019 vom Hafen."],
    ],
    ids=["newsletter-es", "newsroom-fr", "newsletter-en", "share-word-de"],
)
def test_a_box_in_the_sites_voice_under_a_short_heading_is_no_section(box: list[str]) -> None:
    body = extract(_page(_SECTIONS, tuple(box))).body
    assert body[-1] == _SECTIONS[-1][1]
    assert box[1] not in body


def test_a_crosshead_costs_less_than_the_sentence_under_it() -> None:
    """The last section, one sentence on the story's things (its north quay, its ferry): read."""
    closing = "Divers will inspect the piles under the north quay before the ferry returns."
    paragraphs = [*_OPENING, "What happens next", closing]
    assert body_span(paragraphs) == (0, 5)
    assert PARAMS.heading_cost < PARAMS.near_score


_FACTS = [
    "The quay was built in 1911 and last repaired in 1987.",
    "About 1,200 people take the ferry on a working day.",
    "The bridge is eleven kilometres away by road.",
]


@pytest.mark.parametrize("bullet", ["* ", "• ", "- "])
def test_a_box_of_facts_in_sentences_after_bullets_closes_the_text(bullet: str) -> None:
    """ "At a glance" over bulleted sentences: the text's own closing box, each item a sentence."""
    body = extract(_page(_SECTIONS, over=(), box=("At a glance", *(bullet + fact for fact in _FACTS)))).body
    assert body[-1].endswith(_FACTS[-1])


def test_bulleted_links_after_the_text_stay_out() -> None:
    links = ("* Share on Facebook", "* Email this story", "* Print")
    body = extract(_page(_SECTIONS, box=links)).body
    assert body[-1] == _SECTIONS[-1][1]


def test_a_vox_pop_set_apart_under_its_heading_is_no_run_of_teasers() -> None:
    """ "Jo Ng, 34, teacher" over a quote is a vox pop's label, no teaser's headline (stops.before_teasers)."""
    lines = [*_HEAD, *_OPENING, "", "We asked readers", ""]
    for label, quote in _VOX_POP:
        lines += [label, "", quote, ""]
    body = extract([*lines, *_TRAILER]).body
    assert body[-1] == _VOX_POP[-1][1]


@pytest.mark.parametrize(
    "box",
    [
        ["The Tide Table", "Five stories from Lindhaven before your first coffee, every day.", "Count me in"],
        ["Abendpost", "Jeden Abend um acht: alles Wichtige aus Lindhaven.", "Jetzt eintragen"],
        ["La Marea", "Cinco historias de Lindhaven antes del desayuno.", "Quiero recibirla"],
        ["Le Phare", "Chaque semaine, le meilleur de Lindhaven dans votre boîte.", "C'est parti"],
    ],
    ids=["en", "de", "es", "fr"],
)
def test_a_box_under_a_heading_no_rule_knows_with_a_one_sentence_pitch_is_no_section(box: list[str]) -> None:
    """A box's heading in words no rule knows, its pitch of one sentence and its button (made up): the
    pitch says nothing the story says (no quote, no figure, no "said", no word of the text in small
    letters; a town's name at most), so the heading is no crosshead of the text's (review-parser F7)."""
    body = extract(_page(_SECTIONS, tuple(box))).body
    assert body[-1] == _SECTIONS[-1][1]
    assert box[1] not in body


def test_a_closing_section_of_one_sentence_on_the_storys_things_is_read() -> None:
    """One sentence under the text's last crosshead, no quote nor figure, on what the text is about (its
    ferry, its quay): the story's, read to its end (made up)."""
    closing = ("What comes next", "The north quay will reopen to the ferry once its piles are repaired.")
    body = extract(_page([*_SECTIONS, closing], ("Count me in",))).body
    assert body[-1] == closing[1]


@pytest.mark.parametrize("number", ["3. ", "3) "])
def test_a_listicles_numbered_last_section_of_one_quote_is_read(number: str) -> None:
    """ "3. A long wait" over one quote after the text's other numbered sections (made up)."""
    sections = [
        ("1. The cracks", _SECTIONS[0][1]),
        ("2. The cost", "The repairs will cost about four million crowns, the council said."),
        (number + "A long wait", '"We will be glad to have the morning boat back," said Ines Varga.'),
    ]
    body = extract([*_page(sections)[:-6], "Send", "Print", *_TRAILER]).body
    assert body[-1] == sections[-1][1]


def test_a_closing_section_right_over_the_tags_is_the_texts_whatever_it_says() -> None:
    """One sentence under the last crosshead that shares nothing with the text, with the text's end right
    under it (tags, a credit): the story's own last section (made up); the same over a box's button is not."""
    closing = ("The season ahead", "Work on the lighthouse path resumes in April once the storms have passed.")
    for end in (["Tags: Harbour, Transport"], ["Reporting by Jo Ng; editing by Lea Holm"]):
        body = extract([*_page([*_SECTIONS, closing])[: -len(_TRAILER)], *end, *_TRAILER]).body
        assert body[-1] == closing[1], end
    body = extract(
        _page([*_SECTIONS, ("Stay in touch", "Harbour life, delivered on Saturdays.")], ("Count me in",))
    ).body
    assert body[-1] == _SECTIONS[-1][1]


@pytest.mark.parametrize(
    "tags", ["Mots-clés : Port, Transports", "Schlagworte: Hafen, Verkehr", "Themen: Hafen, Fähre", "Temas: Puerto"]
)
def test_a_closing_section_over_tags_in_other_languages_is_the_texts(tags: str) -> None:
    """The tag line's words in the common languages (chrome's tag headers' words, made-up page): the text's
    end right under its last section, which stands whatever it says."""
    closing = ("The season ahead", "Work on the lighthouse path resumes in April once the storms have passed.")
    body = extract([*_page([*_SECTIONS, closing])[: -len(_TRAILER)], tags, *_TRAILER]).body
    assert body[-1] == closing[1]


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("Who pays?", "Tags: Harbour, Transport"),
        ("Et maintenant ?", "Mots-clés : Port, Transports"),
        ("Was kommt jetzt?", "Schlagworte: Hafen, Verkehr"),
    ],
)
def test_a_closing_section_under_a_question_is_the_texts(heading: str, end: str) -> None:
    """A crosshead asked as a short question ("Who pays?") over the text's last sentence, the tags right under
    it: the story's own last section, as under a heading with no question mark (made-up page)."""
    closing = (heading, "Work on the lighthouse path resumes in April once the storms have passed.")
    body = extract([*_page([*_SECTIONS, closing])[: -len(_TRAILER)], end, *_TRAILER]).body
    assert body[-1] == closing[1]
