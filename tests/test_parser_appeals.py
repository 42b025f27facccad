"""A site's appeal to its reader under the text (subscribe, give, join, follow, write in) ends it, in several
languages; the story's own sentences with the same words stay its text (made-up pages: the wording was written
for these tests)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.parser.appeals import is_appeal
from tuiarchive.parser.extract import extract

_FOOTER = ["", "\u00a9 2031 Harbour Ledger", "Privacy", "Contact"]

APPEALS = [
    "Reporting from the docks takes time and money. Please think about becoming a member today.",
    "Keep this newsroom afloat: a small monthly gift from readers like you pays for our reporters.",
    "Seen something on the quays we should know about? Send it to harbour-desk@ledger.example.",
    "Mit einem Abo sichern Sie unabh\u00e4ngige Berichte aus dem Hafen.",
    "Haben Sie Fragen zum Thema? Schreiben Sie uns eine Nachricht.",
    "Rejoignez nos abonn\u00e9s et recevez chaque semaine le meilleur de nos enqu\u00eates.",
    "Colabora con nosotros: suscr\u00edbete y ayuda a que sigamos contando lo que pasa en el puerto.",
    "Abbonati per leggere tutte le inchieste della nostra redazione.",
    "Assine j\u00e1 e tenha acesso a todas as reportagens do nosso jornal.",
    "Word ook abonnee en lees onbeperkt al onze verhalen uit de haven.",
    "Volg ons ook op Instagram voor foto's van de haven.",
]


def _body(*paragraphs: str, trailer: list[str] = _FOOTER) -> list[str]:
    lines = list(HEAD)
    for p in paragraphs:
        lines += [p, ""]
    return extract(lines + trailer, title_model=None).body


@pytest.mark.parametrize("appeal", APPEALS)
def test_an_appeal_under_the_text_ends_it(appeal: str) -> None:
    assert is_appeal(appeal)
    assert _body(LEAD, MORE, LAST, appeal)[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow the coastal path north for an hour and the new bridge comes into view above the rooftops.",
        "\u201cWe need your support before the vote,\u201d the harbour master told the crowd on the quay.",
        "The club said its members would vote on the new fees in May, and that the ferry would carry them free.",
        "Die Stadt unterst\u00fctzt den Bau mit zwei Millionen Euro aus dem Haushalt.",
        "Les abonn\u00e9s du ferry paieront le m\u00eame prix jusqu'en juin, a pr\u00e9cis\u00e9 la mairie.",
        "Oskar Brandvik's guide to the lighthouses is out in May. Follow him and us on Instagram for more.",
    ],
)
def test_a_story_sentence_with_an_appeals_words_is_no_appeal(sentence: str) -> None:
    """An imperative of a walk's directions, a quote, a club's members, a town's support, ferry subscribers, a
    note on the writer's book (the real labels keep it as the text's)."""
    assert not is_appeal(sentence)


def test_an_appeal_between_paragraphs_of_the_text_does_not_end_it() -> None:
    """A box in the middle of the text: the text goes on under it."""
    appeal = "Abbonati per leggere tutte le inchieste della nostra redazione."
    assert _body(LEAD, appeal, MORE, LAST)[-1] == LAST


@pytest.mark.parametrize(
    ("line", "appeal"),
    [
        ("Follow the harbour desk on Instagram for pictures from the quays.", True),
        ("Follow the harbour desk for pictures from the quays.", False),
        ("Timetable questions go to ferry-desk@ledger.example.", False),
        ("Send your timetable questions to ferry-desk@ledger.example.", True),
    ],
)
def test_an_appeal_told_without_the_site_or_the_reader_named(line: str, appeal: bool) -> None:
    """Neither the site nor the reader spoken of: only a word of following with a network's name (or an
    address) makes an appeal; an address alone, or following with nowhere to follow, does not."""
    assert is_appeal(line) is appeal


OFFERS = [
    "Get the harbour's headlines in your inbox before breakfast, every morning.",
    "Download our free app for the ferry times and the tide tables.",
    "Die wichtigsten Nachrichten vom Hafen jeden Abend in Ihrem Postfach.",
    "Laden Sie jetzt die kostenlose App unserer Redaktion herunter.",
    "Recevez chaque soir l\u2019essentiel de l\u2019actualit\u00e9 du port.",
    "Descarga gratis nuestra aplicaci\u00f3n y no te pierdas nada del puerto.",
    "Ricevi ogni settimana il meglio delle notizie dal porto nella tua casella.",
    "Receba todos os dias as not\u00edcias do porto no seu e-mail.",
    "Het havennieuws iedere ochtend in je mailbox.",
]
SUPPORT = [
    "Stories from the docks take weeks to report. Chip in to keep them free for everyone.",
    "Cubrir el puerto cuesta dinero. Apoya el periodismo local independiente.",
    "Raccontare il porto costa. Sostieni il giornalismo locale.",
    "Apoie o jornalismo local: cada contributo conta.",
    "Steun onafhankelijke journalistiek uit de haven.",
]


@pytest.mark.parametrize("offer", OFFERS + SUPPORT)
def test_a_newsletter_an_app_or_a_plea_for_journalism_under_the_text_ends_it(offer: str) -> None:
    """An offer delivered to the reader (an imperative of receiving or downloading; the reader's inbox and a
    period), a plea to support journalism, said in any common language, with no "our" or "you" needed."""
    assert is_appeal(offer)
    assert _body(LEAD, MORE, LAST, offer)[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "You can watch the ferries come in every morning from the end of the pier.",
        "Get there early: the market on the quay sells out of fish by nine, the stallholders said.",
        "The council will send every household an email about the new bins, a spokesman said.",
        "Der Verein unterst\u00fctzt seit Jahren den Journalismus an den Schulen der Stadt.",
        "Cada ma\u00f1ana llegan al puerto cuatro barcos con pescado de la costa.",
    ],
)
def test_a_story_sentence_with_an_offer_s_words_is_no_appeal(sentence: str) -> None:
    """ "You" and a period, an imperative of directions, an email in reported speech, journalism spoken of:
    the story's."""
    assert not is_appeal(sentence)


def test_a_long_paragraph_offering_a_guide_is_the_blogger_s_own() -> None:
    """A newsletter's or an app's offer is one short sentence; a paragraph that offers the writer's own guide at
    length, its title and what it holds, stays the text (the labelled blogs keep it)."""
    offer = (
        "Receive in your inbox our free guide \u201cTen Walks Along the Old Harbour\u201d, a complete booklet with "
        "maps, tide tables and the stories of every quay we walked this year for the blog. Click here to get it."
    )
    assert not is_appeal(offer)


@pytest.mark.parametrize(
    "appeal",
    [
        "Nobody pays us to cover the docks. If our reporting helps you, please give what you can.",
        "Diese Seite bleibt frei lesbar. Wenn Ihnen unsere Arbeit hilft, geben Sie, was Ihnen m\u00f6glich ist.",
        "Hai visto qualcosa al porto? Scrivi alla redazione del tuo giornale: porto@ledger.example",
        "Il tuo aiuto tiene aperta la redazione del porto. Contribuisci anche tu.",
        "Ningu\u00e9m nos paga para contar o que se passa no porto. Contribua para o nosso jornalismo.",
    ],
)
def test_giving_asked_for_the_site_s_work_ends_the_text(appeal: str) -> None:
    """Giving asked with "please" before its verb, a giving verb of any kind with the site's work named, the
    Italian reader's "tuo" beside an address, "contribute" as an imperative (benchmarks/body_end_shapes)."""
    assert is_appeal(appeal)
    assert _body(LEAD, MORE, LAST, appeal)[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Please give the ropes a good pull before you tie up at the quay.",
        "Give the engine ten minutes to warm up on a cold morning.",
        "Il tuo biglietto vale per tutta la giornata sul traghetto.",
        "Our reporting in March found that the harbour fees had doubled.",
    ],
)
def test_a_giving_verb_without_the_site_s_work_is_no_appeal(sentence: str) -> None:
    assert not is_appeal(sentence)


def test_a_contribution_asked_for_the_site_s_reporters_is_an_appeal() -> None:
    appeal = "Harbour news stays free because of readers like you. Help our reporters with a small contribution."
    assert is_appeal(appeal)
    assert _body(LEAD, MORE, LAST, appeal)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "Las noticias del puerto viven de sus lectores. Si puedes, ay\u00fadanos con un euro.",
        "Quality reporting from the docks costs money.",
        "Escr\u00edbenos si viste algo en el muelle.",
    ],
)
def test_help_asked_by_the_site_its_work_s_cost_and_an_us_imperative_are_appeals(line: str) -> None:
    assert is_appeal(line)


@pytest.mark.parametrize(
    "line",
    ["Buenos vecinos ayudaron a sacar las barcas del agua.", "Help the children carry the nets to the quay."],
)
def test_a_story_s_help_is_no_appeal(line: str) -> None:
    assert not is_appeal(line)


def test_the_newsroom_named_beside_its_address_is_the_site_s_line() -> None:
    """A tip line that names the newsroom and gives its address, no "us" nor "our" ("La redacción lee ...")."""
    tip = "\u00bfViste algo en el muelle? La redacci\u00f3n atiende cada aviso en muelle@ledger.example"
    assert is_appeal(tip)
    assert _body(LEAD, MORE, LAST, tip)[-1] == LAST
    assert not is_appeal("The newsroom moved to the old customs house in May.")
