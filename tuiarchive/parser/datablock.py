"""The article's own block of data under its text: tour dates, a table of standings, a recipe's quantities, a
poll's counts, box scores, told by what it IS rather than by what it is called: rows with a figure in each (a
date, a score, a quantity, a rank), few words of a sentence in them, under a heading that speaks of what the
text speaks of (a content word of the text above) or a sentence of the text that announces it with a colon,
right under the text with no line of the page skipped. A site's list under a text is headlines (words of a
sentence in small letters, a figure in some at most) under its own heading ("More from ...", "Most read"):
no such block. The real labels end the text on the block's last row."""

from __future__ import annotations

import re

from . import lines as L
from .dates import is_relative_stamp
from .lexicon import BULLET_RE, STOP_WORDS, TOPIC_NEUTRAL_WORDS, cjk_chars, line_boilerplate_kinds, text_chars
from .lexicon_dates import DATE_FILLER_WORDS, MONTH_NUMBERS
from .thresholds import (
    DATA_AMOUNT_WORDS,
    DATA_BARE_ROW_WORDS,
    DATA_BLOCK_ROWS,
    DATA_CJK_COLUMNS,
    DATA_CJK_VALUE,
    DATA_FACT_FIGURES,
    DATA_FACT_VALUE_WORDS,
    DATA_HEADING_WORDS,
    DATA_INFO_ROWS,
    DATA_INFO_WORDS,
    DATA_ITEM_WORDS,
    DATA_LABEL_WORDS,
    DATA_LEAD_IN_WORDS,
    DATA_ROW_SENTENCE_WORDS,
    DATA_ROW_SHARE,
    DATA_ROW_WORDS,
    DATA_SENTENCE_WORD_LETTERS,
    DATA_SHARES_SLACK,
    DATA_VALUE_WORDS,
    DATA_VOICE_WHO_WORDS,
    DATA_VOICE_WORDS,
    TEXT_PARAGRAPH_CHARS,
)
from .title import cjk_prose, content_words

_FIGURE_RE = re.compile(r"\d")
_DATE_WORDS = frozenset(MONTH_NUMBERS) | DATE_FILLER_WORDS
_SHARE_RE = re.compile(r"(\d{1,3}(?:[.,]\d)?)\s?[%％]")  # "54 %", "58％", "12.5%"
_CJK_COMMAS = "、，,"
_LABEL_RE = re.compile(rf"^[^\W\d]\S*(?: \S+){{0,{DATA_LABEL_WORDS - 1}}}(?: ?: |：\s?)")  # "Entrée : "
_LIST_MARK_RE = re.compile(r"\(?\d{1,3}[.)]\s")  # "3. ", "(3) "
# a unit glued to its amount ("250g", "150ml", "1,5kg", "2EL"): a few letters, no ordinal's ending ("2nd", "1er",
# "3ème", "2de", "1o")
_GLUED_UNIT = r"(?:(?!(?:st|nd|rd|th|er|re|e|ème|de|ste|te|o|a)\.?\s)[^\W\d_]{1,4}\.?)?"
_AMOUNT_RE = re.compile(
    rf"(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?{_GLUED_UNIT}\s"
)  # "1,5 kg", "2-3 ", "½ ", "250g"
_FIGURE_RUN_RE = re.compile(r"\d+")
_VOICE_RE = re.compile(r"[“„«\"‘‹「『]\s?(?P<said>[^“”„«»\"]+?)\s?[”“»\"’›」』]\s*(?P<dash>[-–—]\s*)?(?P<who>\S.*)")
_YEAR_RE = re.compile(r"\W*(?:19|20)\d\d\W*$")  # a year beside a date's day: one figure with it, not two


def is_data_row(text: str) -> bool:
    """A row of data: a figure in it, no more than DATA_ROW_WORDS words, and fewer words of a sentence (in
    small letters, four letters or more, no function word) than DATA_ROW_SENTENCE_WORDS or than its figures
    ("June 9 – Lindhaven @ The Old Ropeworks", "3 Jo Ng 504 2 1", "250 g flour", "Heritage (1-0): Jo Ng 19
    points and 3 steals."). Not a numbered item ("3. Vienna"), nor a headline with a figure in it ("Ferry fares
    to rise 5% in April", "12 March 2031 – Council approves the lock gates": a date's year is no second figure;
    "7 best harbour walks")."""
    tokens = text.split(None, DATA_ROW_WORDS)
    if not tokens or len(tokens) > DATA_ROW_WORDS or not _FIGURE_RE.search(text):
        return False
    mark = 1 if _LIST_MARK_RE.match(text) else 0  # an item's number is no figure of its own: "3. Vienna"
    figures = sum(1 for t in tokens[mark:] if _FIGURE_RE.search(t) and not _YEAR_RE.match(t))
    if not figures:
        return False
    if cjk_chars(text):  # no words to count: columns apart by spaces, no clause's comma ("3月8日 港長が退職")
        if any(map(text.__contains__, _CJK_COMMAS)):
            return False
        # three columns or more, or a name and its figure ("賛成　58％", "回答数 1204")
        value = len(tokens) == 2 and _FIGURE_RE.search(tokens[1]) is not None and len(tokens[1]) <= DATA_CJK_VALUE
        return len(tokens) >= DATA_CJK_COLUMNS or value
    label = _LABEL_RE.match(text)
    if label and _FIGURE_RE.search(text, label.end()) and len(tokens) - len(label[0].split()) <= DATA_VALUE_WORDS:
        return True  # a name and its value: "Tickets: 8 euros, 5 for children", "Open: 9.30 - 19.00"
    sentence = sum(1 for t in tokens if _sentence_word(t))
    return sentence < DATA_ROW_SENTENCE_WORDS or sentence < figures


def _sentence_word(token: str) -> bool:
    """A word of a sentence: in small letters, four letters or more, no function word nor a date's word (a
    month, a weekday: "viernes 14 de marzo")."""
    word = token.strip(".,;:!?\"'()[]“”‘’«»")
    if len(word) < DATA_SENTENCE_WORD_LETTERS or not word.isalpha() or not word[:1].islower():
        return False
    return word not in STOP_WORDS and word not in _DATE_WORDS


def in_a_row(text: str) -> bool:
    """A line that may stand in a block of data: a figure in it, no more than DATA_ROW_WORDS words (its rows
    of data and the odd row of a few words more: "Museo del porto, molo 4" under the opening hours), a fact
    box's line (a name and a short value: "Architect: Ada Brenn") or a vox-pop's (is_voice_row)."""
    if _FIGURE_RE.search(text) is None:
        return fact_label(text) is not None or is_voice_row(text)
    return len(text.split(None, DATA_ROW_WORDS)) <= DATA_ROW_WORDS


def fact_label(text: str) -> str | None:
    """The name of a fact box's line: a name of DATA_LABEL_WORDS words at most, a colon and a value of
    DATA_FACT_VALUE_WORDS words at most, no sentence's end ("Length: 412 metres", "Built by: two local
    firms", "Bauherr : la commune"); None for any other line."""
    label = _LABEL_RE.match(text)
    if label is None:
        return None
    value = text[label.end() :].split(None, DATA_FACT_VALUE_WORDS)
    if not value or len(value) > DATA_FACT_VALUE_WORDS or L.ends_sentence(text):
        return None
    return label[0].rstrip(" :：").lower()


def fact_rows_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """The number of lines of the fact box that starts at paragraph i (0: none): DATA_BLOCK_ROWS lines or
    more of a name and its value, each name its own (a site's labelled teasers say "Opinion:" again and
    again), DATA_FACT_FIGURES of the values with a figure at least ("Length: 412 metres" / "Gates: six" /
    "Cost: 84 million"). No tie to the text asked: a box of names and values is no list of headlines."""
    labels: set[str] = set()
    figures = 0
    k = i
    while k < len(texts) and (gaps is None or k == i or not gaps[k]):
        label = fact_label(texts[k])
        if label is None or label in labels:
            break
        labels.add(label)
        figures += _FIGURE_RE.search(texts[k]) is not None
        k += 1
    return k - i if k - i >= DATA_BLOCK_ROWS and figures >= DATA_FACT_FIGURES else 0


def rows_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """How many lines with a figure run from paragraph i on, none with a line skipped before it."""
    k = i
    while k < len(texts) and (gaps is None or not gaps[k]) and in_a_row(texts[k]):
        k += 1
    return k - i


def data_rows_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """The number of lines of the block of data that starts at paragraph i (0: none): a run of lines with a
    figure ending on a row of data, DATA_BLOCK_ROWS rows of data at least and DATA_ROW_SHARE of the run; an
    amount's row is one ("2 onions, sliced"), and a few short lines with no figure may stand among the rows or
    after them ("Salt and pepper", "Closed on Mondays"; _bare_row), half as many as its rows of data at most."""
    kinds: list[int] = []  # each line's: 2 a row of data, 1 another with a figure, 0 a short line with none
    for k in range(i, len(texts)):
        text = texts[k]
        if (gaps is not None and gaps[k]) or not (in_a_row(text) or (k > i and _bare_row(text))):
            break
        kinds.append(2 if is_row(text) else int(_FIGURE_RE.search(text) is not None))
    end = max((k + 1 for k, kind in enumerate(kinds) if kind == 2), default=0)  # it ends on a row of data ...
    data, bare, figures = kinds[:end].count(2), kinds[:end].count(0), end - kinds[:end].count(0)
    tail = next((k for k in range(end, len(kinds)) if kinds[k] != 0), len(kinds)) - end  # ... or bare lines
    tail = max(0, min(tail, data // 2 - bare))
    facts = fact_rows_from(texts, i, gaps)
    if data < DATA_BLOCK_ROWS or data < DATA_ROW_SHARE * figures or 2 * bare > data or end + tail < facts:
        return facts
    return end + tail


def _info_rows_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """The number of lines of a box of practical lines from paragraph i (0: none): opening hours, prices, an
    address, more lines than DATA_BLOCK_ROWS, each a line with a figure or a short line with none, of both kinds
    ("Open Tuesday to Sunday, 10am to 5pm" / "Closed on Mondays" / "Adults 6, children free" / "Gull Quay,
    Brenport"), DATA_INFO_ROWS with a figure at least: a list of headlines, each with a figure, is none. (Under a
    heading, tied to the text: heads_data_block asks.)"""
    data = bare = 0
    k = i
    while k < len(texts) and (gaps is None or k == i or not gaps[k]):
        text = texts[k]
        if len(text.split(None, DATA_INFO_WORDS)) > DATA_INFO_WORDS or L.ends_sentence(text) or is_relative_stamp(text):
            break
        if in_a_row(text):  # (a line with a figure, or a name and its value)
            data += _FIGURE_RE.search(text) is not None
        elif _bare_row(text):
            bare += 1
        else:
            break
        k += 1
    return k - i if k - i > DATA_BLOCK_ROWS and data >= DATA_INFO_ROWS and bare else 0


def is_amount_row(text: str) -> bool:
    """An amount and what of, as a recipe or a price list sets it: a figure first, DATA_AMOUNT_WORDS words at
    most, no sentence's end, no item's number ("600 g white fish, in large pieces", "2 onions, sliced", "½ tsp
    salt", its unit glued to it: "250g strong white flour"; not "3. Vienna", "2nd round"). Alone, a headline
    may read so ("7 best harbour walks"): a block of them counts."""
    if not _AMOUNT_RE.match(text) or _LIST_MARK_RE.match(text) or L.ends_sentence(text) or is_relative_stamp(text):
        return False  # (nor a teaser's time: "2 hours ago")
    return len(text.split(None, DATA_AMOUNT_WORDS)) <= DATA_AMOUNT_WORDS


def _bare_row(text: str) -> bool:
    """A short line with no figure that stands among rows of data ("Salt and pepper", "Closed on Mondays",
    "Gull Quay, Brenport"): capitalised, two words to DATA_BARE_ROW_WORDS, no sentence's end, no list's header
    nor the page's furniture (no word of a button's or a notice's: lexicon.line_boilerplate_kinds)."""
    words = len(text.split(None, DATA_BARE_ROW_WORDS))
    if not text[:1].isupper() or L.ends_sentence(text) or not 1 < words <= DATA_BARE_ROW_WORDS:
        return False  # (a word alone is a heading or a tag)
    if _FIGURE_RE.search(text) is not None or line_boilerplate_kinds(text)[1]:  # ("Artikel teilen": a button)
        return False
    return not (L.is_related_header(text) or L.is_chrome(text) or L.is_cta(text))


def blocks_after(texts: list[str], end: int, gaps: list[int] | None) -> int:
    """Where the story's blocks that follow one of its blocks of data (ending at paragraph `end`) end: under a
    heading of a few words or none, numbered steps (steps_from) or another block of data (a recipe's
    "Method" and its steps under its ingredients; no tie to the text asked: the block above made the place the
    story's)."""
    while end < len(texts) and (gaps is None or not gaps[end]):
        k = end + 1 if _short_heading(texts[end]) else end
        rows = steps_from(texts, k, gaps) or data_rows_from(texts, k, gaps)
        if not rows:
            break
        end = k + rows
    return end


def steps_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """The number of numbered steps from paragraph i (0: none): DATA_BLOCK_ROWS sentences or more, numbered
    from 1 on, one after the other ("1. Soften the onions." / "2. Add the stock."): a headline in a site's
    numbered list ends on no full stop."""
    k = i
    while k < len(texts) and (gaps is None or k == i or not gaps[k]):
        mark = _LIST_MARK_RE.match(texts[k])
        if mark is None or int(_FIGURE_RUN_RE.search(mark[0])[0]) != k - i + 1 or not L.ends_sentence(texts[k]):
            break
        k += 1
    return k - i if k - i >= DATA_BLOCK_ROWS else 0


def _short_heading(text: str) -> bool:
    return (
        len(text.split(None, DATA_HEADING_WORDS)) <= DATA_HEADING_WORDS
        and not L.ends_sentence(text)
        and not (L.is_related_header(text) or L.is_chrome(text) or L.is_cta(text))
    )


def _tied(rows: list[str], text_above: list[str]) -> bool:
    """The rows are the story's: a name or a word of theirs recurs in the text above (the teams, the places,
    the venues: "Valmera 68 - 54 Sarnó" under a story on Valmera's win), or their shares add up to a whole (a
    poll's answers: "Oui : 54 %", "Non : 39 %", "Sans opinion : 7 %"). A widget's rows under its heading say
    neither ("Wetter in Möwenkai" / "Heute 12°" / "Morgen 9°": the place's name is all it shares).
    (Rows right under the text's last paragraph need no tie: the text leads into them.)"""
    words: set[str] = set()
    for row in rows:
        words |= content_words(row)
    words -= TOPIC_NEUTRAL_WORDS | _DATE_WORDS
    if words and any(words & content_words(t) for t in text_above):
        return True
    shares = [float(m.replace(",", ".")) for row in rows for m in _SHARE_RE.findall(row)]
    return len(shares) >= DATA_BLOCK_ROWS and abs(sum(shares) - 100) <= DATA_SHARES_SLACK


def heads_data_block(texts: list[str], i: int, gaps: list[int] | None, text_above: list[str]) -> int:
    """The number of rows of the story's data block headed by paragraph i (0: none): a run of lines with a
    figure right under it, DATA_BLOCK_ROWS rows of data at least and DATA_ROW_SHARE of the run; the heading a
    sentence of the text announcing them with a colon, or a few words (no list's header nor furniture of the
    page) over rows tied to the text above (`text_above`: its paragraphs; _tied)."""
    if i + 1 >= len(texts) or (gaps is not None and gaps[i + 1]):
        return 0
    heading = texts[i]
    if in_a_row(heading) or L.is_related_header(heading) or L.is_chrome(heading) or L.is_cta(heading):
        return 0
    rows = data_rows_from(texts, i + 1, gaps) or _info_rows_from(texts, i + 1, gaps)
    if not rows:
        return 0
    words = len(heading.split(None, DATA_HEADING_WORDS))
    if heading.endswith((":", "：")) and heading[:1].isupper() and words >= DATA_LEAD_IN_WORDS:
        return rows  # "Asked whether they back the plan, voters answered:"
    if L.ends_sentence(heading) or words > DATA_HEADING_WORDS:
        return 0
    if fact_rows_from(texts, i + 1, gaps) == rows or all(map(is_voice_row, texts[i + 1 : i + 1 + rows])):
        return rows  # a fact box ("Key facts" / "Length: 412 metres" / "Cost: 84 million" ...), a vox-pop
    # a heading of a few words ("Scorecard", "Classifica", "Pos Team P W D L Pts"): the rows tell whose block it is,
    # by the text above or the steps under them (a recipe's ingredients, named again in its method)
    after = i + 1 + rows
    k = (
        after + 1
        if after < len(texts) and (gaps is None or not gaps[after]) and _short_heading(texts[after])
        else after
    )
    steps = texts[k : k + steps_from(texts, k, gaps)] if gaps is None or k >= len(texts) or not gaps[k] else []
    if _tied(texts[i + 1 : after], [*text_above, *steps]) or text_goes_on(texts, after, gaps):
        return rows
    return 0  # (not a widget under a place's name)


def text_goes_on(texts: list[str], end: int, gaps: list[int] | None) -> bool:
    """The story's text goes on right under a block that ends before paragraph `end`: two paragraphs of running
    text (the first of TEXT_PARAGRAPH_CHARS, a CJK character counted as lexicon.text_chars counts it; each a
    sentence's end) with no line skipped before them. A block between paragraphs of the text is the story's own (a
    table of figures, "Work / This year / Next year" over its rows, however little its rows share with the text); a
    widget sits after the text, a reader's comment under it at most (text that goes on goes on for more than one
    paragraph, as stops.text_resumes asks)."""
    if end + 1 >= len(texts) or (gaps is not None and (gaps[end] or gaps[end + 1])):
        return False
    first, second = texts[end], texts[end + 1]
    long_enough = text_chars(first) >= TEXT_PARAGRAPH_CHARS
    return long_enough and all(L.ends_sentence(t) and _prose(t) for t in (first, second))


def list_items_from(texts: list[str], i: int, gaps: list[int] | None) -> int:
    """The number of items of the story's own list from paragraph i (0: none): DATA_BLOCK_ROWS short lines or
    more in a list's shape (_list_item), all with the same kind of mark or none ("• the basin is dredged", "2. Fees
    rise by a tenth"), no line skipped among them, and the text going on under them (text_goes_on). A list
    between paragraphs of the text is the story's (its points, its measures, its steps), with or without a
    sentence leading into it; a box of other articles there has a header over it (related._collect_inside
    reads the same)."""
    marked = BULLET_RE.match(texts[i]) is not None
    k = i
    while k < len(texts) and (gaps is None or k == i or not gaps[k]) and _list_item(texts[k]):
        if (BULLET_RE.match(texts[k]) is not None) is not marked:
            break
        k += 1
    return k - i if k - i >= DATA_BLOCK_ROWS and text_goes_on(texts, k, gaps) else 0


def _list_item(text: str) -> bool:
    """A line that may be an item of a list: two words to DATA_ITEM_WORDS, no list's header, no furniture of the
    page (a button, a notice, a menu's words)."""
    if not 1 < len(text.split(None, DATA_ITEM_WORDS)) <= DATA_ITEM_WORDS:
        return False
    if L.is_related_header(text) or L.is_chrome(text) or L.is_cta(text):
        return False
    return not line_boilerplate_kinds(text)[1]


def ends_data_block(paragraphs: list[str], gaps: list[int]) -> bool:
    """The paragraphs read so far end on the rows of the story's own data block under its heading, right
    under a paragraph of text (`gaps`: the lines skipped before each): the text's, not a stray label."""
    n = len(paragraphs)
    k = n - 1
    while k > 0 and not gaps[k] and (in_a_row(paragraphs[k]) or _bare_row(paragraphs[k])):
        k -= 1
    if n - 1 - k < DATA_BLOCK_ROWS:
        return False
    if _prose(paragraphs[k]) and data_rows_from(paragraphs, k + 1, gaps) == n - 1 - k:
        return True  # right under the text's last paragraph, no heading
    for h in (k, k + 1):  # the heading: the line the rows stop at, or the first of them (a few words)
        if h < 1 or gaps[h] or not (_prose(paragraphs[h - 1]) or L.ends_sentence(paragraphs[h - 1])):
            continue
        if heads_data_block(paragraphs, h, gaps, [p for p in paragraphs[:h] if _prose(p)]) == n - 1 - h:
            return True
    return False


def heads_data_under(above: list[str], below: list[str]) -> int:
    """The number of rows of the story's own data block the first of the lines `below` heads, right under the
    paragraphs `above` (0: none)."""
    if not above or not _prose(above[-1]):
        return 0
    return heads_data_block(below, 0, None, [p for p in above if _prose(p)])


def starts_a_row(before: str, line: str, open_sentence: bool) -> bool:
    """The line is a row of data of its own, not the rest of a sentence the page split at a link: under
    another row ("125 g butter" / "3 apples", "Later: 35%"), or under a line that leaves no sentence open
    (`open_sentence`: it ends on a function word or a comma) such as a heading ("Wetter in Möwenkai" /
    "Heute 12°")."""
    if (fact_label(line) is not None and fact_label(before) is not None) or is_voice_row(line):
        return True  # "Length: 312 metres" / "Gates: six steel gates"; a person's words and name
    if _bare_row(line) and not open_sentence:  # "Salt and pepper" under "A pinch of saffron" or "2 onions"
        return is_row(before) or _bare_row(before)
    return is_row(line) and (is_row(before) or not open_sentence)


def is_row(text: str) -> bool:
    """A row of data (is_data_row), an amount's (is_amount_row) or a person's words (is_voice_row)."""
    return is_data_row(text) or is_amount_row(text) or is_voice_row(text)


def is_voice_row(text: str) -> bool:
    """A vox-pop's row: a remark of DATA_VOICE_WORDS words at most in quotation marks, then who said it after a
    dash or with a comma in it, a name in capitals ("“Not in my street.” – Ada Brenn, 44", "« Enfin ! » Yves,
    67 ans"); not a quoted headline ("“Never again”: residents reject the plan")."""
    m = _VOICE_RE.match(text)
    if m is None or len(m["said"].split(None, DATA_VOICE_WORDS)) > DATA_VOICE_WORDS:
        return False
    who = m["who"]
    words = len(who.split(None, DATA_VOICE_WHO_WORDS))
    return who[:1].isupper() and words <= DATA_VOICE_WHO_WORDS and (bool(m["dash"]) or "," in who)


def _prose(text: str) -> bool:
    return L.is_prose(text) or cjk_prose(text)
