# ruff: noqa: E501  (a table of whole sentences, one a line)
"""Made-up stories and the blocks sites print under them, in several languages, for body_trailers.

Every sentence here was written for this benchmark: no page of ../shared is quoted. {name} is the
writer, {site} the site's name, {email} an address of the site.
"""

from __future__ import annotations

# lang -> (site, writer, date line, headline, subheads, sentences, quotes, list items, short last lines)
Story = dict[str, list[str] | str]

STORIES: dict[str, Story] = {
    "en": {
        "site": "Harbour Ledger",
        "name": "Mara Lindqvist",
        "date": "12 March 2031",
        "title": "Ferry crews vote to strike over new rota at the river crossing",
        "subheads": ["What the new rota changes", "A winter of delays", "Who pays"],
        "sentences": [
            "Crews on the river ferry voted on Monday to stop work for two days next month, after talks on a new rota broke down.",
            "The operator said the change would add one late crossing each evening and would not cut anyone's pay.",
            "Union officials said the new shifts would leave some crews working eleven hours without a proper break.",
            "About four thousand people use the crossing on a weekday, most of them commuters heading to the port.",
            "The council, which owns the ferry, said it was watching the dispute closely and hoped for an agreement.",
            "Passengers waiting at the north landing on Tuesday morning were split over who was to blame.",
            "The last strike on the crossing, nine years ago, lasted a week and left the bus link badly overcrowded.",
            "Talks are expected to resume on Thursday at the offices of the regional mediation service.",
            "Repairs to the older of the two boats have already cut the timetable by a quarter since January.",
            "A spokesperson for the operator declined to say how much the late crossing would cost to run.",
        ],
        "quotes": [
            "\u201cWe are not asking for more money, we are asking to get home before midnight,\u201d one deckhand said.",
            "\u201cNobody wants the boats tied up in the middle of winter,\u201d said a council member.",
        ],
        "items": [
            "- two extra crossings on Saturdays",
            "- a new break room at the south landing",
            "- shorter night shifts",
        ],
        "short": ["The vote was 41 to 9.", "Talks resume on Thursday.", "The boats ran on time on Tuesday."],
    },
    "de": {
        "site": "Rheintal Bote",
        "name": "Jonas Feldkamp",
        "date": "12. M\u00e4rz 2031",
        "title": "Stadtbibliothek bleibt wegen Wasserschaden bis zum Sommer geschlossen",
        "subheads": ["Was jetzt geschieht", "Ersatz im Rathaus", "Die Kosten"],
        "sentences": [
            "Die Stadtbibliothek bleibt nach einem Wasserschaden im Keller voraussichtlich bis zum Sommer geschlossen.",
            "Ein defektes Rohr hatte in der Nacht zum Sonntag mehrere Regale mit \u00e4lteren Zeitungsb\u00e4nden unter Wasser gesetzt.",
            "Nach Angaben der Stadt konnten die meisten B\u00fccher rechtzeitig in trockene R\u00e4ume gebracht werden.",
            "Die Leiterin der Bibliothek sprach von einem schweren Schlag f\u00fcr die Sammlung zur Ortsgeschichte.",
            "Leserinnen und Leser k\u00f6nnen ausgeliehene Medien bis auf Weiteres im B\u00fcrgerb\u00fcro am Marktplatz zur\u00fcckgeben.",
            "Die Versicherung hat einen Gutachter geschickt, der den Schaden in den kommenden Wochen sch\u00e4tzen soll.",
            "Schon im vergangenen Herbst hatten Mitarbeiter auf feuchte W\u00e4nde im Untergeschoss hingewiesen.",
            "Der Stadtrat will in seiner n\u00e4chsten Sitzung \u00fcber eine vor\u00fcbergehende Ausleihe im Rathaus beraten.",
            "F\u00fcr Schulklassen soll es bis dahin einen kleinen B\u00fcchertisch in der Volkshochschule geben.",
            "Wie viel die Sanierung kosten wird, konnte die Verwaltung am Montag noch nicht sagen.",
        ],
        "quotes": [
            "\u201eManche dieser B\u00e4nde gibt es nirgendwo sonst\u201c, sagte eine Mitarbeiterin.",
            "\u201eWir tun alles, damit die Leute nicht zu lange warten m\u00fcssen\u201c, sagte der B\u00fcrgermeister.",
        ],
        "items": [
            "- R\u00fcckgabe im B\u00fcrgerb\u00fcro",
            "- Vorlesestunde in der Volkshochschule",
            "- Fernleihe \u00fcber die Nachbarstadt",
        ],
        "short": ["Die Ausleihe ruht bis dahin.", "Der Rat tagt am Donnerstag.", "Verletzt wurde niemand."],
    },
    "fr": {
        "site": "La Gazette du Val",
        "name": "Claire Moreau-Dutil",
        "date": "12 mars 2031",
        "title": "Le march\u00e9 couvert rouvrira ses portes apr\u00e8s deux ans de travaux",
        "subheads": ["Ce qui change", "Des loyers en hausse", "Le calendrier"],
        "sentences": [
            "Le march\u00e9 couvert de la ville rouvrira ses portes au d\u00e9but du mois de mai, apr\u00e8s deux ans de travaux.",
            "La toiture, qui laissait passer la pluie depuis plusieurs hivers, a \u00e9t\u00e9 enti\u00e8rement refaite.",
            "Une trentaine de commer\u00e7ants ont d\u00e9j\u00e0 sign\u00e9 pour revenir, selon la mairie.",
            "Certains marchands regrettent toutefois la hausse des loyers annonc\u00e9e pour les nouveaux \u00e9tals.",
            "Les halles accueilleront aussi un petit espace de restauration ouvert le soir en fin de semaine.",
            "Pendant les travaux, le march\u00e9 s\u2019\u00e9tait install\u00e9 sous des tentes sur la place de la gare.",
            "Le chantier a co\u00fbt\u00e9 pr\u00e8s de huit millions d\u2019euros, dont une partie financ\u00e9e par la r\u00e9gion.",
            "Les riverains esp\u00e8rent que la r\u00e9ouverture ram\u00e8nera du monde dans les rues du centre.",
            "Une f\u00eate est pr\u00e9vue le premier samedi, avec des concerts et des d\u00e9gustations.",
            "La mairie n\u2019a pas encore dit si le stationnement autour des halles deviendrait payant.",
        ],
        "quotes": [
            "\u00ab\u00a0On attendait ce moment depuis longtemps\u00a0\u00bb, confie une fromag\u00e8re.",
            "\u00ab\u00a0Le loyer a presque doubl\u00e9, ce n\u2019est pas tenable pour tout le monde\u00a0\u00bb, dit un primeur.",
        ],
        "items": [
            "- des \u00e9tals plus larges",
            "- un parking pour les v\u00e9los",
            "- une ouverture le dimanche matin",
        ],
        "short": [
            "L\u2019ouverture est fix\u00e9e au 3 mai.",
            "Les inscriptions restent ouvertes.",
            "Le maire sera pr\u00e9sent.",
        ],
    },
    "es": {
        "site": "El Diario del Puerto",
        "name": "Luc\u00eda Barredo",
        "date": "12 de marzo de 2031",
        "title": "El ayuntamiento ampl\u00eda el horario de los autobuses nocturnos",
        "subheads": ["Las nuevas l\u00edneas", "Quejas de los vecinos", "El coste"],
        "sentences": [
            "El ayuntamiento ampliar\u00e1 a partir de abril el horario de los autobuses nocturnos los fines de semana.",
            "Las tres l\u00edneas que ahora terminan a las dos de la madrugada circular\u00e1n hasta las cinco.",
            "La medida responde a las quejas de trabajadores del puerto que acaban su turno de madrugada.",
            "Seg\u00fan la empresa municipal, cada noche viajan unas mil personas en los autobuses nocturnos.",
            "Los vecinos del casco antiguo han pedido que las paradas no se instalen junto a sus viviendas.",
            "El coste de la ampliaci\u00f3n rondar\u00e1 el medio mill\u00f3n de euros al a\u00f1o, seg\u00fan el concejal de movilidad.",
            "La oposici\u00f3n ha criticado que el plan no incluya los barrios del norte de la ciudad.",
            "Los conductores tendr\u00e1n que aceptar nuevos turnos, algo que el sindicato todav\u00eda estudia.",
            "Una prueba similar se hizo el verano pasado y, seg\u00fan el ayuntamiento, funcion\u00f3 bien.",
            "El pleno votar\u00e1 el presupuesto definitivo a finales de este mes.",
        ],
        "quotes": [
            "\u201cHasta ahora ten\u00edamos que esperar un taxi durante una hora\u201d, explica una estibadora.",
            "\u201cQueremos que nadie se quede tirado de madrugada\u201d, dijo el concejal.",
        ],
        "items": [
            "- l\u00ednea N1 hasta el puerto",
            "- l\u00ednea N2 hasta el hospital",
            "- l\u00ednea N3 hasta la playa",
        ],
        "short": ["El cambio empieza en abril.", "El pleno vota el d\u00eda 28.", "Nadie ha recurrido el plan."],
    },
    "it": {
        "site": "Il Corriere di Valle",
        "name": "Marco Ventrella",
        "date": "12 marzo 2031",
        "title": "Riapre il ponte vecchio dopo i lavori di consolidamento",
        "subheads": ["I lavori", "Il traffico", "Le prossime tappe"],
        "sentences": [
            "Il ponte vecchio sul fiume riaprir\u00e0 al traffico pedonale luned\u00ec, dopo otto mesi di lavori di consolidamento.",
            "Le auto continueranno invece a passare dal ponte nuovo almeno fino alla fine dell\u2019estate.",
            "I tecnici del comune hanno sostituito parte delle travi e rinforzato i piloni con nuovo cemento.",
            "I commercianti della riva sinistra dicono di aver perso quasi un terzo dei clienti durante la chiusura.",
            "Il sindaco ha promesso una festa di quartiere per celebrare la riapertura.",
            "Secondo la provincia, il costo finale dei lavori \u00e8 stato di poco superiore al previsto.",
            "Alcuni residenti chiedono che il ponte resti chiuso alle auto anche in futuro.",
            "Una decisione sul traffico sar\u00e0 presa dal consiglio comunale entro l\u2019autunno.",
            "Nel frattempo saranno installate nuove luci lungo tutto il parapetto.",
            "Il ponte, costruito nell\u2019Ottocento, \u00e8 uno dei simboli della citt\u00e0.",
        ],
        "quotes": [
            "\u00abFinalmente possiamo tornare a lavorare normalmente\u00bb, dice una fornaia.",
            "\u00abLa sicurezza viene prima di tutto\u00bb, ha detto l\u2019assessore ai lavori pubblici.",
        ],
        "items": ["- nuove luci sul parapetto", "- una rampa per le biciclette", "- panchine sulla riva"],
        "short": ["La festa \u00e8 prevista per sabato.", "Le auto dovranno aspettare.", "Il cantiere chiude domani."],
    },
    "pt": {
        "site": "Jornal da Ribeira",
        "name": "In\u00eas Carvalhal",
        "date": "12 de mar\u00e7o de 2031",
        "title": "C\u00e2mara abre concurso para reabilitar o antigo mercado do peixe",
        "subheads": ["O que vai mudar", "Pescadores preocupados", "Os prazos"],
        "sentences": [
            "A c\u00e2mara municipal abriu esta segunda-feira o concurso para reabilitar o antigo mercado do peixe.",
            "O edif\u00edcio, fechado h\u00e1 seis anos, dever\u00e1 voltar a receber bancas de venda e um espa\u00e7o cultural.",
            "Os pescadores da vila receiam que as novas rendas sejam demasiado altas para quem vende pouco.",
            "Segundo o vereador do urbanismo, as obras poder\u00e3o come\u00e7ar no final do ver\u00e3o.",
            "O projeto prev\u00ea tamb\u00e9m uma pequena esplanada virada para o rio.",
            "O custo estimado ronda os tr\u00eas milh\u00f5es de euros, em parte pagos com fundos europeus.",
            "Durante as obras, a venda de peixe continuar\u00e1 no largo da igreja, como at\u00e9 agora.",
            "A associa\u00e7\u00e3o de moradores pediu que o edif\u00edcio mantenha os azulejos originais.",
            "As propostas podem ser entregues at\u00e9 ao fim de abril.",
            "A c\u00e2mara garante que os antigos vendedores ter\u00e3o prioridade na atribui\u00e7\u00e3o das bancas.",
        ],
        "quotes": [
            "\u201cQueremos voltar para dentro, mas n\u00e3o a qualquer pre\u00e7o\u201d, diz um pescador.",
            "\u201cO mercado \u00e9 o cora\u00e7\u00e3o da vila\u201d, afirmou a presidente da junta.",
        ],
        "items": ["- bancas para peixe fresco", "- uma sala para exposi\u00e7\u00f5es", "- uma esplanada junto ao rio"],
        "short": [
            "O prazo termina em abril.",
            "As obras come\u00e7am no ver\u00e3o.",
            "Ningu\u00e9m contestou o concurso.",
        ],
    },
    "nl": {
        "site": "Het Kanaalblad",
        "name": "Sanne de Vriesland",
        "date": "12 maart 2031",
        "title": "Gemeente wil fietsbrug over het kanaal eerder openen",
        "subheads": ["Wat er verandert", "Bezwaren van bewoners", "De kosten"],
        "sentences": [
            "De gemeente wil de nieuwe fietsbrug over het kanaal al in september openen, een half jaar eerder dan gepland.",
            "De bouw ligt volgens de wethouder voor op schema doordat de winter zacht was.",
            "Bewoners van de oostkant klagen al maanden over geluid van de heipalen in de vroege ochtend.",
            "Dagelijks fietsen naar verwachting zo'n zesduizend mensen over de brug naar het station.",
            "De oude pont blijft tot het einde van het jaar varen, ook als de brug al open is.",
            "De kosten zijn opgelopen tot ruim twaalf miljoen euro, twee miljoen meer dan begroot.",
            "De provincie betaalt ongeveer de helft van het bedrag.",
            "Een deel van de raad wil eerst weten waarom de rekening zo veel hoger uitvalt.",
            "Op de oever komt ook een kleine speelplaats met bankjes.",
            "De raad praat volgende week verder over het voorstel.",
        ],
        "quotes": [
            "\u2018We zijn blij dat het eindelijk opschiet\u2019, zegt een buurtbewoner.",
            "\u2018Eerder open is mooi, maar niet ten koste van alles\u2019, aldus een raadslid.",
        ],
        "items": ["- een brede fietsstrook", "- verlichting op de oever", "- een lift voor rolstoelen"],
        "short": ["De raad beslist volgende week.", "De pont blijft nog varen.", "Het werk gaat gewoon door."],
    },
}

# A picture's caption and its credit between the byline and the text; a card of another story inside the text
# (its label, then its headline, or both on one line); made up like the stories
INSERTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "captions": [
            "The north landing on Tuesday morning, as the first boat of the day pulled in.",
            "A deckhand ties up the older of the two ferries.",
        ],
        "credits": [
            "Photo: Jo Ng / Harbour Ledger",
            "(Image: Harbour Ledger archive)",
            "\u00a9 Jo Ng",
            "Jo Ng/AFP via Getty Images",
            "Getty Images",
        ],
        "labels": ["Read also", "See also", "Related"],
        "headlines": [
            "Bus link to the port to run every ten minutes from May",
            "Council weighs a second bridge over the estuary",
        ],
    },
    "de": {
        "captions": [
            "Die gesperrte Bibliothek am Montagmorgen.",
            "Mitarbeiter tragen nasse B\u00e4nde aus dem Keller.",
        ],
        "credits": [
            "Foto: Anna Sch\u00e4fer",
            "(Bild: Rheintal Bote)",
            "Foto: dpa",
            "\u00a9 Anna Sch\u00e4fer",
            "Bild: picture alliance / dpa",
        ],
        "labels": ["Lesen Sie auch", "Mehr zum Thema", "Auch interessant"],
        "headlines": [
            "Volkshochschule erweitert ihr Kursangebot im Herbst",
            "Stadt pr\u00fcft neue Pl\u00e4ne f\u00fcr das alte Schwimmbad",
        ],
    },
    "fr": {
        "captions": [
            "Les halles en travaux, lundi matin.",
            "Un primeur installe son \u00e9tal sous les tentes de la gare.",
        ],
        "credits": [
            "Photo\u00a0: Paul Garnier",
            "(Cr\u00e9dit\u00a0: La Gazette du Val)",
            "Photo AFP",
            "\u00a9 Paul Garnier / La Gazette du Val",
        ],
        "labels": ["Lire aussi", "\u00c0 lire aussi", "Sur le m\u00eame sujet"],
        "headlines": [
            "La piscine municipale fermera tout le mois d\u2019ao\u00fbt",
            "Un nouveau parking relais \u00e0 l\u2019entr\u00e9e de la ville",
        ],
    },
    "es": {
        "captions": [
            "Un autob\u00fas nocturno en la parada del puerto, el lunes.",
            "Trabajadores del puerto esperan el autob\u00fas de madrugada.",
        ],
        "credits": ["Foto: Carlos Peral", "(Imagen: El Diario del Puerto)", "EFE", "Carlos Peral / EFE"],
        "labels": ["Lee tambi\u00e9n", "Te puede interesar", "M\u00e1s informaci\u00f3n"],
        "headlines": [
            "La playa de poniente tendr\u00e1 socorristas desde junio",
            "El mercado central abrir\u00e1 tambi\u00e9n por las tardes",
        ],
    },
    "it": {
        "captions": [
            "Il ponte vecchio durante i lavori, luned\u00ec mattina.",
            "Operai al lavoro sui piloni del ponte.",
        ],
        "credits": ["Foto: Luca Ferri", "(Immagine: Il Corriere di Valle)", "Ansa", "Foto Ansa / Luca Ferri"],
        "labels": ["Leggi anche", "Potrebbe interessarti", "Approfondimenti"],
        "headlines": [
            "Nuove piste ciclabili lungo il fiume entro l\u2019estate",
            "La biblioteca civica apre anche la domenica",
        ],
    },
    "pt": {
        "captions": [
            "O antigo mercado do peixe, fechado h\u00e1 seis anos.",
            "Pescadores vendem peixe no largo da igreja.",
        ],
        "credits": ["Foto: Rui Lopes", "(Imagem: Jornal da Ribeira)", "Lusa", "Rui Lopes / Lusa"],
        "labels": ["Leia tamb\u00e9m", "Veja tamb\u00e9m", "Relacionado"],
        "headlines": [
            "Nova ciclovia liga a vila \u00e0 praia at\u00e9 ao ver\u00e3o",
            "Escola prim\u00e1ria vai ter refei\u00e7\u00f5es ao fim de semana",
        ],
    },
    "nl": {
        "captions": [
            "De bouwplaats van de fietsbrug, maandagochtend.",
            "Bewoners kijken naar het heiwerk aan de oostkant.",
        ],
        "credits": [
            "Foto: Pieter Mulder",
            "(Beeld: Het Kanaalblad)",
            "Beeld ANP",
            "Foto Pieter Mulder",
            "ANP / Pieter Mulder",
        ],
        "labels": ["Lees ook", "Bekijk ook", "Meer over dit onderwerp"],
        "headlines": [
            "Zwembad in het park gaat deze zomer eerder open",
            "Nieuwe bushalte bij het station na klachten van reizigers",
        ],
    },
}
