"""Chinese and Japanese writers under the words H13's bylines had and the first CJK rules lacked (issue 14, session
42): a writer in lenticular brackets under the text ("【撰稿：林雨晴】", "【文・森野 葵】"), a special
correspondent's word ("特派員", "特派记者") before the name with a space and no mark, a contributor's ("撰稿人").
Made-up names and pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser.extract import extract

_JA_TOP = ["川べり新報", "トップ　地域　暮らし　天気", "", JA_FERRY_HEADLINE, "2031年3月2日 10:15", ""]
_ZH_TOP = ["河畔晚报", "首页 要闻 民生 教育 文旅", "", ZH_FERRY_HEADLINE, "2031-03-02 10:15", ""]
_FOOT = ["", "利用規約　プライバシーポリシー"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("top", "text", "signed", "author"),
    [
        (_ZH_TOP, ZH_FERRY_TEXT, "【撰稿：林雨晴】", "林雨晴"),
        (_ZH_TOP, ZH_FERRY_TEXT, "【记者 周明远】", "周明远"),
        (_ZH_TOP, ZH_FERRY_TEXT, "（特派记者 周明远）", "周明远"),
        (_ZH_TOP, ZH_FERRY_TEXT, "（撰稿人：林雨晴）", "林雨晴"),
        (_ZH_TOP, ZH_FERRY_TEXT, "（記者林雨晴／台南報導）", "林雨晴"),
        (_JA_TOP, JA_FERRY_TEXT, "【文・森野 葵】", "森野 葵"),
        (_JA_TOP, JA_FERRY_TEXT, "（特派員　森野　葵）", "森野　葵"),
        (_JA_TOP, JA_FERRY_TEXT, "（特派員 久保菜月）", "久保菜月"),
    ],
)
def test_a_cjk_writer_in_brackets_under_the_text_is_the_author_and_no_paragraph_of_it(
    top: list[str], text: list[str], signed: str, author: str, model: str | None
) -> None:
    found = extract([*top, *text, signed, *_FOOT], title_model=model)
    assert (found.author, found.body[-1]) == (author, text[-1])


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(("byline", "author"), [("特派记者　周明远", "周明远"), ("本报特派记者 林雨晴", "林雨晴")])
def test_a_special_correspondent_under_the_headline_is_the_author(byline: str, author: str, model: str | None) -> None:
    page = [*_ZH_TOP[:-1], byline, "", *ZH_FERRY_TEXT]
    assert extract(page, title_model=model).author == author


@pytest.mark.parametrize("line", ["【独自】", "【速報】北部の山林で火事", "（完）"])
def test_a_bracketed_label_under_the_text_names_nobody(line: str) -> None:
    found = extract([*_ZH_TOP, *ZH_FERRY_TEXT, line, *_FOOT])
    assert found.author is None
