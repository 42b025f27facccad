"""From the lines of a saved page to an Article.

The page is read the way a person skims it: find the headline (the browser title usually
repeats it; otherwise it sits just above the dateline), read the header under it (byline,
date, read time), then the body until something that is clearly not the article (a credit
line, a list of other articles, tags, the footer). Lists of other articles are collected
wherever they are: before the headline, inside the body as cards, after it as sections.

No rule here names a site. The thresholds were chosen on a few labelled pages and are
meant to hold for pages of the same kind generally.
"""

from __future__ import annotations

from ..text import fold
from .body import (
    body_gaps,
    body_glued,
    densest_prose,
    drop_teaser,
    from_dateline,
    learned_bounds,
    read_body,
    text_ends_below,
)
from .boundary import BoundaryModel, shipped_model
from .byline_above_text import author_above_text
from .byline_places import author_in_place
from .cjk_bylines import cjk_lead_byline
from .closing import with_closing_notes
from .context import drop_chrome
from .header import date_from_filename, read_header
from .headline import find_title, learned_title
from .lexicon import cjk_chars
from .names import clean_author
from .page import Extracted, LineTable, NoArticle, Page, TitleTable, to_lines
from .page_date import date_over_headline, date_under_text
from .paragraphs import dedupe_paragraphs, fewer_words, reads_like_text
from .related import clean_related, read_related_outside, text_end
from .shape import TERMINAL, is_prose
from .signatures import author_after_body, author_in_note
from .site_owner import author_as_site_owner, heads_the_page, site_from_copyright, site_from_filename, site_keys
from .sitename import without_site_name
from .span import PARAMS as SPAN_PARAMS
from .span import SpanParams, body_span
from .start import body_start
from .stops import before_site_lines, before_teasers
from .thresholds import CASELESS_LETTER_SHARE, CASELESS_PROSE_LETTERS, CASELESS_PROSE_WORDS, WORDS_PER_MINUTE
from .title import TitleModel, shipped_title_model

_SHIPPED = "shipped"


def extract(
    raw_lines: list[str],
    *,
    filename: str = "",
    span: SpanParams | None = SPAN_PARAMS,
    boundary: BoundaryModel | str | None = _SHIPPED,
    title_model: TitleModel | str | None = _SHIPPED,
    chrome: frozenset[str] = frozenset(),
) -> Extracted:
    """Read a page; `span` sets the body-span stage (None: off, as its tuning script needs),
    `boundary` the learned body-boundary model, `title_model` the learned headline scorer
    (None: off; default: the one shipped); `chrome` the lines the archive around the page
    repeats (context.recurring_lines), dropped before reading."""
    lines = to_lines(drop_chrome(raw_lines, chrome) if chrome else raw_lines)
    if not lines:
        raise NoArticle("no text")
    model = shipped_model() if boundary == _SHIPPED else boundary
    titles = shipped_title_model() if title_model == _SHIPPED else title_model
    page = Page(lines, filename, span, model if isinstance(model, BoundaryModel) else None)
    page.title_model = titles if isinstance(titles, TitleModel) else None
    return _read(page)


def author_under(raw_lines: list[str], title: str) -> str | None:
    """The byline the header reads under a headline the caller knows (a saved page's <h1>) on the page's lines:
    for a page whose copy reading took another line for its headline (a breadcrumb with the date over it) and
    read no byline under that one."""
    lines = to_lines(raw_lines)
    at = next((k for k, line in enumerate(lines) if fold(line.text) == fold(title)), None)
    if at is None:
        return None
    page = Page(lines, "", None, None)
    page.forced_title = at
    find_title(page)
    return clean_author(read_header(page)[3])


def title_table(raw_lines: list[str], *, filename: str = "") -> TitleTable:
    """The headline candidates of a page as the parser (headline scorer off) sees them."""
    lines = to_lines(raw_lines)
    if not lines:
        raise NoArticle("no text")
    page = Page(lines, filename, SPAN_PARAMS, shipped_model())
    page.want_title_table = True
    _read(page)
    if page.title_table is None:
        raise NoArticle("no body to measure")
    return page.title_table


def line_table(raw_lines: list[str], *, filename: str = "", span: SpanParams | None = SPAN_PARAMS) -> LineTable:
    lines = to_lines(raw_lines)
    if not lines:
        raise NoArticle("no text")
    page = Page(lines, filename, span, None)
    page.want_table = True
    try:
        _read(page)
    except NoArticle:
        if page.table is None:
            raise
    if page.table is None:
        raise NoArticle("no body to measure")
    return page.table


def _text_or_prose(page: Page, body: list[str]) -> list[str]:
    """The body the rules found when it reads as text; else the page's densest stretch of prose
    (the rules found no text where they looked: a page with running prose elsewhere is still an
    article). Asked first as of a long text (a short Chinese or Japanese stretch does not count),
    so a page whose rules found only a short CJK stretch still gets its prose from elsewhere; only
    where nothing else is found does a short CJK story count (never refuse prose)."""
    for short_cjk in (False, True):
        if body and reads_like_text(body, short_cjk=short_cjk):
            return body
        fallback = densest_prose(page, short_cjk=short_cjk)
        if fallback:
            return fallback
    run = _longest_prose_run(page)
    if run:
        return run
    if not body:
        raise NoArticle("no article text found (only page chrome or lists)")
    raise NoArticle("no running text found (data, code or lists, not an article)")


def _longest_prose_run(page: Page) -> list[str]:
    """The longest run of lines that each read as running text, after the headline (else anywhere):
    the last answer before a page is refused. A short story under a wall of boxes (one paragraph
    over a paywall's, a licence's and a comment thread's lines) is found by no stretch's density,
    but its paragraph is prose all the same, and a page with prose is an article."""
    title = fold(page.title)
    for begin in (page.title_idx + 1, 0):
        best: list[str] = []
        run: list[str] = []
        for line in page.lines[begin:]:
            if (is_prose(line.text) or is_caseless_prose(line.text)) and fold(line.head) != title:
                run.append(line.text)
                if sum(map(len, run)) > sum(map(len, best)):
                    best = list(run)
            else:
                run = []
        if best and (reads_like_text(best) or all(map(is_caseless_prose, best))):
            return best
    return []


# where a sentence ends in the scripts is_caseless_prose reads (Arabic's and Urdu's, Devanagari's stops)
_CASELESS_TERMINAL = (*TERMINAL, "؟", "۔", "।", "॥")


def is_caseless_prose(text: str) -> bool:
    """A paragraph in a script without capitals: is_prose wants small letters, and its stop words and
    capital shares say nothing of Arabic, Hebrew or Hindi. Words enough, a sentence's end, and letters
    nearly all of a caseless script (CJK has its own readings)."""
    if text.isascii() or len(text.split(maxsplit=CASELESS_PROSE_WORDS)) <= CASELESS_PROSE_WORDS:
        return False
    if not text.rstrip().endswith(_CASELESS_TERMINAL) or cjk_chars(text):
        return False
    letters = [c for c in text if c.isalpha()]
    caseless = sum(1 for c in letters if not c.islower() and not c.isupper())
    return len(letters) >= CASELESS_PROSE_LETTERS and caseless >= CASELESS_LETTER_SHARE * len(letters)


def _read(page: Page) -> Extracted:
    find_title(page)
    header_end, published, updated, author, minutes = read_header(page)
    start = body_start(page, header_end)
    body, body_end, truncated_marker = read_body(page, start)
    body = drop_teaser(page, body)  # here it becomes a "Read next" item; learned_bounds drops one the cut exposes
    body = dedupe_paragraphs(body, page.title)
    if page.span is not None and body:
        gaps, glued = body_gaps(page, body), body_glued(page, body)
        first, end = body_span(body, page.span, gaps, text_ends_below(page, body), truncated_marker, glued)
        if reads_like_text(body[first:end], short_cjk=False):  # a narrower span: the strict gate
            body = body[first:end]
    body = before_teasers(page, before_site_lines(page, learned_bounds(page, body)))
    body = with_closing_notes(page, from_dateline(page, body))
    body = _text_or_prose(page, body)
    # after the body's own cards; from where the text really ends (the later stages may have
    # cut off lines the first reading took for text: a list of other stories without a header)
    end_line = text_end(page, body, start, body_end)
    page.related = read_related_outside(page, end_line, body_end, body)
    if published is None:  # none in the header that reads (a relative time, an update): the stamp under the text
        published, updated_under = date_under_text(page, end_line)
        published = published or date_over_headline(page) or updated or updated_under
        published = published or date_from_filename(page.filename)
    if page.forced_title is None and (page.title_model is not None or page.want_title_table):
        chosen = learned_title(page, body)
        if chosen is not None and chosen != page.title_idx and fold(page.text(chosen)) != fold(page.title):
            again = Page(page.lines, page.filename, page.span, page.boundary)
            again.forced_title = chosen
            again.base_rows = page.base_rows
            again.date_cache = page.date_cache
            again.furniture_cache, again.anchor_cache = page.furniture_cache, page.anchor_cache
            again.listed_cache = page.listed_cache
            try:
                found = _read(again)
            except NoArticle:
                pass  # the rules' reading stands
            else:
                return found
    # a blog's or a paper's name where the byline goes is no writer (the owner of a personal site
    # whose name heads the page and its footer is: author_as_site_owner, asked last)
    sites = site_keys(page)
    author = without_site_name(clean_author(author), sites)
    if author is None:
        named = author_above_text(page, body) or author_after_body(page, body) or author_in_note(page, body)
        named = named or author_in_place(page, body)  # in the text's lead, over two lines, a desk
        named = named or cjk_lead_byline(body)  # "新华社江州11月20日电（记者 钱海宁）": the lead's reporters
        author = without_site_name(clean_author(named), sites)
    elif heads_the_page(page, author):  # a blog's name or an author card: one who signs under the text says
        author = without_site_name(clean_author(author_after_body(page, body)), sites) or author
    author = author or author_as_site_owner(page)
    related = clean_related(page, body)
    # the body's words counted only for a page that gives its read time (most give none)
    truncated = truncated_marker or bool(minutes and fewer_words(body, minutes * WORDS_PER_MINUTE * 0.3))
    return Extracted(
        title=page.title,
        published=published,
        author=clean_author(author),
        site=page.site or site_from_filename(page.filename) or site_from_copyright(page),
        read_minutes=minutes,
        body=body,
        related=related,
        truncated=truncated,
    )
