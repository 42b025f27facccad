"""A kicker (a topic, a series, a section in mixed case) right over a short headline that the rules found
over the byline: the learned scorer may not take the kicker for the headline, in any language; and a
kicker over a long headline stays the kicker. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.extract import extract

TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]
TOP = ["The Canal Courier", "Home", "News", "Sport", ""]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Towns on the canal", "Lock keepers walk out"),
        ("Miasta nad rzeką", "Strajk śluzowych odwołany"),
        ("Villes du canal", "Les éclusiers en grève"),
        ("Ciudades del canal", "Suspendida la votación"),
        ("Kanalstädte im Norden", "Schleusenwärter streiken weiter"),
        ("Города у реки", "Забастовка смотрителей шлюза"),
        ("Canal Towns", "Lock Keepers Walk Out Again"),
    ],
)
def test_a_kicker_over_a_short_headline_is_no_headline(kicker: str, headline: str, model: str | None) -> None:
    page = [*TOP, kicker, headline, "By Jane Roe", "3 March 2026", "", *TEXT]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_kicker_over_a_long_headline_stays_the_kicker(model: str | None) -> None:
    headline = "Tollby council puts off the vote on the new lock gates until after the summer recess"
    for kicker in ("Canal towns", "The long read", "Lock gates inquiry"):
        page = [*TOP, kicker, headline, "By Jane Roe", "3 March 2026", "", *TEXT]
        assert extract(page, title_model=model).title == headline
