"""The learned boundary model's reading of the body's edges (body.learned_bounds): the rules' body recut where
the model (boundary.py) reads its first and last lines elsewhere, never past the readers' comments or the footer."""

from __future__ import annotations

from .features import NAMES, RulesView, page_features
from .page import LineTable, Page
from .paragraphs import paragraph_lines, recut
from .thresholds import FEW_LINES_AROUND


def model_bounds(page: Page, body: list[str]) -> list[str]:
    if page.boundary is None and not page.want_table:
        return body
    spans = paragraph_lines(page.lines, body)
    view = RulesView(page.title_idx, spans[0][0] if spans else -1, spans[-1][1] if spans else -1)
    if page.want_table:
        page.table = LineTable([line.text for line in page.lines], _feature_rows(page, view), view)
    if page.boundary is None or len(page.lines) - (view.last - view.first + 1) <= FEW_LINES_AROUND:
        return body  # a page that is all article has no chrome to tell it from: the rules' body stands
    rows = page.table.rows if page.table else _feature_rows(page, view)
    start, end, inside = page.boundary.span(rows, (view.first, view.last) if spans else None)
    if spans:
        end = end_before_comments(rows, view.last, end)
    return recut(page.lines, body, spans, start, end, inside)


_COMMENTS, _HEADING = NAMES.index("words_comments"), NAMES.index("heading_like")
_FOOTER, _CREDIT = NAMES.index("footer"), NAMES.index("caption_or_credit")


def _closes_page(row: list[float]) -> bool:
    """A heading of the readers' comments, or the site's footer (a copyright notice, not a
    picture's credit): no article text comes after either."""
    return bool((row[_COMMENTS] and row[_HEADING]) or (row[_FOOTER] and not row[_CREDIT]))


def end_before_comments(rows: list[list[float]], rules_last: int, end: int) -> int:
    """The model's end, unless it carries the text past a heading of the comments ("12 Comments",
    "Leave a reply") or the site's footer ("© 2031 Harbour Media") after the rules' end: the
    prose there is the readers' or other stories', not the article's (the rules' end stands)."""
    if end > rules_last and any(_closes_page(rows[i]) for i in range(rules_last + 1, end + 1)):
        return rules_last
    return end


def _feature_rows(page: Page, view: RulesView) -> list[list[float]]:
    return page_features(
        [line.text for line in page.lines],
        [line.blank_before for line in page.lines],
        lambda i: bool(page.date_at(i)),
        view,
        page.base_rows,
    )
