"""What is no headline of another article, whichever stage took it for one: the last look at the
page's lists (program code, a time stamp, a reader's comment, a button, a share count, a credit,
a form's field, a line of the page's own text).

The stages before read lists by their place and their shape (lines in a run, under a header);
a comment thread, a code listing or an ad widget is in that shape too. Here each item is judged
by what a headline of another article never is, whatever its place: a headline has no code
punctuation, is no time, no button, no count, no tag line, no appeal for money, never stands
over a comment's "Reply" button, and is neither a sentence of the page's own text nor a
quotation of it. A list whose header is code goes whole."""

from __future__ import annotations

import re

from ..model import RelatedItem
from ..text import fold
from .chrome import AD_BLOCKER_PROMPT_RE, BUTTON_LEAD_RE, SHARE_COUNT_RE, SUPPORT_APPEAL_RE, is_tag_line
from .dates import is_relative_stamp, parse_date_line
from .lexicon import cjk_chars
from .lexicon_site import COMMENT_REPLY_RE
from .page import Page
from .pieces import Sieved
from .thresholds import RELATED_TEXT_TAIL_CHARS

# Program code and markup, never in a headline: braces, a tag, a statement's ";" at its end, an
# assignment ("x = ...", "x || []"), a JSON key ('"name": ...'), a call's empty brackets, jQuery's "$("
_CODE_RE = Sieved(  # asked first for a piece of its own ("{", ";", "=", "()", ...): most lines hold none
    re.compile(
        r"[{}]|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|;\s*$|\w\s+=\s+[\w\"'\[{(]|\w=[\"'\[{(]|\|\||&&|=>|"
        r"^\"[\w-]+\"\s*:|\w\(\)|\$\("
    )
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
# the chrome's patterns an item is searched with, asked first for a piece of theirs: most items hold none
# (not BUTTON_LEAD_RE: its 42 pieces cost as much to look for in a short item as its search)
_SHARE_COUNT, _AD_BLOCKER_PROMPT = Sieved(SHARE_COUNT_RE), Sieved(AD_BLOCKER_PROMPT_RE)
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
        or bool(_SHARE_COUNT.search(text))
        or bool(_SMALL_CREDIT_RE.match(text))
        or text.endswith(_REQUIRED_MARK)
        or is_tag_line(text)
        or bool(SUPPORT_APPEAL_RE.match(text))
        or bool(_AD_BLOCKER_PROMPT.search(text))
    )


def _over_reply(page: Page, lines: list[int]) -> bool:
    """One of `lines` has a comment's "Reply" button right under it (blank lines apart): a reader's comment."""
    for i in lines:
        below = next((page.text(j).strip() for j in range(i + 1, len(page.lines)) if page.text(j).strip()), "")
        if COMMENT_REPLY_RE.match(below):
            return True
    return False


_QUOTES = '"“”‘’«»„「」『』'
_QUOTE_EDGES = _QUOTES + "' "
_QUOTED_WORDS = 3  # a quotation taken for an item has at least this many words (CJK: twice as many characters)
_END_MARKS = ".!?…。！？:"


def _quoted_from(paragraphs: list[str], headline: str) -> bool:
    """`headline` is a quotation of the text, a part of a longer paragraph in quotation marks there
    or here: a pull quote ("“We waited long enough”"), no headline of another article. (A whole
    paragraph is no quotation: a list the first reading took for text is its own lines; a
    headline in the words of the text with no quotation mark is kept.)"""
    core = _core(headline)
    if len(core.split()) < _QUOTED_WORDS and cjk_chars(core) < 2 * _QUOTED_WORDS:
        return False
    marked = headline[:1] in _QUOTES or headline.rstrip(_END_MARKS)[-1:] in _QUOTES
    for p in paragraphs:
        at = p.find(core)
        if at < 0 or len(_core(p)) <= len(core):
            continue
        before, after = p[at - 1 : at].strip(), p[at + len(core) : at + len(core) + 2].strip()
        if marked or (before and before in _QUOTES) or (after[:1] and after[:1] in _QUOTES + ","):
            return True
    return False


def _core(text: str) -> str:
    """A line less its quotation marks and its end marks, folded."""
    return fold(text.strip(_QUOTE_EDGES).rstrip(_END_MARKS).strip(_QUOTE_EDGES))


def without_non_headlines(page: Page, items: list[RelatedItem], body: list[str]) -> list[RelatedItem]:
    """`items` less what no list of other articles holds (see the module's docstring)."""
    if not items:
        return items
    where: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        where.setdefault(fold(line.text.strip()), []).append(i)
    paragraphs = [fold(p) for p in body]
    text = ""  # the text in one, when an item asks (most end with no full stop: no cost)
    kept: list[RelatedItem] = []
    for item in items:
        headline = item.headline.strip()
        if is_code(item.section) or no_headline(headline):
            continue
        if _over_reply(page, where.get(fold(headline), [])):
            continue
        sentence = len(headline) >= RELATED_TEXT_TAIL_CHARS and headline.endswith(_FULL_STOPS)
        if sentence and fold(headline) in (text := text or "\n".join(paragraphs)):
            # a sentence of the page's own text ("Read more" over its last paragraph); (a headline in
            # the text, as a box between its paragraphs or a list the first reading took for text,
            # ends with no full stop: kept)
            continue
        if _quoted_from(paragraphs, headline):
            continue
        kept.append(item)
    return kept
