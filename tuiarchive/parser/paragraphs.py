"""Paragraphs from page lines: joining fragments, telling text from lists, mapping back to lines."""

from __future__ import annotations

import re
from itertools import compress, pairwise, repeat
from operator import not_

from ..text import fold
from . import lines as L
from .lexicon import BULLET_RE, CONNECTORS, FUNCTION_END, cjk_chars
from .page import Line
from .thresholds import (
    CJK_CHARS_PER_WORD,
    CJK_CLOSING_CHARS,
    CJK_SENTENCE_CHARS,
    CJK_TEXT_CHARS,
    LINK_LIST_LINES,
    LINK_WORDS,
    MAX_CLASSIFY,
    TEXT_MIN_WORDS,
    WRAP_BAND,
    WRAP_BROKEN_SHARE,
    WRAP_LINES,
    WRAP_MAX_WIDTH,
    WRAP_MIN_CHARS,
    WRAP_SHARE,
)
from .title import cjk_prose

_CASE_SAMPLE = 60  # characters of a line's end that tell text in capitals from mixed case


def join_lines(parts: list[str]) -> str:
    pieces = [parts[0]]
    for previous, part in pairwise(parts):
        if not (part[:1] in ",.;:)]!?%’”" or previous.endswith(("(", "[", "“", "‘"))):
            pieces.append(" ")
        pieces.append(part)
    return "".join(pieces)


def paragraph_tail(parts: list[str]) -> str:
    """The end of the paragraph being assembled: enough to judge how it ends, in constant time
    (joining the whole paragraph at every line made parsing quadratic)."""
    return join_lines(parts[-3:])


def _last_word(text: str) -> str:
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def ends_on_connector(text: str) -> bool:
    """The last word is one a sentence goes on after ("of", "and", "the"); a word in capitals in
    mixed-case text is an abbreviation ("Toronto, ON", "Gary, IN"), not a preposition."""
    word = _last_word(text).strip(",;")
    if len(word) > 1 and word.isupper() and not text[-_CASE_SAMPLE:].isupper():
        return False
    return word.lower() in CONNECTORS


def continues(paragraph: str, line: str) -> bool:
    """Does `line` continue `paragraph` (a sentence the page split at an inline link)?"""
    if paragraph.endswith(L.TERMINAL) or paragraph.endswith(":") or BULLET_RE.match(line):
        return False
    first = line[:1]
    if first in ",.;:)]!?%" or first.islower():
        return True
    if _cjk_heading_over_sentence(paragraph, line):
        return False
    if paragraph.endswith(","):
        return True
    if ends_on_connector(paragraph):
        return True
    return len(line.split()) <= 3


# what a CJK sentence's own first character is not: a kana particle or an ending run on from a link's words
# ("…町の" / "商工会" / "が発表した。"), a mark that closes a clause
_CJK_SENTENCE_END = ("。", "！", "？")
_CJK_OPEN_ENDINGS = tuple("、，でがをにはとのもて的")  # a comma or a particle that leaves a clause open
_CJK_RUN_ON_OPENING = re.compile(r"[\u3041-\u309f、。，．）」』]")


def _cjk_heading_over_sentence(paragraph: str, line: str) -> bool:
    """A short CJK line with no sentence's end ("ニュースレターを受け取る", "新闻线索征集"), a heading or a box's label,
    then a CJK sentence of its own ("毎朝…お届けします。"): two blocks, not one sentence split at a link (CJK has no
    spaces to count a link's words by, nor capitals to tell a new sentence by: the heading is shorter than a
    sentence, and the line opens as a sentence does, not on a particle run on from the link)."""
    if not (cjk_chars(paragraph[-1:]) and cjk_chars(line[:1])) or _CJK_RUN_ON_OPENING.match(line):
        return False
    if paragraph.endswith(_CJK_OPEN_ENDINGS) or any(map(str.isspace, paragraph)):
        return False  # a clause left open ("…予定で", "…町の"), or pieces already joined: the sentence goes on
    sentence = line.rstrip().endswith(_CJK_SENTENCE_END) and cjk_chars(line) >= CJK_CLOSING_CHARS
    return sentence and cjk_chars(paragraph) < CJK_SENTENCE_CHARS


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped copy was broken at (a text dump, a mail: most lines of some length
    end within a few characters of the widest), or None: a page copied from a browser has its
    paragraphs on one line each, most of them longer than any wrap."""
    lengths = [len(line.text) for line in lines if len(line.text) >= WRAP_MIN_CHARS]
    if len(lengths) < WRAP_LINES:
        return None
    within = [n for n in lengths if n <= WRAP_MAX_WIDTH]
    if len(within) < WRAP_SHARE * len(lengths) * 2 or not within:  # most lines fit a wrap's width
        return None
    width = max(within)
    near = sum(1 for n in within if n > width - WRAP_BAND)
    # and a wrap breaks sentences: some lines near the width run on into a line that goes on in
    # small letters (a page of one short sentence a line has lines of that length too)
    broken = sum(
        1
        for a, b in pairwise(lines)
        if width - WRAP_BAND < len(a.text) <= width and not b.blank_before and b.text[:1].islower()
    )
    return width if near >= WRAP_SHARE * len(lengths) and broken * WRAP_BROKEN_SHARE >= near else None


def wrapped(previous: str, line: str, width: int) -> bool:
    """Was the line broken before `line` only because the next word did not fit the wrap width
    ("... said the mayor" / "Tom Ash, who ...")? Not before an item of a list, nor after a line
    that announces one, nor between lines of code ("{", "}", ";" at a line's end), nor after a
    sentence's end."""
    if previous.endswith((":", "{", "}", ";")) or BULLET_RE.match(line):
        return False
    if L.ends_sentence(previous) and not line[:1].islower():
        return False  # a sentence ends where the line does: a paragraph may end there too
    word = line.split(None, 1)[0] if line.strip() else ""
    return len(previous) + 1 + len(word) > width


def link_list(parts: list[str]) -> bool:
    """Lines the reader glued into one paragraph that are a list of links, not a sentence cut at
    its links: several short lines ("Gazette" / "Related topics" / "football" / "Send us a story",
    a box of headlines, a CJK menu), no sentence ending before the last, and no join a
    sentence would make (a comma or a function word before it, punctuation or words in small
    letters after it, a number after a verb: "The minister said" / "in a statement" / "that")."""
    if len(parts) < LINK_LIST_LINES or any(L.ends_sentence(p) for p in parts[:-1]):
        return False
    if any(len(p.split(None, LINK_WORDS)) > LINK_WORDS for p in parts):
        return False
    for previous, part in pairwise(parts):
        if part[:1] in ",.;:)]!?%" or previous.endswith(","):
            return False
        last, lower = _last_word(previous).lower(), part[:1].islower()
        if last in FUNCTION_END or (lower and len(part.split(None, 1)) > 1):
            return False
        if last in CONNECTORS and (lower or part[:1].isdigit()):
            return False  # "a small ferry port of about" / "12,000 people"
    return True


def fewer_words(paragraphs: list[str], limit: float) -> bool:
    """Do the paragraphs hold fewer than `limit` words (sum(len(p.split()) ...) < limit)? Counted
    only until the limit is reached: a paragraph is split no further than the words still wanted
    (len(p.split(None, k)) is min(its words, k + 1)), and a text of thousands of words is not
    split whole to learn that it has more than a few hundred. CJK text has no spaces to count its words by:
    never fewer (a read time says nothing of how much of it is there)."""
    counted = 0
    for paragraph in paragraphs:
        if counted >= limit:
            return False
        if not paragraph.isascii() and cjk_chars(paragraph[:CJK_TEXT_CHARS]) >= CJK_SENTENCE_CHARS:
            return False
        counted += len(paragraph.split(None, int(limit - counted)))
    return counted < limit


def reads_like_text(body: list[str], *, short_cjk: bool = True) -> bool:
    """At least one real sentence, and mostly words rather than numbers and symbols.

    short_cjk: a short stretch of Chinese or Japanese prose (under CJK_TEXT_CHARS) counts, as a
    short English one does. Right when asking whether a page holds any text at all (a short story
    is never refused); not when asking whether a narrower span of a text still reads as text: a
    short CJK span then passes where it used to fail, and the cut drops the text's opening or
    closing quote paragraph (the parser reviewer's W16, session 37)."""
    global _last_read
    key, last = (tuple(body), short_cjk), _last_read
    if key == last[0]:  # extract asks twice of the same body (~70 us an article)
        return last[1]
    answer = _reads_like_text(body, short_cjk)
    _last_read = (key, answer)
    return answer


# the last body asked about (and how), and the answer
_last_read: tuple[tuple[tuple[str, ...], bool] | None, bool] = (None, False)


def _reads_like_text(body: list[str], short_cjk: bool) -> bool:
    # (an ASCII paragraph has no CJK character: not cut and asked)
    cjk = sum(cjk_chars(p[:MAX_CLASSIFY]) for p in body[:20] if not p.isascii())
    if cjk >= CJK_TEXT_CHARS:
        return True  # Chinese, Japanese, Korean: prose without spaces between words
    if not short_cjk:
        cjk = 0  # below CJK_TEXT_CHARS, CJK characters are not counted as words (spaces are)
    if not any(L.is_prose(p) for p in body) and not (cjk and any(map(cjk_prose, body))):
        return False
    tokens = _first_words(body[:20], 400)  # a sample says enough
    # CJK text has no spaces to count words by: its characters count, a word for every few,
    # so a short Japanese story is held to the same few sentences as a short English one
    cjk_words = cjk // CJK_CHARS_PER_WORD
    if len(tokens) + cjk_words < TEXT_MIN_WORDS:
        return False
    # a word of letters, once stripped of its marks; only a token with other characters is stripped
    # (a word of letters has no marks to strip)
    letters = list(map(str.isalpha, tokens))
    others = compress(tokens, map(not_, letters))
    wordy = sum(letters) + sum(map(str.isalpha, map(str.strip, others, repeat(_WORD_MARKS))))
    return wordy + cjk_words >= 0.5 * (len(tokens) + cjk_words)


_WORD_MARKS = ".,;:!?\"'()“”‘’"


def _first_words(paragraphs: list[str], count: int) -> list[str]:
    """The first `count` words of the paragraphs, as " ".join(paragraphs).split(None, count)[:count]
    gives them, without joining them all: each paragraph split no further than the words still
    wanted (its first k words are p.split(None, k)[:k])."""
    words: list[str] = []
    for paragraph in paragraphs:
        wanted = count - len(words)
        if wanted <= 0:
            break
        words += paragraph.split(None, wanted)[:wanted]
    return words


def dangling(paragraph: str) -> bool:
    """The paragraph stops on a word that needs more after it ("pushing toward", "episode of")."""
    if paragraph.endswith(L.TERMINAL) or paragraph.endswith(":"):
        return False
    return paragraph.endswith(",") or ends_on_connector(paragraph)


def dedupe_paragraphs(body: list[str], title: str) -> list[str]:
    """Drop repeats: the headline again, a pull quote or source box repeating the next line."""
    out: list[str] = []
    title_key = fold(title)
    seen: set[str] = set()
    for k, para in enumerate(body):
        key = fold(para)
        if key == title_key or key in seen:
            continue
        if k + 1 < len(body):
            following = fold(body[k + 1])
            if len(key) < len(following) and following.startswith(key) and len(key.split()) >= 3:
                continue
        seen.add(key)
        out.append(para)
    return out


def paragraph_lines(lines: list[Line], body: list[str]) -> list[tuple[int, int]]:
    """The first and last line each paragraph was joined from (paragraphs keep the page's order).
    The stages after the reader ask it of the same lines and body again and again (3 of 4 calls):
    the last answer is kept, with the lines it was found in (the same list: a page's lines never
    change once read) and the body's paragraphs."""
    global _last_spans
    key, last = tuple(body), _last_spans  # a tuple, replaced whole: threads see a triple that belongs together
    if lines is last[0] and key == last[1]:
        return list(last[2])
    spans = _paragraph_lines(lines, body)
    _last_spans = (lines, key, tuple(spans))
    return spans


_last_spans: tuple[list[Line] | None, tuple[str, ...], tuple[tuple[int, int], ...]] = (None, (), ())


def _paragraph_lines(lines: list[Line], body: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    n = len(lines)
    for para in body:
        start = next((k for k in range(cursor, n) if para.startswith(lines[k].text)), None)
        if start is None:
            start = next((k for k in range(n) if para.startswith(lines[k].text)), cursor if cursor < n else n - 1)
        pos, end, skipped = len(lines[start].text), start, 0
        k = start + 1
        while pos < len(para) and k < n and skipped <= 6:
            at = para.find(lines[k].text, pos, pos + 1 + len(lines[k].text))
            if at in (pos, pos + 1):
                pos, end, skipped = at + len(lines[k].text), k, 0
            else:
                skipped += 1
            k += 1
        spans.append((start, end))
        cursor = end + 1
    return spans


def recut(
    lines: list[Line], body: list[str], spans: list[tuple[int, int]], start: int, end: int, inside: list[float]
) -> list[str]:
    """The rules' paragraphs that overlap [start, end], with the model's own lines added where
    the stretch reaches past them (its edges always; lines between when it calls them text)."""
    kept = [k for k, (a, b) in enumerate(spans) if b >= start and a <= end]

    def lines_as_paragraphs(a: int, b: int) -> list[str]:
        out: list[str] = []
        previous = -2
        for i in range(a, b + 1):
            if not (i in (start, end) or inside[i] > 0):
                continue
            text = lines[i].text
            if out and previous == i - 1 and not lines[i].blank_before and continues(out[-1][-200:], text):
                out[-1] = join_lines([out[-1], text])
            else:
                out.append(text)
            previous = i
        return out

    if not kept:
        return lines_as_paragraphs(start, end)
    first_line, last_line = spans[kept[0]][0], spans[kept[-1]][1]
    before = lines_as_paragraphs(start, first_line - 1) if start < first_line else []
    after = lines_as_paragraphs(last_line + 1, end) if end > last_line else []
    return before + [body[k] for k in kept] + after
