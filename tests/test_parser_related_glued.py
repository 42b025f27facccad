"""A list's items with a mark of their medium before the headline ("▶ ...", "VIDEO ...", "Vídeo: ...") or a
count or a length after it ("(3:12)", "· 4 min read", "(12 comments)") on the same line: the item is the
headline alone (parser/related_glued.py). Every line here is made up for these tests."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS, related

from tuiarchive.parser.related_glued import without_marks

_BEFORE = ["▶ {}", "VIDEO {}", "Video: {}", "[Video] {}", "Vídeo | {}", "PODCAST {}", "Fotos: {}", "► {} 2:41"]
_AFTER = ["{} (3:12)", "{} · 04:51", "{} (12 comments)", "{} | 5 Kommentare", "{} · 4 min read", "{} - 7 reacties"]


@pytest.mark.parametrize("shape", _BEFORE + _AFTER)
@pytest.mark.parametrize("header", ["More from the Gazette", "Don't miss"])
def test_a_mark_or_a_count_beside_each_headline_is_no_part_of_it(shape: str, header: str) -> None:
    assert related([header, *(shape.format(h) for h in ITEMS)]) == ITEMS


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("▶ Assista: Pescadores do porto pedem um cais mais longo", "Pescadores do porto pedem um cais mais longo"),
        ("Les vignerons plantent des haies (8 commentaires)", "Les vignerons plantent des haies"),
        ("Il mercato coperto riapre dopo due anni · 3 min di lettura", "Il mercato coperto riapre dopo due anni"),
        ("De bibliotheek leent hengels uit [2:05]", "De bibliotheek leent hengels uit"),
    ],
)
def test_marks_in_other_languages_go(line: str, headline: str) -> None:
    assert without_marks(line) == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Video shows the old pier before the storm",  # the word is the headline's own, no mark
        "Watch party for the final draws a crowd",
        "VIDEO GAMES CLUB OPENS IN THE LIBRARY",  # a headline in capitals
        "Ferry leaves at 10:30 from next week",
        "Tram fares: what changes in May",
        "Ferry fares – what the rise means for you",
        "Why 12 comments changed the council's mind",
        "▶ Storm (2:10)",  # too little left for a headline: the line as it is
    ],
)
def test_a_headline_with_no_mark_is_kept_whole(headline: str) -> None:
    assert without_marks(headline) == headline


_PAYWALL_LINES = [
    ["Abonnez-vous pour continuer la lecture", "Déjà abonné ? Se connecter"],
    ["¿Ya eres suscriptor? Inicia sesión"],
    ["Sei già abbonato? Accedi"],
    ["Já é assinante? Entrar"],
    ["Neem een abonnement om verder te lezen"],
]


@pytest.mark.parametrize("paywall", _PAYWALL_LINES)
@pytest.mark.parametrize("header", ["More from the Gazette", None])
def test_a_paywalls_lines_over_a_list_are_no_items(paywall: list[str], header: str | None) -> None:
    assert related([*paywall, "", *([header] if header else []), *ITEMS]) == ITEMS


@pytest.mark.parametrize("paywall", _PAYWALL_LINES)
def test_a_paywalls_lines_with_no_list_list_nothing(paywall: list[str]) -> None:
    assert related(paywall) == []


@pytest.mark.parametrize(
    "share",
    [
        ["Partager cet article", "Facebook", "X", "Copier le lien"],
        ["Artikel teilen", "Facebook", "WhatsApp", "Link kopieren"],
        ["Compartir", "Facebook", "X", "Copiar enlace"],
        ["Condividi", "Facebook", "X", "Copia link"],
    ],
)
def test_a_share_rows_last_button_is_no_header_over_the_list(share: list[str]) -> None:
    # the list's own header, in words no rule knows and naming the site, over longer headlines: no item
    assert related([*share, "", "Stories from the Gazette", *ITEMS]) == ITEMS


@pytest.mark.parametrize("count", ["{n} comments", "{n} Kommentare", "{n} commentaires", "{n} comments · 4 min read"])
def test_a_count_under_each_item_is_no_comment_threads_header(count: str) -> None:
    # "12 comments" under one story is a thread's header; under each item of a list, each card's count
    tail = ["More from the Gazette"]
    for n, headline in enumerate(ITEMS, 3):
        tail += [headline, count.format(n=n)]
    assert related(tail) == ITEMS


def test_a_comment_threads_count_over_its_comments_still_ends_the_list() -> None:
    tail = ["More from the Gazette", *ITEMS, "", "12 comments", "river_walker", "Finally a bridge for the east estate!"]
    assert related(tail) == ITEMS


_COOKIE_BUTTONS = {
    "es": ["Usamos cookies propias para que la web funcione.", "Aceptar todas las cookies", "Configurar mis opciones"],
    "it": ["Usiamo cookie per far funzionare il sito.", "Accetta tutti i cookie", "Rifiuta i cookie superflui"],
    "pt": ["Usamos cookies para o site funcionar.", "Aceitar todos os cookies", "Gerir as minhas preferências"],
    "de": ["Wir nutzen Cookies auf dieser Seite.", "Alle Cookies akzeptieren", "Auswahl anpassen"],
}


@pytest.mark.parametrize("lang", sorted(_COOKIE_BUTTONS))
def test_a_cookie_notices_buttons_under_a_list_are_no_items(lang: str) -> None:
    assert related(["More from the Gazette", *ITEMS, "", *_COOKIE_BUTTONS[lang]]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    ["Ferry crews reject all offers from the port", "Bakers reject new cookie rules", "Accept all, says the mayor"],
)
def test_a_headline_with_a_verb_of_consent_is_no_cookie_button(headline: str) -> None:
    from tuiarchive.parser.consent import is_cookie_button

    assert not is_cookie_button(headline)


_BOXES = [
    ["Iscriviti alla newsletter", "Ogni mattina le notizie della valle nella tua casella.", "Il tuo indirizzo email"],
    ["Schrijf je in voor de nieuwsbrief", "Elke ochtend het nieuws uit de regio in je mailbox.", "Inschrijven"],
    ["Jetzt den Newsletter abonnieren", "Jeden Morgen die Nachrichten aus dem Tal.", "Ihre E-Mail-Adresse"],
    ["L'informazione libera ha bisogno di te", "Sostieni il nostro lavoro con una donazione."],
    ["O jornalismo independente precisa de si", "Apoie o nosso trabalho com um donativo."],
    ["El periodismo independiente te necesita", "Apoya nuestro trabajo con una aportación."],
]


@pytest.mark.parametrize("box", _BOXES)
def test_a_box_of_the_sites_under_a_list_adds_no_item(box: list[str]) -> None:
    # a newsletter's header, an appeal that the site's journalism needs the reader, a form's address field
    assert related(["More from the Gazette", *ITEMS, "", *box]) == ITEMS


@pytest.mark.parametrize(
    "headline",
    ["Newsletter readers pick their favourite stories", "The town that needs you", "Why the harbour needs you to vote"],
)
def test_a_headline_naming_a_newsletter_or_needing_someone_is_kept(headline: str) -> None:
    from tuiarchive.parser.related_items import no_headline

    assert not no_headline(headline)
