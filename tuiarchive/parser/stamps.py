"""A stamp under an article's text that says when it was updated ("This article was updated on 13 March",
"Dieser Artikel wurde am 13. März aktualisiert", "Articolo aggiornato il 13 marzo alle 18", "Dit artikel is op 13
maart bijgewerkt") or that it appeared in the paper's printed edition, in the common languages and Dutch: the
site's line, not the story's. A labelled update that tells what changed ("Update: the council has since ...") is
the text's (lexicon.TEXT_NOTE_RE)."""

from __future__ import annotations

from .copyterms import names_the_text
from .lexicon import TEXT_NOTE_RE, lower_words
from .lexicon_making import (
    APPEARED_RE,
    ARTICLE_NOUN_RE,
    EARLIER_VERSION_RE,
    OF_WORDS,
    PIECE_NOUNS,
    PRINT_EDITION_RE,
    THIS_WORDS,
    UPDATED_RE,
)
from .lexicon_site import REPORTING_WORDS
from .pieces import Sieved
from .shape import has_digit
from .thresholds import CORRECTION_NOTE_WORDS, PIECE_OPENING_WORDS, PRINT_STAMP_WORDS, UPDATE_STAMP_WORDS

_QUOTES = '"“”„«»'
_STORY_REPORTING = REPORTING_WORDS - {"dit"}  # (Dutch "dit" is "this": "Dit artikel stond in de krant ...")
# asked of every short line under a text: most hold no piece of any of them (pieces.py), told in C before the
# patterns' "\b(?:...)" is tried at each letter
_APPEARED, _PRINT_EDITION, _EARLIER_VERSION = Sieved(APPEARED_RE), Sieved(PRINT_EDITION_RE), Sieved(EARLIER_VERSION_RE)


def is_update_stamp(text: str) -> bool:
    """A few words with a date or a time in them and a word of updating, said of the article or opening the line
    (not "The council updated its plans in 2029": a story's sentence)."""
    if len(text.split(None, UPDATE_STAMP_WORDS)) > UPDATE_STAMP_WORDS or not has_digit(text):
        return False  # (most short lines have no figure: told before the patterns of words are searched)
    if TEXT_NOTE_RE.match(text):
        return False
    found = UPDATED_RE.search(text)
    if found is None:
        return False
    return found.start() == 0 or ARTICLE_NOUN_RE.search(text) is not None


def is_print_stamp(text: str) -> bool:
    """A note that the text appeared in the paper's printed edition ("This story ran in the 5 June edition.",
    "Dieser Text erschien in der Ausgabe vom 5. Juni.", "Dit artikel stond in de krant van 5 juni."): a few words,
    the text named as a newsroom names its pieces, a word of the print edition and a verb of appearing in it; no
    one's words (a quote, "said": a story on a paper)."""
    if len(text.split(None, PRINT_STAMP_WORDS)) > PRINT_STAMP_WORDS or any(mark in text for mark in _QUOTES):
        return False
    if not _PRINT_EDITION.may_match(text) or _APPEARED.search(text) is None or PRINT_EDITION_RE.search(text) is None:
        return False  # (the edition's pieces first, then the verb: the edition's "\w*ausgabe" is tried at every letter)
    if not _STORY_REPORTING.isdisjoint(lower_words(text)):
        return False
    # the text itself named ("this story", "dieser Beitrag"), or a demonstrative opening the note ("Questo pezzo è
    # apparso ...", "Esta información salió ..."): not "The story of the ferry appeared in the paper in 1987."
    words = lower_words(text)
    return names_the_text(text) or words[0] in THIS_WORDS or _piece_opens(words)


def _piece_opens(words: tuple[str, ...]) -> bool:
    """A noun for the piece as the note's subject, whatever its determiner ("L'articolo è stato pubblicato ...",
    "Der Beitrag erschien ..."): among its first words, and not the story "of" something ("The story of the
    ferry appeared in the paper in 1987.")."""
    for k, word in enumerate(words[:PIECE_OPENING_WORDS]):
        if word in PIECE_NOUNS:
            return k + 1 >= len(words) or words[k + 1] not in OF_WORDS
    return False


def is_correction_note(text: str) -> bool:
    """A note that an earlier version of the text was wrong, under whatever label or none ("Amended on 10
    September: an earlier version gave ...", "Geändert: In einer früheren Fassung ..."): a few sentences that
    speak of the text's earlier version, no one's words. The labelled pages' "Correction, <date>: ..." note is
    the text's (lexicon.TEXT_NOTE_RE, stops.py: told before this)."""
    if len(text.split(None, CORRECTION_NOTE_WORDS)) > CORRECTION_NOTE_WORDS or any(mark in text for mark in _QUOTES):
        return False
    return _EARLIER_VERSION.search(text) is not None and _STORY_REPORTING.isdisjoint(lower_words(text))
