"""A note on how the article itself was made (its sources, its editing, its translation, who paid for the
reporting), told by its shape in wordings no list holds, ends the text when it stands under the last
paragraph; a story's own sentence about someone else's report stays the text's. Every page and line here is
made up for these tests (no labelled page's words)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.extract import extract
from tuiarchive.parser.making_notes import tells_how_made

_TRAIL = ["", "Share this article", "Facebook", "More from Harbour Ledger", "Ferry fares to rise in April"]


def _body(*under: str) -> list[str]:
    return extract([*HEAD, LEAD, "", MORE, "", LAST, "", *under, *_TRAIL], title_model=None).body


@pytest.mark.parametrize(
    "note",
    [
        "This dispatch leaned on harbour board papers and was checked with two pilots who work the channel.",
        "The conversation was trimmed for length and edited for clarity.",
        "(Translated from the Danish by our foreign desk.)",
        "Dieser Beitrag wurde mit Hilfe von Fahrgastzählungen der Reederei verfasst.",
        "Cette enquête a été réalisée à partir de registres portuaires consultés aux archives.",
        "Esta información fue redactada con documentos de la autoridad portuaria.",
        "Questo servizio è stato realizzato con i verbali della capitaneria di porto.",
        "本稿は港湾局の資料をもとに構成した。",
        "（本文据港务局公开资料整理。）",
        # in verbs no list holds: the passive or the past with the text or the newsroom as the subject
        "This dispatch was stitched together from harbour logbooks kept by the pilots' guild.",
        "Our correspondent sailed with the night crew thanks to a grant for regional reporting.",
        "Ce reportage a été relu par un ancien capitaine avant sa mise en ligne.",
        "Proofreading for this dispatch by Wenna Tallis.",
        "Extra reporting for this dispatch came from the harbour board's archive.",
    ],
)
def test_a_note_on_the_articles_making_under_the_text_ends_it(note: str) -> None:
    assert tells_how_made(note)
    assert _body(note)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        # someone else's report, told by the story: the text's last paragraph
        "The pilots' report was compiled from ten years of logbooks and was handed to the minister on Friday.",
        "Der Prüfbericht wurde von zwei Gutachtern verfasst und liegt dem Hafenamt seit Januar vor.",
        "L'étude a été réalisée par l'université à partir de relevés de marée.",
        "报告根据港务局十年的数据编制，周五提交给市长。",
        # what someone said about "this report"
        "This report was written in a hurry, the harbour master said on Monday, and it shows.",
        # a story that opens on a participle and a clause after it
        "Translated into nine languages, her harbour diaries have sold more than a million copies.",
        # "this report" with another body named in a comma-clause, what is to come, a finding
        "This analysis, drawn up by the port's insurers, will go before the harbour board in June.",
        "Cette enquête, réalisée par l'université, sera présentée aux élus en juin.",
        "Our reporters verified the timetable in March and found that one boat in five left late.",
        # another body's text named with its possessor, and the newsroom in a story's event (a copula, no making)
        "Dieser Beitrag des Landessenders wurde im März ausgestrahlt und löste im Hafen Proteste aus.",
        "Our correspondent was one of the riders left stranded when the cable car stopped in March.",
    ],
)
def test_a_story_sentence_about_a_report_stays_text(line: str) -> None:
    assert not tells_how_made(line)
    assert _body(line)[-1] == line


def test_a_note_of_that_shape_with_text_under_it_is_the_texts() -> None:
    """The same sentence in the middle of the story, with paragraphs of text under it: the text goes on."""
    note = "This dispatch leaned on harbour board papers and was checked with two pilots who work the channel."
    body = extract([*HEAD, LEAD, "", note, "", MORE, "", LAST, "", *_TRAIL], title_model=None).body
    assert body[-1] == LAST and note in body


@pytest.mark.parametrize(
    ("heading", "note"),
    [
        ("Behind the dispatch", "Our correspondent spent a week on the ferries and rode every crossing twice."),
        ("Les coulisses du reportage", "Notre envoyée spéciale a passé une semaine à bord des ferries du port."),
        ("Dietro il servizio", "Il nostro inviato ha viaggiato sui traghetti per una settimana intera."),
        ("取材を終えて", "記者は1週間、港の連絡船に乗り続け、船員や乗客に話を聞いた。"),
    ],
)
def test_a_note_under_a_heading_with_the_newsroom_as_its_subject_ends_the_text(heading: str, note: str) -> None:
    # (only the site's footer under it: no share buttons that would end the text whatever the note is)
    lines = [*HEAD, LEAD, "", MORE, "", LAST, "", heading, note, "", "Contact us", "Privacy"]
    assert extract(lines, title_model=None).body[-1] == LAST


def test_a_crosshead_over_our_reporters_paragraph_with_text_after_it_stays_text() -> None:
    """A story's own crosshead and a paragraph where "our correspondent" does something, then more text."""
    said = "Our correspondent spent a week on the ferries and rode every crossing twice before the vote."
    lines = [*HEAD, LEAD, "", "On the water", said, "", MORE, "", LAST, "", *_TRAIL]
    body = extract(lines, title_model=None).body
    assert body[-1] == LAST and said in body


def test_a_box_pitch_with_the_newsroom_as_subject_that_speaks_to_the_reader_is_no_note() -> None:
    """A newsletter box inside the text ("Our editors choose the stories you should not miss"): the text
    goes on under it, its last paragraph included."""
    box = ["The Sunday Ledger", "Our editors choose the harbour stories you should not miss this week."]
    lines = [*HEAD, LEAD, "", MORE, "", *box, "", LAST, "", "Contact us", "Privacy"]
    assert extract(lines, title_model=None).body[-1] == LAST


def test_a_note_on_how_this_report_was_written_ends_the_text() -> None:
    """'report' names the story as 'story' and 'article' do (benchmarks/body_end_shapes: an English method note)."""
    from tuiarchive.parser.endnotes import tells_its_making

    assert tells_its_making("To prepare this report we went through ten years of the harbour board's accounts.")


@pytest.mark.parametrize(
    "note",
    [
        "This story is based on the harbour board's ticket counts and on talks with nine skippers.",
        "Esta not\u00edcia baseia-se nos registos do porto e em entrevistas com nove pescadores.",
        "Grundlage dieses Berichts sind die Z\u00e4hlungen der Hafenbeh\u00f6rde.",
    ],
)
def test_a_note_saying_what_the_story_is_based_on_tells_its_making(note: str) -> None:
    from tuiarchive.parser.endnotes import tells_its_making

    assert tells_its_making(note)
