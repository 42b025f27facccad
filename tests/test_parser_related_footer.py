"""Stage `related`: a footer in words the lexicon does not hold (a Japanese one) is no list, nor a
box's request to the reader or a form's field (review W7: on Japanese pages with a note offering
the story for reuse under the text, the lists took the footer's links, a support box's title and
an e-mail field's label). Every page here is made up for the tests: no real page's text."""

from __future__ import annotations

import pytest
from madeup_related import ITEMS
from madeup_related import related as _related
from test_parser_related_cjk import _JA_HEAD, _JA_ITEMS, _JA_TEXT, _read

_REUSE = "この記事は出典を記せば、ほかのサイトや冊子にも自由に転載していただけます。"
# a footer's links, two short ones in a row, then longer ones (a page for letters, the legal page)
_FOOTER = [
    "運営会社",
    "広告掲載",
    "編集部へのご意見はこちらから",
    "個人情報の取り扱いについて",
    "本サイトの記事・画像の無断転載を固く禁じます。",
    "Copyright © 2031 潮見タイムス",
]
_BOX = ["潮見タイムスの地域報道をどうか応援してください", "メールアドレスを入れる", "taro@shiomi.example", "送信"]


@pytest.mark.parametrize(
    ("header", "reuse"),
    [("あわせて読みたい", True), (None, True), ("あわせて読みたい", False)],
    ids=["reuse note, a header", "reuse note, no header", "a header"],
)
def test_a_japanese_footers_links_are_no_items(header: str | None, reuse: bool) -> None:
    tail = [*([_REUSE] if reuse else []), *([header] if header else []), *_JA_ITEMS, *_FOOTER]
    _, related = _read([*_JA_HEAD, *_JA_TEXT, *tail])
    assert [h for _, h in related] == _JA_ITEMS


def test_a_sentence_over_a_list_is_not_its_name() -> None:
    # (the note offering the story for reuse right over a list: the list has no name of its own)
    _, related = _read([*_JA_HEAD, *_JA_TEXT, _REUSE, *_JA_ITEMS, *_FOOTER])
    assert {section for section, _ in related} == {"Related"}


def test_a_support_boxs_request_and_a_fields_label_are_no_items() -> None:
    _, related = _read([*_JA_HEAD, *_JA_TEXT, _REUSE, "あわせて読みたい", *_JA_ITEMS, *_BOX, *_FOOTER])
    assert [h for _, h in related] == _JA_ITEMS


@pytest.mark.parametrize(
    "line",
    ["请支持我们的本地新闻报道", "港のニュースを毎朝お届けします、登録しませんか", "이 기사를 친구에게 공유해 주세요"],
)
def test_a_request_to_the_reader_in_cjk_is_no_item(line: str) -> None:
    _, related = _read([*_JA_HEAD, *_JA_TEXT, "あわせて読みたい", *_JA_ITEMS, line, *_FOOTER])
    assert [h for _, h in related] == _JA_ITEMS


def test_a_quoted_request_is_a_headline() -> None:
    quoted = "「橋を早く開けてください」と住民が市に要望"
    _, related = _read([*_JA_HEAD, *_JA_TEXT, "あわせて読みたい", *_JA_ITEMS, quoted, *_FOOTER])
    assert [h for _, h in related] == [*_JA_ITEMS, quoted]


@pytest.mark.parametrize(
    "card",
    [("Politics", "Jo Ng"), ("Opinion", "Harbour Desk")],
    ids=["section and author", "section and desk"],
)
def test_the_last_card_over_the_footer_stays(card: tuple[str, str]) -> None:
    # (short lines in a row over each card's headline are its furniture, no footer's links)
    cards = [x for item in ITEMS for x in (*card, item)]
    assert _related(["Most read", *cards]) == ITEMS
