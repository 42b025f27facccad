"""Chinese and Japanese bylines in the forms lexicon.CJK_BYLINE_RE leaves alone: a role's word with no mark
before the name ("通讯员 周明", "編輯：林雨"), the name with its desk in brackets ("森野葵（社会部）"), the name,
its job and the place it reports from ("記者周明遠／台北報導"), a spaced name then its job ("森野 葵 記者"); and
the date and the byline on one line with a space between them ("2031年4月9日（水） 森野 葵 記者"). The reporters
named in brackets in a Chinese lead ("新华社江州11月20日电（记者 钱海宁）") are the writers of a page that names
nobody elsewhere."""

from __future__ import annotations

import re

from .cjk_dates import is_cjk_date_word
from .cjk_lines import is_cjk_list_header
from .dates import DateLine, parse_date_line
from .lexicon import CJK_REPORTED_WORDS, ZH_FAMILY_NAMES
from .lexicon_cjk import CJK_PAGE_WORDS_RE
from .lexicon_dates import CJK_PUBLISHED_RE, CJK_UPDATED_RE, DATE_SOURCE_RE

_HAN = r"[\u4e00-\u9fff々]"
# a name: two to four Han characters, or a family name of one to three, a space and a given name of one to three
_NAME = rf"(?:{_HAN}{{1,3}}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{{1,3}}|{_HAN}{{2,4}})"
# a writer's role before the name (a correspondent, an editor, a contributor; not the page's "责任编辑", the
# editor on duty who signs no story)
_ROLE = (
    r"(?:本报|本報)?(?<!责任)(?<!責任)(?<!值班)"
    r"(?:通讯员|通訊員|编辑|編輯|撰稿人?|特派员|特派員|特派记者|特派記者|特约记者|特約記者|主笔|主筆)"
)
# the desk, bureau or newsroom in brackets after a name ("社会部", "地域報道部", "台北支局", "北京报道组")
_DESK = (
    r"[\u4e00-\u9fff\u30a0-\u30ff]{0,8}(?:部|局|班|室|组|組|記者|记者|特派員|特派员|報道|报道|報導)"
    r"|(?:写真|撮影|摄影|攝影)(?:も|とも)?"  # ... or the pictures too: "藤原葵（写真も）"
)
# a writer's trade after the name and a colon (a journalist, a writer, a reporter, an editor, a columnist, a
# researcher, a professor, an analyst, an economist, a correspondent, a commentator)
_TRADE = (
    r"ジャーナリスト|ライター|記者|记者|編集者|編集委員|编辑|編輯|コラムニスト|作家|研究員|研究员|教授|准教授|アナリスト"
    r"|エコノミスト|特派員|特派员|评论员|評論員|主笔|主筆"
)
# a place and "reporting" after a name and a mark ("／台北報導", "/北京报道"), or a wire's "综合报道"
_REPORTED = r"[／/][\u4e00-\u9fff]{0,6}(?:報導|报道|報道)"
CJK_EXTRA_BYLINE_RE = re.compile(
    rf"^(?:{_ROLE}(?P<sep>\s*[:：/／]?\s*)(?P<role_name>{_NAME})"
    rf"|(?:[^／/\s]{{2,10}}[／/])?(?:记者|記者)(?P<reported>{_HAN}{{2,4}}){_REPORTED}"
    rf"|(?P<desk_name>{_NAME})\s*[（(](?:{_DESK})[）)]"
    # the name alone in lenticular brackets, written with a space ("【村上 拓真】")
    r"|【(?P<bracketed>[\u4e00-\u9fff々]{1,3}[ \u3000][\u4e00-\u9fff々\u3040-\u30ff]{1,3})】"
    rf"|(?P<job_name>{_HAN}{{1,3}}[ \u3000]{_HAN}{{1,3}})[ \u3000](?:記者|记者)"
    # the name, a colon and the writer's trade ("森野 葵 : ジャーナリスト", "森野葵：川べり新報 記者")
    rf"|(?P<trade_name>{_NAME})\s*[:：]\s*(?:[^\s:：]{{1,12}}[ \u3000]?)?(?:{_TRADE})"
    # the name and the outlet in square brackets ("[森野葵，川べり新報]", "［周明远，河畔晚报］")
    rf"|[\[［](?P<outlet_name>{_NAME})[，,、][^\]］]{{1,20}}[\]］])$"
)


# A writer's job alone ("見習い記者", "地方支局長", "社会部記者", "实习记者"): a job's word after a desk or a word of
# rank, beat or kind, which are no name ("久保記者" is one: the name, then the job)
_JOB_HEAD = (
    r"見習い|新人|若手|専属|契約|特約|特约|駐在|常駐|派遣|地方|政治|経済|社会|国際|文化|運動|スポーツ|科学|司法|市政|県政"
    r"|写真|映像|報道|取材|担当|専門|主任|首席|上級|シニア|ベテラン|フリー|实习|實習|资深|資深|驻站|駐站"
    r"|经济|經濟|社會|国际|國際|体育|體育|科技|财经|財經|时政|時政|新闻|新聞|要闻|要聞"
)
_JOB_WORD = (
    r"記者|记者|支局長|総局長|局長|編集委員|論説委員|特派員|特派员|デスク|キャップ"
    r"|通信員|通讯员|通訊員|編集長|主编|主編"
)
# a desk: a beat's word, then its bureau's ("社会部", "地方報道部", "政治支局"; not a family name ending in 部: "阿部")
_DESK_WORDS = rf"(?:{_JOB_HEAD})[\u4e00-\u9fff]{{0,3}}(?:部|局|支局|総局|分社)"
_JOB_LINE = rf"(?:{_DESK_WORDS})?(?:{_JOB_HEAD})?(?:{_JOB_WORD})"
_JOB_LINE_RE = re.compile(_JOB_LINE)
# names after a label, several joined by "、" ("記者：久保 菜々子、岩崎　結衣"), or after a writer's job or desk
# that is more than the bare word for a reporter ("地方支局長 久保 悠真", "社会部 久保 菜々子"); each name may have its
# desk before it ("文・経済部 高橋 亮介、政治部 山根 美咲")
_LABEL = r"記者|记者|文|取材|執筆|筆者|作者|撰文|取材・文"
_LISTED_NAME = rf"(?!{CJK_REPORTED_WORDS}){_NAME}(?![\u4e00-\u9fff])"
_DESK_BEFORE = rf"(?:{_DESK_WORDS}|{_JOB_LINE})[ \u3000]+"
_LISTED_ITEM = rf"(?:{_DESK_BEFORE})?{_LISTED_NAME}"
_LISTED_RE = re.compile(
    rf"^(?:(?:{_LABEL})\s*[:：・＝=/／]?\s*(?P<several>{_LISTED_ITEM}(?:[、，,][ \u3000]?{_LISTED_ITEM})+)"
    rf"|(?!(?:记者|記者)[ \u3000])(?P<names>{_DESK_BEFORE}{_LISTED_NAME}(?:[、，,][ \u3000]?{_LISTED_ITEM})*))$"
)
_DESK_BEFORE_RE = re.compile(_DESK_BEFORE)


_REPORTED_WORD_RE = re.compile(rf"^(?:{CJK_REPORTED_WORDS})")


def is_cjk_job_line(text: str) -> bool:
    """A CJK writer's job alone on its line, no name with it ("見習い記者", "地方支局長", "社会部記者")."""
    return _JOB_LINE_RE.fullmatch(text.strip()) is not None


def cjk_names_alone(text: str, *, japanese: bool) -> bool:
    """A CJK name alone on its line, or several joined by "、" ("久保 菜々子、岩崎　結衣"); no writer's job."""
    from .names import cjk_name_alone  # (names asks the bylines, which ask this module: imported when asked)

    names = text.split("、")
    return all(cjk_name_alone(name, japanese=japanese) for name in names) and not is_cjk_job_line(text)


def cjk_listed_names(text: str) -> str | None:
    """The names after a CJK label or a writer's job, several joined by "、" ("記者：久保 菜々子、岩崎　結衣"), each
    without its desk, joined by ", " (None: no such line)."""
    found = _LISTED_RE.match(text.strip())
    listed = found and (found["several"] or found["names"])
    if not listed or CJK_PAGE_WORDS_RE.search(listed):
        return None
    names = [_DESK_BEFORE_RE.sub("", item.strip(), count=1) for item in re.split(r"[、，,]", listed)]
    if any(_REPORTED_WORD_RE.search(word) for name in names for word in name.split()):
        return None
    return ", ".join(names)  # (as the bylines of other languages join them)


def cjk_byline(text: str) -> str | None:
    """The name of a CJK byline in one of the forms above (None: not one of them)."""
    found = CJK_EXTRA_BYLINE_RE.match(text.strip())
    if found is None or is_cjk_list_header(text):
        return None  # ("编辑推荐": the editors' picks over a list, no editor named 推荐; review W63)
    for key in ("bracketed", "outlet_name", "trade_name"):
        if found[key] and CJK_PAGE_WORDS_RE.search(found[key]):
            return None  # a page's words in brackets ("【有料 記事】", "[速報，…]"), no name
    if found["role_name"] and not found["sep"] and found["role_name"][0] not in ZH_FAMILY_NAMES:
        return None  # a role's word joined to a common word ("编辑精选") is no role and a name
    return next(name for key, name in found.groupdict().items() if name and key != "sep")


def cjk_date_byline(text: str) -> tuple[str, DateLine] | None:
    """ "2031年4月9日（水） 森野 葵 記者", "更新时间：2031-04-09 08:15 通讯员 周明 来源：河畔晚报": a CJK date, then a
    byline after a space (the page's ideographic space read as one); a source's label after them ends the byline."""
    from .bylines import byline_names  # (bylines asks cjk_byline of a line alone: imported when asked)

    source = DATE_SOURCE_RE.search(text)
    if source is not None and source.start() > 0:
        text = text[: source.start()]
    glued = _GLUED_NAME_RE.match(text)  # "森野葵2031年3月2日 10時15分": the name, the date right after it
    if glued is not None and not is_date_label(glued["name"]) and cjk_names_alone(glued["name"], japanese=True):
        found = parse_date_line(text[glued.end() :])
        if found is not None:
            return glued["name"], found
    tokens = text.split()
    for k in range(1, len(tokens)):  # the byline as long as it can be (a date takes one leftover word)
        found = parse_date_line(" ".join(tokens[:k]))
        if found is None:
            continue
        rest = " ".join(tokens[k:])
        names = byline_names(rest) or cjk_byline(rest) or _spaced_name(text, tokens[k:])
        if names:
            return names, found
    return None


def is_date_label(word: str) -> bool:
    """A CJK date's label, no name ("首发于", "修订于", "发布时间", "更新日"): a date word, a publication's or an
    update's word, or a word ending on "at" or "time" (于, 於, 时, 時) (review W95)."""
    return (
        is_cjk_date_word(word)
        or word.endswith(("于", "於", "时", "時"))
        or CJK_PUBLISHED_RE.search(word) is not None
        or CJK_UPDATED_RE.match(word) is not None
    )


# a name of CJK characters glued to a date in figures after it, the year first ("森野葵2031年3月2日")
_GLUED_NAME_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff々\u3040-\u30ff]{2,6}?)(?=[0-9０-９]{4}[年/.\-／．－])")


def _spaced_name(text: str, rest: list[str]) -> str | None:
    """A name alone after the date, its family and given names apart by a space ("2031年4月9日 10:15　久保 菜々子";
    a word alone there is the site's or the section's as often), as printed."""
    if len(rest) != 2 or not cjk_names_alone(" ".join(rest), japanese=True) or is_cjk_date_word(rest[1]):
        return None
    printed = re.search(rf"{re.escape(rest[0])}[ \u3000]+{re.escape(rest[1])}$", text.rstrip())
    return printed.group() if printed else None


# A Chinese wire's or paper's lead: "新华社江州11月20日电（记者 钱海宁）", "本报讯（记者 吴晓燕）": the reporters in
# brackets after the dateline's "电" (wired) or "讯" (reported), at the text's start; or in brackets opening it
_LEAD_BYLINE_RE = re.compile(
    r"^[^，。（(]{0,24}?(?:电|電|讯|訊)\s*[（(](?:本报|本報|特约|特約)?(?:记者|記者|通讯员|通訊員)\s*"
    r"(?P<names>[^（）()，。]{2,30})[）)]"
    # the reporter and the place in brackets opening the lead: "〔記者林雨晴／台南報導〕", "（記者林雨晴／台南報導）"
    r"|^[〔（(【\[](?:[^〔〕（）()【】\[\]]{0,8}?)(?:记者|記者)\s*(?P<reported>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)"
    r"\s*[／/][^〔〕（）()【】\[\]]{0,10}(?:报道|報導|報道)[〕）)】\]]"
    # the agency's reporter, the place and the day it was wired: "（中央社記者林雨晴台南2日電）" (a place of two)
    r"|^[（(](?:[^（）()]{0,8}?)(?:记者|記者)(?P<wired>[\u4e00-\u9fff]{4,6})[0-9０-９]{1,2}日(?:电|電)[）)]"
)


def cjk_lead_byline(body: list[str]) -> str | None:
    """The reporters a CJK text's first paragraph names in its lead's brackets (None: no such lead)."""
    if not body or body[0].isascii():
        return None
    found = _LEAD_BYLINE_RE.match(body[0].strip())
    if found is None:
        return None
    if found["wired"]:
        return found["wired"][:-2]  # the place wired from: its two characters after the name
    return (found["names"] or found["reported"]).strip()
