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


_RANT = """<html><head><title>Why my printer hates me</title></head><body>
<h1>Why my printer hates me</h1>{dateline}
<p>Last winter I bought a printer that promised to print from anywhere. It printed from nowhere. The setup
wizard asked me for a network name four times and forgot it each time.</p>
<p>Then in spring a forum posted a link to my notes, calling them a review. They are a list of the hours I spent
reading error codes that the support site did not explain.</p>
<p>I gave up at midnight and printed the tickets at the library the next morning, on an older machine.</p>
<p>\u00a9 2002, 2003 A. Writer</p>
</body></html>"""


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("", None),  # only a copyright year: no day to guess (it read 2002-01-01 before 2026-12-06)
        ('\n<p class="date"><time datetime="2023-03-04">4 March 2023</time></p>', "2023-03-04"),
    ],
)
def test_a_page_gets_the_date_it_shows_and_no_guessed_day(tmp_path: Path, dateline: str, published: str | None) -> None:
    page = tmp_path / "rant.html"
    page.write_text(_RANT.format(dateline=dateline), encoding="utf-8")
    article = parse_file(page)
    assert (article.published.isoformat() if article.published else None) == published


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
    # only the edges are settled (the first paragraph, right above, is put back)
    assert _edges(middle) == [_line(FIRST), *middle]


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


def test_edges_drop_a_block_of_calls_at_the_end_with_a_line_that_does_not_say_so() -> None:
    # the second line asks nothing in its first words: it goes with the call to follow above it
    calls = [
        "Follow the Estuary Post on Facebook, Twitter and Instagram.",
        "Listen to the Harbour Hour live at 7:45 on weekdays - or listen again to past shows here.",
    ]
    assert _edges([_line(FIRST), _line(LAST), *calls]) == [_line(FIRST), _line(LAST)]
    # a call in the middle of the text, with two paragraphs after it, is only itself
    assert _edges([_line(FIRST), calls[0], _P1, _P2]) == [_line(FIRST), calls[0], _P1, _P2]


@pytest.mark.parametrize(
    "line", ["Top photo by Ada Lorne", "Photos by Ada Lorne (Estuary Post), Ben Tally", "Next page: The ferry >>"]
)
def test_edges_drop_a_photo_credit_and_a_pager_at_the_end(line: str) -> None:
    assert _edges([_line(FIRST), _line(LAST), line]) == [_line(FIRST), _line(LAST)]


def _refine(page: str, paragraphs: list[str]) -> list[str]:
    """The library's paragraphs settled on a small made-up page."""
    from tuiarchive.formats.htmlbody import refine_body
    from tuiarchive.formats.htmltext import text_blocks

    return refine_body(paragraphs, text_blocks(parse_html(page.encode())))


_P1 = "The ferry left the harbour at dawn with forty passengers and a cargo of wool."
_P2 = "By noon the wind had turned, and the captain chose the longer route past the lighthouse."
_P3 = "The crossing took six hours, two more than the timetable promised its passengers."
_P4 = "The harbour master said the new timetable would allow for the winter winds next year."


def test_edges_keep_a_last_paragraph_with_one_more_class_split_off_from_the_container() -> None:
    # the first section holds most of the prose (the container); the second holds the last
    # paragraph, whose class has one word more ("graf last") than its sisters' ("graf")
    first = [p.replace("the", word) for p in (_P1, _P2, _P3, _P4) for word in ("the", "our", "a")]
    page = (
        "<body><div class='story'><div class='part'><p class='graf'>"
        + "</p><p class='graf'>".join(first)
        + f"</p></div><div class='part'><p class='graf last'>{_P4}</p></div>"
        f"<div class='part'><p class='blurb'>{_BLURB}</p></div></div></body>"
    )
    assert _refine(page, [*first, _P4]) == [*first, _P4]
    assert _refine(page, [*first, _P4, _BLURB]) == [*first, _P4]  # another kind of paragraph


_BLURB = "A paragraph of another kind that is not the article's own text at all."


def test_edges_drop_teaser_cards_after_the_article() -> None:
    # a list of other articles, each an item with its headline and a paragraph of prose
    cards = [
        "The lighthouse keeper retired after thirty years of watching over the bay.",
        "A new quay for fishing boats opens in the spring after two years of works.",
    ]
    items = "".join(f"<li><h3><a href='/{n}'>Headline {n}</a></h3><p>{c}</p></li>" for n, c in enumerate(cards))
    page = f"<body><main><div class='story'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div><ul>{items}</ul></main></body>"
    assert _refine(page, [_P1, _P2, _P3, *cards]) == [_P1, _P2, _P3]
    # a list in the article itself (no headings in its items) stays
    listed = f"<body><div class='story'><p>{_P1}</p><p>{_P2}</p><ul><li><p>{_P3}</p></li></ul></div></body>"
    assert _refine(listed, [_P1, _P2, _P3]) == [_P1, _P2, _P3]


def test_edges_find_a_paragraph_whose_line_has_zero_width_characters() -> None:
    # the library drops the zero-width joiners a page puts in names; the line keeps them
    shown = _P2.replace("lighthouse", "light\u200chouse")
    page = f"<body><aside><p>{_BLURB}</p></aside><div class='story'><p>{_P1}</p><p>{shown}</p></div></body>"
    assert _refine(page, [_BLURB, _P1, _P2]) == [_P1, shown]


def test_edges_put_back_a_first_paragraph_the_library_left_out() -> None:
    # the lead is text right in the container, above a paragraph of the same container
    page = (
        f"<body><header><p>{_BLURB}</p></header><div class='story'>{_P1}<br><br><p>{_P2}</p><p>{_P3}</p></div></body>"
    )
    assert _refine(page, [_P2, _P3]) == [_P1, _P2, _P3]
    # not a heading, nor what is outside the container
    page = f"<body><p>{_BLURB}</p><div class='story'><h2>{_P1}</h2><p>{_P2}</p><p>{_P3}</p></div></body>"
    assert _refine(page, [_P2, _P3]) == [_P2, _P3]


def test_edges_drop_a_paragraph_that_is_an_image_with_its_caption_and_credit() -> None:
    caption = "<p><span class='image'><img src='a.jpg'><span class='caption'>The harbour at dawn.</span>"
    caption += "<span class='credit'>Ada Lorne/Estuary Post</span></span></p>"
    page = f"<body><div class='story'>{caption}<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></body>"
    assert _refine(page, ["The harbour at dawn.Ada Lorne/Estuary Post", _P1, _P2, _P3]) == [_P1, _P2, _P3]


@pytest.mark.parametrize(
    "line",
    [
        "Additional reporting by Ada Lorne",
        "Reporting by Ben Tally; editing by Ada Lorne",
        "Ada Lorne in Carrow contributed to this report.",
        "This article originally appeared in the Estuary Post.",
        "There's plenty more where that came from. Sign up for the Morning Tide today to get the free daily "
        "briefing in your inbox before the first ferry leaves.",
        "Our subscription gives you every story of the Estuary Post for a pound a week.",
        "Source: Estuary Post wires",
        "\u7f16\u8f91\ufe31\u738b\u660e",  # "editor | a name", in a script without spaces
    ],
)
def test_edges_drop_a_reporting_credit_and_a_longer_call_to_subscribe_at_the_end(line: str) -> None:
    assert _edges([_line(FIRST), _line(LAST), line]) == [_line(FIRST), _line(LAST)]


def test_edges_keep_a_last_line_that_is_an_address_or_a_sentence_after_a_label() -> None:
    for line in ["http://example.org/harbour-timetable", "Update: The ferry company said the timetable will change."]:
        assert _edges([_line(FIRST), _line(LAST), line]) == [_line(FIRST), _line(LAST), line]


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("Updated at 1:23 p.m.", True),
        ("segunda-feira, 3 de maio de 2021 às 09:45", True),
        ("March 4, 2021", True),
        ("Posted 12h30", True),
        ("The ferry left at 10:30 on the dot.", False),
        (_P1, False),
    ],
)
def test_a_timestamp_line(line: str, stamp: bool) -> None:
    from tuiarchive.formats.htmlbody import is_timestamp

    assert is_timestamp(line) is stamp


def test_saved_page_body_neither_starts_nor_ends_at_a_timestamp() -> None:
    from tuiarchive.formats.html import choose_body

    body = ["segunda-feira, 3 de maio de 2021 às 09:45", _P1, _P2, "Updated at 1:23 p.m."]
    assert choose_body(body, []) == [_P1, _P2]


def test_edges_drop_what_is_not_on_the_page_with_the_furniture_after_it() -> None:
    # the library's reading of a video player: one line as the page shows it, one not
    page = (
        "<body><div class='story'><div class='video-player'><p>Watch: the ferry crosses the bay in a storm</p>"
        f"</div><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></body>"
    )
    player = ["Next video starts in : 7 Play", "Watch: the ferry crosses the bay in a storm"]
    assert _refine(page, [*player, _P1, _P2, _P3]) == [_P1, _P2, _P3]
    # what is not on the page before the article's own first paragraph stays, as before
    assert _refine(page, ["Not on the page at all", _P1, _P2, _P3]) == ["Not on the page at all", _P1, _P2, _P3]


def test_edges_put_back_a_last_paragraph_the_library_left_out_but_no_credit() -> None:
    page = (
        f"<body><div class='story'><p>{_P1}</p><p>{_P2}</p>{_P3}<br>"
        "\u00a9 Ada Lorne for the Estuary Post, photographs of the ferry"
        f"<div class='share'><p>{_BLURB}</p></div></div><p>{_P4}</p></body>"
    )
    assert _refine(page, [_P1, _P2]) == [_P1, _P2, _P3]


def test_edges_of_a_list_article_are_its_intro_and_its_close_around_the_list() -> None:
    # the library reads the list's items (most of the prose: the list would be the container);
    # the paragraphs above and below the list, in the same story, are put back
    items = [_P1, _P2, _P3]
    listed = "".join(f"<li>{p}</li>" for p in items)
    story = f"<div class='story'><p>{_P4}</p><ol>{listed}</ol><p>{_P5}</p></div>"
    page = f"<body><header><p>{_BLURB}</p></header>{story}</body>"
    assert _refine(page, items) == [_P4, *items, _P5]


_P5 = "The company plans a second boat for the summer, when the crossings are twice as busy."
_P6 = "Tickets for the longer route will cost the same as before, the company said on Friday."


def test_edges_join_the_parts_of_a_body_split_by_an_ad() -> None:
    # the body in two blocks of the same kind ("body part-1", "body part-2") with an ad and a
    # box of headlines between them: the library read one of them
    one = f"<div class='body part-1'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    ad = "<div class='ad'><p>Advertisement</p></div>"
    ad += "<div class='box'><h2>The ferry timetable for the winter months, in full</h2></div>"
    links = f"<ul><li><a href='/x'>{_BLURB}</a></li></ul>"
    two = f"<div class='body part-2'><p>{_P4}</p><p>{_P5}</p><p>{_P6}</p>{links}</div>"
    other = f"<div class='comments'><p>{_BLURB}</p><p>{_BLURB}</p></div>"
    page = f"<body><main>{one}{ad}{two}{other}</main></body>"
    whole = [_P1, _P2, _P3, _P4, _P5, _P6]
    assert _refine(page, [_P1, _P2, _P3]) == whole
    assert _refine(page, [_P4, _P5, _P6]) == whole
    # a block of another kind, or one with a single paragraph (a dek, a caption), is not a part
    single = f"<div class='body dek'><p>{_BLURB}</p></div>"
    page = f"<body><main>{single}{ad}{two}{other}</main></body>"
    assert _refine(page, [_P4, _P5, _P6]) == [_P4, _P5, _P6]


def test_edges_drop_a_short_line_one_of_whose_sentences_is_a_call() -> None:
    # "Liked it?" asks nothing; the sentence after it does
    line = "Enjoyed the read? Share it with a colleague!"
    assert _edges([_line(FIRST), _line(LAST), line]) == [_line(FIRST), _line(LAST)]
    # a sentence of the text that has a call's words inside it stays
    kept = "The ferry is full. Passengers share it with the mail."
    assert _edges([_line(FIRST), _line(LAST), kept]) == [_line(FIRST), _line(LAST), kept]


def test_saved_page_body_starts_at_a_first_paragraph_of_one_short_sentence() -> None:
    from tuiarchive.formats.html import choose_body

    # a lead of one short sentence, in the container (the library left it out, or kept it)
    page = f"<body><div class='story'>The ferry was late.<p>{_P1}</p><p>{_P2}</p></div></body>"
    assert _refine(page, [_P1, _P2]) == ["The ferry was late.", _P1, _P2]
    assert choose_body(["The ferry was late.", _P1, _P2], []) == ["The ferry was late.", _P1, _P2]
    # a kicker, a byline or a caption's credit is no sentence: skipped as before
    assert choose_body(["THE FERRY", "By Ada Lorne", _P1, _P2], []) == [_P1, _P2]
