"""Whole made-up CJK page copies (issue 14): a headline that asks a question, a paid article's label by the writer's
name, a summary's label over the text, items of a list after a bullet. Written for these tests."""

from __future__ import annotations

from pathlib import Path

from tuiarchive.model import Article
from tuiarchive.parser import parse_bytes


def _read(lines: list[str]) -> Article:
    return parse_bytes("\n".join(lines).encode("utf-8"), Path("page.txt"))


JA_HEADLINE = "峠の茶屋が復活へ　なぜ若者が継いだのか？"
JA_TEXT = [
    "旧街道の峠にあった茶屋が、今月末に再び店を開ける。店を継いだのは、隣町で育った27歳の女性だ。",
    "茶屋は十年前に先代の店主が亡くなってから閉まっていたが、登山客からは再開を望む声が絶えなかった。",
    "女性は週末ごとに峠へ通い、地元の人たちと一緒に古い建物を少しずつ直してきた。",
    "名物だった草餅は、先代の家族から教わった作り方をそのまま受け継ぐという。",
]
JA_ITEMS = ["山あいの温泉宿、改装終え再開", "旧街道の道しるべを地元の中学生が修復", "秋の紅葉まつり、今年は夜間も"]
JA_PAGE = [
    f"{JA_HEADLINE} | 峠みち新聞デジタル", "メニュー", "ログイン", "トップ", "ニュース", "峠みち新聞デジタル",
    JA_HEADLINE,
    "2031年10月4日 6時00分", "有料記事", "川端結衣", "この記事をシェアする", "保存", *JA_TEXT, "関連ニュース",
    *[f"・{item}" for item in JA_ITEMS], "利用規約", "Copyright © 峠みち新聞社",
]  # fmt: skip


def test_a_cjk_headline_asking_a_question_under_its_browser_title() -> None:
    found = _read(JA_PAGE)
    assert " ".join(found.title.split()) == " ".join(JA_HEADLINE.split())


def test_a_paid_articles_label_is_no_writer() -> None:
    assert _read(JA_PAGE).author == "川端結衣"


def test_a_cjk_list_item_after_a_bullet_is_its_headline() -> None:
    assert [item.headline for item in _read(JA_PAGE).related] == JA_ITEMS


ZH_TEXT = [
    "　　本报讯（记者 高雅琴）10月3日，河西街道首个“共享工具房”在向阳小区启用，居民可以免费借用各类维修工具。",
    "　　工具房设在小区门口一间闲置的门卫室里，配有电钻、梯子、扳手等五十多件工具。",
    "　　街道工作人员表示，今后还将邀请志愿者定期为居民提供小家电维修服务。",
]


def test_a_cjk_summary_under_its_label_is_no_first_paragraph() -> None:
    page = [
        "河西晚报", "首页 新闻 本地 视频", "小区里开出共享工具房　居民免费借用", "2031-10-04 07:30　来源：河西晚报",
        "核心提示：工具房由闲置的门卫室改造而成，五十多件工具向居民免费开放。", *ZH_TEXT,
        "相关新闻", "河西街道新增两处口袋公园", "老旧小区加装电梯进入施工期",
    ]  # fmt: skip
    found = _read(page)
    assert (found.body[0], found.body[-1]) == (" ".join(ZH_TEXT[0].split()), " ".join(ZH_TEXT[-1].split()))


HANT_TEXT = [
    "一年一度的溪口老街風箏節15日登場，上百只由居民親手紮製的風箏沿著河堤一字排開，吸引大批遊客駐足。",
    "今年的風箏以「團圓」為主題，不少作品出自返鄉青年和社區長輩之手。",
    "主辦的社區發展協會表示，活動期間老街商家延長營業，並有接駁車往返火車站。",
    "風箏節將持續到月底。",  # a short last paragraph: one sentence
]
HANT_ITEMS = ["海岸公路邊坡改善工程完工", "縣立美術館推出兒童特展", "漁港假日魚市人潮回流"]


def test_a_short_cjk_sentence_closes_the_text_over_a_list() -> None:
    page = [
        "溪口風箏節登場　百只手工風箏飛上河堤 - 溪口日報", "溪口日報", "即時", "地方", "生活",
        "溪口風箏節登場　百只手工風箏飛上河堤", "溪口日報／記者林佳穎／宜蘭報導", "2031年3月15日 週六 下午4:30",
        "分享", "複製連結", *HANT_TEXT, "更多溪口日報報導", *HANT_ITEMS, "Copyright © 2031 溪口日報 版權所有",
    ]  # fmt: skip
    found = _read(page)
    assert (found.author, found.body[-1]) == ("林佳穎", HANT_TEXT[-1])
    assert [item.headline for item in found.related] == HANT_ITEMS


def test_a_japanese_list_header_in_a_sentence_and_a_report_link_are_no_stories() -> None:
    page = [*JA_PAGE[: JA_PAGE.index("関連ニュース")], "こんな記事も読まれています", *JA_ITEMS, "記事に関する報告"]
    assert [item.headline for item in _read(page).related] == JA_ITEMS


WIRE_TEXT = [
    "新华社江州11月20日电（记者 钱海宁）记者20日从江州湿地保护区获悉，今冬首批白鹤已飞抵保护区，数量约90只。",
    "保护区工作人员介绍，今年的水位条件较好，浅水区面积比去年扩大，为候鸟觅食提供了有利条件。",
    "据介绍，今冬到保护区越冬的候鸟总数预计将超过去年。（完）",  # the wire's end mark after the last sentence
]


def test_a_cjk_text_closing_on_the_wires_end_mark_ends_there() -> None:
    page = [
        "江州湿地迎来今冬首批白鹤-江州网", "江州网", "首页", "时政", "江州湿地迎来今冬首批白鹤",
        "2031-11-20 16:42:08 来源：江州网", "分享到：", *WIRE_TEXT, "【纠错】", "【责任编辑:孙立】",
        "相关新闻", "江南湿地公园获评示范单位", "长江禁渔五周年鱼类资源恢复", "江州网版权所有，未经书面授权禁止使用",
    ]  # fmt: skip
    assert _read(page).body[-1] == WIRE_TEXT[-1]


def test_the_reporter_in_a_cjk_leads_brackets_is_the_writer() -> None:
    page = [
        "江州湿地迎来今冬首批白鹤-江州网", "江州网", "首页", "时政", "江州湿地迎来今冬首批白鹤",
        "2031-11-20 16:42:08 来源：江州网", "分享到：", *WIRE_TEXT, "相关新闻", "江南湿地公园获评示范单位",
        "长江禁渔五周年鱼类资源恢复",
    ]  # fmt: skip
    assert _read(page).author == "钱海宁"


def test_a_long_japanese_headline_is_the_headline_without_a_browser_title() -> None:
    headline = "峠の茶屋が十年ぶりに復活へ、隣町で育った27歳の女性が先代の味を受け継いで今月末に店を開ける"
    page = ["峠みち新聞", "トップ", "ニュース", "", headline, "2031年10月4日 6時00分", "記者 川端 結衣", *JA_TEXT]
    assert _read(page).title == headline


def test_a_dashed_cjk_signature_ends_the_text_over_a_note_and_a_list() -> None:
    """(review W68) the last short sentence, then "— 名前", a note on method and a list with no header."""
    lines = [
        "みなと日報", "ホーム", "地域", "渡し場の新しい船着き場、秋までに完成へ", "2031年5月12日 9時05分",
        "町は12日、渡し場に新しい船着き場を造る工事が秋までに終わる見通しだと発表した。大きな船も着けるようになる。",
        "工事は昨年の冬に始まり、当初は夏に終わる予定だったが、梅雨の大雨で作業が遅れた。",
        "見学会は毎月第二土曜日に開かれる。",
        "", "", "— 森野葵", "取材方法：町の発表資料と工事記録を確認しました。", "",
        "駅前の再開発、住民説明会を来月開催", "（川口健撮影）", "町立図書館、土曜の開館時間を延長",
        "花火大会の日程が決まる", "", "会社概要", "お問い合わせ",
    ]  # fmt: skip
    found = _read(lines)
    assert (found.author, found.body[-1]) == ("森野葵", "見学会は毎月第二土曜日に開かれる。")
