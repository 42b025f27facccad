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
from dataclasses import replace

from ..model import RelatedItem
from ..text import fold, headline_key
from . import lines as L
from .boundary import BoundaryModel, shipped_model
from .context import drop_chrome
from .dates import is_relative_stamp
from .features import RulesView, page_features
from .header import read_header, site_from_copyright, site_from_filename
from .headline import find_title, learned_title
from .lexicon import (
    CONNECTORS,
    DATELINE_LEAD_RE,
    FUNCTION_END,
    INLINE_CARD_RE,
    MEDIA_LABELS,
    NOTE_RE,
    VALUE_LABELS,
)
from .names import clean_author, split_name_date, split_name_date_reversed
from .page import (
    Extracted,
    LineTable,
    NoArticle,
    Page,
    TitleTable,
    headline_candidate,
    is_caption_by_credit,
    is_card_label,
    is_counter,
    section_name,
    to_lines,
)
from .paragraphs import (
    continues,
    dangling,
    dedupe_paragraphs,
    join_lines,
    paragraph_lines,
    paragraph_tail,
    reads_like_text,
    recut,
)
from .span import PARAMS as SPAN_PARAMS
from .span import Block, SpanParams, body_span, classify, measure
from .thresholds import DATELINE_LOOKAHEAD, DATELINE_SKIPPABLE, FEW_LINES_AROUND, MAX_CLASSIFY, WORDS_PER_MINUTE
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
        start = self._body_start(header_end)
        body, body_end, truncated_marker = self._read_body(start)
        self._read_related_outside(body_end)
        body = self._drop_teaser(body)
        body = dedupe_paragraphs(body, self.title)
        if self.span is not None and body:
            first, end = body_span(body, self.span)
            if reads_like_text(body[first:end]):
                body = body[first:end]
        body = self._learned_bounds(body)
        body = self._from_dateline(body)
        if not body or not reads_like_text(body):
            # The rules found no text where they looked; a page with running prose elsewhere
            # is still an article: take its densest stretch of prose.
            fallback = self._densest_prose()
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

    def _learned_bounds(self, body: list[str]) -> list[str]:
        """Move the body's edges where the boundary model reads them elsewhere."""
        if self.boundary is None and not self.want_table:
            return body
        spans = paragraph_lines(self.lines, body)
        view = RulesView(self.title_idx, spans[0][0] if spans else -1, spans[-1][1] if spans else -1)
        if self.want_table:
            self.table = LineTable([line.text for line in self.lines], self._feature_rows(view), view)
        if self.boundary is None or len(self.lines) - (view.last - view.first + 1) <= FEW_LINES_AROUND:
            return body  # a page that is all article has no chrome to tell it from: the rules' body stands
        rows = self.table.rows if self.table else self._feature_rows(view)
        start, end, inside = self.boundary.span(rows, (view.first, view.last) if spans else None)
        return recut(self.lines, body, spans, start, end, inside)

    def _from_dateline(self, body: list[str]) -> list[str]:
        """A wire story's text starts at its dateline ("HANOI, Vietnam (AP) — ..."): a caption or
        a summary before it is no part of the text, and a dateline paragraph just above the
        chosen start is."""
        if not body or DATELINE_LEAD_RE.match(body[0]):
            return body
        spans = paragraph_lines(self.lines, body)
        for k, para in enumerate(body[1:DATELINE_LOOKAHEAD], 1):
            if DATELINE_LEAD_RE.match(para) and L.is_prose(para[:MAX_CLASSIFY]):
                if all(len(p) < DATELINE_SKIPPABLE for p in body[:k]):
                    return body[k:]
                return body
        first = spans[0][0]
        for i in range(first - 1, max(self.title_idx, first - DATELINE_LOOKAHEAD - 1), -1):
            t = self.text(i)
            if DATELINE_LEAD_RE.match(t) and L.is_prose(t):
                between = [self.text(j) for j in range(i + 1, first)]
                if all(L.is_caption(b) or L.is_photo_credit(b) or not L.is_prose(b) for b in between):
                    return [self.lines[i].text, *body]
                break
        return body

    def _feature_rows(self, view: RulesView) -> list[list[float]]:
        return page_features(
            [line.text for line in self.lines],
            [line.blank_before for line in self.lines],
            lambda i: bool(self.date_at(i)),
            view,
            self._base_rows,
        )

    def _densest_prose(self) -> list[str]:
        """The page's lines after the headline as paragraphs, cut to the stretch with the most
        prose (empty when there is no running text at all)."""
        params = replace(self.span or SPAN_PARAMS, trim_start=True)
        title = fold(self.title)
        # after the headline first; the whole page when the "headline" was found below the text
        for begin in (self.title_idx + 1, 0):
            lines = [line.text for line in self.lines[begin:] if fold(line.head) != title]
            first, end = body_span(lines, params)
            found = lines[first:end]
            if any(classify(measure(p), params) is Block.GOOD for p in found) and reads_like_text(found):
                return found
        return []

    def _is_text(self, i: int) -> bool:
        """Could line i be part of the article's text (prose or a fragment of it)?"""
        t = self.text(i)
        if (
            L.is_chrome(t)
            or L.is_caption(t)
            or self.date_at(i)
            or is_relative_stamp(t)
            or L.read_minutes(t)
            or L.byline_names(t)
            or L.is_byline_marker(t)
            or L.is_cta(t)
            or L.is_credit(t)
        ):
            return False
        if L.is_name(t) or (L.is_role_line(t) and len(t.split()) <= 8):
            return False
        tokens = t.split()
        if len(tokens) == 1 or (len(tokens) <= 3 and not any(tok[:1].islower() for tok in tokens)):
            return False  # labels: "Blog", "Program", "MOSCOW", "American Statecraft"
        return fold(t) != fold(self.title)

    def _body_start(self, header_end: int) -> int:
        n = len(self.lines)
        i = header_end + 1
        limit = min(n, header_end + 60)
        first_seen = False
        while i < limit:
            if not self._is_text(i):
                i += 1
                continue
            if DATELINE_LEAD_RE.match(self.text(i)) and L.is_prose(self.text(i)):
                return i  # "NEW YORK (Reuters) - Oil prices fell...": a wire story's first paragraph
            if not first_seen:
                first_seen = True
                nxt = i + 1
                while nxt < n and (L.is_chrome(self.text(nxt)) or is_counter(self.text(nxt))):
                    nxt += 1
                if (
                    L.is_prose(self.text(i))
                    and (L.is_caption(self.text(nxt)) or is_caption_by_credit(self, nxt))
                    and L.is_prose(self.text(nxt + 1))
                ):
                    i += 1  # a standfirst under the dateline, then the lead picture, then the text
                    continue
                continue
            t = self.text(i)
            nxt = i + 1
            # A blurb followed by "Learn More" is a promo box, not the article.
            if nxt < n and L.is_cta(self.text(nxt)) and L.is_prose(t) and len(t) < 400:
                i += 1
                continue
            # A caption in a gallery is followed by its photographer's credit.
            if (
                nxt < n
                and L.is_name(self.text(nxt))
                and not L.ends_sentence(t)
                and 6 <= len(t.split()) < 30
                and t.split()[-1].lower() not in CONNECTORS
            ):
                i += 1
                continue
            if self._is_dek(i, header_end) or is_caption_by_credit(self, i) or L.is_caption(t):
                i += 1
                continue
            if self._after_media_label(i) or NOTE_RE.match(t) or L.is_end_matter(t):
                i += 1  # a video's blurb, an editor's note: not where the text starts
                continue
            # The text starts with a paragraph, or with a fragment that runs on into one
            # ("Ukraine marked the" / "fourth anniversary"); a lone short line without an end
            # (a summary bullet, a caption, a label) is not where it starts.
            if L.is_prose(t) or dangling(t) or (L.ends_sentence(t) and len(t.split()) >= 5):
                return i
            i += 1
        # nothing clearly starts the text: fall back to the first text line after the header
        for i in range(header_end + 1, limit):
            if self._is_text(i):
                return i
        return header_end + 1 if header_end + 1 < n else header_end

    def _after_media_label(self, i: int) -> bool:
        """ "Video" / its title / this line: a video's blurb (an audio player's "Listen" and
        "4:12" are no such block)."""
        return i >= 2 and fold(self.text(i - 2)) in MEDIA_LABELS and headline_candidate(self.text(i - 1))

    def _is_dek(self, i: int, header_end: int) -> bool:
        t = self.text(i)
        if not (L.ends_sentence(t) and L.is_prose(t)):
            return False
        if header_end > self.title_idx and i == header_end + 1 and len(t) < 110 and t.count(". ") == 0:
            # one short sentence right under the dateline, set apart from the text by a box
            # or a fragment, is a summary; followed at once by a paragraph, it is the lead
            return not L.is_prose(self.text(i + 1))
        # A summary standing alone, with the real text starting after a block of furniture.
        for gap, j in enumerate(range(i + 1, min(i + 25, len(self.lines)))):
            if self._is_text(j):
                return gap >= 4 and L.is_prose(self.text(j))
        return False

    def _read_body(self, start: int) -> tuple[list[str], int, bool]:
        """Paragraphs from `start` until the article ends; also collects in-body cards."""
        n = len(self.lines)
        paragraphs: list[str] = []
        current: list[str] = []  # the paragraph being assembled from fragments
        dropping = False  # the current "paragraph" is a call to action being discarded
        truncated = False
        last_kept = start
        # where each paragraph started, and how many lines were skipped just before it
        starts: list[tuple[int, int]] = []
        current_start = start
        previous_end = start

        def flush() -> None:
            nonlocal current, dropping, previous_end
            if current and not dropping:
                joined = join_lines(current)
                # a "paragraph" glued from menu items or tags ("Valdenia bees pesticides
                # Home News") is no text: every piece is a word or two, and no sentence ends
                if L.ends_sentence(joined) or len(current) < 3 or any(len(part.split()) > 3 for part in current):
                    paragraphs.append(joined)
                    starts.append((current_start, current_start - previous_end))
                    previous_end = last_kept + 1
            current = []
            dropping = False

        i = start
        while i < n:
            line = self.lines[i]
            t = line.head
            if L.is_paywall(t):
                truncated = True
                break
            if self._is_stop(i):
                break
            if L.is_related_header(t):
                card_end = self._card_after_header(i)
                if card_end is None:
                    break
                flush()
                i = card_end
                continue
            if _is_shouted_link(t) and (paragraphs or current):
                flush()
                self.related.append(RelatedItem("Related", t))  # an ALL-CAPS promo link between paragraphs
                i += 1
                continue
            inline = INLINE_CARD_RE.match(t)
            if inline and L.looks_like_headline(inline.group(2), min_words=3, listed=True):
                flush()  # "Read more: <headline>" on one line: a card, not text
                self.related.append(RelatedItem(section_name(inline.group(1)), inline.group(2)))
                i += 1
                continue
            if L.is_photo_credit(t):
                # "Getty Images" then its caption, or a caption then "Image: X/AFP"
                if current and not L.ends_sentence(paragraph_tail(current)) and not dropping:
                    current = []
                elif paragraphs and not current and not L.ends_sentence(paragraphs[-1]) and last_kept == i - 1:
                    paragraphs.pop()
                flush()
                nxt = self.text(i + 1)
                i += 2 if nxt and not L.ends_sentence(nxt) and len(nxt.split()) <= 40 and not dangling(nxt) else 1
                continue
            ad_end = self._ad_block(i)
            if ad_end is not None:
                flush()
                i = ad_end
                continue
            card = self._implicit_card(i)
            if card is not None:
                flush()
                i = card
                continue
            if line.blank_before and current and not (dangling(paragraph_tail(current)) and line.text[:1].islower()):
                flush()
            if L.is_cta(t) or (len(t) < 70 and L.has_ui_pronoun(t) and L.ends_sentence(t)):
                flush()
                current, dropping = [line.text], True
                i += 1
                continue
            open_fragment = bool(current) and not dropping and dangling(paragraph_tail(current))
            if not open_fragment and not self._is_body_line(i):
                i += 1
                continue
            if current and continues(paragraph_tail(current), line.text):
                current.append(line.text)
            else:
                flush()
                current = [line.text]
                current_start = i
            last_kept = i
            i += 1
        flush()
        while paragraphs:
            last = paragraphs[-1]
            words = len(last.split())
            gap = starts[len(paragraphs) - 1][1]
            # trailing labels and link texts ("Latest Headlines from CNN", "Before it's here,
            # it's on the Terminal"), and a lone tagline after a stretch of page furniture
            if (words < 10 and not L.ends_sentence(last)) or (len(paragraphs) > 1 and gap >= 4 and words < 15):
                paragraphs.pop()
                continue
            break
        return paragraphs, max(last_kept + 1, min(i, n)), truncated

    def _is_body_line(self, i: int) -> bool:
        t = self.text(i)
        if L.is_chrome(t) or L.is_caption(t) or self.date_at(i) or is_relative_stamp(t):
            return False
        if L.read_minutes(t) or L.is_credit(t) or L.byline_names(t) or L.is_byline_marker(t):
            return False
        return not (L.is_name(t) and not L.is_speaker_label(t))

    def _is_stop(self, i: int) -> bool:
        t = self.text(i)
        if L.is_credit(t) or L.is_skip_header(t) or L.is_tag_header(t) or L.is_copyright(t):
            return True
        if L.is_end_matter(t):
            # a newsletter box in the middle of the text has more text after it
            return not self._text_resumes(i)
        return self._footer_starts(i)

    def _text_resumes(self, i: int) -> bool:
        prose = 0
        for j in range(i + 1, min(i + 9, len(self.lines))):
            t = self.text(j)
            if L.is_prose(t) and not L.is_end_matter(t) and not L.has_ui_pronoun(t) and not L.is_caption(t):
                prose += 1
                if prose >= 2:
                    return True
        return False

    def _footer_starts(self, i: int) -> bool:
        if not L.is_footer_marker(self.text(i)):
            return False
        hits = sum(1 for j in range(i, min(i + 8, len(self.lines))) if L.is_footer_marker(self.text(j)))
        return hits >= 2 or any(L.is_copyright(self.text(j)) for j in range(i, min(i + 4, len(self.lines))))

    def _card_after_header(self, i: int) -> int | None:
        """A related header inside the body: return where the body resumes, or None if the
        header starts the lists after the article. The card's headlines are collected."""
        section = section_name(self.text(i))
        items: list[str] = []
        label_pending = False
        for j in range(i + 1, min(i + 16, len(self.lines))):
            t = self.text(j)
            headline = (
                L.looks_like_headline(t, min_words=3) or (t.endswith("?") and len(t.split()) >= 3)
            ) and not _runs_on(t)
            resumes = (L.is_prose(t) or _runs_on(t)) and not L.is_end_matter(t) and not L.is_cta(t)
            if not headline and resumes:
                if items:
                    resume = j
                    # a short line just before the text goes on is its subhead, not a card
                    if len(items) > 1 and len(items[-1].split()) <= 6 and self.text(j - 1) == items[-1]:
                        items.pop()
                        resume = j - 1
                    self.related.extend(RelatedItem(section, h) for h in items)
                    return resume
                return None
            if self._is_stop(j) or L.is_related_header(t):
                return None
            if label_pending:
                label_pending = False
                continue
            if fold(t) in VALUE_LABELS:
                label_pending = True
                continue
            if headline:
                items.append(t)
        return None

    def _implicit_card(self, i: int) -> int | None:
        """Label line(s), then a headline, then maybe a one-sentence blurb: a promo card."""
        t = self.text(i)
        if not is_card_label(t) or self.lines[i].no == 0:
            return None
        prev = self.text(i - 1)
        if prev and not (L.ends_sentence(prev) or prev.endswith(":") or is_card_label(prev)):
            return None  # a fragment of the sentence before: "... were" / "85 percent"
        j = i + 1
        if j < len(self.lines) and is_card_label(self.text(j)):
            j += 1
        h = self.text(j)
        if not (L.looks_like_headline(h, min_words=4) or (h.endswith("?") and len(h.split()) >= 4)):
            return None
        self.related.append(RelatedItem("Related", h))
        j += 1
        blurb = self.text(j)
        if j < len(self.lines) and L.ends_sentence(blurb) and len(blurb) < 300 and blurb.count(". ") <= 1:
            j += 1
        return j

    def _ad_block(self, i: int) -> int | None:
        """Sponsored links: (teaser, advertiser) pairs, three or more in a row."""
        j = i
        pairs = 0
        while j + 1 < len(self.lines):
            teaser, brand = self.text(j), self.text(j + 1)
            if L.is_prose(teaser) or len(teaser.split()) < 4 or len(brand.split()) > 3:
                break
            if L.ends_sentence(brand) or not brand[:1].isupper():
                break
            pairs += 1
            j += 2
        return j if pairs >= 3 else None

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
            if L.is_copyright(t) or self._footer_starts(i):
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

    def _drop_teaser(self, body: list[str]) -> list[str]:
        """The next article's headline and cut-off opening, after the last paragraph."""
        if len(body) < 3:
            return body
        headline, opening = body[-2], body[-1]
        if (
            not L.ends_sentence(opening)
            and len(opening.split()) >= 20
            and opening[:1].isupper()
            and L.looks_like_headline(headline, min_words=6)
            and L.ends_sentence(body[-3])
        ):
            self.related.insert(0, RelatedItem("Read next", headline))
            return body[:-2]
        return body

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


def _runs_on(text: str) -> bool:
    """Ends on a word that cannot end a sentence or a headline: "is part of a"."""
    return not text.endswith(L.TERMINAL) and text.split()[-1].lower() in FUNCTION_END


def _is_shouted_link(text: str) -> bool:
    """ "SENATE HAWKS PRESS PIKE TO FAST-TRACK INTERCEPTORS": a promoted headline; subheads in
    capitals are short."""
    if not text.isupper():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(text.split()) >= 6
        and not L.is_cta(text)
        and len(letters) > 20
        and all(not ch.islower() for ch in letters)
        and not L.ends_sentence(text)
    )
