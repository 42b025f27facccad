"""Stage `body`: reading the text from where it starts (start.py) to its end, cards and boxes inside
it, and the body's edges moved by the span stage, the boundary model and a wire dateline."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from ..model import RelatedItem
from ..text import fold
from . import lines as L
from .appeals import is_appeal
from .body_model import model_bounds
from .cards import inline_card
from .datablock import ends_data_block, heads_data_under, is_row, starts_a_row
from .dates import is_relative_stamp
from .lexicon import (
    AD_SLOT_RE,
    BULLET_RE,
    DATELINE_LEAD_RE,
    FUNCTION_END,
    VALUE_LABELS,
    cjk_chars,
)
from .page import Page, is_card_label, section_name
from .paragraphs import (
    continues,
    dangling,
    join_lines,
    link_list,
    paragraph_lines,
    paragraph_tail,
    reads_like_text,
    wrap_width,
    wrapped,
)
from .paywalls import is_paywall_line
from .players import video_player_end
from .shape import has_digit
from .span import PARAMS as SPAN_PARAMS
from .span import Block, asks_of_reader, body_span, classify, measure
from .start import dateline_lead
from .stops import is_ad_label, is_stop, said_again, text_resumes, text_resumes_at_once, writers_block
from .thresholds import (
    AD_BRAND_MAX_WORDS,
    AD_TEASER_MIN_WORDS,
    CARD_HEADLINE_CHARS,
    CARD_HEADLINE_MIN_WORDS,
    CARD_WORDS,
    CJK_PROSE_CHARS,
    DATA_BLOCK_LOOK,
    DATELINE_LOOKAHEAD,
    DATELINE_PARAGRAPHS,
    DATELINE_SKIPPABLE,
    HEADER_FURNITURE_LINES,
    MAX_CLASSIFY,
    SEPARATOR_REACH,
    SHORT_TEXT_RUN,
    TEXT_PARAGRAPH_CHARS,
)
from .title import cjk_headline, cjk_prose
from .trailer_rows import furniture_under


def _runs_on(text: str) -> bool:
    """Ends on a word that cannot end a sentence or a headline: "is part of a"."""
    return not text.endswith(L.TERMINAL) and text.split()[-1].lower() in FUNCTION_END


def _is_shouted_link(text: str) -> bool:
    """ "SENATE HAWKS PRESS PIKE TO FAST-TRACK INTERCEPTORS": a promoted headline; subheads in
    capitals are short."""
    if not text.isupper():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(text.split()) >= 6
        and not L.is_cta(text)
        and len(letters) > 20
        and all(not ch.islower() for ch in letters)
        and not L.ends_sentence(text)
    )


def read_body(page: Page, start: int) -> tuple[list[str], int, bool]:
    """Paragraphs from `start` until the article ends; also collects in-body cards."""
    n = len(page.lines)
    paragraphs: list[str] = []
    current: list[str] = []  # the paragraph being assembled from fragments
    dropping = False  # the current "paragraph" is a call to action being discarded
    truncated = False
    last_kept = start
    # where each paragraph started, and how many lines were skipped just before it
    starts: list[tuple[int, int]] = []
    current_start = start
    previous_end = start

    text_begun = False  # a good paragraph (span.classify) has been kept
    prose_read = False  # a paragraph of prose has been kept: a block of data may follow (datablock.py)
    width = wrap_width(page.lines)  # a hard-wrapped copy: its lines run on where the width broke them
    data_until = 0  # the story's block of data the reader is in ends before this line

    def flush() -> None:
        nonlocal current, dropping, previous_end, text_begun, prose_read
        if current and not dropping:
            joined = join_lines(current)
            # a "paragraph" glued from menu items or tags ("Valdenia bees pesticides
            # Home News") is no text: every piece is a word or two, and no sentence ends
            if text_begun and link_list(current):
                # a list of links glued by the reader after the text has begun: each its own
                # (weak) paragraph, so that the span stage sees the furniture for what it is
                for k, part in enumerate(current):
                    paragraphs.append(part)
                    starts.append((current_start + k, 0 if k else current_start - previous_end))
                previous_end = last_kept + 1
            elif L.ends_sentence(joined) or len(current) < 3 or any(len(part.split()) > 3 for part in current):
                paragraphs.append(joined)
                starts.append((current_start, current_start - previous_end))
                previous_end = last_kept + 1
                text_begun = text_begun or classify(measure(joined)) is Block.GOOD
                prose_read = prose_read or L.is_prose(joined) or cjk_prose(joined)
        current = []
        dropping = False

    i = start
    while i < n:
        line = page.lines[i]
        t = line.head
        if L.is_paywall(t) or is_paywall_line(t):  # (the English phrases, or the shape in any common language)
            if text_resumes(page, i) or (said_again(page, i) and text_resumes(page, i, SEPARATOR_REACH, 1)):
                # "Continue reading" between paragraphs of the text, or said again and again
                # between its parts (around boxes of links, ads): a link, not the wall
                i += 1
                continue
            truncated = True
            break
        if is_stop(page, i):
            if not _text_read(paragraphs, current) and text_resumes(page, i, HEADER_FURNITURE_LINES, long_you=True):
                flush()
                paragraphs.clear()  # what came before was the header's furniture, not the text
                starts.clear()
                text_begun = prose_read = False
                i += 1
                continue  # "Written by Jo Ng" under the headline: no credit after a text
            break
        if L.is_related_header(t):
            card_end = _card_after_header(page, i)
            if card_end is None and _closes_a_card(paragraphs, current) and text_resumes_at_once(page, i):
                # headline, a blurb cut off mid-sentence, "Read more", and the text goes on: a
                # card inside the text, its link under it
                page.related.append(RelatedItem("Related", paragraphs.pop()))
                starts.pop()
                current = []
                i += 1
                continue
            if card_end is None:
                break
            flush()
            page.boxes.append(range(i, card_end))
            i = card_end
            continue
        if _is_shouted_link(t) and (paragraphs or current):
            flush()
            page.related.append(RelatedItem("Related", t))  # an ALL-CAPS promo link between paragraphs
            i += 1
            continue
        inline = inline_card(t)
        if inline and L.looks_like_headline(inline[1], min_words=3, listed=True):
            flush()  # "Read more: <headline>" on one line: a card, not text (nor a gap in it: a box read past)
            page.related.append(RelatedItem(section_name(inline[0]), inline[1]))
            page.boxes.append(range(i, i + 1))
            i += 1
            continue
        if L.is_photo_credit(t):
            # "Getty Images" then its caption, or a caption then "Image: X/AFP"
            if current and not L.ends_sentence(paragraph_tail(current)) and not dropping:
                current = []
            elif paragraphs and not current and not L.ends_sentence(paragraphs[-1]) and last_kept == i - 1:
                paragraphs.pop()
            flush()
            nxt = page.text(i + 1)
            credit = i
            i += 2 if nxt and not L.ends_sentence(nxt) and len(nxt.split()) <= 40 and not dangling(nxt) else 1
            if text_begun:  # a picture inside the text: its credit is no furniture skipped between paragraphs
                page.boxes.append(range(credit, i))
            continue
        ad_end = _ad_block(page, i) if i >= data_until else None  # (short and long rows of data alternate)
        ad_end = ad_end or (video_player_end(page.text, n, i) if paragraphs or current else None)  # no gap: a video
        if ad_end is not None:
            flush()
            page.boxes.append(range(i, ad_end))
            i = ad_end
            continue
        rows = _heads_data(page, i, paragraphs, current) if prose_read else 0
        data_until = i + 1 + rows if rows else data_until
        card = None if rows else _implicit_card(page, i)
        if card is not None:
            flush()
            page.boxes.append(range(i, card))
            i = card
            continue
        if line.blank_before and current and not (dangling(paragraph_tail(current)) and line.text[:1].islower()):
            flush()
        if L.is_cta(t) or (len(t) < 70 and L.ends_sentence(t) and _asks_of_reader(t, paragraphs, current)):
            flush()
            current, dropping = [line.text], True
            i += 1
            continue
        run_on = (
            width is not None
            and bool(current)
            and not dropping
            and not line.blank_before
            and last_kept == i - 1
            and wrapped(current[-1], line.text, width)
        )
        open_fragment = bool(current) and not dropping and (run_on or dangling(paragraph_tail(current)))
        if (
            not open_fragment
            and i >= data_until  # (a row of the block: "Gull Quay, Lindhaven" is no writer's name there)
            and not _is_body_line(page, i)
            and not (prose_read and _heads_data(page, i, paragraphs, current))
        ):
            if prose_read and AD_SLOT_RE.match(t) and _statement(page.text(i + 1)):
                # an ad slot's label read past inside the text, a sentence of it under the label: no gap in the text
                # (a poll's question under it is no sentence of the text)
                page.boxes.append(range(i, i + 1))
            i += 1
            continue
        if current and (
            run_on
            or (continues(paragraph_tail(current), line.text) and not (prose_read and _own_row(current, line.text)))
        ):
            current.append(line.text)
        else:
            flush()
            current = [line.text]
            current_start = i
        last_kept = i
        i += 1
    flush()
    while paragraphs:
        last = paragraphs[-1]
        words = len(last.split())
        gap = starts[len(paragraphs) - 1][1]
        if _ends_a_list(paragraphs, gap) or ends_data_block(paragraphs, [g for _, g in starts]):
            break
        # trailing labels and link texts ("Latest headlines from the Ledger", "Before it's here,
        # it's on the Terminal"), and a lone tagline after a stretch of page furniture
        if (words < 10 and not L.ends_sentence(last)) or (len(paragraphs) > 1 and gap >= 4 and words < 15):
            paragraphs.pop()
            continue
        break
    return paragraphs, max(last_kept + 1, min(i, n)), truncated


def _statement(text: str) -> bool:
    """A sentence of running text that states (a question under an ad slot is a poll's)."""
    return L.is_prose(text) and L.ends_sentence(text) and not text.endswith("?")


def _asks_of_reader(text: str, paragraphs: list[str], current: list[str]) -> bool:
    """A short sentence that speaks to the reader is a call to action before the text (the site's
    furniture above it); once the text is read, only one that asks for something of the site's is
    (span.asks_of_reader): the text's own last words may speak to the reader."""
    return asks_of_reader(text) if _text_read(paragraphs, current) else L.addresses_reader(text)


def _closes_a_card(paragraphs: list[str], current: list[str]) -> bool:
    """The reader is inside a blurb cut off mid-sentence ("... and some of the boats were lost in") under
    a headline-shaped paragraph: a card's, when a link's label follows."""
    return bool(current) and bool(paragraphs) and dangling(paragraph_tail(current)) and _headline_shaped(paragraphs[-1])


def _headline_shaped(text: str) -> bool:
    """A line that could be a link's headline: a few words, capitalised, no sentence."""
    words = len(text.split(None, CARD_WORDS))  # (up to one more than a card's: a paragraph is not split whole)
    return text[:1].isupper() and not L.ends_sentence(text) and CARD_HEADLINE_MIN_WORDS <= words <= CARD_WORDS


def _text_read(paragraphs: list[str], current: list[str]) -> bool:
    """Has the reader kept a paragraph of running text yet, or a run of short ones (a story told in
    paragraphs of a sentence or two: three of them in a row is no header's dek or caption)?"""
    texts = [*paragraphs, join_lines(current)] if current else paragraphs
    if any(len(p) >= TEXT_PARAGRAPH_CHARS and L.is_prose(p) for p in texts):
        return True
    run = 0
    for p in texts:
        run = run + 1 if L.is_prose(p) and L.ends_sentence(p) else 0
        if run >= SHORT_TEXT_RUN:
            return True
    return False


def _ends_a_list(paragraphs: list[str], gap: int) -> bool:
    """The last of a run of marked items ("* Tweaked the debug screen" / "- Removed the old
    menu"): an item of a list the text ends with, not a stray label."""
    return gap == 0 and len(paragraphs) > 2 and all(BULLET_RE.match(p) for p in paragraphs[-3:])


def _own_row(current: list[str], line: str) -> bool:
    """The line is a row of data of its own (datablock.starts_a_row), not the rest of the paragraph (asked once
    the text has begun: a block of data is under the text; a ticker's lines over it are the page's)."""
    return starts_a_row(current[-1], line, dangling(paragraph_tail(current)))


def _heads_data(page: Page, i: int, paragraphs: list[str], current: list[str]) -> int:
    """The rows of the story's own data block right under the text that line i heads (datablock.heads_data_under;
    0: none), which the reader would pass over as no text's ("Die Tabelle der Kreisliga" reads as a name)."""
    if i + 1 >= len(page.lines) or not is_row(page.text(i + 1)) or not (paragraphs or current):
        return 0
    below = [page.text(j) for j in range(i, min(i + 1 + DATA_BLOCK_LOOK, len(page.lines)))]
    return heads_data_under([*paragraphs, join_lines(current)] if current else paragraphs, below)


def _is_body_line(page: Page, i: int) -> bool:
    t = page.text(i)
    if L.is_chrome(t) or L.is_caption(t) or page.date_at(i) or is_relative_stamp(t) or is_ad_label(t):
        return False  # (an ad slot's label the reader reads past: "Sponsored feature")
    if L.read_minutes(t) or L.is_credit(t) or L.byline_names(t) or L.is_byline_marker(t):
        return False
    return not (L.is_name(t) and not L.is_speaker_label(t))


def _card_after_header(page: Page, i: int) -> int | None:
    """A related header inside the body: return where the body resumes, or None if the
    header starts the lists after the article. The card's headlines are collected."""
    section = section_name(page.text(i))
    items: list[str] = []
    label_pending = False
    for j in range(i + 1, min(i + 16, len(page.lines))):
        t = page.text(j)
        headline = (
            L.looks_like_headline(t, min_words=3) or (t.endswith("?") and len(t.split()) >= 3) or cjk_headline(t)
        ) and not _runs_on(t)
        resumes = (L.is_prose(t) or _cjk_text_resumes(page, j) or _runs_on(t)) and not (
            L.is_end_matter(t) or L.is_cta(t)
        )
        if not headline and resumes and not items and _card_headline_before_text(page, j):
            items.append(t)  # a card's one headline that reads as a sentence, the text right after it
            continue
        if not headline and resumes and items and _blurb_of_a_list(page, j):
            continue  # a one-sentence blurb under each headline of the list: the list goes on
        if not headline and resumes:
            if items:
                resume = j
                # a short line just before the text goes on is its subhead, not a card
                if len(items) > 1 and len(items[-1].split()) <= 6 and page.text(j - 1) == items[-1]:
                    items.pop()
                    resume = j - 1
                page.related.extend(RelatedItem(section, h) for h in items)
                return resume
            return None
        if is_stop(page, j) or (L.is_related_header(t) and not items) or (items and L.is_end_matter(t)):
            return None  # a newsletter box after the list: what comes next is no text of the article
        if L.is_related_header(t):
            section = section_name(t)  # a second box right after the first
            continue
        if label_pending:
            label_pending = False
            continue
        if fold(t) in VALUE_LABELS:
            label_pending = True
            continue
        if headline or (not items and len(t.split()) <= 6 and not L.ends_sentence(t) and not L.is_chrome(t)):
            items.append(t)  # a headline, or a box's one link ("Related Links" / "Agency website")
    return None


def _cjk_text_resumes(page: Page, j: int) -> bool:
    """CJK running text at line `j` (told by its characters: no spaces to count words by): a
    paragraph's worth, or two sentences' lines in a row (one short sentence alone may be a box's
    pitch: "Support local news" / "We cover the town every day. Subscribe.")."""
    t = page.text(j)
    if cjk_chars(t) >= CJK_PROSE_CHARS:
        return True
    if not cjk_prose(t):
        return False
    nxt = next((page.text(k) for k in range(j + 1, min(j + 3, len(page.lines))) if page.text(k)), "")
    return cjk_prose(nxt)


def _blurb_of_a_list(page: Page, j: int) -> bool:
    """A short sentence with the next headline of a list right under it: an item's blurb (not a
    sentence cut at a link: "The reef is part of a" / "marine protected area")."""
    t, nxt = page.text(j), page.text(j + 1)
    if cjk_headline(nxt):  # (CJK: no capitals, no spaces to count words by; a paragraph's worth is text)
        return cjk_chars(t) < CJK_PROSE_CHARS and L.ends_sentence(t)
    if len(t) >= TEXT_PARAGRAPH_CHARS or not L.ends_sentence(t) or not nxt[:1].isupper():
        return False
    return L.looks_like_headline(nxt, min_words=3) and not _runs_on(nxt)


def _card_headline_before_text(page: Page, j: int) -> bool:
    """A short sentence just under a related header, and long paragraphs of text right after it:
    the header's card (its one headline), inside the article's text."""
    t = page.text(j)
    if len(t) > CARD_HEADLINE_CHARS or t.count(". ") > 1:
        return False
    after = [page.text(k) for k in range(j + 1, min(j + 3, len(page.lines)))]
    return len(after) == 2 and all(len(a) >= TEXT_PARAGRAPH_CHARS and L.is_prose(a) for a in after)


def _implicit_card(page: Page, i: int) -> int | None:
    """Label line(s), then a headline, then maybe a one-sentence blurb: a promo card."""
    t = page.text(i)
    if not is_card_label(t) or page.lines[i].no == 0:
        return None
    prev = page.text(i - 1)
    if prev and not (L.ends_sentence(prev) or prev.endswith(":") or is_card_label(prev)):
        return None  # a fragment of the sentence before: "... were" / "85 percent"
    j = i + 1
    if j < len(page.lines) and is_card_label(page.text(j)):
        j += 1
    h = page.text(j)
    if not (
        L.looks_like_headline(h, min_words=CARD_HEADLINE_MIN_WORDS)
        or (h.endswith("?") and len(h.split()) >= CARD_HEADLINE_MIN_WORDS)
    ):
        return None
    page.related.append(RelatedItem("Related", h))
    j += 1
    blurb = page.text(j)
    if j < len(page.lines) and L.ends_sentence(blurb) and len(blurb) < 300 and blurb.count(". ") <= 1:
        j += 1
    return j


def _sites_ask(text: str) -> bool:
    """The site's ask of its reader (span.asks_of_reader, appeals.is_appeal), no sentence of the story."""
    return asks_of_reader(text) or is_appeal(text)


def _ad_block(page: Page, i: int) -> int | None:
    """Sponsored links: (teaser, advertiser) pairs, three or more in a row."""
    j = i
    pairs = 0
    while j + 1 < len(page.lines):
        teaser, brand = page.text(j), page.text(j + 1)
        # (words split no further than the counts compared: a paragraph under a teaser is not split whole)
        if (
            L.is_prose(teaser)
            or len(teaser.split(None, AD_TEASER_MIN_WORDS)) < AD_TEASER_MIN_WORDS
            or len(brand.split(None, AD_BRAND_MAX_WORDS + 1)) > AD_BRAND_MAX_WORDS
        ):
            break
        if L.ends_sentence(brand) or not brand[:1].isupper() or L.is_related_header(brand):
            break  # "More from X" heads a list of links: no advertiser's name
        if page.lines[j + 1].blank_before and L.ends_sentence(teaser) and not _sites_ask(teaser):
            break  # a sentence set apart from the label under it: the text's last, over a list with a label each
        pairs += 1
        j += 2
    return j if pairs >= 3 else None


def drop_teaser(page: Page, body: list[str]) -> list[str]:
    """The next article's headline and cut-off opening, after the last paragraph."""
    if len(body) < 3:
        return body
    headline, opening = body[-2], body[-1]
    if (
        not L.ends_sentence(opening)
        and len(opening.split()) >= 20
        and opening[:1].isupper()
        and L.looks_like_headline(headline, min_words=6)
        and L.ends_sentence(body[-3])
    ):
        page.related.insert(0, RelatedItem("Read next", headline))
        return body[:-2]
    return body


def body_gaps(page: Page, body: list[str]) -> list[int]:
    """How many lines the reader skipped just before each paragraph (0 before the first); the
    lines of a card or an ad box it read past inside the text are none of them."""
    spans = paragraph_lines(page.lines, body)
    gaps = [0] + [max(0, b[0] - a[1] - 1) for a, b in pairwise(spans)]
    for box in page.boxes:
        for k in range(1, len(spans)):
            if spans[k - 1][1] < box.start and box.stop <= spans[k][0]:
                gaps[k] = max(0, gaps[k] - len(box))
    return gaps


def body_glued(page: Page, body: list[str]) -> list[bool]:
    """Whether no blank line parts each paragraph from the one above (False for the first)."""
    spans = paragraph_lines(page.lines, body)
    return [False] + [not page.lines[b[0]].blank_before for b in spans[1:]]


def text_ends_below(page: Page, body: list[str]) -> bool:
    """What ends a text is right under the body's last paragraph: the page's end, a line the reader stops
    at (a credit, tags, the footer, a site's note), a list's header or a tag line, a bar of networks' buttons
    or a list of dated stories (trailer_rows.py), or the writer's name alone over a line the reader stops at;
    not a box's button ("Count me in": made up)."""
    if not body:
        return True
    j = paragraph_lines(page.lines, body)[-1][1] + 1
    if j >= len(page.lines):
        return True
    t = page.text(j)
    if L.is_list_header(t) or L.is_tag_line(t) or is_stop(page, j) or writers_block(page, j):
        return True
    if furniture_under(page, j):
        return True  # a bar of networks' buttons, a list of stories with their dates: in any language
    return L.is_name(t) and is_stop(page, j + 1)  # a lone signature, then a site's note: "MARA LINDQVIST" / terms


def learned_bounds(page: Page, body: list[str]) -> list[str]:
    """Move the body's edges where the boundary model reads them elsewhere; the text does not end
    on a headline, nor on the next story's headline and opening (wherever the end was found: a
    teaser the reader ran past, under a list's header it did not know, is one once the list is cut)."""
    return drop_closing_headlines(drop_teaser(page, model_bounds(page, body)))


_ROW_DASHES = (" - ", " – ", " — ")  # "Best Stall Design - The Lantern Co", "June 9 - Kingsport": a row's columns


def _closing_headline(text: str) -> bool:
    """ "How to Keep a Sourdough Starter Alive in Winter", "- Next Harbour News": a heading or a
    link's words in title case, no sentence. Not a row of a list or a table: a line with a figure
    ("Kingsport Rovers 3 Lindhaven City 0", "Mind Infoline 0300 123 3393") or with a dash between
    two columns ("Best Young Performer - Tom Reilly") is the text's own closing list, and a name
    ("Mara Lindqvist, Kingsport") is its signature. Title case counts words of letters only (at
    least three), as shape.is_title_case does everywhere."""
    if ":" in text or L.ends_sentence(text) or has_digit(text) or any(d in text for d in _ROW_DASHES):
        return False
    return L.is_title_case(text) and not L.is_name(text)


def drop_closing_headlines(body: list[str]) -> list[str]:
    """An article's text ends on a sentence, not on a headline: title-cased lines after the last
    sentence are the next story's (a teaser left without its blurb) or a link's ("Next in
    Travel"), whatever header there is (or is not) above them."""
    end = len(body)
    while end > 2 and _closing_headline(body[end - 1]):
        end -= 1
    return body[:end] if end < len(body) and L.ends_sentence(body[end - 1]) else body


def from_dateline(page: Page, body: list[str]) -> list[str]:
    """A wire story's text starts at its dateline ("HANOI, Vietnam (AP) — ..."): a caption or
    a summary before it is no part of the text, and a dateline paragraph just above the
    chosen start is."""
    if not body or DATELINE_LEAD_RE.match(body[0]):
        return body
    spans = paragraph_lines(page.lines, body)
    for k, para in enumerate(body[1:DATELINE_PARAGRAPHS], 1):
        if dateline_lead(para[:MAX_CLASSIFY]):
            if all(len(p) < DATELINE_SKIPPABLE for p in body[:k]):
                return body[k:]
            return body
    first = spans[0][0]
    for i in range(first - 1, max(page.title_idx, first - DATELINE_LOOKAHEAD - 1), -1):
        t = page.text(i)
        if dateline_lead(t):
            between = [page.text(j) for j in range(i + 1, first)]
            if all(L.is_caption(b) or L.is_photo_credit(b) or not L.is_prose(b) for b in between):
                return [page.lines[i].text, *body]
            break
    return body


def densest_prose(page: Page, *, short_cjk: bool = True) -> list[str]:
    """The page's lines after the headline as paragraphs, cut to the stretch with the most
    prose (empty when there is no running text at all; short_cjk: as reads_like_text's)."""
    params = replace(page.span or SPAN_PARAMS, trim_start=True)
    title = fold(page.title)
    # after the headline first; the whole page when the "headline" was found below the text
    for begin in (page.title_idx + 1, 0):
        lines = [line.text for line in page.lines[begin:] if fold(line.head) != title]
        first, end = body_span(lines, params)
        found = lines[first:end]
        good = any(classify(measure(p), params) is Block.GOOD for p in found)
        if good and reads_like_text(found, short_cjk=short_cjk):
            return found
    return []
