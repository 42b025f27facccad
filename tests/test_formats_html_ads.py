"""Saved web pages: an ad widget's items are told by where their links go (formats/htmlads), not by
their words: a redirect, a click counter, an advertisers' mix, a link with none of the headline's
words. The site's own list and a sister site's articles stay. Every page here is made up for the
tests (our own names, hosts and headlines; no real page's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.formats.htmlads import site_of

SITE = "https://www.tallow-courier.example"
OWN = [
    ("Tallow council delays vote on the new bus depot", f"{SITE}/news/2031/04/tallow-council-delays-vote-bus-depot"),
    ("Rowing club wins back its boathouse after long dispute", "/sport/2031/04/rowing-club-wins-back-boathouse"),
    ("Market square to close for four weeks of repairs", f"{SITE}/news/2031/04/market-square-close-repairs"),
]
ADS = [
    "The folding ladder every loft owner is talking about",
    "Why commuters are swapping their bikes for this scooter",
    "This pillow fixed my sleep in under a week",
]
SLUGS = ["folding-ladder", "commuters-scooter", "pillow-sleep"]  # (an ad's words in its link: only its shape tells)
# each shape of an advertiser's link, for the three ads in turn
AD_LINKS = {
    "redirect": [f"https://go.clickvane.example/r/{s}?to=https%3A%2F%2Fshop.example%2Fdeal" for s in SLUGS],
    "click counter": [f"https://serve.adquill.example/c?t=a{n}f9e{n}b7&k={s}" for n, s in enumerate(SLUGS)],
    "advertisers' mix": [
        "https://ladderly.example/loft/folding-ladder?src=widget&pub=tallow",
        "https://zipscoot.example/commute/swapping-bikes?src=widget&pub=tallow",
        "https://dozewell.example/pillow-fixed-sleep?src=widget&pub=tallow",
    ],
    "no headline words": [f"https://lnk.brisq.example/{code}" for code in ("x7Qa", "p2Lm", "k9Zt")],
}
SISTER = [
    ("Harbour pilots train on the new tug", "https://www.quay-weekly.example/2031/04/harbour-pilots-train-new-tug"),
    ("Ferry timetable changes for the summer", "https://www.quay-weekly.example/2031/04/ferry-timetable-summer"),
    ("Lighthouse keepers' cottages go on sale", "https://www.quay-weekly.example/2031/04/lighthouse-cottages-sale"),
]


def _list(header: str, links: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<li><a href="{url}">{text}</a></li>' for text, url in links)
    return f"<aside><h2>{header}</h2>\n<ul>\n{items}\n</ul>\n</aside>"


def _page(tmp_path: Path, *lists: str, canonical: bool = True) -> Path:
    head = f'<link rel="canonical" href="{SITE}/news/2031/04/tallow-bridge-reopens">' if canonical else ""
    text = "\n".join(
        f"<p>{p}</p>"
        for p in (
            "The old bridge over the Tallow reopened on Monday after eight months of repairs, the county said.",
            "Engineers replaced the bearings under both spans and laid a new deck for cyclists and walkers.",
            "Shops on the east bank said trade had fallen by a third while the crossing was shut.",
            "The county will keep a weight limit on lorries until the last tests are done in June.",
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Tallow bridge reopens after eight months | The Tallow Courier</title>{head}</head>
<body><header><nav><a href="{SITE}/">Home</a> <a href="{SITE}/news">News</a></nav></header>
<main><article><h1>Tallow bridge reopens after eight months</h1>
<p class="byline">By Idris Penhale</p><time datetime="2031-04-14T09:00:00+00:00">14 April 2031</time>
{text}</article>
{"".join(lists)}</main>
<footer><p>© The Tallow Courier. <a href="{SITE}/about">About us</a></p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


def _headlines(path: Path) -> list[str]:
    return [r.headline for r in parse_file(path).related]


@pytest.mark.parametrize("shape", list(AD_LINKS))
@pytest.mark.parametrize("header", ["You may also like", "More for you"])
@pytest.mark.parametrize("canonical", [True, False], ids=["address stated", "address from the links"])
def test_an_ad_widgets_items_go_by_their_links(tmp_path: Path, shape: str, header: str, canonical: bool) -> None:
    # (a header in words no rule knows: the stages before take the ads for a list of articles)
    ads = _list(header, list(zip(ADS, AD_LINKS[shape], strict=True)))
    page = _page(tmp_path, _list("Read next", OWN), ads, canonical=canonical)
    got = _headlines(page)
    assert [h for h, _ in OWN] == [h for h in got if h not in ADS]
    assert not set(ADS) & set(got)


def test_a_sister_sites_articles_stay(tmp_path: Path) -> None:
    page = _page(tmp_path, _list("Read next", OWN), _list("From our sister paper", SISTER))
    assert _headlines(page) == [h for h, _ in OWN] + [h for h, _ in SISTER]


def test_the_sites_own_links_with_a_tracking_query_stay(tmp_path: Path) -> None:
    own = [(text, f"{SITE}/news/{n}?ref=readnext") for n, (text, _) in enumerate(OWN)]
    page = _page(tmp_path, _list("Read next", own))
    assert _headlines(page) == [h for h, _ in OWN]


def test_sites_of_hosts() -> None:
    assert site_of("news.tallow-courier.example") == "tallow-courier.example"
    assert site_of("www.courier.co.uk") == "courier.co.uk"
    assert site_of("a.b.courier.com.br") == "courier.com.br"
    assert site_of("courier.de") == "courier.de"


def test_a_click_counter_on_the_sites_own_host_goes_when_its_tokens_are_long(tmp_path: Path) -> None:
    token = "Qz8" * 40  # (a click's opaque token: far longer than an article's id or a tracking tag)
    pairs = enumerate(zip(ADS, SLUGS, strict=True))
    clicks = [(ad, f"{SITE}/adclick?tk={token}{n}&s={slug}") for n, (ad, slug) in pairs]
    page = _page(tmp_path, _list("Read next", OWN), _list("More for you", clicks))
    assert _headlines(page) == [h for h, _ in OWN]


def test_the_pages_own_headline_is_no_item_of_its_lists() -> None:
    # review W2: the copy reading took the headline for the last item of a bar of headlines over it,
    # and a line of the bar for the headline; the markup's headline wins, and is no item then
    from tuiarchive.formats.html import LibraryReading, choose
    from tuiarchive.formats.htmltext import parse_html
    from tuiarchive.model import Article, RelatedItem

    own = "Tallow bridge reopens after eight months"
    html = f"<html><head><title>The Tallow Courier</title></head><body><h1>{own}</h1><p>Text.</p></body></html>"
    bar = [RelatedItem("Related", h) for h, _ in OWN]
    copy = Article(id="", path="", title=OWN[-1][0], related=[*bar, RelatedItem("Related", own)])
    got = choose(LibraryReading(title=own), copy, parse_html(html.encode()), "page.html", [own, "Text."])
    assert got.title == own
    assert got.related == bar
