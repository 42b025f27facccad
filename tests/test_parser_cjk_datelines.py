"""A Chinese or Japanese dateline with its own words: a label before the date ("配信：", "掲載日", "發佈時間") and
the weekday beside it ("（水）", "星期三"), and a site's menu over the headline, which is no headline
(issue 14: CJK dates). Made-up pages, written for these tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from madeup_cjk import JA_FERRY_HEADLINE as JA_HEADLINE
from madeup_cjk import JA_FERRY_TEXT as JA_TEXT
from madeup_cjk import ZH_FERRY_HEADLINE as ZH_HEADLINE
from madeup_cjk import ZH_FERRY_TEXT as ZH_TEXT

from tuiarchive.parser import parse_bytes
from tuiarchive.parser.dates import parse_date_line
from tuiarchive.parser.extract import extract
from tuiarchive.parser.page import headline_candidate


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("配信：2031年4月9日（水）", date(2031, 4, 9)),
        ("掲載日 2031年4月9日（水）", date(2031, 4, 9)),
        ("最終更新日時：2031/04/09 08:15（水・祝）", datetime(2031, 4, 9, 8, 15)),
        ("發佈時間：2031年4月9日（週三）", date(2031, 4, 9)),
        ("2031年4月9日 星期三", date(2031, 4, 9)),
        ("发布于 2031-04-09 08:15 周三", datetime(2031, 4, 9, 8, 15)),
        ("【2031年4月9日】", date(2031, 4, 9)),  # in brackets
        ("公開日時：2031年4月9日 08:15 最終更新：2031年4月10日", datetime(2031, 4, 9, 8, 15)),  # and its update
    ],
)
def test_a_cjk_dateline_with_its_label_and_weekday_is_read(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "組合は2031年4月9日（水）に総会を開くと発表した",  # a sentence that mentions a date
        "渡船在2031年4月9日星期三恢复早班航次",
    ],
)
def test_a_cjk_sentence_with_a_date_is_no_dateline(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "menu", ["ホーム ニュース 地域 経済 スポーツ", "首页 新闻 本地 财经 体育", "首頁 即時 社會 地方"]
)
def test_a_row_of_short_cjk_words_is_a_menu_not_a_headline(menu: str) -> None:
    assert not headline_candidate(menu)


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "headline", "published"),
    [
        (
            ["川べり新報", "ホーム ニュース 地域 経済 スポーツ 文化", "", JA_HEADLINE, "掲載日 2031年4月9日（水）",
             "シェア", "印刷する", "", *JA_TEXT],
            JA_HEADLINE,
            date(2031, 4, 9),
        ),
        (
            ["河畔晚报", "首页 新闻 本地 财经 体育 文化", "", ZH_HEADLINE, "发布于 2031年4月9日 星期三",
             "分享到：", "微信", "", *ZH_TEXT],
            ZH_HEADLINE,
            date(2031, 4, 9),
        ),
    ],
)  # fmt: skip
def test_a_cjk_page_dated_with_a_label_and_a_weekday_under_a_menu(
    page: list[str], headline: str, published: date, model: str | None
) -> None:
    found = extract(page, title_model=model)
    assert (found.title, found.published) == (headline, published)


def _dated_list(items: list[str]) -> list[str]:
    """A site's list of other stories under the text, each with its date under it."""
    return [line for k, item in enumerate(items, 1) for line in (item, f"2031/03/{k:02d}")]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "text"),
    [
        (
            ["川べり新報", "ホーム ニュース 地域 経済 スポーツ 文化", "", JA_HEADLINE, "2031年4月9日（水）",
             "記者 森野 葵", "シェア この記事をシェアする ツイート LINEで送る", "", *JA_TEXT, "",
             "注目の記事", *_dated_list(["駅前の古い映画館が閉館へ", "夏祭りの準備、商店街で始まる",
                                       "新しい遊覧船が港に到着"])],
            JA_TEXT,
        ),
        (
            ["河畔晚报", "首页 新闻 本地 财经 体育 文化", "", ZH_HEADLINE, "2031年4月9日 08:15", "记者 周明远",
             "分享 收藏 打印 转发", "", *ZH_TEXT, "", "更多新闻", *_dated_list(["老电影院本月底停业",
                                                                       "商业街开始筹备夏日庙会", "新游船抵达港口"])],
            ZH_TEXT,
        ),
    ],
)  # fmt: skip
def test_a_cjk_text_starts_under_its_header_though_a_dated_list_follows_it(
    page: list[str], text: list[str], model: str | None
) -> None:
    """The header under the headline ends at the text's first paragraph (CJK running text told by its characters),
    not at the last date of the site's list under the text."""
    found = extract(page, title_model=model)
    assert (found.body[0], found.body[-1]) == (text[0], text[-1])


@pytest.mark.parametrize(
    "bar", ["シェア この記事をシェアする ツイート LINEで送る", "印刷する ブックマーク シェア", "分享 收藏 打印 转发"]
)
def test_a_cjk_share_bar_is_no_headline_of_a_list(bar: str) -> None:
    from tuiarchive.parser import lines as L

    assert not L.looks_like_headline(bar, min_words=3, listed=True)


UPDATE_TEXT = [
    "町は12日、川の渡し場に新しい船着き場を造る工事が秋までに終わる見通しだと発表した。利用者の増加を受け、地元の商店は"
    "期待を寄せている。",
    "工事は昨年の冬に始まり、当初は夏に終わる予定だったが、梅雨の大雨で作業が遅れた。",
    "町の担当者は「利用者の安全を第一に、残りの作業を進めたい」と話している。",
]


@pytest.mark.parametrize(
    ("update", "publication"),
    [
        ("更新日：2031年6月14日\u3000午後6時20分", "公開日：2031年6月12日"),
        ("更新：2031年6月14日 18:20", "公開：2031年6月12日 09:05"),
        ("最終更新 2031/06/14 18:20", "配信 2031/06/12 09:05"),
        ("更新时间：2031-06-14 18:20", "发布时间：2031-06-12 09:05"),
    ],
)
def test_a_cjk_update_stamp_over_the_publication_is_no_publication(update: str, publication: str) -> None:
    """(review W59) "更新日：" and its like mark a later stamp, as "Updated" does: the publication's line under it
    gives the date."""
    page = [
        "川べり日報", "ホーム", "ニュース", "地域", "渡し場の新しい船着き場、秋までに完成へ", update, publication,
        "この記事は約2分で読めます", *UPDATE_TEXT, "人気記事", "駅前の再開発、住民説明会を来月開催",
        "町立図書館、土曜の開館時間を延長", "花火大会の日程が決まる", "会社概要", "お問い合わせ",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    published = found.published.date() if isinstance(found.published, datetime) else found.published
    assert published == date(2031, 6, 12)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("更新日：2031年6月14日", True),
        ("更新于 2031-06-14 18:20", True),
        ("最後更新：2031/06/14", True),
        ("公開日：2031年6月12日", False),
        ("更新：2031年6月14日 公開：2031年6月12日", False),  # the publication after the update, read
    ],
)
def test_a_cjk_update_label_marks_an_update(line: str, expected: bool) -> None:
    found = parse_date_line(line)
    assert found is not None and found.updated is expected


def test_a_cjk_update_stamp_alone_dates_the_page_not_the_lists_dates_under_it() -> None:
    page = [
        "川べり日報", "ホーム", "ニュース", "渡し場の新しい船着き場、秋までに完成へ", "更新：2031年6月14日 18:20",
        *UPDATE_TEXT, "人気記事", "駅前の再開発、住民説明会を来月開催", "2031/05/02",
        "町立図書館、土曜の開館時間を延長", "2031/05/01", "会社概要",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    published = found.published.date() if isinstance(found.published, datetime) else found.published
    assert published == date(2031, 6, 14)


def test_a_cjk_standfirst_over_the_writer_and_the_date_is_no_text() -> None:
    """(review W64) one sentence under the headline, the writer's name and the date under it: a standfirst; the text
    starts under the date, and the name over it is the writer."""
    page = [
        "港町日報", "ホーム · ニュース · 地域 · 経済 · スポーツ", "ホーム > 地域",
        "渡し場の新しい船着き場、秋までに完成へ", "利用者の増加を受け、地元の商店は期待を寄せている。", "森野\u3000葵",
        "2031年6月12日（木） 9時05分", "印刷", "リンクをコピー", *UPDATE_TEXT,
        "船着き場の近くでは、新しい売店の準備も進んでいる。",
        "人気記事", "駅前の再開発、住民説明会を来月開催", "町立図書館、土曜の開館時間を延長", "会社概要",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert (found.author, found.body[0]) == ("森野\u3000葵", UPDATE_TEXT[0])
