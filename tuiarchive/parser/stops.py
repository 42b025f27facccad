"""Where the article's text stops: credits, tag lists, about-the-author boxes, comment controls,
the footer; and whether the text resumes after a line that looks like an end."""

from __future__ import annotations

import re
from operator import methodcaller

from . import lines as L
from .dates import date_start, is_clock_stamp, is_relative_stamp
from .lexicon import (
    ABOUT_HEADER_RE,
    COMMENT_ACTIONS_RE,
    COMMENT_REPLY_RE,
    COMMENTS_CONTROL_RE,
    FIRST_SINGULAR_WORDS,
    FORM_DONE_CHARS,
    FORM_DONE_RE,
    FORM_VERBS,
    REPORTING_WORDS,
    SECTION_BREAK_RE,
    SITE_HINTS,
    SITE_OUR_WORDS,
    SITE_PLEASE_WORDS,
    SITE_RULE_WORDS,
    SITE_THING_KINDS,
    TEXT_NOTE_RE,
)
from .page import Page
from .paragraphs import paragraph_lines
from .thresholds import (
    RESUME_REACH,
    RESUME_SHARED_WORDS,
    RESUME_WORDS,
    SECTION_BREAK_LOOKAHEAD,
    SEPARATOR_REPEAT,
    SITE_LINE_CHARS,
    STAMP_CHARS,
    TEXT_PARAGRAPH_CHARS,
)
from .title import content_words

_QUOTE_RE = re.compile(r"[\"“][^\"“”]*[\"”]")
_FIRST_SINGULAR_RE = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b")
_AGO_RE = re.compile(
    r"\b(?:\d+|an?|one)\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.I
)


def is_stop(page: Page, i: int) -> bool:
    t = page.text(i)
    if L.is_credit(t) and SECTION_BREAK_RE.match(t):
        return not text_resumes_at_once(page, i)  # "___" between a wire story's parts, or before its credits
    if TEXT_NOTE_RE.match(t) and L.is_prose(t):
        return False  # "Correction, March 4, 2025: An earlier version misstated ...": the text's last words
    if len(t) <= 40 and COMMENTS_CONTROL_RE.match(t):
        return not text_goes_on(page, i)  # "Comments" in the middle of a page (or a table's column)
    if L.is_credit(t) or L.is_skip_header(t) or L.is_tag_header(t) or _about_box(page, i):
        return True
    if L.is_copyright(t) and not (L.is_caption(t) or L.is_photo_credit(t)):
        return True  # "(Image: © NASA/ESA)" under a picture is its credit, not the footer
    if L.is_tag_line(t):
        return not text_resumes(page, i)  # "Topics: uber, Sydney" over the text is the header's
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
        if L.is_list_header(t) or L.is_end_matter(t):
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


def text_goes_on(page: Page, i: int) -> bool:
    """After a header that would end the text ("Comments", a table's "Comment" column), the
    article goes on: within RESUME_REACH lines, a dense paragraph (RESUME_WORDS words or more,
    running text) sharing RESUME_SHARED_WORDS words of meaning with the text just above the
    header, before any sign of readers' comments (a name, a time, a date) or of the end (a list's
    header, end matter, the footer). A reader's comment speaks in the first person (outside
    quotes), or has its buttons ("Reply", "Like (3) | Report") on the line under it: it is no
    such paragraph. A comments widget in the middle of a page, not its end."""
    seen: set[str] = set()
    above: set[str] = set()  # the words of meaning said in two paragraphs or more: the text's topic
    for j in range(max(0, i - RESUME_REACH), i):
        if L.is_prose(page.text(j)):
            words = content_words(page.text(j))
            above |= words & seen
            seen |= words
    if not above:
        return False
    for j in range(i + 1, min(i + 1 + RESUME_REACH, len(page.lines))):
        t = page.text(j)
        if L.is_name(t) or _stamp(t) or _an_end(t) or COMMENT_ACTIONS_RE.match(t):
            return False
        if len(t.split()) < RESUME_WORDS or not L.is_prose(t) or _FIRST_SINGULAR_RE.search(_QUOTE_RE.sub(" ", t)):
            continue
        if len(content_words(t) & above) >= RESUME_SHARED_WORDS:
            return not _under_it_a_comments_button(page, j)
    return False


def _under_it_a_comments_button(page: Page, j: int) -> bool:
    """The next line with words under line j is a comment's buttons ("Reply")."""
    below = next((page.text(k) for k in range(j + 1, min(j + 3, len(page.lines))) if page.text(k).strip()), "")
    return bool(COMMENT_ACTIONS_RE.match(below))


def _an_end(text: str) -> bool:
    """A list's header, end matter, the footer, a paywall."""
    if L.is_related_header(text) or L.is_skip_header(text) or L.is_end_matter(text):
        return True
    return L.is_copyright(text) or L.is_footer_marker(text) or L.is_paywall(text)


def _stamp(text: str) -> bool:
    """A short line with a date or a time in it: "Jo Ng · March 4, 2026", "2 hours ago", "1:05 pm"
    (a comment's, or a post's, not a sentence of the text)."""
    if len(text) > STAMP_CHARS:
        return False
    return is_relative_stamp(text) or is_clock_stamp(text) or bool(_AGO_RE.search(text)) or date_start(text) is not None


_WORD_RE = re.compile(r"[\w@'’-]+")


def _site_words_on(page: Page) -> bool:
    """A piece of the site's apparatus words somewhere on the page (lexicon.SITE_HINTS)."""
    text = "\n".join(line.text for line in page.lines).lower()
    return any(map(text.__contains__, _ASCII_SITE_HINTS if text.isascii() else SITE_HINTS))


_ASCII_SITE_HINTS = tuple(filter(str.isascii, SITE_HINTS))  # the others are in no ASCII text


def speaks_for_site(text: str) -> bool:
    """A notice of the site's about its own apparatus, not a sentence of the story: its comments' rules
    asked of the reader or named as its own ("Please keep your comments civil.", "Comments that break our
    rules are removed."), a form's option in the reader's voice ("Notify me of new posts by email."): a
    word of the apparatus (lexicon.SITE_THING_KINDS) with "please", or "our" before a word of rules
    (outside quotes); a form's message to the reader once sent ("Thanks for subscribing!"). A sentence
    that reports speech ("..., the council said.") is the story's, and so is one that speaks of comments,
    a copyright or a trademark in the third person or with "our" alone ("Our readers' comments were in
    favour."). Short: SITE_LINE_CHARS at most."""
    if len(text) > SITE_LINE_CHARS:
        return False
    # the words outside quotes, in small letters
    tokens = [w.strip("'’-").lower() for w in _WORD_RE.findall(_QUOTE_RE.sub(" ", text))]
    if not REPORTING_WORDS.isdisjoint(tokens):
        return False
    if tokens and tokens[0] in FORM_VERBS and not FIRST_SINGULAR_WORDS.isdisjoint(tokens[1:3]):
        return True
    if len(text) <= FORM_DONE_CHARS and FORM_DONE_RE.match(text.strip()):
        return True  # "Thanks for subscribing!": the form's message once sent
    if SITE_PLEASE_WORDS.isdisjoint(tokens) and not _our_rules(tokens):
        return False
    return any(any(map(methodcaller("startswith", stems), tokens)) for stems in SITE_THING_KINDS)


def _our_rules(tokens: list[str]) -> bool:
    """ "our community guidelines", "nuestra política": "our" and a word of rules within two words."""
    return any(
        t in SITE_OUR_WORDS and not SITE_RULE_WORDS.isdisjoint(tokens[k + 1 : k + 3]) for k, t in enumerate(tokens)
    )


def _site_line(page: Page, i: int, skipped: range) -> bool:
    return speaks_for_site(page.text(i)) or _reply_of_comment(page, i, skipped)


def _reply_of_comment(page: Page, i: int, skipped: range) -> bool:
    """A comment's "Reply" button: with its writer's date stamp a line or two away ("12 March 2031",
    "2 hours ago"; no sentence: "The lorry crossed at 6am today." is a post's text), as a comment has; a
    quoted post's "Reply" sits among its other buttons ("Retweet", "Like") with no stamp of its own
    (review-parser 08:42)."""
    if COMMENT_REPLY_RE.match(page.text(i)) is None:
        return False
    near = range(max(skipped.start, i - 2), min(skipped.stop, i + 3))
    return any(_stamp(t) and not L.ends_sentence(t) for j in near if j != i and (t := page.text(j)))


def before_site_lines(page: Page, body: list[str]) -> list[str]:
    """The body up to the first of the site's notices about its apparatus (speaks_for_site) met after a
    paragraph of text, as a paragraph or among the lines skipped before one, or a reader's comment's
    "Reply" button among those (a comment's, by its date stamp): a comment form's options, the comments'
    rules. Such a box sits after the article's text, in whatever order a site sets its boxes, and whatever
    prose comes after it (a reader's comment, another story's teaser, an author's bio) is none of the
    article's. One right between two paragraphs of text (no other line around it) is the text's own
    sentence, whatever it says. A paragraph of text stays."""
    if not _site_words_on(page):
        return body
    spans = paragraph_lines(page.lines, body)
    text_read = False
    for k in range(len(body)):
        if text_read:
            skipped = range(spans[k - 1][1] + 1, spans[k][0])
            if any(_site_line(page, i, skipped) for i in skipped) and not (len(skipped) == 1 and _is_text(body[k])):
                return body[:k]
            if speaks_for_site(body[k]) and not _between_text(body, spans, k):
                return body[:k]
        text_read = text_read or _is_text(body[k])
    return body


def _is_text(paragraph: str) -> bool:
    return len(paragraph) >= TEXT_PARAGRAPH_CHARS and L.is_prose(paragraph)


def _between_text(body: list[str], spans: list[tuple[int, int]], k: int) -> bool:
    """Paragraph k right between two paragraphs of text, no line skipped on either side."""
    if k + 1 >= len(body) or not (_is_text(body[k - 1]) and _is_text(body[k + 1])):
        return False
    return spans[k][0] == spans[k - 1][1] + 1 and spans[k + 1][0] == spans[k][1] + 1
