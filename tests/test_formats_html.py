"""Saved web pages: an invented page read exactly, broken pages, the dispatch, asset folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO

from tuiarchive.formats import NotAnArticle, format_of, is_saved_page_assets, parse_file
from tuiarchive.formats.htmltext import inner_text, parse_html
from tuiarchive.formats.urls import url_key
from tuiarchive.model import RelatedItem

FORMATS = REPO / "tests" / "fixtures" / "formats"


def test_invented_page_exactly() -> None:
    art = parse_file(FORMATS / "harbour-ferry.html")
    assert art.title == "Night ferry to Lannick returns after ten years"
    assert art.published_iso() == "2025-03-14T07:45"
    assert art.author == "Maren Holt"
    assert art.site == "The Coastal Ledger"
    assert art.language == "en"
    assert art.url == "https://www.coastal-ledger.example/news/2025/03/night-ferry-lannick?utm_source=feed"
    assert art.body[0].startswith("The overnight ferry between Port Essery")
    assert art.body[-1] == (
        "Tickets go on sale next month. The board expects the crossings to cover their costs within three years."
    )
    assert len(art.body) == 5
    assert art.related == [
        RelatedItem(
            "Read next",
            "Lannick school roof repaired before the spring storms",
            "https://www.coastal-ledger.example/news/2025/03/lannick-school-roof",
        ),
        RelatedItem(
            "Read next",
            "Harbour board sets out its budget for the year",
            "https://www.coastal-ledger.example/news/2025/02/harbour-board-budget",
        ),
    ]


def test_parse_json_shows_the_url(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tuiarchive.cli import app

    result = CliRunner().invoke(app, ["parse", "--json", str(FORMATS / "harbour-ferry.html")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["url"].startswith("https://www.coastal-ledger.example/news/2025/03/night-ferry-lannick")
    assert data["related"][0]["url"].endswith("/lannick-school-roof")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
        (b"\x00\x01\x02\xff" * 50, "not"),
    ],
)
def test_broken_pages_get_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    with pytest.raises(NotAnArticle) as caught:
        parse_file(page)
    message = str(caught.value)
    assert reason in message and "\n" not in message


def test_formats_by_name_and_by_first_bytes() -> None:
    assert format_of("a.HTM", b"") == "html"
    assert format_of("saved", b"\xef\xbb\xbf\n<!DOCTYPE html><html>") == "html"
    assert format_of("notes.txt", b"Kursk. Nov 4\n\nText") == "text"


def test_inner_text_breaks_blocks_and_skips_what_is_not_shown() -> None:
    root = parse_html(
        b"<html><body><div>One <b>two</b></div><p>Three<br>four</p><script>x=1</script>"
        b"<div hidden>secret</div><div style='display: none'>gone</div><ul><li>a</li><li>b</li></ul></body></html>"
    )
    assert inner_text(root) == "One two\n\nThree\nfour\n\na\nb\n"


def test_saved_page_asset_folders() -> None:
    assert is_saved_page_assets("Page_files", {"Page.html", "Page_files"})
    assert not is_saved_page_assets("Page_files", {"Other.html"})
    assert not is_saved_page_assets("news", {"news.html"})


def test_url_keys() -> None:
    assert url_key("https://www.example.org/a/b/?utm_source=x#top") == url_key("http://example.org/a/b")
    assert url_key("https://example.org/a?id=2") != url_key("https://example.org/a?id=3")
    assert url_key("not a url") is None


# ---------------------------------------------------------------------- the body's edges
EDGES = REPO / "tests" / "fixtures" / "html" / "edges.html"
FIRST = "The tide mill at Carrow Point ground its first sack of wheat"
LAST = "Flour from the first grinding will be sold at the mill door"


def _edges(paragraphs: list[str]) -> list[str]:
    from tuiarchive.formats.htmlbody import refine_body
    from tuiarchive.formats.htmltext import text_blocks

    return refine_body(paragraphs, text_blocks(parse_html(EDGES.read_bytes())))


def _line(start: str) -> str:
    from tuiarchive.formats.htmltext import text_blocks

    return next(text for text, _ in text_blocks(parse_html(EDGES.read_bytes())) if text.startswith(start))


def test_text_blocks_name_the_element_of_each_line() -> None:
    from tuiarchive.formats.htmltext import text_blocks

    root = parse_html(b"<body><div class='a'>One <b>bold</b> line<p>A paragraph</p>Tail text</div></body>")
    blocks = [(text, el.tag, el.get("class")) for text, el in text_blocks(root)]
    assert blocks == [("One bold line", "div", "a"), ("A paragraph", "p", None), ("Tail text", "div", "a")]
    assert "\n".join(text for text, _ in text_blocks(root)) == inner_text(root).strip().replace("\n\n", "\n")


def test_saved_page_body_starts_after_the_header_and_the_subheading() -> None:
    art = parse_file(EDGES)
    assert art.body[0].startswith(FIRST)
    assert art.body[-1].startswith(LAST)


def test_edges_drop_a_dek_in_the_header_and_a_heading() -> None:
    body = [_line("After forty years"), _line("The volunteers who"), _line(FIRST), _line(LAST)]
    assert _edges(body) == [_line(FIRST), _line(LAST)]


def test_edges_drop_a_caption_a_share_box_and_a_list_of_links_at_the_end() -> None:
    tail = [_line("The restored wheel"), _line("Share this story"), _line("Ferry timetable"), _line("Harbour wall")]
    assert _edges([_line(FIRST), _line(LAST), *tail]) == [_line(FIRST), _line(LAST)]


def test_edges_keep_a_body_split_in_two_containers_but_not_the_promotion_between() -> None:
    # story-body-2 holds most of the prose: the container; a paragraph of its sibling
    # story-body-1 is the same kind of element and stays, the promotion between them does not
    rest = ["The mill can only", "The trust bought", "Dredging the pond", "The millwright who", LAST]
    body = [_line("Volunteers spent"), *(_line(start) for start in rest)]
    assert _edges(body) == body
    assert _edges([_line("Get the Estuary Post"), *body[1:]]) == body[1:]
    middle = [body[0], _line("Get the Estuary Post"), *body[1:]]
    assert _edges(middle) == middle  # only the edges are settled


def test_edges_take_the_whole_line_of_a_fragment_and_keep_what_is_not_on_the_page() -> None:
    assert _edges(["ground its first sack of wheat", _line(LAST)]) == [_line(FIRST), _line(LAST)]
    assert _edges(["Not on the page at all", _line(LAST)]) == ["Not on the page at all", _line(LAST)]


def test_edges_know_a_card_whose_headline_begins_a_longer_paragraph() -> None:
    card = _line("Harbour wall") + " Engineers say the wall will last another century."
    assert _edges([_line(FIRST), _line(LAST), card]) == [_line(FIRST), _line(LAST)]


# ---------------------------------------------------------------------- the headline
def test_the_pages_own_title_beats_a_banner_h1() -> None:
    # the one <h1> names the desk; the <title> (less its site name) is the visible headline
    art = parse_file(REPO / "tests" / "fixtures" / "html" / "banner-title.html")
    assert art.title == "Ferry fares rise for the first time in a decade"


def test_a_title_without_spaces_loses_its_site_name() -> None:
    art = parse_file(REPO / "tests" / "fixtures" / "html" / "cjk-title.html")
    assert art.title == "河口渡轮票价十年来首次上涨"


def test_edges_drop_calls_to_act_at_the_end_with_the_furniture_before_them() -> None:
    # the call to click is not on the page (the library's own text): known by its words,
    # and the caption before it by its element
    tail = [_line("The restored wheel"), "Click here to see more photographs of the mill at work."]
    assert _edges([_line(FIRST), _line(LAST), *tail]) == [_line(FIRST), _line(LAST)]


@pytest.mark.parametrize(
    "line", ["Top photo by Ada Lorne", "Photos by Ada Lorne (Estuary Post), Ben Tally", "Next page: The ferry >>"]
)
def test_edges_drop_a_photo_credit_and_a_pager_at_the_end(line: str) -> None:
    assert _edges([_line(FIRST), _line(LAST), line]) == [_line(FIRST), _line(LAST)]
