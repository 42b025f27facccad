"""A CJK page's lists of other stories: an item's rank before it and its date after it are not its headline, and
the site's own links at the page's foot are no stories (issue 14). Made-up pages, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup_cjk import ZH_FERRY_TEXT as ZH_TEXT

from tuiarchive.parser import parse_bytes
from tuiarchive.parser.cjk_related import cjk_item_headline
from tuiarchive.parser.lines import is_footer_marker


@pytest.mark.parametrize(
    ("item", "headline"),
    [
        ("1 渡口新增夜间班次", "渡口新增夜间班次"),
        ("03. 河堤步道下月开放", "河堤步道下月开放"),
        ("町の図書館、日曜も開館へ　04-12", "町の図書館、日曜も開館へ"),
        ("舊城區老書店重新開張 2031/03/05", "舊城區老書店重新開張"),
        ("港の朝市に新しい露店が並ぶ（3時間前）", "港の朝市に新しい露店が並ぶ"),
        ("2031年の目標を発表", "2031年の目標を発表"),  # a year in the headline is its own
    ],
)
def test_a_cjk_item_out_of_its_rank_and_date(item: str, headline: str) -> None:
    assert cjk_item_headline(item) == headline


@pytest.mark.parametrize("link", ["個人情報の取り扱い", "広告掲載について", "违法和不良信息举报", "【隱私權政策】"])
def test_a_cjk_site_link_is_the_page_foot(link: str) -> None:
    assert is_footer_marker(link)


@pytest.mark.parametrize("line", ["会社の未来を語る", "隐私保护成为新热点"])
def test_a_headline_with_a_site_link_word_is_no_foot(line: str) -> None:
    assert not is_footer_marker(line)


ZH_ITEMS = ["渡口新增夜间班次", "河堤步道下月开放", "老电影院本月底停业", "商业街开始筹备夏日庙会"]


def test_a_cjk_page_lists_its_stories_without_ranks_dates_or_site_links() -> None:
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "记者 周明远", "",
        *ZH_TEXT, "",
        "相关阅读", f"{ZH_ITEMS[0]}　04-02", f"{ZH_ITEMS[1]}　03-28", "",
        "热门排行", f"1 {ZH_ITEMS[2]}", f"2 {ZH_ITEMS[3]}", "",
        "关于我们", "联系我们", "违法和不良信息举报", "© 2031 河畔晚报",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert [item.headline for item in found.related] == ZH_ITEMS


@pytest.mark.parametrize(
    "note",
    ["下载客户端，阅读更多精彩内容", "登录后才能发表评论", "原标题：渡口候船亭四十年来首次翻修", "关键词：渡口 翻修",
     "声明：本文仅代表作者观点，不代表本站立场。", "ログインしてコメントを書く", "※記事の内容は掲載時点のものです",
     "打開APP，閱讀更多內容"],
)  # fmt: skip
def test_a_cjk_site_note_ends_the_text_and_is_no_story(note: str) -> None:
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "记者 周明远", "",
        *ZH_TEXT, note, "",
        "相关阅读", ZH_ITEMS[0], ZH_ITEMS[1], note, ZH_ITEMS[2], "",
        "关于我们", "© 2031 河畔晚报",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert found.body[-1] == ZH_TEXT[-1]
    assert [item.headline for item in found.related] == ZH_ITEMS[:3]


@pytest.mark.parametrize("header", ["广告", "【贊助】", "スポンサーリンク"])
def test_the_items_under_a_cjk_ad_header_are_no_stories(header: str) -> None:
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "记者 周明远", "",
        *ZH_TEXT, "下载客户端，阅读更多精彩内容", "举报/反馈", "",
        header, "限时特惠　品牌家电低至五折", "零基础学编程，三个月轻松入门", "",
        "【相关阅读】", *[line for item in ZH_ITEMS for line in (item, item[:5] + "……详情……")], "",
        "关于我们", "© 2031 河畔晚报",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert [item.headline for item in found.related] == ZH_ITEMS


def test_a_cjk_signature_over_the_site_notes_is_the_writer() -> None:
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "",
        *ZH_TEXT, "（周明远）", "关键词：渡口 翻修", "【图】新候船楼效果图", "",
        "相关阅读", *ZH_ITEMS, "",
        "关于我们", "© 2031 河畔晚报",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert (found.author, found.body[-1], [item.headline for item in found.related]) == (
        "周明远",
        ZH_TEXT[-1],
        ZH_ITEMS,
    )


def test_a_cjk_sites_copyright_line_is_no_story() -> None:
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "记者 周明远", "",
        *ZH_TEXT, "", "相关阅读", *ZH_ITEMS, "河畔晚报 版权所有",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert [item.headline for item in found.related] == ZH_ITEMS


@pytest.mark.parametrize(
    "wall", ["订阅后阅读全文", "会员专享", "付费阅读", "有料会員限定", "続きは有料会員登録でお読みいただけます"]
)
def test_a_cjk_paywall_ends_the_text_cut_short(wall: str) -> None:
    """(review W67) the text's first part, then the paywall: the body ends over it, and is said cut short."""
    page = [
        "河畔晚报", "首页 新闻 本地 财经 体育", "",
        "渡口候船亭四十年来首次翻修", "2031年4月9日 08:15", "记者 周明远", "",
        *ZH_TEXT[:2], wall, "开通会员", "", "相关阅读", *ZH_ITEMS,
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert (found.body[-1], found.truncated) == (ZH_TEXT[1], True)
