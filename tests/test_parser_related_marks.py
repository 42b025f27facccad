"""Stage `related` on made-up pages: where the lists after the text end (a licence line under the
text is no footer; a footer's short links over its copyright line are no items) and lists whose
items carry a bullet or a rank."""

from __future__ import annotations

import pytest
from madeup import LAST, LEAD, MORE
from madeup_related import HEAD

from tuiarchive.parser.extract import extract

_STORIES = [
    "Ferry crews agree a new rota after the winter strike",
    "Old rope works to reopen as a weekend market",
    "Orchard owners plant hedges to shelter the blossom",
    "Two villages share one school bus from September",
]
_LES = [  # headlines sharing their first word: no table's rows once their bullet is set apart
    "Les pêcheurs du port réclament un quai plus long",
    "Les bibliothèques du canton ouvrent le dimanche",
    "Les vignerons plantent des haies contre le gel",
    "Le marché couvert rouvre après deux ans de travaux",
]
_FOOTERS = [
    ["Datenschutz", "Anzeigen in der Zeitung", "Über uns", "Karriere", "© 2031 Talbote"],
    ["Confidentialité", "Annoncer dans le journal", "Qui sommes-nous", "© 2031 La Gazette du Val"],
    ["Privacidad", "Publicidad en el diario", "Quiénes somos", "Trabaje con nosotros", "© 2031 El Eco"],
]


def _page(after: list[str], footer: list[str] | None = None) -> list[str]:
    """The headlines listed on a page whose text's last paragraph has the lines `after` under it, each
    block apart (blank lines), then its footer."""
    lines = [*HEAD, "", LEAD, "", MORE, "", LAST, "", *after, "", *(footer or _FOOTERS[0])]
    found = extract(lines, title_model=None)
    assert found.body[-1] == LAST
    return [r.headline for r in found.related]


@pytest.mark.parametrize(
    "licence",
    [
        "This report may be shared freely under a Creative Commons licence, with credit to the Gazette.",
        "© 2031 Talbote. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    ],
)
@pytest.mark.parametrize("header", ["Read more", "Also worth a look", None])
def test_a_licence_line_under_the_text_does_not_end_the_list_under_it(licence: str, header: str | None) -> None:
    listed = [licence, "", *([header, ""] if header else []), *_STORIES]
    assert _page(listed) == _STORIES


@pytest.mark.parametrize("footer", _FOOTERS)
@pytest.mark.parametrize("after", [[], ["Themen", "Landwirtschaft", "Wetter"]])
def test_a_footers_short_links_over_its_copyright_line_are_no_items(footer: list[str], after: list[str]) -> None:
    # a page with no list of other articles: its footer's links in words no rule knows list nothing
    assert _page(after, footer) == []


@pytest.mark.parametrize("footer", _FOOTERS)
def test_a_footers_first_link_in_a_headlines_words_is_no_last_item(footer: list[str]) -> None:
    assert _page(["Read more", "", *_STORIES], footer) == _STORIES


@pytest.mark.parametrize("mark", ["• ", "- ", "▪ ", "1. "])
@pytest.mark.parametrize("header", ["Read more", "Keep reading", "Continuer la lecture"])
def test_bulleted_or_ranked_items_are_read_without_their_mark(mark: str, header: str) -> None:
    marked = [mark.replace("1", str(k + 1)) + h for k, h in enumerate(_LES)]
    assert _page([header, "", *marked]) == _LES


@pytest.mark.parametrize(
    "widget",
    [
        ["Rate this report", "1", "2", "3", "4", "5", "Average rating 4.3 (27 votes)"],
        ["Bewerten Sie diesen Artikel", "Durchschnitt 3,9 (112 Stimmen)"],
        ["Rated 4.5/5 by our readers"],
    ],
)
def test_a_rating_widgets_score_over_a_list_with_no_header_is_no_item(widget: list[str]) -> None:
    assert _page([*widget, "", *_STORIES]) == _STORIES


_TIMED = {  # a list's header, then each item under its time, right over the footer's first lines (no blank)
    "ja": (
        "あわせて読みたい",
        [
            ("20:15", "港の朝市、春から土曜も開催へ"),
            ("16:50", "旧駅舎を図書館に改装する計画"),
            ("08:05", "湖畔の遊歩道に街灯を増設"),
        ],
        ["サイトマップ", "© 2031 北湖新報", "会社概要"],
    ),
    "en": (
        "Latest",
        [("10:15", "Ferry fares rise again"), ("09:40", "Quay cafe wins award"), ("08:05", "Tram depot gets solar")],
        ["About us", "Privacy", "© 2031 The Quay Post"],
    ),
}


@pytest.mark.parametrize("lang", list(_TIMED))
def test_timed_items_right_over_the_footers_first_lines_are_no_footer_links(lang: str) -> None:
    # (review W94) each item's time is a list's, never a footer's: the footer starts at its first known line
    header, items, footer = _TIMED[lang]
    timed = [x for when, headline in items for x in (when, headline)]
    lines = [*HEAD, "", LEAD, "", MORE, "", LAST, "", header, "", *timed, *footer]
    found = extract(lines, title_model=None)
    assert [r.headline for r in found.related] == [headline for _when, headline in items]
