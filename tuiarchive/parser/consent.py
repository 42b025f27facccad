"""A site's cookie notice copied with its page ("We use cookies to ... You can change your choice at any
time."): the word cookie and the site speaking of itself, in the common languages. It is no paragraph
of the story: under the text it ends it (stops.is_stop), as the site's other notes do."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .lexicon import words_of
from .thresholds import COOKIE_NOTICE_CHARS, PAGE_CACHE

_COOKIE_RE = re.compile(r"\bcookies?\b")
# The site speaking of itself or to its visitor about them: "we use", "our site", "this website",
# "wir verwenden", "nous utilisons", "utilizamos", "questo sito", "wij gebruiken" (folded: small letters)
_SITE_VOICE_RE = re.compile(
    r"\b(?:we|our|this (?:web)?site|this website"  # en
    r"|wir|unsere[mnrs]?|diese (?:web)?seite|diese website"  # de
    r"|nous|notre|nos|ce site"  # fr
    r"|utilizamos|usamos|nuestr[oa]s?|este sitio|esta web"  # es
    r"|utilizziamo|usiamo|nostr[oaie]|questo sito"  # it
    r"|nosso|nossa|nossos|nossas|este site|este sitio"  # pt ("utilizamos", "usamos": as in es)
    r"|wij|onze|deze (?:web)?site|deze website"  # nl
    # the visitor told they consent by going on: "you agree", "vous acceptez", "acconsenti", "ga je akkoord"
    r"|you (?:agree|accept|consent)|stimmen sie|vous (?:acceptez|consentez)|aceptas|acepta usted|accetti|acconsenti"
    r"|concorda(?:r)?|aceita|ga je akkoord|gaat u akkoord)\b"
)


@lru_cache(maxsize=PAGE_CACHE)
def is_cookie_notice(text: str) -> bool:
    """A short paragraph that names cookies in the site's voice ("Wir verwenden Cookies, um ...", "Questo
    sito utilizza cookie ..."). A story about cookies speaks of sites in the third person ("Websites
    must ask before they set cookies, the regulator said.") and is not one."""
    if len(text) > COOKIE_NOTICE_CHARS:
        return False
    folded = fold(text)
    # ("cookie" looked for in C first: the pattern opens on \\b, which re tries at every character)
    return "cookie" in folded and _COOKIE_RE.search(folded) is not None and _SITE_VOICE_RE.search(folded) is not None


# A cookie notice's buttons, in the common languages: a verb of consent ("Accept", "Rechazar", "Gerir",
# "akzeptieren", "Tout accepter") with what it acts on (cookies, the reader's choices or settings, all of them)
_CONSENT_VERBS = words_of(
    {
        "en": "accept allow reject deny manage customise customize",
        "de": "akzeptieren zulassen ablehnen verwalten anpassen",
        "fr": "accepter autoriser refuser gérer personnaliser",
        "es": "aceptar permitir rechazar gestionar configurar personalizar",
        "it": "accetta accettare consenti rifiuta rifiutare gestisci personalizza",
        "pt": "aceitar rejeitar recusar gerir permitir configurar personalizar",
        "nl": "accepteren toestaan weigeren beheren aanpassen",
    }
)
_CONSENT_OBJECTS = words_of(
    {
        "en": "cookie cookies preferences settings choices all",
        "de": "cookies einstellungen auswahl alle",
        "fr": "préférences paramètres choix tout tous",
        "es": "preferencias configuración opciones todas todos",
        "it": "preferenze impostazioni scelte tutti tutto",
        "pt": "preferências definições opções todas todos",
        "nl": "voorkeuren instellingen keuzes alle",
    }
)
_CONSENT_BUTTON_WORDS = 5  # a button is a few words


@lru_cache(maxsize=PAGE_CACHE)
def is_cookie_button(text: str) -> bool:
    """A cookie notice's button: a few words, a verb of consent first or last (the button's imperative: "Aceptar
    todas las cookies", "Gerir as minhas preferências", "Alle akzeptieren") and what it acts on; no headline
    ("Ferry crews reject all offers": a subject before the verb)."""
    words = fold(text).strip(" .!").split()
    return (
        0 < len(words) <= _CONSENT_BUTTON_WORDS
        and (words[0] in _CONSENT_VERBS or words[-1] in _CONSENT_VERBS)
        and not _CONSENT_OBJECTS.isdisjoint(words)
    )
