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
