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


def test_a_widget_whose_items_each_name_a_longer_source_stays_whole() -> None:
    # the rhythm stops where an item's source line is longer than a brand's, but every title still
    # has its line under it: no run of headlines in a row follows, the widget goes on (a network's
    # mix of ads and partner sites' stories, each with its source)
    mixed = [
        (ADS[0], BRANDS[0]),
        (ADS[1], BRANDS[1]),
        ("Harbour pilots train on the new tug before the winter storms", "The Quay Post On Our Network"),
        ("Ferry timetable changes for the summer crossings", "Coastline Daily On Our Network"),
        (ADS[2], BRANDS[2]),
        ("Lighthouse keepers' cottages go on sale after a century", "The Quay Post On Our Network"),
        (ADS[3], BRANDS[3]),
    ]
    lines = [x for pair in mixed for x in pair]
    assert _related(["Most read", *ITEMS, "", "Promoted links", *lines]) == ITEMS


def test_plain_ads_right_over_a_headed_list_stay_ads() -> None:
    # (review W10) after the branded ads, three more with no advertiser's line, then the page's own
    # list under its header: the page heads its lists, the plain run is the widget's last ads
    plain = ["Nurses swear by this pair of clogs", "The one pan every cook wants this winter"]
    plain.append("Drivers are switching to this cheaper insurance")
    got = _related(["Partner picks", *_ads("title first", None), *plain, "", "Along the coast", *OWN])
    assert got == OWN


@pytest.mark.parametrize(
    "header",
    ["Offers paid for by partners", "Promoted picks from across the web", "Contenus proposés par nos partenaires"],
)
def test_a_rhythm_of_ads_under_a_header_no_rule_holds_is_no_list(header: str) -> None:
    # a header longer than an ad label's: the ads' rhythm under it says ads
    assert _related(["Most read", *ITEMS, "", header, *_ads("title first", None)]) == ITEMS


def test_cards_with_their_sections_under_a_lone_ad_slots_label_stay() -> None:
    cards = [x for item in OWN for x in (item, "Local news")]
    assert _related(["Most read", *ITEMS, "Advertisement", *cards]) == [*ITEMS, *OWN]
