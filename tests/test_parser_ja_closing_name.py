"""A Japanese story's writer in brackets at the end of its last paragraph ("…と話した。（森野葵）"), on made-up
pages; words in brackets there that name no person (a place, an office, a version, an editor's note), or a person
the text speaks of, are no author."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

_HEADLINE = "新桟橋、春に開業へ　工事は2年遅れ"
_P1 = "港湾局は月曜日、新しい桟橋が春に開業すると発表した。工事は予算と工期を大きく超えていた。"
_P2 = "住民説明会では意見が分かれ、費用が高すぎるという声と、これ以上待てないという声が上がった。"
_P3 = "市の財政委員会は総事業費を約40億円と見積もり、天候が許せば最後の工事をすぐに始めると述べた。"
_FOOT = ["この記事をシェアする", "© 2026 港湾新報"]


def _author(closing: str) -> str | None:
    page = ["港湾新報", _HEADLINE, "2026年3月3日", _P1, _P2, _P3 + closing, *_FOOT]
    return extract(page, filename="page.txt").author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("（森野葵）", "森野葵"),
        ("（小野寺 遥）", "小野寺 遥"),
        ("(浜田涼子)", "浜田涼子"),
        ("（ロンドン＝森野葵）", "森野葵"),  # where the writer reported from
        ("（編集委員・森野葵）", "森野葵"),  # the writer's job or desk
        ("（経済部　森野葵）", "森野葵"),
        ("（森野葵記者）", "森野葵"),
        ("（森野葵、浜田涼子）", "森野葵, 浜田涼子"),  # several writers
        ("（森野葵・浜田涼子）", "森野葵, 浜田涼子"),
        ("（毎日新聞）", None),  # an outlet
        ("（東京都港区）", None),  # a place
        ("（大阪支局）", None),  # an office
        ("（英語版）", None),  # a version, an editor's note
        ("（敬称略）", None),
        ("（共同）", None),  # an agency
        ("", None),
    ],
)
def test_a_name_in_brackets_closing_a_japanese_text(closing: str, author: str | None) -> None:
    assert _author(closing) == author


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        (["（ロンドン＝森野葵）"], "森野葵"),  # on a line of its own under the text
        (["（編集委員・森野葵、浜田涼子）"], "森野葵, 浜田涼子"),
        (["（森野葵）", "（浜田涼子）"], None),  # a list of names dressed alike: no signature
        (["（写真は資料）"], None),
    ],
)
def test_a_bracketed_byline_on_a_line_under_a_japanese_text(closing: list[str], author: str | None) -> None:
    page = ["港湾新報", _HEADLINE, "2026年3月3日", _P1, _P2, _P3, *closing, *_FOOT]
    assert extract(page, filename="page.txt").author == author


def test_a_chinese_text_closing_on_a_bracket_is_left_alone() -> None:
    """No kana in the text: "（完）", "（王伟）" may close a Chinese text as a note as often."""
    zh = "市议会周二在就费用和时间表进行长时间辩论后通过了新的港口计划，居民此前要求在冬季增加渡轮班次。"
    page = ["港湾日报", "市议会通过新港口计划", "2026年3月3日", zh, zh + "（周晓岚）", *_FOOT]
    assert extract(page, filename="page.txt").author is None


def test_a_person_the_text_speaks_of_is_no_closing_signature() -> None:
    quoted = "森野葵局長は「春には開ける」と話した。"
    page = ["港湾新報", _HEADLINE, "2026年3月3日", _P1, quoted, _P3 + "（森野葵）", *_FOOT]
    assert extract(page, filename="page.txt").author is None
