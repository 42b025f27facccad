"""What is no headline of another article, whichever stage took it for one: the last look at the
page's lists (program code, a time stamp, a reader's comment, a button, a share count, a credit,
a form's field, a line of the page's own text).

The stages before read lists by their place and their shape (lines in a run, under a header);
a comment thread, a code listing or an ad widget is in that shape too. Here each item is judged
by what a headline of another article never is, whatever its place: a headline has no code
punctuation, is no time, no button, no count, never stands over a comment's "Reply" button,
and is not a sentence of the page's own text. A list whose header is code goes whole."""

from __future__ import annotations

import re

from ..model import RelatedItem
from ..text import fold
from .chrome import BUTTON_LEAD_RE, SHARE_COUNT_RE
from .dates import is_relative_stamp, parse_date_line
from .lexicon import COMMENT_REPLY_RE
from .page import Page
from .thresholds import RELATED_TEXT_TAIL_CHARS

# Program code and markup, never in a headline: braces, a tag, a statement's ";" at its end, an
# assignment ("x = ...", "x || []"), a JSON key ('"name": ...'), a call's empty brackets, jQuery's "$("
_CODE_RE = re.compile(
    r"[{}]|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|;\s*$|\w\s+=\s+[\w\"'\[{(]|\w=[\"'\[{(]|\|\||&&|=>|"
    r"^\"[\w-]+\"\s*:|\w\(\)|\$\("
)
# a time as comments and teasers print it: "5 hours ago at 9:40 pm", "3 meses atrás", "hace 11 horas",
# "12/04/31 6:15pm" (figures, a clock's "am"/"pm" and marks only); a few words at most ("20 years ago
# today, the wall fell" and "Il y a 50 ans, ..." are headlines)
_STAMP_RE = re.compile(
    r"^\W*\d+\s+\w+\s+(?:ago|atrás|fa|geleden|назад)\b|^\W*(?:hace|il y a|vor|há)\s+\d+\s+\w+"
    r"|^(?:[\d/.:,-]+\s*(?:[ap]\.?m\.?)?\s*)+$",
    re.I,
)
# "by Adnetwork": an ad network's credit, in small letters (a headline's first word has a capital)
_SMALL_CREDIT_RE = re.compile(r"^by\s", re.U)
_STAMP_WORDS = 6
_FULL_STOPS = (".", "。", ".”", '."', ".’")  # a sentence's end (a headline ends with none, or asks "?")
_REQUIRED_MARK = "*"  # a form's required field ("Your name *", "... são marcados com *")


def is_code(text: str) -> bool:
    """A line of program code or markup ("var boat = new Boat();", '"harbourKey": [{')."""
    return bool(_CODE_RE.search(text))


def no_headline(text: str) -> bool:
    """A line that is no headline of another article by its own shape, wherever it stands."""
    text = text.strip()
    return (
        is_code(text)
        or is_relative_stamp(text)
        or (len(text.split()) <= _STAMP_WORDS and bool(_STAMP_RE.match(text)))
        or parse_date_line(text) is not None
        or bool(BUTTON_LEAD_RE.search(text))
        or bool(SHARE_COUNT_RE.search(text))
        or bool(_SMALL_CREDIT_RE.match(text))
        or text.endswith(_REQUIRED_MARK)
    )


def _over_reply(page: Page, lines: list[int]) -> bool:
    """One of `lines` has a comment's "Reply" button right under it (blank lines apart): a reader's comment."""
    for i in lines:
        below = next((page.text(j).strip() for j in range(i + 1, len(page.lines)) if page.text(j).strip()), "")
        if COMMENT_REPLY_RE.match(below):
            return True
    return False


def _own_text(body: list[str]) -> str:
    return "\n".join(fold(p) for p in body)


def without_non_headlines(page: Page, items: list[RelatedItem], body: list[str]) -> list[RelatedItem]:
    """`items` less what no list of other articles holds (see the module's docstring)."""
    if not items:
        return items
    where: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        where.setdefault(fold(line.text.strip()), []).append(i)
    text = ""
    kept: list[RelatedItem] = []
    for item in items:
        headline = item.headline.strip()
        if is_code(item.section) or no_headline(headline):
            continue
        if _over_reply(page, where.get(fold(headline), [])):
            continue
        if len(headline) >= RELATED_TEXT_TAIL_CHARS and headline.endswith(_FULL_STOPS):
            text = text or _own_text(body)
            if fold(headline) in text:
                continue  # a sentence of the page's own text ("Read more" over its last paragraph); (a
                # headline in the text, as a box between its paragraphs or a list the first reading
                # took for text, ends with no full stop: kept)
        kept.append(item)
    return kept
