"""Where the article's text stops: credits, tag lists, about-the-author boxes, comment controls,
the footer; and whether the text resumes after a line that looks like an end."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from operator import methodcaller

from . import lines as L
from .appeals import is_appeal
from .bylines import is_person_name
from .cjk_lines import is_cjk_dash_signature, is_cjk_picture_label, is_cjk_sentence_line, is_cjk_site_note
from .consent import is_cookie_notice
from .copyterms import sets_copy_terms
from .dates import date_start, is_clock_stamp, is_relative_stamp
from .endnotes import is_note_heading, is_site_note, tells_its_making
from .lexicon import (
    ABOUT_HEADER_RE,
    AD_LABEL_RE,
    AD_SLOT_RE,
    AUTHOR_NOTE_RE,
    COMMENT_ACTIONS_RE,
    COMMENTS_CONTROL_RE,
    JOURNALIST_RE,
    SECTION_BREAK_RE,
    TEXT_NOTE_RE,
    WRITER_NOTE_RE,
    cjk_chars,
)
from .lexicon_site import (
    COMMENT_REPLY_RE,
    FIRST_SINGULAR_WORDS,
    FORM_DONE_CHARS,
    FORM_DONE_RE,
    FORM_VERBS,
    REPORTING_WORDS,
    SITE_HINTS,
    SITE_OUR_WORDS,
    SITE_PLEASE_WORDS,
    SITE_RULE_WORDS,
    SITE_THING_KINDS,
)
from .page import Page
from .paragraphs import paragraph_lines
from .pieces import Sieved
from .staff_notes import heads_writers_box, is_staff_note
from .stamps import is_correction_note, is_print_stamp, is_update_stamp
from .thresholds import (
    BYLINE_CHARS,
    CJK_NOTE_LINE_CHARS,
    CJK_PICTURE_ROWS,
    CJK_PROSE_CHARS,
    HEADING_NOTE_REACH,
    JOB_LINE_WORDS,
    PAGE_CACHE,
    RELATED_AD_LABEL_WORDS,
    RESUME_AFTER_NOTE,
    RESUME_REACH,
    RESUME_SHARED_WORDS,
    RESUME_WORDS,
    SECTION_BREAK_LOOKAHEAD,
    SEPARATOR_REPEAT,
    SITE_LINE_CHARS,
    STAMP_CHARS,
    TEASER_CHARS,
    TEASER_CUT_CHARS,
    TEASER_CUT_SPREAD,
    TEASER_CUTS,
    TEASER_HEADLINE_MAX,
    TEASER_HEADLINE_WORDS,
    TEASER_PAIRS,
    TEXT_PARAGRAPH_CHARS,
    WRITER_BLOCK_REACH,
)
from .title import content_words

_QUOTE_RE = re.compile(r"[\"“][^\"“”]*[\"”]")
_FIRST_SINGULAR_RE = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b")
_AGO_RE = re.compile(
    r"\b(?:\d+|an?|one)\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.I
)


def is_stop(page: Page, i: int) -> bool:
    early, about, method, tail = _stop_reading(page.text(i))
    if early is not None:
        if early is _RESUMES_AT_ONCE:
            return not text_resumes_at_once(page, i)  # "___" between a wire story's parts, or before its credits
        if early is _GOES_ON:
            return not text_goes_on(page, i)  # "Comments" in the middle of a page (or a table's column)
        if early is _AD_SLOT:
            return not _ad_slot_in_text(page, i)  # "Sponsored feature" over an ad between two paragraphs of the text
        if early is _PICTURE:
            return not _text_under_picture(page, i)
        return early  # (a bool)
    if (about and _about_box(page, i)) or (method and _note_on_method(page, i)):
        return True
    if tail is _TERMS:
        return not _text_after_note(page, i)  # the terms of copying the text, under its last paragraph
    if tail is _RESUMES:
        # "Topics: uber, Sydney" over the text is the header's; a newsletter box in the middle of the
        # text has more text after it
        return not text_resumes(page, i)
    return tail is _FOOTER and footer_starts(page, i)


# What is_stop reads in the line alone, asked again of the same lines (the body's reading, its cards,
# where the text ends) and of a site's lines on each of its pages: remembered, the page's checks after it
_RESUMES_AT_ONCE, _GOES_ON, _AD_SLOT, _RESUMES, _FOOTER = "at once", "goes on", "ad slot", "resumes", "footer"
_TERMS, _PICTURE = "terms", "picture"


@lru_cache(maxsize=PAGE_CACHE)
def _stop_reading(t: str) -> tuple[bool | str | None, bool, bool, str | None]:
    """(an answer or the page's check that gives it, whether an about box's header and a note on method
    are to be checked on the page, then the check left: _TERMS, _RESUMES, _FOOTER or None: no stop)."""
    if L.is_credit(t) and SECTION_BREAK_RE.match(t):
        return _RESUMES_AT_ONCE, False, False, None
    if TEXT_NOTE_RE.match(t) and L.is_prose(t):
        return False, False, False, None  # "Correction, March 4, 2025: An earlier version misstated ...": text
    if len(t) <= 40 and COMMENTS_CONTROL_RE.match(t):
        return _GOES_ON, False, False, None
    if is_ad_label(t) and L.is_skip_header(t):
        return _AD_SLOT, False, False, None
    if L.is_credit(t) or L.is_skip_header(t) or L.is_tag_header(t) or is_site_note(t) or writers_line(t):
        return True, False, False, None
    if heads_writers_box(t):
        return True, False, False, None  # "Über die Autorin", "Chi è l'autore": a box on the writer
    if is_staff_note(t):
        return None, False, False, _TERMS  # a staff writer's note: the text ends unless it goes on under it
    if is_update_stamp(t) or is_print_stamp(t) or is_correction_note(t):
        return None, False, False, _TERMS  # "Dieser Artikel wurde am 13. März aktualisiert.": the site's stamp
    if is_appeal(t) or is_cookie_notice(t):
        return None, False, False, _TERMS  # the site asks to subscribe, give, take its cookies: unless text goes on
    if not t.isascii() and is_cjk_dash_signature(t):
        return True, False, False, None  # "— 森野葵": the writer signs under the text (review W68)
    if not t.isascii() and is_cjk_picture_label(t):
        return _PICTURE, False, False, None  # "写真＝…": a picture's label between paragraphs, or under the text
    if not t.isascii() and is_cjk_site_note(t):
        return (
            None,
            False,
            False,
            _TERMS,
        )  # "下载客户端…", "原标题：…", "声明：…": a CJK site's note, unless text goes on
    if sets_copy_terms(t) and not (L.is_caption(t) or L.is_photo_credit(t)):
        # the terms of copying the text (copyterms.py): a stop with no text under it, after an about box's
        # header and a note on method are checked
        return None, ABOUT_HEADER_RE.match(t) is not None, tells_its_making(t) or is_note_heading(t), _TERMS
    if L.is_copyright(t) and not (L.is_caption(t) or L.is_photo_credit(t)):
        return True, False, False, None  # "(Image: © NASA/ESA)" under a picture is its credit, not the footer
    about = ABOUT_HEADER_RE.match(t) is not None
    method = tells_its_making(t) or is_note_heading(t)
    if L.is_tag_line(t) or L.is_end_matter(t):
        return None, about, method, _RESUMES
    return None, about, method, _FOOTER if L.is_footer_marker(t) else None


def _note_on_method(page: Page, i: int) -> bool:
    """A note on how the story was made (endnotes.tells_its_making) under the text's last paragraph, alone
    or under its heading of a few words ("How we reported this", "Daten und Methode"): no text after it."""
    t = page.text(i)
    if tells_its_making(t):
        return not _text_after_note(page, i)
    if not is_note_heading(t):
        return False
    under = next((k for k in range(i + 1, min(i + 1 + HEADING_NOTE_REACH, len(page.lines))) if page.text(k)), None)
    return under is not None and tells_its_making(page.text(under), headed=True) and not _text_after_note(page, under)


def _text_under_picture(page: Page, i: int) -> bool:
    """A CJK sentence of the text, however short, right under a picture's label, or under the picture's short
    rows that are no sentence (its caption, credit, a video's length: "再生時間 1:32"): the text goes on."""
    rows = 0
    for k in range(i + 1, min(i + 1 + 2 * (CJK_PICTURE_ROWS + 1), len(page.lines))):
        t = page.text(k)
        if not t:
            continue
        if is_cjk_sentence_line(t):
            return True
        rows += 1
        if rows > CJK_PICTURE_ROWS or L.ends_sentence(t) or len(t) > CJK_NOTE_LINE_CHARS:
            return False
    return False


def _text_after_note(page: Page, i: int) -> bool:
    """Two paragraphs of running text (in any script) within a few lines under line i that are neither end
    matter nor a note on method themselves: the text goes on (a data story speaks of "we" in its own text
    too, so a paragraph with "we" in it counts here, unlike text_resumes)."""
    found = 0
    for j in range(i + 1, min(i + 1 + RESUME_AFTER_NOTE, len(page.lines))):
        t = page.text(j)
        prose = L.is_prose(t) or cjk_chars(t) >= CJK_PROSE_CHARS  # (a CJK paragraph is one "word")
        if prose and not (L.is_end_matter(t) or L.is_caption(t) or tells_its_making(t) or _sites_note(t)):
            found += 1
            if found == 2:
                return True
    return False


def _sites_note(text: str) -> bool:
    """The site's word to the reader under its text: an appeal, a cookie notice (a second copy of a banner
    is no text going on under the first)."""
    return is_appeal(text) or is_cookie_notice(text)


def is_ad_label(text: str) -> bool:
    """An ad slot's label that the rules take for a header over furniture (a skip header, a footer's
    link): "Sponsored", or a few words opening with an ad's word ("Sponsored feature", "Promoted",
    "Advertising"). Not "Paid parking", a crosshead no rule takes for furniture."""
    if not (L.is_skip_header(text) or L.is_footer_marker(text)):
        return False
    return AD_SLOT_RE.match(text) is not None or (
        len(text.split()) <= RELATED_AD_LABEL_WORDS and AD_LABEL_RE.match(text) is not None
    )


def _ad_slot_in_text(page: Page, i: int) -> bool:
    """An ad slot's label ("Sponsored") right under a sentence of the text, with a sentence of the text right
    under it and the text going on: the slot sits inside the text, whatever the length of the paragraphs
    around it (a quote of one sentence: '"We waited long enough," she said.'). Over a box of sponsored links
    the next line is a headline or a picture's label, not a sentence."""
    return i > 0 and _sentence(page.text(i - 1)) and _sentence(page.text(i + 1)) and text_resumes_at_once(page, i)


def _sentence(text: str) -> bool:
    """A paragraph of text, or one sentence of it (words in small letters, an end mark)."""
    return _is_text(text) or (L.is_prose(text) and L.ends_sentence(text))


def _about_box(page: Page, i: int) -> bool:
    """ "About Jo Ng" over a paragraph that names Jo Ng: the author's bio, after the text."""
    about = ABOUT_HEADER_RE.match(page.text(i))
    return bool(about) and about.group("name") in page.text(i + 1)


def writers_block(page: Page, i: int) -> bool:
    """The writer's block under a text: a name alone on its line ("Mara Lindqvist") with a job line
    ("Transport reporter", "Redakteurin für Verkehr") or a note on the writer right under it. What ends
    a text, as a credit does (review-parser F2: the text's closing section over one stayed the text's)."""
    if not L.is_name(page.text(i)):
        return False
    reach = range(i + 1, min(i + 1 + WRITER_BLOCK_REACH, len(page.lines)))
    under = next((page.text(k) for k in reach if page.text(k)), "")
    if L.is_role_line(under) or (len(under.split()) <= JOB_LINE_WORDS and JOURNALIST_RE.search(under)):
        return True
    return L.is_end_matter(under) or AUTHOR_NOTE_RE.match(under) is not None or WRITER_NOTE_RE.match(under) is not None


_WRITERS_LINE_RE = re.compile(r"^(?P<name>[^,|·•–—]{4,60}?)\s*(?:,|\||·|•|–|—)\s*(?P<role>[^,|·•–—]{3,80})$")
_WRITERS_LINE = Sieved(_WRITERS_LINE_RE)  # (a line with none of its marks is told in C, not by the lazy retries)
_WRITERS_MARKS = ",|·•–—"  # every match holds exactly one of these (its name and its role hold none)


def writers_line(text: str) -> bool:
    """The writer's name and their job on one line under a text ("Mara Lindqvist, transport reporter",
    "Mara Lindqvist | Redakteurin Lokales"): what ends a text, as a credit does (review-parser I1: a job line
    and a name under the text, the text ran on). The job must be a writer's (a vox pop's "Jo Ng, teacher"
    is none) and the name a person's."""
    # (a line with two of the marks is no match: told by counting them, not by the lazy name's retries at each mark)
    one_mark = len(text) <= BYLINE_CHARS and sum(map(text.count, _WRITERS_MARKS)) == 1
    found = _WRITERS_LINE.match(text) if one_mark and not L.ends_sentence(text) else None
    if found is None or len(found["role"].split()) > JOB_LINE_WORDS or not JOURNALIST_RE.search(found["role"]):
        return False
    return is_person_name(found["name"].strip())


def said_again(page: Page, i: int) -> bool:
    """The same line again nearby: a link repeated between parts of the text, not a wall."""
    t = page.text(i)
    near = range(max(0, i - SEPARATOR_REPEAT), min(i + SEPARATOR_REPEAT, len(page.lines)))
    return any(page.text(j) == t for j in near if j != i)


def text_resumes(page: Page, i: int, reach: int = 8, needed: int = 2, long_you: bool = False) -> bool:
    """`needed` paragraphs of text within `reach` lines after line i; a line addressing the reader
    is a box's, not the text's (with `long_you`, only when it is shorter than a paragraph of text:
    a blog's "If you have ever walked the harbour at dawn ..." is its text); the site's appeal or cookie
    notice is never the text (under a paywall's lines, they are no text resuming after them)."""
    prose = 0
    for j in range(i + 1, min(i + 1 + reach, len(page.lines))):
        t = page.text(j)
        ui = L.has_ui_pronoun(t) and (len(t) < TEXT_PARAGRAPH_CHARS or not long_you)
        if L.is_prose(t) and not L.is_end_matter(t) and not ui and not L.is_caption(t) and not _sites_note(t):
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


_ELLIPSES = ("...", "…")
_LABEL_WORDS = 4  # "by Rahul", "» Sponsored": a card's label among teasers
_HEADLINE_OPENERS = "\"'“‘«»›"


def before_teasers(page: Page, body: list[str]) -> list[str]:
    """The body less the other stories' teasers it ran into after the text's last paragraph, by their
    shape alone, whatever header (or none) is over them and whatever they say. A run at the body's end,
    under a paragraph that ends a sentence, with the cards' headlines and labels ("by Jo Ng", "» Opinion")
    between its blurbs:
    - TEASER_PAIRS or more (headline, short blurb) pairs ("Harbour ferry fares to rise in spring" /
      "Passengers will pay more from April, the operator said."), set apart from the text (a line the
      reader skipped between them: a box's header, a share row; or a card's label among the pairs). The
      text's own headings follow on from its paragraphs, and a text whose own sections are of one
      paragraph (a heading of its own above with one paragraph under it) keeps the run. A headline has
      TEASER_HEADLINE_WORDS to TEASER_HEADLINE_MAX words unless cut off (a caption has more); a question
      ("What happens next?") is a sentence, no headline.
    - TEASER_CUTS or more blurbs cut off with a glued ellipsis where a card ran out of room ("The new quay
      opened on Monday after three years of..."), each TEASER_CUT_CHARS or more and all of about one
      length (TEASER_CUT_SPREAD: a writer's sentences trailing off are of any length), with a card's
      headline or label among them or set apart from the text (a writer's last paragraphs may trail off,
      glued ellipsis and all: review-parser 13:26).
    The last blurb may be uncut; a paragraph of the text right above the first teaser stays."""
    k, pairs, labels, headlines = len(body), 0, 0, 0
    cuts: list[int] = []  # the cut blurbs' lengths
    first_unit = len(body)  # where the run's first headline, label or cut blurb is
    while k > 0:
        t = body[k - 1]
        if _cut_blurb(t):
            cuts.append(len(t))
            k -= 1
        elif k >= 2 and _blurb(t) and _teaser_headline(body[k - 2]):
            pairs += 1
            k -= 2
        elif k == first_unit < len(body) and (_teaser_headline(t) or _card_label(t)):
            labels += not _teaser_headline(t)
            headlines += _teaser_headline(t)
            k -= 1  # a card's headline or label right over a teaser
        elif k == first_unit == len(body) and _blurb(t):
            k -= 1  # the last teaser's blurb uncut (or the text's own last paragraph: kept unless a run is over it)
            first_unit = k
            continue
        else:
            break
        first_unit = k
    cut_run = len(cuts) >= TEASER_CUTS and max(cuts) <= TEASER_CUT_SPREAD * min(cuts)
    if pairs < TEASER_PAIRS and not cut_run:
        return body
    k = first_unit
    if k < 2 or not (_is_text(body[k - 1]) or L.ends_sentence(body[k - 1])):
        return body
    if cut_run and _set_apart(page, body, k, labels + headlines):
        return body[:k]
    if pairs < TEASER_PAIRS or _short_sections(body, k) or not _set_apart(page, body, k, labels):
        return body  # the text's own sections are of one paragraph, or its last ones follow on from it
    return body[:k]


def _set_apart(page: Page, body: list[str], k: int, labels: int) -> bool:
    """Paragraph k set apart from the text above it by a line the reader skipped (a box's header, a
    share row), or a card's label among the run's (labels): the text's own headings follow on from its
    paragraphs."""
    if labels:
        return True
    spans = paragraph_lines(page.lines, body)
    return spans[k][0] - spans[k - 1][1] > 1


def _short_sections(body: list[str], k: int) -> bool:
    """A heading of the text above paragraph k with one paragraph under it only, before the next heading
    or paragraph k ("The early years" / one paragraph / "What comes next"): the text's own sections are
    that short, like the pairs after them."""
    headings = [i for i in range(1, k) if _heading(body[i])] + [k]
    return any(b - a == 2 for a, b in pairwise(headings))


def _cut_blurb(text: str) -> bool:
    """A teaser's blurb cut off: a sentence's words, then an ellipsis glued to the last one ("... after
    three years of...", "... the new ter…"); not a list's "and more ..." nor "Debian, Fedora, ..."."""
    if not text.endswith(_ELLIPSES) or not TEASER_CUT_CHARS <= len(text) <= TEASER_CHARS + 40:
        return False
    head = text.rstrip(".…")
    return len(head.split()) >= 8 and not head.endswith((" ", "!", "?"))


def _blurb(text: str) -> bool:
    return len(text) <= TEASER_CHARS and L.is_prose(text)


def _teaser_headline(text: str) -> bool:
    """A card's headline: a few words, not a sentence, opening on a letter, a figure, a quote or a
    card's arrow (not a dash: "— Jo Ng (@jong) May 2, 2031" signs a quoted post), cut off or not."""
    words = len(text.split())
    cut = text.endswith(_ELLIPSES) and len(text) < TEASER_CUT_CHARS  # a headline cut off, not a blurb
    if words < TEASER_HEADLINE_WORDS or (words > TEASER_HEADLINE_MAX and not cut):
        return False
    if not (text[:1].isalnum() or text[:1] in _HEADLINE_OPENERS) or _speaker_with_age(text):
        return False
    return cut or L.looks_like_headline(text, min_words=TEASER_HEADLINE_WORDS)


_AGE_LABEL_RE = re.compile(r"^(?P<name>[^,\d]{3,60}), \d{1,3}(?:,|$)")


def _speaker_with_age(text: str) -> bool:
    """ "Jo Ng, 34, teacher": a vox pop's label over the quote of the person it names, no teaser's headline."""
    found = _AGE_LABEL_RE.match(text)
    return found is not None and L.is_name(found["name"])


def _card_label(text: str) -> bool:
    return len(text.split()) <= _LABEL_WORDS and not L.ends_sentence(text)


def _heading(text: str) -> bool:
    """A line of the text that is no sentence: a crosshead ("What comes next"), a list's lead."""
    return not L.ends_sentence(text) and len(text) < 100 and not text.endswith(":")
