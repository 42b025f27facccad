"""Where the article's text ends (and starts) among the paragraphs the reader kept.

The line rules in extract.py read a body until something that is clearly not the article; on
pages nobody tuned them for they run on into comments, "More stories" lists, newsletter boxes
and footers. This stage looks at the kept paragraphs as blocks, the way jusText does: a
paragraph is *good* (long, a third function words: running text), *near* (a shorter or less
wordy sentence), or *weak* (a link, a label, a headline). The article is the stretch of text
around the bulk of the good paragraphs: it ends at the first run of weak paragraphs once most
of the good text is behind, and a weak paragraph at either edge is dropped unless it is a
sentence. Every threshold is in `SpanParams`; their values were chosen by
`benchmarks/tune_span.py` on the labelled sets, judged leave-one-set-out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from . import lines as L
from .cjk_related import is_cjk_ad_header
from .datablock import blocks_after, data_rows_from, heads_data_block, in_a_row, list_items_from
from .lexicon import (
    AD_SLOT_RE,
    BULLET_RE,
    READER_ASK_RE,
    SITE_WORDS_RE,
    TOPIC_NEUTRAL_WORDS,
    boilerplate_kinds,
    cjk_chars,
    lower_words,
    stop_word_density,
)
from .lexicon_cjk import CJK_AD_HEADER_RE, CJK_PAGE_WORDS_RE
from .lexicon_site import REPORTING_WORDS
from .shape import FIRST, has_digit
from .thresholds import (
    CJK_CLOSING_CHARS,
    CJK_SLOT_LABEL_CHARS,
    CLOSING_LOWER_WORDS,
    LIST_HEADLINE_WORDS,
    LIST_IN_TEXT_ITEMS,
    PAGE_CACHE,
)
from .title import content_words


class Block(IntEnum):
    WEAK = 0
    NEAR = 1
    GOOD = 2


@dataclass(frozen=True, slots=True)
class SpanParams:
    """The span stage's thresholds (benchmarks/tune_span.py tunes them)."""

    good_chars: int = 150  # a good paragraph is at least this long ...
    good_density: float = 0.2  # ... and at least this share of its words are stop words
    near_chars: int = 40  # a near-good one: a sentence at least this long ...
    near_density: float = 0.2  # ... with at least this share of stop words
    cjk_good_chars: int = 50  # CJK text: characters, no words to count
    cjk_near_chars: int = 20  # a CJK sentence (ended by 。！？) of this many characters is near-good
    sentence_words: int = 8  # a shorter or less wordy sentence of this many words is near-good too
    good_per_100_chars: float = 0.25  # a good paragraph scores 1 plus this per 100 characters
    near_score: float = 0.25  # what a near-good paragraph adds to the span
    weak_cost: float = 1.0  # what a weak paragraph (label, link, headline) takes away
    trim_start: bool = False  # also move the start (else only the end: the line rules find starts better)
    lead_sentence_words: int = 4  # weak paragraphs before the text go, unless a sentence this long (or cut)
    gap_line_cost: float = 0.25  # what each line of furniture the reader skipped between two paragraphs takes away
    gap_cap: int = 10  # skipped lines counted at most
    listed_score: float = 0.05  # what a sentence announcing a list ("... as follows:"), and each item of it, adds
    lead_in_words: int = 4  # such an announcing sentence has at least this many words ...
    marked_lead_in_words: int = 3  # ... or this many over items that open with a list's mark ("The plan includes:")
    item_words: int = 15  # ... and the short blocks after it of at most this many words are its list's items
    closing_words: int = 3  # a last paragraph that is a sentence of this many words counts as near-good
    between_cost: float = 0.25  # what a weak block costs with text right around it (a caption, a "Step 2")
    heading_cost: float = 0.1  # ... one that is the text's own crosshead (_heading_in_text): less than a sentence adds
    heading_words: int = 5  # such a crosshead has at most this many words
    story_words: int = 2  # a lone sentence under it shares this many words with the text above (_section_of_story)
    text_around: int = 3  # how far (in blocks) that text is looked for on each side (a caption and a step's heading: 3)
    run_cap: float = 8.0  # what one unbroken run of weak blocks costs at most (a table, a chart inside the text)
    row_cost: float = 0.0  # what a weak row costs (a line of code, a row of a table): the text goes on after it
    lone_tail_apart: int = 2  # one paragraph after this much furniture (weak blocks + skipped lines) at the end ...
    lone_tail_text: int = 2  # ... under at least this many good paragraphs is no part of the text


PARAMS = SpanParams()
_SAMPLE_CHARS = 250  # enough of a paragraph to judge it by: about forty words
_ITEM_SAMPLE = 20  # a block of more words is no item of a list
_PUNCTUATION = ".,;:!?\"'()[]“”‘’-–—"


class Para(NamedTuple):
    """What the span stage knows of a paragraph: measured once, judged under any parameters (a
    named tuple: made for every paragraph read, four times quicker than a frozen dataclass)."""

    chars: int
    density: float  # share of stop words among its words
    cjk: int  # CJK characters
    sentence_words: int  # its words if it reads as a sentence (capital first, end mark), else 0
    fragment: bool  # a sentence cut off at a link: "Ukraine marked the fourth anniversary"
    words: int = 0  # its words (in the part looked at)
    lead_in: bool = False  # a sentence that announces what follows: "The overall rankings were as follows:"
    listable: bool = False  # short, mostly words: an item of a list (not a row of numbers, a button, a header)
    lower_words: int = 0  # words in small letters: a sentence has them, a name or a label has none
    row: bool = False  # a line of code or a row of a table ("if (x == 1) {", "12 | 4.5 | t", "3 Jo Ng 504 2 1")
    marked: bool = False  # opens with a list's mark: "• ", "- ", "3. "


@lru_cache(maxsize=PAGE_CACHE)
def measure(text: str) -> Para:
    head = text[:_SAMPLE_CHARS]
    tokens = head.split()
    # a bullet before an item that is a sentence; French quotes keep a no-break space inside ("«\u00a0On ...")
    opening = head.lstrip("\"'“‘«„([—–-*•·▪► \u00a0\u202f")[:1]
    cjk = cjk_chars(head)
    # a sentence opens with a capital or a figure; CJK scripts have no capitals
    sentence = L.ends_sentence(text.rstrip("\"'”’»)] \u00a0\u202f")) and (
        opening.isupper() or opening.isdigit() or cjk_chars(opening) > 0
    )
    fragment = len(tokens) >= 4 and opening.isupper() and tokens[-1].isalpha() and tokens[-1].islower()
    density = stop_word_density(head)
    lead_in = text.endswith(":") and density > 0 and opening.isupper() and not boilerplate_kinds(tokens)[0]
    lead_in = lead_in and not _is_label(text)
    listable = (
        0 < len(tokens) <= _ITEM_SAMPLE
        and 2 * sum(map(str.isalpha, map(str.strip, tokens, repeat(_PUNCTUATION, len(tokens))))) >= len(tokens)
        and not (L.is_chrome(text) or _is_label(text))
    )
    return Para(
        len(text),
        density,
        cjk,
        len(tokens) if sentence else 0,
        fragment,
        len(tokens),
        lead_in,
        listable,
        sum(map(str.islower, map(FIRST, tokens))),  # a word's first character (split gives no empty one)
        _is_row(head, tokens),
        BULLET_RE.match(text) is not None,
    )


_LABEL_WORDS = 3  # a weak block of at most this many words (no sentence) is a label of the page's furniture
_CTA_CHARS = 70  # as read_body's check of one line
_NUMBERED_RE = re.compile(r"(?:step\s+)?\(?(\d{1,2})(?:[.):]\s|\s*$)", re.I)


def _number(text: str) -> int:
    """The number a numbered heading or item opens with ("7. Dry the towels", "(3) Rinse", "Step 2"), else 0."""
    found = _NUMBERED_RE.match(text)
    return int(found.group(1)) if found else 0


_CODE_MARKS = ("{", "}", ";", " = ", "==", "│", " | ", "</", "->", "::", "()")


def _is_row(head: str, tokens: list[str]) -> bool:
    """A line of code ("GROUP BY harbour;", "if (x == 1) {") or a row of a table drawn with its
    marks ("3 │ 0.75 │ f"): a code mark in it; never a sentence. A line of figures without marks
    is no such row: a weather box's "Mon 12° 7°" or a score "Kettia 1 Venke 1" after the text is a
    widget, and costs as furniture does."""
    if not tokens or L.ends_sentence(head):
        return False
    return any(map(head.__contains__, _CODE_MARKS))


def _is_label(text: str) -> bool:
    """ "Tags:", "Read more:", "Share this:", "Follow us:": a header of page furniture, not a
    sentence of the text announcing a list."""
    return L.is_list_header(text) or L.is_cta(text)


def classify(p: Para, params: SpanParams = PARAMS) -> Block:
    if p.cjk >= params.cjk_good_chars or (p.chars >= params.good_chars and p.density >= params.good_density):
        return Block.GOOD
    if p.sentence_words and p.chars >= params.near_chars and p.density >= params.near_density:
        return Block.NEAR
    if p.sentence_words and p.cjk >= params.cjk_near_chars:
        return Block.NEAR  # a CJK sentence: no function words between spaces to count
    if p.sentence_words >= params.sentence_words:
        return Block.NEAR
    return Block.WEAK


def _closes(p: Para, block: Block, params: SpanParams, text: str = "") -> bool:
    """A short sentence that can close the text: words in small letters ("That's right," the harbour master
    said.), not a link of names ("More Jo Ng."); one of the fewest words a statement ("Nobody was hurt."), not a
    site's exclamation or question ("Sharing is caring!", "Any thoughts?")."""
    if block is not Block.WEAK or not p.sentence_words:
        return False
    if p.cjk:  # a short CJK sentence ("燈籠節將持續到本月底。"): no small letters nor spaces to count
        return p.cjk >= CJK_CLOSING_CHARS
    if p.sentence_words <= params.closing_words and not text.rstrip(_CLOSING_QUOTES).endswith("."):
        return False
    return p.sentence_words >= params.closing_words and p.lower_words >= CLOSING_LOWER_WORDS


_CLOSING_QUOTES = "\"'”’»)] \u00a0"


def _between_text(blocks: list[Block], i: int, gaps: list[int] | None, around: int) -> bool:
    """A weak block with text just before it and just after it (at most `around` - 1 other weak
    blocks between, no line skipped): a caption, a step's heading ("Step 2" between a step's
    sentence and the next one's picture caption), not the furniture after the text."""

    def text_on(side: int) -> bool:
        j = i
        for _ in range(around):
            k = j + side
            if not 0 <= k < len(blocks) or (gaps is not None and gaps[max(j, k)]):  # lines skipped between j and k
                return False
            j = k
            if blocks[j] is not Block.WEAK:
                return True
        return False

    return text_on(-1) and text_on(1)


def body_span(
    paragraphs: list[str],
    params: SpanParams = PARAMS,
    gaps: list[int] | None = None,
    ends_below: bool = True,
    cut: bool = False,
    glued: list[bool] | None = None,
) -> tuple[int, int]:
    """The [start, end) range of the paragraphs that are the article's text (`gaps`: the lines
    skipped just before each paragraph; `ends_below`: what ends a text is right under the last one;
    `cut`: a paywall stopped the reading under the last one; `glued`: no blank line parts each
    paragraph from the one above)."""
    return span_of([measure(p) for p in paragraphs], params, gaps, paragraphs, ends_below, cut, glued)


def span_of(
    paras: list[Para],
    params: SpanParams = PARAMS,
    gaps: list[int] | None = None,
    texts: list[str] | None = None,
    ends_below: bool = True,
    cut: bool = False,
    glued: list[bool] | None = None,
) -> tuple[int, int]:
    """The stretch with the highest score: good text counts for it, weak blocks against it, and
    so do the lines of furniture between paragraphs (share rows, tag lists, link runs: jusText's
    short-block runs) (a maximum-sum subarray, as in Finn et al.'s Body Text Extraction)."""
    n = len(paras)
    best, best_span = (0.0 if params.trim_start else float("-inf")), (0, n)
    run, run_start = 0.0, 0
    listing = False  # inside a list that a sentence of the text announced
    marked: bool | None = None  # whether that list's items open with a mark ("• "), as its first one does
    blocks = [classify(p, params) for p in paras]
    weak_run = 0.0  # what the weak blocks since the last text have cost
    listed = [False] * n  # a block read as an item of a list the text announced
    in_data = _data_blocks(texts, blocks, gaps) if texts is not None else ()
    in_data = {*in_data, *_list_in_text(paras, blocks, gaps, texts, params)} if texts is not None else in_data
    slots = _ad_slots(paras, blocks, texts, gaps, glued) if texts else None
    for i, p in enumerate(paras):
        block = blocks[i]
        if block is Block.GOOD:
            value = 1.0 + params.good_per_100_chars * p.chars / 100
        elif block is Block.NEAR:
            value = params.near_score
        else:
            if texts is not None and _heading_in_text(texts, blocks, gaps, i, params, ends_below):
                cost = params.heading_cost
            elif _between_text(blocks, i, gaps, params.text_around):
                cost = params.between_cost
            else:
                cost = params.weak_cost
            value = -min(cost, params.row_cost) if p.row else -cost
        # jusText's context: short blocks take the class of the text around them. A list the
        # text announces ("The overall rankings were as follows:" / "1. Finland" / ...) is part
        # of it, however short its items; a list nobody announced (links, tags, menus) is not.
        listing = listing and block is Block.WEAK and p.listable and p.words <= params.item_words and not p.lead_in
        # the items of one list share their shape: after "• " items, a line without the mark is past the list
        listing = listing and marked in (None, p.marked)
        if listing:
            marked = p.marked
            value = params.listed_score
            listed[i] = True
        if cut and i == n - 1 and block is Block.WEAK and _broken_off(p, texts[i] if texts else "", params):
            value = params.near_score  # the paragraph a paywall cut off mid-sentence: the text's last one shown
        if slots and i in slots:
            value = 0.0  # an ad slot's label between paragraphs ("Anzeige"): no text, and no end of it
        above = i - 1 - (slots is not None and i - 1 in slots)  # (a sentence under the slot is judged past it)
        if (
            _closes(p, block, params, texts[i] if texts is not None else ".")
            and (gaps is None or gaps[i] == 0)
            and (i == n - 1 or (above >= 0 and (blocks[above] is not Block.WEAK or above in in_data)))
        ):
            # "The ferry had left port on Monday.": a short sentence closing the text, whether
            # the page ends there or a list nobody announced follows it
            value = params.near_score
        if p.lead_in and _announces(p, paras[i + 1] if i + 1 < n else None, params):
            listing, marked = True, (None if p.words >= params.lead_in_words else True)
            value = max(value, params.listed_score)
        if i in in_data:  # the story's own data under its heading: tour dates, standings, a recipe's quantities
            value = max(value, params.listed_score)
            listed[i] = True
        if run <= 0 and (params.trim_start or i == 0):
            run, run_start = 0.0, i
        elif gaps is not None and params.gap_line_cost:
            run -= params.gap_line_cost * min(gaps[i], params.gap_cap)
        if value < 0:
            value = max(value, weak_run - params.run_cap)
            weak_run -= value
        elif block is not Block.WEAK:
            weak_run = 0.0
        run += value
        if run > best:
            best, best_span = run, (run_start, i + 1)
    if best <= 0:
        return 0, n  # no text stands out: leave the paragraphs as they are
    first, end = best_span
    end = _without_lone_tail(blocks, listed, gaps, best_span, params, texts)
    while texts is not None and end - 1 > first and _call_to_action(texts[end - 1]):
        end -= 1
    # labels, teaser headlines and menus the line rules let through before the first sentence
    while first < end - 1 and classify(paras[first], params) is Block.WEAK:
        lead = paras[first]
        if lead.fragment or lead.sentence_words >= params.lead_sentence_words:
            break
        first += 1
    return first, end


def _ad_slots(
    paras: list[Para], blocks: list[Block], texts: list[str], gaps: list[int] | None, glued: list[bool] | None
) -> set[int]:
    """The labels of ad slots between the text's paragraphs: an ad's words ("Anzeige"), or a short CJK label
    with no sentence (`CJK_SLOT_LABEL_CHARS`) with a CJK sentence right under it: an ad's word alone ("广告",
    `is_cjk_ad_header`), or a widget's label ("热点专区") glued under a CJK paragraph of the text on a page whose
    paragraphs blank lines part (`glued`), no word of the site's in it ("网友评论": comments). An ad or a widget
    the copy left inside the text (review W100: a short last sentence under one weighed no more than the label's
    cost, and the text ended over it); a box's header after the text stands apart from it by a blank line."""
    found = {k for k, t in enumerate(texts) if blocks[k] is Block.WEAK and AD_SLOT_RE.match(t)}
    if glued is None:
        return found
    parted = not all(glued[1:])  # blank lines part the text's paragraphs: a line glued to one is no new block
    for k in range(1, len(paras) - 1):
        p, under = paras[k], paras[k + 1]
        if not (p.cjk and p.chars <= CJK_SLOT_LABEL_CHARS) or p.sentence_words:
            continue  # (most paragraphs: no short CJK label)
        label = texts[k]
        if not is_cjk_ad_header(label) and not (parted and glued[k] and _no_site_word(label)):
            continue  # set apart by a blank line: a box's header; a word of the site's ("评论", "コメント": comments)
        if blocks[k - 1] is Block.WEAK or not paras[k - 1].cjk or not (under.cjk and under.sentence_words):
            continue
        if (gaps is not None and (gaps[k] or gaps[k + 1])) or texts[k].endswith((":", "：")):
            continue  # lines skipped around it; a lead-in ("计划包括：") or a list's header ("相关阅读：")
        found.add(k)
    return found


def _no_site_word(label: str) -> bool:
    """No word of the site's apparatus in a CJK label but an ad's ("广告位" is an ad slot's, "网友评论" comments')."""
    return CJK_PAGE_WORDS_RE.search(CJK_AD_HEADER_RE.sub("", label)) is None


def _broken_off(p: Para, text: str, params: SpanParams) -> bool:
    """A paragraph of prose stopped mid-sentence ("... but the money only came", "... en su mayor parte …"):
    words in small letters, stop words, no end mark but an ellipsis."""
    if p.sentence_words or p.chars < params.near_chars or p.density < params.near_density:
        return False
    words = text.rstrip(" .…").split()
    return p.lower_words >= CLOSING_LOWER_WORDS and bool(words) and words[-1][-1:].isalpha() and words[-1].islower()


def _data_blocks(texts: list[str], blocks: list[Block], gaps: list[int] | None) -> set[int]:
    """The paragraphs of the story's own data blocks (datablock.py): right under a paragraph of text, no line
    skipped, its rows, or a heading of the story's and its rows."""
    found: set[int] = set()
    begun = next((k for k, block in enumerate(blocks) if block is not Block.WEAK), len(texts))  # (under the text)
    for i in range(begun + 1, len(texts) - 1):
        if blocks[i] is Block.WEAK and blocks[i - 1] is not Block.WEAK and (gaps is None or not gaps[i]):
            rows = 0
            if any(map(in_a_row, texts[i : i + 3])):  # (most pages: no figure right under the text)
                rows = data_rows_from(texts, i, gaps)  # right under the text, no heading: the text leads into them
                if not rows:
                    above = [t for t, b in zip(texts[:i], blocks[:i], strict=True) if b is not Block.WEAK]
                    rows = heads_data_block(texts, i, gaps, above)
                    rows += 1 if rows else 0
            if not rows:
                found.update(range(i, i + list_items_from(texts, i, gaps)))  # a list, the text going on under it
                continue
            end = blocks_after(texts, i + rows, gaps) if rows else i  # (a recipe's steps under its ingredients)
            found.update(range(i, end) if rows and _no_box_under(texts, blocks, end) else ())
    return found


def _list_in_text(
    paras: list[Para], blocks: list[Block], gaps: list[int] | None, texts: list[str], params: SpanParams
) -> set[int]:
    """The items of a list nobody announced inside the text ("- a new break room" / "- shorter shifts"):
    `LIST_IN_TEXT_ITEMS` or more short lines that open with a list's mark, right under a paragraph of text
    and right over the next one, no line skipped, none a headline of another story; the paragraph under them
    (or a short sentence closing the text) is the story's, not the site's voice nor end matter. Each costs a
    weak block's price otherwise, and a short paragraph under a list of three would not pay for them: the
    text would end above its own list."""
    found: set[int] = set()
    n, i = len(blocks), 1
    while i < n:
        j = i
        while j < n and _item_in_text(paras[j], blocks[j], texts[j], params) and not (gaps and gaps[j]):
            j += 1
        if j == i:
            i += 1
            continue
        # (or a short sentence closing the text)
        told = j < n and (blocks[j] is not Block.WEAK or _closes(paras[j], blocks[j], params, texts[j]))
        under = texts[j] if told and not (gaps and gaps[j]) else ""
        if j - i >= LIST_IN_TEXT_ITEMS and blocks[i - 1] is not Block.WEAK and under and _story_voice(under):
            found.update(range(i, j))
        i = j
    return found


def _item_in_text(p: Para, block: Block, text: str, params: SpanParams) -> bool:
    """A short item with a list's mark; one in capitals first that reads as a headline of
    `LIST_HEADLINE_WORDS` or more is another story's link."""
    if block is not Block.WEAK or not (p.marked and p.listable and p.words <= params.item_words):
        return False
    item = text[BULLET_RE.match(text).end() :]  # (marked: the mark matched)
    return not (item[:1].isupper() and L.looks_like_headline(item, min_words=LIST_HEADLINE_WORDS))


def _story_voice(text: str) -> bool:
    """A paragraph in the story's voice: not to the reader, not the site's, not end matter."""
    return not (L.addresses_reader(text) or SITE_WORDS_RE.search(text) or L.is_end_matter(text))


def _no_box_under(texts: list[str], blocks: list[Block], end: int) -> bool:
    """No paragraph in the site's voice right under the block (a reader-support appeal: "The Ledger is funded by
    its readers. Become a supporter ..."), which the block's rows would carry the text into; the page's
    furniture, its end, or the text's own paragraph (a vox-pop's last quote) may follow."""
    if end >= len(blocks) or blocks[end] is Block.WEAK:
        return True
    return SITE_WORDS_RE.search(texts[end]) is None and not asks_of_reader(texts[end])


def _announces(lead_in: Para, first_item: Para | None, params: SpanParams) -> bool:
    """A sentence ending in a colon announces the text's own list: of `lead_in_words` or more, or a shorter
    one ("The plan includes:") over items that open with a list's mark ("• A new footbridge"); a short one
    over plain lines heads the site's list ("More harbour news:", "Top stories were:")."""
    if lead_in.words >= params.lead_in_words:
        return True
    return lead_in.words >= params.marked_lead_in_words and first_item is not None and first_item.marked


def _without_lone_tail(
    blocks: list[Block],
    listed: list[bool],
    gaps: list[int] | None,
    span: tuple[int, int],
    params: SpanParams,
    texts: list[str] | None,
) -> int:
    """The span's end, less one paragraph of text left alone after the text has stopped: a reader's
    comment, a teaser's blurb or a site's blurb, set apart from the text above by furniture (weak
    blocks, and the lines skipped around them: `lone_tail_apart` or more, with one weak block at least
    that is a label, a button or a menu, not a picture's caption or credit)
    with nothing of the text after it, whatever the furniture says and in whatever order it comes.
    Text that goes on after a caption or a heading goes on for more than one paragraph (as
    stops.text_resumes asks for two). No such furniture: an item of a list the text announced, a
    card's headline inside the text (its header in words no rule knows), the next numbered heading
    of the text's own steps ("7. Seal it" after "6. Check the water")."""
    first, end = span
    last = end - 1
    if last <= first or blocks[last] is Block.WEAK:
        return end
    j = last - 1
    apart = _skipped(gaps, last, params)
    while j >= first and blocks[j] is Block.WEAK:
        if listed[j]:
            return end
        apart += 1 + _skipped(gaps, j, params)
        j -= 1
    if j < first or j == last - 1 or apart < params.lone_tail_apart:
        return end
    if sum(blocks[k] is Block.GOOD for k in range(first, j + 1)) < params.lone_tail_text:
        return end
    if texts is not None:
        between = texts[j + 1 : last]
        if not any(map(_furniture, between)) or any(L.looks_like_headline(t, min_words=4) for t in between):
            return end
        if len(between) == 1 and _crosshead(between[0]):
            return end  # the text's own heading over its last section ("What comes next"), an ad slot skipped
        steps = {_number(t) for t in texts[first : j + 1]} - {0}
        if any(_number(t) - 1 in steps for t in between):
            return end
    return j + 1


def _heading_in_text(
    texts: list[str],
    blocks: list[Block],
    gaps: list[int] | None,
    i: int,
    params: SpanParams,
    ends_below: bool = True,
) -> bool:
    """A crosshead of the text's own ("What happens next", "The view from the street", "Jo Ng, 34,
    teacher" over a vox pop's quote): right between a paragraph of text and the next, no line skipped on
    either side; a few words (`heading_words`), a capital first, no sentence, no colon ("Tags: ..."), no
    word of the page's furniture (a share bar's "Teilen", a list's header, a button); and the paragraph
    under it is the story's (_section_of_story), not the site's voice (a newsletter's "Get the morning
    briefing in your inbox.", "Notre rédaction couvre la ville chaque jour."), nor end matter. A number
    may open it ("3. A long wait": a listicle's last section). Such a heading costs
    `heading_cost`: a short section under it (one sentence) keeps the text going, as it does in the
    text, where with a weak block's cost the two would cancel and the text would end above it."""
    if i == 0 or i + 1 >= len(texts) or blocks[i - 1] is Block.WEAK or blocks[i + 1] is Block.WEAK:
        return False
    if gaps is not None and (gaps[i] or gaps[i + 1]):
        return False
    under = texts[i + 1]
    if not _heading_shaped(texts[i], params):
        return False
    if L.addresses_reader(under) or SITE_WORDS_RE.search(under) or L.is_end_matter(under):
        return False
    return _section_of_story(texts, blocks, i, params, ends_below)


def _heading_shaped(heading: str, params: SpanParams) -> bool:
    """A few words (`heading_words`), a capital first (after a number: "3. A long wait", a listicle's),
    no sentence but a short question, no colon, no word of the page's furniture, not to the reader."""
    mark = BULLET_RE.match(heading)
    heading = heading[mark.end() :] if mark else heading
    words = heading.split()
    if not 0 < len(words) <= params.heading_words or not heading[:1].isupper() or ":" in heading:
        return False
    if (L.ends_sentence(heading) and not heading.endswith("?")) or L.is_chrome(heading) or L.is_cta(heading):
        return False  # (a short question is a crosshead as often as not: "Who pays?", "Et maintenant ?")
    if L.is_list_header(heading) or L.addresses_reader(heading):
        return False  # ("Want more stories like this?": a box's)
    return not (L.is_related_header(heading) or boilerplate_kinds(words)[0])


_QUOTE_MARKS = '"“”«»„'


def _section_of_story(
    texts: list[str], blocks: list[Block], i: int, params: SpanParams, ends_below: bool = True
) -> bool:
    """The section under the heading at i is the story's: more than one paragraph, a paragraph of running
    text, the next section's heading under it, the last paragraph with what ends a text right under it
    (`ends_below`: tags, a credit, a list's header, the page's end), or, when it is one short sentence with other
    furniture after it (a box's heading, its one-sentence pitch, its button: "Weekend edition" / "Long
    reads, delivered on Saturdays." / "Sign me up"), a sentence that speaks of what the text speaks of:
    reported speech (a quote, "said"), a figure, or `story_words` words in small letters that the text
    above says too. A box's pitch speaks of the site's service and shares a place's name at most with the
    story (review-parser F7)."""
    under, n = i + 1, len(blocks)
    if blocks[under] is Block.GOOD or (under + 1 < n and blocks[under + 1] is not Block.WEAK):
        return True
    if under + 1 == n and ends_below:
        return True  # the last paragraph, with the page's end or what ends a text right under it (tags, a list)
    if under + 2 < n and blocks[under + 2] is not Block.WEAK and _heading_shaped(texts[under + 1], params):
        return True  # the next section's heading right under it
    sentence = texts[under]
    if any(map(sentence.__contains__, _QUOTE_MARKS)) or has_digit(sentence):
        return True
    if not REPORTING_WORDS.isdisjoint(lower_words(sentence)):
        return True
    # its words in small letters: a place's name is all a box's pitch shares with the story ("Five stories
    # from Greyhaven before your coffee goes cold.")
    common = {w for w in sentence.split()[1:] if w[:1].islower()}
    words = content_words(" ".join(common)) - TOPIC_NEUTRAL_WORDS
    above: set[str] = set()
    for k in range(i):
        if blocks[k] is not Block.WEAK:
            above |= content_words(texts[k])
    return len(words & above) >= params.story_words


def _call_to_action(text: str) -> bool:
    """A short sentence that speaks to the reader ("Shall we tell you" / "when the next part is out?"):
    the line rules drop one on a line of its own; wrapped over two lines, the reader joined it into a
    paragraph. Or a longer one that is the site's appeal ("Get the day's top stories in your inbox every
    morning by signing up to our newsletter."): end matter (chrome.is_end_matter) asked of the reader, not
    a bio."""
    if not L.ends_sentence(text) or not asks_of_reader(text):
        return False
    return len(text) < _CTA_CHARS or (L.is_end_matter(text) and L.addresses_reader(text))


def asks_of_reader(text: str) -> bool:
    """A sentence to the reader that asks for something of the site's: a button's words, an imperative
    of its furniture ("Write to our letters desk."), a word of its boilerplate ("Pass it on to your
    neighbours by email!", "Shall we tell you by email when the next part is out?"), the site's voice or
    things ("We hope you enjoyed this story.", "You have 3 free articles left."). The writer's own words
    to the reader ask for nothing of the kind ("If you live nearby, you will hear the ferry at dawn.")
    and are text."""
    if L.is_cta(text):
        return True
    if not L.addresses_reader(text):
        return False
    return (
        L.is_ui_imperative(text)
        or boilerplate_kinds(text.split())[0] != 0
        or READER_ASK_RE.search(text) is not None
        or L.is_end_matter(text)
        or L.is_paywall(text)
    )


def _furniture(text: str) -> bool:
    """A line of the page's furniture, no picture's: a label of a few words ("My account", "Categories"),
    a button, a menu; not a caption ("The quay at dawn.") nor a photo's credit."""
    if L.is_caption(text) or L.is_photo_credit(text) or L.ends_sentence(text):
        return False
    return len(text.split()) <= _LABEL_WORDS or L.is_chrome(text) or L.is_cta(text)


def _crosshead(text: str) -> bool:
    """A heading of the text right under its paragraphs: a few words, no sentence, no chrome nor button
    (review-parser's fix)."""
    return _furniture(text) and not (L.is_chrome(text) or L.is_cta(text))


def _skipped(gaps: list[int] | None, i: int, params: SpanParams) -> int:
    return min(gaps[i], params.gap_cap) if gaps is not None else 0
