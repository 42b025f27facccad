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
- The text's own closing list: rows with figures in them (a tour's dates and places, a round-up's
  results), maybe under a heading or a sentence that announces them, up to where the page's furniture
  starts. The span stage reads each short row as a weak block and cuts them; a list of other stories
  has no figure in its items (past an item's number), a feed's items open with a time.
"""

from __future__ import annotations

import re

from . import lines as L
from .lexicon import (
    AD_SLOT_RE,
    AUTHOR_NOTE_RE,
    DIGIT_RE,
    DISCLOSURE_RE,
    LABELLED_NOTE_RE,
    POST_SIGNATURE_RE,
    PUBLICATION_NOTE_RE,
    READER_ASK_RE,
    SITE_WORDS_RE,
    STOP_WORDS,
    TOPIC_NEUTRAL_WORDS,
    boilerplate_kinds,
)
from .page import Page
from .paragraphs import paragraph_lines
from .span import asks_of_reader
from .thresholds import (
    AUTHOR_NOTE_WORDS,
    CLOSING_FURNITURE_LINES,
    CLOSING_HEADING_WORDS,
    CLOSING_LABEL_WORDS,
    CLOSING_LIST_ROWS,
    CLOSING_LOOKAHEAD,
    CLOSING_NOTE_LINES,
    CLOSING_ROW_WORDS,
    CLOSING_SENTENCE_WORDS,
    CLOSING_TOPIC_PARAGRAPHS,
    POST_LINES,
)

_WORD_RE = re.compile(r"\w+")  # a word without its punctuation or a possessive's "s"
_NOT_TOPIC = STOP_WORDS | TOPIC_NEUTRAL_WORDS


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
    listed = closing_list(page, after)
    if listed is not None:
        body = [*body, *(line.text for line in page.lines[after:listed])]
        after = listed
    else:
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
    published or reprinted, a disclosure."""
    return any(p.match(text) for p in (LABELLED_NOTE_RE, PUBLICATION_NOTE_RE, DISCLOSURE_RE))


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
    if not 4 <= len(tokens) <= CLOSING_SENTENCE_WORDS or not text[:1].isupper() or not L.ends_sentence(text):
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
    return {w for w in _WORD_RE.findall(text.lower()) if len(w) > 3 and w not in _NOT_TOPIC}


def _goes_on(body: list[str], sentence: str) -> bool:
    """The sentence shares a word of meaning with the text's last paragraphs ("The bridge opens to cyclists
    first." under paragraphs on the bridge) and has none of the site's words ("Local journalism, delivered
    every morning.", "Read by forty thousand people every week." share none): review-parser 05:53."""
    if SITE_WORDS_RE.search(sentence) or boilerplate_kinds(sentence.split())[0]:
        return False
    return bool(_content_words(sentence) & _content_words(" ".join(body[-CLOSING_TOPIC_PARAGRAPHS:])))


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


_ITEM_NUMBER_RE = re.compile(r"^\W*\d{1,3}\W*\s")  # an item's number: "1 ", "2. ", "(3) "
_TIME_FIRST_RE = re.compile(r"^\d{1,2}[:.]\d\d\b")  # a feed's item: "14:05 Ferry service resumes"


def closing_list(page: Page, after: int) -> int | None:
    """Where the text's own closing list, from line `after` on, ends (None: no such list there): a heading
    ("Tour dates") or a sentence announcing it ("The remaining dates are:"), then CLOSING_LIST_ROWS
    rows or more with figures ("June 9 - Harbour Arena, Kingsport", "Kettia (3-1): Jo Ng 2 goals."), a
    short label between them ("GIRLS SOCCER") now and then; and the text's own end right under the last
    row (a credit, a date stamp, its end matter, or the page's end): a list the text closes with, not a
    box of other stories, markets or the weather, whose lines have figures in them too."""
    n = len(page.lines)
    if after >= n or not _list_heading(page.text(after)) or _row(page, after):
        return None  # rows with no heading over them: a box of the page's (a venue's schedule) as often
    j = after + 1
    rows = labels = 0
    end = None
    while j < n:
        if _row(page, j):
            rows += 1
            end = j + 1
        elif _list_label(page.text(j)):
            labels += 1
        else:
            break
        j += 1
    if end is None or rows < CLOSING_LIST_ROWS or 2 * labels > rows:
        return None
    if end < n and not _texts_own_end(page, end):
        return None  # more items, more text or the footer under the rows: a box of the page's (review-parser)
    return end


def _texts_own_end(page: Page, i: int) -> bool:
    """What ends an article's text, not a page: its credit ("Additional reporting by Jo Ng"), its date
    stamp, its end matter (a box about the author, a newsletter's). A page's boxes (other stories, markets,
    jobs, the weather) end at the footer too: that tells nothing."""
    t = page.text(i)
    return L.is_credit(t) or L.is_end_matter(t) or bool(page.date_at(i))


def _furniture_line(text: str) -> bool:
    return (
        L.is_chrome(text)
        or L.is_cta(text)
        or L.is_credit(text)
        or L.is_copyright(text)
        or L.is_end_matter(text)
        or L.is_related_header(text)
        or L.is_list_header(text)
        or L.is_paywall(text)
        or L.is_caption(text)
        or L.is_photo_credit(text)
        or READER_ASK_RE.search(text) is not None
    )


def _row(page: Page, i: int) -> bool:
    """A row of a list of facts: a figure past its item's number, a few words of letters, no date stamp,
    no feed's time, no furniture."""
    text = page.text(i)
    tokens = text.split()
    fewest, most = CLOSING_ROW_WORDS
    if len(tokens) > most or sum(t[:1].isalpha() for t in tokens) < fewest:
        return False
    if not DIGIT_RE.search(_ITEM_NUMBER_RE.sub("", text, count=1)) or _TIME_FIRST_RE.match(text):
        return False
    return not (page.date_at(i) or _furniture_line(text))


def _list_label(text: str) -> bool:
    """A section's label between rows ("BOYS SOCCER", "Second round"): a few words, no figure, no sentence."""
    return (
        len(text.split()) <= CLOSING_LABEL_WORDS
        and not DIGIT_RE.search(text)
        and not L.ends_sentence(text)
        and not _furniture_line(text)
    )


def _list_heading(text: str) -> bool:
    """A heading over a list ("Tour dates 2031") or a sentence announcing it ("The remaining dates are:")."""
    if _furniture_line(text) or L.addresses_reader(text):
        return False
    if text.endswith(":"):
        return True
    return len(text.split()) <= CLOSING_HEADING_WORDS and not L.ends_sentence(text)
