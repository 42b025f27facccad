"""A Chinese or Japanese headline wrapped over two lines (issue 14, session 42; header_probes two-lines ja 0%): the
upper, a headline's start, left open (a comma, a particle, a word's kana: "…待合所、", "…新し"; "…将") or the lower
opening on a particle ("のストの…") is one headline with the lower, joined as written (no space); a kicker's few
characters, a dek under a whole headline, a byline or a date under it are not. Made-up pages, written for these
tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_TEXT, ZH_FERRY_TEXT

from tuiarchive.parser.cjk_over_headline import cjk_headline_rest
from tuiarchive.parser.extract import extract

_JA_TOP = ["川べり新報", "トップ　地域　暮らし"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("upper", "lower", "text"),
    [
        ("渡し船の待合所、", "40年ぶりに改築", JA_FERRY_TEXT),
        ("渡し船の待合所が40年ぶりに新し", "くなる", JA_FERRY_TEXT),
        ("川の両岸を結ぶ渡し船", "の待合所、40年ぶりに改築", JA_FERRY_TEXT),
        ("镇政府决定将", "渡口候船亭翻修为两层新楼", ZH_FERRY_TEXT),
    ],
)
def test_a_cjk_headline_over_two_lines_is_read_whole(
    upper: str, lower: str, text: list[str], model: str | None
) -> None:
    page = [*_JA_TOP, "", upper, lower, "2031年3月2日 10:15", "森野 葵記者", "", *text]
    assert extract(page, title_model=model).title == upper + lower


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("深掘り", "渡し船の待合所、40年ぶりに改築"),  # a kicker over the headline
        ("渡し船の待合所、40年ぶりに改築", "夏から新しい建物で利用者を迎える"),  # a dek under a whole headline
        ("渡し船の待合所、", "乗客の声に応えた。"),  # a sentence under it
    ],
)
def test_a_kicker_a_dek_or_a_sentence_is_no_rest_of_the_headline(upper: str, lower: str) -> None:
    assert not cjk_headline_rest(upper, lower)


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_over_its_dek_stays_alone(model: str | None) -> None:
    headline, dek = "渡し船の待合所、40年ぶりに改築", "夏から新しい建物で利用者を迎える"
    page = [*_JA_TOP, "", headline, dek, "2031年3月2日 10:15", "森野 葵記者", "", *JA_FERRY_TEXT]
    assert extract(page, title_model=model).title == headline
