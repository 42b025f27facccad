"""Notes under the text that are the site's (licence terms, a note on method, a labelled note on the writer)
end it; the article's own notes and a plain sentence on its writer stay, as the real labels have them.
Every page here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from madeup import HEAD, LAST, LEAD, MORE, TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.chrome import writer_note_subject
from tuiarchive.parser.endnotes import (
    _COMMONS_RE,
    _RIGHTS_PARTS,
    _RIGHTS_RE,
    is_licence_note,
    is_method_note,
    is_site_note,
    names_rights,
    tells_its_making,
)
from tuiarchive.parser.extract import extract
from tuiarchive.parser.stops import writers_line

_TRAIL = [
    "",
    "Share this article",
    "Facebook",
    "More from Harbour Ledger",
    "Ferry fares to rise in April as fuel costs climb",
    "New school opens on the east bank after delays",
    "© 2031 Harbour Ledger. All rights reserved.",
]


def _body(*under: str, section: tuple[str, ...] = ()) -> list[str]:
    lines = [*HEAD, LEAD, "", MORE, "", LAST, ""]
    if section:
        lines += [*section, ""]
    return extract([*lines, *under, *_TRAIL], title_model=None).body


LICENCE_NOTES = [
    "This story is republished under a Creative Commons licence (CC BY-ND 4.0). You may share it with credit.",
    "This article was first published by the Coastal Voice and is reproduced here under a Creative Commons licence.",
    "Republished with permission. All rights belong to the original publisher.",
    "Dieser Artikel erscheint unter einer Creative-Commons-Lizenz und darf mit Quellenangabe weiterverbreitet werden.",
    "Cet article est republié sous licence Creative Commons. Vous pouvez le reproduire en citant la source.",
    "Este artículo se publica bajo una licencia Creative Commons y puede reproducirse citando la fuente.",
    "Questo articolo è pubblicato con licenza Creative Commons: può essere ripubblicato citando la fonte.",
    "Este texto é republicado sob uma licença Creative Commons e pode ser reproduzido com crédito.",
    "Text on this site is available under a Creative Commons Attribution licence; other terms may apply.",
    "本文采用知识共享许可协议，转载请注明出处。",
    "Licensed under CC BY 4.0.",
    "Republish this story",
]


@pytest.mark.parametrize("note", LICENCE_NOTES)
def test_a_licence_note_under_the_text_ends_it(note: str) -> None:
    assert is_licence_note(note)
    assert _body(note)[-1] == LAST


METHOD_NOTES = [
    ("How we did this", "We counted every crossing the ferry company logged between 2025 and 2030."),
    ("About the data: The figures come from the harbour authority's yearly reports, adjusted for inflation.",),
    ("Methodology: We asked 1,200 residents by phone in February; the margin of error is three points.",),
    ("So haben wir recherchiert", "Wir haben alle Fahrten der Fähre seit 2025 ausgewertet und verglichen."),
    ("Méthodologie : les chiffres proviennent des rapports annuels du port, corrigés de l'inflation.",),
    ("Cómo lo hicimos", "Analizamos todos los trayectos del ferry desde 2025 y los comparamos con el ayuntamiento."),
    ("Nota metodologica: i dati vengono dai bilanci del porto, corretti per l'inflazione.",),
    ("Sobre os dados", "Os números vêm dos relatórios anuais do porto, corrigidos pela inflação."),
    ("This analysis is based on the ferry company's own logs of every crossing between 2025 and 2030.",),
    ("Diese Auswertung basiert auf den Jahresberichten der Hafenbehörde von 2025 bis 2030.",),
    ("Come abbiamo lavorato", "Abbiamo contato tutte le corse del traghetto dal 2025 al 2030."),
    ("調査方法", "2025年から2030年までのフェリーの運航記録をすべて集計した。"),
]


@pytest.mark.parametrize("note", METHOD_NOTES)
def test_a_note_on_method_under_the_text_ends_it(note: tuple[str, ...]) -> None:
    assert is_method_note(note[0])
    assert _body(*note)[-1] == LAST


MORE_STORY = "The ferry company said on Monday that fares would rise in April as the price of fuel climbed again."


# Offers of the story for reuse that name no rights nor a licence (review-parser I3: the rights words carried,
# offers in other words did not); each language's own wording, invented here
REUSE_OFFERS = [
    "You are free to republish this piece online or in print, as long as you credit the Ledger and link back.",
    "Feel free to share our reporting: every story here may be reprinted with attribution.",
    "Want to run this story? Newsrooms may reprint it at no cost; see our guidelines.",
    "Sie dürfen diesen Text unter Nennung der Quelle frei übernehmen.",
    "Vous pouvez reprendre gratuitement cet article en citant la source.",
    "Puede republicar este artículo de forma gratuita citando la fuente.",
    "Puoi ripubblicare gratuitamente questo articolo citando la fonte.",
    "Você pode republicar esta reportagem gratuitamente, desde que cite a fonte.",
    "この記事は出典を明記すれば自由に転載できます。",
]


@pytest.mark.parametrize("note", REUSE_OFFERS)
def test_an_offer_of_the_story_for_reuse_under_the_text_ends_it(note: str) -> None:
    assert not names_rights(note)
    assert _body(note, "", MORE_STORY)[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum said it would reprint the old harbour maps this spring, and that visitors may buy copies.",
        "This article was reprinted in the Harbour Review in 2030.",  # where the article ran: its own note
        "Both papers may republish the letters, a judge ruled on Monday, but only with the writers' consent.",
    ],
)
def test_a_sentence_on_reprinting_something_else_is_text(sentence: str) -> None:
    assert not is_licence_note(sentence)


# Notes on method in wordings no list of labels holds (review-parser I3): told by what they say of the story
# itself, a heading or label of their own, or none.
METHOD_NOTES_BY_SHAPE = [
    (
        "Behind the numbers",
        "We went through 3,400 berth bookings logged by the port office and matched each to a crossing.",
    ),
    ("To report this story, the Ledger examined eleven years of pier inspection records and interviewed 22 dockers.",),
    ("For this article, reporters pored over the harbour board's minutes from 2019 to 2031.",),
    ("The tally: We compiled the crossing counts from the operator's weekly sheets, leaving out cancelled sailings.",),
    ("Unsere Zahlen", "Für die Auswertung haben wir 4.100 Anlegeprotokolle des Hafenamts gesichtet und abgeglichen."),
    ("Pour cette enquête, la rédaction a épluché onze ans de rapports d'inspection des quais.",),
    ("Coulisses", "Nous avons rapproché 3 400 réservations de quai des traversées enregistrées par le port."),
    ("Para este reportaje se revisaron once años de actas de la junta del puerto.",),
    ("Detrás de las cifras", "Revisamos 3.400 reservas de atraque de la capitanía y las cruzamos con los horarios."),
    (
        "Dietro i numeri",
        "Abbiamo confrontato 3.400 prenotazioni di ormeggio della capitaneria con gli orari del traghetto.",
    ),
    (
        "Por trás dos números",
        "Cruzamos 3.400 reservas de atracação registradas pela capitania com os horários da balsa.",
    ),
    ("本文数据来自港务局2019年至2031年的年度报告。",),
    ("The berth counts in this analysis come from the harbour office's weekly logs, without cancelled sailings.",),
]


@pytest.mark.parametrize("note", METHOD_NOTES_BY_SHAPE)
def test_a_note_on_method_in_a_new_wording_under_the_text_ends_it(note: tuple[str, ...]) -> None:
    """No label list knows these words (is_method_note: no); what they say of the story does."""
    assert not is_method_note(note[0])
    assert _body(*note)[-1] == LAST


@pytest.mark.parametrize(
    "last",
    [
        # a blog's closing words on itself: no matter of a method
        "In this article we looked at three ways to keep a wooden hull dry through a wet winter, and their costs.",
        # the story's last sentence names other people's figures, and how they were made
        "Harbour officials said the figures in this report were compiled by an outside firm and checked twice.",
        # reported speech
        "“We reviewed every record the port gave us for this story,” the auditor said, “and found nothing missing.”",
        # the newsroom's own last words in the text: no matter of a method
        "The ferry's crews said they had heard nothing of the new timetable, and the company did not answer our "
        "questions about it before this story was published.",
        # the text's own last sentence on where its figures come from (review-parser W3): no label, no heading,
        # no purpose clause, no "we": nothing sets it apart from the text
        "These figures come from the harbour office's yearly bulletin, which has been printed every spring since 1990.",
        "Estos datos proceden del boletín anual de la capitanía, que se publica cada primavera desde 1990.",
        "Queste cifre provengono dal bollettino annuale della capitaneria, pubblicato ogni primavera dal 1990.",
        "Diese Zahlen stammen aus dem Jahresbericht des Hafenamts, der seit 1990 jeden Frühling erscheint.",
    ],
)
def test_the_texts_own_last_words_are_no_note_on_method(last: str) -> None:
    assert not tells_its_making(last)
    assert _body(last)[-1] == last


def test_a_data_storys_own_we_in_its_text_does_not_end_it() -> None:
    """A data story says "we collected ..." under a crosshead in its text; more text follows: not a note."""
    section = (
        "What the ledgers show",
        "We collected 1,146 crossing logs from the port's archive for the years 2019 to 2030.",
    )
    body = _body(*section, "", TOLLBY_1, "", TOLLBY_2, "", TOLLBY_3)
    assert body[-1] == TOLLBY_3


@pytest.mark.parametrize(
    "note",
    [
        "About the author: Mara Lindqvist covers transport and the harbour for the Ledger.",
        "Über den Autor: Mara Lindqvist schreibt über Verkehr und Häfen.",
        "À propos de l'auteure : Mara Lindqvist couvre les transports pour le journal.",
        "Sobre la autora: Mara Lindqvist escribe sobre transporte y puertos.",
    ],
)
def test_a_labelled_note_on_the_writer_under_the_text_ends_it(note: str) -> None:
    """The real labels end the text before a box headed by a label on the author."""
    assert is_site_note(note)
    assert _body(note)[-1] == LAST


@pytest.mark.parametrize(
    "note",
    [
        "Mara Lindqvist is a marine historian and the author of two books on the harbour.",  # a guest writer
        "This essay was reprinted in the Harbour Review.",  # the article's own note: no rights named
        "Correction, March 14, 2031: An earlier version of this story gave the wrong date for the opening.",
    ],
)
def test_the_articles_own_notes_and_a_plain_note_on_its_writer_stay(note: str) -> None:
    """What the real labels keep under the text: a sentence on a guest writer printed right under it (a
    trade outside the newsroom), where the article was reprinted, a correction."""
    assert not is_site_note(note)
    assert _body(note)[-1] == note


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council renewed the ferry company's licence for five years, and the company said it would share "
        "the cost of the new pier with the harbour board.",
        "Methods of payment on the ferry will change in May, the company said.",
        "The report is based on interviews with 40 ferry workers and was published by the union in March.",
        "The Creative Commons foundation said on Monday that it would move its offices to Lindhaven next year.",
        "“We were given permission to reproduce the old maps,” the museum's director said.",
    ],
)
def test_the_storys_own_sentences_on_licences_and_methods_are_text(paragraph: str) -> None:
    assert not is_site_note(paragraph)
    assert _body(paragraph)[-1] == paragraph


_SECTION = ("What comes next", "The harbour board meets again in the autumn to choose the painters.")


@pytest.mark.parametrize(
    "block",
    [
        ("Mara Lindqvist", "Transport reporter"),
        ("Mara Lindqvist", "Redakteurin für Verkehr und Häfen"),
        ("Mara Lindqvist", "Transport reporter", "Mara Lindqvist has written about the harbour since 2024."),
    ],
)
def test_a_closing_section_over_the_writers_block_is_the_texts(block: tuple[str, ...]) -> None:
    """A heading and one sentence closing the text, then the writer's name and job: the writer's block ends
    the text as a credit would, so the closing section is the text's (review-parser F2)."""
    assert _body(*block, section=_SECTION)[-1] == _SECTION[1]


_OTHER_STORY = (
    "The ferry company said on Monday that fares would rise in April as the cost of fuel climbed for a third "
    "month in a row."
)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a reporter who covers the harbour.",
        "Ana Ruiz es periodista y cubre el puerto de Lindhaven desde 2015.",
        "Ole Roth ist Redakteur im Ressort Verkehr und schreibt über Häfen.",
        "Marie Dupont est journaliste au service régional depuis 2019.",
        "Giulia Bassi è giornalista della redazione di Lindhaven dal 2018.",
        "Rita Sousa é jornalista e escreve sobre o porto desde 2016.",
    ],
)
def test_a_staff_writers_note_in_any_common_language_ends_the_text(bio: str) -> None:
    """A note on a writer of the newsroom right under the text is the site's (the real labels end the text
    before a correspondent's note; staff_notes.py), and so is what follows it: in each common language."""
    assert _body(bio)[-1] == LAST
    assert _body(bio, _OTHER_STORY)[-1] == LAST


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a harbour pilot and the author of a guide to the northern lighthouses.",
        "Ana Ruiz es historiadora y profesora de la universidad de Lindhaven.",
    ],
)
def test_a_guest_writers_note_in_any_common_language_is_the_texts_last(bio: str) -> None:
    """A bio of a writer from outside the newsroom right under the text is its last paragraph (the real
    labels' convention), and nothing after it is (another story's paragraph under it is not the text's)."""
    assert _body(bio)[-1] == bio
    assert _body(bio, _OTHER_STORY)[-1] == bio


# Notes on the writer in wordings the copula patterns do not hold, under a text with no byline above it
BIOS_BY_SHAPE = [
    "Tomasz Wierzba covers shipping and the port's unions for the paper.",
    "Tomasz Wierzba joined the newsroom in 2027 after six years at a regional radio station.",
    "Tomasz Wierzba has been the Ledger's port correspondent since 2024.",
    "Tomasz Wierzba lives in Lindhaven and writes about the sea.",
    "Tomasz Wierzba works on the newspaper's data team.",
    "Henrike Vosskamp verantwortet das Ressort Wirtschaft.",
    "Aurélien Mabille a rejoint la rédaction en 2021.",
    "Inmaculada Serrat se incorporó a la redacción en 2020.",
    "Gianmarco Ferrini si occupa di trasporti e porti per il quotidiano.",
    "Joana Brandão integra a redação desde 2019.",
    # a beat, a field of news, as the verb's object (review-parser W6)
    "Tomasz Wierzba has written about shipping and energy since 2016.",
    "Henrike Vosskamp schreibt seit 2018 über Wohnen und Verkehr.",
    "Inmaculada Serrat cubre sanidad y educación en la comarca.",
    "Gianmarco Ferrini segue la cronaca del porto dal 2014.",
]


@pytest.mark.parametrize("bio", BIOS_BY_SHAPE)
def test_a_note_on_the_writer_in_a_new_wording_ends_the_text_and_names_its_writer(bio: str) -> None:
    """No byline over the text; the note on its writer (one of the newsroom: they write for a living) right
    under it ends the text, nothing under it is the text's, and it names the writer."""
    head = [line for line in HEAD if not line.startswith("By ")]
    lines = [*head, LEAD, "", MORE, "", LAST, "", bio, "", _OTHER_STORY, *_TRAIL]
    got = extract(lines, title_model=None)
    assert got.body[-1] == LAST
    assert got.author == writer_note_subject(bio) == " ".join(bio.split()[:2]).rstrip(",")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pieter Corrigan told the paper that the ferry would run again in May.",
        "Employee Jo Ng tells the paper that he saw the crane fall from the quay.",
        "Mayor Jane Roe has worked to keep the ferry running through the winter.",
        "Ana Ruiz trabaja en el mercado del puerto desde hace treinta años.",
        # a story's people, their verbs those of a writer's note but no newsroom nor beat (review-parser W4)
        "Maren Holt joined the cooperative in 1987 and has run its post office counter ever since.",
        "Paola Serri si occupa dello sportello postale della cooperativa dal 1990.",
        "Editor Ada Pike, 17, covers council meetings for the school paper and hopes to study law.",
        "Ivo Brandt has run the lifeboat station's front desk since it opened in 2019.",
        "Anna Berg wrote about her health in a blog she kept while the ferry was out of service.",
    ],
)
def test_a_sentence_of_the_text_opening_on_a_name_is_no_note_on_a_writer(sentence: str) -> None:
    assert writer_note_subject(sentence) is None
    assert _body(sentence, "", _OTHER_STORY)[-1] == _OTHER_STORY


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at each "|" outside groups and classes)."""
    found, depth, in_class, start, k = [], 0, False, 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            found.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*found, pattern[start:]]


# (those in CJK scripts match no ASCII line)
_RIGHTS_WAYS = [re.compile(way, _RIGHTS_RE.flags) for way in _alternatives(_RIGHTS_RE.pattern) if way[:1].isascii()]


@given(st.sampled_from(_RIGHTS_WAYS).flatmap(lambda way: st.from_regex(way, alphabet=st.characters(max_codepoint=127))))
def test_every_ascii_match_of_the_rights_words_holds_one_of_their_parts(text: str) -> None:
    """is_licence_note tells an ASCII line without any of _RIGHTS_PARTS from a note without the pattern's
    search: every way the pattern matches (each of its alternatives, any case, any text around it) holds one."""
    assert _RIGHTS_RE.search(text) is not None
    assert any(part in text.lower() for part in _RIGHTS_PARTS)


# Letters of the lines names_rights is asked about: ASCII, every other letter of the pattern (accents, CJK,
# kana) and the capitals of its accented letters, a curly quote, and the letters IGNORECASE matches to an ASCII
# one ("ı", "İ", "ſ", the Kelvin sign) or to one another ("Σσς")
_PATTERN_LETTERS = sorted({ch for ch in _RIGHTS_RE.pattern if not ch.isascii()} | set("ÉÇÃÓ"))
_LINE_LETTERS = st.characters(max_codepoint=127) | st.sampled_from([*_PATTERN_LETTERS, *"’“ıİſ\u212aΣσς"])
_ALL_WAYS = [re.compile(way, _RIGHTS_RE.flags) for way in _alternatives(_RIGHTS_RE.pattern)]


@given(
    st.text(_LINE_LETTERS, max_size=12),
    st.sampled_from(_ALL_WAYS).flatmap(lambda way: st.from_regex(way, alphabet=_LINE_LETTERS)),
    st.text(_LINE_LETTERS, max_size=12),
)
def test_names_rights_answers_as_the_rights_pattern_does(before: str, way: str, after: str) -> None:
    """names_rights tries _RIGHTS_RE only where a piece of it stands: the same answer as the pattern's search
    over the line, for a match of each of its ways (any case, any letters around it) and for the letters around
    it alone. Fails with a piece left out, "creative" not counted before "commons", or a line with a letter
    lower() keeps apart from its ASCII partner not searched whole."""
    for text in (before + way + after, before + after, way):
        assert names_rights(text) == (_RIGHTS_RE.search(text) is not None), text


@given(
    st.sampled_from(_alternatives(_COMMONS_RE.pattern)).flatmap(
        lambda way: st.from_regex(re.compile(way, re.I), alphabet=_LINE_LETTERS)
    )
)
def test_every_match_of_the_commons_words_is_one_of_the_rights_words(text: str) -> None:
    """is_licence_note asks _COMMONS_RE only of a line that names rights."""
    assert _COMMONS_RE.search(text) is not None
    assert _RIGHTS_RE.search(text) is not None


_JA = [
    "港町リンドハーフェンの市議会は火曜日、新しい港湾橋を春に開通させると発表し、工事費が計画承認時から三分の一増えたことも明らかにした。",
    "技術者によると、橋は一月に荷重試験に合格したが、鋼鉄のアーチの塗装は開通後も数週間続くという。住民の多くは工事の終わりを待ち望んでいる。",
    "市の統計データによると、フェリーの利用者は工事の二年間で四割増えた。市は利用者の声を集めて今後の計画に生かすとしている。",
    "橋の近くに住む人々は、二年間フェリーだけが対岸への手段だったと振り返り、工事がほぼ終わったことを喜んでいると話した。",
    "市は開通式を四月に予定しており、当日は橋の上で地元の合唱団が歌を披露する。式典には周辺の町からも多くの人が訪れる見込みだ。",
]


def test_a_two_character_mark_inside_a_japanese_text_is_no_heading_over_a_note() -> None:
    """An ad's mark ("広告") between two paragraphs of a Japanese text, the paragraph under it on figures and
    their source: the text goes on under it (review-parser W3: two CJK paragraphs under a note are text)."""
    lines = [*HEAD, _JA[0], "", _JA[1], "", "広告", "", _JA[2], "", _JA[3], "", _JA[4], *_TRAIL]
    assert extract(lines, title_model=None).body[-1] == _JA[4]


@pytest.mark.parametrize(
    "line",
    [
        "Tomasz Wierzba, port reporter",
        "Tomasz Wierzba | Port reporter",
        "Henrike Vosskamp · Redakteurin Lokales",
        "Aurélien Mabille — journaliste au service économie",
        "Inmaculada Serrat, redactora de Economía",
    ],
)
def test_the_writers_name_and_job_on_one_line_under_the_text_end_it(line: str) -> None:
    """A writer's line under the text, then another story's paragraph: the text ends over the line."""
    assert writers_line(line)
    assert _body(line, "", MORE_STORY)[-1] == LAST


@pytest.mark.parametrize("line", ["Jo Ng, 34, teacher", "Harbour Ledger | News", "Ferry fares, explained"])
def test_a_line_of_a_name_and_no_writers_job_is_no_writers_line(line: str) -> None:
    assert not writers_line(line)
