"""A Chinese or Japanese text's end over notes in the paper's voice (issue 14, session 41): the paper on the piece
itself ("本稿は…加筆したものです"), a colleague who also reported ("…も取材に加わった。"), the writer's box in one line
("…を担当する記者。"), a call for tips ("欢迎提供新闻线索"); and a line saying the text goes on after an ad, which is
neither the text nor its end. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup_cjk import JA_FERRY_HEADLINE, JA_FERRY_TEXT, ZH_FERRY_HEADLINE, ZH_FERRY_TEXT

from tuiarchive.parser.cjk_lines import is_cjk_site_note
from tuiarchive.parser.extract import extract

JA_HEADER = ["川べり新報", "", JA_FERRY_HEADLINE, "2031年4月9日", "記者 森野 葵", ""]
ZH_HEADER = ["河畔晚报", "", ZH_FERRY_HEADLINE, "2031年4月9日 08:15", "记者 周明远", ""]
JA_LIST = ["", "関連記事", "港の朝市に新しい露店が並ぶ", "町の図書館、日曜も開館へ", "駅前の古い映画館が閉館"]
ZH_LIST = ["", "相关阅读", "渡口新增夜间班次", "河堤步道下月开放", "老电影院本月底停业"]

JA_NOTES = [
    "本稿は週末版に載った記事に加筆したものです。",
    "川村 遥も取材に加わった。",
    "森野 葵　港湾と漁業を担当する記者。",
    "ご意見や情報は編集部までお寄せください",
]
ZH_NOTES = [
    "欢迎读者向本报提供新闻线索",
    "新闻线索热线：0000-0000000",
    "实习生 李想 对本文亦有贡献",
    "编者按：本文为系列报道“河两岸”的第二篇。",  # an editor's note
    "更多新闻请关注河畔晚报",  # follow the site for more
    "（本文经授权转载）",  # a reprint's permission
    "未经许可禁止转载",
    "※以上内容仅供参考",  # a note under its mark
]


@pytest.mark.parametrize("line", JA_NOTES + ZH_NOTES)
def test_a_note_in_the_papers_voice_is_the_sites(line: str) -> None:
    assert is_cjk_site_note(line)


@pytest.mark.parametrize(
    "line",
    ["渡し船の船頭も取材に応じ、思いを語った。", "镇政府欢迎更多志愿者参与渡口的日常维护。", "この冬は雪が多かった。"],
)
def test_a_sentence_of_the_story_is_no_such_note(line: str) -> None:
    assert not is_cjk_site_note(line)


@pytest.mark.parametrize("note", JA_NOTES)
def test_a_japanese_text_ends_over_a_note_in_the_papers_voice(note: str) -> None:
    found = extract([*JA_HEADER, *JA_FERRY_TEXT, "", note, *JA_LIST])
    assert found.body[-1] == JA_FERRY_TEXT[-1]


@pytest.mark.parametrize("note", ZH_NOTES)
def test_a_chinese_text_ends_over_a_note_in_the_papers_voice(note: str) -> None:
    found = extract([*ZH_HEADER, *ZH_FERRY_TEXT, "", note, *ZH_LIST])
    assert found.body[-1] == ZH_FERRY_TEXT[-1]


@pytest.mark.parametrize("line", ["下方广告后正文继续", "广告过后继续阅读", "記事は広告の後に続きます"])
def test_a_line_saying_the_text_goes_on_after_an_ad_is_left_out_of_it(line: str) -> None:
    text = [*ZH_FERRY_TEXT, "河边的居民说，新楼建成后，傍晚也能在候船室里坐一坐，看看河上的船。"]
    found = extract([*ZH_HEADER, text[0], "", text[1], "", line, "", text[2], "", text[3], *ZH_LIST])
    assert found.body == text
