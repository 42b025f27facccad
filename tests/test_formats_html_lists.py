"""Saved web pages: a list item's headline less what its element holds beside it (formats/htmllists): a
section's label before it, a date or a teaser after it, inside the link or around it. Every page here is
made up for the tests (our own names, hosts and headlines; no real page's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

HEADLINES = [
    "Quarry lake opens for swimmers after years of tests",
    "Parish hall roof fund reaches its target early",
    "Night bus to the coast runs again from June",
    "Weavers' guild hands its looms to the museum",
]
TEASERS = ["Lifeguards start on Saturday.", "Work begins in spring.", "It leaves at midnight.", "A gift of years."]
# what stands beside the headline in each item: (before it, after it), each piece in an element of its own
GLUE = {
    "label": (["<span>Leisure</span>", "<span>Village life</span>"], []),
    "date": ([], ['<time datetime="2031-05-02">2 May 2031</time>']),
    "teaser": ([], ["<span class='dek'>{teaser}</span>"]),
    "label, date and teaser": (["<em>Transport</em>"], ["<time>3 hours ago</time>", "<span>{teaser}</span>"]),
    # a list of the latest news prints each item's time or date before its headline (review W97)
    "time before": (["<span class='meta'>09:12</span>", "<span class='meta'>18:40</span>"], []),
    "date before": (['<time datetime="2031-05-02">2 May 2031</time>'], []),
    "relative time before": (["<span>2 hours ago</span>"], []),
    "label then time": (["<em>Transport</em> <span>07:05</span>"], []),
}


def _item(k: int, headline: str, glue: str, inside: bool) -> str:
    before, after = GLUE[glue]
    pre = " ".join(before[k % len(before)] for _ in [0] if before)
    post = " ".join(a.format(teaser=TEASERS[k]) for a in after)
    link = f"/2031/05/story-{k}"
    if inside:
        return f'<li><a href="{link}">{pre} {headline} {post}</a></li>'
    return f'<li>{pre} <a href="{link}">{headline}</a> {post}</li>'


def _page(tmp_path: Path, items: str, header: str = "Most read") -> Path:
    text = "\n".join(
        f"<p>{p}</p>"
        for p in (
            "The county reopened the old ferry slip on Tuesday after a winter of repairs to its stone ramp.",
            "Boat owners had used a farm track to launch their dinghies while the slip was closed.",
            "The harbour master said the new ramp would take trailers of up to two tonnes.",
            "A small fee for launching will pay for the upkeep, the county said in a statement.",
        )
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry slip reopens</title>
<link rel="canonical" href="https://www.slipway-post.example/2031/05/ferry-slip-reopens"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Ferry slip reopens after a winter of repairs</h1>
<p class="byline">By Orla Brennock</p><time datetime="2031-05-04T09:00:00+00:00">4 May 2031</time>
{text}</article>
<aside><h2>{header}</h2><ul>{items}</ul></aside></main>
<footer><p>© The Slipway Post. <a href="/about">About us</a></p></footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("glue", list(GLUE))
@pytest.mark.parametrize("inside", [True, False], ids=["inside the link", "around the link"])
def test_an_items_label_date_or_teaser_is_no_part_of_its_headline(tmp_path: Path, glue: str, inside: bool) -> None:
    items = "".join(_item(k, h, glue, inside) for k, h in enumerate(HEADLINES))
    related = parse_file(_page(tmp_path, items)).related
    assert [r.headline for r in related] == HEADLINES
    assert all(r.url and r.url.endswith(f"/2031/05/story-{k}") for k, r in enumerate(related))


def test_an_item_with_its_headline_alone_is_read_as_it_is(tmp_path: Path) -> None:
    items = "".join(f'<li><a href="/2031/05/story-{k}">{h}</a></li>' for k, h in enumerate(HEADLINES))
    related = parse_file(_page(tmp_path, items)).related
    assert [r.headline for r in related] == HEADLINES
    assert all(r.url and r.url.endswith(f"/2031/05/story-{k}") for k, r in enumerate(related))


@pytest.mark.parametrize("glue", ["teaser", "label, date and teaser"])
@pytest.mark.parametrize("header", ["From around the valley", "Aus dem Tal"])
def test_a_list_whose_items_end_on_a_teaser_is_read_under_a_header_no_rule_knows(
    tmp_path: Path, glue: str, header: str
) -> None:
    # each item's line ends a sentence (its teaser): no headline to the copy reading; the markup tells
    items = "".join(_item(k, h, glue, inside=False) for k, h in enumerate(HEADLINES))
    related = parse_file(_page(tmp_path, items, header)).related
    assert [(r.section, r.headline) for r in related] == [(header, h) for h in HEADLINES]


def test_a_menu_of_links_alone_after_the_text_adds_no_list(tmp_path: Path) -> None:
    links = ["Weather", "Letters to the editor", "Puzzles", "Obituaries"]
    items = "".join(f'<li><a href="/{k}">{t}</a> <span>New</span></li>' for k, t in enumerate(links))
    assert parse_file(_page(tmp_path, items, "Sections")).related == []
