"""Where the text ends over the site's furniture told by its rows in any language (trailer_rows.py): a bar of
social networks' buttons, a list of other stories with a date under each. A short last section of the text
over one (its heading, one sentence) stays the text's. Made-up pages: every line was written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import Page, to_lines
from tuiarchive.parser.staff_notes import is_staff_note
from tuiarchive.parser.trailer_rows import dated_list, furniture_under, network_bar

_HEAD = [
    "Il Faro del Lago",
    "Home",
    "Cronaca",
    "",
    "La piscina comunale riapre dopo due anni di lavori",
    "Di Marta Ferrini",
    "15 maggio 2031",
    "",
]
_TEXT = [
    "La piscina comunale di via dei Tigli riaprir\u00e0 sabato mattina, dopo due anni di lavori che hanno "
    "rifatto le vasche, gli spogliatoi e l'impianto che scalda l'acqua con i pannelli sul tetto.",
    "",
    "Il cantiere \u00e8 costato quasi il doppio di quanto previsto, perch\u00e9 sotto la vasca grande i tecnici "
    "hanno trovato una falda che ha costretto il comune a rifare le fondamenta da capo.",
    "",
    "Orari nuovi",
    "",
]
_LAST = "La vasca esterna rester\u00e0 chiusa fino a giugno per la posa delle piastrelle."
_LAST_SHORT = "Il bar della piscina sar\u00e0 gestito da una cooperativa sociale del quartiere."
_BAR = ["Condividi", "Facebook", "WhatsApp", "Telegram"]
_DATED = [
    "Altro dal quartiere",
    "",
    "Il mercato del sabato torna in piazza",
    "14.05.2031",
    "",
    "Nuove panchine lungo il canale",
    "12.05.2031",
    "",
    "La biblioteca allunga l'orario d'estate",
    "11.05.2031",
]


@pytest.mark.parametrize("under", [_BAR, ["Facebook", "Instagram", "X"], _DATED], ids=["bar", "bare-bar", "dated"])
def test_a_last_section_of_one_sentence_over_the_site_s_rows_is_the_text_s(under: list[str]) -> None:
    page = [*_HEAD, *_TEXT, _LAST, "", *under]
    assert extract(page, title_model=None).body[-1] == _LAST


def _page(lines: list[str]) -> Page:
    return Page(to_lines(lines), "", None, None)


def test_one_network_s_name_alone_is_no_bar_and_one_dated_headline_no_list() -> None:
    assert not furniture_under(_page(["Condividi", "Facebook", "La vasca \u00e8 lunga venticinque metri."]), 0)
    assert network_bar(_page(["Seguici", "Instagram", "YouTube"]), 0)
    assert not furniture_under(_page(["Altro dal quartiere", "Il mercato torna in piazza", "14.05.2031"]), 0)
    assert dated_list(_page(_DATED), 0) and dated_list(_page(_DATED[2:]), 0)


@pytest.mark.parametrize(
    "inside",
    [
        ["Lee tambi\u00e9n: La biblioteca del barrio abre tambi\u00e9n los domingos por la tarde"],
        ["Una grúa levanta las vigas nuevas junto a la vasca.", "Fuente: Iker Ostolaza"],
        ["Quelle: Jonas Brehm", "Ein Kran hebt die neuen Träger über das Becken."],
        ["Um guindaste levanta as vigas novas.", "Fonte: Tiago Alvim"],
    ],
    ids=["card-es", "credit-es", "credit-de", "credit-pt"],
)
def test_a_card_or_a_picture_s_credit_inside_the_text_does_not_end_it(inside: list[str]) -> None:
    """A card on one line under a label of the common languages ("Lee también: ..."), a picture's caption and its
    credit under a label for the source ("Fuente:", "Quelle:", "Fonte:") between the last two paragraphs."""
    page = [*_HEAD, *_TEXT[:4], *inside, "", _LAST_SHORT, "", *_BAR]
    assert extract(page, title_model=None).body[-1] == _LAST_SHORT


NOTES = [
    "Korrektur: In einer fr\u00fcheren Fassung stand ein falsches Datum f\u00fcr die Er\u00f6ffnung.",
    "Rectificatif : une version pr\u00e9c\u00e9dente de cet article se trompait sur la longueur du bassin.",
    "Correcci\u00f3n: una versi\u00f3n anterior daba mal el precio de la entrada.",
    "Correctie: in een eerdere versie stond de verkeerde openingsdatum.",
    "Con reporter\u00eda de Amaia Etxeberri.",
    "Com informa\u00e7\u00f5es de Rui Sampaio.",
    "Je mag dit artikel gratis overnemen, met vermelding van de bron.",
    "Voor dit verhaal spraken we met twintig zwemmers en lazen we de verslagen van de gemeenteraad.",
    "Dit stuk kwam tot stand met steun van een fonds voor onderzoeksjournalistiek.",
    "Esta reportagem teve o apoio de uma bolsa para jornalismo local.",
]
BEATS = [
    "In\u00e8s Garnier couvre l\u2019agriculture pour Le Faro. Elle a grandi au bord du lac.",
    "Chiara Lodi si occupa di nuoto per Il Faro del Lago. Prima insegnava ai bambini.",
    "Tom\u00e1s Ruano cubre la informaci\u00f3n judicial para El Faro. Antes trabaj\u00f3 en la radio.",
]


@pytest.mark.parametrize("note", BEATS)
def test_a_staff_writer_s_beat_under_the_text_is_the_site_s_note(note: str) -> None:
    """A person covering a beat for the paper ("couvre ... pour", "si occupa di ... per", "cubre ... para")."""
    assert is_staff_note(note)
    assert _end_under(note) == _LAST_SHORT


@pytest.mark.parametrize("note", NOTES)
def test_a_site_s_note_under_the_text_in_the_common_languages_ends_it(note: str) -> None:
    """A correction under its label, a "with reporting by" credit, a licence, a note on method, a funding note, in
    the common languages and Dutch: the site's lines under the text, not its last paragraph."""
    assert _end_under(note) == _LAST_SHORT


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit project van de gemeente kwam tot stand met steun van de provincie, zei de wethouder.",
        "Con la reforma, el ayuntamiento quiere que la piscina abra tambi\u00e9n en invierno.",
        "De cijfers komen uit het jaarverslag van de gemeente, dat volgende week verschijnt.",
    ],
)
def test_a_story_s_last_sentence_with_a_note_s_words_stays(sentence: str) -> None:
    """Support in reported speech, "con" opening the story's sentence, figures sourced by the story: the text's."""
    assert _end_under(sentence) == sentence


def _end_under(line: str) -> str:
    page = [*_HEAD, *_TEXT[:4], _LAST_SHORT, "", line, "", *_BAR]
    return extract(page, title_model=None).body[-1]


@pytest.mark.parametrize("label", ["Advertisement", "Pubblicit\u00e0", "Anzeige", "Advertentie"])
def test_an_ad_slot_s_label_over_the_text_s_last_sentence_leaves_no_gap(label: str) -> None:
    """An ad slot's label the reader reads past between two paragraphs is no furniture skipped inside the text: a
    last paragraph of one sentence under it stays the text's."""
    lead = (
        "La piscina comunale riaprir\u00e0 sabato dopo due anni di lavori. Il cantiere \u00e8 costato quasi il doppio "
        "del previsto."
    )
    between = "I bagnini saranno dodici, quattro in pi\u00f9 rispetto all'ultima estate prima della chiusura."
    last = "La vasca esterna rester\u00e0 chiusa fino a giugno per la posa delle piastrelle."
    page = [*_HEAD, lead, "", between, "", label, "", last, "", *_BAR]
    assert extract(page, title_model=None).body[-1] == last


def test_a_label_of_four_words_heads_a_dated_list() -> None:
    """ "Mehr aus der Region" over headlines each with a date under it (TRAILER_LABEL_WORDS, review W77)."""
    rows = [
        "Mehr aus der Region",
        "Das Freibad \u00f6ffnet im Mai",
        "14.05.2031",
        "Neue B\u00e4nke am Kanal",
        "12.05.2031",
    ]
    assert dated_list(_page(rows), 0)


def test_thresholds_names_each_threshold_once() -> None:
    """A name assigned twice in thresholds.py keeps its last value for every reader of the first (review W77)."""
    import ast
    from pathlib import Path

    import tuiarchive.parser.thresholds as thresholds

    tree = ast.parse(Path(thresholds.__file__).read_text(encoding="utf-8"))
    names = [
        t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)
    ]
    names += [
        node.target.id for node in tree.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]
    assert sorted({n for n in names if names.count(n) > 1}) == []


# A video player inside the text (players.video_player_end), and a short last sentence over a list of other
# stories with a section's label over each (body._ad_block: no advertisers' pairs): made up for these tests
_VIDEO = ["Video", "La vasca grande vista dall'alto durante i lavori", "01:48"]
_LABELLED = ["Cronaca", "Il mercato del sabato torna in piazza", "Sport", "Nuove panchine lungo il canale",
             "Cultura", "La biblioteca allunga l'orario d'estate"]  # fmt: skip


def test_a_video_player_between_paragraphs_is_no_gap_in_the_text() -> None:
    quote = "\u00abFinalmente si nuota di nuovo\u00bb, dice il custode."
    page = [*_HEAD, _TEXT[0], "", _TEXT[2], "", *_VIDEO, "", quote, "", "Condividi", "Facebook", "WhatsApp"]
    assert extract(page, title_model=None).body == [_TEXT[0], _TEXT[2], quote]


def test_a_short_last_sentence_over_a_list_with_a_label_over_each_item_is_the_text_s() -> None:
    short = "La piscina apre alle sette."
    page = [*_HEAD, _TEXT[0], "", _TEXT[2], "", short, "", *_LABELLED, "", "Contatti", "\u00a9 2031 Il Faro del Lago"]
    assert extract(page, title_model=None).body[-1] == short


@pytest.mark.parametrize(
    "player",
    [["Guarda", "La vasca grande vista dall'alto", "1:48 min."], ["Video", "Il cantiere in un minuto", "1:02 Min."]],
    ids=["watch-and-length", "length-with-a-dot"],
)
def test_a_video_player_right_under_the_first_paragraph_is_no_gap_in_the_text(player: list[str]) -> None:
    quote = "\u00abFinalmente si nuota di nuovo\u00bb, dice il custode."
    page = [*_HEAD, _TEXT[0], "", *player, "", quote, "", "Condividi", "Facebook", "WhatsApp"]
    assert extract(page, title_model=None).body == [_TEXT[0], quote]


def test_the_site_s_ask_over_a_list_with_a_label_over_each_item_ends_the_text() -> None:
    """Review W90: a line set apart over such a list stays the text's only when it reads as the story's; the
    site's ask for tips ("Cu\u00e9ntanos ...": an imperative with the site's "us" joined to it) does not."""
    ask = "Cu\u00e9ntanos qu\u00e9 ha pasado en tu barrio, sin dar tu nombre."
    page = [*_HEAD, _TEXT[0], "", _TEXT[2], "", ask, "", *_LABELLED, "", "Contatti", "\u00a9 2031 Il Faro del Lago"]
    assert extract(page, title_model=None).body == [_TEXT[0], _TEXT[2]]
