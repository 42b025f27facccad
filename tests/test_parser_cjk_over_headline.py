"""Chinese and Japanese rows over the headline that are never it (issue 14, session 42; H13: Japanese headlines one in
two wrong): a breaking-news row with the site's latest story, a picture's caption with its photographer's credit,
the section's path. The page's own headline under such a row was read as its dek. Made-up pages and wording,
written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import (
    JA_FERRY_HEADLINE,
    JA_FERRY_TEXT,
    ZH_FERRY_HEADLINE,
    ZH_FERRY_TEXT,
    ZHT_FERRY_HEADLINE,
    ZHT_FERRY_TEXT,
)

from tuiarchive.parser.cjk_over_headline import is_cjk_breaking_row, is_cjk_caption, is_cjk_path
from tuiarchive.parser.extract import extract


@pytest.mark.parametrize(
    "line",
    [
        "速報　9:05　県道で落石、一時通行止めに",
        "【速報】北部の山林で火事、けが人なし",
        "快讯 07:40 城南高架桥今晚封闭施工",
        "〔即時〕颱風外圍環流影響　東部有雨",
        "ニュース速報 １８：２０ 県内の鉄道が運転再開",
    ],
)
def test_a_breaking_news_row_is_told(line: str) -> None:
    assert is_cjk_breaking_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "渡し船の待合所＝3月2日、森野 葵撮影",
        "新しい待合所の模型（撮影・森野葵）",
        "候船亭的施工现场。记者 周明远 摄",
        "▲老船工在渡口撑船　林雨晴/摄",
        "候船亭舊照。（記者林雨晴攝）",
        "圖：鎮公所提供",
        "图为翻修前的候船亭。",
    ],
)
def test_a_picture_caption_with_its_credit_is_told(line: str) -> None:
    assert is_cjk_caption(line)


@pytest.mark.parametrize("line", ["首页 > 本地 > 交通", "ホーム ＞ 地域 ＞ 暮らし", "当前位置：首页 > 新闻中心"])
def test_a_section_path_is_told(line: str) -> None:
    assert is_cjk_path(line)


@pytest.mark.parametrize(
    "line",
    [
        JA_FERRY_HEADLINE,
        ZH_FERRY_HEADLINE,
        "人気ドラマ、港町で撮影",  # a headline ending on the word for filming: no photographer's credit
        "最新の研究で分かった渡り鳥の道",  # "latest" opening a headline: no ticker's word with its mark
        "東京→大阪の夜行バス、来春から増便へ　観光客の増加受け",  # an arrow inside a headline: no path
    ],
)
def test_a_headline_is_no_such_row(line: str) -> None:
    assert not (is_cjk_caption(line) or is_cjk_path(line) or is_cjk_breaking_row(line))


_JA_UNDER = ["2031年3月2日 10:15", "森野 葵記者"]
_ZH_UNDER = ["2031-03-02 10:15", "记者 周明远"]
_MENU = ["川べり新報", "トップ　地域　暮らし　天気"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("over", "headline", "under", "text"),
    [
        (["速報　9:05　県道で落石、一時通行止めに"], JA_FERRY_HEADLINE, _JA_UNDER, JA_FERRY_TEXT),
        (["【速報】北部の山林で火事、けが人なし"], JA_FERRY_HEADLINE, ["2031年3月2日", "記者　森野 葵"], JA_FERRY_TEXT),
        (["渡し船の待合所＝3月2日、森野 葵撮影"], JA_FERRY_HEADLINE, _JA_UNDER, JA_FERRY_TEXT),
        (["【突发】城南高架桥今晚封闭施工"], ZH_FERRY_HEADLINE, _ZH_UNDER, ZH_FERRY_TEXT),
        (["候船亭的施工现场。记者 周明远 摄"], ZH_FERRY_HEADLINE, _ZH_UNDER, ZH_FERRY_TEXT),
        (["当前位置：首页 > 新闻中心"], ZH_FERRY_HEADLINE, _ZH_UNDER, ZH_FERRY_TEXT),
        (["即時　11:32　颱風外圍環流影響　東部有雨"], ZHT_FERRY_HEADLINE, ["2031/03/02 10:15", "記者 林雨晴"],
         ZHT_FERRY_TEXT),
    ],
)  # fmt: skip
def test_a_cjk_page_with_such_a_row_over_its_headline_keeps_its_headline(
    over: list[str], headline: str, under: list[str], text: list[str], model: str | None
) -> None:
    page = [*_MENU, *over, "", headline, *under, "", *text]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_opening_on_the_breaking_word_with_its_date_under_it_stays_the_headline(model: str | None) -> None:
    headline = "【速報】渡し船の待合所、40年ぶりに改築へ"
    page = [*_MENU, "", headline, *_JA_UNDER, "", *JA_FERRY_TEXT]
    assert extract(page, title_model=model).title == headline
