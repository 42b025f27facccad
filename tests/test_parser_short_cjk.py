"""A short story in Chinese or Japanese is an article (issue 14: "never refuse prose"), as a short
English one of a few sentences is: CJK text has no spaces to count words by, so its characters
count (parser/paragraphs.reads_like_text). Made-up pages, written for these tests; no real page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.parser import NotAnArticle, parse_file

_SHORT_STORIES = {
    "ja": (
        "図書館、夜間開館へ",
        "港町の市立図書館は、今月から平日の夜九時まで開館する。仕事帰りの市民の要望に応えた。職員は二人で受付を担当する。",
    ),
    "zh": (
        "渡轮夏季加班",
        "港口渡轮公司周一宣布，七月起周末增加两班船。公司说，去年夏天游客太多，很多人等了一个小时。",
    ),
    "en": (
        "Library opens late",
        "The harbour town library will open until nine on weekdays from this month. Workers had asked for it.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_STORIES))
def test_a_short_story_of_a_few_sentences_is_an_article(tmp_path: Path, language: str) -> None:
    headline, text = _SHORT_STORIES[language]
    page = tmp_path / "story.txt"
    page.write_text(f"{headline}\n\n{text}\n", encoding="utf-8")
    article = parse_file(page)
    assert article.title == headline
    assert "".join(article.body).startswith(text[:12])


def test_a_short_cjk_menu_is_still_no_article(tmp_path: Path) -> None:
    # a few short CJK lines with no sentence in them: a site's menu, not a story
    page = tmp_path / "menu.txt"
    page.write_text("首页\n新闻\n本地\n体育\n关于我们\n联系我们\n隐私政策\n", encoding="utf-8")
    with pytest.raises(NotAnArticle):
        parse_file(page)


# A Japanese page whose short text opens on a one-sentence quote paragraph, parsed whole before the
# short-story rule above: a narrower span of it must not be taken for the text only because that
# rule would call the span text (the parser reviewer's W16, session 37: the quote was cut).
_QUOTE_FIRST = {
    "ja": (
        "東浜町の水族館、改装費が倍に",
        [
            "「こんなに高くつくとは思わなかった」と館長は話した。",
            "東浜町の水族館は、水槽の配管に腐食が見つかったため三月から休館している。"
            "六月二日に町がまとめた試算では、改装費は当初の倍に膨らんだ。",
            "改装は二〇二四年に決まったが、業者選びが二度やり直しになっていた。",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_QUOTE_FIRST))
def test_a_short_cjk_texts_opening_quote_stays_in_the_text(tmp_path: Path, language: str) -> None:
    headline, paragraphs = _QUOTE_FIRST[language]
    chrome = ["ニュース", "検索"]
    page = tmp_path / "story.txt"
    page.write_text("\n".join([*chrome, headline, "2026年6月3日", *paragraphs, ""]), encoding="utf-8")
    article = parse_file(page)
    assert article.title == headline
    assert article.body[0] == paragraphs[0]
    assert article.body[-1] == paragraphs[-1]
