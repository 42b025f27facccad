"""A Chinese or Japanese writer's name printed alone under the headline, over or under the date, with
no reporter's label (s35, issue 14: "ja/zh authors"). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

ZH_HEADLINE = "新船闸方案月底交付议会表决"
ZH_TEXT = [
    "镇政府周二表示，新的船闸方案将在月底前提交议会表决，此前该项目已经推迟了两年，多次公开会议也未能平息争议。",
    "居民们在多次公开会议上表达了对费用的担忧，一些船主认为闸门造价过高，而商户则希望工程尽快开工。",
    "议会将在下次会议上讨论最终方案，工程预计明年春天开工，届时运河将部分封闭约三个月。",
]
JA_HEADLINE = "新しい水門の計画、月末に議会で採決へ"
JA_TEXT = [
    "町は火曜日、新しい水門の計画を月末までに議会の採決にかけると発表した。計画は二年間遅れており、説明会でも議論が続いていた。",
    "住民説明会では費用への懸念が相次ぎ、船の所有者からは負担が重すぎるとの声も上がった。一方で商店主らは早期の着工を求めている。",
    "議会は次の会合で最終案を審議し、工事は来年春に始まる見通しだ。期間中、運河の一部は約三か月にわたって閉鎖される。",
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "author"),
    [
        (["运河日报", "首页", "新闻", "体育", ZH_HEADLINE, "2026年3月3日 10:15", "林雨晴", *ZH_TEXT], "林雨晴"),
        (["运河日报", "首页", "新闻", ZH_HEADLINE, "林雨晴", "2026年3月3日", *ZH_TEXT], "林雨晴"),
        (["運河新聞", "ニュース", "政治", JA_HEADLINE, "2026年3月3日", "高村結衣", "政治", *JA_TEXT], "高村結衣"),
        (
            ["運河新聞", "ニュース", JA_HEADLINE, "野々村大翔", "経済", "この記事は約4分で読めます", *JA_TEXT],
            "野々村大翔",
        ),
    ],
)
def test_a_cjk_name_alone_under_the_headline_is_the_byline(page: list[str], author: str, model: str | None) -> None:
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (
        page[page.index(ZH_HEADLINE if ZH_HEADLINE in page else JA_HEADLINE)],
        author,
    )


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_section_s_name_by_the_date_that_the_menu_repeats_is_no_byline(model: str | None) -> None:
    page = ["运河日报", "首页", "地方新闻", "国际新闻", ZH_HEADLINE, "地方新闻", "2026年3月3日", *ZH_TEXT]
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_share_bar_s_button_under_the_date_is_no_byline(model: str | None) -> None:
    page = ["运河日报", "首页", "新闻", ZH_HEADLINE, "2026年3月3日 10:15", "复制链接", "微信", "微博", *ZH_TEXT]
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize("button", ["分享到微信", "点此朗读", "收听全文", "转发给好友"])
def test_a_lone_buttons_line_under_the_headline_is_no_byline(button: str, model: str | None) -> None:
    # review W8 (s35): a listen or share button's short line alone under the headline (s36)
    page = ["运河日报", "首页", "新闻", ZH_HEADLINE, button, "2026年3月3日 10:15", *ZH_TEXT]
    assert extract(page, title_model=model).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
def test_five_han_characters_name_a_japanese_writer_not_a_chinese_one(model: str | None) -> None:
    ja = ["運河新聞", "ニュース", JA_HEADLINE, "長谷川健一", "2026年3月3日", *JA_TEXT]
    zh = ["运河日报", "首页", "新闻", ZH_HEADLINE, "城市生活圈", "2026年3月3日 10:15", *ZH_TEXT]
    assert (extract(ja, title_model=model).author, extract(zh, title_model=model).author) == ("長谷川健一", None)
