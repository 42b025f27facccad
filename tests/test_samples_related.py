"""The lists of other articles in the shipped samples (fiction written for the project, see
samples/README.md): the next story's teaser ("Read next"), "Most popular", "Editors' Picks",
an in-body "Read more" card and a "Related" list. A change that loses one of them must fail
here, not in a test about something else."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from tuiarchive.parser import parse_file
from tuiarchive.text import fold

# (section, headline) of every list item, in the page's order
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "2025-01-08-dresk-council-approves-olst-bridge.txt": [
        ("Read next", "Bank of Valmora holds rate at 3.25% as inflation cools"),
        ("Editors' Picks", "Olst Valley Line: first tunnel boring machine starts work under Dresk"),
        ("Editors' Picks", "Dresk's Lowgate district evacuated as Olst reaches record level"),
        ("Editors' Picks", "Dresk mayor unveils plan to turn flood-hit Lowgate riverfront into a park"),
    ],
    "2025-03-03-thieves-take-astrolabe-from-national-museum.txt": [
        ("Read next", "Police release footage of museum raid suspects, offer €50,000 reward"),
        ("Most popular", "Quillstream confirms data breach affecting 140,000 customers"),
        ("Most popular", "Port strike ends with deal capping automated cranes at Sarnhold"),
        ("Most popular", "Venke pledges €400 million flood fund, promises 'no family left behind'"),
        ("Most popular", "Dresk council approves €310 million Olst bridge after decade of delays"),
        ("Editors' Picks", "Stolen Merrow Astrolabe found in Sarnhold lock-up; two men charged"),
        ("Editors' Picks", "Museum heist trial: defendant says he was paid to 'drive a van, nothing more'"),
        ("Editors' Picks", "Merrow Astrolabe back on display as National Museum reopens east gallery"),
    ],
    "2025-05-30-olst-united-avoid-relegation-on-final-day.txt": [  # a curly apostrophe in the header
        ("Read next", "Heatwave warning for Olst valley as temperatures head for 38C"),
        ("Editors’ Picks", "Olst United win at last as Semrau era begins with 2-1 victory"),
        ("Editors’ Picks", "Olst United sack coach Emil Reisch after seven straight defeats"),
        ("Editors’ Picks", "Sarnhold Harbour win the Valmoran Cup on penalties"),
    ],
    "cp1252-2025-04-11-sarnhold-cafe-owners-call-tourist-tax-naive.txt": [
        ("Read next", "Valmora's first offshore wind farm starts sending power to the grid"),
        ("Most popular", "Olst Valley Line cost rises to €6.1 billion, audit finds"),
        ("Most popular", "Stolen Merrow Astrolabe found in Sarnhold lock-up; two men charged"),
        ("Editors’ Picks", "How Sarnhold's fish market survived three centuries of storms"),
        ("Editors’ Picks", "Sarnhold Harbour win the Valmoran Cup on penalties"),
        ("Editors’ Picks", "Port strike ends with deal capping automated cranes at Sarnhold"),
    ],
    "crlf-2025-05-02-dresk-and-lenn-sign-olst-water-pact.txt": [
        ("Read next", "Quillstream fined €4.2 million over data breach"),
        ("Most popular", "Sarnhold Harbour win the Valmoran Cup on penalties"),
        ("Most popular", "Kettian chancellor to visit Dresk for talks on sharing the Olst"),
        ("Most popular", "Venke's flood bounce fades as campaign turns to housing"),
        ("Editors' Picks", "Greywold lithium mine approved despite protests on both sides of the border"),
        ("Editors' Picks", "Olst bursts its banks in Tollby as three days of rain swamp the valley"),
        ("Editors' Picks", "Kettia reopens Vellin Pass border crossing after three-week closure"),
    ],
    "noisy-page-greywold-lithium-mine-approved.txt": [
        ("Read more", "Dresk and Lenn sign Olst water pact after two-day talks"),
        ("Related", "Dresk and Lenn sign Olst water pact after two-day talks"),
        ("Related", "Kettian chancellor to visit Dresk for talks on sharing the Olst"),
        ("Related", "valmora's first offshore wind farm starts sending power to the grid"),
        ("Related", "Olst bursts its banks in Tollby as three days of rain swamp the valley"),
    ],
    "plain-census-shows-dresk-population-passing-one-million.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_samples_lists_are_read_whole(name: str) -> None:
    found = [(item.section, item.headline) for item in parse_file(SAMPLES / name).related]
    assert found == EXPECTED[name]


def _seed_lists(path: Path) -> list[tuple[str, str]]:
    """The lists of a sample of the seed layout as its README describes them: the teaser's
    headline right after the body (its cut-off paragraph under it), then "Most popular" and
    "Editors' Picks" to the end of the file."""
    lines = [t.strip() for t in path.read_bytes().decode("utf-8", "replace").splitlines()]
    popular = next(i for i, t in enumerate(lines) if t == "Most popular")
    teaser = popular - 1
    while not lines[teaser]:
        teaser -= 1
    out = [("Read next", lines[teaser - 1])]
    section = "Most popular"
    for t in lines[popular + 1 :]:
        if fold(t) == fold("Editors' Picks"):
            section = t
        elif t:
            out.append((section, t))
    return out


SEEDS = sorted(p.name for p in SAMPLES.glob("*.txt") if p.name[:4].isdigit() or p.name.startswith(("crlf", "utf8")))


def test_the_seed_layout_samples_are_all_here() -> None:
    assert len(SEEDS) >= 39


@pytest.mark.parametrize("name", SEEDS)
def test_every_seed_layout_sample_keeps_its_teaser_and_lists(name: str) -> None:
    want = [(section, fold(h)) for section, h in _seed_lists(SAMPLES / name)]
    found = [(item.section, fold(item.headline)) for item in parse_file(SAMPLES / name).related]
    assert found == want
