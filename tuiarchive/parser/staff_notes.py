"""A note on the writer that is the site's, not the story's: a staff writer's note under the text (a person's
name, then the newsroom job they hold or the paper they write or work for: "Mara Lindqvist is a transport reporter at
the Ledger", "Jonas Feldkamp arbeitet seit 2019 als Redakteur ...") and the heading of a box on the writer
("Über die Autorin", "Chi è l'autore"), in the common languages and Dutch.

The real labelled pages keep a plain sentence on a guest writer right under the text ("X is the author of a book
on ...", "X es politólogo": closing.is_author_note) and end the text before a staff writer's note (its job a
newsroom's) and before a box under a label on the writer."""

from __future__ import annotations

import re
from functools import lru_cache

from .bylines import is_person_name
from .chrome import writer_note_subject
from .lexicon import WRITER_NOTE_RE, lower_words
from .lexicon_making import (
    BOOK_AUTHOR_RE,
    NEWSROOM_NAMES,
    WORKS_AT_RE,
    WRITER_BOX_HEADING_RE,
    WRITER_IS_WORDS,
    WRITER_JOB_STEMS,
    WRITES_FOR_RE,
)
from .pieces import Sieved
from .shape import ends_sentence
from .thresholds import (
    JOB_STEM_INSIDE_CHARS,
    PAGE_CACHE,
    STAFF_NOTE_CHARS,
    STAFF_NOTE_JOB_REACH,
    WRITER_BOX_HEADING_CHARS,
)

# A person's name opening the note: two to four capitalised words, a particle between them ("Sanne de Vries",
# "Inês Carvalhal", "Claire Moreau-Dutil"), then the rest of the note
_NAME_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w’'.-]+(?: (?:(?:de|da|das|do|dos|di|del|della|van|von|der|den|ter|le|la|du) )?"
    r"[A-ZÀ-Ý][\w’'.-]+){1,3}) (?P<rest>\S.*)$"
)
_BOOK_AUTHOR = Sieved(BOOK_AUTHOR_RE)  # searched in every short sentence: most hold no piece of its words (pieces.py)


@lru_cache(maxsize=PAGE_CACHE)
def is_staff_note(text: str) -> bool:
    """A sentence on a writer the site employs: a note that says its person writes for a living
    (chrome.writer_note_subject: "covers the port for the paper", "a rejoint la rédaction"), or a person's
    name, then "is" and a newsroom's job within a few words ("is a senior reporter at", "ist Redakteurin im
    Ressort", "es periodista de"), or a verb of writing or working for a paper ("writes for", "scrive per",
    "werkt sinds 2020 als"). A line in capitals or without an end mark is a signature, not such a note
    (signatures.py); a note naming its person a book's author is a guest writer's."""
    if len(text) > STAFF_NOTE_CHARS or not ends_sentence(text) or text.isupper() or _BOOK_AUTHOR.search(text):
        return False  # (a book's author: a guest writer, whatever else the note says they do)
    if writer_note_subject(text):
        return True  # a note that says its person writes for a living, whatever its verb (chrome.py)
    found = _NAME_RE.match(text)
    if found is None or not is_person_name(found["name"]):
        return False
    rest = found["rest"]
    if WRITES_FOR_RE.match(rest) or WRITER_NOTE_RE.match(text):
        return True
    words = lower_words(rest)
    if WORKS_AT_RE.match(rest):  # works somewhere: a newsroom's, when the note names one or its job
        return any(_job(word) or word in NEWSROOM_NAMES for word in words)
    near = words[1 : STAFF_NOTE_JOB_REACH + 1]
    return bool(words) and words[0] in WRITER_IS_WORDS and any(_job(word) for word in near)


def _job(word: str) -> bool:
    """A newsroom's job: the word opens with its stem, or holds a long one ("lokalreporterin"; "editor" in
    "creditor" is none)."""
    return any(
        word.startswith(stem) or (len(stem) >= JOB_STEM_INSIDE_CHARS and stem in word) for stem in WRITER_JOB_STEMS
    )


def heads_writers_box(text: str) -> bool:
    """ "About the author", "Über die Autorin", "Sobre a autora": the heading of a box on the writer."""
    return len(text) <= WRITER_BOX_HEADING_CHARS and WRITER_BOX_HEADING_RE.match(text) is not None
