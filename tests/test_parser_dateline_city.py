"""The date where a page prints it outside its header: a wire dateline opening the text ("HOLMFIRTH, 3 June
2026 – ...") when the header under the headline has none, and a breadcrumb trail with the date after it over
the headline ("Home > Towns > Valley | 3 June 2026"). Made-up lines and pages, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tuiarchive.parser.dates import dateline_date, parse_date_line
from tuiarchive.parser.extract import extract

TOP = ["The Upland Lantern", "Home", "Towns", "Farming", "Letters", ""]
HEADLINE = "Quarry owners agree to close the north track to lorries during the lambing season"
LEAD = (
    "The owners of the Scarth quarry have agreed to keep their lorries off the north track for six weeks "
    "each spring, after farmers said the noise and dust were driving ewes from the lower fields."
)
MORE = (
    "The agreement, reached after two meetings in the village hall, will be reviewed next year, and a "
    "parish councillor said it showed that both sides could settle a dispute without the district's help."
)
LAST = (
    "Drivers will use the longer road past the reservoir instead, which the quarry says will add about ten "
    "minutes to each trip but will not change how much stone leaves the site in a week."
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"HOLMFIRTH, 3 June 2026 – {LEAD}", date(2026, 6, 3)),
        (f"Scarth Bridge (Moorwire), June 3, 2026 - {LEAD}", date(2026, 6, 3)),
        ("ROCCAVERDE, mercoledì 3 giugno 2026 — Il sindaco ha firmato l'accordo con i proprietari.", date(2026, 6, 3)),
        ("НИЖНЕГОРСК, 3 июня 2026 – Владельцы карьера согласились закрыть северную дорогу.", date(2026, 6, 3)),
        ("LES ORMEAUX, 03.06.2026 – Les propriétaires de la carrière ont fermé la piste nord.", date(2026, 6, 3)),
    ],
)
def test_a_dateline_with_its_date_opens_the_text(text: str, day: date) -> None:
    found = dateline_date(text)
    assert found is not None
    assert found.value == day


@pytest.mark.parametrize(
    "text",
    [
        f"Later, on 3 June 2026 – {LEAD}",  # a sentence's words before the date
        f"HOLMFIRTH – {LEAD}",  # a dateline without its date
        LEAD,
        "the owners, 3 June 2026 – a day the farmers will remember, signed the agreement.",  # no place in capitals
    ],
)
def test_other_text_gives_no_dateline_date(text: str) -> None:
    assert dateline_date(text) is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("byline", [["By Orla Whitcombe"], []])
def test_the_dateline_dates_a_page_whose_header_has_none(byline: list[str], model: str | None) -> None:
    page = [*TOP, HEADLINE, *byline, "", f"HOLMFIRTH, 3 June 2026 – {LEAD}", "", MORE, "", LAST, "", "Home"]
    found = extract(page, title_model=model)
    assert found.title == HEADLINE
    assert str(found.published)[:10] == "2026-06-03"


def test_the_dateline_is_read_before_a_date_over_the_site_name() -> None:
    # the day the page was saved over the site's name is no publication date
    page = ["Friday 19 June 2026", *TOP, HEADLINE, "By Orla Whitcombe", "", f"HOLMFIRTH, 3 June 2026 – {LEAD}", ""]
    assert str(extract([*page, MORE, "", LAST]).published)[:10] == "2026-06-03"


@pytest.mark.parametrize(
    "line",
    [
        "Home > Towns > Holmfirth | 3 June 2026",
        "Startseite › Region › Talorte · 3. Juni 2026",
        "Accueil » Villes — 3 juin 2026",
    ],
)
def test_a_breadcrumb_trail_with_the_date_after_it(line: str) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert found.value == date(2026, 6, 3)


def test_a_trail_is_needed_before_the_date() -> None:
    # words that are no trail's sections before the date: a sentence, no dateline
    assert parse_date_line("Farmers and quarry owners met in the hall | 3 June 2026") is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_the_date_on_the_breadcrumb_line_over_the_headline(model: str | None) -> None:
    page = [*TOP, "Home > Towns > Holmfirth | 3 June 2026", HEADLINE, "By Orla Whitcombe", "", LEAD, "", MORE]
    found = extract([*page, "", LAST], title_model=model)
    assert found.title == HEADLINE
    assert str(found.published)[:10] == "2026-06-03"
