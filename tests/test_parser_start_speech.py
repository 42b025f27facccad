"""A story's short first paragraph that reports what someone said stays the text's start, whatever the verb
(review W81: 6b7453c dropped one whose verb was not in its list of past reporting verbs). Told by shape: a
person's name, a role set by commas after it, a "that"-word or a colon after the name's verb; or the name
after the verb at the sentence's end. Made-up pages: the wording was written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract
from tuiarchive.parser.speech import reports_speech

_REST = [
    "",
    "A third paragraph of the story goes on here with more of what happened, and why it matters to people.",
    "",
    "\u00a9 2031 Valley Courier",
    "Privacy",
]

# (site lines, headline, byline and date, the short first paragraph, a long paragraph repeating the headline)
_PAGES = {
    "it": (
        ["Eco della Valle", "Home", "Cronaca", ""],
        "Il traghetto di Varenna ridotto a tre corse al giorno da marzo",
        ["di Paola Brambilla", "4 marzo 2031"],
        "Dario Colombo, presidente del consorzio dei barcaioli, ha sottolineato che nessuno ha avvisato i comuni.",
        "Da marzo il traghetto di Varenna fara soltanto tre corse al giorno invece di sette, e i comuni della "
        "sponda chiedono che le corse del mattino tornino subito, prima dell'arrivo dei turisti.",
    ),
    "en": (
        ["Valley Courier", "Home", "News", ""],
        "Ferry to Corby Island cut to three crossings a day from March",
        ["By Nell Arkwright", "4 March 2031"],
        "Owen Tatlock, who chairs the island's boat owners, explained that nobody had warned the parish.",
        "From March the ferry to Corby Island will make only three crossings a day instead of seven, and island "
        "families want the early crossings back before the summer visitors arrive on the island.",
    ),
    "de": (
        ["Talbote", "Startseite", "Lokales", ""],
        "Fähre nach Wernsau ab März nur noch dreimal am Tag",
        ["Von Jana Lindqvist", "4. März 2031"],
        "Rolf Hattinger, Sprecher der Bootsbesitzer, hat betont, dass niemand die Gemeinde gewarnt habe.",
        "Ab März fährt die Fähre nach Wernsau nur noch dreimal am Tag statt siebenmal, und die Gemeinde fordert, "
        "dass die Fahrten am frühen Morgen vor der Saison der Urlauber wieder aufgenommen werden.",
    ),
    "fr": (
        ["L'Écho du Lac", "Accueil", "Région", ""],
        "Le bac de Sarlieu réduit à trois traversées par jour dès mars",
        ["Par Odile Vasseur", "4 mars 2031"],
        "Le maire de Sarlieu a expliqué : « personne ne nous a prévenus », selon le conseil municipal.",
        "Dès mars, le bac de Sarlieu ne fera plus que trois traversées par jour au lieu de sept, et les "
        "habitants de Sarlieu demandent le retour des traversées du matin avant l'arrivée des vacanciers.",
    ),
    "es": (
        ["Diario del Valle", "Portada", "Local", ""],
        "El transbordador de Murel pasa a tres viajes al día desde marzo",
        ["Por Lucía Ferrándiz", "4 de marzo de 2031"],
        "Nadie avisó a los vecinos del cambio, lamentó Tomás Requena, portavoz de los barqueros.",
        "Desde marzo el transbordador de Murel hará solo tres viajes al día en lugar de siete, y los vecinos "
        "de Murel piden que vuelvan los viajes de la mañana antes de que lleguen los turistas del verano.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_a_short_first_paragraph_reporting_speech_is_the_start(lang: str) -> None:
    """ "<Name>, <role>, <any verb> that ..." (or the name after the verb) over a long paragraph that tells more of
    the headline's words: the first paragraph is the story's, no standfirst."""
    site, title, header, first, second = _PAGES[lang]
    lines = [*site, title, *header, "", first, "", second, *_REST]
    assert extract(lines, title_model=None).body[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Dario Colombo, presidente del consorzio, ha sottolineato che nessuno ha avvisato i comuni.",
        "Owen Tatlock explained that nobody had warned the parish.",
        "Rolf Hattinger, Sprecher der Bootsbesitzer, hat betont, dass niemand gewarnt habe.",
        "Marie Dupont a rappelé qu'aucun élu n'avait été consulté.",
        "Nobody warned the parish, insisted Owen Tatlock, who chairs the boat owners.",
        "Nadie avisó a los vecinos, lamentó Tomás Requena.",
        "Rolf Hattinger hat es so gesagt: niemand hat die Gemeinde gewarnt.",
        "Joost de Wit, woordvoerder van de bootbezitters, benadrukte dat niemand de gemeente had gewaarschuwd.",
    ],
)
def test_speech_by_its_shape(text: str) -> None:
    assert reports_speech(text)


@pytest.mark.parametrize(
    "text",
    [
        "Boat owners fear the cut will empty the island's shops; the company blames a lack of crews.",
        "Un vendedor recoge su puesto en el mercado el sábado.",
        "Dario Colombo, presidente del consorzio, al porto di Varenna.",
        "Les élus dénoncent une décision brutale ; la compagnie évoque un manque de candidats.",
        "The ferry leaves Corby Island at dawn, watched by a crowd of visitors.",
        "Die Reparatur dauert mindestens ein Jahr. Vereine suchen nun nach Ausweichzeiten.",
    ],
)
def test_no_speech_in_a_standfirst_or_a_caption(text: str) -> None:
    assert not reports_speech(text)


# Review W83: the short first paragraph has no person's name: a wire dateline opens it, or a body speaks in it.
_NO_NAME = {
    "en-dateline": (
        "Ferry to Corby Island cut to three crossings a day from March",
        "CORBY, 3 March – Islanders will wait longer at the quay from next week.",
    ),
    "fr-dateline": (
        "Le bac de Sarlieu réduit à trois traversées par jour dès mars",
        "SARLIEU, 3 mars – Les habitants attendront plus longtemps sur le quai dès lundi.",
    ),
    "es-dateline": (
        "El transbordador de Murel pasa a tres viajes al día desde marzo",
        "MUREL, 3 de marzo – Los vecinos esperarán más tiempo en el muelle desde el lunes.",
    ),
    "en-body": (
        "Ferry to Corby Island cut to three crossings a day from March",
        "The ferry company says it cannot find enough crews for the winter timetable.",
    ),
    "de-body": (
        "Fähre nach Wernsau ab März nur noch dreimal am Tag",
        "Die Reederei erklärt, ihr fehlten für den Winter die Besatzungen.",
    ),
    "it-body": (
        "Il traghetto di Varenna ridotto a tre corse al giorno da marzo",
        "La compagnia spiega di non trovare equipaggi per l'orario invernale.",
    ),
    "nl-body": (
        "Veerpont naar Corsum vanaf maart nog maar drie keer per dag",
        "De rederij zegt dat ze voor de winter te weinig bemanning heeft.",
    ),
}
_NEWS = {
    "en": "From March the ferry to Corby Island will make only three crossings a day instead of seven, and island "
    "families want the early crossings back before the summer visitors arrive on the island.",
    "fr": "Dès mars, le bac de Sarlieu ne fera plus que trois traversées par jour au lieu de sept, et les habitants "
    "de Sarlieu demandent le retour des traversées du matin avant l'arrivée des vacanciers.",
    "es": "Desde marzo el transbordador de Murel hará solo tres viajes al día en lugar de siete, y los vecinos de "
    "Murel piden que vuelvan los viajes de la mañana antes de que lleguen los turistas del verano.",
    "de": "Ab März fährt die Fähre nach Wernsau nur noch dreimal am Tag statt siebenmal, und die Gemeinde fordert, "
    "dass die Fahrten am frühen Morgen vor der Saison der Urlauber wieder aufgenommen werden.",
    "it": "Da marzo il traghetto di Varenna fara soltanto tre corse al giorno invece di sette, e i comuni della "
    "sponda chiedono che le corse del mattino tornino subito, prima dell'arrivo dei turisti.",
    "nl": "Vanaf maart vaart de veerpont naar Corsum nog maar drie keer per dag in plaats van zeven keer, en de "
    "bewoners van Corsum willen de vroege overtochten terug voordat de zomergasten komen.",
}


@pytest.mark.parametrize("case", sorted(_NO_NAME))
def test_a_short_first_paragraph_with_a_dateline_or_a_body_speaking_is_the_start(case: str) -> None:
    title, first = _NO_NAME[case]
    lines = ["Valley Courier", "Home", "News", "", title, "By Nell Arkwright", "4 March 2031", ""]
    lines += [first, "", _NEWS[case[:2]], *_REST]
    assert extract(lines, title_model=None).body[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "The new timetable should save the company money through the winter, its managers say.",
        "Engineers say.",
    ],
)
def test_a_speaker_at_the_end_of_a_standfirst_is_no_speech(text: str) -> None:
    assert not reports_speech(text)
