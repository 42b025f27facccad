"""A site's appeal to its reader under a story: a sentence that asks the reader to subscribe, give, join,
sign up, support the site, follow it or write in to it, said to the reader or in the site's voice ("Stories
like this cost money to make: become a member", "Werden Sie Mitglied und unterstützen Sie unsere Arbeit",
"Suivez-nous sur Instagram", "Schrijf je gratis in voor onze nieuwsbrief"), in the common languages and Dutch.
Told by its shape (an action of the site's, and who is spoken to or for), not by a site's wording: where it
stands under the text's last paragraph with no text under it, the text has ended (stops.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import methodcaller

from .bylines import is_person_name
from .lexicon import lower_words
from .lexicon_appeals import (
    APPEAL_IMPERATIVES,
    APPEAL_PHRASE_RE,
    APPEAL_STEMS,
    APPEAL_WORDS,
    COST_WORDS,
    DELIVERY_IMPERATIVES,
    EMAIL_RE,
    EVERY_PERIOD_RE,
    FOLLOW_WRITE_WORDS,
    GIVING_IMPERATIVES,
    INBOX_WORDS,
    JOURNALISM_WORDS,
    READER_NOUNS,
    READER_PRONOUNS,
    SITE_WORDS,
    SOCIAL_NETWORKS,
)
from .lexicon_making import NEWSROOM_NAMES, READER_FORMAL_RE
from .lexicon_site import REPORTING_WORDS, SITE_PLEASE_WORDS
from .pieces import Sieved
from .shape import ends_sentence
from .thresholds import APPEAL_CHARS, COST_PITCH_WORDS, DELIVERY_OFFER_CHARS, PAGE_CACHE

_QUOTES = "\"“„«‘'‹"
_STORY_REPORTING = REPORTING_WORDS - {"dit"}  # (Dutch "dit" is "this"; a French quote opens on its mark)
_US_RE = re.compile(r"\bus\b")  # the site's "us" as written: "the US" is a country


def _us(text: str, words: tuple[str, ...]) -> bool:
    """_US_RE in the line: an ASCII line has "us" among its words (lower_words) when it has (a tuple's test, not
    the pattern's search at every character)."""
    return ("us" in words or not text.isascii()) and _US_RE.search(text) is not None


_JOINED = ("-vous", "-nous", "-nos")  # "abonnez-vous", "suivez-nous", "siga-nos"
# "Jo Ng's book on the harbour is out now. Follow her on ...": a note on the writer, the labels keep it
_OWNER_OPENING_RE = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w.-]+(?: [A-ZÀ-Ý][\w.-]+){1,2})['’]s ")
# (a "please" before the verb is read past: "..., please give what you can", "Bitte unterstützen Sie ...")
# a Spanish imperative with the site's "us" joined to it carries its stress mark ("cuéntanos", "escríbenos",
# "envíanos", "ayúdanos"); a word merely ending in "nos" has none ("Nosotros", "buenos")
_ENCLITIC_US_RE = re.compile(r"^[a-zñ]*[áéíóú][a-zñ]*nos$")
_CLAUSE_START_RE = re.compile(
    r"(?:^|[.!?:,;]\s+|[¿¡])(?:(?:please|bitte|por favor|per favore|alsjeblieft|alstublieft),?\s+)?(\w[\w-]*)", re.I
)
# asked of every line under a text: a line without a piece of theirs is told in C (pieces.py)
_APPEAL_PHRASE, _READER_FORMAL = Sieved(APPEAL_PHRASE_RE), Sieved(READER_FORMAL_RE)
_EVERY_PERIOD = Sieved(EVERY_PERIOD_RE)  # (most lines hold none of its words: told in C)


@lru_cache(maxsize=PAGE_CACHE)
def is_appeal(text: str) -> bool:
    """An action of the site's asked of the reader: its imperative opening a sentence or a clause, the site
    or the reader spoken of ("Subscribe to our ...", "Abonnieren Sie ...", "..., abbonati al nostro ..."), or
    a word of subscribing, giving, joining, signing up or supporting said with the site and the reader both
    spoken of ("If this reporting matters to you, ...", "Mit Ihrer Spende helfen
    Sie ...", "readers like you ... our reporters"); or a word of following or writing in opening a sentence,
    with the site's "us" or "our", its address or a social network's name ("Follow us on ...", "Have a tip?
    Write to us at ..."). Reported speech (a quote, "said") and a note on a person's work ("Jo Ng's book ...
    is out now. Follow her ...") are the story's."""
    if len(text) > APPEAL_CHARS or text[:1] in _QUOTES:
        return False
    words = lower_words(text)
    if not words or not _STORY_REPORTING.isdisjoint(words):
        return False
    owner = _OWNER_OPENING_RE.match(text)
    if owner is not None and is_person_name(owner["name"]):
        return False  # a note on a person's work (the writer's book), whatever it asks after it
    if _APPEAL_PHRASE.search(text):
        return True
    direct = _READER_FORMAL.search(text) is not None or "-vous" in text  # "Sie" inside a sentence: the reader
    site = not SITE_WORDS.isdisjoint(words) or _us(text, words) or any(map(text.__contains__, _JOINED))
    site = site or ("@" in text and not NEWSROOM_NAMES.isdisjoint(words))  # "La redacción lee ...: tips@...": the site
    reader = (
        direct
        or not READER_PRONOUNS.isdisjoint(words)
        or not READER_NOUNS.isdisjoint(words)
        or not SITE_PLEASE_WORDS.isdisjoint(words)
    )
    if _ENCLITIC_US_RE.search(text.split(None, 1)[0].lower()):
        return True  # "Cuéntanos lo que sepas", "Escríbenos": an imperative with the site's "us" joined to it
    email = "@" in text and EMAIL_RE.search(text) is not None  # (every address holds its "@")
    inbox = not INBOX_WORDS.isdisjoint(words)
    named = site or reader or email or inbox or not JOURNALISM_WORDS.isdisjoint(words)
    if not named and SOCIAL_NETWORKS.isdisjoint(words) and _EVERY_PERIOD.search(text) is None:
        return False  # neither the site nor the reader spoken of, nor an address, a network, a period: most lines
    openers = [found.lower() for found in _CLAUSE_START_RE.findall(text)]
    if _offers_delivery(text, openers, site or reader, inbox):
        return True
    imperative = any(word.split("-")[0] in APPEAL_IMPERATIVES for word in openers)
    work = not JOURNALISM_WORDS.isdisjoint(words)  # the site's work named: what the reader is asked to support
    if (imperative and (site or reader or work)) or (((site and reader) or direct) and _asks(words)):
        return True
    readers = not READER_NOUNS.isdisjoint(words)  # "... viven de sus lectores. Si puedes, ayúdanos ..."
    if (site or work or readers) and any(word in GIVING_IMPERATIVES for word in openers):
        return True  # "..., please give what you can": giving asked for the site's work
    if work and len(words) <= COST_PITCH_WORDS and not COST_WORDS.isdisjoint(words):
        return True  # "Quality journalism costs money.": the pitch over a paywall or an appeal
    if not any(word.split("-")[0] in FOLLOW_WRITE_WORDS for word in openers):
        return (site or reader) and email  # "... bei unserer Redaktion: tips@..."
    return site or email or not SOCIAL_NETWORKS.isdisjoint(words)


def _offers_delivery(text: str, openers: list[str], spoken: bool, inbox: bool) -> bool:
    """A newsletter's or an app's offer: an imperative of receiving or downloading opening a sentence or a clause,
    with the site or the reader spoken of, an inbox or a period ("Download our free app", "Recevez l'actualité
    chaque matin"); or the reader's inbox and a period with no verb ("Het nieuws elke ochtend in je mailbox").
    A story's sentence that says "you" and "every day" names no inbox."""
    if len(text) > DELIVERY_OFFER_CHARS or not ends_sentence(text):
        return False  # a paragraph offering a guide at length is a blogger's own (the labels keep it); a box's
        # heading ("Get the Gazette in your inbox") heads its form, which the list stages read as the box's
    period = _EVERY_PERIOD.search(text) is not None
    if any(word in DELIVERY_IMPERATIVES for word in openers):
        return spoken or inbox or period
    return spoken and inbox and period


_APPEAL_START = methodcaller("startswith", APPEAL_STEMS)  # word.startswith(APPEAL_STEMS), called from C


def _asks(words: tuple[str, ...]) -> bool:
    """A word of subscribing, giving, joining, signing up or supporting among the words: one opening with
    its stem, or one of its words (each word told in C: a call a word was a fifth of a line's test)."""
    return (
        not APPEAL_WORDS.isdisjoint(words) or not APPEAL_IMPERATIVES.isdisjoint(words) or any(map(_APPEAL_START, words))
    )
