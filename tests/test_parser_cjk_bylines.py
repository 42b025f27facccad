"""Chinese and Japanese bylines in more of their forms (a role's word with no mark, the desk in brackets, the place
reported from), a byline on the date's line after a space, a signature in brackets under the text, and the headers
of a CJK page's lists of other stories (issue 14). Made-up pages and lines, written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from madeup_cjk import JA_FERRY_HEADLINE as JA_HEADLINE
from madeup_cjk import JA_FERRY_TEXT as JA_TEXT
from madeup_cjk import ZHT_FERRY_HEADLINE as ZH_HEADLINE
from madeup_cjk import ZHT_FERRY_TEXT as ZH_TEXT

from tuiarchive.parser import lines as L
from tuiarchive.parser import parse_bytes
from tuiarchive.parser.names import split_name_date


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("通讯员 周明远", "周明远"),
        ("編輯：林雨萱", "林雨萱"),
        ("森野葵（社会部）", "森野葵"),
        ("森野 葵（地域報道部）", "森野 葵"),
        ("記者周明遠／台北報導", "周明遠"),
    ],
)
def test_a_cjk_byline_in_more_forms(line: str, name: str) -> None:
    assert L.byline_names(line) == name


@pytest.mark.parametrize("line", ["责任编辑：周明远", "【責任編輯：林雨萱】", "政治部（東京）"])
def test_an_editor_on_duty_or_a_desk_is_no_byline(line: str) -> None:
    assert L.byline_names(line) is None


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        ("2031.04.09 森野 葵 記者", "森野 葵", date(2031, 4, 9)),
        ("配信：2031年4月9日（水） 森野葵（社会部）", "森野葵", date(2031, 4, 9)),
        ("更新时间：2031年4月9日 08:15 通讯员 周明远 来源：河畔晚报", "周明远", date(2031, 4, 9)),
        ("2031年4月9日 08:15 編輯：林雨萱 來源：河畔日報", "林雨萱", date(2031, 4, 9)),
    ],
)
def test_a_cjk_date_then_its_byline_after_a_space(line: str, name: str, day: date) -> None:
    found = split_name_date(line)
    assert found is not None and found[0] == name
    value = found[1].value  # type: ignore[attr-defined]
    assert (value.date() if hasattr(value, "date") else value) == day


@pytest.mark.parametrize(
    "header",
    ["こちらもおすすめ", "注目の記事", "【関連記事】", "▼人気記事ランキング", "热门排行", "24小时热文", "你可能也喜歡",
     "人氣排行", "编辑推荐", "相关阅读："],
)  # fmt: skip
def test_a_cjk_list_header_by_its_parts(header: str) -> None:
    assert L.is_list_header(header)


@pytest.mark.parametrize("line", ["関連する予算案", "最新の研究によると", "今日の天気", "阅读全文", "更多"])
def test_a_cjk_line_with_a_header_word_is_no_list_header(line: str) -> None:
    assert not L.is_list_header(line)


JA_LIST = ["駅前の古い映画館が閉館へ", "夏祭りの準備、商店街で始まる", "新しい遊覧船が港に到着"]
ZH_LIST = ["老戲院本月底停業", "商店街開始籌備夏日廟會", "新遊船抵達港口"]


def _read(lines: list[str]) -> tuple[str, date | None, str | None]:
    """The page read from its file's bytes, as the indexer reads it (an ideographic space read as a space)."""
    found = parse_bytes("\n".join(lines).encode("utf-8"), Path("page.txt"))
    published = found.published.date() if hasattr(found.published, "date") else found.published
    return " ".join(found.title.split()), published, found.author  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("page", "author"),
    [
        (["川べり新報", "ホーム ニュース 地域 経済", "", JA_HEADLINE, "2031.04.09\u3000森野 葵 記者",
          "シェア ツイート 印刷する", "", *JA_TEXT, "", "関連記事", *JA_LIST], "森野 葵"),
        (["川べり新報", "ホーム ニュース 地域 経済", "", JA_HEADLINE, "配信：2031年4月9日（水）\u3000森野葵（社会部）",
          "", *JA_TEXT, "", "関連記事", *JA_LIST], "森野葵"),
        (["河畔日報", "首頁 即時 社會 地方", "", ZH_HEADLINE,
          "2031年4月9日 08:15\u3000編輯：林雨萱\u3000來源：河畔日報", "", *ZH_TEXT, "", "相關新聞", *ZH_LIST],
         "林雨萱"),
    ],
)  # fmt: skip
def test_a_cjk_page_dated_and_signed_on_one_line(page: list[str], author: str) -> None:
    assert _read(page) == (" ".join(page[3].split()), date(2031, 4, 9), author)


@pytest.mark.parametrize(
    ("page", "author"),
    [
        # the weekday beside the date is no name; the writer signs under the text, a note and the list under it
        (["河畔日報", "首頁 即時 社會 地方", "", ZH_HEADLINE, "2031年4月9日 週三", "", *ZH_TEXT, "", "（林雨萱）",
          "（本文來源：河畔日報）", "", "相關新聞", *ZH_LIST], "林雨萱"),
        (["川べり新報", "ホーム ニュース 地域 経済", "", JA_HEADLINE, "掲載日 2031年4月9日（水）", "", *JA_TEXT, "",
          "（森野葵）", "※記事の内容は掲載時点のものです", "", "こちらもおすすめ", *JA_LIST], "森野葵"),
    ],
)  # fmt: skip
def test_a_cjk_writer_signing_in_brackets_under_the_text(page: list[str], author: str) -> None:
    assert _read(page) == (" ".join(page[3].split()), date(2031, 4, 9), author)


W63_TEXT = [
    "河西区交通局5日宣布，新建的跨河人行桥将于下月中旬开放，居民步行过河的时间将缩短一半以上。",
    "这座桥全长约六百米，前年秋天开工，原计划去年底完工，因汛期水位偏高，部分工序推迟。",
    "交通局负责人表示，开通后桥上将安排志愿者引导，夜间还将开放灯光步道。",
    "不少住在河对岸的学生家长表示，期待孩子早日走新桥上学。",
]


@pytest.mark.parametrize("name", [None, "周晓岚"])
def test_an_editors_picks_header_is_no_byline(name: str | None) -> None:
    """(review W63) "编辑推荐" heads the editors' picks: no editor named 推荐, and the page's headline stays."""
    page = [
        "河西晚报", "首页", "本地", "财经", "体育", "河西新建跨河人行桥下月开放", "2031年6月5日 10:15",
        *([name] if name else []), *W63_TEXT,
        "编辑推荐", "1. 河西地铁二号线试运行", "2. 老城区菜市场完成改造", "3. 区图书馆周末延长开放时间",
        "关于我们", "联系我们",
    ]  # fmt: skip
    found = parse_bytes("\n".join(page).encode("utf-8"), Path("page.txt"))
    assert (found.title, found.author) == ("河西新建跨河人行桥下月开放", name)
