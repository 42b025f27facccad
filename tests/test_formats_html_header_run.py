"""A saved page whose header the library keeps over the text (formats/htmlagree.under_header_lines): a page of
<div>s with hashed class names, the headline, a kicker, a dek, the byline, the date, a caption and its credit and
an editor's note all short lines over the first paragraph. The text starts where the copy reading starts it.

Every page here is made up for these tests (our own text, in three languages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.formats.htmlagree import under_header_lines

PAGES = {
    "en": (
        "Council votes to close the old harbour bridge",
        "The crossing will shut in March while engineers decide whether it can be saved at all.",
        "By Jane Marsh",
        "12 March 2025",
        "The bridge seen from the north quay last week. Photo: Tom Reed",
        "Editor's note: this story was updated to correct the date of the vote.",
        [
            "The old harbour bridge will close to traffic next month after the council voted on Tuesday to shut it "
            "while engineers study its foundations.",
            "Councillors said the decision was hard but that safety had to come first, and that the ferry would run "
            "more often while the bridge is shut.",
            "Shop owners on the quay said they feared losing trade during the closure, which could last a year "
            "or more.",
            "A report on the bridge's future is due in the summer.",
        ],
    ),
    "de": (
        "Stadtrat beschließt Schließung der alten Hafenbrücke",
        "Die Brücke wird im März gesperrt, während Ingenieure prüfen, ob sie noch zu retten ist.",
        "Von Anna Keller",
        "12. März 2025",
        "Die Brücke vom Nordkai aus gesehen. Foto: Tom Reed",
        "",
        [
            "Die alte Hafenbrücke wird im nächsten Monat für den Verkehr gesperrt, nachdem der Stadtrat am Dienstag "
            "dafür gestimmt hat.",
            "Die Ratsmitglieder sagten, die Entscheidung sei schwer gefallen, aber die Sicherheit gehe vor, und die "
            "Fähre werde öfter fahren.",
            "Ladenbesitzer am Kai fürchten, während der Sperrung Kunden zu verlieren, die ein Jahr oder länger "
            "dauern könnte.",
            "Ein Bericht über die Zukunft der Brücke wird im Sommer erwartet.",
        ],
    ),
    "fr": (
        "Le conseil vote la fermeture du vieux pont du port",
        "Le pont fermera en mars pendant que les ingénieurs décident s'il peut encore être sauvé.",
        "Par Claire Dubois",
        "12 mars 2025",
        "Le pont vu depuis le quai nord la semaine dernière. Photo : Tom Reed",
        "",
        [
            "Le vieux pont du port sera fermé à la circulation le mois prochain après le vote du conseil municipal "
            "mardi soir.",
            "Les élus ont expliqué que la décision était difficile mais que la sécurité passait avant tout, et que "
            "le bac circulerait plus souvent.",
            "Les commerçants du quai craignent de perdre des clients pendant la fermeture, qui pourrait durer un an "
            "ou plus.",
            "Un rapport sur l'avenir du pont est attendu cet été.",
        ],
    ),
}


def _page(lang: str) -> str:
    title, dek, byline, when, caption, note, text = PAGES[lang]
    paragraphs = "".join(f'<div class="c9e1a">{p}</div>' for p in text)
    note_block = f'<div class="c0b7d"><i>{note}</i></div>' if note else ""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        '<div class="c31f0"><a href="/">Valley Post</a> <a href="/news">News</a></div>'
        f'<div class="c7a2e"><div class="c55d1"><h1 class="c0a9f">{title}</h1><div class="c4e12">{dek}</div>'
        f'<div class="c8b3c"><span>{byline}</span> <span>{when}</span></div></div>'
        f'<div class="c2d4e"><img src="a.jpg" alt=""><div class="c6f01">{caption}</div></div>{note_block}'
        f'<div class="c1c2d">{paragraphs}</div></div>'
        '<div class="c88aa"><h3>Most read</h3><ul><li><a href="/a">Ferry fares to rise in spring</a></li>'
        '<li><a href="/b">New school opens on the hill</a></li></ul></div></body></html>'
    )


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_text_starts_under_the_header_the_library_keeps(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.html"
    path.write_text(_page(lang), encoding="utf-8")
    article = parse_file(path)
    assert article.body[0] == PAGES[lang][6][0]
    assert article.body[-1] == PAGES[lang][6][-1]


def test_short_lines_of_the_story_stay_without_a_header_line_among_them() -> None:
    copy = ["Then the third change, which the notes explain at length in the paragraph under the list of changes."]
    items = ["+ Added a stone block", "+ Added a trapdoor", "Good morning! Here is the news you need today."]
    assert under_header_lines([*items, *copy], copy) == [*items, *copy]
    # a byline among them: the header's lines, the text from the copy reading's first paragraph
    assert under_header_lines(["By Jane Marsh", *items, *copy], copy) == copy
