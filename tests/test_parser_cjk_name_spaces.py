"""A Chinese or Japanese writer's name with a space between the family and the given name keeps the
space the page printed: an ideographic one stays ideographic, a plain one plain (s38, issue 14: reading a
line collapses every space, and "名　字" came out as "名 字", a name the page never wrote). Made-up pages,
written for these tests."""

from __future__ import annotations

import pytest

from tuiarchive.parser import parse_bytes

JA_PAGE = [
    "みなと日報",
    "暮らし",
    "坂の上の銭湯、改装を終えて営業再開",
    "文・写真＝{name}",
    "2026年5月12日",
    "",
    "坂の上で七十年続く銭湯が、半年の改装を終えて今週から営業を再開した。タイル絵は元の職人の弟子が描き直したという。",
    "",
    "再開初日には開店前から列ができ、常連客は「また通える場所が戻ってきた」と喜んだ。料金は据え置く。",
    "",
    "店主は今後、月に一度の朝風呂の日も設ける予定だと話している。",
]
ZH_PAGE = [
    "河畔晚报",
    "城市",
    "老城区夜市今夏重新开放",
    "2026年6月2日 08:30",
    "记者 {name}",
    "",
    "停办三年的老城区夜市将于本月中旬重新开放，摊位数量比过去减少了一半，但新增了休息区和照明设施。",
    "",
    "街道办表示，摊主需要提前登记，并遵守新的垃圾分类规定。不少老摊主已经报名。",
    "",
    "夜市每周五至周日开放，营业时间为晚上六点到十一点。",
]


def _author(lines: list[str], name: str) -> str | None:
    page = "\n".join(lines).replace("{name}", name) + "\n"
    return parse_bytes(page.encode("utf-8"), "made-up.txt").author


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (JA_PAGE, "久米\u3000美咲"),  # an ideographic space, as Japanese pages print it
        (JA_PAGE, "久米 美咲"),  # a plain one stays plain
        (ZH_PAGE, "司马\u3000云舒"),
        (ZH_PAGE, "司马 云舒"),
    ],
)
def test_a_cjk_name_keeps_the_space_the_page_printed(lines: list[str], name: str) -> None:
    assert _author(lines, name) == name


@pytest.mark.parametrize(
    ("lines", "credit", "name"),
    [
        # a Japanese family name of three characters, then the given name (after any label's mark)
        (JA_PAGE, "文・写真＝{name}", "長谷部 千尋"),
        (JA_PAGE, "文・写真＝{name}", "宇佐美\u3000由美子"),
        (JA_PAGE, "記者：{name}", "五十嵐 さくら"),
        # a family name of one character
        (JA_PAGE, "記者 {name}", "岡 美咲"),
        (ZH_PAGE, "记者：{name}", "林 雨晴"),
    ],
)
def test_a_spaced_cjk_name_is_read_whole(lines: list[str], credit: str, name: str) -> None:
    page = [line.replace("文・写真＝{name}", credit).replace("记者 {name}", credit) for line in lines]
    assert _author(page, name) == name


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("本报记者 {name} 赵敏", "钱立新"),  # a Chinese name of three characters is whole: the next is another's
        ("记者 {name} 报道", "钱立新"),  # the name, then "reported"
    ],
)
def test_a_chinese_name_of_three_characters_stops_at_the_space(credit: str, name: str) -> None:
    page = [line.replace("记者 {name}", credit) for line in ZH_PAGE]
    assert _author(page, name) == name


JA_HEAD = ["みなと日報", "暮らし", "坂の上の銭湯、改装を終えて営業再開"]
JA_TEXT = [line for line in JA_PAGE[6:] if line]
ZH_HEAD = ["河畔晚报", "城市", "老城区夜市今夏重新开放"]
ZH_TEXT = [line for line in ZH_PAGE[6:] if line]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        # (s38, review W28) a spaced name alone on its line: over or under the date, over the writer's job, in
        # brackets under the text
        ([*JA_HEAD, "{name}", "2026年5月12日", *JA_TEXT], "宇佐美 千尋"),
        ([*JA_HEAD, "2026年5月12日", "{name}", *JA_TEXT], "汐田\u3000ひなた"),
        ([*JA_HEAD, "{name}", "港湾担当記者", "2026年5月12日", *JA_TEXT], "宇佐美 千尋"),
        ([*JA_HEAD, "2026年5月12日", *JA_TEXT, "（{name}）"], "汐田 凪"),
        ([*ZH_HEAD, "2026年6月2日 08:30", "{name}", *ZH_TEXT], "司徒 听雨"),
        ([*ZH_HEAD, "2026年6月2日 08:30", *ZH_TEXT, "（{name}）"], "孙 若溪"),
    ],
)
def test_a_spaced_cjk_name_alone_on_its_line_is_the_writer(lines: list[str], name: str) -> None:
    assert _author(lines, name) == name


@pytest.mark.parametrize(
    "lines",
    [
        [*ZH_HEAD, "2026年6月2日 08:30", "{name}", *ZH_TEXT],  # a row of two sections
        [*ZH_HEAD, "2026年6月2日 08:30", *ZH_TEXT, "{name}"],  # a button's two words under the text
    ],
)
def test_two_chinese_words_with_a_space_are_no_name(lines: list[str]) -> None:
    assert _author(lines, "综合 视频") is None


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("企画・編集\u3000{name}", "宇佐美 ひなた"),  # (s38) a run of roles no lexicon knows, then the name
        ("聴取・構成＝{name}", "汐田 凪"),
    ],
)
def test_a_japanese_run_of_roles_then_a_name_is_the_writer(credit: str, name: str) -> None:
    page = [line.replace("文・写真＝{name}", credit) for line in JA_PAGE]
    assert _author(page, name) == name


def test_a_run_of_roles_with_a_picture_role_names_no_writer() -> None:
    page = [line.replace("文・写真＝{name}", "撮影・編集\u3000{name}") for line in JA_PAGE]
    assert _author(page, "宇佐美 ひなた") is None


@pytest.mark.parametrize(
    ("lines", "credit", "name"),
    [
        # (s38, review W28) a spaced name, then on the same line the date's label and the date
        (JA_PAGE, "記者：{name}\u3000更新：2026年5月12日 10:12", "小野寺 千景"),
        (JA_PAGE, "文＝{name}\u3000公開日 2026年5月12日", "宇佐美 千尋"),
        (ZH_PAGE, "记者：{name}\u3000发布时间：2026年6月2日 08:30", "欧阳 晓明"),
    ],
)
def test_a_spaced_name_before_a_labelled_date_on_its_line(lines: list[str], credit: str, name: str) -> None:
    page = [line.replace("文・写真＝{name}", credit).replace("记者 {name}", credit) for line in lines]
    page = [line for line in page if line not in ("2026年5月12日", "2026年6月2日 08:30")]
    assert _author(page, name) == name
