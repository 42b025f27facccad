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

import re

from ..model import RelatedItem
from ..text import fold, headline_key
from . import lines as L
from .body import body_start, densest_prose, drop_teaser, footer_starts, from_dateline, learned_bounds, read_body
from .boundary import BoundaryModel, shipped_model
from .context import drop_chrome
from .header import read_header, site_from_copyright, site_from_filename
from .headline import find_title, learned_title
from .lexicon import VALUE_LABELS
from .names import clean_author, split_name_date, split_name_date_reversed
from .page import Extracted, LineTable, NoArticle, Page, TitleTable, is_card_label, section_name, to_lines
from .paragraphs import dedupe_paragraphs, reads_like_text
from .span import PARAMS as SPAN_PARAMS
from .span import SpanParams, body_span
from .thresholds import WORDS_PER_MINUTE
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
    page = _Page(lines, filename, span, model if isinstance(model, BoundaryModel) else None)
    page.title_model = titles if isinstance(titles, TitleModel) else None
    return page.run()


def title_table(raw_lines: list[str], *, filename: str = "") -> TitleTable:
    """The headline candidates of a page as the parser (headline scorer off) sees them."""
    lines = to_lines(raw_lines)
    if not lines:
        raise NoArticle("no text")
    page = _Page(lines, filename, SPAN_PARAMS, shipped_model())
    page.want_title_table = True
    page.run()
    if page.title_table is None:
        raise NoArticle("no body to measure")
    return page.title_table


def line_table(raw_lines: list[str], *, filename: str = "", span: SpanParams | None = SPAN_PARAMS) -> LineTable:
    lines = to_lines(raw_lines)
    if not lines:
        raise NoArticle("no text")
    page = _Page(lines, filename, span, None)
    page.want_table = True
    try:
        page.run()
    except NoArticle:
        if page.table is None:
            raise
    if page.table is None:
        raise NoArticle("no body to measure")
    return page.table


class _Page(Page):
    def run(self) -> Extracted:
        find_title(self)
        header_end, published, author, minutes = read_header(self)
        start = body_start(self, header_end)
        body, body_end, truncated_marker = read_body(self, start)
        self._read_related_outside(body_end)
        body = drop_teaser(self, body)
        body = dedupe_paragraphs(body, self.title)
        if self.span is not None and body:
            first, end = body_span(body, self.span)
            if reads_like_text(body[first:end]):
                body = body[first:end]
        body = learned_bounds(self, body)
        body = from_dateline(self, body)
        if not body or not reads_like_text(body):
            # The rules found no text where they looked; a page with running prose elsewhere
            # is still an article: take its densest stretch of prose.
            fallback = densest_prose(self)
            if fallback:
                body = fallback
            elif not body:
                raise NoArticle("no article text found (only page chrome or lists)")
            else:
                raise NoArticle("no running text found (data, code or lists, not an article)")
        if self.forced_title is None and (self.title_model is not None or self.want_title_table):
            chosen = learned_title(self, body)
            if chosen is not None and chosen != self.title_idx and fold(self.text(chosen)) != fold(self.title):
                again = _Page(self.lines, self.filename, self.span, self.boundary)
                again.forced_title = chosen
                again._base_rows = self._base_rows
                again._date_cache = self._date_cache
                try:
                    found = again.run()
                except NoArticle:
                    pass  # the rules' reading stands
                else:
                    return found
        related = self._clean_related()
        words = sum(len(p.split()) for p in body)
        truncated = truncated_marker or bool(minutes and words < minutes * WORDS_PER_MINUTE * 0.3)
        return Extracted(
            title=self.title,
            published=published,
            author=clean_author(author),
            site=self.site or site_from_filename(self.filename) or site_from_copyright(self),
            read_minutes=minutes,
            body=body,
            related=related,
            truncated=truncated,
        )

    def _read_related_outside(self, body_end: int) -> None:
        self._collect_before_title()
        self._collect_after_body(body_end)

    def _collect_before_title(self) -> None:
        """Runs of three or more headlines above the headline (carousels, news feeds)."""
        end = self.title_idx
        start = 1 if self.browser_title else 0
        run: list[int] = []
        gap = 0
        runs: list[list[int]] = []
        for i in range(start, end):
            t = self.text(i)
            if L.looks_like_headline(t, min_words=5):
                run.append(i)
                gap = 0
            elif run:
                gap += 1
                stamp = bool(self.date_at(i)) or L.is_chrome(t)
                if gap > 2 or (gap > 1 and not stamp):
                    runs.append(run)
                    run = []
        if run:
            runs.append(run)
        for found in runs:
            before = next(
                (self.text(k) for k in range(found[0] - 1, max(-1, found[0] - 4), -1) if not L.is_chrome(self.text(k))),
                "",
            )
            if before.endswith("?"):
                continue  # the options of a survey ("2. Did you encounter any technical issues?")
            found = [i for i in found if not _near_video(self, i)]
            if len(found) >= 3:
                section = self._label_before(found[0]) or "Related"
                self.related.extend(RelatedItem(section, self.text(i)) for i in found)

    def _label_before(self, i: int) -> str | None:
        for j in range(i - 1, max(-1, i - 3), -1):
            t = self.text(j)
            if L.is_related_header(t):
                return section_name(t)
            short = 1 <= len(t.split()) <= 4 and not L.ends_sentence(t) and not any(c.isdigit() for c in t)
            if short and (not L.is_chrome(t) or fold(t) in {"world", "news", "latest", "opinion"}):
                return section_name(t)
        return None

    def _collect_after_body(self, body_end: int) -> None:
        mode = "implicit"
        section = "Related"
        explicit_items: list[str] = []
        explicit_sentences: list[str] = []
        implicit: list[tuple[int, str, str]] = []
        label_pending = False
        last_label: str | None = None
        previous_item = ""

        def close_explicit() -> None:
            nonlocal explicit_items, explicit_sentences
            if mode == "explicit":
                chosen = explicit_items or explicit_sentences
                if explicit_items and explicit_sentences and len(explicit_sentences) <= 2:
                    chosen = explicit_sentences + explicit_items
                self.related.extend(RelatedItem(section, h) for h in chosen)
            explicit_items, explicit_sentences = [], []

        n = len(self.lines)
        i = body_end
        while i < n:
            t = self.text(i)
            if L.is_copyright(t) or footer_starts(self, i):
                break
            if label_pending:  # the value after "Category", "Author": never an item or header
                label_pending = False
                i += 1
                continue
            if fold(t) in VALUE_LABELS:
                label_pending = True
                i += 1
                continue
            if L.is_related_header(t) and fold(t) != fold(self.title):
                close_explicit()
                mode, section = "explicit", section_name(t)
                previous_item = ""
                i += 1
                continue
            if L.is_tag_header(t):
                close_explicit()
                mode = "tags"
                i += 1
                continue
            if L.is_skip_header(t):
                close_explicit()
                mode = "skip"
                i += 1
                continue
            if mode == "skip":
                i += 1
                continue
            if mode == "tags":
                if len(t.split()) <= 6 and not L.ends_sentence(t) and not L.looks_like_headline(t, min_words=7):
                    i += 1
                    continue
                mode = "implicit"
            if L.is_cta(t) or (L.has_ui_pronoun(t) and (mode != "explicit" or _addresses_reader(t))):
                if mode == "explicit":
                    close_explicit()
                    mode = "implicit"
                i += 1
                continue
            if _near_video(self, i):
                i += 1
                continue
            t = L.strip_arrows(t)
            if split_name_date(t) or split_name_date_reversed(t):
                i += 1
                continue  # "Jun 17 • Rhea Castel": a teaser's date and author
            if mode == "explicit":
                if _is_list_headline(t) and not is_card_label(t):
                    explicit_items.append(t)
                    previous_item = "headline"
                elif L.is_prose(t) and L.ends_sentence(t) and len(t.split()) <= 60 and not L.has_ui_pronoun(t):
                    # a sentence right under a headline is its blurb; otherwise it is a teaser
                    if previous_item == "headline":
                        previous_item = "blurb"
                    elif len(t.split()) <= 20 and explicit_items:
                        explicit_items.append(t)
                        previous_item = "sentence"
                    else:
                        explicit_sentences.append(t)
                        previous_item = "sentence"
            elif L.looks_like_headline(t, min_words=5):
                implicit.append((i, last_label or "Related", t))
            elif 1 <= len(t.split()) <= 4 and not any(c.isdigit() for c in t) and not L.is_name(t):
                last_label = t.rstrip(":")
            i += 1
        close_explicit()
        # A lone headline-like line among furniture is more likely a slogan or a box title.
        for k, (pos, label, headline) in enumerate(implicit):
            near = [p for p, _, _ in implicit[max(0, k - 1) : k + 2] if p != pos and abs(p - pos) <= 10]
            if near:
                self.related.append(RelatedItem(label, headline))

    def _clean_related(self) -> list[RelatedItem]:
        own = headline_key(self.title)
        site = fold(self.site) if self.site else None
        seen: set[tuple[str, str]] = set()
        out: list[RelatedItem] = []
        site_title = re.compile(rf"(?:^|\s[-|–—]\s){re.escape(self.site)}(?:\s[-|–—]\s|$)", re.I) if self.site else None
        for item in self.related:
            headline = item.headline.strip()
            if site_title and site_title.search(headline):
                continue  # "Horizon 24 - International breaking news": the site's own title
            key = headline_key(headline)
            # the same headline may stand in two lists ("Most popular" and "Editors' Picks")
            if not key or key == own or (item.section, key) in seen or (site and fold(headline) == site):
                continue
            if headline.endswith(("…", "...")):
                continue
            seen.add((item.section, key))
            out.append(RelatedItem(item.section, headline))
        return out


def _is_list_headline(text: str) -> bool:
    """A headline in a list under a header: four words or more, or a short quoted one."""
    if text[:1] in "\"“‘'":
        return L.looks_like_headline(text, min_words=2, listed=True)
    return L.looks_like_headline(text, min_words=4, listed=True)


def _addresses_reader(text: str) -> bool:
    """Site furniture talks to the reader from its first word: "You can...", "Our team..."."""
    return text.split()[0].lower().strip(",.:") in {"you", "your", "we", "our", "us"}


def _near_video(page: Page, i: int) -> bool:
    """A video teaser: "Video" (or a play button) just above, perhaps with its duration."""
    for j in range(max(0, i - 3), i):
        if fold(page.text(j)) in {"video", "video play button", "watch", "play video", "watch video", "videos"}:
            return True
    return False
