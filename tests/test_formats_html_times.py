"""A saved page's time of publication as the page prints it, in its own time zone (review s33
U17: the .txt and .html of one article were 5 h apart, the .html taking og's UTC stamp). The
page is made up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

PAGE = """<html><head><title>Velm harbour board weighs the quay walls again</title>
<meta property="article:published_time" content="2025-03-03T07:00:02.000Z"></head><body>
<article><h1>Velm harbour board weighs the quay walls again</h1>
{dateline}
<p>The harbour board of Velm met again on Monday evening to weigh the cost of the new quay walls, which the
engineers say must be raised before the autumn storms.</p>
<p>Its members asked for a second survey of the old stones before any contract is signed this year, and for a
public meeting in the market hall.</p>
<p>The board meets again in April, when the survey is due and the first bids can be opened.</p>
</article>{comments}</body></html>"""
LOCAL = datetime(2025, 3, 3, 2, 0)  # 07:00 UTC, printed at UTC-5
UTC = datetime(2025, 3, 3, 7, 0)
COMMENT = (
    '<div class="comments"><p>A reader wrote in the afternoon.</p>'
    '<time itemprop="datePublished" datetime="2025-03-03T15:17:21-06:00">later</time></div>'
)


@pytest.mark.parametrize(
    ("dateline", "comments", "published"),
    [
        # the page's own stamp of the same moment in its zone
        ('<time itemprop="datePublished" datetime="2025-03-03T02:00:02-0500">3 March 2025</time>', "", LOCAL),
        ("<p>Mon 3 Mar 2025 02.00 EST</p>", "", LOCAL),  # the time the text prints
        ("<p>March 3, 2025 2:00 a.m. EST</p>", "", LOCAL),
        ("<p>3 March 2025</p>", COMMENT, UTC),  # a comment's stamp is another moment: not the article's
        ("<p>3 March 2025</p>", "", UTC),  # only UTC known: kept
    ],
)
def test_the_time_is_the_one_the_page_prints(tmp_path: Path, dateline: str, comments: str, published: datetime) -> None:
    page = tmp_path / "velm.html"
    page.write_text(PAGE.format(dateline=dateline, comments=comments), encoding="utf-8")
    assert parse_file(page).published == published
