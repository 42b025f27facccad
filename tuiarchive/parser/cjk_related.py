"""A Chinese or Japanese page's lists of other stories: an item out of its rank and its date ("1 港の朝市に露店" ->
"港の朝市に露店", "老街夜市重新营业　03-06" -> "老街夜市重新营业", "13:39 老街夜市重新营业" too), and the site's
own links at the page's foot (about us, contact, privacy, terms, advertising, a site map, a report form), which
are no stories."""

from __future__ import annotations

import re

from .lexicon import cjk_chars
from .lexicon_cjk import CJK_AD_HEADER_RE, CJK_FOOTER_LINK_RE, CJK_HEADER_DRESS
from .thresholds import CJK_FOOTER_LINK_CHARS, RELATED_CJK_ITEM_CHARS

# a bullet before the item ("・", "●", "▶")
_BULLETS = "・･●■□◆◇▶▷►▸→＞>- 　"
# a rank before the item ("1 ", "01 ", "No.3 ", "３．", "TOP2 ", "第3位 ", "4名 "): a figure or two (with the
# ranking's words around it), then a space or a mark
_RANK_RE = re.compile(r"^(?:No\.?\s?|TOP\s?|第)?[0-9０-９]{1,2}(?:位|名)?(?:[.．、)）]\s*|\s+)(?=\S)")
# a date or a time before it: "13:39 ", "[02-05] ", "2031/02/05 "
_DATE_HEAD_RE = re.compile(
    r"^[(（\[［]?(?:(?:(?:19|20)\d\d[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d)?|\d{1,2}:\d\d)[)）\]］]?\s+(?=\S)"
)
# a date or a time after it: "03-06", "2027/03/05", "3月5日", "12:30", "3時間前", "2天前", "(03/05)", "[3月5日]"
_DATE_TAIL_RE = re.compile(
    r"\s*[(（\[［]?"
    r"(?:(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d\d)?|\d{1,2}:\d\d"
    r"|\d{1,3}\s*(?:分|分钟|分鐘|小时|小時|時間|天|日|周|週|か月|个月|個月)前|昨天|前天|今天|昨日|今日)"
    r"[)）\]］]?$"
)


def cjk_item_headline(text: str) -> str:
    """A CJK list item's headline without its bullet or rank before it and its date after it (what a reader takes for
    the headline); the item as it is when what is left is too short to be one."""
    bare = _RANK_RE.sub("", text.lstrip(_BULLETS), count=1)
    bare = _DATE_TAIL_RE.sub("", _DATE_HEAD_RE.sub("", bare, count=1), count=1).strip()
    return bare if cjk_chars(bare) >= RELATED_CJK_ITEM_CHARS else text


def is_cjk_footer_link(text: str) -> bool:
    """A site's own link at the foot of a CJK page ("会社概要", "プライバシーポリシー", "联系我们",
    "违法和不良信息举报", "隱私權政策"), alone on its line or in a row of such links apart by spaces or bars
    ("会社概要　お問い合わせ　サイトマップ", "廣告刊登 | 網站地圖")."""
    if _one_footer_link(text):
        return True
    links = [link for link in _LINK_ROW_SPLIT_RE.split(text.strip(CJK_HEADER_DRESS)) if link]
    return len(links) > 1 and all(_one_footer_link(link) for link in links)


def _one_footer_link(text: str) -> bool:
    bare = text.strip(CJK_HEADER_DRESS)
    return len(bare) <= CJK_FOOTER_LINK_CHARS and CJK_FOOTER_LINK_RE.fullmatch(bare) is not None


_LINK_ROW_SPLIT_RE = re.compile(r"[ \u3000]*[|｜／/・][ \u3000]*|[ \u3000]+")


def is_cjk_ad_header(text: str) -> bool:
    """The header over a CJK page's ad widget ("广告", "贊助", "スポンサーリンク", "［PR］"), alone on its line."""
    return CJK_AD_HEADER_RE.fullmatch(text.strip(CJK_HEADER_DRESS)) is not None
