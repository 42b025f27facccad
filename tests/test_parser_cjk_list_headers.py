"""A CJK site's list headers in the wordings the first rules missed (issue 14, session 41): a ranking's window after
it ("…ランキング（24時間）", "人気記事　週間"), a section's latest or picks ("本类最新", "同じカテゴリーの記事",
"編集部のおすすめ"), what is hot now ("热榜", "即時熱門"); the site's links at the foot ("ご利用にあたって", a news
licence's line); and a dateline in full-width figures with the byline after it. Made-up pages, written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser import parse_bytes
from tuiarchive.parser.cjk_lines import is_cjk_list_header
from tuiarchive.parser.cjk_related import is_cjk_footer_link
from tuiarchive.parser.names import split_name_date


@pytest.mark.parametrize(
    "header",
    ["アクセスランキング（24時間）", "人気記事　週間", "ランキング　総合", "热门排行（24小时）", "本类最新",
     "同じカテゴリーの記事", "編集部のおすすめ", "编辑部推荐", "热榜", "每日排行", "即時熱門", "更多精彩", "往期回顾",
     "相关链接", "＜関連ニュース＞"],
)  # fmt: skip
def test_a_cjk_list_header_in_such_a_wording_is_one(header: str) -> None:
    assert is_cjk_list_header(header)


@pytest.mark.parametrize("line", ["渡口（24小时）", "同じ日の夕方", "热闹的夜市"])
def test_a_line_of_other_words_is_no_list_header(line: str) -> None:
    assert not is_cjk_list_header(line)


@pytest.mark.parametrize("link", ["ご利用にあたって", "利用案内", "互联网新闻信息服务许可证", "河ICP备00000000号"])
def test_such_a_site_link_is_the_page_foot(link: str) -> None:
    assert is_cjk_footer_link(link)


@pytest.mark.parametrize(
    ("line", "name", "year"),
    [
        ("２０３１年１０月２０日　記者 林雨晴 報導", "林雨晴", 2031),
        ("２０２９年１１月２３日　作者：周明远", "周明远", 2029),
        ("２０２７年５月２６日　０９時５７分　【森野 葵】", "森野 葵", 2027),
    ],
)
def test_a_full_width_dateline_with_its_byline_after_it_gives_both(line: str, name: str, year: int) -> None:
    found = split_name_date(line)
    assert found is not None and found[0] == name and found[1].value.year == year


ZH_ITEMS = ["渡口新增夜间班次", "河堤步道下月开放", "老电影院本月底停业", "商业街开始筹备夏日庙会"]
JA_ITEMS = ["港の朝市に新しい露店が並ぶ", "町の図書館、日曜も開館へ", "駅前の古い映画館が閉館", "川沿いの桜並木に照明"]


@pytest.mark.parametrize(
    ("page", "items"),
    [
        (
            ["河畔晚报", "首页 要闻 民生", "", ZH_FERRY_HEADLINE, "2031年4月9日", "记者 周明远", "", *ZH_FERRY_TEXT, "",
             "本类最新", *ZH_ITEMS[:2], "", "热榜", *ZH_ITEMS[2:], "", "网站声明", "互联网新闻信息服务许可证"],
            ZH_ITEMS,
        ),
        (
            ["川べり新報", "トップ 国内 地域", "", JA_FERRY_HEADLINE, "2031年4月9日", "記者 森野 葵", "",
             *JA_FERRY_TEXT, "", "同じカテゴリーの記事", *JA_ITEMS[:2], "", "アクセスランキング（24時間）",
             *JA_ITEMS[2:], "", "ご利用にあたって", "© 2031 川べり新報"],
            JA_ITEMS,
        ),
    ],
)  # fmt: skip
def test_a_cjk_page_lists_the_stories_under_such_headers_and_no_site_link(page: list[str], items: list[str]) -> None:
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert [item.headline for item in found.related] == items
