"""Where a saved page's two readings of its text disagree (formats/html.py): the library's body checked
against the copy reading's story on the page's lines.

The library (trafilatura) takes the block of the page with the most paragraphs for the text. Under a
paywalled story of one paragraph, that is the block under it (the paywall's notice, an app's pitch, a tip
line, a newsletter's offer): its body then starts at one of those short lines, and the story's paragraph,
right above it on the page, is left out. The copy reading, which reads the page's lines under the header,
has the story there. And the library keeps the writer's bio under the text ("Jane Roe covers the courts for
..."), which the copy reading's stops end the text before.
"""

from __future__ import annotations

from typing import Any

from ..parser.appeals import is_appeal
from ..parser.chrome import bio_subject, is_end_matter
from ..parser.lexicon import NOTE_RE
from ..parser.lines import byline_names, is_caption, is_photo_credit
from ..parser.thresholds import TEXT_PARAGRAPH_CHARS
from .htmlbody import is_prose, is_timestamp

# The characters of a paragraph looked for on the page's lines (a copy reading's paragraph may join lines).
FIND_CHARS = 40


def line_of(paragraph: str, lines: list[str]) -> int | None:
    """The first of the page's lines (white space collapsed) that holds the paragraph's beginning."""
    key = " ".join(paragraph.split())[:FIND_CHARS]
    if not key:
        return None
    return next((i for i, line in enumerate(lines) if key in line), None)


def story_above(body: list[str], copy: list[str], lines: list[str]) -> list[str]:
    """The copy reading's body instead of the library's when the library's starts at a short line (no
    paragraph of prose) right under the copy reading's text: the copy's paragraphs that lie above the
    library's first one, prose each, with no line of prose between the last of them and it. Else `body`."""
    if not body or not copy or is_prose(body[0]):
        return body
    start = line_of(body[0], lines)
    if start is None:
        return body
    above: list[int] = []
    for paragraph in copy:
        at = line_of(paragraph, lines)
        if at is None or at >= start:
            break
        if not is_prose(paragraph):
            return body
        above.append(at)
    if not above or any(is_prose(lines[k]) for k in range(above[-1] + 1, start)):
        return body
    return copy


def under_header_lines(body: list[str], copy: list[str]) -> list[str]:
    """The library's body from the copy reading's first paragraph when the library keeps the page's header over it,
    however many of its lines: the headline, a kicker, a dek, a byline, a date, a caption with its credit, an
    editor's note (set in the text's own cell or <div>, or in a page of <div>s with no names the library knows for a
    header: the copy reading's rules put them out of the text). Each is shorter than a paragraph of the text but an
    editor's note, and one at least is a byline, a date, a caption, a credit or a note (short lines of the story's
    own, a greeting, a list's items, have none among them). Else `body`."""
    if not body or not copy:
        return body
    first = " ".join(copy[0].split())
    for s in range(1, len(body)):
        if not _short_or_note(body[s - 1]):
            return body
        if " ".join(body[s].split()) == first:
            return body[s:] if any(_header_line(p) for p in body[:s]) else body
    return body


def _short_or_note(text: str) -> bool:
    return NOTE_RE.match(text) is not None or len(text) < TEXT_PARAGRAPH_CHARS


def _header_line(text: str) -> bool:
    """A byline, a date, a picture's caption or its credit, an editor's note: the header's, not the text's."""
    if NOTE_RE.match(text):
        return True
    return len(text) < TEXT_PARAGRAPH_CHARS and bool(
        byline_names(text) or is_caption(text) or is_photo_credit(text) or is_timestamp(text)
    )


def without_writers_bio(body: list[str], author: str | None, blocks: list[tuple[str, Any]]) -> list[str]:
    """The body without the bio of its writer set under the text in a block of its own (a <p> in another
    <div> than the last paragraph's): a paragraph about the byline's person (chrome.bio_subject: "Jane Roe
    covers ...", "Jane Roe schreibt für ...", in the common languages). A bio printed in the text's own block
    is left: a column's note on its writer, which labelled pages count as its last paragraph."""
    if not author or len(body) < 2:
        return body
    names = set(author.lower().split())
    subject = bio_subject(body[-1])
    if not subject or not set(subject.lower().split()) <= names:
        return body
    lines = [text for text, _ in blocks]
    bio, last = line_of(body[-1], lines), line_of(body[-2], lines)
    if bio is None or last is None or blocks[bio][1] is None or blocks[last][1] is None:
        return body
    return body if _text_block(blocks[bio][1]) is _text_block(blocks[last][1]) else body[:-1]


def tail_in_another_block(body: list[str], copy: list[str], blocks: list[tuple[str, Any]]) -> list[str]:
    """The body ended where the copy reading's ends when the library's paragraphs after that one all lie
    outside the block holding it (the story's div): the notes set under the text in a block of their own (a
    writer's bio line, a correction, a print edition's note, a paywall's lines, a tip line), which the copy
    reading's stops end the text before (review W74: with the library's paragraphs in the page's order they
    were the body's last); in the text's own block too when they are short notes, one the site's matter."""
    if len(body) < 2 or not copy:
        return body
    last = _plain(copy[-1])
    k = next((k for k in range(len(body) - 1, -1, -1) if _plain(body[k]) == last), None)
    if k is None or k == len(body) - 1:
        return body
    if _notes_only(body[k + 1 :]):
        return body[: k + 1]
    lines = [text for text, _ in blocks]
    at = line_of(body[k], lines)
    if at is None or blocks[at][1] is None:
        return body
    block = _text_block(blocks[at][1])
    for paragraph in body[k + 1 :]:
        place = line_of(paragraph, lines)
        if place is None or blocks[place][1] is None or _inside(blocks[place][1], block):
            return body
    return body[: k + 1]


# The longest paragraph (in characters) of a run of notes under the text printed in its own block.
NOTE_CHARS = 200


def _notes_only(tail: list[str]) -> bool:
    """The paragraphs after the copy reading's last are notes under the text even in the text's own block:
    short each, one of them at least the site's matter by the copy reading's rules (a correction, a tip line,
    an appeal: chrome.is_end_matter, appeals.is_appeal)."""
    return all(len(p) <= NOTE_CHARS for p in tail) and any(
        (is_end_matter(p) and not bio_subject(p)) or is_appeal(p) for p in tail
    )  # (a bio alone may be a column's last paragraph: labelled pages count it in)


def _plain(text: str) -> str:
    return " ".join(text.split())


def _inside(el: Any, block: Any) -> bool:
    while el is not None:
        if el is block:
            return True
        el = el.getparent()
    return False


# Elements a paragraph's text sits in directly: the block around the text is their parent.
TEXT_TAGS = frozenset(["p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6"])


def _text_block(el: Any) -> Any:
    """The block a paragraph's element sits in (a <p>'s parent), or the element itself."""
    parent = el.getparent()
    return parent if el.tag in TEXT_TAGS and parent is not None else el
