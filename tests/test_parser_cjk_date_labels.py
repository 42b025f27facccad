"""A Chinese date's label glued to its date or with a space before it ("首发于2031年3月2日", "修订于 2031-03-03") is
no writer's name (review W95: 3d6c556 read "首发于" as a name glued to a date, and the spaced form was read so
before it). Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import ZH_FERRY_HEADLINE, ZH_FERRY_TEXT, ZHT_FERRY_HEADLINE, ZHT_FERRY_TEXT

from tuiarchive.parser.cjk_bylines import is_date_label
from tuiarchive.parser.extract import extract


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("stamps", "day"),
    [
        (["首发于2031年3月2日 10:15", "修订于2031年3月3日"], "2031-03-02"),
        (["修订于2031年3月3日"], "2031-03-03"),
        (["发布于 2031-03-02 10:15", "修订于 2031-03-03 11:00"], "2031-03-02"),
        (["首發於2031年3月2日", "修訂於2031年3月3日"], "2031-03-02"),
        (["更新时间2031年3月3日"], "2031-03-03"),
    ],
)
def test_a_date_s_label_by_its_date_is_no_writer(stamps: list[str], day: str, model: str | None) -> None:
    headline, text = (ZHT_FERRY_HEADLINE, ZHT_FERRY_TEXT) if "於" in stamps[0] else (ZH_FERRY_HEADLINE, ZH_FERRY_TEXT)
    found = extract(["河畔晚报", "首页　本地　体育", "", headline, *stamps, "", *text], title_model=model)
    assert found.author is None
    assert found.published is not None and found.published.isoformat()[:10] == day


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_writer_glued_to_the_date_is_still_read(model: str | None) -> None:
    page = ["河畔晚报", "", ZH_FERRY_HEADLINE, "周明远2031年3月2日 10:15", "", *ZH_FERRY_TEXT]
    assert extract(page, title_model=model).author == "周明远"


@pytest.mark.parametrize("word", ["首发于", "修订于", "發布於", "更新时间", "修改于", "刊登于"])
def test_such_a_word_is_a_date_s_label(word: str) -> None:
    assert is_date_label(word)


@pytest.mark.parametrize("word", ["周明远", "林雨晴", "森野葵"])
def test_a_name_is_no_date_s_label(word: str) -> None:
    assert not is_date_label(word)
