"""What a line of Chinese or Japanese is by its shape, where the rules for other languages count words,
spaces and capitals that CJK text lacks: a row of short words apart by spaces is a menu or a bar of buttons."""

from __future__ import annotations

from .lexicon import CJK_BUTTON_WORDS_RE, cjk_chars
from .thresholds import CJK_BUTTON_CHARS, CJK_MENU_ITEM_CHARS, CJK_MENU_ITEMS


def is_cjk_menu(text: str) -> bool:
    """A row of short CJK words apart by spaces ("ホーム ニュース 地域 経済", "首页 新闻 本地 财经"), or of buttons
    most of which name a page's action ("シェア ツイート 印刷する", "收藏 打印 转发"): a menu or a share bar, not a
    headline (whose parts, when a space splits it, are phrases)."""
    items = text.split()
    if len(items) < CJK_MENU_ITEMS or any(len(item) > CJK_BUTTON_CHARS for item in items):
        return False
    if cjk_chars(text) * 2 < len(text) - len(items) + 1:
        return False  # mostly other letters: a line of another language's words
    if all(len(item) <= CJK_MENU_ITEM_CHARS for item in items):
        return True
    return 2 * sum(CJK_BUTTON_WORDS_RE.search(item) is not None for item in items) >= len(items)
