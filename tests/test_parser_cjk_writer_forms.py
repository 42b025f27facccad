"""Chinese and Japanese writers in forms the CJK rules lacked (issue 14, session 42; H13 author ja and zh 50%): the
name, a colon and the writer's trade ("森野 葵 : ジャーナリスト"), the name glued to the date after it
("森野葵2031年3月2日 10時15分"), the name and the outlet in square brackets ("[森野葵，川べり新報]"), the reporter in
brackets opening the lead ("〔記者林雨晴／台南報導〕", "（通訊社記者林雨晴台南2日電）"). Made-up names and pages,
written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZHT_FERRY_HEADLINE, ZHT_FERRY_TEXT

from tuiarchive.parser.extract import extract

_JA_DEK = "夏から新しい建物で利用者を迎える"


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("header", "author"),
    [
        ([JA_FERRY_HEADLINE, _JA_DEK, "森野 葵 : ジャーナリスト", "2031/03/02 10:15"], "森野 葵"),
        ([JA_FERRY_HEADLINE, "2031/03/02 10:15", "久保真澄：川べり新報 編集委員"], "久保真澄"),
        ([JA_FERRY_HEADLINE, "有料記事", "森野葵2031年3月2日 10時15分"], "森野葵"),
        ([JA_FERRY_HEADLINE, "2031年03月02日 10時15分 公開", "[森野葵，川べり新報]"], "森野葵"),
    ],
)
def test_a_japanese_writer_in_such_a_form_is_the_author_and_the_headline_stays(
    header: list[str], author: str, model: str | None
) -> None:
    found = extract(["川べり新報", "トップ　地域", "", *header, "", *JA_FERRY_TEXT], title_model=model)
    assert (found.title, found.author) == (JA_FERRY_HEADLINE, author)


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("〔記者林雨晴／台南報導〕", "林雨晴"),
        ("（記者林雨晴、陳柏宇／綜合報導）", "林雨晴、陳柏宇"),
        ("（通訊社記者林雨晴台南2日電）", "林雨晴"),
    ],
)
def test_the_reporter_in_brackets_opening_the_lead_is_the_author(lead: str, author: str, model: str | None) -> None:
    text = [lead + ZHT_FERRY_TEXT[0], *ZHT_FERRY_TEXT[1:]]
    found = extract(["山海新聞網", "", ZHT_FERRY_HEADLINE, "2031/03/02 10:15", "", *text], title_model=model)
    assert found.author == author


@pytest.mark.parametrize(
    "line", ["市役所2031年度予算案を発表", "[速報，大雨警報]", "課題：ジャーナリストの役割とは何か考える"]
)
def test_a_line_of_such_a_shape_naming_nobody_gives_no_author(line: str) -> None:
    found = extract(["川べり新報", "", JA_FERRY_HEADLINE, "2031/03/02", line, "", *JA_FERRY_TEXT])
    assert found.author is None
