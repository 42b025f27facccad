"""Where a saved page's text starts: under the article's header (formats/htmlhead.py).

Every page here is made up for these tests (our own text): the header's parts in the layouts
page templates use (a kicker or a quote over the headline, a dek over the byline and date),
and the layouts where the same rules must not fire (a first paragraph right under the
headline, a text with headings of its own).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

FIRST = "The ferry to the outer islands will run twice a day from Monday, the harbour board said on Friday."
TEXT = [
    FIRST,
    "The board cut the service to one crossing a day in the spring after the older of its two boats failed "
    "an inspection, leaving islanders to wait for hours on the pier in the rain.",
    "Repairs to the boat took longer than planned because a part had to be made by hand in a workshop on "
    "the mainland, a spokesman for the board told reporters at the pier.",
    "\u201cWe know people have had a hard summer and we are sorry for it,\u201d the chair of the board said.",
    "Island shops said deliveries had come late all season and that some had run out of bread twice.",
    "The board will publish the new timetable on its notice boards and in the library next week.",
]


def _page(header: str, *, text: list[str] = TEXT, title: str = "Harbour ferry back to two crossings") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in text)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>\n"
        "<header class='site'><a href='/'>The Island Post</a><nav><a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></nav></header>\n"
        f"<main><article>{header}\n{paragraphs}\n</article></main>\n"
        "<footer><p>About us</p></footer></body></html>"
    )


HEADLINE = "<h1>Harbour ferry back to two crossings</h1>"
BYLINE = "<div class='byline'>By Jane Roe</div><time datetime='2025-06-06'>6 June 2025</time>"


@pytest.mark.parametrize(
    "header",
    [
        # a section's kicker over the headline
        f"<div class='kicker'>Islands</div>{HEADLINE}{BYLINE}",
        # a quote over the headline
        f"<p class='quote'>\u201cWe waited all summer for a boat that never came\u201d</p>{HEADLINE}{BYLINE}",
        # a dek named by its class, with no byline under it
        f"{HEADLINE}<p class='article-dek'>Islanders say the summer timetable left them stranded on the pier</p>",
        # a dek with no class, over the byline and the date
        f"{HEADLINE}<p>Islanders say the summer timetable left them stranded on the pier</p>{BYLINE}",
        # all of them, and a share bar between the header and the text
        f"<p>\u201cWe waited all summer\u201d</p><a href='/news'>Islands</a>{HEADLINE}"
        f"<p class='standfirst'>Islanders say the summer timetable left them stranded.</p>{BYLINE}"
        "<div class='share'><button>Share</button></div>",
    ],
)
def test_the_text_starts_under_the_header(tmp_path: Path, header: str) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(_page(header), encoding="utf-8")
    body = parse_file(page).body
    assert body[0] == FIRST
    assert TEXT[-1] in body[-1]


def test_a_first_paragraph_right_under_the_headline_stays(tmp_path: Path) -> None:
    """No byline or date under it: the line under the headline is the text's first paragraph,
    short as it is."""
    short = "The ferry is back."
    page = tmp_path / "ferry.html"
    page.write_text(_page(HEADLINE, text=[short, *TEXT]), encoding="utf-8")
    assert parse_file(page).body[0] == short


def test_a_heading_inside_the_text_is_no_header(tmp_path: Path) -> None:
    """A text with headings of its own in <h1>: the paragraphs above the first are the text's."""
    text = [*TEXT[:3], "</p><h1>What the islanders say</h1><p>" + TEXT[3], *TEXT[4:]]
    page = tmp_path / "ferry.html"
    page.write_text(_page("", text=text), encoding="utf-8")
    assert parse_file(page).body[0] == FIRST


@pytest.mark.parametrize(
    "logo",
    [
        "<a href='/'>The Island Post</a>",
        "<a href='https://island-post.example/'>The Island Post</a>",
        "</header><meta property='og:site_name' content='The Island Post'><header>",
    ],
)
def test_a_browser_title_that_is_the_sites_name_is_no_headline(tmp_path: Path, logo: str) -> None:
    """The page's <title> is only the site's name (its logo's link, og:site_name): the headline
    is the article's <h1>, under a kicker."""
    html = _page(f"<div class='kicker'>Islands</div>{HEADLINE}{BYLINE}", title="The Island Post")
    html = html.replace("<a href='/'>The Island Post</a>", logo)
    page = tmp_path / "ferry.html"
    page.write_text(html, encoding="utf-8")
    assert parse_file(page).title == "Harbour ferry back to two crossings"


def test_a_browser_title_that_names_the_article_stays(tmp_path: Path) -> None:
    html = _page(f"<div class='kicker'>Islands</div>{HEADLINE}{BYLINE}", title="Ferry back to two crossings a day")
    page = tmp_path / "ferry.html"
    page.write_text(html.replace("<p>About us</p>", "<p>Ferry back to two crossings a day</p>"), encoding="utf-8")
    assert parse_file(page).title == "Ferry back to two crossings a day"


CARDS = (
    "<div class='more'>"
    + "".join(
        f"<div class='tile'><a href='/news/{n}'>{headline}</a><p>{blurb}</p></div>"
        for n, (headline, blurb) in enumerate(
            [
                (
                    "Lighthouse keeper retires after forty years",
                    "The last keeper of the north light hands over the keys.",
                ),
                ("Island school gets a new roof", "Pupils return to dry classrooms after a wet winter of buckets."),
            ]
        )
    )
    + "</div>"
)


def test_cards_after_the_text_are_not_its_end(tmp_path: Path) -> None:
    """A row of teasers inside the <article> after the text, each a block led by its link with a
    blurb under it and no heading: the text ends before them (formats/htmlbody.py)."""
    page = tmp_path / "ferry.html"
    page.write_text(_page(f"{HEADLINE}{BYLINE}").replace("\n</article>", f"\n{CARDS}</article>"), encoding="utf-8")
    body = parse_file(page).body
    assert body[-1] == TEXT[-1]


def test_paragraphs_that_begin_with_a_link_stay(tmp_path: Path) -> None:
    text = [*TEXT[:-2], *(f"<a href='/people/{n}'>{p[:9]}</a>{p[9:]}" for n, p in enumerate(TEXT[-2:]))]
    page = tmp_path / "ferry.html"
    page.write_text(_page(f"{HEADLINE}{BYLINE}", text=text), encoding="utf-8")
    assert parse_file(page).body[-1] == TEXT[-1]


LEAD = (
    "For most of the summer the islanders waited on the pier for a ferry that came once a day, "
    "and sometimes not at all."
)


def test_a_first_paragraph_set_as_a_heading_is_the_start(tmp_path: Path) -> None:
    """A long sentence in an <h2> under the byline, over the paragraphs: the text's lead."""
    page = tmp_path / "ferry.html"
    page.write_text(_page(f"{HEADLINE}{BYLINE}<h2>{LEAD}</h2>"), encoding="utf-8")
    assert parse_file(page).body[0] == LEAD


def test_a_subtitle_under_the_headline_is_not(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(_page(f"{HEADLINE}<h2>{LEAD}</h2>"), encoding="utf-8")
    assert parse_file(page).body[0] == FIRST
