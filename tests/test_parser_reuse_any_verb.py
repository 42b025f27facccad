"""An offer of the text for reuse in a verb no list holds ("pass this report along", "dürfen Sie ... zeigen",
"si può diffondere", "共有できます") ends the text when it names the text by a newsroom's noun for its own work,
grants a permission and asks a credit after it; a story's sentence with a permission and a name in it stays
(the newsroom as its subject, a writer's line, another's work, reported speech). Every line here is made up for
these tests (no labelled page's words)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.copyterms import sets_copy_terms
from tuiarchive.parser.extract import extract

_TRAIL = ["", "Share this article", "Facebook", "More from Harbour Ledger", "Ferry fares to rise in April"]


def _body(under: str) -> list[str]:
    return extract([*HEAD, LEAD, "", MORE, "", LAST, "", under, *_TRAIL], title_model=None).body


OFFERS = [
    "Feel free to hand this report on to other papers, so long as the byline and a link to us stay with it.",
    "Other newsrooms can take up this story at no charge, provided they leave it whole and name the Ledger.",
    "You're welcome to put this piece on your own site, with a link to the original and the writer's name.",
    "Diesen Beitrag dürfen Sie gern auf Ihrer Seite zeigen, solange Sie die Autorin und uns als Quelle nennen.",
    "Esta nota se puede difundir sin costo siempre que se cite al autor y la fuente original.",
    "Questo articolo si può diffondere liberamente, indicando l'autore e la fonte.",
    "この記事は、出典を明記すれば自由に共有できます。",
    "Any outlet may take this piece for free if it gives the writer's name and a link to the original.",
    "Se permite reproducir esta crónica citando la procedencia.",  # a copying on a credit asked
    "本記事は、クレジットを表記していただければ転載可能です。",
]


@pytest.mark.parametrize("note", OFFERS)
def test_an_offer_for_reuse_in_any_verb_ends_the_text(note: str) -> None:
    assert sets_copy_terms(note)
    assert _body(note)[-1] == LAST


STORY_LINES = [
    "Our reporter can now name the source of this story: the harbour master himself.",
    "The author of this report can be reached at the newsroom, where she has worked since 2019.",
    "Under the deal, the museum can show this work for ten years, provided it names the painter.",
    "Teachers may hand out this report in class, the ministry said, if they credit the inspectors.",
    "This story can be told only because the families agreed to give their names.",
    "Copies of this report went to every school in the county, each with the inspectors' names.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_storys_sentence_with_a_permission_and_a_name_stays(line: str) -> None:
    assert not sets_copy_terms(line)
    assert _body(line)[-1] == line


def test_a_last_section_over_a_lone_signature_and_a_terms_note_stays() -> None:
    """Crossheads each over one sentence, the writer's name alone in capitals, then an offer of reuse: the
    note ends the text under the signature, and the last section is the text's (review W27: H9's loss on
    d5dd326, the note then seen as the reader's stop with the name between)."""
    sections = [("The cost", "Nobody dares to guess what the final sum might be at this point."),
                ("Who pays", "Most of it will fall on the province and a little on the borough."),
                ("What next", "Everyone expects a long and noisy summer for those living close by.")]  # fmt: skip
    lines = [*HEAD, LEAD, "", MORE, "", LAST, ""]
    for heading, sentence in sections:
        lines += [heading, sentence, ""]
    lines += ["MARA LINDQVIST", "", OFFERS[1], *_TRAIL]
    assert extract(lines, title_model=None).body[-1] == sections[-1][1]
