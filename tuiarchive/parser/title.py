"""Which line is the headline: a small learned scorer over a few lines near the article's text.

The line rules in extract.py find the headline from the browser title or just above the
dateline. A rendered page copied as text has neither browser title nor, often, a dateline;
there the headline is usually the short, capitalised, non-sentence line a little above the
first paragraph of the text, over a dek, a byline, share buttons or a picture, whose words
come back in the text and in the file's name, printed once or twice (the page's own header and
a sticky bar) and not part of a menu or a list of other headlines.

Every candidate line (a window above the text's first line, and around the rules' choice) is
described by a few numbers (`NAMES`); a logistic scorer trained by `python -m
benchmarks.train_title` on the labelled sets (judged leave-one-set-out) gives each a score, and
the best wins when it beats the rules' choice by the shipped margin (never a line that
`may_replace_rules` refuses: a quoted tag, a link's slug in small letters). Plain Python: a dot
product per candidate, at most ~60 candidates a page.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise
from operator import mul
from pathlib import Path
from typing import Any

from ..text import fold
from . import lines as L
from .cjk_lines import is_cjk_menu
from .dates import parse_date_line
from .lexicon import STOP_WORDS, cjk_chars, stop_word_density
from .shape import count_digits, first_capitals
from .thresholds import CJK_HEADLINE_CHARS, CJK_PROSE_CHARS, CJK_SENTENCE_CHARS, REPEATED_NEAR_LINES

_MODEL_FILE = "title.json"
WINDOW_ABOVE = 45  # lines above the text's first line that may hold the headline
WINDOW_RULES = 6  # lines either side of the rules' headline
_SAMPLE = 300
_LONG_WORD_RE = re.compile(r"\w\w+")  # a word of two characters or more (one-letter words carry no meaning)
_ASCII_WORD = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"  # what \w is in ASCII
_ASCII_NOT_WORD = bytes(c if c in _ASCII_WORD else 32 for c in range(256))  # every other byte a space
_ONE_CHARACTER = frozenset(map(chr, _ASCII_WORD))
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")

NAMES: tuple[str, ...] = (
    "log_words",
    "few_words",  # <= 2 words
    "many_words",  # > 20 words
    "long",  # > 150 characters
    "ends_period",
    "ends_colon",
    "ends_question",
    "capital_share",
    "title_case",
    "stop_density",
    "digit_share",
    "chrome",
    "header_line",  # a date, byline, read time: header furniture, not a headline
    "caption",
    "headline_like",
    "prose",
    "cjk",
    "separator",  # " | " or " - ": a browser title
    "above_text",  # (text's first line - i) / 10, clipped to [-1, 4]
    "just_above",  # within 3 lines above the text
    "at_or_below_text",
    "headlines_between",  # headline-like lines between it and the text (clipped, / 5)
    "anchor_after",  # a date or byline within 4 lines under it
    "anchor_before",  # one within 3 lines above it
    "prose_follows",  # the next line that is not chrome is a sentence (dek or text)
    "short_before",  # the line above is a short label (a menu item, a section name)
    "repeated",  # the same line elsewhere on the page
    "repeated_near",  # ... within REPEATED_NEAR_LINES lines
    "text_overlap",  # share of its content words found in the text's first paragraphs
    "name_overlap",  # share of its content words found in the file's name
    "browser",  # one of the first line's parts (a saved page's browser title)
    "first_line",
    "position",
    "in_list",  # among several headline-like lines (a feed, "Trending")
    "prose_above",  # sentences among the 10 lines above (a subheading has text above it)
    "prose_before",  # share of the page's sentences above it
    "headline_above",  # the line above is headline-like too (then this may be the dek)
    "comma_share",  # commas per word: a list of tags
    "breadcrumb",  # two or more of > | » › /: a trail of sections
    "list_item",  # starts with a bullet, "+", "1." or an arrow
    "overlap_best",  # the headline-like candidate whose words recur most in the text
    "overlap_gap",  # its text_overlap minus the best of the other headline-like candidates
    "dek_follows",  # the next line is a longer sentence that is no headline: this line's dek
    "part_of_other",  # the line is a piece of another candidate (a kicker or subhead repeating the headline)
)
_BROWSER = NAMES.index("browser")
# The features of a candidate that cost the most to read (line rules over it and its neighbours):
# a candidate other than the rules' is read without them when only its best possible score is
# asked (candidate_rows' `exact`), and each counts at its range's end that scores most.
COSTLY = frozenset(
    ("chrome", "header_line", "caption", "anchor_after", "anchor_before", "prose_follows", "repeated", "repeated_near",
     "in_list", "dek_follows", "part_of_other")
)  # fmt: skip
# Each feature's least and greatest value (0.0 to 1.0 where not said): words are counted in a
# line's first _SAMPLE characters, a comma is one character.
_RANGES = tuple(
    {"log_words": (0.0, math.log1p(_SAMPLE)), "above_text": (-1.0, 4.0), "comma_share": (0.0, float(_SAMPLE)),
     "overlap_gap": (-1.0, 1.0)}.get(name, (0.0, 1.0))
    for name in NAMES
)  # fmt: skip
_ROUNDING = 1e-9  # far above what summing ~45 products in another order can change (~1e-14)
_CJK_END = tuple("。！？”」")
_CJK_ASKS = tuple("？！")
_CJK_NOTE_TAIL = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_TRAIL = ">|»›/"
_ITEM_STARTS = tuple("-–•*·▪►+←→")
_QUOTES = "\"'“”‘’«»„「」『』"


@dataclass(frozen=True, slots=True)
class TitleModel:
    """The headline scorer: learned weights over the candidate lines' features."""

    weights: tuple[float, ...]
    bias: float
    margin: float  # how much higher than the rules' choice the best candidate must score

    def score(self, row: Sequence[float]) -> float:
        return self.bias + sum(map(mul, self.weights, row))

    def best_possible(self, row: Sequence[float | None]) -> float:
        """The most a row can score, whatever its unread features (None) are."""
        total = self.bias
        for w, x, (lo, hi) in zip(self.weights, row, _RANGES, strict=True):
            total += w * x if x is not None else max(w * lo, w * hi)
        return total

    def keeps_rules(self, candidates: Sequence[int], rows: Sequence[Sequence[float | None]], rules: int) -> bool:
        """Will choose() answer the rules' line, whatever the unread features (None) of the other
        candidates are? `rows`: the rules' row read whole. (No other candidate can reach the
        rules' score plus the margin: with the margin most pages need no other row read whole.)"""
        if rules not in candidates:
            return False
        own_row = rows[candidates.index(rules)]
        if own_row[_BROWSER]:
            return True
        bar = self.score(own_row) + self.margin - _ROUNDING  # type: ignore[arg-type]
        return all(c == rules or self.best_possible(r) < bar for c, r in zip(candidates, rows, strict=True))

    def choose(self, candidates: Sequence[int], rows: Sequence[Sequence[float]], rules: int) -> int:
        """The candidate with the best score, or the rules' line unless beaten by the margin."""
        if not candidates:
            return rules
        if rules in candidates and rows[candidates.index(rules)][_BROWSER]:
            return rules  # the browser title names the rules' line: the strongest evidence there is
        scores = [self.score(r) for r in rows]
        best = max(range(len(candidates)), key=scores.__getitem__)
        if candidates[best] == rules:
            return rules
        own = next((s for c, s in zip(candidates, scores, strict=True) if c == rules), -math.inf)
        return candidates[best] if scores[best] >= own + self.margin else rules

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TitleModel:
        if list(data["features"]) != list(NAMES):
            raise ValueError("title model was trained on other features; retrain it")
        return cls(tuple(data["weights"]), data["bias"], data.get("margin", 0.0))


@cache
def shipped_title_model() -> TitleModel | None:
    try:
        text = (Path(__file__).parent / "data" / _MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return TitleModel.from_json(json.loads(text))


def may_replace_rules(text: str) -> bool:
    """May the scorer put this line in place of the rules' headline? Not a line that starts
    with a small letter (the rest of a wrapped sentence, a link's slug; "iPhone" is a name)
    nor one wholly in quotes (a tag, a pull quote): a headline opens with a capital and says
    more than a quotation."""
    t = text.strip()
    if t[:1].islower() and not t[1:2].isupper():
        return False
    if L.read_minutes(t) or parse_date_line(t):
        return False  # a line with a role in the header (a read time, a dateline) is never the headline
    return not is_quotation(t)


def is_quotation(text: str) -> bool:
    """A line wholly in quotation marks ('"We waited long enough"'): a pull quote or a tag."""
    return len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES


def opens_with_quotation(text: str) -> bool:
    """A line that is a quotation, whole or with its speaker ('"We waited long enough," says the
    mayor'), not a headline that quotes before a colon ('"Never asked": residents demand answers')."""
    return len(text) > 2 and text[0] in _QUOTES and ": " not in text and "：" not in text


def open_to_scorer(
    picks: Sequence[int], rows: Sequence[Sequence[float]], rules: int, text: Callable[[int], str]
) -> tuple[list[int], list[Sequence[float]]]:
    """The candidates (and their rows) the scorer may choose from: the rules' line and the lines
    `may_replace_rules` lets it take."""
    keep = [k for k, i in enumerate(picks) if i == rules or may_replace_rules(text(i))]
    return [picks[k] for k in keep], [rows[k] for k in keep]


def content_words(text: str) -> set[str]:
    """Lower-case words of a line that carry meaning (no stop words, no one-letter words);
    CJK text: its characters' pairs."""
    head = text[:_SAMPLE].lower()
    if cjk_chars(head) >= 4:
        chars = [ch for ch in head if not ch.isspace()]
        return {a + b for a, b in pairwise(chars)}
    if head.isascii():  # \w\w+ in ASCII: runs of [0-9A-Za-z_], each word once, those of one character taken out
        words = set(head.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").split()) - _ONE_CHARACTER
        words -= STOP_WORDS  # (in C)
    else:
        words = set(_LONG_WORD_RE.findall(head)) - STOP_WORDS  # each word once, the stop words taken out in C
    return words.difference(filter(str.isdigit, words))  # (the figures too)


def cjk_prose(text: str) -> bool:
    """A line of CJK running text ("……と思いますが、……時もあります。"): one "word" to a
    counter of spaces, a paragraph to a reader."""
    cjk = cjk_chars(text)
    if not cjk:
        return False
    # (a sentence may close on a note in brackets: "……超过去年。（完）", "……と話した。（森野葵）")
    return cjk >= CJK_PROSE_CHARS or (cjk >= CJK_SENTENCE_CHARS and _CJK_NOTE_TAIL.sub("", text).endswith(_CJK_END))


def _prose(text: str, cjk: int) -> bool:
    """Running text; CJK text by its characters (it has no spaces to count words by)."""
    return (bool(cjk) and cjk_prose(text)) or L.is_prose(text)


def cjk_headline(text: str) -> bool:
    """A line of CJK characters shaped like a headline: a few words' worth, not a sentence,
    not a trail of sections."""
    cjk = cjk_chars(text)
    # (a question or an exclamation alone is a headline's as often: "なぜ今、本なのか？"; a sentence's "。" never)
    asks = text.endswith(_CJK_ASKS) and "。" not in text
    if not CJK_HEADLINE_CHARS[0] <= cjk <= CJK_HEADLINE_CHARS[1] or (text.endswith(_CJK_END[:3]) and not asks):
        return False
    if "。" in text:
        return False  # a sentence, whatever closes it: "……超过去年。（完）"
    return cjk >= 0.6 * len(text.replace(" ", "")) and not any(ch in text for ch in _TRAIL) and not is_cjk_menu(text)


def words_around(
    own: set[str], i: int, paragraph_words: Sequence[tuple[int, int, set[str]]], text_words: set[str]
) -> int:
    """How many of `own` (a line's few words) the text has outside line i's own paragraph (`text_words`:
    all its paragraphs' words): counted word by word, not by a union of the paragraphs' words for each line."""
    if not any(a <= i <= b for a, b, _ in paragraph_words):
        return len(own & text_words)
    others = [words for a, b, words in paragraph_words if not a <= i <= b]
    return sum(1 for word in own if any(word in words for words in others))


def name_words(filename: str) -> set[str]:
    stem = filename.rsplit(".", 1)[0].lower()
    return {w for w in re.split(r"[^a-z0-9]+", stem) if len(w) > 1 and not w.isdigit()}


def candidates(n: int, text_first: int, rules: int) -> list[int]:
    """The lines that may hold the headline."""
    found = set(range(max(0, text_first - WINDOW_ABOVE), min(n, text_first + 2)))
    # around the rules' line, but not inside the text: a line under its first paragraph is
    # the text's own (a subheading, a table's row), not the page's headline
    found |= set(range(max(0, rules - WINDOW_RULES), min(n, rules + WINDOW_RULES + 1, max(text_first + 2, rules + 1))))
    found |= set(range(min(n, 3)))
    return sorted(found)


def candidate_rows(
    texts: Sequence[str],
    picks: Sequence[int],
    *,
    text_first: int,
    rules: int,
    is_anchor: Callable[[int], bool],
    is_header: Callable[[int], bool],
    browser: Callable[[int], bool],
    in_list: Callable[[int], bool],
    headline_like: Callable[[str], bool],
    paragraph_words: Sequence[tuple[int, int, set[str]]],
    filename: str,
    exact: Container[int] | None = None,
) -> list[list[float | None]]:
    """One feature row (NAMES, in order) per candidate line in `picks`; `paragraph_words`:
    the content words of the text's first paragraphs, each with its first and last line.
    `exact`: the candidates read whole (None: all); the others' COSTLY features are None."""
    n = len(texts)
    text_words: set[str] = set().union(*(w for _, _, w in paragraph_words))

    folded: dict[int, str] = {}

    def fold_at(i: int) -> str:
        if i not in folded:
            folded[i] = fold(texts[i][:_SAMPLE]) if 0 <= i < n else ""
        return folded[i]

    slug = name_words(filename)
    by_length: dict[int, list[int]] = {}
    prose_prefix = [0]
    for j, text in enumerate(texts):
        by_length.setdefault(len(text), []).append(j)
        head = text[:_SAMPLE]
        # (an ASCII line has no CJK character: _prose(head, 0) is is_prose(head))
        prose_prefix.append(prose_prefix[-1] + (L.is_prose(head) if head.isascii() else _prose(head, cjk_chars(head))))
    total_prose = prose_prefix[-1] or 1
    shaped_lines: dict[str, bool] = {}  # headline_like of a text: the neighbours of one candidate are the next one's

    def headline_shaped(text: str) -> bool:
        found = shaped_lines.get(text)
        if found is None:
            found = shaped_lines[text] = headline_like(text)
        return found

    headlike = {i: headline_shaped(texts[i][:_SAMPLE].strip()) for i in picks}
    shaped_picks = sorted({i for i in picks if headlike[i]})  # counted between a line and the text by bisection

    def _anchor_after(i: int) -> bool:
        """A dateline or byline a few lines under line i, with no other headline between (the
        anchor under a list of teasers is the last one's, or the headline's under them)."""
        for j in range(i + 1, min(n, i + 5)):
            if is_anchor(j):
                return True
            if headline_shaped(texts[j][:_SAMPLE].strip()):
                return False
        return False

    rows: list[list[float | None]] = []
    for i in picks:
        whole = exact is None or i in exact
        t = texts[i][:_SAMPLE].strip()
        tokens = t.split()
        cjk = cjk_chars(t)
        n_words = len(tokens) if cjk < 4 else max(len(tokens), cjk // 2)
        chars = len(t) or 1
        caps = first_capitals(tokens) / (len(tokens) or 1)
        digits = count_digits(t) / chars
        own = content_words(t)
        lo, hi = (i + 1, text_first) if i < text_first else (text_first, i)
        between = max(0, bisect_left(shaped_picks, hi) - bisect_left(shaped_picks, lo))  # shaped picks in [lo, hi)
        before = texts[i - 1][:_SAMPLE].strip() if i > 0 else ""
        if whole:
            nxt = i + 1
            while nxt < n and nxt < i + 6 and (not texts[nxt].strip() or L.is_chrome(texts[nxt][:_SAMPLE].strip())):
                nxt += 1
            after = texts[nxt][:_SAMPLE].strip() if nxt < n else ""
            key = fold_at(i)
            repeats = [j for j in by_length.get(len(texts[i]), ()) if j != i and fold_at(j) == key] if key else []
        rows.append(
            [
                math.log1p(n_words),
                float(n_words <= 2),
                float(n_words > 20),
                float(len(t) > 150),
                float(t.endswith(".")),
                float(t.endswith(":")),
                float(t.endswith(("?", "!"))),
                caps,
                float(L.is_title_case(t)),
                stop_word_density(t),
                digits,
                float(L.is_chrome(t)) if whole else None,
                float(is_header(i)) if whole else None,
                float(L.is_caption(t) or L.is_photo_credit(t) or L.is_credit(t)) if whole else None,
                float(headlike[i]),
                float(_prose(t, cjk)),
                float(cjk >= 4),
                float(" | " in t or " - " in t or " – " in t),
                max(-1.0, min(4.0, (text_first - i) / 10)),
                float(0 < text_first - i <= 3),
                float(i >= text_first),
                min(between, 5) / 5,
                float(_anchor_after(i)) if whole else None,
                float(any(is_anchor(j) for j in range(max(0, i - 3), i))) if whole else None,
                float(_prose(after, cjk_chars(after))) if whole else None,
                float(0 < len(before.split()) <= 3),
                float(bool(repeats)) if whole else None,
                float(any(abs(j - i) <= REPEATED_NEAR_LINES for j in repeats)) if whole else None,
                words_around(own, i, paragraph_words, text_words) / len(own) if own else 0.0,
                len(own & slug) / len(own) if own and slug else 0.0,
                float(browser(i)),
                float(i == 0),
                i / n,
                float(in_list(i)) if whole else None,
                (prose_prefix[i] - prose_prefix[max(0, i - 10)]) / 10,
                prose_prefix[i] / total_prose,
                float(i > 0 and headline_shaped(before)),
                t.count(",") / (len(tokens) or 1),
                float(sum(map(t.count, _TRAIL)) >= 2),
                float(t.startswith(_ITEM_STARTS) or t.endswith(("→", "»")) or bool(_NUMBERED.match(t))),
            ]
        )
    # relative to the page: of the headline-shaped lines, the headline is the one whose words
    # the text repeats most
    overlap = NAMES.index("text_overlap")
    shaped = sorted(((rows[k][overlap], k) for k, i in enumerate(picks) if headlike[i]), reverse=True)
    for k, row in enumerate(rows):
        best_other = next((v for v, j in shaped if j != k), 0.0)
        row.append(float(headlike[picks[k]] and row[overlap] > 0 and row[overlap] >= best_other))
        row.append(row[overlap] - best_other)
    _relational(texts, picks, rows, exact)
    return rows


_DEK_WORDS = 1.3  # a dek has at least this many times the words of its headline
_DEK_STOP_DENSITY = 0.2  # ... and reads like a sentence


def _relational(
    texts: Sequence[str], picks: Sequence[int], rows: list[list[float | None]], exact: Container[int] | None
) -> None:
    """The features that compare a candidate with its neighbours and with the other candidates
    (None for a candidate not in `exact`)."""
    n = len(texts)
    pieces = {i: fold(texts[i][:_SAMPLE]).strip() for i in picks}
    # a piece is part of another only if that one is longer: the pieces, longest first, in one string
    # (a line holds no newline), searched up to the start of the first piece no longer than it
    by_length = sorted(set(pieces.values()), key=len, reverse=True)
    longer = "\n".join(by_length)
    starts = list(accumulate((len(p) + 1 for p in by_length), initial=0))
    lengths = [-len(p) for p in by_length]  # ascending
    for k, i in enumerate(picks):
        if exact is not None and i not in exact:
            rows[k].extend((None, None))
            continue
        t = texts[i][:_SAMPLE].strip()
        nxt = i + 1
        while nxt < n and nxt < i + 4 and L.is_chrome(texts[nxt][:_SAMPLE].strip()):
            nxt += 1
        after = texts[nxt][:_SAMPLE].strip() if nxt < min(n, i + 4) else ""
        words, after_words = len(t.split()), len(after.split())
        dek = (
            words >= 2
            and after_words >= _DEK_WORDS * words
            and not L.is_title_case(after)
            and (stop_word_density(after) >= _DEK_STOP_DENSITY or after.endswith("."))
            and not L.ends_sentence(t)
        )
        own = pieces[i]
        part = len(own) >= 8 and longer.find(own, 0, starts[bisect_left(lengths, -len(own))]) >= 0
        rows[k].extend((float(dek), float(part)))
