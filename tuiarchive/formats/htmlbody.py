"""Where a saved page's article text begins and ends, from what its markup says about the
lines around the edges of the library's reading.

The library (trafilatura) finds the article's paragraphs well, its edges less so: it keeps a
dek or a caption above the first paragraph, a credit or a call to share below the last, and
sometimes drops a first paragraph that is not in a `<p>`. Here its paragraphs are put back
on the lines of the page as rendered (`htmltext.text_blocks`), the element that holds most of
their prose is taken as the article's container, and the edges are settled line by line from
general signals of the markup: inside or outside that container, inside a part of it whose
class or id names page furniture (related links, sharing, newsletters, comments, captions:
the vocabulary of Readability and boilerpipe, no one site's names), a heading, a figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from ..parser.dates import parse_date_line
from ..parser.lexicon import cjk_chars
from ..parser.lines import is_cta
from .htmlhead import class_words, header_end
from .htmlhead import inside as _inside

__all__ = ["is_furniture_text", "is_prose", "is_short_lead", "is_timestamp", "refine_body"]

# Elements that hold no article text: headers (headline, dek, byline), asides, navigation,
# figures and their captions, forms.
FURNITURE_TAGS = frozenset(
    ["header", "aside", "nav", "footer", "figure", "figcaption", "form", "button", "menu", "dialog"]
)
FURNITURE_ROLES = frozenset(["complementary", "navigation", "contentinfo", "banner", "dialog", "menu"])
# Class and id words of page furniture (after Readability's and boilerpipe's lists).
FURNITURE_WORDS = re.compile(
    r"^(related|share|sharing|social|newsletter|subscribe|subscription|signup|promo|promotion|comments?|"
    r"disqus|footer|sidebar|widget|ads?|advert|advertisement|sponsor|sponsored|caption|credit|credits|"
    r"breadcrumbs?|menu|nav|navigation|tags|popular|recommended|outbrain|taboola|cta|toolbar|banner|"
    r"masthead|byline|bio|author|meta|timestamp|dateline|pagination|pager|popup|modal|shoutbox|"
    r"skyscraper|gallery|slideshow|video|player|rss)$"
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# The fewest words of a heading that is the text's first paragraph (a sentence set as a heading).
LEAD_HEADING_WORDS = 15
# The shortest line taken as the beginning of a longer paragraph.
MIN_LEAD = 20
# Share of the body's prose (in characters) the article's container must hold: flat between
# 0.7 and 0.9 on both labelled sets (see the commit that set it).
CONTAINER_SHARE = 0.8
# The most lines of the container's prose put back above the library's first paragraph (and
# below its last).
MAX_LEAD_LINES = 3
# Above this share of link text, a line that is not a paragraph of prose is a list of links.
LINK_DENSITY = 0.7


def refine_body(paragraphs: list[str], blocks: list[tuple[str, Any]]) -> list[str]:
    """The library's paragraphs with their edges settled on the page's lines (`blocks`:
    the rendered lines with the element each is in)."""
    if not paragraphs or not blocks:
        return paragraphs
    lines = [text for text, _ in blocks]
    paragraphs, places = in_page_order(paragraphs, _places(paragraphs, lines))
    found = [i for i in places if i is not None]
    if not found:
        return paragraphs
    prose = [i for i in found if is_prose(lines[i])] or found
    container = _container([(blocks[i][1], len(lines[i])) for i in prose])
    if container is None:
        return paragraphs
    if container.tag in LIST_TAGS and container.getparent() is not None:
        container = container.getparent()  # a list article: its intro and its close are around the list
    furniture = _FurnitureCache(container)
    near_furniture = _FurnitureCache(container.getparent())
    kinds = {_kind(blocks[i][1]) for i in prose if _inside(blocks[i][1], container)}
    parts = _parts(blocks, container, kinds)
    part_furniture = {part: _FurnitureCache(part) for part in parts}

    def in_article(i: int) -> bool:
        el = blocks[i][1]
        if el.tag in HEADING_TAGS:
            return False
        if link_density(el) > LINK_DENSITY and (el.tag != "p" or not is_prose(lines[i])):
            return False  # a list of links (a paragraph of prose may well be one link)
        part = next((part for part in parts if _inside(el, part)), None)
        if part is not None:  # another part of a body split by ads: judged like the container
            return not part_furniture[part].is_furniture(el) and not _in_card(el, part) and not _mostly_furniture(el)
        if not _inside(el, container):  # a paragraph like the container's, split off from it
            near = _inside(el, container.getparent())
            return near and _same_kind(el, kinds) and is_prose(lines[i]) and not near_furniture.is_furniture(el)
        return not furniture.is_furniture(el) and not _in_card(el, container) and not _mostly_furniture(el)

    # the paragraphs as the page's lines: a fragment becomes its whole line
    items: list[tuple[str, int | None]] = []
    for paragraph, place in zip(paragraphs, places, strict=True):
        text = lines[place] if place is not None and len(lines[place]) >= len(paragraph) else paragraph
        if place is not None and items and items[-1][1] == place:
            continue
        items.append((text, place))

    # the edges: drop what is outside the article's container or in its furniture; at the
    # end, also what reads as furniture (a call to subscribe, share or click)
    # (a paragraph not found on the page goes with the first one found after it, towards the
    # middle: a player's or a box's text the page renders differently)
    def outside(k: int, step: int, stop: int) -> bool:
        while k != stop and items[k][1] is None:
            k += step
        return k != stop and not in_article(items[k][1])

    # nor does the text start in the article's header: a kicker or a quote over the headline, the
    # headline, a dek over the byline and date (htmlhead)
    head = header_end(blocks, container, is_prose, is_timestamp)

    def in_header(k: int) -> bool:
        while k < len(items) - 1 and items[k][1] is None:
            k += 1
        return items[k][1] is not None and items[k][1] <= head

    def lead_heading(k: int) -> bool:
        """The text's first paragraph set as a heading: a long sentence in the container, not
        right under another heading (a subtitle under the headline)."""
        place = items[k][1]
        if place is None or blocks[place][1].tag not in HEADING_TAGS or not _inside(blocks[place][1], container):
            return False
        if place > 0 and blocks[place - 1][1] is not None and blocks[place - 1][1].tag in HEADING_TAGS:
            return False
        text = lines[place]
        return len(text.split()) >= LEAD_HEADING_WORDS and text.rstrip("\"'\u201d\u2019").endswith((".", "!", "?"))

    start, end = 0, len(items)
    while start < end - 1 and (in_header(start) or (outside(start, 1, end) and not lead_heading(start))):
        start += 1
    for _ in range(2):  # once more after a block of calls at the end is cut off
        while end - 1 > start and (outside(end - 1, -1, start - 1) or is_furniture_text(items[end - 1][0])):
            end -= 1
        end = _calls_at_end(items, start, end)
    items = items[start:end]

    # the container's prose lines right next to the edges that the library left out (a lead
    # or a last paragraph not in a <p>): put back, a few at most, never a credit or a call
    def left_out(j: int, step: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        j += step
        while 0 <= j < len(blocks) and len(out) < MAX_LEAD_LINES:
            el = blocks[j][1]
            if el is None or not _inside(el, container) or not in_article(j) or j <= head:
                break
            if not is_prose(lines[j]) and not (step < 0 and is_short_lead(lines[j])):
                break
            if step > 0 and (is_furniture_text(lines[j]) or _COPYRIGHT.match(lines[j])):
                break
            out.append((lines[j], j))
            j += step
        return out

    first, last = items[0][1], items[-1][1]
    if first is not None and in_article(first):
        items = [*reversed(left_out(first, -1)), *items]
    if last is not None and in_article(last):
        items = [*items, *left_out(last, 1)]
    if parts:  # the paragraphs of the other parts the library left out, before and after
        first, last = items[0][1], items[-1][1]
        more = [
            j
            for j, (_, el) in enumerate(blocks)
            if el is not None
            and any(_inside(el, part) for part in parts)
            and is_prose(lines[j])
            and _same_kind(el, kinds)
            and in_article(j)
        ]
        above = [(lines[j], j) for j in more if first is not None and head < j < first]
        tail = [(lines[j], j) for j in more if last is not None and j > last]
        while tail and (is_furniture_text(tail[-1][0]) or _COPYRIGHT.match(tail[-1][0])):
            tail.pop()
        items = [*above, *items, *tail]
    return [text for text, _ in items]


# The most lines between two parts of an article's body split by ads or interrupters.
SPLIT_GAP = 8
# The fewest paragraphs of the container's kind in another part (a dek or a caption is one).
MIN_PART = 2


def _parts(blocks: list[tuple[str, Any]], container: Any, kinds: set[tuple[str, frozenset[str]]]) -> list[Any]:
    """The other parts of a body the page splits in blocks of the same kind (the same tag and
    first class word as the container: "story-body story-body-2"), right before or after it with
    only a few lines between them that are not prose (an ad's label, a "Continue reading")."""
    words = (container.get("class") or "").split()
    if not words:
        return []
    key = (container.tag, words[0])
    inside = [i for i, (_, el) in enumerate(blocks) if el is not None and _inside(el, container)]
    if not inside:
        return []
    parts: list[Any] = []
    for step, j in ((-1, inside[0] - 1), (1, inside[-1] + 1)):
        while True:
            gap = 0
            while 0 <= j < len(blocks) and gap < SPLIT_GAP and not _text_line(blocks[j]):
                j += step
                gap += 1
            if not 0 <= j < len(blocks) or not _text_line(blocks[j]):
                break
            part = _part_of(blocks[j][1], key, container)
            if part is None:
                break
            own = 0
            while 0 <= j < len(blocks) and (blocks[j][1] is None or _inside(blocks[j][1], part)):
                el = blocks[j][1]
                own += el is not None and is_prose(blocks[j][0]) and _same_kind(el, kinds)
                j += step
            if own < MIN_PART:
                break
            parts.append(part)
    return parts


def _text_line(block: tuple[str, Any]) -> bool:
    """A line of prose that is neither a heading nor a link's text."""
    text, el = block
    return el is not None and is_prose(text) and el.tag not in HEADING_TAGS and link_density(el) <= LINK_DENSITY


def _part_of(el: Any, key: tuple[str, str], container: Any) -> Any:
    """The nearest element around `el` of the container's kind (`key`), if it is neither the
    container nor around it."""
    for node in [el, *el.iterancestors()]:
        if node is container or _inside(container, node):
            return None
        words = (node.get("class") or "").split()
        if (node.tag, words[0] if words else "") == key:
            return node
    return None


# The most paragraphs after a call to act that go with it: a block of calls at the end of a
# page has several lines, and only some of them say what they are in words.
CALL_TAIL = 1


def _calls_at_end(items: list[tuple[str, int | None]], start: int, end: int) -> int:
    """Where a block of calls to act at the end of the paragraphs begins (`end` if there is
    none): a short paragraph that reads as one, with at most CALL_TAIL short paragraphs after
    it ("Follow us on ..." over "Listen to us live at ...")."""
    for k in range(max(start + 1, end - 1 - CALL_TAIL), end):
        if all(_short(items[j][0]) for j in range(k, end)) and is_furniture_text(items[k][0]):
            return k
    return end


def _short(text: str) -> bool:
    """A paragraph short enough to be a call to act (BOILERPLATE_WORDS words, or twice as many
    characters in a script written without spaces)."""
    return len(text) <= 2 * BOILERPLATE_WORDS if cjk_chars(text) else len(text.split()) <= BOILERPLATE_WORDS


def is_short_lead(line: str) -> bool:
    """A first paragraph shorter than prose that is still a sentence: four words or more with
    a closing mark ("The ferry was late."), not a call, a credit or a timestamp. A kicker or a
    byline has no closing mark."""
    return (
        len(line.split()) >= 4
        and line.rstrip("\"'\u201d\u2019").endswith((".", "!", "?"))
        and not cjk_chars(line)
        and not is_furniture_text(line)
        and not is_timestamp(line)
    )


def in_page_order(paragraphs: list[str], places: list[int | None]) -> tuple[list[str], list[int | None]]:
    """The library's paragraphs (and their `places`, the page's lines holding them) in the order the page
    prints them: it sometimes moves blocks (a note under the text first, the headline and the dek after the
    text's first paragraphs), and the edges are settled on the page's lines. A paragraph not found on the
    page stays after the one before it."""
    found = [place for place in places if place is not None]
    if all(a <= b for a, b in itertools.pairwise(found)):
        return paragraphs, places
    keyed = []
    last = -1
    for k, (paragraph, place) in enumerate(zip(paragraphs, places, strict=True)):
        last = last if place is None else place
        keyed.append((last, k, paragraph, place))
    keyed.sort()
    return [paragraph for *_, paragraph, _ in keyed], [place for *_, place in keyed]


def _places(paragraphs: list[str], lines: list[str]) -> list[int | None]:
    """Per paragraph, the line of the page that holds it (in reading order where it can)."""
    norm = [_plain(line) for line in lines]
    out: list[int | None] = []
    after = 0
    for paragraph in paragraphs:
        key = _LIST_MARK.sub("", _plain(paragraph))
        place = _find(key, norm, after)
        if place is None:
            place = _find(key, norm, 0)
        out.append(place)
        if place is not None:
            after = place
    return out


_LIST_MARK = re.compile(r"^[-*\u2022]\s+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _plain(text: str) -> str:
    """The text as compared: white space collapsed, zero-width characters and soft hyphens
    left out (the library drops them, the rendered lines keep them)."""
    return " ".join(text.translate(_ZERO_WIDTH).split())


def _find(key: str, lines: list[str], start: int) -> int | None:
    """The line holding the paragraph, else the line it begins with (a card's headline)."""
    for i in range(start, len(lines)):
        if key in lines[i]:
            return i
    for i in range(start, len(lines)):
        if len(lines[i]) >= MIN_LEAD and key.startswith(lines[i]):
            return i
    return None


def link_density(el: Any) -> float:
    """The share of an element's text that is the text of links."""
    text = len(el.text_content().strip())
    if not text:
        return 0.0
    return sum(len(a.text_content().strip()) for a in el.iter("a")) / text


def _kind(el: Any) -> tuple[str, frozenset[str]]:
    return el.tag, frozenset((el.get("class") or "").split())


def _same_kind(el: Any, kinds: set[tuple[str, frozenset[str]]]) -> bool:
    """The same tag as a paragraph of the container, and a class word in common with it (or
    no class, like it): the last paragraph often carries one more class ("last", "end")."""
    tag, words = _kind(el)
    return any(tag == t and (words & w or not (words or w)) for t, w in kinds)


def _mostly_furniture(el: Any) -> bool:
    """A block whose text lies mostly (half its characters or more) inside inline furniture:
    a <p> holding an image with its caption and credit in spans."""
    total = len(el.text_content().strip())
    if not total:
        return False
    inside = 0
    stack = list(el)
    while stack:
        child = stack.pop()
        if not isinstance(child.tag, str):
            continue
        if is_furniture_element(child):  # counted once, with what it holds
            inside += len(child.text_content().strip())
            if inside * 2 >= total:
                return True
        else:
            stack.extend(child)
    return False


# A list: the article's container when it holds most of the prose is the list's parent.
LIST_TAGS = frozenset(["ol", "ul"])
# Elements that hold one teaser each in a list of other articles (a card: its own heading).
CARD_TAGS = frozenset(["li", "article"])
# Blocks that hold one teaser each when they come in a row, each led by its link (a card with
# no heading: the link is its headline, a blurb under it).
LINKED_CARD_TAGS = frozenset(["div", "section", "article"])


def _in_card(el: Any, container: Any) -> bool:
    """Inside a list item or a nested <article> (below the container) that has a heading of
    its own, or inside one of a row of blocks each led by a link: a teaser of another article,
    not a paragraph of this one."""
    node = el
    while node is not None and node is not container:
        if node.tag in CARD_TAGS and any(True for h in node.iter(*HEADING_TAGS)):
            return True
        if node.tag in LINKED_CARD_TAGS and _linked_row(node):
            return True
        node = node.getparent()
    return False


def _linked_row(node: Any) -> bool:
    """`node` is led by a link, and so is another block of its kind (tag and class) beside it."""
    parent = node.getparent()
    if parent is None or not _link_led(node):
        return False
    kind = (node.tag, node.get("class"))
    return any(
        sibling is not node and (sibling.tag, sibling.get("class")) == kind and _link_led(sibling) for sibling in parent
    )


def _link_led(node: Any) -> bool:
    """The element's text begins with a link's text (a card's headline), and goes on after it."""
    if (node.text or "").strip():
        return False
    for child in node.iter():
        if child is node or not isinstance(child.tag, str):
            continue
        if (child.text or "").strip():
            link = child if child.tag == "a" else next((a for a in child.iterancestors("a")), None)
            return (
                link is not None
                and link.get("href") is not None
                and _inside(link, node)
                and (len(" ".join(node.text_content().split())) > len(" ".join(link.text_content().split())))
            )
    return False


def _container(elements: Iterable[tuple[Any, int]]) -> Any:
    """The deepest element that holds at least CONTAINER_SHARE of these elements' weight."""
    counts: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    total = 0
    for el, weight in elements:
        total += weight
        chain = [*reversed(list(el.iterancestors())), el]
        for d, node in enumerate(chain):
            counts[node] = counts.get(node, 0) + weight
            depth[node] = d
    if not total:
        return None
    best = [node for node, n in counts.items() if n >= CONTAINER_SHARE * total]
    return max(best, key=lambda node: depth[node]) if best else None


class _FurnitureCache:
    """Whether an element lies in a part of the container that is page furniture."""

    def __init__(self, container: Any) -> None:
        self.container = container
        self.known: dict[Any, bool] = {}

    def is_furniture(self, el: Any) -> bool:
        chain = []
        node = el
        while node is not None and node is not self.container:
            if node in self.known:
                break
            chain.append(node)
            node = node.getparent()
        verdict = self.known.get(node, False) if node is not None and node is not self.container else False
        for node in reversed(chain):
            verdict = verdict or is_furniture_element(node)
            self.known[node] = verdict
        return verdict


def is_furniture_element(el: Any) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in FURNITURE_TAGS:
        return True
    if (el.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    return any(FURNITURE_WORDS.match(word) for word in class_words(el))


# The longest paragraph (in words) read as a call to subscribe or share by its words.
BOILERPLATE_WORDS = 30
# What a page's last short paragraphs say when they are not the article's.
_BOILERPLATE = re.compile(
    r"^(sign up|subscribe|share (this|it)|follow us|continue reading|loading|you may also like|filed under|"
    r"advertisement|read more|related\b)|\b(sign up for|subscribe to|newsletters?|subscriptions?|all rights reserved)|"
    r"comments?\W*$",
    re.I,
)


# A line that credits the pictures ("Top photo by ...", "Photos by ..."), and a pager's link.
_PHOTO_CREDIT = re.compile(
    r"^(?:top |lead |main |cover |header )?(?:photos?|pictures?|images?|illustrations?|photography)"
    r"(?: and [\w ]+?)? (?:by|courtesy of)\b",
    re.I,
)
# A line that credits the reporting, or says where the article appeared first.
_REPORTING_CREDIT = re.compile(
    r"^(?:with )?(?:additional )?(?:reporting|writing|editing|research|translation)(?: and \w+)? by\b"
    r"|\bcontributed (?:reporting )?to this (?:report|story|article)"
    r"|^this (?:article|story|post|piece) (?:was )?(?:originally |first )?(?:appeared|published)\b"
    r"|^(?:originally|first) (?:published|appeared) (?:in|on|at|by)\b",
    re.I,
)
# A short line of the page's metadata: one word of label, a colon or a bar, a short value
# ("Source: Wire", "Editor | A. Name"; in scripts without spaces, up to five characters of
# label); not an address ("http://...").
_LABELLED_LINE = re.compile(r"^(?:\w{1,15}|[^\W\d_a-zA-Z]{1,5})\s*[:\uff1a|\ufe31\uff5c](?!//)\s*(?P<value>\S.*)$")
# A line that begins with a copyright sign: a credit of the pictures or of the page.
_COPYRIGHT = re.compile(r"^\s*(?:\u00a9|\(c\)\s|copyright\b)", re.I)
_PAGER = re.compile(r"^(?:next|previous|prev)(?: page| article| story| post)?\s*[:>\u00bb]", re.I)


def is_furniture_text(paragraph: str) -> bool:
    """A short paragraph that asks the reader to do something (subscribe, share, click), credits
    the pictures or the reporting, says where the article appeared first, leads to the next
    page or labels the page around the article: never the article's last paragraph."""
    if len(paragraph.split()) <= BOILERPLATE_WORDS and _BOILERPLATE.search(paragraph):
        return True
    if len(paragraph) <= 300 and (
        _PHOTO_CREDIT.match(paragraph) or _PAGER.match(paragraph) or _REPORTING_CREDIT.search(paragraph)
    ):
        return True
    if _is_labelled_line(paragraph) or is_timestamp(paragraph):
        return True
    if is_cta(paragraph):  # the text-copy parser's: "Click here to ...", "Please ..."
        return True
    # a short line of a few sentences, one of them a call ("Enjoyed it? Share it with a colleague!")
    sentences = _SENTENCE_END.split(paragraph.strip())
    return (
        1 < len(sentences) <= 3
        and len(paragraph.split()) <= CALL_WORDS
        and any(_BOILERPLATE.search(s) or is_cta(s) for s in sentences if s)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The longest line (in words) of a few sentences one of which is a call.
CALL_WORDS = 12


# A clock time ("20:13", "1:23 p.m."): in a short line, the line is a timestamp.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}[:h]\d{2}(?![\d:])")
_MERIDIEM = re.compile(r"\b[ap]\.?m\.?$", re.I)
TIMESTAMP_WORDS = 8


def is_timestamp(paragraph: str) -> bool:
    """A short line that gives when the article was published or updated (a date the text-copy
    parser reads, or a clock time in a few words, in any language): never an edge of the text."""
    if len(paragraph) > 80 or len(paragraph.split()) > TIMESTAMP_WORDS:
        return False
    if parse_date_line(paragraph) is not None:
        return True
    sentence = paragraph.rstrip().endswith((".", "!", "?")) and not _MERIDIEM.search(paragraph)
    return bool(_CLOCK.search(paragraph)) and not sentence


def _is_labelled_line(paragraph: str) -> bool:
    m = _LABELLED_LINE.match(paragraph)
    if not m:
        return False
    value = m.group("value")
    if cjk_chars(value):
        return len(value) <= 30 and value[-1] not in "。！？.!?"
    return len(value.split()) <= 4 and value[-1] not in ".!?"


def is_prose(paragraph: str) -> bool:
    """A paragraph of running text, not a caption, a date, a credit or a button."""
    if cjk_chars(paragraph):  # a script written without spaces: prose by characters
        return len(paragraph) >= 20
    return len(paragraph) >= 40 and len(paragraph.split()) >= 6
