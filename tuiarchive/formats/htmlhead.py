"""Where a saved page's article text can start at the earliest: under the article's header, as
its markup sets the header out inside the article's container.

The header is the headline (the container's `<h1>`), what sits above it (a section's kicker, a
quote over the headline) and what sits under it before the text: a dek (standfirst) and the
byline and date lines. The library (trafilatura) keeps some of them as the first paragraphs.
The signals are the markup's and general: the `<h1>` inside the container, the class words of
deks and of bylines and dates (common words of page templates, no one site's names), and the
byline or date line right under a dek. On the labelled web pages a dek is not the article's
first paragraph (Readability's and the Scrapinghub benchmark's convention alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..parser.lines import byline_names, is_byline_marker

__all__ = ["class_words", "header_end", "inside"]

# Class and id words of a dek under the headline.
DEK_WORDS = re.compile(
    r"^(standfirst|dek|deck|subdeck|strapline|subtitle|subheadline|subhead|summary|excerpt|sapo|chapo|chapeau)$"
)
# Class and id words of the header's byline and date lines.
HEADER_WORDS = re.compile(
    r"^(byline|bylines|author|authors|date|dateline|timestamp|time|published|pubdate|posted|meta)$"
)
HEADER_TAGS = frozenset(["time", "address"])
# Where class and id names break into words: "story-body", "articleDek" -> story, body, article, Dek.
_SPLIT_WORDS = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
# The most lines of prose above the container's <h1> that can be its kicker (a section's name,
# a quote over the headline): with more, the <h1> is a heading inside the text.
MAX_ABOVE_HEADLINE = 2
# The most lines under the headline that its header can take (deks, byline, date, a share bar).
HEADER_LINES = 8
# The longest dek (in words) told by the byline or date line right under it, not by its class.
DEK_MAX_WORDS = 45


def header_end(
    blocks: list[tuple[str, Any]], container: Any, is_prose: Callable[[str], bool], is_timestamp: Callable[[str], bool]
) -> int:
    """The last line (index into `blocks`, the rendered lines with their elements) of the
    article's header inside `container`; -1 when the container shows no headline of its own.
    `is_prose` and `is_timestamp` tell a paragraph of text and a date line (htmlbody's)."""
    head = next(
        (j for j, (_, el) in enumerate(blocks) if el is not None and el.tag == "h1" and inside(el, container)),
        None,
    )
    if head is None:
        return -1
    above = sum(1 for text, el in blocks[:head] if el is not None and inside(el, container) and is_prose(text))
    if above > MAX_ABOVE_HEADLINE:
        return -1

    def header_line(j: int) -> bool:
        text, el = blocks[j]
        return bool(
            is_timestamp(text)
            or byline_names(text)
            or is_byline_marker(text)
            or _named(el, container, HEADER_WORDS)
            or el.tag in HEADER_TAGS
        )

    def next_line(j: int) -> int | None:
        j += 1
        while j < len(blocks) and blocks[j][1] is None:
            j += 1
        return j if j < len(blocks) and inside(blocks[j][1], container) else None

    end = head
    j: int | None = next_line(head)
    while j is not None and j <= head + HEADER_LINES:
        text, el = blocks[j]
        if header_line(j):
            end = j
        elif _named(el, container, DEK_WORDS):
            end = j  # a dek by its class
        elif is_prose(text):
            after = next_line(j)
            if after is None or len(text.split()) > DEK_MAX_WORDS or not header_line(after):
                break  # the first paragraph of the text
            end = j  # a dek over the byline or the date
        j = next_line(j)
    return end


def _named(el: Any, container: Any, words: re.Pattern[str]) -> bool:
    """An element between `el` and the container (not the container) with one of these class
    or id words."""
    node = el
    while node is not None and node is not container:
        if any(words.match(word) for word in class_words(node)):
            return True
        node = node.getparent()
    return False


def class_words(el: Any) -> list[str]:
    """The words of an element's class and id names, in lower case."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [word.lower() for word in _SPLIT_WORDS.split(names) if word]


def inside(el: Any, container: Any) -> bool:
    """`el` is `container` or lies in it."""
    while el is not None:
        if el is container:
            return True
        el = el.getparent()
    return False
