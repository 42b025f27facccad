"""Chinese and Japanese datelines in the forms the first CJK rules missed (issue 14, session 41): full-width
figures ("２０３１年４月９日"), the ISO order with one-figure months and days ("2031-4-9"), and an afternoon's
word before a 12-hour time ("下午3:20", "午後3:20"). Made-up pages and lines, written for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser.dates import date_start, parse_date_line
from tuiarchive.parser.extract import extract


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("２０３１年４月９日", date(2031, 4, 9)),
        ("２０３１年４月９日　１０：２０", datetime(2031, 4, 9, 10, 20)),
        ("公開日：２０３１／４／９", date(2031, 4, 9)),
        ("2031-4-9 10:20", datetime(2031, 4, 9, 10, 20)),
        ("发布时间：2031-12-1", date(2031, 12, 1)),
        ("2031/4/9 下午3:20", datetime(2031, 4, 9, 15, 20)),
        ("2031年4月9日 週三 下午3:20", datetime(2031, 4, 9, 15, 20)),
        ("2031年4月9日 午後3:20", datetime(2031, 4, 9, 15, 20)),
        ("2031年4月9日 上午11:20", datetime(2031, 4, 9, 11, 20)),  # the morning's hour as it is
        ("2031年4月9日 下午12:05", datetime(2031, 4, 9, 12, 5)),  # noon is no midnight's twelve
    ],
)
def test_a_cjk_dateline_in_full_width_figures_or_on_the_12_hour_clock_is_read(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "line",
    ["町は２０３１年４月９日に説明会を開くと発表した", "渡口将于2031-4-9恢复早班航次并增加晚班"],
)
def test_a_cjk_sentence_with_such_a_date_is_still_no_dateline(line: str) -> None:
    assert parse_date_line(line) is None


def test_where_a_full_width_date_starts_is_its_first_figure() -> None:
    assert date_start("配信　２０３１年４月９日") == 3


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "headline", "published"),
    [
        (
            ["川べり新報", "トップ 国内 地域 暮らし 天気", "", JA_FERRY_HEADLINE, "２０３１年４月９日　１０時２０分",
             "文＝森野葵", "", *JA_FERRY_TEXT],
            JA_FERRY_HEADLINE,
            date(2031, 4, 9),
        ),
        (
            ["河畔晚报", "首页 要闻 民生 教育 文旅", "", ZH_FERRY_HEADLINE, "2031-4-9 08:15", "记者 周明远", "",
             *ZH_FERRY_TEXT],
            ZH_FERRY_HEADLINE,
            datetime(2031, 4, 9, 8, 15),
        ),
    ],
)  # fmt: skip
def test_a_cjk_page_dated_in_such_a_form_has_its_date_and_headline(
    page: list[str], headline: str, published: date, model: str | None
) -> None:
    found = extract(page, title_model=model)
    assert (found.title, found.published) == (headline, published)
