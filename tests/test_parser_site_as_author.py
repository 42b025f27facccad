"""A site's or a blog's name where the byline goes is no writer: the page states that name as the
site's elsewhere (its first line over the post's date, the browser title's suffix, the footer's
copyright owner, the address it was saved under, og:site_name). The author is none then, or the
person printed beside it; a personal site's owner, named over the page and in its footer, stays; a
paper's name printed as the byline ("The ...", "... News Weekly") is its desk's credit and stays, as
the real labels keep an agency credited there. Every page here is made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.formats import parse_file
from tuiarchive.parser.extract import extract
from tuiarchive.parser.sitename import name_keys, without_site_name

HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_blogs_name_over_the_posts_date_gives_way_to_the_writer_signing_under_it(model: str | None) -> None:
    # the page's first line over the date is a blog's name or an author card: a person signing says which
    page = ["Quiet Lock Diaries", "", "Monday, 9 March 2026", HEADLINE, *TEXT, "", "Posted by Ines Vantongeren"]
    assert extract(page, title_model=model).author == "Ines Vantongeren"


def _footer_owned(byline: str) -> list[str]:
    footer = "© 2026 Copyright Tollby Reach Media Pvt. Ltd. All Rights reserved."
    return ["Menu", HEADLINE, byline, "9 March 2026", *TEXT, "", footer]


def test_a_blogs_name_after_by_is_no_writer_when_its_footers_company_owns_it() -> None:
    assert extract(_footer_owned("by Tollby Reach"), title_model=None).author is None


def test_a_papers_name_in_the_bylines_place_is_its_desks_credit() -> None:
    # the labels keep it as shown ("By Staff" is a byline too): a paper's shape, "The ..." or "... Weekly"
    assert extract(_footer_owned("by Tollby Reach News Weekly"), title_model=None).author == "Tollby Reach News Weekly"


def test_the_browser_titles_site_run_into_a_byline_leaves_the_person() -> None:
    page = [
        f"{HEADLINE} | Canal Morning",
        "Home",
        HEADLINE,
        "Odile Brandt Canal Morning",
        "9 March 2026",
        *TEXT,
    ]
    assert extract(page, title_model=None).author == "Odile Brandt"


def test_the_sites_name_from_the_address_the_page_was_saved_under() -> None:
    page = ["Menu", HEADLINE, "By Lockkeeper Diaries", "9 March 2026", *TEXT]
    name = "lockkeeperdiaries.example_news_2026_03_09_lock-gates.txt"
    assert extract(page, filename=name, title_model=None).author is None
    assert extract(page, filename="lock-gates.txt", title_model=None).author == "Lockkeeper Diaries"


def test_a_personal_sites_owner_named_over_the_page_and_in_its_footer_stays() -> None:
    page = ["Tamsin Achterberg", "About", "", "9 March 2026", HEADLINE, *TEXT, "", "© 2026 Tamsin Achterberg"]
    assert extract(page, title_model=None).author == "Tamsin Achterberg"


def test_a_writers_own_newsletter_whose_footer_names_her() -> None:
    page = ["Lock Notes", "Subscribe", HEADLINE, "Tamsin Achterberg", "Mar 09, 2026", *TEXT, "© 2026 Tamsin Achterberg"]
    assert extract(page, title_model=None).author == "Tamsin Achterberg"


@pytest.mark.parametrize(
    ("author", "sites", "left"),
    [
        ("Quiet Lock Diaries", ["quietlockdiaries.blogspot.example"], None),
        ("QuietLock", ["www.quietlock.example"], None),
        ("Ada Brink, Canal Morning", ["Canal Morning"], "Ada Brink"),
        ("Ada Brink | Canal Morning Weekly", ["Canal Morning Ltd."], "Ada Brink"),
        ("Canal Morning Staff", ["Canal Morning"], "Canal Morning Staff"),  # a desk signs: no outlet's word
        ("Ada Brink", ["Canal Morning"], "Ada Brink"),
    ],
)
def test_without_site_name(author: str, sites: list[str], left: str | None) -> None:
    assert without_site_name(author, name_keys(sites)) == left


def _html(byline: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        '<!doctype html><html lang="en"><head><title>Lock gates vote</title>'
        '<meta property="og:site_name" content="Reedbank Ripples"></head><body>'
        '<header><a href="/">Home</a></header><main><article><h1>Lock gates vote this month</h1>'
        f'<p class="byline">{byline}</p><time datetime="2026-03-09">9 March 2026</time>{text}</article></main>'
        "</body></html>"
    )


def test_a_saved_pages_byline_that_is_its_og_site_name(tmp_path: Path) -> None:
    page = tmp_path / "gates.html"
    page.write_text(_html("By Reedbank Ripples"), encoding="utf-8")
    assert parse_file(page).author is None
    page.write_text(_html("By Ada Brink"), encoding="utf-8")
    assert parse_file(page).author == "Ada Brink"


@pytest.mark.parametrize("label", ["CANAL DESK /", "Tollby Waterways"])
def test_a_sections_label_over_the_date_gives_way_to_the_byline_under_it(label: str) -> None:
    page = ["Menu", HEADLINE, label, "9 March 2026 10:02 AM", "By Ada Brink", "", *TEXT]
    assert extract(page, title_model=None).author == "Ada Brink"


def test_a_papers_name_over_the_page_is_its_footers_owner_without_the_article() -> None:
    # the page's first line "Harbour Lantern" over its "Subscribe" button and "© ... The Harbour Lantern": one name
    page = ["Harbour Lantern", "Subscribe", "Menu", "News", HEADLINE, "9 March 2026", *TEXT]
    page += ["", "© 2026 The Harbour Lantern. All rights reserved."]
    assert extract(page, title_model=None).author is None


def _signed_html(signature: str, aside: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        '<!doctype html><html lang="en"><head><title>Lock gates vote | Quayside Ledger</title></head><body>'
        '<header><a href="/">Quayside Ledger</a></header><main><article><h1>Lock gates vote this month</h1>'
        f'<time datetime="2031-03-12">12 March 2031</time>{text}<p>{signature}</p></article><aside><h2>{aside}</h2>'
        '<ul><li><a href="/a">Ferry fares to rise in April as fuel costs climb again</a></li>'
        '<li><a href="/b">New school opens on the east bank after two years of delays</a></li></ul></aside></main>'
        "<footer><p>© 2031 Quayside Ledger</p></footer></body></html>"
    )


@pytest.mark.parametrize("aside", ["More from the Ledger", "Elsewhere in the Ledger"])
@pytest.mark.parametrize(("signature", "name"), [("Ottilie Brandvold", "Ottilie Brandvold"), ("（周晓岚）", "周晓岚")])
def test_a_writer_signing_under_the_text_beats_the_sites_name_over_the_page(
    tmp_path: Path, signature: str, name: str, aside: str
) -> None:
    # the lead's probe shape (s36, a regression of dedf262..7233c37): a person's name on the page beats the site's
    page = tmp_path / "gates.html"
    page.write_text(_signed_html(signature, aside), encoding="utf-8")
    assert parse_file(page).author == name
