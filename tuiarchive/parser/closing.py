"""What closes the text after its last paragraph and still belongs to it.

Only the lines right under the last paragraph are read; a header ("About the author"), a list or
any other line between ends the text as before.

- A note on the author ("Jane Roe is a science writer in Lisbon.", "ANA RUIZ ES LA EDITORA DE
  CIENCIA"): the article's own last block. The reader stops at an author's bio (chrome.is_end_matter:
  nothing of the text comes after one); the one printed right under the text is still the text's.
- Notes, up to three lines: labelled notes in brackets ("(Photo: Jane Roe)", "(Chart: Harbour tides in
  2030 - here)"), where the article first appeared or was reprinted, a disclosure ("Disclaimer: ..."),
  a social post quoted at the end with the line that signs it: the text's own, printed as part of it
  (every labelled set keeps them; an update or correction note ends the text before it, as before).
- A short last sentence set apart from the text by a picture's caption or an ad slot's label: the text
  goes on under it, so the sentence is its last, when the page's furniture (not more text) starts right
  under it.
"""

from __future__ import annotations

import re

from . import lines as L
from .copyterms import sets_copy_terms
from .endnotes import is_licence_note
from .lexicon import (
    AD_SLOT_RE,
    AUTHOR_NOTE_RE,
    DISCLOSURE_RE,
    LABELLED_NOTE_RE,
    POST_SIGNATURE_RE,
    PUBLICATION_NOTE_RE,
    SITE_WORDS_RE,
    STOP_WORDS,
    TOPIC_NEUTRAL_WORDS,
    boilerplate_kinds,
    lower_words,
)
from .lexicon_site import REPORTING_WORDS
from .names import split_names
from .page import Page
from .paragraphs import paragraph_lines
from .paywalls import is_paywall_line
from .span import asks_of_reader
from .staff_notes import is_staff_note
from .stamps import is_print_stamp
from .thresholds import (
    AUTHOR_NOTE_WORDS,
    BYLINE_CHARS,
    CLOSING_FURNITURE_LINES,
    CLOSING_LOOKAHEAD,
    CLOSING_NOTE_LINES,
    CLOSING_SENTENCE_WORDS,
    CLOSING_TOPIC_PARAGRAPHS,
    POST_LINES,
    SIGN_OFF_EXTRA_WORDS,
    SIGN_OFF_SMALL_WORD,
)

_WORD_RE = re.compile(r"\w+")  # a word without its punctuation or a possessive's "s"
_OPENING_QUOTES = "\"“„«‘' "
_QUOTE_MARKS = '"“”«»„「」'
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？")  # (a name in brackets ends on one of TERMINAL's marks)
_NOT_TOPIC = STOP_WORDS | TOPIC_NEUTRAL_WORDS


def is_author_note(text: str) -> bool:
    """A sentence that starts with a person's name and says what they are ("X Y is a ..."), or a note on
    the writer told by its shape ("X Y covers the port for the paper", "X Y a rejoint la rédaction en 2021":
    chrome.writer_note_subject): the real labels keep a plain one right under the text (5 of 6)."""
    if sets_copy_terms(text):
        return False  # "Jede Weiterverwendung unserer Texte bedarf ...": a German noun's capital is no name's
    if is_staff_note(text):
        return False  # a staff writer's note is the site's (staff_notes.py)
    if is_paywall_line(text):
        return False  # "Dieser Artikel ist nur für Abonnenten.": a paywall's notice, no writer's note
    if L.writer_note_subject(text):
        return True
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
    last = _last_sentence_past_furniture(page, body, after)
    if last is not None:
        return [*body, page.lines[last].text]
    notes: list[str] = []
    j, n = after, len(page.lines)
    while j < n and len(notes) < CLOSING_NOTE_LINES:
        text = page.text(j)
        if is_closing_note(text):
            if _bare_label(text):  # "Disclaimer" over its sentence: both, else none (a footer's link)
                if j + 1 >= n or not _note_sentence(page.text(j + 1)):
                    break
                notes.append(page.lines[j].text)
                j += 1
            notes.append(page.lines[j].text)
            j += 1
            continue
        post = _quoted_post_end(page, j)
        if post is None:
            break
        notes.extend(line.text for line in page.lines[j:post])
        j = post
    return [*body, *notes] if notes else body


def is_closing_note(text: str) -> bool:
    """A note under the text that is its own: a labelled note in brackets, where the article was first
    published or reprinted, a disclosure. Not the terms it may be republished under (a licence, rights,
    a permission): those are the site's (endnotes.is_licence_note)."""
    if not any(p.match(text) for p in (LABELLED_NOTE_RE, PUBLICATION_NOTE_RE, DISCLOSURE_RE)):
        return False
    return not (is_licence_note(text) or is_print_stamp(text))  # (a print note in other words than the labels')


def _bare_label(text: str) -> bool:
    return len(text.split()) <= 2 and DISCLOSURE_RE.match(text) is not None


def _note_sentence(text: str) -> bool:
    """The sentence under a note's bare label ("The views expressed here are the writer's own."): no
    furniture, no link of a few words."""
    return L.is_prose(text) and not (L.is_chrome(text) or L.is_cta(text) or L.is_copyright(text))


def _quoted_post_end(page: Page, j: int) -> int | None:
    """Where a social post quoted under the text's last paragraph ends: its words (a line or two, no
    furniture), then the line that signs it ("— Jo Ng (@jong) March 4, 2031")."""
    for k in range(j, min(len(page.lines), j + POST_LINES + 1)):
        t = page.text(k)
        if POST_SIGNATURE_RE.match(t):
            return k + 1
        if L.is_chrome(t) or L.is_cta(t):
            return None
    return None


def _in_text_furniture(text: str) -> bool:
    """A picture's caption or credit, an ad slot's label ("Advertisement"), set between the text's
    paragraphs. Not a pointer to another story ("Read more: ..."): the short sentence under one is as
    often that story's blurb (review-parser)."""
    return L.is_caption(text) or L.is_photo_credit(text) or AD_SLOT_RE.match(text) is not None


def _closing_sentence(text: str) -> bool:
    """A short sentence that can close a text ("The first ferry leaves at seven."): a capital first, words
    in small letters, an end mark; no furniture, credit, note or call to action."""
    tokens = text.split()
    opening = text.lstrip(_OPENING_QUOTES)  # a quotation opens it: '"We waited long enough," she said.'
    if not 4 <= len(tokens) <= CLOSING_SENTENCE_WORDS or not opening[:1].isupper() or not L.ends_sentence(text):
        return False
    if text.endswith("?"):
        return False  # a poll's question ("Should the council spend more on repairs?" / "Yes" / "No")
    if sum(t[:1].islower() for t in tokens) < 2 or asks_of_reader(text):
        return False
    return not (
        L.is_chrome(text) or L.is_credit(text) or L.is_copyright(text) or L.is_end_matter(text) or L.is_caption(text)
    )


def _content_words(text: str) -> set[str]:
    """Words of meaning ("council" of "the council's vote"): 4+ letters, no stop word, none any two
    sentences share without speaking of one thing."""
    return {w for w in lower_words(text) if len(w) > 3 and w not in _NOT_TOPIC}


def _goes_on(body: list[str], sentence: str) -> bool:
    """The sentence shares a word of meaning with the text's last paragraphs ("The bridge opens to cyclists
    first." under paragraphs on the bridge) and has none of the site's words ("Local journalism, delivered
    every morning.", "Read by forty thousand people every week." share none): review-parser 05:53."""
    if SITE_WORDS_RE.search(sentence) or boilerplate_kinds(sentence.split())[0]:
        return False
    if _reported_speech(sentence):
        return True  # someone's words the story reports: no site's slogan or pitch is said by someone
    return bool(_content_words(sentence) & _content_words(" ".join(body[-CLOSING_TOPIC_PARAGRAPHS:])))


def _reported_speech(sentence: str) -> bool:
    """A quotation and a word that reports it ('"We waited long enough," the mayor said.', « ... », a déclaré ...)."""
    if not any(mark in sentence for mark in _QUOTE_MARKS):
        return False
    return not REPORTING_WORDS.isdisjoint(lower_words(sentence))


def _last_sentence_past_furniture(page: Page, body: list[str], after: int) -> int | None:
    """The line of a short last sentence under the text, past one or two lines of the text's own furniture
    (a caption, its credit), with the page's furniture (or its end) right under it: prose among the
    next lines means the reader is past the text already (a comment, a teaser's headline and blurb). The
    sentence goes on with the text's topic (_goes_on): a site's slogan or pitch there does not."""
    n = len(page.lines)
    j = after
    while j < n and j - after < CLOSING_FURNITURE_LINES and _in_text_furniture(page.text(j)):
        j += 1
    if j == after or j >= n or not _closing_sentence(page.text(j)) or not _goes_on(body, page.text(j)):
        return None
    under = range(j + 1, min(n, j + 1 + CLOSING_LOOKAHEAD))
    return None if any(L.is_prose(page.text(k)) for k in under) else j


def signs_off(text: str, author: str | None) -> bool:
    """A line under the text that signs it and says nothing else: the writer's name with a mark, a place or
    an outlet beside it ("— Jane Roe", "(Jane Roe)", "Jane Roe / Harbour Wire", "– Jane Roe, Lindhaven",
    "（林雨晴）"). No sentence: a note on the writer ("Jane Roe covers ...") is the text's (is_author_note).
    The text-copy reading drops such a line at the text's edge (span.py: a weak paragraph); a saved page's
    library keeps it inside <article> (formats/html.py asks here)."""
    if not author or len(text) > BYLINE_CHARS or text.endswith(_SENTENCE_MARKS):
        return False
    rest = text
    for name in split_names(author):
        if name not in rest:
            return False
        rest = rest.replace(name, " ")
    words = _WORD_RE.findall(rest)
    # what is left: a byline's word, a place or an outlet, each a word with a capital or a short one
    return len(words) <= SIGN_OFF_EXTRA_WORDS and all(w[:1].isupper() or len(w) <= SIGN_OFF_SMALL_WORD for w in words)
