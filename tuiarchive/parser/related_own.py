"""The text's own lists right under its last paragraph, which are no lists of other articles: lines it
announces ("The proposals include:") and its bulleted lines; and the lead-in that announces them."""

from __future__ import annotations

from ..text import fold
from . import lines as L
from .chrome import is_list_header
from .lexicon import BULLET_RE, READER_WORDS, cjk_chars
from .page import Page
from .related_shapes import WORD_EDGES, header_words
from .span import measure
from .thresholds import RELATED_CJK_LEAD_IN_CHARS, RELATED_ITEM_CHARS

_BULLET_MARKS = "-–•*·▪►"  # a bullet's marks (a rank's figure apart: "1. <headline>" ranks a list)
LEAD_IN_WORDS = 3  # a line ending ":" of this many words or more may announce the text's own list
# the verb that ends a sentence announcing the text's own list ("The plans include:", "Winners were:")
# ... unless it names the site's articles ("The week's top stories were:")
_SITE_LIST_WORDS = frozenset({"stories", "headlines", "news", "articles", "posts", "reads", "coverage"})
_ANNOUNCING_VERBS = frozenset({"include", "includes", "included", "are", "were", "is", "was", "follows", "follow"})


def cjk_lead_in(text: str) -> bool:
    """A sentence's worth of CJK characters ending in a colon ("市议会的计划包括："): the text
    announcing its own list; a site's header over a list is a few characters ("编辑推荐：")."""
    return text.endswith("：") and cjk_chars(text) >= RELATED_CJK_LEAD_IN_CHARS and not is_list_header(text)


def _announces_list(text: str) -> bool:
    """A sentence of the text's whose verb announces its own list, the verb last before the colon
    ("The proposals include:", "The winners were:", "The rules are as follows:"); a site's header
    over its list names it or speaks to the reader ("From the archive:", "Stories you might have
    missed:", "Read these next:"), no such verb ends it."""
    if cjk_lead_in(text):
        return True
    if not text.endswith(":"):
        return False  # (told before the line is split: most lines end otherwise)
    words = text.split()
    if len(words) < 2 or fold(words[-1].rstrip(":")) not in _ANNOUNCING_VERBS:
        return False
    if any(fold(w.strip(WORD_EDGES)) in _SITE_LIST_WORDS or fold(w.strip(WORD_EDGES)) in READER_WORDS for w in words):
        return False  # "Trending stories include:", "Our latest headlines are:": the site's list
    return measure(text).lead_in and not is_list_header(text)


def own_bullets(page: Page, start: int) -> int:
    """The line after the bulleted lines right under the text's last paragraph (from line `start`,
    blank lines apart): the text's own list ("• New cycle lanes on the quay"), however its lines
    read; `start` when there are none."""
    end = start
    for i in range(start, len(page.lines)):
        t = page.text(i)
        if t and not (t[:1] in _BULLET_MARKS and BULLET_RE.match(t)):
            break
        if t:
            end = i + 1
    return end


def announced_list(page: Page, start: int) -> int:
    """The line after the text's own list that its last sentence announces, right where the text
    ends (line `start`; the sentence is the text's last line or the line `start`): "The proposals
    include:" / "A night bus every half hour" / "Free parking on Sundays", however its lines read;
    `start` when there is none. The list holds the lines spaced as its first one is (in a block,
    or each apart), up to a header, a line longer than an item or the page's end matter."""
    n = len(page.lines)
    if start < n and _announces_list(page.text(start)):
        first = start + 1
    elif 0 < start <= n and _announces_list(page.text(start - 1)):
        first = start
    else:
        return start
    end = first
    for i in range(first, n):
        t = page.text(i)
        if i > first and page.lines[i].blank_before != page.lines[first].blank_before:
            break  # its lines in a block: a blank line ends it (each apart: a line in a block does)
        if len(t) > RELATED_ITEM_CHARS or is_list_header(t) or L.is_copyright(t) or L.is_end_matter(t):
            break
        if page.lines[first].blank_before and header_words(t):
            break  # a header of the site's over its next list ("Also on the site")
        end = i + 1
    return end
