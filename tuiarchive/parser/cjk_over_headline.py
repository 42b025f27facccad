"""Chinese and Japanese rows over a headline that are never it (over_headline.never_the_headline asks them): a
breaking-news row with the site's latest story ("快讯　22:23　…", "【速報】…" over the page's own headline), a
picture's caption with its photographer's credit ("…＝7月4日、X撮影", "…。记者 X 摄", "（記者X攝）"), and the
section's path ("首页 > 社会 > 民生", "当前位置：…"). Each is headline-shaped by its characters; the page's own
headline under it then read as a dek (headline_pairs.headline_over_dek) was lost."""

from __future__ import annotations

import re

from .lexicon import cjk_chars
from .lexicon_cjk import CJK_BREAKING_WORDS, CJK_PICTURE_LABEL
from .page import Page
from .thresholds import CJK_BREADCRUMB_ITEM_CHARS, CJK_HEADLINE_CHARS
from .title import cjk_headline

# a breaking-news word opening the row, bare or in brackets ("快讯", "【速報】", "〔即時〕"), then its time or a story
_BREAKING_RE = re.compile(
    rf"^[【\[〔［(（]?(?:{CJK_BREAKING_WORDS})(?:[】\]〕］)）][ \u3000｜|:：・]*|[ \u3000｜|:：・]+)(?P<rest>.*)$"
)
_TIME_RE = re.compile(r"^[0-9０-９]{1,2}[:：][0-9０-９]{2}")
# a photographer's name: Han or katakana, a space between family and given names or none ("水沢 陽介", "邵宇航")
_NAME = r"[\u4e00-\u9fff々\u30a0-\u30ff]{1,6}(?:[ \u3000][\u4e00-\u9fff々\u30a0-\u30ff]{1,4})?"
# a photographer's credit closing a caption: "（撮影・X）", "（記者X攝）", "（资料图）", "＝…、X撮影", "记者 X 摄",
# "X/摄", "圖：X提供"; a caption opening on "图为"; a picture's label ("【写真】…", "写真＝…")
_CAPTION_CREDIT_RE = re.compile(
    r"[（(][^（）()]{0,20}(?:撮影|摄|攝|提供|资料图|資料圖|资料照片|資料照片|資料照|ファイル写真)[^（）()]{0,12}[）)]$"
    rf"|(?:[、＝=/／ \u3000]|記者|记者){_NAME}[ \u3000]?[/／]?(?:撮影|摄|攝)$"
    r"|[圖图][:：／/].{1,20}提供$"
    rf"|^(?:图为|圖為)|{CJK_PICTURE_LABEL}"
)
# a section's path: its items apart by an arrow ("首页 > 社会 > 民生"), or after a label of where the reader is
_PATH_SPLIT_RE = re.compile(r"\s*[>＞»›→]\s*")
_PATH_LABEL_RE = re.compile(r"^(?:当前位置|當前位置|您的位置|您現在的位置|您现在的位置|現在位置|現在地|目前位置)[:：]")


def is_cjk_breaking_row(text: str) -> bool:
    """A breaking-news word, then a time of day or a story of a headline's length: the site's ticker."""
    found = _BREAKING_RE.match(text.strip())
    if found is None:
        return False
    rest = found["rest"]
    return bool(_TIME_RE.match(rest)) or CJK_HEADLINE_CHARS[0] <= cjk_chars(rest)


def is_cjk_caption(text: str) -> bool:
    """A picture's caption with its photographer's credit or under a picture's label (CJK)."""
    text = text.strip()
    return cjk_chars(text) > 0 and _CAPTION_CREDIT_RE.search(text) is not None


def is_cjk_path(text: str) -> bool:
    """The section's path over the headline ("首页 > 社会 > 民生", "当前位置：首页 > 新闻中心")."""
    text = text.strip()
    if not cjk_chars(text):
        return False
    items = [item for item in _PATH_SPLIT_RE.split(_PATH_LABEL_RE.sub("", text)) if item]
    labelled = _PATH_LABEL_RE.match(text) is not None
    return (labelled or len(items) >= 2) and all(len(item) <= CJK_BREADCRUMB_ITEM_CHARS for item in items)


def _headline_under(page: Page, i: int) -> bool:
    """Is the next line under line i headline-shaped (the page's own headline under a ticker's story)?"""
    return i + 1 < len(page.lines) and cjk_headline(page.text(i + 1))


def never_cjk_headline(page: Page, i: int) -> bool:
    """A CJK row over the headline that is never it: a picture's caption with its credit, the section's path, a
    ticker's row with a time, or with a story over another headline-shaped line (the page's own: a page whose
    headline opens with "【速報】" has its date or byline under it)."""
    text = page.text(i)
    if not cjk_chars(text):
        return False
    if is_cjk_caption(text) or is_cjk_path(text):
        return True
    found = _BREAKING_RE.match(text.strip())
    if found is None or not is_cjk_breaking_row(text):
        return False
    return bool(_TIME_RE.match(found["rest"])) or _headline_under(page, i)


# A CJK headline wrapped over two lines (a narrow column): the upper, a headline's start, ends where no headline
# ends (a comma, a particle or a word's kana left open: "…閘門の新し", "…市議会、"; a function word: "…将",
# "…的"), or the lower opens where no headline or dek opens (a particle: "のストの末に…")
_OPEN_END_RE = re.compile(
    r"(?:[、，,・]|[\u4e00-\u9fff々]し|[のをがはにとでや]|[的将將和与與对對把被在及向从從为為于於])$"
)
_OPEN_START_RE = re.compile(r"^[のをがはにとでやへもっ了着著]")


def cjk_headline_rest(top: str, rest: str) -> bool:
    """Is `rest` the rest of the CJK headline `top`, wrapped over two lines? Both of CJK characters with no space nor
    end mark, together no longer than a headline (CJK_HEADLINE_CHARS), the upper left open or the lower opening on a
    particle."""
    top, rest = top.strip(), rest.strip()
    if not (cjk_chars(top) and cjk_chars(rest)) or " " in top + rest or "\u3000" in top + rest:
        return False
    if rest.endswith(("。", "！", "？", "」")) or len(top) + len(rest) > CJK_HEADLINE_CHARS[1]:
        return False
    if len(top) < CJK_HEADLINE_CHARS[0]:
        return False  # a kicker's few characters over the headline ("深掘り"), no headline's start
    return _OPEN_END_RE.search(top) is not None or _OPEN_START_RE.match(rest) is not None


def join_headline(upper: str, lower: str) -> str:
    """A headline printed over two lines as one: CJK halves joined as written, with no space between them."""
    if cjk_headline_rest(upper, lower):
        return upper.rstrip() + lower.strip()
    return f"{upper} {lower}"
