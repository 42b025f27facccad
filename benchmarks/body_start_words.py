# ruff: noqa: E501  (a table of whole sentences, one a line)
"""The words of benchmarks/body_starts: invented stories, captions, credits, standfirsts, names and a
site's lines in seven languages (written for this benchmark; no sentence comes from a real page)."""

from __future__ import annotations

from typing import TypedDict


class Story(TypedDict):
    title: str
    dek: str  # a standfirst: the story in a sentence or two, over or under the byline
    paragraphs: list[str]  # the text: the first is the lead (two sentences)
    short_lead: str  # a lead of one short sentence, for the "short first paragraph" class
    captions: list[str]  # the lead picture's captions


class Lang(TypedDict):
    menu: list[str]
    by: str
    and_: str
    names: list[str]
    months: list[str]
    date: str  # {d} {m} {y}
    relative: list[str]
    photo: list[str]  # a credit's labels
    agencies: list[str]
    media: list[str]  # a picture's label over its caption ("Image", "Foto")
    cookie: list[list[str]]
    link_labels: list[str]  # a card's label ("Read more")
    headlines: list[str]  # other stories' headlines
    stories: list[Story]


LANGS: dict[str, Lang] = {
    "en": {
        "menu": ["Home", "News", "Local", "Business", "Sport", "Weather"],
        "by": "By",
        "and_": "and",
        "names": [
            "Mara Lindqvist",
            "Tobias Renwick",
            "Aisha Okonjo",
            "Pete Valcourt",
            "Lena Haskett",
            "Owen Brathwaite",
        ],
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "date": "{d} {m} {y}",
        "relative": ["3 hours ago", "45 minutes ago", "Updated 2 hours ago", "yesterday"],
        "photo": ["Photo: ", "Image: ", "Picture: ", "Photograph: "],
        "agencies": ["Coastline Pictures", "Northwire", "AP", "Getty Images"],
        "media": ["Image", "Photo", "Open gallery", "Enlarge this image"],
        "cookie": [
            [
                "We use cookies to give you the best experience on our site and to show you relevant adverts.",
                "Accept all",
                "Manage settings",
            ],
            ["This site uses cookies. By continuing to browse you agree to our use of cookies.", "OK"],
        ],
        "link_labels": ["Read more", "Related", "See also"],
        "headlines": [
            "Council approves new cycle lanes for the old town",
            "Ferry timetable changes from next month",
            "Bakery owner celebrates fifty years behind the counter",
            "Storm leaves hundreds of homes without power",
            "School choir heads to national final",
            "Rents rise faster than wages, survey finds",
        ],
        "stories": [
            {
                "title": "Flood defences finished a year early at Ashmere quay",
                "dek": "The new wall along the quay should protect four hundred homes from the spring tides, engineers say.",
                "paragraphs": [
                    "The last section of the flood wall at Ashmere quay was lowered into place on Tuesday, a full year before the date set by the council. Engineers said the mild winter had let crews work through months they had expected to lose.",
                    "The wall runs for almost two kilometres from the old customs house to the marina and rises a metre above the highest tide recorded in the town.",
                    'Residents who were flooded three times in the past decade said they would believe it when the first storm had passed. "We have heard promises before," said one shop owner on Harbour Row.',
                    "The council said the money saved by finishing early would go towards planting along the new promenade.",
                ],
                "short_lead": "Ashmere's new flood wall is finished.",
                "captions": [
                    "Workers fix the final panel of the flood wall on Tuesday morning",
                    "Engineers check the joints of the new wall at Ashmere quay on Tuesday, a year before the date the council had set for the work to end.",
                    "The new wall seen from the marina at low tide.",
                    "A crane lowers a concrete section onto the quay",
                ],
            },
            {
                "title": "Village library reopens in the old fire station",
                "dek": "After two years in a portable cabin, Brenthill's books have a home again.",
                "paragraphs": [
                    "Brenthill's library opened its doors in the converted fire station on Saturday, with a queue of children stretching down the lane before the first book was lent. Volunteers had spent the winter moving eleven thousand books by hand.",
                    "The old engine bay is now a reading room with tall windows, and the firemen's mess has become a space for homework clubs.",
                    '"It is the busiest morning we have ever had," said the head librarian, who has worked in the village for nineteen years.',
                    "The parish council bought the building for a nominal sum when the fire service moved to a new station on the bypass.",
                ],
                "short_lead": "The library is back.",
                "captions": [
                    "Children queue outside the converted fire station on Saturday",
                    "Families wait in the lane outside the old fire station on Saturday morning, before the first books of the new library were lent.",
                    "The old engine bay has become the reading room.",
                    "Volunteers carry boxes of books into the new library",
                ],
            },
        ],
    },
    "de": {
        "menu": ["Startseite", "Nachrichten", "Lokales", "Wirtschaft", "Sport", "Wetter"],
        "by": "Von",
        "and_": "und",
        "names": [
            "Katrin Möllmann",
            "Jonas Westerkamp",
            "Sevgi Arslan",
            "Ulrich Bräuning",
            "Hanna Vosskuhl",
            "Felix Ortlepp",
        ],
        "months": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "date": "{d}. {m} {y}",
        "relative": ["vor 3 Stunden", "vor 40 Minuten", "Aktualisiert vor 2 Stunden", "gestern"],
        "photo": ["Foto: ", "Bild: ", "Foto: © "],
        "agencies": ["Nordbild", "dpa", "Stadtarchiv", "Lokalfoto"],
        "media": ["Bild", "Foto", "Bildergalerie öffnen", "Bild vergrößern"],
        "cookie": [
            [
                "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten und Inhalte zu personalisieren.",
                "Alle akzeptieren",
                "Einstellungen",
            ],
            ["Diese Website nutzt Cookies. Wenn Sie weiter surfen, stimmen Sie der Nutzung zu.", "Verstanden"],
        ],
        "link_labels": ["Lesen Sie auch", "Mehr zum Thema", "Auch interessant"],
        "headlines": [
            "Neue Buslinie verbindet die Ortsteile ab Juni",
            "Freibad öffnet eine Woche früher als geplant",
            "Bäckerei am Markt schließt nach 80 Jahren",
            "Sturm deckt Dach der Turnhalle ab",
            "Gemeinderat streitet über Parkgebühren",
            "Mieten steigen schneller als die Löhne",
        ],
        "stories": [
            {
                "title": "Brücke über die Elsbach wird ein Jahr früher fertig",
                "dek": "Die neue Brücke soll schon im Herbst für den Verkehr freigegeben werden, teilt das Bauamt mit.",
                "paragraphs": [
                    "Die neue Brücke über die Elsbach in Tannfeld wird voraussichtlich ein Jahr früher fertig als geplant. Wegen des milden Winters konnten die Bauarbeiter fast ohne Pause arbeiten, sagte der Leiter des Bauamts am Montag.",
                    "Die alte Brücke aus den Sechzigerjahren war vor drei Jahren gesperrt worden, nachdem Prüfer Risse in den Pfeilern entdeckt hatten.",
                    'Seitdem müssen Pendler einen Umweg von zwölf Kilometern fahren. "Wir zählen die Tage", sagte eine Anwohnerin, die täglich nach Ostheim pendelt.',
                    "Die Kosten liegen nach Angaben der Stadt bisher im geplanten Rahmen.",
                ],
                "short_lead": "Die Brücke wird früher fertig.",
                "captions": [
                    "Bauarbeiter setzen am Montag das letzte Stahlteil der neuen Brücke ein",
                    "Arbeiter prüfen am Montag die Schweißnähte am neuen Überbau; die alte Brücke daneben wird im Sommer abgerissen.",
                    "Die Baustelle an der Elsbach aus der Luft gesehen.",
                    "Ein Kran hebt ein Brückenteil über den Fluss",
                ],
            },
            {
                "title": "Dorfladen in Hohenwiek gerettet",
                "dek": "Mehr als zweihundert Bürger haben Anteile gekauft. Jetzt führen sie das Geschäft gemeinsam.",
                "paragraphs": [
                    "Der letzte Laden in Hohenwiek bleibt geöffnet: Mehr als zweihundert Einwohner haben sich zu einer Genossenschaft zusammengeschlossen und das Geschäft übernommen. Die bisherige Inhaberin hatte im Winter angekündigt, in den Ruhestand zu gehen.",
                    "Ohne den Laden hätten ältere Menschen im Ort künftig mit dem Bus zum Einkaufen fahren müssen, der nur dreimal am Tag fährt.",
                    '"Hier trifft man sich, hier erfährt man, was los ist", sagt eine Rentnerin, die seit fünfzig Jahren im Dorf lebt.',
                    "Die Genossenschaft will das Sortiment um Produkte von Höfen aus der Umgebung erweitern.",
                ],
                "short_lead": "Der Dorfladen bleibt offen.",
                "captions": [
                    "Genossenschaftsmitglieder räumen am Samstag die Regale ein",
                    "Freiwillige aus dem Ort sortieren am Samstag Konserven in die Regale, bevor der Laden unter neuer Führung öffnet.",
                    "Der Laden an der Dorfstraße ist seit 1962 in Familienbesitz.",
                    "Die neue Ladenleitung vor dem Geschäft",
                ],
            },
        ],
    },
    "fr": {
        "menu": ["Accueil", "Actualité", "Région", "Économie", "Sports", "Météo"],
        "by": "Par",
        "and_": "et",
        "names": [
            "Claire Dumesnil",
            "Youssef Benali",
            "Mathilde Roussel",
            "Étienne Caradec",
            "Sophie Lemarchal",
            "Hugo Vernay",
        ],
        "months": [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "date": "{d} {m} {y}",
        "relative": ["il y a 3 heures", "il y a 40 minutes", "Mis à jour il y a 2 heures", "hier"],
        "photo": ["Photo : ", "Crédit photo : ", "Photo © "],
        "agencies": ["Studio Armor", "AFP", "archives", "Photo Ouest"],
        "media": ["Image", "Photo", "Agrandir l'image", "Voir la galerie"],
        "cookie": [
            [
                "Nous utilisons des cookies pour améliorer votre expérience et vous proposer des contenus adaptés.",
                "Tout accepter",
                "Paramétrer",
            ],
            ["En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", "J'ai compris"],
        ],
        "link_labels": ["À lire aussi", "Lire aussi", "Sur le même sujet"],
        "headlines": [
            "Une nouvelle ligne de bus pour les quartiers nord",
            "La piscine municipale rouvre ses portes",
            "Le marché du samedi déménage place de l'Église",
            "Tempête : des centaines de foyers privés d'électricité",
            "Le collège remporte le concours régional de robotique",
            "Les loyers augmentent plus vite que les salaires",
        ],
        "stories": [
            {
                "title": "À Kerbrest, la digue est achevée avec un an d'avance",
                "dek": "Le nouvel ouvrage doit protéger quatre cents maisons lors des grandes marées, selon les ingénieurs.",
                "paragraphs": [
                    "Le dernier tronçon de la digue de Kerbrest a été posé mardi, un an avant la date prévue par la commune. Selon les ingénieurs, l'hiver doux a permis aux équipes de travailler pendant des mois qu'elles pensaient perdus.",
                    "L'ouvrage s'étend sur près de deux kilomètres, de l'ancienne criée jusqu'au port de plaisance, et dépasse d'un mètre la plus haute marée jamais mesurée.",
                    "Les habitants inondés trois fois en dix ans restent prudents. « On attendra la première tempête pour y croire », confie une commerçante du quai.",
                    "La mairie indique que les économies réalisées serviront à planter des arbres le long de la nouvelle promenade.",
                ],
                "short_lead": "La digue de Kerbrest est terminée.",
                "captions": [
                    "Des ouvriers fixent le dernier panneau de la digue, mardi matin",
                    "Des techniciens vérifient les joints du nouvel ouvrage mardi sur le quai de Kerbrest, un an avant la date prévue pour la fin du chantier.",
                    "La nouvelle digue vue depuis le port à marée basse.",
                    "Une grue dépose un bloc de béton sur le quai",
                ],
            },
            {
                "title": "La bibliothèque de Saint-Aubrac s'installe dans l'ancienne caserne",
                "dek": "Après deux ans dans un bâtiment provisoire, les livres ont retrouvé un toit.",
                "paragraphs": [
                    "La bibliothèque de Saint-Aubrac a ouvert samedi ses portes dans l'ancienne caserne des pompiers, devant une file d'enfants qui s'étirait jusqu'au bout de la rue. Les bénévoles avaient passé l'hiver à déménager onze mille livres à la main.",
                    "L'ancienne remise des camions est devenue une salle de lecture aux grandes fenêtres, et le réfectoire accueille désormais l'aide aux devoirs.",
                    "« Nous n'avions jamais connu une matinée pareille », sourit la responsable, en poste dans le village depuis dix-neuf ans.",
                    "La commune a racheté le bâtiment pour un euro symbolique lorsque les pompiers ont rejoint leur nouvelle caserne.",
                ],
                "short_lead": "La bibliothèque a rouvert.",
                "captions": [
                    "Des enfants attendent devant l'ancienne caserne, samedi",
                    "Des familles patientent samedi matin devant l'ancienne caserne, avant le premier prêt de livres de la nouvelle bibliothèque.",
                    "L'ancienne remise est devenue la salle de lecture.",
                    "Des bénévoles portent des cartons de livres",
                ],
            },
        ],
    },
    "es": {
        "menu": ["Portada", "Noticias", "Local", "Economía", "Deportes", "Tiempo"],
        "by": "Por",
        "and_": "y",
        "names": [
            "Lucía Ferrándiz",
            "Álvaro Mestre",
            "Nerea Galdós",
            "Julián Carbonell",
            "Marta Iribarren",
            "Sergio Alcaide",
        ],
        "months": [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "date": "{d} de {m} de {y}",
        "relative": ["hace 3 horas", "hace 40 minutos", "Actualizado hace 2 horas", "ayer"],
        "photo": ["Foto: ", "Imagen: ", "Fotografía: ", "© "],
        "agencies": ["Agencia Levante", "EFE", "Archivo", "Europa Press"],
        "media": ["Imagen", "Foto", "Ampliar", "Ver galería"],
        "cookie": [
            [
                "Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad personalizada.",
                "Aceptar",
                "Configurar",
            ],
            ["Este sitio web usa cookies. Si continúas navegando, consideramos que aceptas su uso.", "Aceptar"],
        ],
        "link_labels": ["Lee también", "Más información", "Te puede interesar"],
        "headlines": [
            "El ayuntamiento aprueba el nuevo carril bici del centro",
            "La piscina municipal abrirá una semana antes",
            "Cierra la panadería más antigua del barrio",
            "El temporal deja sin luz a cientos de vecinos",
            "El instituto gana el concurso regional de ciencia",
            "Los alquileres suben más que los sueldos",
        ],
        "stories": [
            {
                "title": "El nuevo puente de Valdeoria abrirá un año antes de lo previsto",
                "dek": "Las obras avanzan más rápido gracias al invierno suave, según la concejalía de Urbanismo.",
                "paragraphs": [
                    "El nuevo puente sobre el río Oria en Valdeoria abrirá al tráfico un año antes de lo previsto. El invierno suave ha permitido a los operarios trabajar casi sin interrupciones, explicó el lunes el concejal de Urbanismo.",
                    "El viejo puente, construido en los años sesenta, se cerró hace tres años después de que los técnicos detectaran grietas en los pilares.",
                    'Desde entonces, los vecinos deben dar un rodeo de doce kilómetros. "Contamos los días", dice una vecina que trabaja en la capital.',
                    "El coste de la obra se mantiene, según el ayuntamiento, dentro del presupuesto aprobado.",
                ],
                "short_lead": "El puente abrirá antes.",
                "captions": [
                    "Operarios colocan el último tramo del puente, el lunes por la mañana",
                    "Varios técnicos revisan las soldaduras de la nueva estructura el lunes, mientras el viejo puente espera su demolición en verano.",
                    "Vista aérea de las obras sobre el río Oria.",
                    "Una grúa eleva una viga sobre el cauce",
                ],
            },
            {
                "title": "Los vecinos de Monteclaro salvan la última tienda del pueblo",
                "dek": "Más de doscientos socios han creado una cooperativa para mantener abierto el comercio.",
                "paragraphs": [
                    "La única tienda de Monteclaro seguirá abierta: más de doscientos vecinos han creado una cooperativa y se han hecho cargo del negocio. La dueña había anunciado en invierno que se jubilaba.",
                    "Sin la tienda, los mayores del pueblo habrían tenido que coger el autobús, que pasa solo tres veces al día, para hacer la compra.",
                    '"Aquí nos vemos todos, aquí te enteras de todo", cuenta una jubilada que ha vivido medio siglo en el pueblo.',
                    "La cooperativa quiere vender también productos de las huertas de la comarca.",
                ],
                "short_lead": "La tienda sigue abierta.",
                "captions": [
                    "Socios de la cooperativa reponen las estanterías el sábado",
                    "Voluntarios del pueblo colocan conservas en las baldas el sábado, antes de que la tienda abra con la nueva gestión.",
                    "La tienda de la calle Mayor abrió en 1962.",
                    "Las nuevas responsables, frente al comercio",
                ],
            },
        ],
    },
    "it": {
        "menu": ["Home", "Cronaca", "Provincia", "Economia", "Sport", "Meteo"],
        "by": "Di",
        "and_": "e",
        "names": [
            "Giulia Ferracuti",
            "Matteo Scalabrin",
            "Chiara Lodovisi",
            "Andrea Pellizzon",
            "Sara Montagnoli",
            "Davide Rinaldelli",
        ],
        "months": [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        "date": "{d} {m} {y}",
        "relative": ["3 ore fa", "40 minuti fa", "Aggiornato 2 ore fa", "ieri"],
        "photo": ["Foto: ", "Foto di ", "Immagine: ", "© "],
        "agencies": ["Studio Valle", "Ansa", "archivio", "FotoNord"],
        "media": ["Immagine", "Foto", "Ingrandisci", "Apri la galleria"],
        "cookie": [
            [
                "Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza di navigazione.",
                "Accetta tutti",
                "Personalizza",
            ],
            ["Proseguendo la navigazione acconsenti all'uso dei cookie.", "Ok"],
        ],
        "link_labels": ["Leggi anche", "Potrebbe interessarti", "Approfondimenti"],
        "headlines": [
            "Nuova pista ciclabile lungo il viale della stazione",
            "La piscina comunale riapre a giugno",
            "Chiude dopo sessant'anni la storica merceria",
            "Maltempo, centinaia di famiglie senza corrente",
            "Il liceo vince la gara regionale di matematica",
            "Gli affitti crescono più degli stipendi",
        ],
        "stories": [
            {
                "title": "Il nuovo ponte di Valtorre sarà pronto un anno prima",
                "dek": "Grazie all'inverno mite i lavori procedono più veloci del previsto, spiega l'assessore ai lavori pubblici.",
                "paragraphs": [
                    "Il nuovo ponte sul torrente Lisa a Valtorre sarà aperto al traffico con un anno di anticipo. L'inverno mite ha permesso agli operai di lavorare quasi senza interruzioni, ha spiegato lunedì l'assessore ai lavori pubblici.",
                    "Il vecchio ponte, costruito negli anni Sessanta, era stato chiuso tre anni fa dopo che i tecnici avevano trovato crepe nei piloni.",
                    'Da allora i pendolari devono fare una deviazione di dodici chilometri. "Contiamo i giorni", dice una residente che lavora in città.',
                    "Secondo il Comune, i costi restano entro il budget approvato.",
                ],
                "short_lead": "Il ponte aprirà prima.",
                "captions": [
                    "Gli operai posano l'ultima campata del ponte, lunedì mattina",
                    "I tecnici controllano le saldature della nuova struttura lunedì, mentre il vecchio ponte accanto sarà demolito in estate.",
                    "Il cantiere sul torrente visto dall'alto.",
                    "Una gru solleva una trave sopra il torrente",
                ],
            },
            {
                "title": "A Roccabruna i residenti salvano l'ultimo negozio del paese",
                "dek": "Oltre duecento soci hanno fondato una cooperativa per tenere aperta la bottega.",
                "paragraphs": [
                    "L'unico negozio di Roccabruna resterà aperto: più di duecento residenti hanno fondato una cooperativa e hanno rilevato l'attività. La titolare aveva annunciato in inverno di voler andare in pensione.",
                    "Senza la bottega, gli anziani del paese avrebbero dovuto prendere l'autobus, che passa solo tre volte al giorno, per fare la spesa.",
                    '"Qui ci si incontra, qui si sa tutto", racconta una pensionata che vive in paese da cinquant\'anni.',
                    "La cooperativa vuole vendere anche i prodotti degli orti della valle.",
                ],
                "short_lead": "Il negozio resta aperto.",
                "captions": [
                    "I soci della cooperativa sistemano gli scaffali sabato",
                    "Alcuni volontari del paese sistemano le conserve sugli scaffali sabato, prima della riapertura con la nuova gestione.",
                    "La bottega in via Roma è aperta dal 1962.",
                    "Le nuove responsabili davanti al negozio",
                ],
            },
        ],
    },
    "pt": {
        "menu": ["Início", "Notícias", "Região", "Economia", "Desporto", "Tempo"],
        "by": "Por",
        "and_": "e",
        "names": [
            "Inês Carvalhais",
            "Rui Montenegro",
            "Beatriz Quintela",
            "Tiago Sarmento",
            "Marta Valadares",
            "Nuno Bettencourt",
        ],
        "months": [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        "date": "{d} de {m} de {y}",
        "relative": ["há 3 horas", "há 40 minutos", "Atualizado há 2 horas", "ontem"],
        "photo": ["Foto: ", "Fotografia: ", "Imagem: ", "© "],
        "agencies": ["Foto Atlântico", "Lusa", "arquivo", "Estúdio Sul"],
        "media": ["Imagem", "Foto", "Ampliar", "Ver galeria"],
        "cookie": [
            [
                "Utilizamos cookies para melhorar a sua experiência e apresentar conteúdos personalizados.",
                "Aceitar todos",
                "Definições",
            ],
            ["Ao continuar a navegar, está a concordar com a utilização de cookies.", "Aceitar"],
        ],
        "link_labels": ["Leia também", "Veja também", "Relacionados"],
        "headlines": [
            "Câmara aprova nova ciclovia na avenida marginal",
            "Piscina municipal reabre mais cedo",
            "Fecha a mercearia mais antiga da vila",
            "Temporal deixa centenas de casas sem luz",
            "Escola vence concurso regional de ciência",
            "Rendas sobem mais do que os salários",
        ],
        "stories": [
            {
                "title": "Nova ponte de Vilar do Rio fica pronta um ano antes",
                "dek": "O inverno ameno permitiu acelerar a obra, explica o vereador das obras.",
                "paragraphs": [
                    "A nova ponte sobre o rio Aves em Vilar do Rio vai abrir ao trânsito um ano antes do previsto. O inverno ameno permitiu aos operários trabalhar quase sem paragens, explicou na segunda-feira o vereador das obras.",
                    "A ponte antiga, dos anos sessenta, foi encerrada há três anos depois de os técnicos terem encontrado fissuras nos pilares.",
                    'Desde então, quem vive na margem norte faz um desvio de doze quilómetros. "Estamos a contar os dias", diz uma moradora que trabalha na cidade.',
                    "Segundo a câmara, o custo da obra mantém-se dentro do orçamento.",
                ],
                "short_lead": "A ponte abre mais cedo.",
                "captions": [
                    "Operários colocam o último tramo da ponte, na segunda-feira de manhã",
                    "Técnicos verificam as soldaduras da nova estrutura na segunda-feira, enquanto a ponte velha aguarda a demolição no verão.",
                    "A obra sobre o rio vista do alto.",
                    "Uma grua ergue uma viga sobre o rio",
                ],
            },
            {
                "title": "Moradores de Serra Alta salvam a última loja da aldeia",
                "dek": "Mais de duzentos sócios criaram uma cooperativa para manter a loja aberta.",
                "paragraphs": [
                    "A única loja de Serra Alta vai continuar aberta: mais de duzentos moradores criaram uma cooperativa e ficaram com o negócio. A dona tinha anunciado no inverno que se ia reformar.",
                    "Sem a loja, os mais velhos teriam de apanhar o autocarro, que passa apenas três vezes por dia, para fazer compras.",
                    '"É aqui que nos encontramos, é aqui que se sabe de tudo", conta uma reformada que vive na aldeia há meio século.',
                    "A cooperativa quer vender também produtos das hortas da região.",
                ],
                "short_lead": "A loja continua aberta.",
                "captions": [
                    "Sócios da cooperativa arrumam as prateleiras no sábado",
                    "Voluntários da aldeia arrumam conservas nas prateleiras no sábado, antes de a loja abrir com a nova gerência.",
                    "A loja da rua Direita abriu em 1962.",
                    "As novas responsáveis à porta da loja",
                ],
            },
        ],
    },
    "nl": {
        "menu": ["Home", "Nieuws", "Regio", "Economie", "Sport", "Weer"],
        "by": "Door",
        "and_": "en",
        "names": [
            "Femke Oosterhuis",
            "Joris van Dalfsen",
            "Noor el Amrani",
            "Bram Hoekstra",
            "Lotte Verbeek",
            "Sander Kuipers",
        ],
        "months": [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        "date": "{d} {m} {y}",
        "relative": ["3 uur geleden", "40 minuten geleden", "Bijgewerkt 2 uur geleden", "gisteren"],
        "photo": ["Foto: ", "Beeld: ", "Foto © "],
        "agencies": ["Fotopersbureau Noord", "ANP", "archief", "Beeldbank Oost"],
        "media": ["Afbeelding", "Foto", "Vergroot afbeelding", "Bekijk fotoserie"],
        "cookie": [
            [
                "Wij gebruiken cookies om je een betere ervaring te bieden en advertenties af te stemmen op je interesses.",
                "Accepteren",
                "Instellingen",
            ],
            ["Door verder te gaan op deze site ga je akkoord met het gebruik van cookies.", "Oké"],
        ],
        "link_labels": ["Lees ook", "Meer over dit onderwerp", "Ook interessant"],
        "headlines": [
            "Gemeente legt nieuw fietspad aan langs de kade",
            "Zwembad gaat een week eerder open",
            "Oudste bakkerij van het dorp sluit de deuren",
            "Storm laat honderden huizen zonder stroom",
            "Scholieren winnen regionale techniekwedstrijd",
            "Huren stijgen harder dan lonen",
        ],
        "stories": [
            {
                "title": "Nieuwe brug bij Oostwolde een jaar eerder klaar",
                "dek": "Door de zachte winter konden de bouwers bijna zonder onderbreking doorwerken, zegt de wethouder.",
                "paragraphs": [
                    "De nieuwe brug over de Wolde bij Oostwolde gaat een jaar eerder open dan gepland. Door de zachte winter konden de bouwvakkers bijna zonder onderbreking doorwerken, zei de wethouder maandag.",
                    "De oude brug uit de jaren zestig werd drie jaar geleden afgesloten nadat inspecteurs scheuren in de pijlers hadden gevonden.",
                    'Sindsdien moeten forenzen twaalf kilometer omrijden. "We tellen de dagen af", zegt een bewoonster die in de stad werkt.',
                    "Volgens de gemeente blijven de kosten binnen het afgesproken budget.",
                ],
                "short_lead": "De brug is eerder klaar.",
                "captions": [
                    "Bouwvakkers plaatsen maandagochtend het laatste brugdeel",
                    "Technici controleren maandag de lasnaden van de nieuwe brug; de oude brug ernaast wordt in de zomer gesloopt.",
                    "De bouwplaats aan de Wolde van bovenaf gezien.",
                    "Een kraan tilt een brugdeel over het water",
                ],
            },
            {
                "title": "Inwoners van Heerdijk redden de laatste dorpswinkel",
                "dek": "Ruim tweehonderd leden richtten een coöperatie op om de winkel open te houden.",
                "paragraphs": [
                    "De enige winkel van Heerdijk blijft open: ruim tweehonderd inwoners hebben een coöperatie opgericht en de zaak overgenomen. De eigenaresse had in de winter aangekondigd met pensioen te gaan.",
                    "Zonder de winkel hadden ouderen in het dorp de bus moeten nemen, die maar drie keer per dag rijdt, om boodschappen te doen.",
                    '"Hier zie je iedereen, hier hoor je alles", vertelt een gepensioneerde die al vijftig jaar in het dorp woont.',
                    "De coöperatie wil ook groente van boeren uit de omgeving gaan verkopen.",
                ],
                "short_lead": "De dorpswinkel blijft open.",
                "captions": [
                    "Leden van de coöperatie vullen zaterdag de schappen",
                    "Vrijwilligers uit het dorp zetten zaterdag blikken in de schappen, voordat de winkel onder nieuwe leiding opengaat.",
                    "De winkel aan de Dorpsstraat bestaat sinds 1962.",
                    "De nieuwe bedrijfsleiders voor de winkel",
                ],
            },
        ],
    },
}
