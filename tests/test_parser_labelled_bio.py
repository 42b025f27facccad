"""A note on the writer under a label and a colon, in label words no list holds, ends the text (the real
labels' convention: a labelled or headed note on the writer is the site's, a plain one under the text is the
text's). Every page and line here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.endnotes import labels_a_writers_note
from tuiarchive.parser.extract import extract

_TRAIL = ["", "Share this article", "Facebook", "More from Harbour Ledger", "Ferry fares to rise in April"]


def _body(*under: str) -> list[str]:
    return extract([*HEAD, LEAD, "", MORE, "", LAST, "", *under, *_TRAIL], title_model=None).body


@pytest.mark.parametrize(
    "note",
    [
        "The writer: Mara Lindqvist covers transport and the harbour for the Ledger.",
        "Zur Autorin: Mara Lindqvist ist Redakteurin im Ressort Verkehr.",
        "L'autrice : Mara Lindqvist est journaliste au service économie.",
        "Quien firma: Mara Lindqvist es periodista de la sección local.",
        "執筆者プロフィール：藤沢大翔は東雲市支局で行政を担当。",
        "作者简介：王伟是本报记者，长期关注城市建设。",
    ],
)
def test_a_labelled_note_on_the_writer_under_the_text_ends_it(note: str) -> None:
    assert labels_a_writers_note(note)
    assert _body(note)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "Mara Lindqvist covers transport and the harbour for the Ledger.",  # plain: the text's last
        "藤沢大翔は東雲市支局で行政を担当する記者。",  # plain, in Japanese
        "Update: the ferry will run again from Monday, the company said.",  # a label over no note on a writer
        "Next stop: Lindhaven, where the ferry waits for the morning tide.",
    ],
)
def test_a_plain_note_or_a_label_over_something_else_is_no_labelled_note(line: str) -> None:
    assert not labels_a_writers_note(line)
