"""A picture's label between a CJK text's paragraphs ("写真＝…", "圖／…") with a short sentence of the text under it:
the text goes on, however short its paragraphs (issue 14, session 41). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZHT_FERRY_HEADLINE, ZHT_FERRY_TEXT

from tuiarchive.parser.cjk_lines import is_cjk_sentence_line
from tuiarchive.parser.extract import extract

JA_TEXT = [*JA_FERRY_TEXT, "町は完成後、待合所で地元の写真展も開く予定だ。"]
ZHT_TEXT = [*ZHT_FERRY_TEXT, "當地居民表示，新樓完工之後，傍晚也能在候船室坐一坐。"]
JA_LIST = ["", "関連記事", "港の朝市に新しい露店が並ぶ", "町の図書館、日曜も開館へ", "駅前の古い映画館が閉館"]
ZHT_LIST = ["", "相關新聞", "渡口新增夜間班次上路", "河堤步道下月開放通行", "老電影院本月底停業"]


@pytest.mark.parametrize(
    ("page", "text"),
    [
        (
            ["川べり新報", "", JA_FERRY_HEADLINE, "2031年4月9日", "記者 森野 葵", "", JA_TEXT[0], "", JA_TEXT[1], "",
             "写真＝改築を待つ待合所、2031年3月撮影", "", JA_TEXT[2], JA_TEXT[3], *JA_LIST],
            JA_TEXT,
        ),
        (
            ["東岸新聞網", "", ZHT_FERRY_HEADLINE, "2031/4/9 下午5:04", "記者 林雨晴 報導", "", ZHT_TEXT[0], "",
             "圖／東岸新聞網資料照", "", ZHT_TEXT[1], "", "【新樓的設計】", "", ZHT_TEXT[2], "", ZHT_TEXT[3],
             *ZHT_LIST],
            ZHT_TEXT,
        ),
    ],
)  # fmt: skip
def test_a_cjk_text_goes_on_under_a_pictures_label_between_its_paragraphs(page: list[str], text: list[str]) -> None:
    found = extract(page)
    assert found.body[0] == text[0] and found.body[-1] == text[-1]


def test_a_cjk_text_ends_over_a_pictures_label_with_a_list_under_it() -> None:
    page = ["川べり新報", "", JA_FERRY_HEADLINE, "2031年4月9日", "記者 森野 葵", "", *JA_TEXT, "",
            "写真＝改築を待つ待合所（森野 葵撮影）", *JA_LIST]  # fmt: skip
    assert extract(page).body[-1] == JA_TEXT[-1]


@pytest.mark.parametrize(
    ("line", "running"),
    [("町は完成後、待合所で地元の写真展も開く予定だ。", True), ("写真＝改築を待つ待合所、撮影した。", False),
     ("港の朝市に新しい露店が並ぶ", False), ("下载客户端，阅读更多精彩内容。", False)],
)  # fmt: skip
def test_a_cjk_sentence_line_is_running_text(line: str, running: bool) -> None:
    assert is_cjk_sentence_line(line) is running
