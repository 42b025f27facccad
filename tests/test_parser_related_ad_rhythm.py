"""Stage `related`: an ad widget under its header ends where the ads' rhythm stops (each ad a title
and its advertiser's line), when a list of the site's own with no header of its own follows it
(review W9: the widget ran to the next list's header and took the site's list with it). Every
page here is made up for the tests (madeup_related and our own lines): no real page's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.formats import parse_file

ADS = [
    "The rain jacket hikers keep buying two of",
    "Owners say this vacuum finds crumbs they never knew about",
    "Why so many anglers are switching to a folding rod",
    "A mattress that arrives rolled up in a box the size of a suitcase",
]
BRANDS = ["Cloudmere Outdoor", "Suckwell", "Reel & Co.", "Napbox"]
OWN = [
    "Quay wall repairs to start before the autumn tides",
    "Lifeboat crew rescues two kayakers off the north point",
    "Parish council backs plan for a second car park",
]


def _ads(order: str, gap: str) -> list[str]:
    """The widget's ads, each its title and its advertiser's line in `order`, `gap` after each."""
    pairs = [(ad, brand) if order == "title first" else (brand, ad) for ad, brand in zip(ADS, BRANDS, strict=True)]
    return [line for pair in pairs for line in (*pair, *([gap] if gap is not None else []))]


@pytest.mark.parametrize("header", ["Partner picks", "Promoted links", "Anzeigen unserer Partner", "Paid content"])
@pytest.mark.parametrize("order", ["title first", "brand first"])
@pytest.mark.parametrize("gap", ["", None], ids=["spaced", "in a block"])
def test_a_list_with_no_header_under_an_ad_widget_is_read(header: str, order: str, gap: str | None) -> None:
    got = _related(["Most read", *ITEMS, "", header, "", *_ads(order, gap), "", *OWN])
    assert got == [*ITEMS, *OWN]


def test_the_ads_are_none_of_it_with_a_blurb_under_each() -> None:
    # (a period of three lines: title, advertiser, a line of its pitch)
    pitches = ["Free returns", "Two-year warranty", "Ships in a day", "Try it for 100 nights"]
    ads = [x for ad, brand, pitch in zip(ADS, BRANDS, pitches, strict=True) for x in (ad, brand, pitch)]
    assert _related(["Partner picks", *ads, "", *OWN]) == OWN


def test_ads_with_no_advertisers_line_after_the_rhythm_stay_ads() -> None:
    # the last two ads have no advertiser's line: too few lines after the rhythm for a list
    ads = [*_ads("title first", "")[:6], ADS[3], "", "Owners of old boilers are claiming this grant"]
    assert _related(["Most read", *ITEMS, "", "Partner picks", *ads]) == ITEMS


def test_a_widget_with_no_rhythm_still_runs_to_the_next_header() -> None:
    # (no advertiser's lines: nothing tells where the ads stop but the next list's header)
    ads = [line for ad in ADS for line in (ad, "")]
    got = _related(["Most read", *ITEMS, "", "Partner picks", "", *ads, "Most popular", *OWN])
    assert got == [*ITEMS, *OWN]


def test_the_site_list_under_ads_in_a_saved_page(tmp_path: Path) -> None:
    # (the HTML reading kept it before the change too: a guard for the shared stages)
    ads = "".join(
        f'<div><a href="https://shop{n}.example/p?src=w{n}">{ad}</a><p>{brand}</p></div>'
        for n, (ad, brand) in enumerate(zip(ADS, BRANDS, strict=True))
    )
    own = "".join(f'<li><a href="/news/2031/05/item-{n}">{t}</a></li>' for n, t in enumerate(OWN))
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "The harbour board said on Tuesday that the quay wall would be closed to boats for six weeks.",
            "Divers found gaps between the stones last winter after two storms in the same fortnight.",
            "Fishing crews will moor at the old slipway while the work goes on, the board said.",
            "The repairs are paid for by a grant from the county, which covers four fifths of the cost.",
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Quay wall to close for six weeks | The Pennock Herald</title></head><body>
<main><article><h1>Quay wall to close for six weeks</h1><p class="byline">By Tamsin Yeo</p>
<time datetime="2031-05-06T08:00:00+00:00">6 May 2031</time>{body}</article>
<aside><h2>Partner picks</h2>{ads}<ul>{own}</ul></aside></main>
<footer><p>© The Pennock Herald. <a href="/about">About us</a></p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert [r.headline for r in parse_file(path).related] == OWN
