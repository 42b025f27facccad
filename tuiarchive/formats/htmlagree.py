"""Where a saved page's two readings of its text disagree (formats/html.py): the library's body checked
against the copy reading's story on the page's lines.

The library (trafilatura) takes the block of the page with the most paragraphs for the text. Under a
paywalled story of one paragraph, that is the block under it (the paywall's notice, an app's pitch, a tip
line, a newsletter's offer): its body then starts at one of those short lines, and the story's paragraph,
right above it on the page, is left out. The copy reading, which reads the page's lines under the header,
has the story there.
"""

from __future__ import annotations

from .htmlbody import is_prose

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
