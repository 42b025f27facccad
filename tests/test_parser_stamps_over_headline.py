"""A byline over the headline with the header's furniture between them (a section's label, the date,
"Updated 4 hours ago"), and a relative time in the common languages ("vor 3 Stunden", "há 4 horas")
as a stamp of the header, never the rest of the headline. Made-up pages, written for these tests."""

from __future__ import annotations

import pytest
from madeup import TOLLBY_1, TOLLBY_2, TOLLBY_3

from tuiarchive.parser.dates import is_header_relative_stamp
from tuiarchive.parser.extract import extract

PT_HEADLINE = "Junta de Castro Alvo reabre a piscina municipal depois das obras"
PT_TEXT = [
    "A piscina municipal de Castro Alvo voltou a abrir na quinta-feira, depois de oito meses de obras que "
    "trocaram os filtros, o telhado e os balneários, com um custo acima do previsto no orçamento.",
    "Os nadadores do clube local regressam aos treinos na próxima semana, e a junta promete horários mais "
    "longos ao fim de semana durante todo o verão para quem não pode ir de manhã.",
]
DE_HEADLINE = "Stadtrat von Ellwangen genehmigt neuen Radweg entlang der Jagst"
DE_TEXT = [
    "Der Stadtrat von Ellwangen hat am Donnerstag den Bau eines neuen Radwegs entlang der Jagst genehmigt, "
    "der die beiden Ortsteile am Fluss auf einer Länge von vier Kilometern verbinden soll.",
    "Die Arbeiten sollen im Frühjahr beginnen, die Kosten teilen sich Stadt und Land, wie der Bürgermeister "
    "nach der Sitzung sagte, in der nur zwei Räte gegen den Plan gestimmt hatten.",
]
HEADLINE = "Tollby council to vote on the new lock gates this month"
TEXT = [TOLLBY_1, TOLLBY_2, TOLLBY_3]


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("over", "headline", "text", "author"),
    [
        (
            ["por Rosa Meireles", "Local", "12-05-2026, 09h40", "Atualizado há 3 horas"],
            PT_HEADLINE,
            PT_TEXT,
            "Rosa Meireles",
        ),
        (
            ["Von Lena Brandl", "Region", "12.05.2026, 09:40 Uhr", "Aktualisiert vor 2 Stunden"],
            DE_HEADLINE,
            DE_TEXT,
            "Lena Brandl",
        ),
        (["By Jane Roe", "Waterways", "12 May 2026", "Updated 5 hours ago"], HEADLINE, TEXT, "Jane Roe"),
    ],
)
def test_a_byline_over_the_headline_over_its_label_date_and_update(
    over: list[str], headline: str, text: list[str], author: str, model: str | None
) -> None:
    page = ["The Paper", "Home | News | Sport | Weather", "", *over, headline, "2 min read", "", *text]
    found = extract([*page, "", "Home", "Contact"], title_model=model)
    assert (found.title, found.author) == (headline, author)


def test_a_byline_over_another_story_over_the_headline_is_not_its_writers() -> None:
    # a card of another story (its byline, then its headline) stands between: no furniture only
    other = ["Opinion", "By Tom Ash", "Why the harbour needs a new wall before the winter storms arrive", "Latest"]
    page = ["The Paper", "Home | News | Sport | Weather", "", *other, "", "12 May 2026", HEADLINE, "", *TEXT]
    assert extract(page, title_model=None).author is None


@pytest.mark.parametrize(
    "line",
    ["vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "há 4 horas", "7 ore fa", "2 uur geleden",
     "3 godziny temu", "5 часов назад", "Atualizado há 4 horas", "Mis à jour il y a 1 heure"],
)  # fmt: skip
def test_a_relative_time_in_the_common_languages_is_a_stamp(line: str) -> None:
    assert is_header_relative_stamp(line)


@pytest.mark.parametrize("line", ["vor allem im Sommer", "hace falta", "3 ore fa il sindaco ha detto"])
def test_words_around_a_figure_are_no_relative_time(line: str) -> None:
    assert not is_header_relative_stamp(line)


@pytest.mark.parametrize("model", [None, "shipped"])
@pytest.mark.parametrize(
    ("headline", "stamp", "text"),
    [(DE_HEADLINE, "vor 3 Stunden", DE_TEXT), (PT_HEADLINE, "há 3 horas", PT_TEXT)],
)
def test_a_relative_time_under_the_headline_is_no_rest_of_it(
    headline: str, stamp: str, text: list[str], model: str | None
) -> None:
    page = ["The Paper", "Home", "News", "Sport", "", headline, stamp, "", *text, "", "Ana Lobo"]
    assert extract(page, title_model=model).title == headline


@pytest.mark.parametrize("model", [None, "shipped"])
def test_a_headline_under_its_byline_label_and_date_is_no_site_name(model: str | None) -> None:
    # the site's name over the menu, then the byline, a section's label, the date: the headline under them
    over = ["Por Rosa Meireles", "Sociedade", "12/05/2026", "Atualizado há 3 horas"]
    page = ["Folha de Castro", "Início", "Local", "Desporto", "", *over, PT_HEADLINE, "", *PT_TEXT]
    found = extract([*page, "", "Início", "© 2026 Folha de Castro"], title_model=model)
    assert (found.title, found.author) == (PT_HEADLINE, "Rosa Meireles")
