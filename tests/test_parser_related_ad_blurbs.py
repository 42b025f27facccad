"""Stage `related`: the site's own list right under an ad widget, a blurb (one sentence) under each
of its headlines, is no part of the ads (review W14: headline + sentence has the widget's rhythm of
title + advertiser's line, and a short header over the list has an advertiser's length). A blurb is a
sentence that tells; an advertiser's line is a name's few words, an ad's pitch speaks to the reader.
Every page here is made up for the tests (madeup_related and our own lines): no real page's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related

from tuiarchive.formats import parse_file
from tuiarchive.parser.related_ads import blurb_line

# (ad title, advertiser) in four languages, and the site's headlines with a blurb under each
ADS = {
    "en": [
        ("The walking boots that never need breaking in", "Trailfell"),
        ("Homeowners are fitting this heat pump before winter", "Warmcore Energy"),
        ("A coffee grinder baristas keep at home", "Grindhouse"),
    ],
    "de": [
        ("Diese Gartenschere schneidet auch dicke Äste", "Schnittwerk"),
        ("Warum Pendler jetzt auf Falträder umsteigen", "Klappmobil"),
        ("Der Rucksack, den Lehrer lieben", "Tragling GmbH"),
    ],
    "fr": [
        ("Le matelas que les kinés recommandent en secret", "Dormelle"),
        ("Ces lunettes de soleil résistent à tout", "Solvue"),
        ("La bouilloire qui chauffe en quarante secondes", "Chaufflo"),
    ],
    "it": [
        ("La padella antiaderente che dura una vita", "Cucinova"),
        ("Perché tutti parlano di questo spazzolino", "Dentiluce"),
        ("Lo zaino da città che resiste alla pioggia", "Borsetto"),
    ],
}
OWN = {
    "en": [
        (
            "Tram depot to be rebuilt on the old gasworks site",
            "The council wants the new depot open before the line reaches the stadium.",
        ),
        (
            "Lock keepers warn of low water on the canal",
            "Boats longer than twelve metres may have to wait at the top lock until the rain comes.",
        ),
        (
            "Museum lends its oldest map to a Dutch gallery",
            "The chart of the estuary leaves the building for the first time since the war.",
        ),
    ],
    "de": [
        (
            "Neue Brücke über den Kanal wird im Mai eröffnet",
            "Die Stadt hat den Bau nach zwei Jahren und einer langen Pause im Winter abgeschlossen.",
        ),
        (
            "Bäckerei am Markt schließt nach hundert Jahren",
            "Der letzte Inhaber findet keinen Nachfolger und geht im Herbst in den Ruhestand.",
        ),
        (
            "Schwimmbad bekommt ein neues Dach aus Holz",
            "Der Gemeinderat hat die Pläne am Dienstagabend mit großer Mehrheit gebilligt.",
        ),
    ],
    "fr": [
        (
            "Le marché couvert rouvre après deux ans de travaux",
            "Les commerçants retrouvent leurs étals sous une charpente entièrement refaite.",
        ),
        (
            "Une nouvelle ligne de bus relie la gare au lycée",
            "Les élèves des villages voisins gagneront vingt minutes chaque matin dès la rentrée.",
        ),
        (
            "Le festival de jazz annonce sa programmation",
            "Douze groupes joueront cet été sur les quais, dont trois venus du Québec.",
        ),
    ],
    "it": [
        (
            "Il ponte sul fiume riapre dopo i lavori",
            "Le auto potranno di nuovo attraversarlo da lunedì, ma non i mezzi pesanti.",
        ),
        (
            "La biblioteca comunale allunga gli orari",
            "Le sale di lettura resteranno aperte fino alle dieci di sera da ottobre a marzo.",
        ),
        (
            "Nuove piste ciclabili lungo il lungomare",
            "Il comune ha approvato un progetto che collega il porto alla spiaggia del nord.",
        ),
    ],
}
WIDGET = {
    "en": "Partner content",
    "de": "Anzeigen von Partnern",
    "fr": "Contenu partenaire",
    "it": "Contenuti sponsorizzati",
}
SITE_HEADER = {"en": "Elsewhere this week", "de": "Mehr aus Hamburg", "fr": "À lire aussi", "it": "Leggi anche"}


def _ads(lang: str, brand_first: bool = False) -> list[str]:
    return [x for ad, brand in ADS[lang] for x in ((brand, ad) if brand_first else (ad, brand))]


def _own(lang: str) -> list[str]:
    return [x for pair in OWN[lang] for x in pair]


def _headlines(lang: str) -> list[str]:
    return [headline for headline, _ in OWN[lang]]


@pytest.mark.parametrize("lang", sorted(ADS))
def test_a_headed_list_with_blurbs_under_an_ad_widget_is_read(lang: str) -> None:
    # a header of a few words (an advertiser's length) between the ads and the site's list
    got = _related(["Most read", *ITEMS, "", WIDGET[lang], *_ads(lang), SITE_HEADER[lang], *_own(lang)])
    assert got == [*ITEMS, *_headlines(lang)]


@pytest.mark.parametrize("lang", ["en", "de", "it"])
def test_a_list_with_blurbs_and_no_header_under_an_ad_widget_is_read(lang: str) -> None:
    got = _related(["Most read", *ITEMS, "", WIDGET[lang], *_ads(lang), *_own(lang)])
    assert got == [*ITEMS, *_headlines(lang)]


def test_a_header_in_the_step_of_advertisers_lines_ends_the_ads() -> None:
    # each ad's advertiser over its title: the list's header falls where the next advertiser would
    got = _related(["Most read", *ITEMS, "", "Offers paid for by partners", *_ads("en", True), "Elsewhere this week"])
    assert got == ITEMS  # (no list under it: the header alone is no item)
    got = _related(["Offers paid for by partners", *_ads("en", True), "Elsewhere this week", *_own("en")])
    assert got == _headlines("en")


def test_plain_ads_with_a_pitch_each_right_over_a_headed_list_stay_ads() -> None:
    # (review W10 with a line under each plain ad) the page heads its own list: the run over it is ads
    plain = [
        "Gardeners are ditching the hose for this",
        "It waters a whole lawn while the owner is at work.",
        "The duvet hotels do not want guests to know about",
        "Guests have been asking the staff where it came from.",
        "Drivers over fifty are switching insurers",
        "A comparison takes two minutes on the phone.",
    ]
    got = _related(["Partner content", *_ads("en"), *plain, "", "Along the river", *_headlines("en")])
    assert got == _headlines("en")


def test_an_ad_pitch_to_the_reader_is_no_blurb() -> None:
    assert blurb_line("The council wants the new depot open before the line reaches the stadium.")
    assert blurb_line("Die Stadt hat den Bau nach zwei Jahren abgeschlossen.")
    assert blurb_line("駅前の再開発について、市は来年度から工事を始める方針を示した。")
    assert not blurb_line("Your garden will thank you for this one simple change.")
    assert not blurb_line("Vous ne croirez pas ce que fait cette bouilloire.")
    assert not blurb_line("Warmcore Energy")
    assert not blurb_line("Tram depot to be rebuilt on the old gasworks site")
    assert not blurb_line("The depot opens in May. The line follows a year later.")


def test_a_headed_list_with_blurbs_under_ads_in_a_saved_page(tmp_path: Path) -> None:
    ads = "".join(
        f'<div><a href="https://shop{n}.example/p?src=w{n}">{ad}</a><p>{brand}</p></div>'
        for n, (ad, brand) in enumerate(ADS["en"])
    )
    own = "".join(
        f'<div><a href="/news/2031/05/item-{n}">{title}</a><p>{blurb}</p></div>'
        for n, (title, blurb) in enumerate(OWN["en"])
    )
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "The county said on Monday that the ring road would close at night for three weeks in June, "
            "from ten in the evening until six in the morning, while the worn surface is taken up.",
            "Crews will replace the surface between the two roundabouts and repaint the cycle lanes, and the "
            "footbridge over the junction will get new lights before the work ends.",
            "Buses will run on a diversion through the business park while the work goes on, which the "
            "operator said would add about ten minutes to the journey into town at night.",
            "The work is paid for from the roads budget, which the county raised in the spring after two "
            "winters of potholes and a long run of complaints from drivers and cyclists.",
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ring road to close at night in June | The Arlow Courier</title></head><body>
<main><article><h1>Ring road to close at night in June</h1><p class="byline">By Petra Wynn</p>
<time datetime="2031-05-06T08:00:00+00:00">6 May 2031</time>{body}</article>
<aside><h2>Partner content</h2>{ads}<h3>Elsewhere this week</h3>{own}</aside></main>
<footer><p>© The Arlow Courier. <a href="/about">About us</a></p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert [r.headline for r in parse_file(path).related] == _headlines("en")


@pytest.mark.parametrize("where", ["under", "over"])
@pytest.mark.parametrize("stamp", ["date", "time ago"])
def test_a_list_with_a_date_by_each_headline_under_an_ad_widget_is_read(where: str, stamp: str) -> None:
    # an ad has no date: the site's cards have one over or under each headline
    dated = []
    for n, headline in enumerate(_headlines("en")):
        when = f"{n + 4} June 2031" if stamp == "date" else f"{n + 2} hours ago"
        dated += [headline, when] if where == "under" else [when, headline]
    got = _related(["Most read", *ITEMS, "", WIDGET["en"], *_ads("en"), *dated])
    assert got == [*ITEMS, *_headlines("en")]
