"""Stage `related`: an ad widget under a header of the ad lexicon's words ("Partner picks", "Paid
content", in other languages too) is no list of other articles, however headline-shaped its items
(review I2: ad widgets, the largest junk class on unseen pages). Every page here is made up for
the tests (madeup_related): no real page's text."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.parser.related_ads import is_ad_header

ADS = [
    "The garden hose gardeners cannot stop buying",
    "See why drivers are trading in their old tyres",
    "This kettle boils a litre in forty seconds flat",
]
BRANDS = ["Hoseworks", "Tyrevale", "Brewline Kitchen"]


@pytest.mark.parametrize(
    "header",
    [
        "Partner picks",
        "Paid content",
        "Stories we sponsor",
        "Werbung der Partner",
        "Anzeigen unserer Partner",
        "Contenus partenaires",
        "Contenido patrocinado",
        "Advertorial picks",
    ],
)
@pytest.mark.parametrize("brands", [False, True], ids=["titles", "titles and brands"])
def test_an_ad_widget_under_an_ad_header_is_no_list(header: str, brands: bool) -> None:
    ads = [line for ad, brand in zip(ADS, BRANDS, strict=True) for line in ([ad, brand] if brands else [ad, ""])]
    assert _related(["Most read", *ITEMS, "", header, "", *ads]) == ITEMS


def test_the_list_after_an_ad_widget_is_read() -> None:
    later = ["Harbour lights to be switched on a week early", "Council names the new head of the port authority"]
    later.append("Swimmers return to the bay after the long clean-up")
    got = _related(["Partner picks", "", *ADS, "", "Most read", *later])
    assert got == later


def test_an_ad_slots_label_between_items_ends_no_list() -> None:
    assert _related(["Most read", *ITEMS[:2], "Advertisement", *ITEMS[2:]]) == ITEMS


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Partner picks", True),
        ("Paid content", True),
        ("Promoted links", True),
        ("Anzeigen unserer Partner", True),  # (a word's stem: "Anzeigen", "partenaires", "patrocinado")
        ("Contenus partenaires", True),
        ("Advertisement", False),  # a lone slot's label
        ("Sponsored", False),
        ("Paid parking ends on the quay", False),  # a headline: an item's length
        ("Partners", False),
        ("Sponsors step in.", False),
    ],
)
def test_ad_headers(text: str, header: bool) -> None:
    assert is_ad_header(text) is header


def test_dated_cards_under_an_empty_ad_slots_header_are_the_sites_own() -> None:
    # (the ad itself was a picture: under its header, the site's cards, each with its date)
    cards = [x for n, item in enumerate(ITEMS) for x in (item, f"Mar {n + 3}, 2031, 9:1{n} AM")]
    assert _related(["Most read", "", "Paid content from", *cards]) == ITEMS


def test_an_advertisers_name_over_its_one_ad_is_no_header() -> None:
    assert not is_ad_header("Harbourline Sponsored")
    lines = ["Most read", ITEMS[0], "Harbourline Sponsored", *ITEMS[1:]]
    assert _related(lines) == ITEMS


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Partner-Angebote", True),  # a compound's parts are a header's two words, no lone slot's label
        ("Tipps unserer Partner", True),  # the ad's word a German noun, after a word in small letters
        ("Inhalte von Werbekunden", True),
        ("Kettlebrook Sponsored", False),  # an advertiser's name over its one ad: a capital after a name
        ("Weitere Nachrichten", False),  # no ad's word
    ],
)
def test_ad_headers_with_a_capital_on_the_ads_word(text: str, header: bool) -> None:
    assert is_ad_header(text) is header


@pytest.mark.parametrize("header", ["Partner-Angebote", "Tipps unserer Partner"])
def test_a_widget_under_a_german_header_with_the_ads_word_capitalised_is_no_list(header: str) -> None:
    ads = ["Dieser Gartenschlauch knickt nie", "Warum Pendler jetzt Falträder kaufen", "Die Pfanne, die ewig hält"]
    brands = ["Schlauchwerk", "Klappmobil", "Pfannhaus"]
    lines = [x for ad, brand in zip(ads, brands, strict=True) for x in (ad, brand)]
    assert _related(["Most read", *ITEMS, "", header, *lines]) == ITEMS
