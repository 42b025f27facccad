"""Where the article's text stops: credits, tag lists, about-the-author boxes, comment controls,
the footer; and whether the text resumes after a line that looks like an end."""

from __future__ import annotations

from . import lines as L
from .lexicon import ABOUT_HEADER_RE, COMMENTS_CONTROL_RE, SECTION_BREAK_RE, TEXT_NOTE_RE
from .page import Page
from .thresholds import SECTION_BREAK_LOOKAHEAD, SEPARATOR_REPEAT, TEXT_PARAGRAPH_CHARS


def is_stop(page: Page, i: int) -> bool:
    t = page.text(i)
    if L.is_credit(t) and SECTION_BREAK_RE.match(t):
        return not text_resumes_at_once(page, i)  # "___" between a wire story's parts, or before its credits
    if TEXT_NOTE_RE.match(t) and L.is_prose(t):
        return False  # "Correction, March 4, 2025: An earlier version misstated ...": the text's last words
    if L.is_credit(t) or L.is_skip_header(t) or L.is_tag_header(t) or _about_box(page, i):
        return True
    if L.is_copyright(t) and not (L.is_caption(t) or L.is_photo_credit(t)):
        return True  # "(Image: © NASA/ESA)" under a picture is its credit, not the footer
    if L.is_tag_line(t):
        return not text_resumes(page, i)  # "Topics: uber, Sydney" over the text is the header's
    if len(t) <= 40 and COMMENTS_CONTROL_RE.match(t):
        return True
    if L.is_end_matter(t):
        # a newsletter box in the middle of the text has more text after it
        return not text_resumes(page, i)
    return footer_starts(page, i)


def _about_box(page: Page, i: int) -> bool:
    """ "About Jo Ng" over a paragraph that names Jo Ng: the author's bio, after the text."""
    about = ABOUT_HEADER_RE.match(page.text(i))
    return bool(about) and about.group("name") in page.text(i + 1)


def said_again(page: Page, i: int) -> bool:
    """The same line again nearby: a link repeated between parts of the text, not a wall."""
    t = page.text(i)
    near = range(max(0, i - SEPARATOR_REPEAT), min(i + SEPARATOR_REPEAT, len(page.lines)))
    return any(page.text(j) == t for j in near if j != i)


def text_resumes(page: Page, i: int, reach: int = 8, needed: int = 2, long_you: bool = False) -> bool:
    """`needed` paragraphs of text within `reach` lines after line i; a line addressing the reader
    is a box's, not the text's (with `long_you`, only when it is shorter than a paragraph of text:
    a blog's "If you have ever walked the harbour at dawn ..." is its text)."""
    prose = 0
    for j in range(i + 1, min(i + 1 + reach, len(page.lines))):
        t = page.text(j)
        ui = L.has_ui_pronoun(t) and (len(t) < TEXT_PARAGRAPH_CHARS or not long_you)
        if L.is_prose(t) and not L.is_end_matter(t) and not ui and not L.is_caption(t):
            prose += 1
            if prose >= needed:
                return True
    return False


def text_resumes_at_once(page: Page, i: int) -> bool:
    """Two lines of text within the next few lines, before any header of a list or of end matter."""
    prose = 0
    for j in range(i + 1, min(i + 1 + SECTION_BREAK_LOOKAHEAD, len(page.lines))):
        t = page.text(j)
        if L.is_related_header(t) or L.is_skip_header(t) or L.is_tag_header(t) or L.is_end_matter(t):
            return False
        prose += L.is_prose(t) and not L.has_ui_pronoun(t)
        if prose >= 2:
            return True
    return False


def footer_starts(page: Page, i: int) -> bool:
    if not L.is_footer_marker(page.text(i)):
        return False
    hits = sum(1 for j in range(i, min(i + 8, len(page.lines))) if L.is_footer_marker(page.text(j)))
    return hits >= 2 or any(L.is_copyright(page.text(j)) for j in range(i, min(i + 4, len(page.lines))))
