"""Japanese and Chinese writers named with a space between family and given name, their job over the name or
before it on its line, several names joined by "、", or the name after the date (issue 14, session 41; the lead's
H12 mechanisms): the writer is the whole name or names, never the job's words nor the family name alone. Made-up
names and pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT

from tuiarchive.parser.bylines import byline_names
from tuiarchive.parser.cjk_bylines import is_cjk_job_line
from tuiarchive.parser.extract import extract


@pytest.mark.parametrize("line", ["見習い記者", "地方支局長", "社会部記者", "实习记者"])
def test_a_writers_job_alone_is_no_name(line: str) -> None:
    assert is_cjk_job_line(line) and not byline_names(line)


@pytest.mark.parametrize("line", ["久保記者", "阿部記者", "久保 菜々子", "関連記事"])
def test_a_name_or_a_list_header_is_no_job_line(line: str) -> None:
    assert not is_cjk_job_line(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者：久保 菜々子、岩崎\u3000結衣", "久保 菜々子, 岩崎\u3000結衣"),
        ("地方支局長 久保 悠真、岩崎\u3000結衣", "久保 悠真, 岩崎\u3000結衣"),
        ("社会部 久保 菜々子", "久保 菜々子"),
        ("阿部 菜々子", None),  # a family name ending in the desk's character is no desk
        ("记者 经济部 刘思琪、社会部 陈立伟", "刘思琪, 陈立伟"),  # each name with its desk before it
        ("記者 王明 报道", "王明"),  # the name, then its verb ("reported"), as before
        ("本报记者 王小明 李华", "王小明"),  # a Chinese name of three characters is whole, as before
    ],
)
def test_names_after_a_label_or_a_job_are_read_whole(line: str, names: str | None) -> None:
    assert byline_names(line) == names


def _page(*header: str) -> list[str]:
    return ["川べり新報", "", JA_FERRY_HEADLINE, *header, "", *JA_FERRY_TEXT]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("page", "author"),
    [
        (_page("見習い記者", "久保 菜々子", "2031年4月9日"), "久保 菜々子"),
        (_page("2031年4月9日", "地方支局長", "岩崎\u3000結衣"), "岩崎\u3000結衣"),
        (_page("2031年4月9日", "地方支局長 久保 悠真、岩崎\u3000結衣"), "久保 悠真, 岩崎\u3000結衣"),
        (_page("2031年4月9日", "記者：久保 菜々子、岩崎\u3000結衣"), "久保 菜々子, 岩崎\u3000結衣"),
        (_page("2031年4月9日", "久保 菜々子、岩崎\u3000結衣"), "久保 菜々子, 岩崎\u3000結衣"),
        (_page("2031年4月9日 10:15\u3000久保 菜々子"), "久保 菜々子"),
        (_page("文・", "久保 菜々子", "編集委員", "2031年4月9日"), "久保 菜々子"),  # a label over, a job under it
    ],
)
def test_a_japanese_page_names_its_writers_whole(page: list[str], author: str, model: str | None) -> None:
    found = extract(page, title_model=model)
    assert (found.title, found.author) == (JA_FERRY_HEADLINE, author)
