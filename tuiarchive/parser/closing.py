"""What closes the text after its last paragraph and still belongs to it.

Only the lines right under the last paragraph are read; a header ("About the author"), a list or
any other line between ends the text as before.

- A note on the author ("Jane Roe is a science writer in Lisbon.", "ANA RUIZ ES LA EDITORA DE
  CIENCIA"): the article's own last block. The reader stops at an author's bio (chrome.is_end_matter:
  nothing of the text comes after one); the one printed right under the text is still the text's.
- Labelled notes in brackets ("(Photo: Jane Roe)", "(Chart: Harbour tides in 2030 - here)"), up to
  three: the text's own credits and pointers, printed as part of it.
"""

from __future__ import annotations

from .lexicon import AUTHOR_NOTE_RE, LABELLED_NOTE_RE, STOP_WORDS
from .page import Page
from .paragraphs import paragraph_lines
from .thresholds import AUTHOR_NOTE_WORDS, CLOSING_NOTE_LINES


def is_author_note(text: str) -> bool:
    """A sentence that starts with a person's name and says what they are ("X Y is a ...")."""
    found = AUTHOR_NOTE_RE.match(text)
    if found is None or text.endswith("?") or len(text.split()) < AUTHOR_NOTE_WORDS:
        return False
    return not any(word.lower() in STOP_WORDS for word in found["name"].split())


def with_closing_notes(page: Page, body: list[str]) -> list[str]:
    """The body, and the note on its author or the labelled notes right under its last paragraph."""
    if not body:
        return body
    after = paragraph_lines(page.lines, body)[-1][1] + 1
    if after < len(page.lines) and is_author_note(page.text(after)):
        return [*body, page.lines[after].text]
    notes = []
    for line in page.lines[after : after + CLOSING_NOTE_LINES]:
        if not LABELLED_NOTE_RE.match(line.text):
            break
        notes.append(line.text)
    return [*body, *notes] if notes else body
