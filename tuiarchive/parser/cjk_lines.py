"""What a line of Chinese or Japanese is by its shape, where the rules for other languages count words,
spaces and capitals that CJK text lacks: a row of short words apart by spaces is a menu or a bar of buttons."""

from __future__ import annotations

from .lexicon import cjk_chars
from .thresholds import CJK_MENU_ITEM_CHARS, CJK_MENU_ITEMS


def is_cjk_menu(text: str) -> bool:
    """A row of short CJK words apart by spaces ("ホーム ニュース 地域 経済", "首页 新闻 本地 财经"): a menu's items
    or a share bar's buttons, not a headline (whose parts, when a space splits it, are phrases)."""
    items = text.split()
    return (
        len(items) >= CJK_MENU_ITEMS
        and all(len(item) <= CJK_MENU_ITEM_CHARS for item in items)
        and cjk_chars(text) * 2 >= len(text) - len(items) + 1
    )
