"""Stage `related` on made-up pages in Chinese and Japanese (written for the tests; no real page):
headlines with no spaces to count words by, list headers in those languages, and the lines of a
CJK text that look like a list and are none."""

from __future__ import annotations

import pytest

from tuiarchive.parser.extract import extract

# A made-up Chinese article: its top, three paragraphs, the page's end
_HEAD = ["港湾日报", "首页", "新闻", "本地", "港口大桥将于明年春天通车", "作者：王海燕", "2026-03-03"]
_P1 = "市政府周二表示，新的港口大桥将于明年春天通车，工程总造价比最初的预算高出三分之一。"
_P2 = "工程师告诉市议会，大桥在一月份通过了荷载测试，但钢拱的油漆工作还需要再进行几个星期。"
_P3 = "住在港口附近的居民说，他们很高兴工程即将结束，两年来渡轮一直是大多数时候过河的唯一方式。"
_END = ["关于我们", "联系我们", "隐私政策", "版权所有 © 2026 港湾日报"]
_ITEMS = [
    "渡轮船员投票决定夏季罢工",
    "新的有轨电车线路将延伸到老城区",
    "暴风雨逼近，渔船提前返港",
    "学校董事会推迟延长学期的表决",
]

# A made-up Japanese one
_JA_HEAD = ["港町新聞", "ホーム", "ニュース", "港の新しい橋、来春に開通へ", "2026/03/03 10:15"]
_JA_TEXT = [
    "市は火曜日、港に架かる新しい橋が来年の春に開通すると発表した。工事費は当初の見込みより三割ほど増えた。",
    "技術者によると、橋は一月の荷重試験に合格したが、鉄のアーチの塗装はまだ数週間続くという。",
    "港の近くに住む人々は、二年間にわたって渡し船が唯一の交通手段だったため、工事の終わりを喜んでいる。",
]
_JA_ITEMS = [
    "フェリーの乗組員、夏のストライキを決める",
    "新しい路面電車の路線、旧市街まで延びる計画",
    "嵐が近づき漁船が予定より早く港へ戻る",
]
_JA_END = ["利用規約", "お問い合わせ", "プライバシーポリシー", "Copyright © 2026 港町新聞"]


def _read(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    found = extract(lines, title_model=None)
    return found.body, [(r.section, r.headline) for r in found.related]


@pytest.mark.parametrize("header", ["相关阅读", "热门文章", "延伸阅读："])
def test_a_chinese_list_under_its_header(header: str) -> None:
    body, related = _read([*_HEAD, _P1, _P2, _P3, header, *_ITEMS, *_END])
    assert body == [_P1, _P2, _P3]
    assert related == [(header.rstrip("："), h) for h in _ITEMS]


def test_a_chinese_list_with_no_header_is_told_by_its_shape() -> None:
    body, related = _read([*_HEAD, _P1, _P2, _P3, *_ITEMS, *_END])
    assert body == [_P1, _P2, _P3]
    assert [h for _, h in related] == _ITEMS


@pytest.mark.parametrize("header", ["あわせて読みたい", "最新ニュース"])
def test_a_japanese_list_and_no_footer_link_in_it(header: str) -> None:
    # the footer's links ("お問い合わせ", "プライバシーポリシー") right under the list are none of its items
    body, related = _read([*_JA_HEAD, *_JA_TEXT, header, *_JA_ITEMS, *_JA_END])
    assert body == _JA_TEXT
    assert related == [(header, h) for h in _JA_ITEMS]


def test_a_box_of_one_link_inside_the_chinese_text_and_the_text_goes_on() -> None:
    # "延伸阅读：" / a headline, then the text's next paragraphs: the body reads on over the box
    body, related = _read([*_HEAD, _P1, "延伸阅读：", _ITEMS[0], _P2, _P3, *_END])
    assert body == [_P1, _P2, _P3]
    assert [h for _, h in related] == [_ITEMS[0]]


_OWN_LIST = ["市议会的计划包括：", "每半小时一班的夜间巴士", "周日免费停车的新规定", "为渡轮船员提供带薪培训"]
_COMMENTS = [
    "3条评论",
    *[
        x
        for name, said in (
            ("张伟", "我们已经等得太久了，终于要通车了!"),
            ("李娜", "希望公交车第一天就能走这座桥..."),
            ("陈静", "施工期间的噪音实在太大了!"),
        )
        for x in (name, said, "2小时前")
    ],
]
_QA = ["问：大桥什么时候通车？", "答：明年春天。", "问：渡轮会停运吗？", "答：渡轮将继续运营一年。"]
_TIMELINE = ["大事记", "2021年6月 市议会批准建桥计划", "2022年3月 北侧桥墩开工", "2024年5月 最后一座钢拱吊装到位"]
_QUOTES = ["“我们已经等了太久太久了”", "“这座桥会改变整个城市的生活”", "“施工的噪音终于要结束了”"]


@pytest.mark.parametrize(
    "lines",
    [
        [_P1, _P2, *_OWN_LIST, _P3],  # the text's own list, announced by its sentence ending in a colon
        [_P1, _P2, _P3, *_OWN_LIST],  # ... at its end
        [_P1, "大桥的费用之争愈演愈烈", _P2, "附近居民终于松了一口气", _P3],  # its crossheads
        [_P1, _P2, _P3, *_COMMENTS],  # readers' comments: a name, what they said, when
        [_P1, _P2, _P3, *_QA],
        [_P1, _P2, _P3, *_TIMELINE],
        [_P1, _P2, _P3, *_QUOTES],  # pull quotes
    ],
    ids=["own-list-between", "own-list-at-end", "crossheads", "comments", "q-and-a", "timeline", "pull-quotes"],
)
def test_chinese_lines_that_look_like_a_list_are_none(lines: list[str]) -> None:
    _, related = _read([*_HEAD, *lines, *_END])
    assert related == []


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("渡轮船员投票决定夏季罢工", True),
        ("新しい路面電車の路線、旧市街まで延びる計画", True),
        ("联系我们", False),  # a few characters: a link of the footer's
        ("お問い合わせ", False),
        ("プライバシーポリシー", False),  # katakana alone: a loanword, a link
        ("市议会的计划包括：", False),  # a colon announces
        ("我们已经等得太久了，终于要通车了!", False),  # a comment's exclamation
        ("希望公交车第一天就能走这座桥...", False),  # an excerpt
        ("“这座桥会改变整个城市的生活”", False),  # a quotation wholly
        ("2024年5月17日 星期五 上午10点", False),  # a date
    ],
)
def test_a_line_of_cjk_characters_is_an_item_by_its_shape(line: str, item: bool) -> None:
    from tuiarchive.parser.related_shapes import cjk_item

    assert cjk_item(line) is item
