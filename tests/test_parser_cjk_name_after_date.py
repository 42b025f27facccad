"""A Chinese writer's name alone after the date and a bar ("2031-04-14 10:15 | 王晓明"): the writer, by a name's shape
(a common family name and two characters, or a spaced name); a section's word of two characters there ("文化",
"国际") is none. Made-up lines, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.names import names_after_date


@pytest.mark.parametrize(
    ("line", "name"), [("2031-04-14 10:15 | 王晓明", "王晓明"), ("2031年4月14日 | 欧阳 晓明", "欧阳 晓明")]
)
def test_a_chinese_name_after_the_date(line: str, name: str) -> None:
    assert names_after_date(line) == name


@pytest.mark.parametrize("line", ["2031-04-14 | 文化", "2031-04-14 | 国际", "2031-04-14 | 体育新闻"])
def test_a_section_after_the_date_is_no_name(line: str) -> None:
    assert names_after_date(line) is None
