"""A read time in other word orders and in CJK (issue 14, session 44; the pool's labels count "Lectura de 7
minutos", "阅读时长7分钟", "約7分で読めます" as read times): read, and a CJK text whose read time says more
minutes than its spaces count words is not taken for a cut-off story (CJK has no spaces to count words by).
Made-up lines and pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import ZH_FERRY_TEXT

from tuiarchive.parser.chrome import read_minutes
from tuiarchive.parser.extract import extract
from tuiarchive.parser.paragraphs import fewer_words


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("阅读时长7分钟", 7),
        ("阅读时间：约5分钟", 5),
        ("閱讀時間 4 分鐘", 4),
        ("約3分で読めます", 3),
        ("8分钟读完", 8),
        ("Lectura de 7 minutos", 7),
        ("Si legge in 9 minuti", 9),
        ("Temps de lecture : 3 min", 3),
        ("7分钟", None),  # a video's length, no reading time
        ("第3分", None),
        ("Lectura de 7 capítulos", None),
    ],
)
def test_read_times_in_other_words(line: str, minutes: int | None) -> None:
    found = read_minutes(line)
    assert (found[0] if found else None) == minutes


def test_a_cjk_text_is_never_too_few_words_for_its_read_time() -> None:
    assert not fewer_words(ZH_FERRY_TEXT, 500)
    assert fewer_words(["Only a few words here."], 500)


def test_a_chinese_page_with_a_long_read_time_is_no_cut_off_story() -> None:
    header = ["渡口候船亭将翻修为两层新楼", "记者 王海燕", "2031年3月2日", "阅读时长9分钟", ""]
    page = ["河畔日报", "首页　本地　生活", "", *header]
    article = extract([*page, *ZH_FERRY_TEXT], title_model=None)
    assert article.read_minutes == 9
    assert not article.truncated
