"""Where a Chinese or Japanese text's blocks part (issue 14, session 43): a short heading of a box under the text
over the box's one sentence is no part of that sentence (CJK has no capitals to tell a new sentence by, nor spaces
to count a link's words by: the reader joined them into one "paragraph" of the text), the text goes on under a
table between its paragraphs when two paragraphs of running text follow it (their length read in CJK characters,
not in letters of a cased script), and under a picture's or a video's label with its short rows (a credit, a
length) between them. Made-up pages and wording, written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser.evaluate import norm
from tuiarchive.parser.extract import extract
from tuiarchive.parser.lexicon import text_chars
from tuiarchive.parser.paragraphs import continues, join_lines

_JA_HEADLINE = "山あいの製材所が再開　移住した三人が技を継ぐ"
_JA_TOP = ["みさき新聞", "ホーム　地域　経済　くらし", "", _JA_HEADLINE, "2031年5月8日 9:40", ""]
_JA_TEXT = [
    "山あいの町で二十年前に閉じた製材所が、この春から再び動き始めた。町の外から移り住んだ三人が、古い機械を直して"
    "仕事を受け継いだ。",
    "機械は半世紀以上前に作られたもので、部品の多くはもう手に入らない。三人は各地から古い部品を集め、足りないものは"
    "町の鉄工所に頼んで作ってもらった。",
    "再開までには半年以上かかった。町の人たちも差し入れを持って作業場をのぞきに来るようになり、昔の写真を"
    "持ってくる人もいた。",
    "最初の注文は近くの小学校の本棚だった。地元の杉を使い、子どもたちも作業場で削る様子を見学した。三人は秋に"
    "木工の体験教室も開く予定だ。",
]
_ZH_HEADLINE = "山区小镇老锯木厂重新开工　三名年轻人接过手艺"
_ZH_TOP = ["江边晚报", "首页 要闻 民生 财经 文旅", "", _ZH_HEADLINE, "2031-05-08 09:40", ""]
_ZH_TEXT = [
    "山区小镇一家关闭了二十年的锯木厂今年春天重新开工。三名从外地搬来的年轻人修好了旧机器，把这门手艺接了过来。",
    "这些机器是半个多世纪前的产品，很多零件早已停产。三人四处收集旧零件，实在找不到的，就请镇上的铁匠铺照着样子"
    "打出来。",
    "从开始修理到重新开工用了半年多时间。镇上的居民常常带着吃的来车间看看，还有人特意拿来了锯木厂当年热闹时的老照片。",
    "第一笔订单来自附近的小学，他们用本地杉木做了一排书架，孩子们还到车间看了加工的过程。三人打算秋天开办木工体验课。",
]
_JA_LIST = ["", "関連記事", "商店街に新しい本屋　元銀行の建物を活用", "駅前の花壇、高校生が手入れ", "冬の星空観察会"]
_ZH_LIST = ["", "相关阅读", "老银行大楼变身社区书店", "高中生认领车站花坛", "冬夜观星活动吸引三百人"]
_FOOT = ["", "会社案内　お問い合わせ　利用規約"]

# a box's heading, its one sentence, its button (the sentence short of a paragraph: the box is the site's)
_JA_BOXES = [
    ["朝のニュースレター", "毎朝七時に町の話題をメールでお届けします。", "登録する"],
    ["わたしたちの取材を応援してください", "月五百円からのご支援で地域の取材が続けられます。", "支援する"],
]
_ZH_BOXES = [
    ["每日早报", "每天早上七点把本地新闻送到您的邮箱。", "订阅"],
    ["支持本地报道", "每月十元就能帮助我们继续下乡采访。", "支持"],
]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("top", "text", "box", "listed"),
    [
        *((_JA_TOP, _JA_TEXT, box, _JA_LIST) for box in _JA_BOXES),
        *((_ZH_TOP, _ZH_TEXT, box, _ZH_LIST) for box in _ZH_BOXES),
    ],
)
def test_a_cjk_text_ends_over_a_box_with_a_heading_and_one_sentence(
    top: list[str], text: list[str], box: list[str], listed: list[str], model: str | None
) -> None:
    lines = [*top]
    for paragraph in text:
        lines += [paragraph, ""]
    found = extract([*lines, *box, *listed, *_FOOT], title_model=model)
    assert norm(found.body[-1]) == norm(text[-1])
    assert norm(found.body[0]) == norm(text[0])


def test_a_short_cjk_heading_does_not_run_on_into_the_sentence_under_it() -> None:
    assert not continues("朝のニュースレター", "毎朝七時に町の話題をメールでお届けします。")
    assert not continues("每日早报", "每天早上七点把本地新闻送到您的邮箱。")


def test_a_cjk_sentence_split_at_a_link_still_runs_on() -> None:
    # the page broke the sentence where a link's words began or ended: a particle, a comma, or no sentence's end
    assert continues("町によると、", "商工会")
    assert continues("町の商工会", "が今月、新しい補助制度を発表した。")
    assert continues("镇上的", "铁匠铺")
    assert continues("三人は秋に木工の体験教室を開く予定で", "参加者を募っている。")
    # a link's words joined to the words before it: a sentence being put together, no heading
    assert continues(join_lines(["据", "镇统计站"]), "数据显示，今年来参观的游客多了一成。")


_JA_TABLE = ["品目　価格　前年比", "杉板　1200円　5%増", "ひのき板　1800円　8%増", "松板　900円　2%減"]
_ZH_TABLE = ["品种　价格　同比", "杉木板　120元　涨5%", "柏木板　180元　涨8%", "松木板　90元　降2%"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("top", "text", "table", "listed"),
    [(_JA_TOP, _JA_TEXT, _JA_TABLE, _JA_LIST), (_ZH_TOP, _ZH_TEXT, _ZH_TABLE, _ZH_LIST)],
)
def test_a_cjk_text_goes_on_under_a_table_between_its_paragraphs(
    top: list[str], text: list[str], table: list[str], listed: list[str], model: str | None
) -> None:
    lines = [*top, text[0], "", text[1], "", *table, ""]
    for paragraph in text[2:]:
        lines += [paragraph, ""]
    found = extract([*lines, *listed, *_FOOT], title_model=model)
    assert norm(found.body[-1]) == norm(text[-1])


_JA_VIDEO = ["【動画】作業場で板を削る三人", "再生時間 1:32"]
_ZH_PICTURE = ["【图】车间里新修好的带锯", "摄影：周小川"]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("top", "text", "rows", "listed"),
    [(_JA_TOP, _JA_TEXT, _JA_VIDEO, _JA_LIST), (_ZH_TOP, _ZH_TEXT, _ZH_PICTURE, _ZH_LIST)],
)
def test_a_cjk_text_goes_on_under_a_picture_label_and_its_short_rows(
    top: list[str], text: list[str], rows: list[str], listed: list[str], model: str | None
) -> None:
    lines = [*top, text[0], "", text[1], "", *rows, ""]
    for paragraph in text[2:]:
        lines += [paragraph, ""]
    found = extract([*lines, *listed, *_FOOT], title_model=model)
    assert norm(found.body[-1]) == norm(text[-1])


def test_a_cjk_paragraph_is_as_long_as_a_cased_one_that_says_as_much() -> None:
    assert text_chars("Forty letters of a short English line.") == len("Forty letters of a short English line.")
    assert text_chars(_ZH_TEXT[0]) >= 150 > text_chars("每天早上七点把本地新闻送到您的邮箱。")
