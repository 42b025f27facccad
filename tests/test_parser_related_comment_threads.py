"""Stage `related`, its last look: readers' comment threads told by what a comment is, in five
languages (brief s38 item 2): its writer and time over it and a button line under it whatever the
buttons say; a thread's header with its count ("Leserstimmen (3)"), under which the comments stand
with their writers over them; remarks signed over their times with no buttons, half of them or
more in the first or second person or answering another reader ("@saltwind ..."); votes under each
("▲ 14 ▼ 2"). The thread's header is no item either. A list's cards with a section and a time
over each headline stay, one quoted "I" among them. Every line here is made up for the tests."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

THREADS = {
    "en": (
        "What readers say",
        ["saltwind", "Morag Tully", "harbourgull"],
        ["2 hours ago", "1 hour ago", "12 minutes ago"],
        [
            "Honestly the ferry was late every single morning last winter",
            "Does anyone know if the council will publish the survey results",
            "We moved here for the quiet and now this, unbelievable",
        ],
        ["Reply", "Report", "Like"],
    ),
    "de": (
        "Leserstimmen",
        ["kaiserwetter", "Jens Harmsen", "moewe"],
        ["vor 2 Stunden", "vor 1 Stunde", "vor 12 Minuten"],
        [
            "Die Fähre kam letzten Winter jeden Morgen zu spät, ehrlich gesagt",
            "Weiß jemand, ob die Gemeinde die Umfrage veröffentlicht",
            "Wir sind wegen der Ruhe hergezogen und jetzt das, unglaublich",
        ],
        ["Antworten", "Melden", "Gefällt mir"],
    ),
    "fr": (
        "Vos réactions",
        ["ventdouest", "Maëlle Kerbrat", "goeland"],
        ["il y a 2 heures", "il y a 1 heure", "il y a 12 minutes"],
        [
            "Franchement le bac était en retard tous les matins l'hiver dernier",
            "Quelqu'un sait si la mairie publiera les résultats du sondage",
            "On est venus ici pour le calme et voilà, incroyable",
        ],
        ["Répondre", "Signaler", "J'aime"],
    ),
    "es": (
        "Opiniones de los lectores",
        ["vientosur", "Lucía Arregui", "gaviota"],
        ["hace 2 horas", "hace 1 hora", "hace 12 minutos"],
        [
            "La verdad es que el ferri llegó tarde todas las mañanas del invierno pasado",
            "Alguien sabe si el ayuntamiento publicará la encuesta",
            "Nos mudamos aquí por la tranquilidad y ahora esto, increíble",
        ],
        ["Responder", "Denunciar", "Me gusta"],
    ),
    "it": (
        "I commenti dei lettori",
        ["maestrale", "Giulia Ferraro", "gabbiano"],
        ["2 ore fa", "1 ora fa", "12 minuti fa"],
        [
            "Sinceramente il traghetto era in ritardo ogni mattina lo scorso inverno",
            "Qualcuno sa se il comune pubblicherà i risultati del sondaggio",
            "Ci siamo trasferiti qui per la tranquillità e ora questo, incredibile",
        ],
        ["Rispondi", "Segnala", "Mi piace"],
    ),
}
LANGS = list(THREADS)


def _page(header: str, comments: list[list[str]]) -> list[str]:
    return _related(["Most read", *ITEMS, "", header, *(line for comment in comments for line in comment)])


@pytest.mark.parametrize("lang", LANGS)
def test_a_comment_under_its_writer_and_time_with_any_button_under_it(lang: str) -> None:
    header, writers, ages, remarks, buttons = THREADS[lang]
    assert _page(header, [list(c) for c in zip(writers, ages, remarks, buttons, strict=True)]) == ITEMS


@pytest.mark.parametrize("lang", LANGS)
def test_a_header_with_the_threads_count(lang: str) -> None:
    header, writers, ages, remarks, _ = THREADS[lang]
    assert _page(f"{header} (3)", [list(c) for c in zip(writers, ages, remarks, strict=True)]) == ITEMS


@pytest.mark.parametrize("lang", LANGS)
def test_replies_to_other_readers_signed_over_their_times(lang: str) -> None:
    header, writers, ages, remarks, _ = THREADS[lang]
    replies = [remarks[0]] + [f"@{writers[n - 1].split()[0].lower()} {remarks[n]}" for n in (1, 2)]
    assert _page(header, [list(c) for c in zip(writers, ages, replies, strict=True)]) == ITEMS


@pytest.mark.parametrize("lang", ["en", "de", "it"])
def test_votes_under_each_comment_of_a_counted_thread(lang: str) -> None:
    header, writers, _, remarks, _ = THREADS[lang]
    votes = ["▲ 14 ▼ 2", "▲ 3 ▼ 0", "▲ 9 ▼ 1"]
    assert _page(f"{header} (3)", [list(c) for c in zip(writers, remarks, votes, strict=True)]) == ITEMS


def test_cards_with_a_section_and_a_time_over_each_headline_stay() -> None:
    cards = [
        ("Harbour", "2 hours ago", "Ferry crews vote to strike over summer rosters"),
        ("Transport", "3 hours ago", "'I was stuck for a night': the last boat that never came"),
        ("Schools", "5 hours ago", "School board delays vote on longer term"),
        ("Weather", "6 hours ago", "Fishing fleet returns early as storm nears coast"),
    ]
    got = _related(["More from the Gazette", *(line for card in cards for line in card)])
    assert got == [card[2] for card in cards]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_list_after_a_counted_thread_under_a_header_no_rule_knows_stays(lang: str) -> None:
    """The thread ends where its comments' place does: the site's list under it, whatever its header."""
    header, writers, ages, remarks, _ = THREADS[lang]
    thread = [line for c in zip(writers, ages, remarks, strict=True) for line in c]
    got = _related([f"{header} (3)", *thread, "Picked by our desk", *ITEMS])
    assert got == ITEMS
