"""The story's own boxes of data under its text that are no table of figures: a fact box (a name, a colon and a
short value on each line, some with no figure: "Architect: Ilse Varga"), prices or fees named by a long label
("Boats of 8 to 12 m: ..."), in the common languages: the body ends on their last line, and the site's list
after them is still found, with or without its header. A site's labelled teasers ("Opinion: ..." again and
again) stay out. Every page here is made up for these tests (no labelled page's words)."""

from __future__ import annotations

import pytest
from madeup import HEAD, LAST, LEAD, MORE

from tuiarchive.model import Article
from tuiarchive.parser.extract import extract

_ITEMS = ["Ferry crews vote to strike over summer rosters", "New tram line to reach the old town by 2028",
          "Fishing fleet returns early as storm nears coast"]  # fmt: skip


def _read(head: list[str], text: list[str], heading: str, rows: list[str], *, header: bool = True) -> Article:
    lines = [*head]
    for p in text:
        lines += [p, ""]
    lines += [heading, *rows, ""]
    lines += ["Share this article", "", "More from the Ledger"] if header else []
    lines += [*_ITEMS, "", "About us", "Privacy policy"]
    return extract(lines, title_model=None)


_ES_HEAD = ["Heraldo del Cabo", "Portada", "", "Abre el nuevo mirador del acantilado", "Por Nuria Vidal",
            "2 de junio de 2031", ""]  # fmt: skip
_ES = [
    "El nuevo mirador del acantilado de Punta Garza abrió el sábado, después de un año de obras en las que los "
    "operarios trabajaron colgados sobre el mar para anclar la plataforma a la roca.",
    "El ayuntamiento espera que el mirador atraiga a los caminantes que recorren la costa durante el verano.",
]
_NL_HEAD = ["Polderpost", "Home", "", "Nieuwe sluis bij Wervershoek klaar", "Door Joost Kamp", "2 juni 2031", ""]
_NL = [
    "De nieuwe schutsluis bij Wervershoek is na drie jaar bouwen in gebruik genomen, zodat de vrachtschepen niet "
    "langer om hoeven te varen via het kanaal.",
    "De waterschapsbestuurder noemde de opening een mijlpaal voor de scheepvaart in de hele regio.",
]
_FR_HEAD = ["L'Écho du Bocage", "Accueil", "", "La salle des fêtes rénovée rouvre", "Par Gaël Morvan", "2 juin 2031",
            ""]  # fmt: skip
_FR = [
    "Après deux ans de travaux, la salle des fêtes de Saint-Brelin rouvre ses portes samedi avec une scène "
    "agrandie et une cuisine aux normes pour les associations du village.",
    "Le maire a remercié les artisans de la commune, qui ont assuré l'essentiel du chantier.",
]

_BOXES = [
    (HEAD, [LEAD, MORE, LAST], "At a glance",  # a value in words: no figure in two of its lines
     ["Span: 220 metres", "Architect: Ilse Varga and partners", "Cost: 41 million", "Lanes: two, and a cycle path"]),
    (_ES_HEAD, _ES, "En cifras",
     ["Altura sobre el mar: 64 metros", "Material: acero y madera de pino", "Presupuesto: 1,2 millones de euros",
      "Acceso: libre y gratuito"]),
    (_NL_HEAD, _NL, "Feiten",
     ["Lengte: 180 meter", "Breedte: 18 meter", "Bouwer: een bouwcombinatie uit de regio",
      "Beheer: het waterschap"]),
    (_FR_HEAD, _FR, "Les nouveaux tarifs de location",  # a space before the colon, as French sets it
     ["Associations de la commune : gratuit", "Habitants de Saint-Brelin : 150 euros le week-end",
      "Habitants des autres communes : 320 euros le week-end", "Caution : 500 euros"]),
    (HEAD, [LEAD, MORE, LAST], "Fees",  # long names of what the fee is for; no word of theirs in the text
     ["Lorries of up to 12 tonnes: £4 a crossing", "Lorries of over 12 tonnes: £9 a crossing",
      "Coaches and minibuses: £6 a crossing", "Cyclists: free"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows"), _BOXES)
@pytest.mark.parametrize("header", [True, False])
def test_a_fact_box_under_the_text_is_kept_and_the_list_after_it_found(
    head: list[str], text: list[str], heading: str, rows: list[str], header: bool
) -> None:
    found = _read(head, text, heading, rows, header=header)
    assert found.body[-1] == rows[-1]
    assert text[-1] in found.body
    assert [r.headline for r in found.related] == _ITEMS


def test_labelled_teasers_under_the_text_stay_out() -> None:
    """The site's teasers, each under its section's name (one name again and again), are no fact box."""
    rows = ["Opinion: Why the bridge was worth 41 million", "Opinion: The toll of 3 pounds is too high",
            "Opinion: Our harbour needs a second crossing"]  # fmt: skip
    found = _read(HEAD, [LEAD, MORE, LAST], "Comment", rows)
    assert found.body[-1] == LAST


_PT_HEAD = ["Jornal da Lagoa", "Início", "", "A sopa de peixe da tasca do cais", "Por Rui Almada", "2 de junho de 2031",
            ""]  # fmt: skip
_PT = [
    "Na tasca do cais de Vila Mareta, a sopa de peixe de dona Celeste é servida todas as sextas-feiras desde que "
    "a casa abriu, há mais de quarenta anos, e os pescadores fazem fila à porta.",
    "Ela aceitou partilhar a receita, mas avisa que o peixe tem de ser do dia e que a sopa nunca deve ferver.",
]
_RECIPES = [
    (HEAD, [LEAD, MORE, LAST], "For the harbour cake (serves 8)",  # an amount first; two lines with no figure
     ["200 g butter, softened", "3 large eggs", "150 g ground almonds", "1 lemon, zest only", "Icing sugar",
      "A little milk"],
     "How to make it",
     ["1. Beat the butter with the almonds until pale.", "2. Add the eggs one at a time, then the lemon zest.",
      "3. Bake in a lined tin for forty minutes and dust with icing sugar."]),
    (_PT_HEAD, _PT, "Ingredientes",  # no word of the text's in the ingredients: the steps name them again
     ["1 kg de peixe variado", "2 cebolas", "3 tomates maduros", "1 pimento vermelho", "Coentros a gosto"],
     "Modo de fazer",
     ["1. Coza o peixe em água com sal e retire as espinhas.", "2. Refogue as cebolas, os tomates e o pimento.",
      "3. Junte o peixe desfeito e o caldo, e deixe apurar sem ferver.", "4. Sirva com coentros picados."]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows", "method", "steps"), _RECIPES)
@pytest.mark.parametrize("header", [True, False])
def test_a_recipe_under_the_text_is_kept_to_its_last_step(
    head: list[str], text: list[str], heading: str, rows: list[str], method: str, steps: list[str], header: bool
) -> None:
    found = _read(head, text, heading, [*rows, "", method, *steps], header=header)
    assert found.body[-1] == steps[-1]
    assert rows[-1] in found.body
    assert [r.headline for r in found.related] == _ITEMS


def test_numbered_headlines_under_a_block_are_no_steps() -> None:
    """A site's numbered list under the story's block: its headlines end on no full stop, they are no steps."""
    rows = ["Lindhaven RC 14:02", "Valdenia BC 14:09", "Tollby Oars 14:30"]
    most_read = ["1. Ferry crews vote to strike over summer rosters", "2. New tram line to reach the old town",
                 "3. Fishing fleet returns early as storm nears coast"]  # fmt: skip
    found = _read(HEAD, [LEAD, MORE, LAST], "Results", [*rows, "", "Most read", *most_read], header=False)
    assert found.body[-1] == rows[-1]


_MILL = [
    "The tide mill at Orrin Creek grinds flour again this spring, forty years after its wheel last turned, "
    "thanks to a trust that raised the money to rebuild the sluice gates and the wheel.",
    "Volunteers will show visitors how the mill pond fills on the rising tide and drives the stones as it "
    "empties, and the flour will be sold in the mill's shop.",
]
_DE_MILL_HEAD = ["Kreisblatt Tollby", "Start", "", "Gezeitenmühle mahlt wieder", "Von Jan Pohl", "9. März 2031", ""]
_DE_MILL = [
    "Die Gezeitenmühle am Orriner Priel mahlt seit Samstag wieder Mehl, vierzig Jahre nachdem sich ihr Rad zum "
    "letzten Mal gedreht hat, und der Verein freut sich über den Andrang.",
    "Ehrenamtliche zeigen den Besuchern, wie die Flut den Mühlenteich füllt und das Rad antreibt.",
]
_HOURS = [
    (HEAD, _MILL, "Visiting the mill",  # short lines with no figure between and after the rows with one
     ["Open Thursday to Sunday, 11am to 4pm", "Closed in January", "Adults £5, under-16s free",
      "Orrin Creek, Lindhaven", "Dogs welcome on a lead"]),
    (_DE_MILL_HEAD, _DE_MILL, "Gut zu wissen",
     ["Geöffnet Freitag bis Sonntag, 10 bis 16 Uhr", "Im Winter geschlossen", "Eintritt 3 Euro, Kinder frei",
      "Am Orriner Priel", "Führungen nach Anmeldung"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows"), _HOURS)
@pytest.mark.parametrize("header", [True, False])
def test_opening_hours_prices_and_an_address_under_the_text_are_kept(
    head: list[str], text: list[str], heading: str, rows: list[str], header: bool
) -> None:
    """Long and short lines alternate (no sponsored links' teasers and advertisers), and a place's name is no
    writer's: the box is read whole, and its rows are no list's items."""
    found = _read(head, text, heading, rows, header=header)
    assert found.body[-1] == rows[-1]
    assert [r.headline for r in found.related] == _ITEMS


def test_a_share_button_in_another_language_under_the_rows_is_no_row() -> None:
    """A short line with no figure under the rows may be the box's ("Salt and pepper"), not a button's."""
    rows = ["1. SV Orriner Priel 18 39", "2. FC Tollby 18 37", "3. TuS Brenmar 18 33"]
    lines = [*_DE_MILL_HEAD, _DE_MILL[0], "", _DE_MILL[1], "", "Die Tabelle", *rows, "", "Artikel teilen", "",
             "Mehr zum Thema", *_ITEMS, "", "Impressum"]  # fmt: skip
    assert extract(lines, title_model=None).body[-1] == rows[-1]


_GLUED_RECIPES = [
    (HEAD, [LEAD, MORE, LAST], "For the ferry-day buns",  # several words of a sentence after each amount
     ["250g strong white bread flour", "150ml lukewarm whole milk", "2 large free-range eggs",
      "40g softened unsalted butter", "1tsp fine sea salt"],
     "Method",
     ["1. Warm the milk and whisk in the eggs.", "2. Rub the butter into the flour with the salt.",
      "3. Bake the buns for twenty minutes until golden."]),
    (_DE_MILL_HEAD, _DE_MILL, "Für das Mühlenbrot",
     ["500g frisch gemahlenes Roggenmehl", "350ml lauwarmes, leicht gesalzenes Wasser", "1,5TL grobes graues Meersalz",
      "20g frische zerbröselte Hefe"],
     "Zubereitung",
     ["1. Die Hefe im lauwarmen Wasser auflösen.", "2. Mehl und Salz dazugeben und lange kneten.",
      "3. Den Laib eine Stunde im heißen Ofen backen."]),
    (_NL_HEAD, _NL, "Sluiswachterskoek",
     ["300g zelfrijzend bakmeel met een snufje zout", "200g donkere basterdsuiker", "250ml volle melk van de boer",
      "2tl gemalen kaneel en kruidnagel"],
     "Bereiding",
     ["1. Meng het meel met de suiker en de kruiden.", "2. Roer de melk erdoor tot een glad beslag.",
      "3. Bak de koek een uur in een ingevette vorm."]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows", "method", "steps"), _GLUED_RECIPES)
@pytest.mark.parametrize("header", [True, False])
def test_amounts_glued_to_their_unit_keep_the_recipe_whole(
    head: list[str], text: list[str], heading: str, rows: list[str], method: str, steps: list[str], header: bool
) -> None:
    """ "250g", "150ml", "1,5TL": an amount with its unit glued to it opens an ingredient's row as "250 g" does,
    however many words describe the ingredient (review W48: the body ended above the list)."""
    found = _read(head, text, heading, [*rows, "", method, *steps], header=header)
    assert found.body[-1] == steps[-1]
    assert rows[-1] in found.body
    assert [r.headline for r in found.related] == _ITEMS


_VOICES = [
    (HEAD, [LEAD, MORE, LAST], "Voices from the quay",  # a heading a reader might run into the first remark
     ["“It should have opened a year ago.” – Petra Holm, 58, ferry pilot",
      "“My children will walk to school over it.” – Sam Okafor, 36",
      "“Too much money for a bridge.” – Ines Varga, retired"]),
    (_ES_HEAD, _ES, "Lo que dicen los vecinos",
     ["«Por fin un sitio para ver el mar.» – Rosa, 71 años", "«Faltan bancos y sombra.» – Andrés, pescador",
      "«Traeré a mis nietos cada domingo.» – Amparo, 64 años"]),
    (_NL_HEAD, _NL, "Wat schippers ervan vinden",
     ["„Dit scheelt me een uur per vaart.” – Kees, 49", "„Eindelijk geen wachttijd meer.” – Anouk, schipper",
      "„De oude sluis ga ik missen.” – Wim, 70"]),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "heading", "rows"), _VOICES)
@pytest.mark.parametrize("header", [True, False])
def test_a_vox_pop_under_the_text_is_kept(
    head: list[str], text: list[str], heading: str, rows: list[str], header: bool
) -> None:
    """People's words, each with their name (after a dash, or with a comma in it), are the story's."""
    found = _read(head, text, heading, rows, header=header)
    assert found.body[-1] == rows[-1]
    assert [r.headline for r in found.related] == _ITEMS


def test_quoted_headlines_under_the_text_stay_out() -> None:
    """A site's headlines that open on a quotation are no vox-pop: a colon or a sentence follows the quotation."""
    rows = ["“We were left alone”: ferry crews recount the storm", "“Not again”: harbour traders fear new works",
            "“It is a scandal” says mayor as costs rise"]  # fmt: skip
    found = _read(HEAD, [LEAD, MORE, LAST], "More on the bridge", rows)
    assert found.body[-1] == LAST
