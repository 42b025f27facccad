"""The header under the headline, on small made-up pages: byline and linear-time reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.parser import parse_bytes

_TEXT = (
    "The harbour authority said the new pier would open in the spring, after two years of work "
    "that ran over budget and over time, according to a statement published on its website."
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("by Northwind Agency", "Northwind Agency"),
        ("By Lena Marsh", "Lena Marsh"),
        ("By by Lena Marsh", "Lena Marsh"),
        ("Par Jeanne Moreau-Vidal", "Jeanne Moreau-Vidal"),
        ("Автор: Анна Петрова", "Анна Петрова"),  # the author's label in other languages
        ("Yazar: Ayşe Yılmaz", "Ayşe Yılmaz"),
    ],
)
def test_byline_keeps_the_names_without_by(byline: str, author: str) -> None:
    page = f"Harbour pier to open in spring after delays\n\n{byline}\n\n12.03.2025\n\n{_TEXT}\n\n{_TEXT}\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.author == author
    assert article.body[0].startswith("The harbour authority")


def test_a_sentence_cut_into_many_short_lines_is_one_paragraph() -> None:
    """A sentence the page split at every link is joined back (and in linear time: see
    benchmarks/parse_speed.py for the measured rate)."""
    page = "Harbour pier to open in spring after delays\n\nThe pier runs on,\n" + "and on\n" * 3000 + "to the end.\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert len(article.body) == 1
    assert article.body[0].startswith("The pier runs on, and on and on")
    assert article.body[0].endswith("and on to the end.")


def test_a_wire_dateline_paragraph_starts_the_text_even_before_a_photo_caption() -> None:
    page = (
        "Harbour pier to open in spring after delays\n\nLena Marsh\n\n4 Min Read\n\n"
        f"PORTVALE, Westland (Wirenews) - {_TEXT}\n\n"
        "FILE PHOTO: Workers on the new pier in Portvale, Westland, March 3, 2025. Wirenews/Tom Holt\n\n"
        f"{_TEXT}\n\n{_TEXT}\n"
    )
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.body[0].startswith("PORTVALE, Westland (Wirenews) - The harbour authority")


def test_a_byline_and_its_date_with_nothing_between() -> None:
    from datetime import date

    from tuiarchive.parser.names import split_name_date

    name, found = split_name_date("by Mara Lindqvist July 10, 2015")  # type: ignore[misc]
    assert name == "Mara Lindqvist" and found.value == date(2015, 7, 10)  # type: ignore[attr-defined]
    assert split_name_date("Campaign Assessment Update, February 8, 2026") is None  # a headline with its date
    assert split_name_date("Published on March 3, 2024") is None
    assert split_name_date("The war in 2024") is None


def test_bylines_in_other_dress() -> None:
    from tuiarchive.parser import lines as L

    assert L.byline_names("// By Mara Lindqvist") == "Mara Lindqvist"  # a decoration before "By"
    assert (
        L.byline_names("By Mara Lindqvist, a deputy editor who has covered the harbour towns for the paper since 2009.")
        == "Mara Lindqvist"
    )
    assert (
        L.byline_names("By the end of the week, the council had met three times to discuss the plans for the bridge.")
        is None
    )
    assert L.is_byline_marker("por") and L.is_byline_marker("Par") and L.is_byline_marker("von")


@pytest.mark.parametrize(
    "line",
    [
        "By Mara Lindqvist November 19, 2024, 07:47 PM EST",
        "By Mara Lindqvist - 11/18/24 11:04 PM EST",
        "By Mara Lindqvist Updated Nov 13, 2024, 10:28am EST",
        "By Mara Lindqvist March 18 at 3:57 PM Follow",
        "By Mara Lindqvist 2024-11-18T20:51:19Z Harbour, Towns",
        "By Mara Lindqvist @maralind",
        "By Mara Lindqvist@maralind",
        "By Mara Lindqvist mlind@example.org (555) 555-0100",
        "By Mara Lindqvist on Monday, March 3, 2025",
        "By Mara Lindqvist Follow",
        "By Mara Lindqvist | Harbour Desk",
    ],
)
def test_a_bylines_names_without_what_follows_them_on_its_line(line: str) -> None:
    from tuiarchive.parser import lines as L

    assert L.byline_names(line) == "Mara Lindqvist"


def test_a_byline_is_cut_only_where_names_stand_before_the_tail() -> None:
    from tuiarchive.parser import lines as L

    assert L.byline_names("By Mara Lindqvist and Tomas Berg") == "Mara Lindqvist and Tomas Berg"
    assert L.byline_names("By Staff 3 hours ago") == "Staff 3 hours ago"  # no names: the line as printed
    assert L.byline_names("By Mara Lindqvist, Harbour Desk") == "Mara Lindqvist, Harbour Desk"


def test_by_and_no_capital_is_a_control_not_a_byline() -> None:
    """ "By date added", "By most viewed", "By relevance": what a list is sorted by, no names."""
    from tuiarchive.parser import lines as L

    assert L.byline_names("By date added") is None
    assert L.byline_names("By most viewed") is None
    assert L.byline_names("By relevance") is None
    assert L.byline_names("By staff 3 hours ago") is None
    assert L.byline_names("By Mara Lindqvist") == "Mara Lindqvist"


def test_a_name_printed_in_small_letters_is_still_a_byline() -> None:
    """Some authors write their names in small letters (made-up names of that form)."""
    from tuiarchive.parser import lines as L

    assert L.byline_names("By mara lindqvist") == "mara lindqvist"
    assert L.byline_names("By jon berg and eva holm") == "jon berg and eva holm"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Mara Lindqvist / Tomas Berg", "Mara Lindqvist, Tomas Berg"),
        ("By Mara Lindqvist | Tomas Berg", "Mara Lindqvist, Tomas Berg"),
        ("By Mara Lindqvist • Tomas Berg • Eva Holm", "Mara Lindqvist, Tomas Berg, Eva Holm"),
        ("By Mara Lindqvist / Tomas Berg March 3, 2025", "Mara Lindqvist, Tomas Berg"),
        # after the mark, no name: the tail (a section, a desk, the read time, a stamp)
        ("By Mara Lindqvist | World", "Mara Lindqvist"),
        ("By Mara Lindqvist | Harbour Desk", "Mara Lindqvist"),
        ("By Mara Lindqvist / 4 min read", "Mara Lindqvist"),
        ("By Mara Lindqvist | Updated March 3, 2025", "Mara Lindqvist"),
    ],
)
def test_co_authors_between_marks_are_kept(line: str, names: str) -> None:
    from tuiarchive.parser import lines as L

    assert L.byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a surname that is also a weekday's abbreviation, an article, a month (made-up names)
        ("By Yang Sun, March 3, 2025", "Yang Sun"),
        ("By Minh Le, March 3, 2025", "Minh Le"),
        ("By Ana De, 3 March 2025", "Ana De"),
        # the dateline's own words still go with the date
        ("By Mara Lindqvist on Monday, March 3, 2025", "Mara Lindqvist"),
        ("By Mara Lindqvist Sun, March 3, 2025", "Mara Lindqvist"),
    ],
)
def test_a_surname_that_is_a_date_word(line: str, names: str) -> None:
    from tuiarchive.parser import lines as L
    from tuiarchive.parser.names import split_name_date

    found = split_name_date(line)
    assert found is not None and found[0] == names
    assert L.byline_names(line) == names


def test_a_page_by_a_surname_that_is_a_date_word() -> None:
    from tuiarchive.parser.extract import extract

    page = extract(
        ["Harbour bridge to open in spring after delays", "", "By Yang Sun, March 3, 2025", "", *_BRIDGE_TEXT]
    )
    assert page.author == "Yang Sun"


def test_a_german_byline_published_on_a_date() -> None:
    from tuiarchive.parser.names import split_name_date

    found = split_name_date("Von Jon Berg publiziert am 3. März 2025")
    assert found is not None and found[0] == "Jon Berg"


_BRIDGE_TEXT = [
    "The harbour council said on Tuesday that the new bridge over the river would open to traffic in the spring, "
    "after two years of work that ran over its budget.",
    "",
    "Engineers told the meeting that the last sections of the deck had been lifted into place last week, and that "
    "tests of the load would follow in the coming days.",
]


def test_a_line_in_capitals_over_the_headline_is_a_kicker_not_its_author() -> None:
    from tuiarchive.parser.extract import extract

    headline = "Harbour bridge to open in spring after delays"
    for kicker, author in (("MARKET WATCH", None), ("Mara Lindqvist", "Mara Lindqvist")):
        found = extract(["The Harbour Times", "Home", "News", kicker, headline, "", *_BRIDGE_TEXT], filename="page.txt")
        assert found.title == headline and found.author == author


def test_names_inside_a_menu_under_the_headline_are_no_byline() -> None:
    """A menu of cities under the dateline: two-word items look like names, but there are items
    on both sides of them; two names between the headline and a date are its byline."""
    from tuiarchive.parser.header_author import find_author
    from tuiarchive.parser.page import Page, to_lines

    def author(lines: list[str]) -> str | None:
        page = Page(to_lines(lines), "page.txt")
        page.title_idx, page.title = 1, lines[1]
        return find_author(page, len(page.lines))[0]

    headline = "Harbour bridge to open in spring after delays"
    menu = ["Choose your city", "Aberdeen", "Santa Clara", "Rio Grande", "Tokyo"]
    assert author(["The Harbour Times", headline, "March 3, 2025", *menu, *_BRIDGE_TEXT]) is None
    names = ["Mara Lindqvist", "Olof Berg", "March 3, 2025"]
    assert author(["The Harbour Times", headline, *names, *_BRIDGE_TEXT]) == "Mara Lindqvist, Olof Berg"


def test_a_trail_of_sections_over_the_dateline_is_no_byline() -> None:
    from tuiarchive.parser.extract import extract

    headline = "Harbour bridge to open in spring after delays"
    trail, dateline = "NEWS > Harbour Towns > Transport", "March 3, 2025 | BY: Mara Lindqvist"
    page = ["The Harbour Times", "Home", headline, "", trail, "", dateline, "", *_BRIDGE_TEXT]
    found = extract(page, filename="page.txt")
    assert found.title == headline and found.author == "Mara Lindqvist"


def test_an_agency_over_the_dateline_without_its_trailing_comma() -> None:
    from tuiarchive.parser.extract import extract

    headline = "Harbour bridge to open in spring after delays"
    page = ["The Harbour Times", "Home", headline, "Harbourwire, Korsk,", "March 3, 2025, 10:15", "", *_BRIDGE_TEXT]
    found = extract(page, filename="page.txt")
    assert found.title == headline and found.author == "Harbourwire, Korsk"


def test_a_name_over_its_role_under_the_headline_is_the_byline() -> None:
    from tuiarchive.parser.extract import extract

    text = (
        "The council said on Tuesday that the new harbour bridge would open to traffic in the spring, and that "
        "the cost of the work had risen by a third since the plans were first approved by the city."
    )
    page = ["Home", "News", "Harbour bridge to open in spring as costs rise", "Mara Lindqvist", "Transport Editor"]
    found = extract([*page, "Share", text, text.replace("council", "mayor")], title_model=None)
    assert found.author == "Mara Lindqvist"


def test_a_name_over_a_clock_time_is_the_byline() -> None:
    """ "Jane Roe" / "1:39 PM ET" under the headline: the name is the author."""
    page = f"Menu\n\nHarbour pier to open in spring after delays\n\nLena Marsh\n\n1:39 PM ET\n\n{_TEXT}\n\n{_TEXT}\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author == "Lena Marsh"


def test_a_role_line_under_the_name_is_not_the_author() -> None:
    """ "Jane Roe" / "World Affairs Editor" / the date: the name, not its role."""
    page = (
        "Harbour pier to open in spring after delays\n\nLena Marsh\n\nWorld Affairs Editor\n\n"
        f"Sunday 08 February 2026 11:04 GMT\n\n{_TEXT}\n\n{_TEXT}\n"
    )
    assert parse_bytes(page.encode(), Path("page.txt")).author == "Lena Marsh"


def test_a_byline_under_the_text_when_the_header_names_nobody() -> None:
    text = "\n\n".join(f"{_TEXT} ({k})" for k in range(30))
    page = f"Harbour pier to open in spring after delays\n\n{text}\n\nStory by Lena Marsh\n\nMore news\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author == "Lena Marsh"


@pytest.mark.parametrize(
    "line",
    [
        "Lena Marsh — 2025-03-03— in Harbour — Permalink — License",  # a blog's footer line, a dash glued to the date
        "Lena Marsh — March 3, 2025 — in Harbour — 4 Comments",
    ],
)
def test_a_name_and_a_date_under_the_text_with_the_post_s_links_after_them(line: str) -> None:
    text = "\n\n".join(f"{_TEXT} ({k})" for k in range(30))
    page = f"Harbour pier to open in spring after delays\n\n{text}\n\n{line}\n\nMore news\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author == "Lena Marsh"


@pytest.mark.parametrize(
    ("owner", "author"),
    [("Lena Marsh", "Lena Marsh"), ("Harbour Gazette", None), ("The Harbour Review", None)],
)
def test_a_personal_site_s_owner_is_the_author_of_a_page_that_names_nobody(owner: str, author: str | None) -> None:
    """Printed over the page and named by its copyright: a person's site (not an outlet's)."""
    text = "\n\n".join(f"{_TEXT} ({k})" for k in range(5))
    page = f"{owner}\n\nAbout\n\nHarbour pier to open in spring after delays\n\n{text}\n\n© {owner} 2016-2025\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author == author


def test_no_byline_under_the_text_no_author() -> None:
    text = "\n\n".join(f"{_TEXT} ({k})" for k in range(30))
    page = f"Harbour pier to open in spring after delays\n\n{text}\n\nMore news\n\nLena Marsh\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author is None


_DEK = "The new pier was due to open in March, after two years of work that ran over budget."


@pytest.mark.parametrize(
    ("header", "author", "day"),
    [
        (["By Lena Marsh on Monday, March 3, 2025 at 11:04 a.m."], "Lena Marsh", "2025-03-03"),
        (["Posted on March 3, 2025 by Lena Marsh"], "Lena Marsh", "2025-03-03"),
        (["Posted by Lena Marsh on March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["Di Gianni Rossi", "3 marzo 2025"], "Gianni Rossi", "2025-03-03"),
        (["Door Jan de Vries", "3 maart 2025"], "Jan de Vries", "2025-03-03"),
        (["Author: Lena Marsh", "March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["Lena Marsh | Wirenews", "March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["By Lena Marsh, Senior Editor", "March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["By Lena Marsh · 5 min read", "March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["Lena Marsh @lmarsh", "March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["MARCH 3, 2025", "LENA MARSH"], "LENA MARSH", "2025-03-03"),
        (["By Lena Marsh", "Updated March 4, 2025 / Published March 3, 2025"], "Lena Marsh", "2025-03-03"),
        (["Lena Marsh", "2025年3月3日"], "Lena Marsh", "2025-03-03"),
    ],
)
def test_bylines_and_datelines_of_other_sites(header: list[str], author: str, day: str) -> None:
    """A headline, its dek, a byline and a dateline in the dress of some other site: the names
    alone, the publication date, and the text from its first paragraph (not the dek)."""
    page = "\n\n".join(["Harbour pier to open in spring after delays", _DEK, *header, _TEXT, _TEXT]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert (article.author, str(article.published)[:10]) == (author, day)
    assert article.body[0].startswith("The harbour authority")


def test_weak_byline_words_only_before_names() -> None:
    from tuiarchive.parser import lines as L

    assert L.byline_names("Door Jan de Vries") == "Jan de Vries"
    assert L.byline_names("Door prize winners announced at the harbour fair") is None
    assert L.byline_names("Di Maio: il governo cade") is None


_ZH = "港口管理局星期二表示，新码头将在春季开放。工程已经进行了两年，费用超出了预算，工期也一再推迟。" * 2


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (["2025-03-03 08:42  来源：海港日报  作者：李明"], "李明"),
        (["2025年03月03日 08:42", "记者 李明"], "李明"),
        (["2025-03-03", "文/李明"], "李明"),
        (["입력 2025.03.03 11:04", "홍길동 기자"], "홍길동"),
    ],
)
def test_cjk_bylines(header: list[str], author: str) -> None:
    page = "\n\n".join(["港口新码头推迟到春季开放：商户担心损失", *header, _ZH, _ZH, _ZH]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.author == author
    assert str(article.published)[:10] == "2025-03-03"


def test_the_date_in_the_page_address_when_the_page_prints_none() -> None:
    page = f"Harbour pier to open in spring after delays\n\nBy Lena Marsh\n\n{_TEXT}\n\n{_TEXT}\n"
    saved = parse_bytes(page.encode(), Path("coastalgazette.com_news_2025_3_3_harbour-pier.txt"))
    assert str(saved.published) == "2025-03-03"
    dated = page.replace("By Lena Marsh", "By Lena Marsh\n\nMarch 4, 2025")
    assert str(parse_bytes(dated.encode(), Path("coastalgazette.com_news_2025_3_3_harbour-pier.txt")).published) == (
        "2025-03-04"
    )
    assert parse_bytes(page.encode(), Path("harbour-pier.txt")).published is None


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (["Lena Marsh", "Tom Brandt", "March 3, 2025"], "Lena Marsh, Tom Brandt"),
        (["Text: Lena Marsh", "March 3, 2025"], "Lena Marsh"),
        (["Lena Marsh • Senior Editor • March 3, 2025"], "Lena Marsh"),
        (["By Lena Marsh (Wirenews)", "March 3, 2025"], "Lena Marsh"),
        (["Von Jana Roth und Max Muster", "3. März 2025"], "Jana Roth, Max Muster"),
        (["Opinion by Lena Marsh", "March 3, 2025"], "Lena Marsh"),
    ],
)
def test_more_bylines_of_other_sites(header: list[str], author: str) -> None:
    page = "\n\n".join(["Harbour pier to open in spring after delays", _DEK, *header, _TEXT, _TEXT]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert (article.author, str(article.published)[:10]) == (author, "2025-03-03")
    assert article.body[0].startswith("The harbour authority")


@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        # a name, its read time and the date on one line (Medium and its like)
        (["Lena Marsh · 4 min read · Mar 12, 2025"], "Lena Marsh", "2025-03-12"),
        # a date with dashes after the byline
        (["Written by Lena Marsh on 12-03-2025"], "Lena Marsh", "2025-03-12"),
    ],
)
def test_a_byline_and_a_date_on_one_line(header: list[str], author: str, published: str) -> None:
    page = "\n\n".join(["Harbour pier to open in spring after delays", *header, _TEXT, _TEXT]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert (article.author, str(article.published)[:10]) == (author, published)


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (["12 March 2025 | Lena Marsh"], "Lena Marsh"),  # the date first, under the headline
        (["By Lena Marsh for The Harbour Gazette", "12 March 2025"], "Lena Marsh"),  # the outlet she wrote for
    ],
)
def test_more_forms_of_the_byline(header: list[str], author: str) -> None:
    page = "\n\n".join(["Harbour pier to open in spring after delays", *header, _TEXT, _TEXT]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert (article.author, str(article.published)[:10]) == (author, "2025-03-12")


@pytest.mark.parametrize("above", ["By Lena Marsh March 3, 2025", "Lena Marsh — March 3, 2025"])
def test_a_byline_with_its_date_over_the_headline_gives_the_date(above: str) -> None:
    # the headline printed twice, the byline and date between: the second copy is the headline
    page = (
        f"Harbour pier to open in spring after delays\n{above}\nHarbour pier to open in spring after delays\n\n"
        f"{_TEXT}\n\n{_TEXT}\n"
    )
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert str(article.published)[:10] == "2025-03-03"
    assert article.author == "Lena Marsh"


@pytest.mark.parametrize(
    ("glued", "names"),
    [
        ("Mara LindqvistSenior Columnist", "Mara Lindqvist"),  # the role printed against the name
        ("Olof Berg De VriesView All Articles", "Olof Berg De Vries"),  # a link to the author's page
        ("Anna LaRue", "Anna LaRue"),  # a capital inside a name is no glue
        ("Tom McAdams", "Tom McAdams"),
    ],
)
def test_a_role_or_a_link_glued_to_the_name_is_cut_off(glued: str, names: str) -> None:
    from tuiarchive.parser.names import clean_author

    assert clean_author(glued) == names


def test_a_headline_and_a_paragraph_about_javascript_are_not_the_notice_that_a_page_needs_it() -> None:
    """Only the notice is furniture ("Please enable JavaScript ...", "JavaScript is required ..."),
    not every line that names the language."""
    first = "Most teams test their JavaScript code only by hand, one browser at a time, before each release."
    page = (
        "Please enable JavaScript to see the comments.\n\n"
        "Testing your frontend JavaScript with less pain\n\nBy Lena Marsh\n\n12.03.2025\n\n"
        f"{first}\n\n{_TEXT}\n\n{_TEXT}\n\nJavaScript is required to load the comments.\n"
    )
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.title == "Testing your frontend JavaScript with less pain"
    assert article.body[0] == first
    assert not any("required" in p for p in article.body)


@pytest.mark.parametrize(
    "headline", ["STORMS ON THE COAST", "FLOODS ON THE RIVER ROAD", "Ferry Fares Rise Next Winter"]
)
@pytest.mark.parametrize(
    ("byline", "author"), [("By JANE ROE", "JANE ROE"), ("MARY-ANN DE LA CRUZ", "MARY-ANN DE LA CRUZ")]
)
def test_a_headline_in_capitals_is_not_a_name(headline: str, byline: str, author: str) -> None:
    """A name has 2-4 name-shaped words and no stop word between the first and the last."""
    page = f"Harbour News\n\nHome\n\n{headline}\n\n{byline}\n\n12.03.2025\n\n{_TEXT}\n\n{_TEXT}\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert article.title == headline
    assert article.author == author


_JA_TEXT = (
    "市は月曜日、港の新しい桟橋が来年の春に開業すると発表した。工事は二年前に始まったが、"
    "費用が当初の見込みを大きく上回り、完成が何度も遅れていた。"
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("山川一郎記者", "山川一郎"),  # the name, then the job
        ("執筆者：山川一郎", "山川一郎"),
        ("记者 王小明", "王小明"),
        ("政治部記者", None),  # a desk's reporter, no name
        ("東京支局記者", None),
    ],
)
def test_japanese_and_chinese_bylines_on_a_japanese_page(byline: str, author: str | None) -> None:
    """Made-up Japanese page: a byline as CJK pages print it, under the headline."""
    page = f"港の新桟橋、来春に開業へ　費用は大幅増\n\n{byline}\n\n2026年3月3日\n\n{_JA_TEXT}\n\n{_JA_TEXT}\n"
    assert parse_bytes(page.encode(), Path("page.txt")).author == author


@pytest.mark.parametrize(
    ("line", "minutes"),
    [("Lesezeit: 7 Minuten", 7), ("4 Min. Lesezeit", 4), ("7 min de lectura", 7), ("Temps de lecture : 3 min", 3)],
)
def test_read_times_in_other_languages(line: str, minutes: int) -> None:
    """A read time in the words of other languages is the header's read time, not its headline."""
    page = "\n\n".join(["Harbour pier to open in spring after delays", "12.03.2025", line, _TEXT, _TEXT]) + "\n"
    article = parse_bytes(page.encode(), Path("page.txt"))
    assert (article.title, article.read_minutes) == ("Harbour pier to open in spring after delays", minutes)


@pytest.mark.parametrize(
    "line", ["14 de enero de 2024", "Veröffentlicht am 14.01.2024", "Publié le 14/01/2024", "Lesezeit: 7 Minuten"]
)
def test_a_dateline_or_read_time_in_words_is_no_headline_candidate(line: str) -> None:
    """The header's date or read time in words, capitalised like a headline, is none (the
    headline scorer took "14 de enero de 2024" for one on a made-up page)."""
    from tuiarchive.parser.page import headline_candidate

    assert not headline_candidate(line)
    assert headline_candidate("Harbour pier to open in spring after delays")
