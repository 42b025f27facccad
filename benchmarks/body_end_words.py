# ruff: noqa: E501  (a table of whole sentences, one a line)
"""Words for body_ends (made up for it, apart from the other body sets' words): a story per language
on a new topic, its closing lines, what sits inside it, and the site's lines under it by issue 14's
classes of the end ({name} the writer, {site} the site, {email} its address, {date} a date)."""

from __future__ import annotations

from typing import Any

Block = list[str]

STORIES: dict[str, dict[str, Any]] = {
    "en": {
        "site": "Millbrook Observer",
        "title": "Orchard growers count the cost of a late frost",
        "name": "Priya Lancaster",
        "job": "Farming correspondent",
        "date": "12 March 2031",
        "date2": "13 March 2031",
        "sentences": [
            "A frost in the second week of April left most of the apple blossom in the valley brown and dry.",
            "Growers on the lower slopes say they expect to pick less than half of last year's crop.",
            "The cold air settled in the hollows overnight, where the oldest trees stand closest together.",
            "Some farms ran their sprinklers through the night to coat the buds in a thin layer of ice.",
            "That trick saved part of the fruit, but only where there was enough water in the ponds.",
            "The growers' cooperative has asked the county for help with the cost of new frost fans.",
            "A fan of the kind they want costs about as much as a small tractor, its members say.",
            "Pickers who come every autumn have been told that there may be fewer weeks of work.",
            "The cider mill on the edge of town plans to buy more fruit from farms further north.",
        ],
        "short": ["The county decides next month.", "Picking starts in September.", "The fans arrive in May."],
        "quotes": [
            "\u201cWe lost the blossom in one night, and there was nothing left to do in the morning,\u201d said one grower.",
            "\u201cA year like this one is what keeps young people out of farming,\u201d the cooperative's chair said.",
        ],
        "subheads": ["Help from the county", "Fewer weeks for the pickers"],
        "lead": "What the cooperative wants:",
        "items": [
            "- frost fans for the lowest orchards",
            "- a second pond for the sprinklers",
            "- a loan until the harvest",
        ],
        "caption": "Brown blossom on a tree near the river after the frost.",
        "credit": "Photo: Dara Quint",
        "card": "Read also: Beekeepers move their hives as spring comes early",
        "ad": "Advertisement",
        "related": [
            "Farm shop reopens after the floods",
            "New bus line links the valley villages",
            "School kitchen buys from local farms",
        ],
    },
    "de": {
        "site": "Auenkurier",
        "title": "Nach dem Sp\u00e4tfrost fehlen den Obstbauern die Bl\u00fcten",
        "name": "Henrike Vogelsang",
        "job": "Redakteurin Landwirtschaft",
        "date": "12. M\u00e4rz 2031",
        "date2": "13. M\u00e4rz 2031",
        "sentences": [
            "Eine einzige Frostnacht Mitte April hat in den Obstg\u00e4rten am Fluss den gr\u00f6\u00dften Teil der Apfelbl\u00fcten zerst\u00f6rt.",
            "Die Betriebe in den tieferen Lagen rechnen mit weniger als der H\u00e4lfte der Ernte des Vorjahres.",
            "Die kalte Luft sammelte sich in den Senken, wo die \u00e4ltesten B\u00e4ume besonders dicht stehen.",
            "Einige H\u00f6fe lie\u00dfen die ganze Nacht die Beregnung laufen, damit sich eine Eisschicht um die Knospen legte.",
            "Das rettete einen Teil der Fr\u00fcchte, aber nur dort, wo die Teiche genug Wasser hatten.",
            "Die Erzeugergemeinschaft bittet den Landkreis nun um Zusch\u00fcsse f\u00fcr neue Frostschutzventilatoren.",
            "Ein solches Ger\u00e4t koste etwa so viel wie ein kleiner Traktor, sagen die Mitglieder.",
            "Den Erntehelfern, die jeden Herbst kommen, wurde bereits gesagt, dass es weniger Arbeit geben k\u00f6nnte.",
            "Die Mosterei am Ortsrand will mehr Obst von H\u00f6fen weiter im Norden kaufen.",
        ],
        "short": [
            "Der Kreistag entscheidet im Mai.",
            "Die Ernte beginnt im September.",
            "Die Ger\u00e4te kommen im Juni.",
        ],
        "quotes": [
            "\u201eIn einer Nacht war alles braun, am Morgen konnten wir nichts mehr tun\u201c, sagt ein Obstbauer.",
            "\u201eSolche Jahre halten junge Leute vom Obstbau fern\u201c, sagt die Vorsitzende der Gemeinschaft.",
        ],
        "subheads": ["Hilfe vom Landkreis", "Weniger Arbeit f\u00fcr die Helfer"],
        "lead": "Was die Gemeinschaft fordert:",
        "items": [
            "- Ventilatoren f\u00fcr die tiefsten G\u00e4rten",
            "- einen zweiten Teich f\u00fcr die Beregnung",
            "- einen Kredit bis zur Ernte",
        ],
        "caption": "Braune Bl\u00fcten an einem Apfelbaum am Fluss nach der Frostnacht.",
        "credit": "Quelle: Jonas Teichert",
        "card": "Lesen Sie auch: Imker bringen ihre V\u00f6lker fr\u00fcher in die G\u00e4rten",
        "ad": "Anzeige",
        "related": [
            "Hofladen \u00f6ffnet nach dem Hochwasser wieder",
            "Neue Buslinie verbindet die D\u00f6rfer im Tal",
            "Schulk\u00fcche kauft bei Bauern aus der Region",
        ],
    },
    "fr": {
        "site": "L\u2019\u00c9cho des Vergers",
        "title": "Apr\u00e8s le gel tardif, les arboriculteurs comptent leurs pertes",
        "name": "Solenn Marchetti",
        "job": "Journaliste agriculture",
        "date": "12 mars 2031",
        "date2": "13 mars 2031",
        "sentences": [
            "Une seule nuit de gel, \u00e0 la mi-avril, a br\u00fbl\u00e9 la plupart des fleurs de pommiers dans la vall\u00e9e.",
            "Les exploitations situ\u00e9es en bas des coteaux pensent r\u00e9colter moins de la moiti\u00e9 de l\u2019an dernier.",
            "L\u2019air froid s\u2019est install\u00e9 dans les creux, l\u00e0 o\u00f9 les arbres les plus vieux sont les plus serr\u00e9s.",
            "Certaines fermes ont fait tourner l\u2019arrosage toute la nuit pour enfermer les bourgeons dans la glace.",
            "La m\u00e9thode a sauv\u00e9 une partie des fruits, mais seulement l\u00e0 o\u00f9 les bassins \u00e9taient pleins.",
            "La coop\u00e9rative demande au d\u00e9partement une aide pour acheter des ventilateurs antigel.",
            "Un tel appareil co\u00fbte \u00e0 peu pr\u00e8s le prix d\u2019un petit tracteur, selon ses membres.",
            "Les saisonniers qui viennent chaque automne ont appris que la cueillette serait plus courte.",
            "La cidrerie install\u00e9e \u00e0 l\u2019entr\u00e9e du bourg compte acheter davantage de fruits plus au nord.",
        ],
        "short": [
            "Le d\u00e9partement tranchera en mai.",
            "La cueillette commence en septembre.",
            "Les ventilateurs arrivent en juin.",
        ],
        "quotes": [
            "\u00ab En une nuit, tout \u00e9tait br\u00fbl\u00e9, et au matin il n\u2019y avait plus rien \u00e0 faire \u00bb, raconte un producteur.",
            "\u00ab Une ann\u00e9e comme celle-ci d\u00e9courage les jeunes de s\u2019installer \u00bb, estime la pr\u00e9sidente de la coop\u00e9rative.",
        ],
        "subheads": ["Une aide du d\u00e9partement", "Moins de travail pour les saisonniers"],
        "lead": "Ce que demande la coop\u00e9rative :",
        "items": [
            "- des ventilateurs pour les vergers du bas",
            "- un deuxi\u00e8me bassin pour l\u2019arrosage",
            "- un pr\u00eat jusqu\u2019\u00e0 la r\u00e9colte",
        ],
        "caption": "Des fleurs br\u00fbl\u00e9es sur un pommier pr\u00e8s de la rivi\u00e8re.",
        "credit": "Photo : Ma\u00ebl Jourdan",
        "card": "Lire aussi : Les apiculteurs d\u00e9placent leurs ruches plus t\u00f4t cette ann\u00e9e",
        "ad": "Publicit\u00e9",
        "related": [
            "La ferme du moulin rouvre apr\u00e8s la crue",
            "Une nouvelle ligne de car relie les villages",
            "La cantine ach\u00e8te aux producteurs du coin",
        ],
    },
    "es": {
        "site": "La Voz de la Vega",
        "title": "La helada tard\u00eda deja a los fruticultores sin la mitad de la cosecha",
        "name": "Ximena Olabarr\u00eda",
        "job": "Redactora de campo",
        "date": "12 de marzo de 2031",
        "date2": "13 de marzo de 2031",
        "sentences": [
            "Una sola noche de helada a mediados de abril quem\u00f3 casi toda la flor de los manzanos de la vega.",
            "Las fincas de la parte baja calculan que recoger\u00e1n menos de la mitad que el a\u00f1o pasado.",
            "El aire fr\u00edo se qued\u00f3 en las hondonadas, donde los \u00e1rboles m\u00e1s viejos est\u00e1n m\u00e1s juntos.",
            "Algunas fincas regaron toda la noche para que una capa de hielo protegiera los brotes.",
            "El truco salv\u00f3 parte de la fruta, pero solo donde las balsas ten\u00edan agua suficiente.",
            "La cooperativa ha pedido a la diputaci\u00f3n ayudas para comprar ventiladores contra las heladas.",
            "Cada aparato cuesta m\u00e1s o menos lo mismo que un tractor peque\u00f1o, seg\u00fan los socios.",
            "A los temporeros que llegan cada oto\u00f1o ya les han avisado de que habr\u00e1 menos semanas de trabajo.",
            "La sidrer\u00eda de la entrada del pueblo comprar\u00e1 m\u00e1s fruta a fincas del norte.",
        ],
        "short": [
            "La diputaci\u00f3n decide en mayo.",
            "La recogida empieza en septiembre.",
            "Los ventiladores llegan en junio.",
        ],
        "quotes": [
            "\u00abEn una noche se quem\u00f3 todo y por la ma\u00f1ana ya no hab\u00eda nada que hacer\u00bb, cuenta un agricultor.",
            "\u00abUn a\u00f1o as\u00ed echa a los j\u00f3venes del campo\u00bb, lamenta la presidenta de la cooperativa.",
        ],
        "subheads": ["Ayudas de la diputaci\u00f3n", "Menos trabajo para los temporeros"],
        "lead": "Lo que pide la cooperativa:",
        "items": [
            "- ventiladores para las fincas bajas",
            "- una segunda balsa para el riego",
            "- un cr\u00e9dito hasta la cosecha",
        ],
        "caption": "Flores quemadas en un manzano junto al r\u00edo tras la helada.",
        "credit": "Fuente: Iker Valdivia",
        "card": "Lee tambi\u00e9n: Los apicultores adelantan la trashumancia de sus colmenas",
        "ad": "Publicidad",
        "related": [
            "La tienda de la granja reabre tras la riada",
            "Un nuevo autob\u00fas une los pueblos del valle",
            "El comedor escolar compra a productores locales",
        ],
    },
    "it": {
        "site": "Gazzetta della Valle",
        "title": "Gelata tardiva, i frutticoltori perdono met\u00e0 del raccolto",
        "name": "Ottavia Randazzo",
        "job": "Cronista agricoltura",
        "date": "12 marzo 2031",
        "date2": "13 marzo 2031",
        "sentences": [
            "Una sola notte di gelo a met\u00e0 aprile ha bruciato quasi tutti i fiori dei meli della valle.",
            "Le aziende della parte bassa prevedono di raccogliere meno della met\u00e0 dell'anno scorso.",
            "L'aria fredda si \u00e8 fermata negli avvallamenti, dove gli alberi pi\u00f9 vecchi sono pi\u00f9 fitti.",
            "Alcune aziende hanno tenuto accesa l'irrigazione tutta la notte per coprire le gemme di ghiaccio.",
            "Il sistema ha salvato parte dei frutti, ma solo dove i laghetti avevano abbastanza acqua.",
            "Il consorzio ha chiesto alla provincia un contributo per comprare ventilatori antibrina.",
            "Ogni macchina costa pi\u00f9 o meno quanto un piccolo trattore, spiegano i soci.",
            "Agli stagionali che arrivano ogni autunno \u00e8 gi\u00e0 stato detto che il lavoro durer\u00e0 meno.",
            "Il sidrificio all'ingresso del paese comprer\u00e0 pi\u00f9 mele dalle aziende del nord.",
        ],
        "short": [
            "La provincia decide a maggio.",
            "La raccolta inizia a settembre.",
            "I ventilatori arrivano a giugno.",
        ],
        "quotes": [
            "\u00abIn una notte si \u00e8 bruciato tutto e la mattina non c'era pi\u00f9 niente da fare\u00bb, racconta un coltivatore.",
            "\u00abUn anno cos\u00ec tiene lontani i giovani dalla campagna\u00bb, dice la presidente del consorzio.",
        ],
        "subheads": ["Un aiuto dalla provincia", "Meno lavoro per gli stagionali"],
        "lead": "Cosa chiede il consorzio:",
        "items": [
            "- ventilatori per i frutteti pi\u00f9 bassi",
            "- un secondo laghetto per l'irrigazione",
            "- un prestito fino al raccolto",
        ],
        "caption": "Fiori bruciati su un melo vicino al fiume dopo la gelata.",
        "credit": "Foto: Nicol\u00f2 Ferrandi",
        "card": "Leggi anche: Gli apicoltori spostano gli alveari in anticipo",
        "ad": "Pubblicit\u00e0",
        "related": [
            "Riapre lo spaccio dell'azienda dopo l'alluvione",
            "Una nuova linea di bus collega i paesi",
            "La mensa scolastica compra dai produttori locali",
        ],
    },
    "pt": {
        "site": "Jornal do Vale",
        "title": "Geada tardia deixa fruticultores sem metade da colheita",
        "name": "Iolanda Bettencourt",
        "job": "Rep\u00f3rter de agricultura",
        "date": "12 de mar\u00e7o de 2031",
        "date2": "13 de mar\u00e7o de 2031",
        "sentences": [
            "Uma \u00fanica noite de geada em meados de abril queimou quase toda a flor das macieiras do vale.",
            "As quintas da parte baixa contam colher menos de metade do que no ano passado.",
            "O ar frio ficou nas depress\u00f5es, onde as \u00e1rvores mais velhas est\u00e3o mais juntas.",
            "Algumas quintas regaram a noite inteira para cobrir os rebentos com uma camada de gelo.",
            "O m\u00e9todo salvou parte da fruta, mas s\u00f3 onde os tanques tinham \u00e1gua suficiente.",
            "A cooperativa pediu \u00e0 c\u00e2mara apoio para comprar ventoinhas contra a geada.",
            "Cada aparelho custa mais ou menos o mesmo que um trator pequeno, dizem os s\u00f3cios.",
            "Os trabalhadores sazonais que chegam todos os outonos j\u00e1 foram avisados de que haver\u00e1 menos trabalho.",
            "A f\u00e1brica de sidra \u00e0 entrada da vila vai comprar mais fruta a quintas do norte.",
        ],
        "short": [
            "A c\u00e2mara decide em maio.",
            "A apanha come\u00e7a em setembro.",
            "As ventoinhas chegam em junho.",
        ],
        "quotes": [
            "\u201cNuma noite queimou-se tudo e de manh\u00e3 j\u00e1 n\u00e3o havia nada a fazer\u201d, conta um produtor.",
            "\u201cUm ano assim afasta os jovens da agricultura\u201d, lamenta a presidente da cooperativa.",
        ],
        "subheads": ["Apoio da c\u00e2mara", "Menos trabalho para os sazonais"],
        "lead": "O que a cooperativa pede:",
        "items": [
            "- ventoinhas para os pomares mais baixos",
            "- um segundo tanque para a rega",
            "- um empr\u00e9stimo at\u00e9 \u00e0 colheita",
        ],
        "caption": "Flores queimadas numa macieira junto ao rio depois da geada.",
        "credit": "Fonte: Tiago Ventura",
        "card": "Leia tamb\u00e9m: Apicultores mudam as colmeias mais cedo este ano",
        "ad": "Publicidade",
        "related": [
            "Loja da quinta reabre depois das cheias",
            "Nova carreira de autocarro liga as aldeias",
            "Cantina da escola compra a produtores locais",
        ],
    },
    "nl": {
        "site": "Rivierbode",
        "title": "Late nachtvorst kost fruittelers de helft van hun oogst",
        "name": "Femke Hoogendijk",
        "job": "Verslaggever landbouw",
        "date": "12 maart 2031",
        "date2": "13 maart 2031",
        "sentences": [
            "E\u00e9n nacht vorst half april heeft bijna alle appelbloesem in de uiterwaarden bruin laten kleuren.",
            "Telers in de lager gelegen boomgaarden verwachten minder dan de helft van vorig jaar te plukken.",
            "De koude lucht bleef hangen in de laagtes, waar de oudste bomen het dichtst op elkaar staan.",
            "Sommige bedrijven lieten de hele nacht de beregening draaien om de knoppen in een laagje ijs te zetten.",
            "Dat redde een deel van het fruit, maar alleen waar de vijvers genoeg water hadden.",
            "De telersvereniging vraagt de provincie om geld voor nieuwe windmachines tegen de vorst.",
            "Zo'n machine kost ongeveer evenveel als een kleine tractor, zeggen de leden.",
            "De plukkers die elk najaar komen, hebben al gehoord dat er minder weken werk zijn.",
            "De ciderpers aan de rand van het dorp gaat meer fruit kopen bij telers verder naar het noorden.",
        ],
        "short": ["De provincie beslist in mei.", "Het plukken begint in september.", "De machines komen in juni."],
        "quotes": [
            "\u2018In \u00e9\u00e9n nacht was alles bruin en de volgende ochtend konden we niets meer doen\u2019, zegt een teler.",
            "\u2018Zo'n jaar houdt jonge mensen weg uit de fruitteelt\u2019, zegt de voorzitter van de vereniging.",
        ],
        "subheads": ["Hulp van de provincie", "Minder werk voor de plukkers"],
        "lead": "Wat de vereniging wil:",
        "items": [
            "- windmachines voor de laagste boomgaarden",
            "- een tweede vijver voor de beregening",
            "- een lening tot de oogst",
        ],
        "caption": "Bruine bloesem aan een appelboom langs de rivier na de vorst.",
        "credit": "Foto: Joris van Dalen",
        "card": "Lees ook: Imkers verplaatsen hun kasten eerder dit voorjaar",
        "ad": "Advertentie",
        "related": [
            "Boerderijwinkel weer open na het hoogwater",
            "Nieuwe buslijn verbindt de dorpen",
            "Schoolkeuken koopt bij boeren uit de streek",
        ],
    },
}

# The furniture under a story (follow us, a newsletter's line, share buttons, a section's label over
# a list whose items have a date under each, the footer).
FURNITURE: dict[str, dict[str, Block]] = {
    "en": {
        "follow": ["Follow us", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Get the valley's news in your inbox every morning.", "Sign up"],
        "share": ["Share this article", "Facebook", "Email", "Copy link"],
        "section": ["More from Farming"],
        "footer": ["Contact", "Privacy", "\u00a9 2031 {site}"],
    },
    "de": {
        "follow": ["Folgen Sie uns", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Die Nachrichten aus dem Tal jeden Morgen in Ihrem Postfach.", "Jetzt anmelden"],
        "share": ["Artikel teilen", "Facebook", "E-Mail", "Link kopieren"],
        "section": ["Mehr aus der Region"],
        "footer": ["Impressum", "Datenschutz", "\u00a9 2031 {site}"],
    },
    "fr": {
        "follow": ["Suivez-nous", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Recevez l\u2019actualit\u00e9 de la vall\u00e9e chaque matin.", "Je m\u2019inscris"],
        "share": ["Partager l\u2019article", "Facebook", "E-mail", "Copier le lien"],
        "section": ["Plus d\u2019actualit\u00e9s"],
        "footer": ["Mentions l\u00e9gales", "Confidentialit\u00e9", "\u00a9 2031 {site}"],
    },
    "es": {
        "follow": ["S\u00edguenos", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Recibe cada ma\u00f1ana las noticias de la vega en tu correo.", "Suscr\u00edbete"],
        "share": ["Compartir", "Facebook", "Correo", "Copiar enlace"],
        "section": ["M\u00e1s noticias"],
        "footer": ["Aviso legal", "Privacidad", "\u00a9 2031 {site}"],
    },
    "it": {
        "follow": ["Seguici", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Ricevi ogni mattina le notizie della valle nella tua casella.", "Iscriviti"],
        "share": ["Condividi", "Facebook", "Email", "Copia link"],
        "section": ["Altre notizie"],
        "footer": ["Note legali", "Privacy", "\u00a9 2031 {site}"],
    },
    "pt": {
        "follow": ["Siga-nos", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Receba todas as manh\u00e3s as not\u00edcias do vale no seu e-mail.", "Subscrever"],
        "share": ["Partilhar", "Facebook", "E-mail", "Copiar liga\u00e7\u00e3o"],
        "section": ["Mais not\u00edcias"],
        "footer": ["Ficha t\u00e9cnica", "Privacidade", "\u00a9 2031 {site}"],
    },
    "nl": {
        "follow": ["Volg ons", "Facebook", "Instagram", "WhatsApp"],
        "newsletter": ["Elke ochtend het nieuws uit de regio in je mailbox.", "Aanmelden"],
        "share": ["Deel dit artikel", "Facebook", "E-mail", "Link kopi\u00ebren"],
        "section": ["Meer nieuws"],
        "footer": ["Colofon", "Privacy", "\u00a9 2031 {site}"],
    },
}

# The site's lines under a story, by issue 14's classes of the end (each a block, a few wordings a language).
TRAILS: dict[str, dict[str, list[Block]]] = {
    "pubupd": {
        "en": [["Published {date}", "Updated {date2}"], ["First published: {date} | Last updated: {date2}"]],
        "de": [
            ["Ver\u00f6ffentlicht: {date}", "Aktualisiert: {date2}"],
            ["Erschienen am {date}, zuletzt ge\u00e4ndert am {date2}"],
        ],
        "fr": [
            ["Publi\u00e9 le {date}", "Mis \u00e0 jour le {date2}"],
            ["Publi\u00e9 le {date} \u00e0 08h10, modifi\u00e9 le {date2} \u00e0 17h45"],
        ],
        "es": [["Publicado: {date}", "Actualizado: {date2}"], ["Publicado el {date} | Actualizado el {date2}"]],
        "it": [
            ["Pubblicato il {date}", "Aggiornato il {date2}"],
            ["Pubblicato: {date} - Ultimo aggiornamento: {date2}"],
        ],
        "pt": [["Publicado em {date}", "Atualizado em {date2}"], ["Publicado a {date} | Atualizado a {date2}"]],
        "nl": [["Gepubliceerd: {date}", "Bijgewerkt: {date2}"], ["Geplaatst op {date}, laatst gewijzigd op {date2}"]],
    },
    "dateend": {
        "en": [["{date}"], ["Posted: {date}"]],
        "de": [["{date}"], ["Stand: {date}"]],
        "fr": [["{date}"], ["Publi\u00e9 le {date}"]],
        "es": [["{date}"], ["Fecha: {date}"]],
        "it": [["{date}"], ["Pubblicato: {date}"]],
        "pt": [["{date}"], ["Data: {date}"]],
        "nl": [["{date}"], ["Geplaatst: {date}"]],
    },
    "method": {
        "en": [
            ["For this story we visited twelve orchards and spoke to growers, pickers and the county's staff."],
            ["The figures come from a survey of 40 farms carried out by the cooperative in April."],
        ],
        "de": [
            [
                "F\u00fcr diesen Bericht haben wir zw\u00f6lf H\u00f6fe besucht und mit Bauern, Helfern und dem Landkreis gesprochen."
            ],
            ["Die Zahlen stammen aus einer Umfrage der Gemeinschaft unter 40 Betrieben im April."],
        ],
        "fr": [
            [
                "Pour cet article, nous avons visit\u00e9 douze vergers et interrog\u00e9 producteurs, saisonniers et \u00e9lus."
            ],
            ["Les chiffres proviennent d\u2019une enqu\u00eate men\u00e9e en avril aupr\u00e8s de 40 exploitations."],
        ],
        "es": [
            ["Para este reportaje visitamos doce fincas y hablamos con agricultores, temporeros y t\u00e9cnicos."],
            ["Los datos proceden de una encuesta a 40 fincas realizada por la cooperativa en abril."],
        ],
        "it": [
            ["Per questo articolo abbiamo visitato dodici aziende e parlato con coltivatori, stagionali e tecnici."],
            ["I dati provengono da un sondaggio condotto ad aprile su 40 aziende del consorzio."],
        ],
        "pt": [
            [
                "Para esta reportagem visit\u00e1mos doze quintas e fal\u00e1mos com produtores, sazonais e t\u00e9cnicos."
            ],
            ["Os n\u00fameros v\u00eam de um inqu\u00e9rito feito em abril a 40 quintas da cooperativa."],
        ],
        "nl": [
            ["Voor dit verhaal bezochten we twaalf boomgaarden en spraken we met telers, plukkers en ambtenaren."],
            ["De cijfers komen uit een enqu\u00eate onder 40 bedrijven die de vereniging in april hield."],
        ],
    },
    "licence": {
        "en": [["You may republish this article for free under an open licence, as long as you credit {site}."]],
        "de": [["Dieser Text darf unter einer freien Lizenz weiterverbreitet werden, wenn der {site} genannt wird."]],
        "fr": [["Cet article peut \u00eatre repris librement sous licence ouverte, \u00e0 condition de citer {site}."]],
        "es": [["Puedes republicar este art\u00edculo con una licencia libre siempre que cites a {site}."]],
        "it": [["Questo articolo pu\u00f2 essere ripubblicato con licenza libera citando {site}."]],
        "pt": [["Pode republicar este artigo com uma licen\u00e7a livre, desde que cite o {site}."]],
        "nl": [["Je mag dit artikel vrij overnemen onder een open licentie, met vermelding van {site}."]],
    },
    "printed": {
        "en": [["A version of this article appeared in print on 13 March 2031, on page 7 of the county edition."]],
        "de": [["Dieser Artikel erschien in der gedruckten Ausgabe vom 13. M\u00e4rz 2031 auf Seite 7."]],
        "fr": [["Cet article est paru dans l\u2019\u00e9dition imprim\u00e9e du 13 mars 2031, page 7."]],
        "es": [
            ["Este art\u00edculo se public\u00f3 en la edici\u00f3n impresa del 13 de marzo de 2031, p\u00e1gina 7."]
        ],
        "it": [["Questo articolo \u00e8 uscito nell'edizione cartacea del 13 marzo 2031, a pagina 7."]],
        "pt": [["Este artigo foi publicado na edi\u00e7\u00e3o impressa de 13 de mar\u00e7o de 2031, p\u00e1gina 7."]],
        "nl": [["Dit artikel verscheen ook in de krant van 13 maart 2031, op pagina 7."]],
    },
    "tip": {
        "en": [
            ["Know more about this? Write to the farming desk at {email}."],
            ["Tips for the local desk are welcome at {email}."],
        ],
        "de": [
            ["Wissen Sie mehr? Schreiben Sie an die Redaktion: {email}"],
            ["Hinweise an die Lokalredaktion gern an {email}."],
        ],
        "fr": [
            ["Vous en savez plus ? \u00c9crivez \u00e0 la r\u00e9daction : {email}"],
            ["Vos informations sont les bienvenues \u00e0 {email}."],
        ],
        "es": [
            ["\u00bfSabes algo m\u00e1s? Escr\u00edbenos a {email}"],
            ["Env\u00eda tus pistas a la redacci\u00f3n local: {email}"],
        ],
        "it": [
            ["Sai qualcosa di pi\u00f9? Scrivi alla redazione: {email}"],
            ["Segnalazioni alla redazione locale: {email}"],
        ],
        "pt": [
            ["Sabe mais sobre isto? Escreva para {email}"],
            ["Envie as suas pistas \u00e0 reda\u00e7\u00e3o local: {email}"],
        ],
        "nl": [["Weet jij meer? Mail de redactie via {email}"], ["Tips voor de regioredactie zijn welkom op {email}."]],
    },
    "donate": {
        "en": [["Reporting like this takes weeks and costs money. Chip in to keep local news free."]],
        "de": [
            ["Recherchen wie diese kosten Zeit und Geld. Unterst\u00fctzen Sie unabh\u00e4ngigen Lokaljournalismus."]
        ],
        "fr": [["Une enqu\u00eate comme celle-ci co\u00fbte cher. Soutenez une information locale ind\u00e9pendante."]],
        "es": [["Un reportaje as\u00ed cuesta tiempo y dinero. Apoya el periodismo local independiente."]],
        "it": [["Un'inchiesta cos\u00ec costa tempo e denaro. Sostieni il giornalismo locale indipendente."]],
        "pt": [["Uma reportagem assim custa tempo e dinheiro. Apoie o jornalismo local independente."]],
        "nl": [["Zo'n verhaal kost tijd en geld. Steun onafhankelijke lokale journalistiek."]],
    },
    "correction": {
        "en": [["Correction: an earlier version of this article gave the wrong size for the cooperative."]],
        "de": [["Korrektur: In einer fr\u00fcheren Version stand eine falsche Zahl von Mitgliedern."]],
        "fr": [
            [
                "Correctif : une version pr\u00e9c\u00e9dente de cet article donnait un mauvais nombre d\u2019adh\u00e9rents."
            ]
        ],
        "es": [
            ["Fe de errores: una versi\u00f3n anterior de este art\u00edculo daba un n\u00famero equivocado de socios."]
        ],
        "it": [["Rettifica: una versione precedente di questo articolo riportava un numero sbagliato di soci."]],
        "pt": [
            ["Corre\u00e7\u00e3o: uma vers\u00e3o anterior deste artigo indicava um n\u00famero errado de s\u00f3cios."]
        ],
        "nl": [["Correctie: in een eerdere versie van dit artikel stond een verkeerd aantal leden."]],
    },
    "bio": {
        "en": [["{name} writes about farming and the countryside for {site}. Before that she worked on a dairy farm."]],
        "de": [
            [
                "{name} schreibt f\u00fcr den {site} \u00fcber Landwirtschaft. Vorher hat sie auf einem Milchhof gearbeitet."
            ]
        ],
        "fr": [["{name} couvre l\u2019agriculture pour {site}. Elle a auparavant travaill\u00e9 dans une laiterie."]],
        "es": [["{name} escribe sobre el campo en {site}. Antes trabaj\u00f3 en una granja lechera."]],
        "it": [["{name} si occupa di agricoltura per {site}. Prima lavorava in un caseificio."]],
        "pt": [["{name} escreve sobre agricultura no {site}. Antes trabalhou numa queijaria."]],
        "nl": [["{name} schrijft voor {site} over landbouw. Eerder werkte ze op een melkveebedrijf."]],
    },
    "reporting": {
        "en": [["With reporting by Tomas Erlich."]],
        "de": [["Mitarbeit: Tomas Erlich"]],
        "fr": [["Avec Tomas Erlich"]],
        "es": [["Con reporter\u00eda de Tomas Erlich."]],
        "it": [["Ha collaborato Tomas Erlich"]],
        "pt": [["Com reportagem de Tomas Erlich."]],
        "nl": [["Met medewerking van Tomas Erlich"]],
    },
    "funding": {
        "en": [["This reporting was supported by a foundation for local journalism."]],
        "de": [["Diese Recherche wurde von einer Stiftung f\u00fcr Lokaljournalismus gef\u00f6rdert."]],
        "fr": [["Ce reportage a b\u00e9n\u00e9fici\u00e9 du soutien d\u2019une fondation pour le journalisme local."]],
        "es": [["Este reportaje ha contado con el apoyo de una fundaci\u00f3n para el periodismo local."]],
        "it": [
            ["Questa inchiesta \u00e8 stata realizzata con il sostegno di una fondazione per il giornalismo locale."]
        ],
        "pt": [["Esta reportagem teve o apoio de uma funda\u00e7\u00e3o para o jornalismo local."]],
        "nl": [["Dit verhaal kwam tot stand met steun van een fonds voor lokale journalistiek."]],
    },
    "app": {
        "en": [["Download our free app for the latest news from the valley."]],
        "de": [["Laden Sie jetzt unsere kostenlose App herunter."]],
        "fr": [["T\u00e9l\u00e9chargez gratuitement notre application."]],
        "es": [["Descarga gratis nuestra aplicaci\u00f3n."]],
        "it": [["Scarica gratis la nostra app."]],
        "pt": [["Descarregue gratuitamente a nossa aplica\u00e7\u00e3o."]],
        "nl": [["Download gratis onze app."]],
    },
}
