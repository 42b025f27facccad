"""Credits in the header that are, or are not, the writer's: a picture's credit under the byline ("Pic: A",
"Bild: A") names the photographer, not the writer, over a byline or on a page with no writer (review W15); a
writer's label no lexicon knows still names the writer; a Japanese credit of any role's words, "・", the name
and the date ("構成・A　date", review W12), the name read whole where it is written with a space ("文・森川 葵",
review W13), a picture's role ("写真・A") and a pair of sections ("政治・経済") no credit of the writer.
Every page here is made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.formats import parse_file
from tuiarchive.parser.extract import extract

HEADLINE = "Tollby council to vote on the new lock gates this month"
DEK = "Boat owners say the old gates leak and the repairs have run two years late."
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize(
    "credit",
    [
        "Pic: Callum Brierley",
        "Bild: Lena Hartmann",
        "Imagen: Lucía Ferrer",
        "Aufnahme: Lena Hartmann",  # a label no lexicon knows: the name over it, with its job and date, wins
    ],
)
@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_pictures_credit_under_a_byline_with_job_date_and_read_time_is_no_writer(
    credit: str, model: str | None
) -> None:
    page = ["Home", "News", HEADLINE, DEK, "Morwenna Tate", "Transport correspondent", "11:20, 9 March 2026"]
    page += ["4 min read", credit, *TEXT]
    assert extract(page, title_model=model).author == "Morwenna Tate"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Pic: Toby Lancaster", None),
        ("Immagine: Paolo Greco", None),
        ("Crédit : Aline Morel", None),
        ("Autorin: Jana Roth", "Jana Roth"),  # a writer's label, by the date: the writer
        ("Crónica: Ana Ruiz y Marta Gil", "Ana Ruiz, Marta Gil"),
    ],
)
def test_a_labelled_name_by_the_date_on_a_page_with_no_byline(credit: str, author: str | None) -> None:
    page = ["Home", "News", HEADLINE, "Sun 8 Mar 2026 07.00 GMT", credit, *TEXT]
    assert extract(page, title_model=None).author == author


def test_a_pictures_credit_in_a_saved_pages_figure_is_no_writer(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    page = tmp_path / "lock-gates.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lock gates | Canal Morning</title>'
        '</head><body><header><a href="/">Canal Morning</a></header><article>'
        f'<h1>{HEADLINE}</h1><p><time datetime="2026-03-09">9 March 2026</time> · 3 min read</p>'
        '<figure><img src="gates.jpg" alt=""><figcaption>Pic: Callum Brierley</figcaption></figure>'
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    assert parse_file(page).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("構成・大西真理子　2026年3月3日", "大西真理子"),
        ("聞き書き・山口健太 2026.3.3", "山口健太"),
        ("取材・山口 健太　2026年3月3日", "山口 健太"),  # a family and a given name with a space
        ("写真・山口健太　2026年3月3日", None),  # the picture's credit
        ("政治・経済　2026年3月3日", None),  # two sections' words
    ],
)
def test_a_japanese_credit_of_any_role_then_its_date(line: str, author: str | None) -> None:
    found = extract(["Home", "News", HEADLINE, line, *TEXT], title_model=None)
    assert found.author == author
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文・森川 葵", "森川 葵"),  # the given name after a space is the name's
        ("記者 林雨晴 報道", "林雨晴"),  # after a label and a space, a space parts the name from the next word
    ],
)
def test_a_cjk_name_written_with_a_space(line: str, author: str) -> None:
    found = extract(["Home", "News", HEADLINE, "2026年3月3日", line, *TEXT], title_model=None)
    assert found.author == author


@pytest.mark.parametrize("label", ["配信日", "发稿时间", "更新日期", "掲載日時"])
def test_a_dates_label_before_the_date_is_no_writer(label: str) -> None:
    # (s37, review W17) a word for a day or a time, then the date: the date's label, no name; the writer signs
    # under the text
    page = ["Home", "News", HEADLINE, f"{label} 2026年3月3日", *TEXT, "（記者・大西真琴）"]
    found = extract(page, title_model=None)
    assert found.author == "大西真琴"
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("記者：小野寺 遥", "小野寺 遥"),  # (s37) after a label's colon or slash, the name to the line's end
        ("文／森川 葵", "森川 葵"),
        ("记者：王明 报道", "王明"),  # "reported" after the name is no given name
        ("记者 欧阳 晓", "欧阳 晓"),  # after a space too, four characters at most
        ("记者 王明 摄", "王明"),
        ("取材・文＝小野寺 遥", "小野寺 遥"),
        ("小野寺 遥 記者", "小野寺 遥"),  # the name, then the job
    ],
)
def test_a_spaced_cjk_name_after_a_labels_mark(line: str, author: str) -> None:
    found = extract(["Home", "News", HEADLINE, "2026年3月3日", line, *TEXT], title_model=None)
    assert found.author == author


@pytest.mark.parametrize(
    ("closing", "author"),
    [("（記者・小野寺 遥）", "小野寺 遥"), ("（文／森川 葵）", "森川 葵"), ("（记者 王明 报道）", None)],
)
def test_a_spaced_cjk_name_in_brackets_under_the_text(closing: str, author: str | None) -> None:
    found = extract(["Home", "News", HEADLINE, "2026年3月3日", *TEXT, closing], title_model=None)
    assert found.author == author


@pytest.mark.parametrize(
    ("card", "name"),
    [
        (["Lucía Ferrer", "Periodista de Local"], "Lucía Ferrer"),  # (s37) a job in another language
        (["Giornalista", "Paolo Greco", "Segui l'autore"], "Paolo Greco"),  # the job over the name
        (["Greta Lindholm", "Redakteurin im Lokalressort", "Alle Artikel"], "Greta Lindholm"),
        (["Journaliste", "Odile Marchal", "S'abonner"], "Odile Marchal"),
    ],
)
def test_a_writers_card_with_a_job_in_the_common_languages(card: list[str], name: str) -> None:
    page = ["Home", "News", "Sport", HEADLINE, *card, "3 March 2026", *TEXT]
    assert extract(page, title_model=None).author == name


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Un article d'Odile Marchal / Mis à jour le 3 mars 2026", "Odile Marchal"),  # (s37, review bd2-fr1's shape)
        ("Una crónica de Alba Serrat · 3 de marzo de 2026", "Alba Serrat"),
        ("Un articolo di Marco Bellandi | 3 marzo 2026", "Marco Bellandi"),
    ],
)
def test_a_romance_a_piece_of_byline_with_its_date(line: str, author: str | None) -> None:
    found = extract(["Home", "News", HEADLINE, line, *TEXT], title_model=None)
    assert found.author == author
    assert found.published is not None and (found.published.month, found.published.day) == (3, 3)


def test_a_romance_a_thing_of_a_place_is_no_byline() -> None:
    assert (
        extract(["Home", "News", HEADLINE, "Un pont de Tollby", "3 mars 2026", *TEXT], title_model=None).author is None
    )
