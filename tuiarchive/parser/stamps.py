"""A stamp under an article's text that says when it was updated ("This article was updated on 13 March",
"Dieser Artikel wurde am 13. März aktualisiert", "Articolo aggiornato il 13 marzo alle 18", "Dit artikel is op 13
maart bijgewerkt"), in the common languages and Dutch: the site's line, not the story's. A labelled update
that tells what changed ("Update: the council has since ...") is the text's (lexicon.TEXT_NOTE_RE)."""

from __future__ import annotations

from .lexicon import TEXT_NOTE_RE
from .lexicon_making import ARTICLE_NOUN_RE, UPDATED_RE
from .shape import has_digit
from .thresholds import UPDATE_STAMP_WORDS


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
