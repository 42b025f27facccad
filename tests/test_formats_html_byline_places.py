"""Saved pages' bylines (issue 14, session 42): the byline under the <h1> when the copy reading took a
breadcrumb with the date over it for the headline; a byline word glued to the name by spans with no space
between; the site's own name in the markup's author field is no writer. Made-up pages, written for these tests."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.parser import lines as L

_TEXT = [
    "The ferry company said on Monday that the winter timetable would keep the early crossing to the island, "
    "after a petition signed by more than two thousand residents asked it not to cut the sailing.",
    "Commuters who take the first boat said they had feared losing their jobs in town, and the company said "
    "it would look again at the figures once the new season was under way in the spring.",
]
_SITE = "Saltmarsh Gazette"
_HEADLINE = "Early ferry to the island will keep its winter slot"


def _page(over: str, under: str, meta: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_HEADLINE} | {_SITE}</title>{meta}'
        f'</head><body><header><a href="/">{_SITE}</a><nav><ul><li><a href="/n">News</a></li>'
        '<li><a href="/t">Travel</a></li></ul></nav></header><main><article><header>'
        f"{over}<h1>{_HEADLINE}</h1>{under}</header>"
        f'<div class="text">{text}</div></article></main><footer><p>© 2031 {_SITE}</p></footer></body></html>'
    )


def _author(tmp_path: Path, page: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return parse_file(path).author


@pytest.mark.parametrize("name", ["Wilhelmina Osei-Brandt", "Casimir Hallgarth"])
def test_a_name_alone_under_the_h1_with_a_dated_breadcrumb_over_it(tmp_path: Path, name: str) -> None:
    # (the markup's author the site's name: the name on the page says who wrote it; a double surname too)
    over = '<div class="crumbs">News › Travel · <time datetime="2031-11-03">3 November 2031</time></div>'
    meta = f'<meta name="author" content="{_SITE}">'
    assert _author(tmp_path, _page(over, f'<div class="author"><a href="/a/1">{name}</a></div>', meta)) == name


@pytest.mark.parametrize("word", ["By", "Door", "Von", "Autor:"])
def test_a_byline_word_glued_to_the_name(tmp_path: Path, word: str) -> None:
    under = f'<div class="byline"><span>{word}</span><span><a href="/a/2">Casimir Hallgarth</a></span></div>'
    under += '<time datetime="2031-11-03">3 November 2031</time>'
    assert _author(tmp_path, _page("", under)) == "Casimir Hallgarth"


@pytest.mark.parametrize(("line", "names"), [("ByJane Roe", "Jane Roe"), ("DoorJoost Veltman", "Joost Veltman")])
def test_byline_names_unglues_its_word(line: str, names: str) -> None:
    assert L.byline_names(line) == names


@pytest.mark.parametrize("line", ["Parker Lewis", "Bylaw Changes", "Porto Alegre News", "DiMaggio Lopez"])
def test_a_word_that_starts_like_a_byline_word_is_none(line: str) -> None:
    assert L.byline_names(line) is None


def test_the_sites_name_as_the_markups_author_is_no_writer(tmp_path: Path) -> None:
    meta = f'<meta name="author" content="{_SITE}">'
    under = '<time datetime="2031-11-03">3 November 2031</time>'
    assert _author(tmp_path, _page("", under, meta)) is None


def test_the_byline_under_the_h1_when_the_copy_reading_took_the_breadcrumb_for_the_headline(tmp_path: Path) -> None:
    # a made-up page of benchmarks.byline_html whose copy reading takes "Voorpagina › Regio · <the date>" for the
    # headline and reads no byline under it: the name under the <h1> is read all the same
    from benchmarks.byline_html import make_page

    document, label = make_page("nl", "breadcrumb_date", "p", random.Random(11))
    assert _author(tmp_path, document) == label["author"]


def test_the_markup_s_writers_one_after_another_are_listed_as_a_byline_lists_them(tmp_path: Path) -> None:
    """A page that prints no byline, its JSON-LD naming two writers: "A, B", as the copy reading lists several
    (the library joins them with semicolons)."""
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": '
        f'"{_HEADLINE}", "author": [{{"@type": "Person", "name": "Maren Voss"}}, '
        '{"@type": "Person", "name": "Oskar Lindahl"}]}</script>'
    )
    page = _page("", '<p><time datetime="2031-03-03">3 March 2031</time></p>', ld)
    assert _author(tmp_path, page) == "Maren Voss, Oskar Lindahl"
