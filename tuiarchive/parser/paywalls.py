"""A paywall's first line under the paragraphs a site lets through, in the common languages and Dutch, told by
its shape: a short line that speaks of a subscription to the reader or of the text itself ("Dieser Artikel ist
nur für Abonnenten.", "¿Ya eres suscriptor?", "Abbonati a 1 € per il primo mese"), a short call to go on
reading ("Weiterlesen mit Plus", "Lire la suite", "Want to read the rest?"), or the reader's free stories
counted by the month ("You've read all your free stories this month"). No one's words (a quote, "said"): a
story on a paper's subscribers is the story's. chrome.is_paywall has the English phrases; this reads the shape
the other languages print it in (issue 14: a paywalled story ran on into its paywall's offer, H13 30%)."""

from __future__ import annotations

import re
from functools import lru_cache

from .copyterms import names_the_text
from .lexicon import lower_words, words_of
from .lexicon_appeals import READER_PRONOUNS
from .lexicon_site import REPORTING_WORDS
from .thresholds import PAGE_CACHE, PAYWALL_LINE_WORDS, READ_ON_QUESTION_WORDS, READ_ON_WORDS

# A subscription or a subscriber, by stems ("Abonnenten", "Digitalabo", "abonnés", "suscriptores", "abbonati",
# "assinantes", "abonnee"): a word opening with one, or ending with the German "abo"
_SUBSCRIPTION_STEMS = (
    "subscri", "abonn", "abo-", "suscri", "suscrí", "abbona", "assinante", "assinatura", "assine",
    "membership", "mitgliedschaft", "membresía", "lidmaatschap",
)  # fmt: skip
# A metered wall: the reader's free stories counted by the month or the week ("You've read all your free stories
# this month", "Has agotado tus noticias gratis de este mes"): a word of these three kinds each
_FREE_WORDS = words_of(
    {
        "en": "free",
        "de": "kostenlosen kostenlose freien gratis",
        "fr": "gratuits gratuites gratuit offerts",
        "es": "gratis gratuitas gratuitos",
        "it": "gratuiti gratuite gratis",
        "pt": "gratuitos gratuitas grátis",
        "nl": "gratis",
    }
)
_COUNTED_WORDS = words_of(
    {
        "en": "articles stories",
        "de": "artikel beiträge texte",
        "fr": "articles",
        "es": "artículos noticias",
        "it": "articoli notizie",
        "pt": "artigos notícias",
        "nl": "artikelen verhalen",
    }
)
_PERIOD_WORDS = words_of(
    {
        "en": "month week",
        "de": "monat woche",
        "fr": "mois semaine",
        "es": "mes semana",
        "it": "mese settimana",
        "pt": "mês semana",
        "nl": "maand week",
    }
)
# A question offering the rest of the text ("Want to read the rest?", "Sie möchten den ganzen Text lesen?")
_READ_REST_RE = re.compile(
    r"\b(?:read|lesen|lire|leer|leggere|ler|lezen)\b.*\b(?:rest|whole|full|ganzen|suite|reste|resto|restante)\b"
    r"|\b(?:rest|whole|full|ganzen|suite|reste|resto|restante)\b.*\b(?:read|lesen|lire|leer|leggere|ler|lezen)\b",
    re.I,
)
# What a paywall says of the subscription: for them only, for those already in, a trial, a price, digital access
_PAYWALL_WORDS = words_of(
    {
        "en": "only exclusive exclusively reserved already unlock trial digital premium access",
        "de": "nur exklusiv bereits schon testen freischalten digital digitalabo zugang",
        "fr": "réservé réservée réservés exclusivement exclusif déjà essai numérique accès débloquez",
        "es": "exclusivo exclusiva solo sólo ya prueba digital acceso desbloquea",
        "it": "riservato riservata esclusivo esclusiva solo già prova digitale accesso sblocca",
        "pt": "exclusivo exclusiva apenas só já experimente digital acesso desbloqueie",
        "nl": "alleen uitsluitend al proef probeer digitaal digitale toegang",
    }
)
_PRICE_RE = re.compile(r"\d\s?(?:€|\$|£)|(?:€|\$|£)\s?\d|\b\d+ euros?\b", re.I)
# A call to go on reading, alone on its line with a few words at most ("Weiterlesen mit Plus")
_READ_ON_RE = re.compile(
    r"^(?:continue reading|keep reading|read on|weiterlesen|lire la suite|continuer (?:à|de) lire"
    r"|sigue leyendo|seguir leyendo|continuar leyendo|continua a leggere|continuare a leggere"
    r"|continuar a ler|continue lendo|continuar lendo|verder lezen|lees verder)\b",
    re.I,
)
_QUOTES = '"“”„«»‘’'
_STORY_REPORTING = REPORTING_WORDS - {"dit"}  # (Dutch "dit" is "this": "Dit artikel is alleen voor abonnees.")


def _subscription(words: tuple[str, ...]) -> bool:
    return any(word.startswith(_SUBSCRIPTION_STEMS) or word.endswith("abo") for word in words)


@lru_cache(maxsize=PAGE_CACHE)
def is_paywall_line(text: str) -> bool:
    """A paywall's line (the module's note): a subscription spoken of with a paywall's word, a price, the
    reader or the text itself named, in a few words; or a call to go on reading alone on its line."""
    words = lower_words(text)
    if not words or len(words) > PAYWALL_LINE_WORDS or any(mark in text for mark in _QUOTES):
        return False
    if _READ_ON_RE.match(text.strip()):
        return len(words) <= READ_ON_WORDS
    if text.rstrip().endswith("?") and len(words) <= READ_ON_QUESTION_WORDS and _READ_REST_RE.search(text):
        return True
    if not (_FREE_WORDS.isdisjoint(words) or _COUNTED_WORDS.isdisjoint(words) or _PERIOD_WORDS.isdisjoint(words)):
        return _STORY_REPORTING.isdisjoint(words)
    if not _subscription(words) or not _STORY_REPORTING.isdisjoint(words):
        return False
    return (
        not _PAYWALL_WORDS.isdisjoint(words)
        or _PRICE_RE.search(text) is not None
        or not READER_PRONOUNS.isdisjoint(words)
        or names_the_text(text)
    )
