"""The story's own data INSIDE its text (issue 14): a table of figures between two paragraphs, its header row
over its rows (a text copy's cells run together: "Stand This year Last year"), the text going on under it. The
body runs on to the text's last paragraph, and the site's list after the text is found, with or without its
header; so is a list of the story's points there, bulleted, numbered or bare, in a text copy or a saved page.
Every page here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file
from tuiarchive.model import Article
from tuiarchive.parser.extract import extract

_ITEMS = ["Ferry crews vote to strike over summer rosters", "New tram line to reach the old town by 2028",
          "Fishing fleet returns early as storm nears coast"]  # fmt: skip


def _read(head: list[str], above: list[str], rows: list[str], below: list[str], *, header: bool = True) -> Article:
    lines = [*head]
    for p in above:
        lines += [p, ""]
    lines += [*rows, ""]
    for p in below:
        lines += [p, ""]
    lines += ["Share this article", "", "More from the Ledger"] if header else []
    lines += [*_ITEMS, "", "About us", "Privacy policy"]
    return extract(lines, title_model=None)


_EN = (
    ["Marsh Gazette", "Home", "", "Market traders count the cost of the wet summer", "By Ola Brandt", "3 June 2031",
     ""],
    ["The traders of Wendle market have counted what the wettest summer in forty years cost them, and the figures "
     "they gave the town council on Monday are worse than even the gloomiest of them had feared.",
     "Takings fell at every kind of stall, the market's own accounts show."],
    ["Stall This year Last year", "Fruit and vegetables 41,200 58,900", "Cheese and dairy 23,750 31,400",
     "Flowers 9,830 17,120", "Hot food 36,010 39,560"],
    ["The market's chairwoman, Dilys Orme, said that several traders had already given up their pitches and that "
     "others would follow unless the council put a roof over the square before next spring.",
     "The council will decide in July whether to pay for a roof, which its officers say could cost more than the "
     "market brings in over five years."],
)  # fmt: skip
_DE = (
    ["Moorkurier", "Start", "", "Vereine legen ihre Mitgliederzahlen vor", "Von Frieda Lüth", "3. Juni 2031", ""],
    ["Die Sportvereine im Amt Wendlingen haben dem Kreissportbund ihre Zahlen gemeldet, und fast überall sind "
     "nach den schwierigen Jahren wieder mehr Kinder und Jugendliche in die Hallen und auf die Plätze gekommen.",
     "Am stärksten gewachsen sind ausgerechnet die kleinen Vereine."],
    ["Verein Mitglieder Zuwachs", "Ruderclub Kanalufer 412 +18 %", "TSV Moordorf 1.630 +6 %",
     "Schützengilde Altfehn 288 +2 %", "Reitverein Hohes Moor 517 +9 %"],
    ["Der Vorsitzende des Kreissportbundes, Henner Tjaden, führte den Zuwachs vor allem auf die neuen "
     "Trainerinnen und Trainer zurück, die der Bund im vergangenen Winter ausgebildet hat.",
     "Im Herbst sollen die Vereine erneut befragt werden, dann auch nach ihren Hallenzeiten und den Kosten für "
     "Strom und Heizung."],
)  # fmt: skip
_ES = (
    ["La Gaceta del Valle", "Portada", "", "Los embalses de la comarca, al límite", "Por Elvira Sanchís",
     "3 de junio de 2031", ""],
    ["Los embalses de la comarca del Alto Turia afrontan el verano con las reservas más bajas de la última "
     "década, según los datos que la confederación hidrográfica publicó este lunes en su boletín semanal.",
     "La situación es especialmente delicada en el norte."],
    ["Embalse Capacidad Reserva", "Peñagorda 48 hm3 31 %", "Valdecuervo 112 hm3 27 %", "Los Arcos 19 hm3 44 %",
     "Fuenteseca 65 hm3 22 %"],
    ["El presidente de la confederación, Julián Marqués, pidió a los ayuntamientos que preparen planes de ahorro "
     "y recordó que el riego de jardines públicos ya está limitado en varios municipios de la comarca.",
     "Los regantes se reunirán la próxima semana para decidir si adelantan el final de la campaña, como ya "
     "hicieron hace tres años."],
)  # fmt: skip


@pytest.mark.parametrize(("head", "above", "rows", "below"), [_EN, _DE, _ES])
@pytest.mark.parametrize("header", [True, False])
def test_a_table_inside_the_text_keeps_the_text_under_it(
    head: list[str], above: list[str], rows: list[str], below: list[str], header: bool
) -> None:
    """A header row over rows of figures between two paragraphs: the story's table, even when its rows name
    nothing the text above names; the text under it is the story's (the body ended above the table)."""
    found = _read(head, above, rows, below, header=header)
    assert found.body[-1] == below[-1]
    assert rows[-1] in found.body
    assert [r.headline for r in found.related] == _ITEMS


def test_a_widget_under_the_text_still_ends_it() -> None:
    """Rows under a heading with no text under them, that share nothing with the text, stay the page's."""
    head, above, _, _ = _EN
    found = _read(head, above, ["Tides at Wendle", "High 04:12 5.1 m", "Low 10:31 0.8 m", "High 16:40 5.3 m"], [])
    assert found.body[-1] == above[-1]


_NL = (
    ["Polderbode", "Home", "", "Waterschap maakt plan voor de droge zomers", "Door Gerrit Vos", "3 juni 2031", ""],
    ["Het waterschap Lage Landen heeft dinsdag een plan gepresenteerd om de boeren en de natuur beter door droge "
     "zomers te helpen, nadat de sloten in de polder twee jaar op rij bijna leeg stonden.",
     "De dijkgraaf noemde het plan een breuk met de manier waarop het gebied tot nu toe is beheerd."],
    ["boeren mogen in het voorjaar meer water vasthouden", "de stuwen bij de Oude Vaart worden verhoogd",
     "een deel van de polder wordt natte natuur", "beregenen uit het grondwater wordt beperkt"],
    ["Volgens de dijkgraaf, Hanneke Bosma, is er geen andere keus, omdat de zomers steeds droger worden en het "
     "grondwater in de polder de afgelopen tien jaar al bijna een halve meter is gezakt.",
     "De boerenorganisaties willen eerst weten wie de schade betaalt als een perceel natter wordt, en vragen om "
     "een gesprek voordat het plan in het najaar wordt vastgesteld."],
)  # fmt: skip
_FR = (
    ["Le Journal des Combes", "Accueil", "", "La commune réorganise le ramassage scolaire", "Par Yvette Roux",
     "3 juin 2031", ""],
    ["À la rentrée, les cars scolaires de la communauté de communes des Combes suivront de nouveaux circuits, "
     "après une année marquée par des retards à répétition et des élèves laissés au bord de la route.",
     "Le président de l'intercommunalité a détaillé jeudi les principaux changements."],
    ["Deux cars de plus desserviront les hameaux", "Les arrêts seront avancés de dix minutes le matin",
     "Un accompagnateur montera dans chaque car de maternelle", "Les horaires seront envoyés aux familles par SMS"],
    ["Les parents d'élèves, qui réclamaient ces changements depuis l'automne, se disent soulagés mais attendent "
     "de voir si le transporteur trouvera assez de conducteurs pour assurer tous les circuits.",
     "Une réunion publique est prévue le 28 juin à la salle polyvalente pour présenter les nouveaux horaires "
     "commune par commune."],
)  # fmt: skip
_LISTS = [(*_NL, ""), (*_NL, "• "), (*_FR, ""), (*_FR, "- "), (*_EN[:2], [
    "The roof over the square would be paid for from parking fees", "Traders would pay no rent in January",
    "A covered walkway would link the square to the bus station"], _EN[3], "")]  # fmt: skip


@pytest.mark.parametrize(("head", "above", "items", "below", "mark"), _LISTS)
@pytest.mark.parametrize("numbered", [False, True])
def test_a_list_inside_the_text_is_the_stories_and_no_related_list(
    head: list[str], above: list[str], items: list[str], below: list[str], mark: str, numbered: bool
) -> None:
    """Points of a plan between two paragraphs, bulleted, numbered or bare, with no sentence leading into them:
    the text goes on under them, and they are no list of other articles."""
    rows = [f"{k}. {item}" if numbered else f"{mark}{item}" for k, item in enumerate(items, 1)]
    found = _read(head, above, rows, below, header=False)
    assert found.body[-1] == below[-1]
    assert rows[-1] in "\n".join(found.body)  # (bare items in small letters may be read as one paragraph)
    assert [r.headline for r in found.related] == _ITEMS


def _html(head: list[str], above: list[str], items: list[str], below: list[str], tag: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in above)
    paragraphs += f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>\n"
    paragraphs += "".join(f"<p>{p}</p>\n" for p in below)
    links = "".join(f"<li><a href='/news/{k}'>{item}</a></li>" for k, item in enumerate(_ITEMS))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{head[3]}</title></head><body>\n"
        f"<header><a href='/'>{head[0]}</a><nav><a href='/news'>{head[1]}</a></nav></header>\n"
        f"<main><article><h1>{head[3]}</h1><p class='byline'>{head[4]}</p><time>{head[5]}</time>\n"
        f"<div class='text'>{paragraphs}</div></article>\n"
        f"<aside><ul>{links}</ul></aside></main><footer><p>About us</p></footer></body></html>"
    )


@pytest.mark.parametrize(("head", "above", "items", "below", "mark"), _LISTS[::2])
@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_a_saved_pages_list_inside_the_text_is_no_related_list(
    tmp_path: Path, head: list[str], above: list[str], items: list[str], below: list[str], mark: str, tag: str
) -> None:
    """The same in a saved page: the list's items are the text's, not headlines of other articles."""
    page = tmp_path / "page.html"
    page.write_text(_html(head, above, items, below, tag), encoding="utf-8")
    found = parse_file(page)
    assert found.body[-1] == below[-1]
    assert not {r.headline for r in found.related} & set(items)
