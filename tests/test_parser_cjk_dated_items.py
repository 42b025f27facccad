"""A CJK site's list items with the ranking's words around their rank ("TOP2 ", "第3位 ", "4名 ") or a date or a
time before them ("13:39 ", "[02-05] ") or after them ("… 2031-06-06 22:44"): the list's, not the headline's, and
such items are a list of other stories, not the text (issue 14, session 41). Made-up pages, written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser import parse_bytes
from tuiarchive.parser.cjk_related import cjk_item_headline
from tuiarchive.parser.related_shapes import cjk_item


@pytest.mark.parametrize(
    ("item", "headline"),
    [
        ("TOP2 河堤步道下月开放", "河堤步道下月开放"),
        ("第3位 町の図書館、日曜も開館へ", "町の図書館、日曜も開館へ"),
        ("4名 舊城區老書店重新開張", "舊城區老書店重新開張"),
        ("13:39　渡口新增夜间班次", "渡口新增夜间班次"),
        ("[02-05] 河堤步道下月开放", "河堤步道下月开放"),
        ("港の朝市に新しい露店が並ぶ　2031-06-06 22:44", "港の朝市に新しい露店が並ぶ"),
        ("10 年ぶりの大雪", "10 年ぶりの大雪"),  # a figure of the headline's own, too short a rest to be one
    ],
)
def test_a_cjk_item_out_of_its_ranking_words_and_its_leading_date(item: str, headline: str) -> None:
    assert cjk_item_headline(item) == headline


@pytest.mark.parametrize(
    "item", ["13:39　渡口新增夜间班次", "港の朝市に新しい露店が並ぶ　2031-06-06 22:44", "第3位 町の図書館、日曜も開館"]
)
def test_a_dated_or_ranked_cjk_item_is_a_listed_headline(item: str) -> None:
    assert cjk_item(item)


ZH_ITEMS = ["渡口新增夜间班次", "河堤步道下月开放", "老电影院本月底停业", "商业街开始筹备夏日庙会"]
JA_ITEMS = ["港の朝市に新しい露店が並ぶ", "町の図書館、日曜も開館へ", "駅前の古い映画館が閉館", "川沿いの桜並木に照明"]


@pytest.mark.parametrize(
    ("page", "text", "items"),
    [
        (
            ["河畔晚报", "首页 新闻 本地 财经 体育", "", ZH_FERRY_HEADLINE, "2031年4月9日 08:15", "记者 周明远", "",
             *ZH_FERRY_TEXT, "", "相关报道", f"[04-02] {ZH_ITEMS[0]}", f"21:05　{ZH_ITEMS[1]}", "",
             "热门排行", f"TOP1 {ZH_ITEMS[2]}", f"TOP2 {ZH_ITEMS[3]}", "", "关于我们", "© 2031 河畔晚报"],
            ZH_FERRY_TEXT,
            ZH_ITEMS,
        ),
        (
            ["川べり新報", "ホーム ニュース 地域 経済", "", JA_FERRY_HEADLINE, "2031年4月9日", "記者 森野 葵", "",
             *JA_FERRY_TEXT, "", "関連記事", f"{JA_ITEMS[0]}　2031-04-02 10:15", f"{JA_ITEMS[1]}　2031-04-01 18:40",
             "", "アクセスランキング", f"第1位 {JA_ITEMS[2]}", f"第2位 {JA_ITEMS[3]}", "", "会社概要",
             "© 2031 川べり新報"],
            JA_FERRY_TEXT,
            JA_ITEMS,
        ),
    ],
)  # fmt: skip
def test_a_cjk_page_lists_its_dated_and_ranked_items_as_stories(
    page: list[str], text: list[str], items: list[str]
) -> None:
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert found.body[-1] == text[-1]
    assert [item.headline for item in found.related] == items
