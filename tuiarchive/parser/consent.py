"""A site's cookie notice copied with its page ("We use cookies to ... You can change your choice at any
time."): the word cookie and the site speaking of itself, in the common languages. It is no paragraph
of the story: under the text it ends it (stops.is_stop), as the site's other notes do."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
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
