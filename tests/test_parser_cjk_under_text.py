"""What lies under a Chinese or Japanese text in the words H13's pages had and the CJK rules lacked (issue 14,
session 42; H13 body_end ja 36%, zh 54%): the writer's box ("筆者プロフィール…", a name and an age then a space,
"（作者系…）"), a tip or letters line ("情報提供は…", "如你有…线索", "…拨打…热线", "讀者投書…"), a note ("注：…",
"註：…", "（本文照片由…提供）", "更多…資訊，請…"), an editor's short credit ("责编："); a list's header ("一緒に読まれて
いる記事") and the site's links in a row ("会社案内　利用規約　個人情報保護方針"). The text ends over the notes; no
note, header or row of links is a story of the list. Made-up pages and wording, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT, ZHT_FERRY_TEXT

from tuiarchive.parser.cjk_lines import is_cjk_list_header
from tuiarchive.parser.cjk_related import is_cjk_footer_link
from tuiarchive.parser.evaluate import norm
from tuiarchive.parser.extract import extract

_JA_TOP = ["川べり新報", "トップ　地域　暮らし　天気", "", JA_FERRY_HEADLINE, "2031年3月2日 10:15", "森野 葵記者", ""]
_ZH_TOP = ["河畔晚报", "首页 要闻 民生 教育 文旅", "", ZH_FERRY_HEADLINE, "2031-03-02 10:15", "记者 周明远", ""]
_JA_LIST = [
    "",
    "関連記事",
    "川沿いの桜並木、今年も見頃に",
    "駅前の駐輪場が無料化へ　来月から",
    "市民プールの営業延長決まる",
]
_ZH_LIST = ["", "相关新闻", "滨河公园新增两处健身步道", "老城区雨污分流改造启动", "市图书馆周末延时开放"]

_JA_NOTES = [
    "筆者プロフィール　高野真澄　元高校教諭。地域の歴史を調べている。",
    "高野 真澄（38）　2015年入社。県政と防災を担当。",
    "情報提供は編集局まで　FAX 000-000-0000",
    "ご感想をお待ちしています　mail@example.jp",
    "（この記事は夕刊に掲載したものに加筆しました）",
]
_ZH_NOTES = [
    "（作者系本地文史爱好者）",
    "如你有更多线索，请联系本报。",
    "欢迎拨打读者热线反映情况。",
    "注：文中数据截至上月底。",
    "（本文照片由镇政府提供）",
    "责编：吴晓燕",
]
_ZHT_NOTES = ["讀者投書請寄 letters@example.tw", "註：本文部分內容經受訪者確認。", "更多本地資訊，請關注本報網站。"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("top", "text", "note", "listed"),
    [
        *((_JA_TOP, JA_FERRY_TEXT, note, _JA_LIST) for note in _JA_NOTES),
        *((_ZH_TOP, ZH_FERRY_TEXT, note, _ZH_LIST) for note in _ZH_NOTES),
        *((_ZH_TOP, ZHT_FERRY_TEXT, note, _ZH_LIST) for note in _ZHT_NOTES),
    ],
)
def test_a_cjk_text_ends_over_the_note_under_it_and_no_list_holds_the_note(
    top: list[str], text: list[str], note: str, listed: list[str], model: str | None
) -> None:
    found = extract([*top, *text, "", note, *listed, "", "会社案内　利用規約"], title_model=model)
    assert norm(found.body[-1]) == norm(text[-1])
    assert [norm(item.headline) for item in found.related] == [norm(h) for h in listed[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "会社案内　利用規約　個人情報保護方針",
        "关于我们 | 广告服务 | 隐私政策",
        "廣告刊登　網站地圖",
        "浙ICP备 12345678号",
    ],
)
def test_a_row_of_the_site_s_links_is_its_footer(line: str) -> None:
    assert is_cjk_footer_link(line)


@pytest.mark.parametrize("line", ["会社案内の見直し、来月から", "关于我们的城市 广告牌改造完成", JA_FERRY_HEADLINE])
def test_a_headline_with_such_a_word_is_no_row_of_links(line: str) -> None:
    assert not is_cjk_footer_link(line)


@pytest.mark.parametrize("model", [None, "shipped"])
def test_items_under_a_header_of_what_is_read_with_the_story_are_stories(model: str | None) -> None:
    items = ["川沿いの桜並木、今年も見頃に", "駅前の駐輪場が無料化へ　来月から", "市民プールの営業延長決まる"]
    assert is_cjk_list_header("一緒に読まれている記事")
    found = extract([*_JA_TOP, *JA_FERRY_TEXT, "", "一緒に読まれている記事", *items, "", "利用規約"], title_model=model)
    assert [norm(item.headline) for item in found.related] == [norm(h) for h in items]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("notice", ["Copyright © 2031 川べり新報 All rights reserved.", "© 2031 川べり新報"])
@pytest.mark.parametrize("header", ["関連記事", "次に読みたい記事"])
def test_a_copyright_right_under_a_cjk_text_with_a_list_under_it_leaves_the_list_its_stories(
    notice: str, header: str, model: str | None
) -> None:
    items = ["川沿いの桜並木、今年も見頃に", "駅前の駐輪場が無料化へ　来月から", "市民プールの営業延長決まる"]
    page = [*_JA_TOP, *JA_FERRY_TEXT, "", notice, "", header, *items, "", "会社案内　利用規約"]
    found = extract(page, title_model=model)
    assert norm(found.body[-1]) == norm(JA_FERRY_TEXT[-1])
    assert [norm(item.headline) for item in found.related] == [norm(h) for h in items]
