"""Does a sentence report what someone said? Told by its shape, whatever the verb (review W81: a list of
reporting verbs misses most of them, "ha sottolineato", "explained", "hat betont"): a person's name, then
within a few words (past a role set by commas) a "that"-word or a colon; or the name right after the verb at
the sentence's end ("..., insisted Jo Marsh, who ..."); or a colon opening a quotation; or any speaker, a person
or a body, with a verb of speech among the sentence's first words (review W83: "The trust says it will ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from .bylines import is_person_name
from .lexicon import lower_words
from .lexicon_site import PAST_REPORTING_WORDS, SPEECH_VERBS, THAT_WORDS
from .thresholds import APPOSITION_WORDS, PAGE_CACHE, SPEAKER_WORDS, THAT_REACH_WORDS

_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[\w'’-]|\.(?! |$))*"  # (an initial's dot, "J.P.", not a sentence's)
_PARTICLE = r"(?:de|da|di|du|del|della|van|von|der|den|ter|le|la|dos|das)"
# a run of two to four capitalised words, particles between them: "Marta Villa", "Joost de Wit"
_NAME_RUN_RE = re.compile(rf"(?<![\w'’]){_CAPITAL}(?: (?:{_PARTICLE} )?{_CAPITAL}){{1,3}}")
_QUOTE_AFTER_COLON_RE = re.compile(r":\s*[«\"“„‘']")
_THAT_ELIDED = ("qu'", "qu’")  # French "qu'il", "qu'aucun"


@lru_cache(maxsize=PAGE_CACHE)
def reports_speech(text: str) -> bool:
    """Does the sentence tell what someone said (the story's, no standfirst nor caption)?"""
    if not PAST_REPORTING_WORDS.isdisjoint(lower_words(text)):
        return True  # "..., the owner said on Monday."
    if _opens_on_speaker(text):
        return True  # "The trust says it will ...", "Die Kette sagt, ...": any speaker, present or past
    if _QUOTE_AFTER_COLON_RE.search(text):
        return True  # "Le maire a prévenu : « ... »"
    for found in _NAME_RUN_RE.finditer(text):
        if not is_person_name(found.group()):
            continue
        if _that_after(text[found.end() :]) or _name_after_verb(text, found):
            return True
    return False


def _opens_on_speaker(text: str) -> bool:
    """A verb of speech among the sentence's first few words, what was said after it (a standfirst's "..., engineers
    say." puts its speaker last)."""
    words = text.split(None, SPEAKER_WORDS + 2)
    if len(words) <= SPEAKER_WORDS + 2:
        return False  # (a line this short tells no speech after its speaker)
    return any(word.strip(",:;").lower() in SPEECH_VERBS for word in words[1:SPEAKER_WORDS])


def _that_after(rest: str) -> bool:
    """ "<Name>, <role>, has stressed that ...": a "that"-word or a colon in the few words after the name, past a
    role set by commas."""
    if rest.startswith(","):
        close = rest.find(",", 1)
        if close != -1 and len(rest[1:close].split()) <= APPOSITION_WORDS:
            rest = rest[close + 1 :]
    words = rest.split(None, THAT_REACH_WORDS)[:THAT_REACH_WORDS]
    for word in words:
        bare = word.strip(',;.!?()"“”«»').lower()
        if bare in THAT_WORDS or bare.startswith(_THAT_ELIDED) or word.endswith(":"):
            return True
    return False


def _name_after_verb(text: str, found: re.Match[str]) -> bool:
    """ "..., insisted Jo Marsh." / "..., lamentó Tomás Requena, portavoz ...": the name after a comma and a
    word or two in small letters (the verb), closing the sentence or followed by its role."""
    before = text[: found.start()].rstrip()
    head, comma, between = before.rpartition(",")
    if not comma or not head or not 1 <= len(between.split()) <= 2 or not between.strip().islower():
        return False
    after = text[found.end() :].lstrip()
    return after[:1] in ("", ",", ".", "!", "?")
