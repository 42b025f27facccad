"""A paywall under the paragraphs a site lets through, in the common languages (paywalls.py): the text ends
over its first line, and a last paragraph the wall broke off mid-sentence is still the text's; and over a note
that the text appeared in the printed edition (stamps.is_print_stamp). Made-up pages:
every line was written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.paywalls import is_paywall_line
from tuiarchive.parser.stamps import is_correction_note, is_print_stamp

_STORY = {
    "de": (
        ["Wellenblick", "Startseite", "Region", "", "Die F\u00e4hre nach Osterholm f\u00e4hrt wieder",
         "Von Ilka Brandt", "2. Mai 2031", ""],
        "Nach drei Monaten in der Werft ist die kleine F\u00e4hre nach Osterholm seit Montag wieder im Dienst, mit "
        "einem neuen Motor und einem Deck, auf dem nun auch Fahrr\u00e4der Platz finden.",
        "Die Gemeinde hatte lange \u00fcberlegt, ob sich die Reparatur lohnt, und am Ende mit einer knappen "
        "Mehrheit f\u00fcr das alte Schiff gestimmt, das seit",
    ),
    "es": (
        ["La Gaceta del Faro", "Portada", "Local", "", "El transbordador de la isla vuelve a navegar",
         "Por Nuria Caballero", "2 de mayo de 2031", ""],
        "Despu\u00e9s de tres meses en el astillero, el peque\u00f1o transbordador de la isla volvi\u00f3 el lunes "
        "al servicio con un motor nuevo y una cubierta donde ahora caben tambi\u00e9n las bicicletas.",
        "El ayuntamiento dud\u00f3 mucho tiempo si val\u00eda la pena la reparaci\u00f3n y al final vot\u00f3 por "
        "una mayor\u00eda estrecha a favor del viejo barco, que lleva",
    ),
    "it": (
        ["Il Corriere del Molo", "Home", "Cronaca", "", "Il traghetto per l'isola torna in servizio",
         "Di Sara Montanari", "2 maggio 2031", ""],
        "Dopo tre mesi in cantiere, il piccolo traghetto per l'isola \u00e8 tornato luned\u00ec in servizio con un "
        "motore nuovo e un ponte dove adesso trovano posto anche le biciclette.",
        "Il comune ha discusso a lungo se la riparazione valesse la spesa e alla fine ha votato con una "
        "maggioranza stretta per la vecchia nave, che da quarant'anni \u2026",
    ),
    "nl": (
        ["De Havenpost", "Home", "Regio", "", "Veerboot naar het eiland vaart weer", "Door Femke Dekker",
         "2 mei 2031", ""],
        "Na drie maanden op de werf is de kleine veerboot naar het eiland sinds maandag weer in de vaart, met een "
        "nieuwe motor en een dek waar nu ook fietsen op passen.",
        "De gemeente twijfelde lang of de reparatie de moeite waard was en stemde uiteindelijk met een kleine "
        "meerderheid voor het oude schip, dat al sinds",
    ),
}  # fmt: skip
_WALLS = {
    "de": [
        "Dieser Beitrag ist Abonnenten vorbehalten.",
        "Nur mit Abo weiterlesen",
        "Sie haben bereits ein Abo? Hier anmelden",
        "Jetzt testen",
    ],
    "es": ["Esta noticia es solo para suscriptores.", "Hazte suscriptor por 2 \u20ac al mes", "Iniciar sesi\u00f3n"],
    "it": [
        "Questo contenuto \u00e8 disponibile solo per gli abbonati.",
        "Abbonati ora: il primo mese a 1 \u20ac",
        "Accedi",
    ],
    "nl": [
        "Dit stuk is voorbehouden aan abonnees.",
        "Lees verder met een abonnement",
        "Al abonnee? Log hier in",
        "Word abonnee",
    ],
}
_GOES_ON = {
    "de": " 1991 f\u00e4hrt.",
    "es": " cuarenta a\u00f1os en el agua.",
    "it": " collega il molo.",
    "nl": " 1988 vaart.",
}
_FOOT = ["", "Meer", "Contact", "\u00a9 2031"]


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_the_text_ends_over_a_paywall_and_keeps_the_paragraph_it_broke_off(lang: str) -> None:
    head, first, cut = _STORY[lang]
    body = extract([*head, first, "", cut, "", *_WALLS[lang], *_FOOT], title_model=None).body
    assert body == [first, cut]


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_the_text_ends_over_a_paywall_under_a_whole_paragraph(lang: str) -> None:
    head, first, cut = _STORY[lang]
    whole = cut.rstrip(" \u2026") + _GOES_ON[lang]
    body = extract([*head, first, "", whole, "", *_WALLS[lang], *_FOOT], title_model=None).body
    assert body == [first, whole]


@pytest.mark.parametrize(
    "line",
    [
        "Die Zeitung hat nach eigenen Angaben nur noch 9.000 Abonnenten, sagte der Verleger.",
        "Solo il 12 per cento degli abbonati ha rinnovato il contratto del gas quest'anno.",
        "\u00abS\u00f3lo los suscriptores pueden votar\u00bb, explic\u00f3 la presidenta del club.",
        "Het aantal abonnees van de bibliotheek groeide vorig jaar met een kwart tot bijna 4.000 leden.",
    ],
)
def test_a_story_s_sentence_on_subscribers_is_no_paywall(line: str) -> None:
    assert not is_paywall_line(line)


# A note that the text appeared in the paper's printed edition, under its last paragraph (stamps.is_print_stamp)
_PRINT_NOTES = {
    "de": "Dieser Beitrag wurde in der Printausgabe vom 3. Mai 2031 auf Seite 12 ver\u00f6ffentlicht.",
    "es": "Este texto apareci\u00f3 en la edici\u00f3n impresa del s\u00e1bado 3 de mayo.",
    "it": "Questo articolo \u00e8 stato pubblicato sul giornale in edicola il 3 maggio 2031.",
    "nl": "Dit stuk verscheen eerder in de papieren krant van zaterdag.",
}


@pytest.mark.parametrize("lang", sorted(_STORY))
def test_the_text_ends_over_a_note_that_it_appeared_in_print(lang: str) -> None:
    head, first, cut = _STORY[lang]
    whole = cut.rstrip(" \u2026") + _GOES_ON[lang]
    body = extract([*head, first, "", whole, "", _PRINT_NOTES[lang], *_FOOT], title_model=None).body
    assert body == [first, whole]


@pytest.mark.parametrize(
    "line",
    [
        "The story first appeared in the county paper in 1987, the archivist said.",
        "\u201eDer Artikel erschien in der Zeitung vom Montag\u201c, sagte der Sprecher.",
    ],
)
def test_a_story_s_sentence_on_a_paper_is_no_print_note(line: str) -> None:
    assert not is_print_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "You have used up your free articles for this week.",
        "Vous avez d\u00e9j\u00e0 lu tous vos articles gratuits ce mois-ci.",
        "Ya no te quedan noticias gratis este mes.",
        "Ti piacerebbe leggere il resto?",
        "Sie wollen den ganzen Beitrag lesen?",
        "Read everything with a harbour membership and full digital access.",
    ],
)
def test_a_metered_wall_a_question_offering_the_rest_and_a_membership_are_a_paywall(line: str) -> None:
    assert is_paywall_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The library lends free articles of clothing for job interviews every week, the volunteers said.",
        "Did the council read the whole report before the vote?",
    ],
)
def test_a_story_s_free_things_and_questions_are_no_paywall(line: str) -> None:
    assert not is_paywall_line(line)


@pytest.mark.parametrize(
    "note",
    [
        "Changed on 4 May: an earlier version of this story gave the wrong length for the ferry.",
        "Nachtrag vom 4. Mai: In einer fr\u00fcheren Fassung stand ein falscher Abfahrtsort.",
        "4 de maio: uma vers\u00e3o anterior deste texto indicava o cais errado.",
        "Aangepast op 4 mei: in een eerdere versie stond een verkeerde vertrektijd.",
    ],
)
def test_the_text_ends_over_a_note_on_its_earlier_version_under_any_label(note: str) -> None:
    assert is_correction_note(note)
    head, first, cut = _STORY["de"]
    whole = cut.rstrip(" \u2026") + _GOES_ON["de"]
    assert extract([*head, first, "", whole, "", note, *_FOOT], title_model=None).body == [first, whole]


@pytest.mark.parametrize(
    "note",
    [
        "A shorter form of this article ran in print on 3 May 2031, Section B, Page 4.",
        "This article was first published in the Ledger's weekend edition.",
    ],
)
def test_a_print_note_is_the_site_s_whatever_its_wording(note: str) -> None:
    """One convention for every print-edition note (the lead's, the held-out sets'): the site's line."""
    assert is_print_stamp(note)


@pytest.mark.parametrize(
    "note",
    [
        "L'articolo \u00e8 uscito anche sul giornale di domenica.",
        "Der Bericht erschien auch in der Samstagsausgabe.",
        "Het stuk verscheen ook in de krant van zaterdag.",
    ],
)
def test_a_print_note_with_the_piece_as_its_subject_whatever_its_determiner(note: str) -> None:
    """Review W93: the piece's noun opening the note counts as 'this article' does; the story of something
    that appeared in a paper does not."""
    assert is_print_stamp(note)
    assert not is_print_stamp("La storia del traghetto \u00e8 apparsa sul giornale nel 1987.")
