"""Made-up stories for benchmarks.data_pages whose own data sits INSIDE the text (issue 14): a table of figures
or a bulleted or numbered list between paragraphs, the text going on under it, and a recipe whose amounts have
their unit glued to them ("250g", "150ml"), in seven languages. Every word is written for this benchmark
(invented places, people and numbers); no page's wording.

A seed chooses what varies from one run to the next: a table's rows, their figures, how a text copy sets its
cells out (`LAYOUTS`: apart by a tab, by a run of spaces, or one cell a line, as copying a table from a
browser gives), whether a sentence with a colon leads into the block, a list's mark (a bullet, a dash, a
number) and its items. `python -m benchmarks.data_pages --seed N` draws the pages of seed N; a fresh seed
gives pages nobody tuned on.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from .data_pages_stories import Story

LAYOUTS = ("tabs", "spaces", "cells")
_MARKS = ("• ", "- ", "– ", "* ", "▪ ")


class Frame(NamedTuple):
    """One language's story around its block: headline, paragraphs above and below, a sentence leading into a
    table and one leading into a list, a table's header cells, its rows' names, a list's items, and a recipe."""

    headline: str
    above: tuple[str, ...]
    below: tuple[str, ...]
    table_lead: str
    table_header: tuple[str, ...]
    names: tuple[str, ...]
    list_lead: str
    items: tuple[str, ...]
    recipe_headline: str
    recipe_text: tuple[str, ...]
    ingredients_heading: str
    ingredients: tuple[str, ...]  # each "{n}{unit} what": an amount glued to its unit
    method_heading: str
    steps: tuple[str, ...]


FRAMES: dict[str, Frame] = {
    "en": Frame(
        "Council sets out how the harbour money will be spent",
        ("The council agreed on Thursday how it will spend the harbour fund over the next two years, after a "
         "long evening in which the fishing crews, the ferry company and the sailing club all asked for more.",
         "Most of the money goes on the inner basin, which has silted up so badly that the larger boats can only "
         "reach their berths for a few hours around high tide."),
        ("The finance officer, Bryony Alcott, told the meeting that the figures allowed for a rise in the cost of "
         "steel and that any money left over would go back into the fund rather than into the general budget.",
         "The plan goes to a public meeting at the Mariners' Hall next month, where residents will be able to "
         "question the councillors before the work is put out to tender."),
        "The sums agreed for each part of the work are these:",
        ("Work", "This year", "Next year"),
        ("Dredging the basin", "New pontoons", "Slipway repairs", "Sea wall", "Lighting", "Fuel berth"),
        "Under the plan the council has promised that:",
        ("the basin will be dredged before the summer", "fishing boats keep their berths by the market",
         "visitors' moorings move to the outer wall", "the slipway stays open to the public every day",
         "a new fuel berth opens at the end of the quay", "the ferry keeps its early crossing"),
        "The harbour cook's ginger loaf for the regatta",
        ("Every year on regatta day, Nell Pascoe bakes a dozen ginger loaves for the crews who come ashore cold "
         "and hungry, and this year she has let us print her recipe.",
         "She says the loaf is better on the second day, wrapped in paper and kept in a cool tin."),
        "Ingredients",
        ("{n}g strong plain flour, sifted", "{n}ml warm whole milk", "{n}g soft dark brown sugar",
         "{n}g unsalted butter, melted", "{n}tsp ground ginger", "{n}tbsp black treacle"),
        "Method",
        ("1. Warm the milk with the butter, the sugar and the treacle.", "2. Stir in the flour and the ginger.",
         "3. Pour into a lined tin and bake for fifty minutes."),
    ),
    "fr": Frame(
        "Le conseil détaille l'emploi du fonds portuaire",
        ("Le conseil municipal de Port-Kerval a voté jeudi la répartition du fonds portuaire pour les deux "
         "prochaines années, après une longue soirée où pêcheurs, plaisanciers et passeurs ont plaidé leur cause.",
         "L'essentiel de l'argent ira au bassin intérieur, tellement envasé que les plus gros bateaux ne peuvent "
         "plus rejoindre leur place qu'à marée haute."),
        ("L'adjointe aux finances, Solenn Guivarch, a précisé que les montants tenaient compte de la hausse du "
         "prix de l'acier et que le reliquat éventuel resterait dans le fonds portuaire.",
         "Le projet sera présenté le mois prochain lors d'une réunion publique à la salle des marins, avant que "
         "les travaux ne soient mis en concurrence."),
        "Les montants votés pour chaque chantier sont les suivants :",
        ("Chantier", "Cette année", "L'an prochain"),
        ("Dragage du bassin", "Nouveaux pontons", "Cale de mise à l'eau", "Digue", "Éclairage", "Poste de carburant"),
        "Le plan prévoit notamment que :",
        ("le bassin sera dragué avant l'été", "les pêcheurs gardent leurs places près de la criée",
         "les visiteurs amarrent désormais le long de la digue", "la cale reste ouverte au public toute l'année",
         "un poste de carburant ouvre au bout du quai", "la navette garde son départ matinal"),
        "Le pain d'épices de la fête des régates",
        ("Chaque année, le jour des régates, Annaïg Le Goff prépare une douzaine de pains d'épices pour les "
         "équipages qui rentrent transis, et elle a accepté de nous confier sa recette.",
         "Elle assure qu'il est meilleur le lendemain, enveloppé dans un torchon."),
        "Ingrédients",
        ("{n}g de farine de seigle tamisée", "{n}ml de lait entier tiède", "{n}g de miel de sarrasin bien liquide",
         "{n}g de beurre demi-sel fondu", "{n}g de sucre roux en poudre"),
        "Préparation",
        ("1. Faites tiédir le lait avec le miel et le beurre.", "2. Versez sur la farine et mélangez bien.",
         "3. Faites cuire une heure dans un moule beurré."),
    ),
    "de": Frame(
        "Gemeinderat legt fest, wofür das Hafengeld ausgegeben wird",
        ("Der Gemeinderat von Süderwarft hat am Donnerstag beschlossen, wie das Geld aus dem Hafenfonds in den "
         "nächsten zwei Jahren verteilt wird, nach einer langen Sitzung mit Fischern, Seglern und der Fährreederei.",
         "Der größte Teil fließt in das Binnenbecken, das so stark verschlickt ist, dass größere Kutter ihre "
         "Liegeplätze nur noch bei Hochwasser erreichen."),
        ("Kämmerin Wiebke Claußen sagte, die Summen berücksichtigten bereits die gestiegenen Stahlpreise, und "
         "was übrig bleibe, fließe in den Fonds zurück und nicht in den allgemeinen Haushalt.",
         "Im kommenden Monat wird der Plan bei einer Bürgerversammlung im Seemannsheim vorgestellt, bevor die "
         "Arbeiten ausgeschrieben werden."),
        "Für die einzelnen Vorhaben sind folgende Beträge vorgesehen:",
        ("Vorhaben", "Dieses Jahr", "Nächstes Jahr"),
        ("Ausbaggern des Beckens", "Neue Stege", "Slipanlage", "Kaimauer", "Beleuchtung", "Tankstelle"),
        "Der Plan sieht unter anderem vor, dass:",
        ("das Becken vor dem Sommer ausgebaggert wird", "die Kutter ihre Plätze am Fischmarkt behalten",
         "Gastlieger künftig an der Außenmole festmachen", "die Slipanlage allen Bürgern offen bleibt",
         "am Ende der Kaje eine Bootstankstelle entsteht", "die Fähre ihre frühe Abfahrt behält"),
        "Der Ingwerkuchen der Hafenköchin zur Regatta",
        ("Am Regattatag backt Hanne Ketelsen jedes Jahr ein Dutzend Ingwerkuchen für die durchgefrorenen "
         "Mannschaften, und in diesem Jahr hat sie uns ihr Rezept verraten.",
         "Am zweiten Tag schmecke der Kuchen am besten, sagt sie, in Papier gewickelt."),
        "Zutaten",
        ("{n}g feines helles Weizenmehl", "{n}ml lauwarme frische Vollmilch", "{n}g dunkler brauner Zucker",
         "{n}g weiche gesalzene Butter", "{n}TL gemahlener frischer Ingwer"),
        "Zubereitung",
        ("1. Die Milch mit Butter und Zucker erwärmen.", "2. Mehl und Ingwer unterrühren.",
         "3. In einer Kastenform fünfzig Minuten backen."),
    ),
    "es": Frame(
        "El pleno detalla en qué se gastará el fondo del puerto",
        ("El pleno de Vilarraña aprobó el jueves el reparto del fondo del puerto para los próximos dos años, "
         "tras una larga sesión en la que pescadores, navegantes y la naviera pidieron más dinero.",
         "La mayor parte irá a la dársena interior, tan llena de fango que los barcos grandes solo llegan a sus "
         "amarres con la marea alta."),
        ("La concejala de Hacienda, Iria Sobrado, explicó que las cifras ya contemplan la subida del acero y que "
         "el dinero que sobre volverá al fondo y no al presupuesto general.",
         "El plan se presentará el mes que viene en una reunión abierta en la casa del mar, antes de que las "
         "obras salgan a concurso."),
        "Las cantidades aprobadas para cada obra son estas:",
        ("Obra", "Este año", "Próximo año"),
        ("Dragado de la dársena", "Pantalanes nuevos", "Rampa de varada", "Espigón", "Alumbrado", "Surtidor"),
        "El plan establece, entre otras cosas, que:",
        ("la dársena se dragará antes del verano", "los pesqueros conservan sus amarres junto a la lonja",
         "los visitantes amarrarán en el espigón exterior", "la rampa seguirá abierta a todos los vecinos",
         "se abrirá un surtidor al final del muelle", "el barco de pasaje mantiene su salida temprana"),
        "El bizcocho de jengibre de la regata",
        ("Cada año, el día de la regata, Maruxa Fentes hornea una docena de bizcochos de jengibre para las "
         "tripulaciones que vuelven empapadas, y este año nos ha dejado publicar su receta.",
         "Dice que el bizcocho está mejor al día siguiente, envuelto en un paño."),
        "Ingredientes",
        ("{n}g de harina de trigo bien tamizada", "{n}ml de leche entera templada", "{n}g de azúcar moreno oscuro",
         "{n}g de mantequilla sin sal derretida", "{n}g de jengibre fresco rallado"),
        "Elaboración",
        ("1. Calienta la leche con la mantequilla y el azúcar.", "2. Añade la harina y el jengibre.",
         "3. Hornea cincuenta minutos en un molde forrado."),
    ),
    "it": Frame(
        "Il consiglio decide come spendere il fondo del porto",
        ("Il consiglio comunale di Portolungo ha approvato giovedì la ripartizione del fondo del porto per i "
         "prossimi due anni, dopo una lunga seduta in cui pescatori, diportisti e traghettatori hanno chiesto di più.",
         "La parte maggiore andrà alla darsena interna, così insabbiata che le barche più grandi raggiungono gli "
         "ormeggi solo con l'alta marea."),
        ("L'assessora al bilancio, Tecla Morassi, ha spiegato che le cifre tengono conto dell'aumento "
         "dell'acciaio e che quanto avanzerà tornerà nel fondo e non nel bilancio generale.",
         "Il piano sarà presentato il mese prossimo in un'assemblea pubblica alla casa del marinaio, prima che i "
         "lavori vadano a gara."),
        "Le somme stanziate per ciascun lavoro sono le seguenti:",
        ("Lavoro", "Quest'anno", "Anno prossimo"),
        ("Dragaggio della darsena", "Pontili nuovi", "Scivolo", "Molo foraneo", "Illuminazione", "Distributore"),
        "Il piano prevede tra l'altro che:",
        ("la darsena venga dragata prima dell'estate", "i pescherecci mantengano i posti vicino al mercato",
         "i diportisti in transito ormeggino al molo esterno", "lo scivolo resti aperto a tutti i cittadini",
         "apra un distributore in fondo alla banchina", "il traghetto conservi la corsa del mattino"),
        "Il pan di zenzero della regata",
        ("Ogni anno, il giorno della regata, Iolanda Zennaro prepara una dozzina di pani allo zenzero per gli "
         "equipaggi che tornano a terra infreddoliti, e quest'anno ci ha dato la sua ricetta.",
         "Dice che il giorno dopo è ancora più buono, avvolto in un canovaccio."),
        "Ingredienti",
        ("{n}g di farina di grano tenero setacciata", "{n}ml di latte intero tiepido",
         "{n}g di zucchero di canna scuro", "{n}g di burro morbido non salato", "{n}g di zenzero fresco grattugiato"),
        "Procedimento",
        ("1. Scaldate il latte con il burro e lo zucchero.", "2. Unite la farina e lo zenzero.",
         "3. Cuocete per cinquanta minuti in uno stampo foderato."),
    ),
    "nl": Frame(
        "Gemeenteraad bepaalt waar het havengeld naartoe gaat",
        ("De gemeenteraad van Westerzijl heeft donderdag besloten hoe het geld uit het havenfonds de komende twee "
         "jaar wordt verdeeld, na een lange avond waarin vissers, zeilers en de veerdienst allemaal meer vroegen.",
         "Het meeste geld gaat naar de binnenhaven, die zo is dichtgeslibd dat de grotere schepen hun ligplaats "
         "alleen rond hoogwater nog halen."),
        ("Wethouder Femke Brouwers zei dat in de bedragen al rekening is gehouden met de duurdere staalprijzen "
         "en dat wat overblijft teruggaat naar het fonds, niet naar de algemene begroting.",
         "Volgende maand wordt het plan toegelicht op een inloopavond in het zeemanshuis, voordat het werk wordt "
         "aanbesteed."),
        "Voor de verschillende onderdelen is het volgende bedrag gereserveerd:",
        ("Onderdeel", "Dit jaar", "Volgend jaar"),
        ("Baggeren binnenhaven", "Nieuwe steigers", "Trailerhelling", "Kademuur", "Verlichting", "Bunkerstation"),
        "Het plan houdt onder meer in dat:",
        ("de binnenhaven voor de zomer wordt uitgebaggerd", "de vissers hun plek bij de afslag houden",
         "passanten voortaan aan de buitenste steiger liggen", "de trailerhelling voor iedereen open blijft",
         "er een bunkerstation komt aan het eind van de kade", "de veerboot zijn vroege afvaart houdt"),
        "De gemberkoek van de regattadag",
        ("Elk jaar op de regattadag bakt Trijntje Hoekstra een dozijn gemberkoeken voor de bemanningen die "
         "verkleumd aan wal komen, en dit jaar mochten wij haar recept afdrukken.",
         "Volgens haar is de koek de tweede dag het lekkerst, in papier gewikkeld."),
        "Ingrediënten",
        ("{n}g fijn gezeefde tarwebloem", "{n}ml lauwwarme volle melk", "{n}g donkere basterdsuiker",
         "{n}g zachte ongezouten roomboter", "{n}tl gemalen gedroogde gember"),
        "Bereiding",
        ("1. Verwarm de melk met de boter en de suiker.", "2. Roer de bloem en de gember erdoor.",
         "3. Bak de koek vijftig minuten in een beklede vorm."),
    ),
    "pt": Frame(
        "Câmara define como será gasto o fundo do porto",
        ("A câmara de Vila Ancorada aprovou na quinta-feira a divisão do fundo do porto para os próximos dois "
         "anos, depois de uma longa reunião em que pescadores, velejadores e a empresa de travessias pediram mais.",
         "A maior parte vai para a doca interior, tão assoreada que os barcos maiores só chegam aos seus lugares "
         "com a maré cheia."),
        ("A vereadora das finanças, Leonor Fragoso, explicou que os valores já contam com a subida do preço do "
         "aço e que o dinheiro que sobrar volta ao fundo e não ao orçamento geral.",
         "O plano será apresentado no próximo mês numa sessão pública na casa dos pescadores, antes de as obras "
         "irem a concurso."),
        "Os montantes aprovados para cada obra são os seguintes:",
        ("Obra", "Este ano", "Próximo ano"),
        ("Dragagem da doca", "Novos pontões", "Rampa de varadouro", "Paredão", "Iluminação", "Posto de combustível"),
        "O plano prevê, entre outras coisas, que:",
        ("a doca seja dragada antes do verão", "os pescadores mantenham os lugares junto à lota",
         "os visitantes passem a atracar no paredão exterior", "a rampa continue aberta a todos os moradores",
         "abra um posto de combustível no fim do cais", "a travessia mantenha a partida da madrugada"),
        "O bolo de gengibre da regata",
        ("Todos os anos, no dia da regata, Albertina Sequeira faz uma dúzia de bolos de gengibre para as "
         "tripulações que chegam a terra geladas, e este ano deixou-nos publicar a receita.",
         "Diz que o bolo fica melhor no dia seguinte, embrulhado num pano."),
        "Ingredientes",
        ("{n}g de farinha de trigo bem peneirada", "{n}ml de leite gordo morno", "{n}g de açúcar mascavado escuro",
         "{n}g de manteiga sem sal derretida", "{n}g de gengibre fresco ralado"),
        "Preparação",
        ("1. Aqueça o leite com a manteiga e o açúcar.", "2. Junte a farinha e o gengibre.",
         "3. Leve ao forno cinquenta minutos numa forma forrada."),
    ),
}  # fmt: skip


def _table(frame: Frame, rng: random.Random) -> tuple[tuple[str, ...], ...]:
    """A header row and 3 to 5 rows: a work's name and two sums (in thousands, as the story sets them)."""
    names = rng.sample(frame.names, rng.randint(3, 5))
    rows = [(name, f"{rng.randint(12, 980)} 000", f"{rng.randint(12, 980)} 000") for name in names]
    return (frame.table_header, *rows)


def _list(frame: Frame, rng: random.Random, numbered: bool) -> tuple[str, ...]:
    items = rng.sample(frame.items, rng.randint(3, 5))
    if numbered:
        return tuple(f"{k}. {item[:1].upper()}{item[1:]}" for k, item in enumerate(items, 1))
    mark = rng.choice(_MARKS)
    return tuple(f"{mark}{item}" for item in items)


def _amount(ingredient: str, rng: random.Random) -> int:
    """Spoons by the one, two or three ("2tsp", "1TL"); grams and millilitres by the tens and hundreds."""
    if ingredient.lower().startswith(("{n}t", "{n}el")):
        return rng.randint(1, 3)
    return rng.choice((15, 40, 125, 150, 200, 250, 300, 500))


def inside_stories(seed: int) -> list[Story]:
    """The stories of seed `seed`: per language a table inside the text, a bulleted list and a numbered one
    inside it, and a recipe with amounts glued to their units at its end."""
    rng = random.Random(seed)
    stories: list[Story] = []
    for lang, frame in FRAMES.items():
        layout = rng.choice(LAYOUTS)
        lead = (frame.table_lead,) if rng.random() < 0.7 else ()
        stories.append(
            Story("table-in", lang, frame.headline, (*frame.above, *lead), (("", _table(frame, rng)),),
                  frame.below, layout)
        )  # fmt: skip
        for kind, numbered in (("bullets-in", False), ("numbers-in", True)):
            lead = (frame.list_lead,) if rng.random() < 0.7 else ()
            rows = _list(frame, rng, numbered)
            stories.append(Story(kind, lang, frame.headline, (*frame.above, *lead), (("", rows),), frame.below))
        ingredients = tuple(i.format(n=_amount(i, rng)) for i in frame.ingredients)
        stories.append(
            Story("glued", lang, frame.recipe_headline, frame.recipe_text,
                  ((frame.ingredients_heading, ingredients), (frame.method_heading, frame.steps)))
        )  # fmt: skip
    return stories
