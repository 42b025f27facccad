"""The page the stages read: its lines, the state found so far, and line predicates they share."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..model import RelatedItem
from ..text import fold
from . import lines as L
from .boundary import BoundaryModel
from .cjk_lines import is_cjk_menu
from .dates import is_header_relative_stamp, parse_date_line
from .features import RulesView
from .lexicon import CARD_LABEL_WORDS, HOME_WORDS, STOP_WORDS, is_ui_phrase
from .names import name_with_role, name_with_stamp, names_line, split_name_date
from .players import is_player_line
from .shape import count_letters
from .span import PARAMS as SPAN_PARAMS
from .span import SpanParams
from .thresholds import BLANK_EVERY_LINE, CAPTION_BY_CREDIT_WORDS, MAX_CLASSIFY, PAGE_CACHE
from .title import TitleModel


@dataclass(slots=True)
class Line:
    """A line of the page: its number, its text, and whether a blank line comes before it."""

    no: int
    text: str
    blank_before: bool

    @property
    def head(self) -> str:
        return self.text[:MAX_CLASSIFY]


@dataclass(slots=True)
class Extracted:
    """What the stages read from a page, before it becomes an Article."""

    title: str
    published: datetime | date | None
    author: str | None
    site: str | None
    read_minutes: int | None
    body: list[str]
    related: list[RelatedItem]
    truncated: bool


class NoArticle(ValueError):
    """The text holds no article; str(exc) says why."""


def to_lines(raw_lines: Iterable[str]) -> list[Line]:
    out: list[Line] = []
    blank = False
    after_blank = 0
    for text in raw_lines:
        if not text:
            blank = True
            continue
        out.append(Line(len(out), text, blank))
        after_blank += blank
        blank = False
    if len(out) >= BLANK_EVERY_LINE[0] and after_blank >= BLANK_EVERY_LINE[1] * len(out):
        for line in out:  # a blank line after every line (as some copies give) tells no blocks apart
            line.blank_before = False
    return out


@dataclass(slots=True)
class TitleTable:
    """What the headline scorer's training needs of a page: its candidate lines, their rows."""

    texts: list[str]
    picks: list[int]
    rows: list[list[float]]
    rules: int
    how: str = ""  # how the rules found their headline (Page.title_how)


@dataclass(slots=True)
class LineTable:
    """What the boundary model's training needs of a page: its lines, their feature rows, and
    the body the rules (and the span stage) chose."""

    texts: list[str]
    rows: list[list[float]]
    rules: RulesView


class Page:
    """A page being read: its lines and what the stages found so far."""

    def __init__(
        self,
        lines: list[Line],
        filename: str,
        span: SpanParams | None = SPAN_PARAMS,
        boundary: BoundaryModel | None = None,
    ) -> None:
        self.lines = lines
        self.heads = [line.text[:MAX_CLASSIFY] for line in lines]  # Line.head of each (the stages never change a line)
        # text(i): line i's head, "" beyond the page at either end; a lookup made in C (a dict's, which
        # gives "" for a number it lacks), not a method's call: the stages ask it ~700 times a page (issue 12)
        self.text: Callable[[int], str] = defaultdict(str, enumerate(self.heads)).__getitem__
        self.span = span
        self.boundary = boundary
        self.want_table = False  # keep the feature rows (for the model's training)
        self.table: LineTable | None = None
        self.filename = filename
        self.related: list[RelatedItem] = []
        self.browser_title: str | None = None
        self.site: str | None = None
        self.title_idx = 0
        self.title = ""
        self.title_how = ""  # how the rules found the headline: browser, anchor, repeated, fallback
        self.date_cache: dict[int, object] = {}
        # what is_header_furniture and headline's line tests said of line i: they read the lines
        # only (which never change), and the stages ask again about the same lines
        self.furniture_cache: dict[int, bool] = {}
        self.anchor_cache: dict[int, bool] = {}
        self.listed_cache: dict[int, str | None] = {}
        self.title_model: TitleModel | None = None
        self.forced_title: int | None = None  # the headline line, as the scorer chose it
        self.want_title_table = False
        self.title_table: TitleTable | None = None
        self.base_rows: list[list[float]] = []  # the boundary features' per-line part, kept for a second pass
        self.boxes: list[range] = []  # lines of the cards and ad boxes read past inside the text

    def date_at(self, i: int):
        if i not in self.date_cache:
            self.date_cache[i] = parse_date_line(self.text(i))
        return self.date_cache[i]


_TRAIL_MARKS = ">»›"  # between the sections of a breadcrumb trail


# a word glued to the next one's capital ("NewsWorld"): items of a trail copied without their marks
_GLUED_RE = re.compile(r"[a-zß-öø-ÿа-яё]{3}(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def is_trail(text: str) -> bool:
    """ "Home >> News >> World", "Blog > Health > Sleep": a trail of sections (two marks or more);
    one that starts at the home link with one mark ("Home › Recipes") or none, its items glued
    ("HomeRecipesDesserts Apple pie", "Home Garden & YardTools Spades"); links glued without
    a mark ("GardenToolsPlantsSeeds")."""
    if sum(map(text.count, _TRAIL_MARKS)) >= 2:
        return True
    glued = len(_GLUED_RE.findall(text[:250]))
    if glued >= 3 and 2 * glued >= len(text.split()) and _links_run_together(text[:250]):
        return True  # "NewsWorldEurope Sport": glued pairs in most words are links copied without spaces
    home = next((w for w in HOME_WORDS if text.startswith((w, w.upper()))), None) if text.startswith(_HOMES) else None
    if home is None or len(text) > 250:
        return False
    rest = text[len(home) :]
    after_mark = rest.lstrip()
    if after_mark[:1] in ("/", "|", *_TRAIL_MARKS):
        return after_mark[1:].lstrip()[:1].isupper()  # "Home / News", not "Home / away kits revealed"
    if rest[:1].isspace():  # "Home Garden & YardTools ...": one glued pair after it, among section names
        pair = _GLUED_RE.search(rest)
        return pair is not None and _sections_up_to(rest, pair.end())
    # glued to the home link ("HomeRecipes..."): a brand may start so ("HomeKit"), a trail has a second pair
    return rest[:1].isupper() and glued >= 2  # text is 250 characters at most here: glued counted it all


_HOMES = (*HOME_WORDS, *(w.upper() for w in HOME_WORDS))  # one test before looking for which


_TRAIL_JOINERS = frozenset(("&", "and", "of", "+", "-", "–", "|", "/"))


def _links_run_together(text: str) -> bool:
    """Is a word of text three links or more run together ("NewsWorldEurope")? A brand has one
    capital inside ("WhatsApp, FaceTime and PlayStation"): a headline may name three."""
    return any(len(_GLUED_RE.findall(word)) >= 2 for word in text.split())


def _sections_up_to(text: str, end: int) -> bool:
    """Are the words of text[:end] section names (capitalised, or a joiner: "Garden & Yard")? A
    headline has small words before a brand's glued pair ("Home Office to ban WhatsApp")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TRAIL_JOINERS for w in text[:end].split())


_ATTRIBUTION_DASHES = ("— ", "– ", "―")


@lru_cache(maxsize=PAGE_CACHE)  # find_title and the headline scorer ask it of the same lines
def headline_candidate(text: str) -> bool:
    if len(text) > 250:  # before splitting it: a paragraph
        return False
    tokens = text.split()
    if not 3 <= len(tokens) <= 30:
        return False
    if text.endswith((",", ":", ";", "…", "...")) or text.startswith(_ATTRIBUTION_DASHES):
        return False  # (a dash first: "— Jane Roe, on Sunday", whose words a quotation above are)
    if tokens[0][:1].islower() and tokens[0].strip(",.") in STOP_WORDS:
        return False  # "when the next part is out?": the end of a sentence broken over two lines
    if is_trail(text) or (not text.isascii() and is_cjk_menu(text)):
        return False
    if text.endswith(".") and not text.endswith(("Jr.", "U.S.")) and not L.is_title_case(text):
        return False
    if L.is_chrome(text) or L.is_cta(text) or L.is_credit(text) or L.is_copyright(text) or L.is_name(text):
        return False
    if is_ui_phrase(text):
        return False
    if L.is_ui_imperative(text) or (L.has_ui_pronoun(text) and not L.addresses_reader_as_headline(text)):
        return False
    if count_letters(text) < 0.6 * len(text.replace(" ", "")):
        return False
    # the header's own lines in words ("14 de enero de 2024", "Lesezeit: 7 Minuten") are no headline
    return not (parse_date_line(text) or L.read_minutes(text))


def is_counter(text: str) -> bool:
    return text.replace(",", "").replace(".", "").isdigit()


def section_name(text: str) -> str:
    return text.strip().rstrip(":：").strip()


@lru_cache(maxsize=PAGE_CACHE)  # the body stage asks it of each line and of the line above
def is_card_label(text: str) -> bool:
    if len(text) > 40:  # no label either way: not worth the tests below (paragraphs are asked)
        return False
    if L.is_list_header(text):
        return False  # those start lists, handled as such
    tokens = text.split()
    if not 1 <= len(tokens) <= 3 or len(text) > 40 or L.ends_sentence(text) or text.endswith(":"):
        return False
    if any(map(str.isdigit, text)) or (L.is_chrome(text) and fold(text) not in CARD_LABEL_WORDS):
        return False
    return all(tok[:1].isupper() for tok in tokens)


def is_header_furniture(page: Page, i: int) -> bool:
    found = page.furniture_cache.get(i)
    if found is None:
        found = page.furniture_cache[i] = _is_header_furniture(page, i)
    return found


def _is_header_furniture(page: Page, i: int) -> bool:
    t = page.text(i)
    if is_furniture_mark(page, i):
        return True
    # a dek: a whole sentence under the headline (a headline may end with a full stop too,
    # but it is in title case: "Here’s What They Taught Me.")
    return L.ends_sentence(t) and t.endswith(".") and len(t.split(None, 5)) >= 6 and not L.is_title_case(t)


def is_furniture_mark(page: Page, i: int) -> bool:
    """A header's own furniture: a date, a byline, a read time, a caption or a credit (not a
    sentence that is furniture only as a dek may be)."""
    t = page.text(i)
    return bool(
        page.date_at(i)
        or is_header_relative_stamp(t)
        or L.byline_names(t)
        or L.is_byline_marker(t)
        or split_name_date(t)
        or name_with_role(t)  # "Jane Roe | Reuters"
        or name_with_stamp(t)  # "Jane Roe @jroe"
        or names_line(t)  # "Jo Ng (now) and Tom Ash (earlier)"
        or L.read_minutes(t)
        or L.is_name(t)
        or L.is_job_line(t)  # "Transport reporter", "Wirtschaftsredakteurin"
        or L.is_caption(t)
        or L.is_photo_credit(t)
        or L.is_reporting_from(t)
        or is_caption_by_credit(page, i)
    )


def _credit_line(text: str) -> bool:
    """ "Image: X/AFP", or a short line of names credited as a caption's ("Jo Ng/Daily Post/Getty Images")."""
    if L.is_photo_credit(text):
        return True
    if split_name_date(text):
        return False  # "Texto: Ana Ruiz | 03/03/2026": the writer's byline with its date, no picture's credit
    return L.is_caption(text) and len(text.split(None, 8)) <= 8 and not L.ends_sentence(text)  # eight words at most


def past_furniture(page: Page, j: int) -> int:
    """The first line from j on that is no furniture between a picture and the text (a button, a counter,
    an audio player's line and its length)."""
    n = len(page.lines)
    while j < n and (L.is_chrome(page.text(j)) or is_counter(page.text(j)) or is_player_line(page.text(j))):
        j += 1
    return j


def _credit_of_line_under(page: Page, j: int) -> bool:
    """ "<text>" / (a blank) / "Photo: Jo Ng" / "<caption>": a credit set apart from the line over it by a
    blank and joined to a caption's words under it is that line's, the picture's below (a page copied
    without blanks says nothing of it; a word or two under it are no caption)."""
    lines = page.lines
    if not (0 < j < len(lines) - 1 and lines[j].blank_before and not lines[j + 1].blank_before):
        return False
    return len(page.text(j + 1).split(None, CAPTION_BY_CREDIT_WORDS)) >= CAPTION_BY_CREDIT_WORDS


def is_caption_by_credit(page: Page, i: int) -> bool:
    """A caption without a credit of its own, next to a credit line ("Image: X/AFP", "EPA")."""
    t = page.text(i)
    if len(t.split(None, CAPTION_BY_CREDIT_WORDS)) < CAPTION_BY_CREDIT_WORDS:  # (a paragraph is not split whole)
        return False
    after = _credit_line(page.text(i + 1)) and not _credit_of_line_under(page, i + 1)
    if not (L.is_prose(t) and t.endswith(".")):
        # (a credit over the line closes the caption over the credit, when there is one: "The lock at
        # dawn." / "Photo: Jo Ng" / the headline)
        before = L.is_photo_credit(page.text(i - 1)) and not (i >= 2 and L.ends_sentence(page.text(i - 2)))
        return after or before
    # A whole sentence is a caption only if its credit follows and text goes on after it
    # (a paragraph before "Getty Images" is text, the line after the credit the caption).
    return after and L.is_prose(page.text(past_furniture(page, i + 2)))
