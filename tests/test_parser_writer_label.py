"""A writer's label is no part of the names (review W8, s35: the label itself given as the writer; "label: A y B"
lost): a CJK label glued to the name ("记者王小明") or alone where the page left the name empty ("作者："); a
label no lexicon knows, a word or two and its colon before names ("Redacción: A y B"). Made-up names and pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.formats import parse_file
from tuiarchive.parser.extract import extract
from tuiarchive.parser.names import clean_author


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("作者：", None),
        ("記者", None),
        ("文：", None),
        ("记者周晓岚", "周晓岚"),
        ("本报记者 周晓岚", "周晓岚"),
        ("記者：浜田涼子", "浜田涼子"),
        ("文天祥", "文天祥"),  # a name that opens with the one-character label, no mark after it
        ("Mara Lindqvist", "Mara Lindqvist"),
        ("Redacción: Alba Serrat y Nuria Pons", "Alba Serrat, Nuria Pons"),
        ("Textes : Odile Marchal et Rémi Faure", "Odile Marchal, Rémi Faure"),
        ("Mara Lindqvist: Harbour Ledger", "Mara Lindqvist: Harbour Ledger"),  # a name before the colon: no label
    ],
)
def test_a_writers_label_is_no_part_of_the_name(byline: str, name: str | None) -> None:
    assert clean_author(byline) == name


@pytest.mark.parametrize("model", [None, "shipped"])
def test_two_writers_after_a_label_under_the_headline(model: str | None) -> None:
    text = [
        "El ayuntamiento aprobó el martes el plan para las nuevas esclusas del canal, después de dos años de "
        "retrasos y de una serie de reuniones públicas con los vecinos del puerto.",
        "Los propietarios de barcos que hablaron en la reunión estaban divididos: unos dijeron que el coste era "
        "demasiado alto y otros que el canal no podía pasar otro invierno con compuertas que pierden agua.",
        "La comisión de hacienda calculó el coste en unos doce millones, un tercio de ellos a cargo de la región, "
        "y dijo que las obras podrían empezar la próxima primavera.",
    ]
    headline = "El ayuntamiento aprueba las nuevas esclusas del canal"
    page = ["El Correo del Canal", "Portada", headline, "Crónica: Alba Serrat y Nuria Pons", "3 de marzo de 2026"]
    assert extract([*page, *text], title_model=model).author == "Alba Serrat, Nuria Pons"


def test_a_saved_pages_empty_author_element_names_nobody(tmp_path: Path) -> None:
    text = "".join(
        f"<p>{p}</p>"
        for p in (
            "市政府周二表示，新的港口大桥将于明年春天通车，工程费用比原计划增加了三分之一，主要原因是钢材价格上涨。",
            "工程师告诉市议会，大桥已于一月份通过了荷载测试，但钢拱的油漆工作将在通车后继续进行数周。",
            "住在港口附近的居民说，他们很高兴工程即将结束，过去两年里渡轮一直是过河的唯一途径。",
        )
    )
    page = tmp_path / "bridge.html"
    page.write_text(
        '<!doctype html><html lang="zh"><head><title>港口大桥明年春天通车</title></head><body><main><article>'
        '<h1>港口大桥明年春天通车</h1><div><span class="time">2031-03-12 09:58:03</span>'
        f'<span class="source">来源：港城日报</span><span class="author">作者：</span></div>{text}</article>'
        "</main></body></html>",
        encoding="utf-8",
    )
    assert parse_file(page).author is None


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("label", "button", "date", "name"),
    [
        ("Autorin: Edda Vollrath", "Alle Artikel", "3. März 2031", "Edda Vollrath"),
        ("Cronista: Alba Serrat", "Seguir", "3 de marzo de 2031", "Alba Serrat"),
    ],
)
def test_a_name_after_a_label_no_lexicon_knows_with_a_button_under_it(
    label: str, button: str, date: str, name: str, model: str | None
) -> None:
    # review W8 / H7 (s36): a reporter's label and a follow or all-stories button around the byline
    headline = "Tollby council to vote on the new lock gates this month"
    page = ["The Canal Courier", "Home", "News", headline, label, button, date, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=model).author == name


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("card", "name"),
    [
        (["Edda Vollrath Follow", "3 March 2031"], "Edda Vollrath"),  # the card's button run into the name
        (["Edda Vollrath + Folgen", "3. März 2031"], "Edda Vollrath"),
        (["Edda Vollrath", "Lokalredakteurin", "Folgen", "Alle Artikel", "3. März 2031"], "Edda Vollrath"),
    ],
)
def test_a_writers_card_with_its_buttons_under_the_headline(card: list[str], name: str, model: str | None) -> None:
    # H7 (s36): follow and all-stories buttons around the byline; the last one over the date is no byline
    headline = "Tollby council to vote on the new lock gates this month"
    page = ["The Canal Courier", "Home", "News", headline, *card, TOLLBY_1, TOLLBY_2, TOLLBY_3]
    assert extract(page, title_model=model).author == name


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    "byline",
    [["记者", "周晓岚", "关注"], ["本报记者 周晓岚", "分享"], ["特约记者 周晓岚"]],
)
def test_a_cjk_label_over_the_name_or_before_it_with_buttons(byline: list[str], model: str | None) -> None:
    headline = "新船闸方案月底交付议会表决"
    text = [
        "镇政府周二表示，新的船闸方案将在月底前提交议会表决，此前该项目已经推迟了两年，多次公开会议也未能平息争议。",
        "居民们在多次公开会议上表达了对费用的担忧，一些船主认为闸门造价过高，而商户则希望工程尽快开工。",
        "议会将在下次会议上讨论最终方案，工程预计明年春天开工，届时运河将部分封闭约三个月。",
    ]
    page = ["运河日报", "首页", "新闻", headline, *byline, "2031年3月3日", *text]
    assert extract(page, title_model=model).author == "周晓岚"
