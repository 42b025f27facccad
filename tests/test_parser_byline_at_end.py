"""A byline printed only under the text, on made-up pages: a closing credit ("Reporting by
..."), a signature ("— Jane Roe"), a note on the author ("Jane Roe is a reporter ...",
"About the author: ..."); and lines of those shapes that name nobody who wrote it."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_HEADLINE = "Harbour pier to open in the spring after two years of delays"
_P1 = (
    "The harbour authority said on Monday that the new pier would open in the spring, after two years "
    "of work that ran over budget and over time, according to a statement on its website."
)
_P2 = (
    "Residents who spoke at a public meeting were divided, some saying the cost was too high and others "
    "that the town could not afford to wait any longer for a pier that works in all weather."
)
_P3 = (
    "The council's finance committee put the cost at about 40 million, a third of it from the region, "
    "and said the last part of the work could begin as soon as the weather allowed."
)
_TOP = ["Marsby Courier", "Home | News | Sport | Business", _HEADLINE, "March 3, 2026"]
_FOOT = ["Share this article", "Copyright 2026 Marsby Courier"]


def _author(closing: str) -> str | None:
    return extract([*_TOP, _P1, _P2, _P3, *closing.split("\n"), *_FOOT], filename="page.txt").author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Reporting by Ada Ferrin in Marsby; editing by Jon Berg", "Ada Ferrin"),
        ("(Reporting by Ada Ferrin and Lena Marsh; Writing by Jon Berg)", "Ada Ferrin, Lena Marsh"),
        ("— Ada Ferrin", "Ada Ferrin"),
        ("Ada Ferrin is a reporter covering the harbour and the town council.", "Ada Ferrin"),
        ("About the author: Ada Ferrin is our harbour correspondent, based in Marsby.", "Ada Ferrin"),
        ("Über den Autor: Ada Ferrin schreibt über den Hafen und die Stadt.", "Ada Ferrin"),
        ("Ada Ferrin has written about the harbour and the town council since 2014.", "Ada Ferrin"),
        ("Ada Ferrin schreibt über den Hafen und die Stadt.", "Ada Ferrin"),
        ("Ada Ferrin covers the harbour and the courts for the paper.", "Ada Ferrin"),
        ("Ada Ferrin and Lena Marsh cover the harbour for our newsroom.", "Ada Ferrin, Lena Marsh"),
        ("Ada Ferrin joined the newsroom in 2019 and writes about the harbour.", "Ada Ferrin"),
        ("(Ada Ferrin)", "Ada Ferrin"),  # a signature in brackets
        ("[Ada Ferrin]", "Ada Ferrin"),
        ("Ada Ferrin (aferrin@courier.example)", "Ada Ferrin"),  # ... with the writer's address
        ("Escrito por Ada Ferrin", "Ada Ferrin"),  # a byline's word after words of its own
    ],
)
def test_the_author_named_only_under_the_text(closing: str, author: str) -> None:
    assert _author(closing) == author


def test_closing_lines_that_name_no_author() -> None:
    """The opposite cases: the text's own sentence about someone, an editor's credit alone, a
    note that names a team, not a person."""
    assert _author("The mayor is a former teacher who has lived in Marsby all her life.") is None
    assert _author("Editing by Jon Berg") is None
    assert _author("About the author: The Newsroom Team writes about the town.") is None
    assert _author("Marsby Council covers the cost of the new pier from its reserves.") is None
    assert _author("Marsby Council covers the cost of the new pier for the residents.") is None
    assert _author("(Harbour Authority)") is None  # brackets round no person's name
    assert _author("(Photo by Ada Ferrin)") is None  # a picture's credit
    assert _author("[Editor's note]") is None


def test_a_note_on_the_writer_past_a_list_the_text_ends_with() -> None:
    points = ["The plan includes:", "- A second landing stage", "- Lights along the sea wall",
              "- A shelter for the ferry queue", "- Bike racks at the harbour gate"]  # fmt: skip
    note = "Ada Ferrin joined the newsroom in 2019 and writes about the harbour."
    page = [*_TOP, _P1, _P2, _P3, *points, note, "More from the Courier", "Ferry fares to rise in May", *_FOOT]
    assert extract(page, filename="page.txt").author == "Ada Ferrin"
    page = [*_TOP, _P1, _P2, _P3, *points, "Ada Ferrin", "More from the Courier", *_FOOT]
    assert extract(page, filename="page.txt").author is None  # a name alone that far down: no signature


_ZH_TEXT = "港口管理局星期二表示，新码头将在春季开放。工程已经进行了两年，费用超出了预算，工期也一再推迟。" * 2


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("林雨晴，本报记者，长期关注港口建设。", "林雨晴"),
        ("作者简介：林雨晴是本报港口记者。", "林雨晴"),
        ("港口管理局表示，新码头将在春季开放。", None),
        ("（记者 林雨晴）", "林雨晴"),  # a byline in brackets: the reporter's label, then the name
        ("（文／林雨晴）", "林雨晴"),
        ("（林雨晴 报道）", "林雨晴"),  # ... the name, then "reported"
        ("（林雨晴＝港湾日報）", "林雨晴"),  # ... the name, then its paper
        ("（待续）", None),  # "to be continued": no name without a label
        ("责任编辑：林雨晴", None),  # the editor in charge, not the writer
    ],
)
def test_the_author_of_a_chinese_page_named_only_under_the_text(closing: str, author: str | None) -> None:
    """A note on the writer under a Chinese text (made up): the name after a label, or a name
    whose job the line gives right after it (a reporter's); a sentence of the text names nobody."""
    page = ["新码头将在春季开放", "2026年3月3日", _ZH_TEXT, _ZH_TEXT, _ZH_TEXT, closing, *_FOOT]
    assert extract(page, filename="page.txt").author == author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("- Ada Ferrin", None),  # a single hyphen: a list's bullet as often (a real page's changelog, s36)
        ("Ada Ferrin / Nordwire", "Ada Ferrin"),  # (s37) the writer, then the agency after a slash
        ("Ada Ferrin | Marsby Courier", "Ada Ferrin"),
        ("Share / Print", None),  # no person
    ],
)
def test_a_lone_signature_in_its_dress_under_the_text(closing: str, author: str | None) -> None:
    assert _author(closing) == author


_JA_TEXT = "港湾局は火曜日、新しい桟橋が春に開業すると発表した。工事は2年続き、費用は予算を大きく上回った。" * 2


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("（浜田涼子）", "浜田涼子"),  # (s37) a Japanese or Chinese name alone under the text, bare or dressed
        ("【浜田涼子】", "浜田涼子"),
        ("浜田涼子", None),  # bare, no Chinese family name's shape: furniture as often (review W19)
        ("浜田涼子／港湾通信", "浜田涼子"),
        ("—浜田涼子", "浜田涼子"),
        ("（浜田涼子）\n（森川葵）", None),  # a list of names dressed alike, no signature
    ],
)
def test_a_cjk_name_alone_under_the_text(closing: str, author: str | None) -> None:
    page = ["新桟橋、春に開業へ", "2026年3月3日", _JA_TEXT, _JA_TEXT, _JA_TEXT, *closing.split("\n"), *_FOOT]
    assert extract(page, filename="page.txt").author == author


_ZH_TEXT_2 = "老码头的茶馆上周重新开门。店主说，附近的居民每天早上都来喝茶，周末还有不少游客。" * 2


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("周晓岚", "周晓岚"),  # (s37) a bare Chinese name: two or three characters on a family name
        ("展开全文", None),  # (review W19) furniture, a button, a form's field: no name's shape
        ("立即订阅", None),
        ("电子邮箱", None),
    ],
)
def test_a_bare_line_under_a_chinese_text(closing: str, author: str | None) -> None:
    page = ["老码头茶馆重新开门", "2026年3月3日", _ZH_TEXT_2, _ZH_TEXT_2, closing, *_FOOT]
    assert extract(page, filename="page.txt").author == author


@pytest.mark.parametrize("note", ["（敬称略）", "本报讯", "（转载请注明出处）"])
def test_a_cjk_closing_note_under_the_text_is_no_name(note: str) -> None:
    page = ["新桟橋、春に開業へ", "2026年3月3日", _JA_TEXT, _JA_TEXT, _JA_TEXT, note, *_FOOT]
    assert extract(page, filename="page.txt").author is None


@pytest.mark.parametrize("header", ["【関連記事】", "関連記事", "（関連記事）"])
def test_a_cjk_lists_header_under_the_text_is_no_name(header: str) -> None:
    items = ["港の灯台、改修工事が完了へ", "漁港の朝市、土曜も開催に"]
    page = ["新桟橋、春に開業へ", "2026年3月3日", _JA_TEXT, _JA_TEXT, _JA_TEXT, header, *items, *_FOOT]
    assert extract(page, filename="page.txt").author is None


def test_a_cjk_signature_over_the_pages_list_and_its_own_header() -> None:
    # (s37) the name in brackets, then the site's list under its own short header: a signature
    items = ["港の灯台、改修工事が完了へ", "漁港の朝市、土曜も開催に"]
    page = ["新桟橋、春に開業へ", "2026年3月3日", _JA_TEXT, _JA_TEXT, _JA_TEXT, "（浜田涼子）", "港のニュース", *items]
    assert extract([*page, *_FOOT], filename="page.txt").author == "浜田涼子"


@pytest.mark.parametrize("closing", ["记者 周晓岚", "记者 欧阳 晓", "（记者 周晓岚）"])
def test_a_short_chinese_texts_byline_under_it_leaves_the_text_whole(closing: str) -> None:
    # (s37, review W23) the byline under a short text lies within the header's reach: it is the writer, but the
    # text starts over it, not under it
    page = ["首页", "老码头茶馆重新开门", "2026年3月3日", _ZH_TEXT_2, _ZH_TEXT_2, _ZH_TEXT_2, closing, "相关阅读"]
    found = extract([*page, "老街石板路完成翻修", "社区图书室延长开放时间"], filename="page.txt")
    assert found.author == closing.strip("（）").split(" ", 1)[1] and len(found.body) == 3


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("JANE ROE", "JANE ROE"),  # a name in capitals alone under the text: the writer, as printed
        ("EDDA VON HOLT-RASMUSSEN", "EDDA VON HOLT-RASMUSSEN"),
        ("ÁLVARO PEÑALOSA", "ÁLVARO PEÑALOSA"),
        ("MORE FROM MARSBY", None),  # a list's header in capitals (a stop word in it)
        ("TOP STORIES", None),
        ("HARBOUR AUTHORITY", None),  # the text names its words
        ("JANE ROE 2026", None),  # a figure: no name's
    ],
)
def test_a_name_in_capitals_alone_under_the_text(closing: str, author: str | None) -> None:
    assert _author(closing) == author
