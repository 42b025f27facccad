"""Chinese and Japanese bylines in the forms the first CJK rules missed (issue 14, session 41): a bar as the mark
("作者｜", "文丨"), the text and the pictures by one writer ("文/图 …", "…（写真も）"), the paper's or the agency's
name before the reporter's word ("…晚报记者 …"), a name alone in lenticular brackets ("【森野 葵】"). Made-up
names and pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser.bylines import byline_names
from tuiarchive.parser.extract import extract


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("作者｜周明远", "周明远"),
        ("文丨周明远", "周明远"),
        ("撰文｜林雨晴", "林雨晴"),
        ("文/图 周明远", "周明远"),
        ("文／圖 林雨晴", "林雨晴"),
        ("河畔晚报记者 周明远", "周明远"),
        ("江城日報記者 林雨晴", "林雨晴"),
        ("森野葵（写真も）", "森野葵"),
        ("森野 葵（撮影も）", "森野 葵"),
        ("【森野 葵】", "森野 葵"),
    ],
)
def test_a_cjk_byline_in_such_a_form_names_the_writer(line: str, name: str) -> None:
    assert byline_names(line) == name


@pytest.mark.parametrize("line", ["【有料 記事】", "【写真】", "河畔晚报记者节活动在江边举行"])
def test_a_cjk_line_of_such_a_shape_naming_nobody_is_no_byline(line: str) -> None:
    assert not byline_names(line)


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "author"),
    [
        (
            ["河畔晚报", "首页 要闻 民生 教育 文旅", "", ZH_FERRY_HEADLINE, "2031年4月9日 星期三", "作者｜周明远", "",
             *ZH_FERRY_TEXT],
            "周明远",
        ),
        (
            ["河畔晚报", "首页 要闻 民生 教育 文旅", "", ZH_FERRY_HEADLINE, "2031.04.09 08:15", "河畔晚报记者 周明远",
             "", *ZH_FERRY_TEXT],
            "周明远",
        ),
        (
            ["川べり新報", "トップ 国内 地域 暮らし", "", JA_FERRY_HEADLINE, "2031年4月9日", "森野葵（写真も）", "",
             *JA_FERRY_TEXT],
            "森野葵",
        ),
        (
            ["川べり新報", "トップ 国内 地域 暮らし", "", JA_FERRY_HEADLINE, "2031年4月9日　08時15分　【森野 葵】", "",
             *JA_FERRY_TEXT],
            "森野 葵",
        ),
    ],
)  # fmt: skip
def test_a_cjk_page_with_such_a_byline_under_its_headline_has_its_writer(
    page: list[str], author: str, model: str | None
) -> None:
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (page[3], author)
