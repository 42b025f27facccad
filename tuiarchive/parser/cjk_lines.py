"""What a line of Chinese or Japanese is by its shape and its words, where the rules for other languages count
words, spaces and capitals that CJK text lacks: a row of short words apart by spaces is a menu or a bar of
buttons; a relation's or a ranking's word, then a word for stories, is a list's header."""

from __future__ import annotations

import re

from .lexicon import CJK_BUTTON_WORDS_RE, cjk_chars
from .lexicon_cjk import (
    CJK_HEADER_DRESS,
    CJK_HEADER_SCOPE_RE,
    CJK_LIST_HEADER_RE,
    CJK_PICTURE_LABEL,
    CJK_SITE_NOTE_RE,
    CJK_SUMMARY_RE,
)
from .thresholds import (
    CJK_BUTTON_CHARS,
    CJK_LIST_HEADER_CHARS,
    CJK_MENU_BUTTON_SHARE,
    CJK_MENU_ITEM_CHARS,
    CJK_MENU_ITEMS,
    CJK_MENU_SCRIPT_SHARE,
    CJK_NOTE_LINE_CHARS,
    CJK_SENTENCE_CHARS,
)


def is_cjk_menu(text: str) -> bool:
    """A row of short CJK words apart by spaces ("ホーム ニュース 地域 経済", "首页 新闻 本地 财经"), or of buttons
    most of which name a page's action ("シェア ツイート 印刷する", "收藏 打印 转发"): a menu or a share bar, not a
    headline (whose parts, when a space splits it, are phrases)."""
    items = text.split()
    if len(items) < CJK_MENU_ITEMS or any(len(item) > CJK_BUTTON_CHARS for item in items):
        return False
    if cjk_chars(text) < CJK_MENU_SCRIPT_SHARE * (len(text) - len(items) + 1):
        return False  # mostly other letters: a line of another language's words
    if all(len(item) <= CJK_MENU_ITEM_CHARS for item in items):
        return True
    return sum(CJK_BUTTON_WORDS_RE.search(item) is not None for item in items) >= CJK_MENU_BUTTON_SHARE * len(items)


def is_cjk_list_header(text: str) -> bool:
    """A Chinese or Japanese header over a list of other stories, by its parts: a word of relation, popularity,
    recommendation or recency, then a word for stories, news or a ranking ("関連記事", "人気の記事", "热门排行",
    "相關新聞", "24小时热文"), or a reader spoken to ("猜你喜欢", "こちらもおすすめ", "この記事を読んだ人は…");
    dressed in brackets or a bullet ("【関連記事】", "▼関連記事", "相关阅读：")."""
    bare = text.strip(CJK_HEADER_DRESS)
    bare = CJK_HEADER_SCOPE_RE.sub("", bare).strip(CJK_HEADER_DRESS) or bare  # ("…ランキング（24時間）": its window)
    fewest, most = CJK_LIST_HEADER_CHARS
    return fewest <= len(bare) <= most and CJK_LIST_HEADER_RE.fullmatch(bare) is not None


def is_cjk_site_note(text: str) -> bool:
    """A CJK site's own short note under a story ("下载客户端，阅读更多精彩内容", "登录后才能发表评论", "原标题：…",
    "声明：本文仅代表作者观点…", "関键词：…", "※記事の内容は掲載時点のものです"): the site's, not the story's."""
    return len(text) <= CJK_NOTE_LINE_CHARS and cjk_chars(text) > 0 and CJK_SITE_NOTE_RE.search(text) is not None


_CJK_PICTURE_LABEL_RE = re.compile(CJK_PICTURE_LABEL)


def is_cjk_picture_label(text: str) -> bool:
    """A picture's label with its caption or credit ("写真＝修理を待つ設備", "圖／資料照"): between the text's
    paragraphs as often as under them."""
    return len(text) <= CJK_NOTE_LINE_CHARS and _CJK_PICTURE_LABEL_RE.match(text) is not None


def is_cjk_sentence_line(text: str) -> bool:
    """A line of CJK running text: a sentence's worth of characters (CJK_SENTENCE_CHARS) ending as a sentence
    ends, no note of the site's nor a picture's label."""
    text = text.strip()
    return (
        cjk_chars(text) >= CJK_SENTENCE_CHARS
        and text.endswith(_SENTENCE_ENDS)
        and not (is_cjk_picture_label(text) or is_cjk_site_note(text))
    )


_SENTENCE_ENDS = ("。", "！", "？", "」", "』", "”")


def is_cjk_summary(text: str) -> bool:
    """A CJK standfirst under its label ("核心提示：书房由……", "【导读】……"): over the text, no part of it."""
    return cjk_chars(text) > 0 and CJK_SUMMARY_RE.match(text) is not None


# "— 森野葵", "―― 林 雨晴": a dash, then a name's few CJK characters alone on the line
_CJK_DASH_SIGNATURE_RE = re.compile(
    r"[—–―]{1,2}\s*[\u4e00-\u9fff々\u3040-\u30ff]{2,5}(?:[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,3})?"
)


def is_cjk_dash_signature(text: str) -> bool:
    """The writer's signature under a CJK text, a dash and a name ("— 森野葵"): the text ends over it (review W68)."""
    return _CJK_DASH_SIGNATURE_RE.fullmatch(text.strip()) is not None
