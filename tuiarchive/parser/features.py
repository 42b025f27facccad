"""Shallow features of every line of a page, for the learned body-boundary model.

Each line is described once by a few numbers (boilerpipe's shallow text features: length,
words, stop-word density as in jusText, capitals, digits, punctuation; what the line rules
take it for: chrome, a date, a byline, a caption, a call to action; where the line rules put
the body), then by the same numbers of its neighbours and by how much of the page's prose
lies before and after it. Everything is plain Python over lists: this runs on every page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from . import lines as L
from .dates import is_relative_stamp
from .lexicon import BOILERPLATE_KINDS, line_boilerplate_kinds
from .shape import first_capitals
from .span import Block, classify, measure
from .thresholds import MAX_CLASSIFY, PAGE_CACHE

_SAMPLE = 250  # characters of a line looked at: enough to judge it, cheap on huge lines
_OFFSET_CAP = 10  # distances (in lines) to the rules' body edges are clipped to this
_GAP_CAP = 40  # distances (in lines) to the nearest good paragraph are clipped to this
_WORDS_KIND_TOKENS = 30  # a line's boilerplate words count by kind only in lines up to this many words
_HEADING_WORDS = 12  # a heading-like line: at most this many words, no sentence
_LIST_ITEM_RE = re.compile(r"^(?:[-–•*·▪►+]|\(?\d{1,3}[.)]|[a-z][.)])\s")

# What each line is measured by, in order (the base record).
BASE = (
    "log_chars",
    "log_words",
    "stop_density",
    "capital_share",
    "digit_share",
    "punct_share",
    "ends_sentence",
    "starts_lower",
    "prose",
    "chrome",
    "date",
    "byline",
    "caption_or_credit",
    "calls_to_action",
    "end_matter",
    "section_header",
    "footer",
    "good_block",
    "near_block",
    "blank_before",
    "in_rules_body",
    "rules_first",
    "rules_last",
    "position",
    "cjk",
    "title",
    "after_title",
    "dangling",
    "joins_previous",
    *(f"words_{kind}" for kind in BOILERPLATE_KINDS),
    "boilerplate_share",
    "list_item",
    "heading_like",
    "good_gap_before",
    "good_gap_after",
    "no_good_before",
    "no_good_after",
)
# The part of a neighbour's record that says most about this line.
_CONTEXT = (
    "log_chars",
    "stop_density",
    "ends_sentence",
    "prose",
    "chrome",
    "good_block",
    "near_block",
    "in_rules_body",
    "dangling",
    "joins_previous",
    "section_header",
    "footer",
    "end_matter",
    "caption_or_credit",
    "boilerplate_share",
    "heading_like",
)
_CONTEXT_OF = itemgetter(*(BASE.index(name) for name in _CONTEXT))  # a record's context part, as a tuple
_OFFSETS = (-2, -1, 1, 2)
_WINDOWS = (5, 20)
_EDGE_PAD = max(map(abs, _OFFSETS))  # lines of empty context before the first line and after the last

NAMES: tuple[str, ...] = (
    BASE
    + tuple(f"{name}@{d:+d}" for d in _OFFSETS for name in _CONTEXT)
    + tuple(f"good_{side}{w}" for w in _WINDOWS for side in ("before", "after"))
    + ("good_chars_before", "good_chars_after", "from_rules_first", "from_rules_last", "prose_before", "prose_after")
)

_CONNECTOR_ENDS = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "that"}


@dataclass(frozen=True, slots=True)
class RulesView:
    """What the line rules decided about the page: the headline line and the body's lines."""

    title: int
    first: int  # first line of the rules' body (-1: no body)
    last: int  # last line of the rules' body


_ALNUM = bytes(range(48, 58)) + bytes(range(65, 91)) + bytes(range(97, 123))  # what isalnum is in ASCII
_DIGITS = bytes(range(48, 58))


def _alnum_digits(head: str) -> tuple[int, int]:
    """How many characters are letters or digits, and how many digits (str.isalnum, str.isdigit);
    an ASCII line is counted by deleting them in C (a generator sum was 5% of a parse)."""
    if head.isascii():
        raw = head.encode("ascii")
        return len(raw) - len(raw.translate(None, _ALNUM)), len(raw) - len(raw.translate(None, _DIGITS))
    return sum(map(str.isalnum, head)), sum(map(str.isdigit, head))


# each set of boilerplate kinds (bits) as its features, one per kind
_KIND_BITS = [tuple(float(kinds >> bit & 1) for bit in range(len(BOILERPLATE_KINDS))) for kinds in
              range(1 << len(BOILERPLATE_KINDS))]  # fmt: skip


def _base(text: str, blank_before: bool, is_date: bool) -> tuple[float, ...]:
    """The line's own measures (BASE, in order; the per-page ones 0.0): they depend on its text,
    the blank line before it and whether it reads as a date only, so a line a site repeats on every
    page (its menu, its footer) is measured once; a line longer than MAX_CLASSIFY is measured
    each time (the memo keeps no huge line alive in a worker)."""
    measures = _remembered_measures if len(text) <= MAX_CLASSIFY else _line_measures
    return measures(text, blank_before, is_date)


def _line_measures(text: str, blank_before: bool, is_date: bool) -> tuple[float, ...]:
    head = text[:_SAMPLE]
    tokens = head.split()
    n_tokens = len(tokens) or 1
    chars = len(head) or 1
    letters_digits, digits = _alnum_digits(head)
    spaces = head.count(" ")
    capitals = first_capitals(tokens)
    para = measure(text)
    block = classify(para)
    last_word = tokens[-1].lower() if tokens else ""
    kinds, hits = line_boilerplate_kinds(head)  # (boilerplate_kinds(tokens), from the words measure() split)
    if len(tokens) > _WORDS_KIND_TOKENS:
        kinds = 0
    ends = L.ends_sentence(text)
    return (
        math.log1p(len(text)),
        math.log1p(len(tokens)),
        para.density,
        capitals / n_tokens,
        digits / chars,
        (chars - letters_digits - spaces) / chars,
        float(ends),
        float(head[:1].islower()),
        float(L.is_prose(head)),
        float(L.is_chrome(head)),
        float(is_date or is_relative_stamp(head) or bool(L.read_minutes(head))),
        float(bool(L.byline_names(head)) or L.is_byline_marker(head) or L.is_name(head)),
        float(L.is_caption(head) or L.is_photo_credit(head) or L.is_credit(head)),
        float(L.is_cta(head) or (len(head) < 70 and L.has_ui_pronoun(head))),
        float(L.is_end_matter(head)),
        float(L.is_list_header(head)),
        float(L.is_footer_marker(head) or L.is_copyright(head)),
        float(block is Block.GOOD),
        float(block is Block.NEAR),
        float(blank_before),
        0.0,  # in_rules_body, rules_first, rules_last, position, set per page below
        0.0,
        0.0,
        0.0,
        min(1.0, para.cjk / 50),
        0.0,  # title, after_title: per page
        0.0,
        float(text.endswith(",") or last_word in _CONNECTOR_ENDS),
        float(head[:1].islower() or head[:1] in ",.;:)]"),  # joins_previous: or the line before dangles
        *_KIND_BITS[kinds],
        hits / n_tokens,
        float(bool(_LIST_ITEM_RE.match(head))),
        float(0 < len(tokens) <= _HEADING_WORDS and not ends and not head[:1].islower()),
        0.0,  # good_gap_before, good_gap_after, no_good_before, no_good_after: per page
        0.0,
        0.0,
        0.0,
    )


_remembered_measures = lru_cache(maxsize=PAGE_CACHE)(_line_measures)

_IN_BODY, _FIRST, _LAST, _POSITION = (BASE.index(k) for k in ("in_rules_body", "rules_first", "rules_last", "position"))
_TITLE, _AFTER_TITLE = BASE.index("title"), BASE.index("after_title")
_DANGLING, _JOINS = BASE.index("dangling"), BASE.index("joins_previous")
_GOOD, _PROSE, _CHARS = BASE.index("good_block"), BASE.index("prose"), BASE.index("log_chars")
_GAP_BEFORE, _GAP_AFTER = BASE.index("good_gap_before"), BASE.index("good_gap_after")
_NO_BEFORE, _NO_AFTER = BASE.index("no_good_before"), BASE.index("no_good_after")


def _clipped(distance: int) -> int:
    return -_OFFSET_CAP if distance < -_OFFSET_CAP else _OFFSET_CAP if distance > _OFFSET_CAP else distance


def page_features(
    texts: Sequence[str],
    blank_before: Sequence[bool],
    is_date: Callable[[int], bool],
    rules: RulesView,
    cache: list[list[float]] | None = None,
) -> list[list[float]]:
    """One feature row (NAMES, in order) per line. `cache` (empty, or filled by an earlier call
    on the same lines) keeps the lines' own measures, which do not depend on `rules`."""
    n = len(texts)
    if cache:
        base = [list(row) for row in cache]
    else:
        base = [list(_base(t, b, is_date(i))) for i, (t, b) in enumerate(zip(texts, blank_before, strict=True))]
        if cache is not None:
            cache.extend(list(row) for row in base)
    for i, row in enumerate(base):
        if i and base[i - 1][_DANGLING]:
            row[_JOINS] = 1.0
        row[_IN_BODY] = float(rules.first <= i <= rules.last)
        row[_FIRST] = float(i == rules.first)
        row[_LAST] = float(i == rules.last)
        row[_POSITION] = i / n
        row[_TITLE] = float(i == rules.title)
        row[_AFTER_TITLE] = float(i > rules.title)
    # how far the nearest good paragraph is, above and below (text resumes after a list or a
    # heading; the boilerplate after an article has none)
    seen = -1
    for i, row in enumerate(base):
        row[_GAP_BEFORE] = math.log1p(min(_GAP_CAP, i - seen if seen >= 0 else _GAP_CAP))
        row[_NO_BEFORE] = float(seen < 0)
        if row[_GOOD]:
            seen = i
    seen = -1
    for i in range(n - 1, -1, -1):
        row = base[i]
        row[_GAP_AFTER] = math.log1p(min(_GAP_CAP, seen - i if seen >= 0 else _GAP_CAP))
        row[_NO_AFTER] = float(seen < 0)
        if row[_GOOD]:
            seen = i
    # running sums: good blocks, good characters and prose lines before each line
    good_prefix, chars_prefix, prose_prefix = [0.0], [0.0], [0.0]
    for row in base:
        good_prefix.append(good_prefix[-1] + row[_GOOD])
        chars_prefix.append(chars_prefix[-1] + (math.expm1(row[_CHARS]) if row[_GOOD] else 0.0))
        prose_prefix.append(prose_prefix[-1] + row[_PROSE])
    total_chars = chars_prefix[-1] or 1.0
    total_prose = prose_prefix[-1] or 1.0
    # each line's context, taken once for its neighbours; lines beyond the page's edges have none
    empty = (0.0,) * len(_CONTEXT)
    context = [*_EDGE_PAD * [empty], *map(_CONTEXT_OF, base), *_EDGE_PAD * [empty]]
    first, last = rules.first, rules.last
    out = base  # each row (a list of its own) is extended in place
    for i, features in enumerate(out):
        for d in _OFFSETS:
            features += context[i + _EDGE_PAD + d]
        for w in _WINDOWS:
            before = good_prefix[i] - good_prefix[i - w if i > w else 0]
            after = good_prefix[i + 1 + w if i + 1 + w < n else n] - good_prefix[i + 1]
            features += (before / w, after / w)
        features.append(chars_prefix[i] / total_chars)
        features.append((total_chars - chars_prefix[i + 1]) / total_chars)
        if first >= 0:
            features.append(_clipped(i - first) / _OFFSET_CAP)
            features.append(_clipped(i - last) / _OFFSET_CAP)
        else:
            features += (0.0, 0.0)
        features.append(prose_prefix[i] / total_prose)
        features.append((total_prose - prose_prefix[i + 1]) / total_prose)
    return out
