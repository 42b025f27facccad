"""A note on the terms the text may be copied under, in wordings no rule lists (issue 14: licence and reuse
notes in new words ended no body), told by its shape: the text itself named, a copying of it, a condition
on that. It ends the text under its last paragraph; a story's own sentences about copyright stay text.
Every page and sentence here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.formats import parse_file
from tuiarchive.parser import copyterms
from tuiarchive.parser.copyterms import sets_copy_terms
from tuiarchive.parser.endnotes import is_site_note
from tuiarchive.parser.extract import extract

_TRAIL = [
    "",
    "Share this article",
    "Facebook",
    "More from Harbour Ledger",
    "Ferry fares to rise in April as fuel costs climb",
    "New school opens on the east bank after delays",
    "© 2031 Harbour Ledger. All rights reserved.",
]


def _body(*under: str) -> list[str]:
    return extract([*HEAD, LEAD, "", MORE, "", LAST, "", *under, *_TRAIL], title_model=None).body


# Each a wording the older rules (endnotes: rights words beside reuse words, offers of reuse) did not take
TERMS_NOTES = [
    "Copying or distributing this material in any form without the publisher's written consent is forbidden.",
    "Any copying of this text, in whole or in part, requires the prior agreement of Harbour Ledger Media Ltd.",
    "Other outlets may carry this story for free provided they keep the writer's name and a link to the original.",
    "No part of this publication may be stored, copied or transmitted without the express consent of the owner.",
    "Die Vervielfältigung dieses Beitrags ist nur mit schriftlicher Zustimmung des Verlags gestattet.",
    "Jede Weiterverwendung unserer Texte bedarf der vorherigen Zustimmung der Redaktion.",
    "Toute copie de ce contenu, même partielle, est interdite sans l'accord écrit de l'éditeur.",
    "Ce texte peut être librement recopié et diffusé, à condition de mentionner son auteur et le journal.",
    "Queda prohibida la copia total o parcial de este contenido sin el consentimiento del editor.",
    "Se permite copiar este texto siempre que se enlace a la publicación original.",
    "È vietata la copia, anche parziale, di questo contenuto senza il consenso scritto dell'editore.",
    "La riproduzione dei nostri articoli è consentita solo previa autorizzazione della redazione.",
    "É proibida a cópia deste conteúdo sem a autorização prévia do editor.",
    "A reprodução desta reportagem é permitida desde que citada a fonte.",
    "本文版权归港湾报所有，未经书面同意不得复制。",
    "未经许可，禁止转载本站内容。",
    "All material on this website is protected by copyright.",
    "To license this story for your own publication, contact our syndication desk.",
    # the rule alone, the text not named: a short line
    "Reproduction interdite sans autorisation.",
    "Nachdruck nur mit Genehmigung des Verlags.",
    "Prohibida su reproducción total o parcial.",
    "Riproduzione riservata.",
    "Todos os direitos reservados. Proibida a reprodução sem autorização.",
    "転載・複製はご遠慮ください。",
    # an offer in the words of publishing, running, sharing or using it: a permission and a credit asked
    "Local papers are welcome to publish this story unchanged, with a link back to us.",
    "Teachers can use this article in class as long as our name stays on it.",
    "Sie können diesen Beitrag gern auf Ihrer Website veröffentlichen, sofern Sie die Quelle nennen.",
    "Vous pouvez publier cette chronique sur votre site, à condition de mentionner l'auteur.",
    "Las radios comunitarias pueden usar este reportaje siempre que citen la fuente.",
    "Puoi condividere questo articolo sul tuo sito citando la fonte.",
    "As rádios locais podem publicar esta matéria desde que citem a fonte.",
    "出典を明記すれば、この記事を社内資料に利用できます。",
]


@pytest.mark.parametrize("note", TERMS_NOTES)
def test_a_note_on_the_terms_of_copying_under_the_text_ends_it(note: str) -> None:
    assert not is_site_note(note)  # none of the older rules' wordings
    assert sets_copy_terms(note)
    assert _body(note)[-1] == LAST


# A story's own sentences about copyright: other works named, the parties' words reported, past rulings
STORY_SENTENCES = [
    "The court ruled on Monday that copying the paper's articles without permission broke copyright law, "
    "and ordered the archive to pay damages.",
    "The publisher says any copying of its articles requires a licence, and it plans to appeal next month.",
    "Lawyers for the museum argued that this material could not be copied without the family's consent, "
    "but the judge disagreed.",
    "Das Gericht entschied, dass die Vervielfältigung der Fotos ohne Zustimmung des Fotografen verboten war.",
    "Le tribunal a jugé que la copie des articles du journal sans autorisation était interdite.",
    "Il tribunale ha stabilito che la riproduzione degli articoli senza consenso era vietata.",
    "O tribunal decidiu que a cópia das reportagens do jornal sem autorização era proibida.",
    # in the present, of other works: longer than a rule's line
    "Copying any part of the old maps requires the museum's permission, and visitors may only look at them.",
    "Photocopies of the ferry timetables are free at the harbour office and may be taken home.",
    # a third party's works ("any article from the school paper"), with a permission and a credit asked: neither
    # this rule nor endnotes.offers_reuse takes "any article" for the site's own (review-parser R6's probe)
    "Students may now reprint any article from the school paper in their portfolios, as long as they name the editor.",
    # a verb of publishing or using with a permission, but no credit asked: any story's
    "Schools can use this map from next week, as long as they book a slot with the museum.",
    "Readers can share these stories with the archive, which plans to publish them as a book.",
    "Lena Ostrow is a designer and the author of two books on harbours; you can see the tools used to run this "
    "site here.",  # the site named, not the story: no offer
    # short ones, in the past: what happened
    "The copies were made without permission in 2029.",
    "Die Kopien wurden ohne Genehmigung angefertigt.",
    "Les copies ont été faites sans autorisation du maire.",
    "La riproduzione delle mappe fu vietata dal sindaco nel 1920.",
    "A cópia das chaves foi proibida pelo porteiro.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_storys_own_sentence_on_copying_stays_its_last(sentence: str) -> None:
    assert not sets_copy_terms(sentence)
    assert _body(sentence)[-1] == sentence


def test_a_prompt_asking_the_reader_to_share_the_story_offers_nothing() -> None:
    assert not sets_copy_terms("Only people with a link can read this story. Do you want to share it? Yes, show me")


def test_a_line_naming_the_story_names_the_text() -> None:
    """sets_copy_terms asks _STORY_NAMED_RE alone of a line with no copying in it (the costly _TEXT_NAMED_RE
    only of a line with one): each story-naming match must be a text-naming match, the same pattern first in
    the other's alternatives and under the same flags."""
    story, text = copyterms._STORY_NAMED_RE, copyterms._TEXT_NAMED_RE
    assert text.pattern.startswith(story.pattern + "|") and text.flags == story.flags


def test_a_note_on_the_printed_edition_is_no_terms_and_no_text() -> None:
    """A note on the printed edition with a link to order reprints (and a "May" in its headline) sets no terms
    of copying; it is the site's line, whatever its wording (the convention of the held-out sets and the lead's,
    stamps.is_print_stamp): the text ends over it."""
    note = (
        "This story first appeared in print on March 12, 2031, page 4 of the Lindhaven edition, headlined: "
        "May the Bridge Open Soon? Buy a reprint | This week's paper"
    )
    assert not sets_copy_terms(note)
    assert note not in _body(note)


def test_a_terms_note_with_the_text_going_on_under_it_does_not_end_it() -> None:
    """Set between paragraphs of the text (a box the page put there), the note ends nothing."""
    note = TERMS_NOTES[0]
    after = (
        "The harbour board said the painters would start on the northern arch in May and finish the southern "
        "one by the end of the summer, weather permitting, and that the bridge would stay open throughout.",
        "Ferry crossings will go on at the old times until the autumn, when the company plans to cut the "
        "night service to two boats an hour and move its ticket office to the new terminal on the quay.",
    )
    body = _body(note, "", after[0], "", after[1], "")
    assert body[-1] == after[1]


_HTML_TEXT = [
    "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that the "
    "cost of the work had risen by a third since the plans were approved.",
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in which "
    "the ferry had been the only way across the water.",
]


def _html(note: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in _HTML_TEXT)
    return (
        '<!doctype html><html lang="en"><head><title>Bridge to open in spring | Harbour Ledger</title></head><body>'
        '<header><a href="/">Harbour Ledger</a></header><main><article><h1>Bridge to open in spring</h1>'
        '<p class="byline">By Mara Lindqvist</p><time datetime="2031-03-12">12 March 2031</time>'
        f"{text}<p>{note}</p></article></main><footer><p>© 2031 Harbour Ledger</p></footer></body></html>"
    )


@pytest.mark.parametrize("note", [TERMS_NOTES[1], TERMS_NOTES[5], TERMS_NOTES[12]])
def test_a_terms_note_inside_the_article_of_a_saved_page_ends_it(tmp_path: Path, note: str) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(_html(note), encoding="utf-8")
    assert parse_file(page).body[-1] == _HTML_TEXT[-1]
