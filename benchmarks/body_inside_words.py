# ruff: noqa: E501  (a table of whole sentences, one a line)
"""Fresh made-up stories for body_inside, and what sites print inside a story and around it, in seven languages.

Written for this benchmark (session 40), apart from body_trailer_words' stories: other towns, other
topics, other sentences, so that a figure measured here is on words nobody tuned the rules on. No
page of ../shared is quoted. {name} is the writer, {site} the site's name.
"""

from __future__ import annotations

Story = dict[str, list[str] | str]

STORIES: dict[str, Story] = {
    "en": {
        "site": "Fenwick Courier",
        "name": "Tobias Wrenfield",
        "role": "education reporter",
        "date": "3 June 2032",
        "title": "Primary school roof to be replaced over the summer holidays",
        "subheads": ["Lessons in the library", "A long list of repairs"],
        "sentences": [
            "The roof of Saltmarsh Primary School will be stripped and replaced during the six weeks of the summer break, the county said on Wednesday.",
            "Inspectors found last autumn that rain had been seeping into two classrooms and the staff room for several winters.",
            "Pupils in the worst affected rooms have been taught in the library and the hall since February.",
            "The work is expected to cost a little under two million pounds and will be paid for from the county's repairs budget.",
            "Parents at the school gate on Wednesday afternoon said they were relieved but worried about the tight timetable.",
            "The head teacher wrote to families that the school would open on time in September even if the scaffolding stayed up.",
            "A second school in the district is waiting for a similar repair and has been told it will have to wait another year.",
            "Builders will start moving equipment onto the playing field on the last day of term.",
        ],
        "quotes": [
            "\u201cWe have been putting buckets under the skylights since I started here,\u201d one teacher said.",
            "\u201cIf it is not finished, the children will be back in the hall again,\u201d said a parent of two.",
        ],
        "items": [
            "- new insulation in the loft",
            "- a ramp at the side entrance",
            "- brighter lights in the corridors",
        ],
        "short": ["Term ends on 19 July.", "The county did not say who won the contract."],
        "captions": [
            "Buckets in a classroom at Saltmarsh Primary after a night of rain.",
            "The school's flat roof seen from the playing field on Wednesday.",
        ],
        "credits": ["Photo: Ines Harrow / Fenwick Courier", "Picture: Ines Harrow"],
    },
    "de": {
        "site": "Oberland Anzeiger",
        "name": "Katrin Helmsdorf",
        "role": "Redakteurin f\u00fcr Verkehr",
        "date": "3. Juni 2032",
        "title": "Stra\u00dfenbahn soll ab 2035 bis zum neuen Wohngebiet fahren",
        "subheads": ["Anwohner haben Fragen", "Wer bezahlt die Gleise"],
        "sentences": [
            "Die Stra\u00dfenbahnlinie 4 soll in drei Jahren bis zum neuen Wohngebiet am Kiesweiher verl\u00e4ngert werden, hat der Stadtrat am Mittwoch beschlossen.",
            "Die neue Strecke ist gut zwei Kilometer lang und bekommt vier Haltestellen, eine davon direkt an der Grundschule.",
            "Bisher f\u00e4hrt nur ein Bus alle zwanzig Minuten in das Viertel, in dem inzwischen fast dreitausend Menschen wohnen.",
            "Die Kosten sch\u00e4tzt die Verwaltung auf rund vierzig Millionen Euro, einen gro\u00dfen Teil davon soll das Land \u00fcbernehmen.",
            "Einige Anwohner der Hauptstra\u00dfe bef\u00fcrchten, dass w\u00e4hrend der Bauzeit ihre Einfahrten wochenlang gesperrt sind.",
            "Die Verkehrsbetriebe wollen die Gleise abschnittsweise verlegen, damit der Busverkehr weiterlaufen kann.",
            "Im Herbst soll es eine B\u00fcrgerversammlung geben, auf der die genaue Lage der Haltestellen vorgestellt wird.",
            "Der Beschluss fiel mit gro\u00dfer Mehrheit, nur zwei Fraktionen stimmten dagegen.",
        ],
        "quotes": [
            "\u201eWir warten seit Jahren auf eine vern\u00fcnftige Anbindung\u201c, sagt eine Mutter aus dem Viertel.",
            "\u201eOhne die Bahn bleibt das Auto f\u00fcr viele die einzige Wahl\u201c, sagte ein Stadtrat.",
        ],
        "items": [
            "- vier neue Haltestellen",
            "- ein Radweg neben den Gleisen",
            "- mehr Pl\u00e4tze f\u00fcr Fahrr\u00e4der",
        ],
        "short": ["Baubeginn ist fr\u00fchestens 2033.", "Das Land muss noch zustimmen."],
        "captions": [
            "Die Wendeschleife der Linie 4 am heutigen Endpunkt.",
            "Hier am Kiesweiher sollen die Gleise enden.",
        ],
        "credits": ["Foto: Lena Brauer", "Bild: Oberland Anzeiger"],
    },
    "fr": {
        "site": "L'\u00c9cho des Combes",
        "name": "Hugo Vasselin",
        "role": "journaliste au service \u00e9conomie",
        "date": "3 juin 2032",
        "title": "La derni\u00e8re boulangerie du village rouvre gr\u00e2ce \u00e0 un jeune couple",
        "subheads": ["Un four de cinquante ans", "Des horaires \u00e9largis"],
        "sentences": [
            "La boulangerie de Saint-Aubin-des-Combes, ferm\u00e9e depuis dix-huit mois, a rouvert ses portes samedi matin.",
            "Un couple venu de la ville voisine a repris le fonds de commerce avec l\u2019aide de la commune, propri\u00e9taire des murs.",
            "Le vieux four \u00e0 bois a \u00e9t\u00e9 r\u00e9par\u00e9 par un artisan de la r\u00e9gion, qui a d\u00fb faire venir des briques d\u2019Alsace.",
            "Depuis la fermeture, les habitants devaient faire huit kilom\u00e8tres pour acheter leur pain.",
            "Le maire esp\u00e8re que la r\u00e9ouverture donnera envie \u00e0 d\u2019autres commer\u00e7ants de s\u2019installer dans le bourg.",
            "La boutique proposera aussi quelques produits d\u2019\u00e9picerie et un d\u00e9p\u00f4t de journaux.",
            "Les nouveaux boulangers comptent embaucher un apprenti d\u00e8s la rentr\u00e9e.",
            "Le premier jour, la file d\u2019attente s\u2019\u00e9tirait jusqu\u2019\u00e0 la place de l\u2019\u00e9glise.",
        ],
        "quotes": [
            "\u00ab\u00a0On avait perdu l\u2019habitude de se croiser le matin\u00a0\u00bb, sourit une retrait\u00e9e.",
            "\u00ab\u00a0Sans le soutien de la mairie, nous n\u2019aurions pas pu nous lancer\u00a0\u00bb, explique le boulanger.",
        ],
        "items": ["- du pain au levain", "- des viennoiseries le dimanche", "- un d\u00e9p\u00f4t de journaux"],
        "short": ["La boutique ferme le lundi.", "Le loyer reste modeste."],
        "captions": [
            "Le nouveau boulanger devant son four, samedi matin.",
            "La file d\u2019attente devant la boutique le jour de la r\u00e9ouverture.",
        ],
        "credits": ["Photo\u00a0: Margaux Lerat", "Cr\u00e9dit\u00a0: L'\u00c9cho des Combes"],
    },
    "es": {
        "site": "La Voz del Campo",
        "name": "Luc\u00eda Ortega Vidal",
        "role": "redactora de Agricultura",
        "date": "3 de junio de 2032",
        "title": "Los regantes del valle tendr\u00e1n un tercio menos de agua este verano",
        "subheads": ["Menos hect\u00e1reas sembradas", "El pantano, a la mitad"],
        "sentences": [
            "La comunidad de regantes del valle recibir\u00e1 este verano un tercio menos de agua que el a\u00f1o pasado, seg\u00fan acord\u00f3 el martes la confederaci\u00f3n hidrogr\u00e1fica.",
            "El embalse que abastece a la comarca est\u00e1 al cuarenta y ocho por ciento de su capacidad, muy por debajo de la media de la \u00faltima d\u00e9cada.",
            "Muchos agricultores ya han decidido dejar sin sembrar parte de sus tierras de ma\u00edz y sustituirlas por cultivos de secano.",
            "Las organizaciones agrarias piden ayudas directas para compensar las p\u00e9rdidas y una rebaja de las tarifas del agua.",
            "El consejero de Agricultura visit\u00f3 la zona el mi\u00e9rcoles y prometi\u00f3 una l\u00ednea de cr\u00e9ditos sin intereses.",
            "Los turnos de riego se repartir\u00e1n por semanas y se vigilar\u00e1n con contadores en cada parcela.",
            "En el pueblo, varios vecinos recuerdan que la \u00faltima sequ\u00eda grave oblig\u00f3 a cerrar dos cooperativas.",
            "La confederaci\u00f3n revisar\u00e1 el reparto a mediados de julio si llueve en las cabeceras de los r\u00edos.",
        ],
        "quotes": [
            "\u201cCon esta agua no llegamos ni a la mitad de la cosecha\u201d, lamenta un agricultor de la zona.",
            "\u201cNadie quiere cerrar la cooperativa otra vez\u201d, asegura su presidente.",
        ],
        "items": ["- turnos de riego semanales", "- contadores en cada parcela", "- cr\u00e9ditos sin intereses"],
        "short": ["La revisi\u00f3n llegar\u00e1 en julio.", "Las ayudas a\u00fan no tienen fecha."],
        "captions": [
            "Una acequia casi seca a las afueras del pueblo, el martes.",
            "El embalse de la comarca, a menos de la mitad de su capacidad.",
        ],
        "credits": ["Foto: Andr\u00e9s Molina", "Imagen: La Voz del Campo"],
    },
    "it": {
        "site": "Gazzetta del Lago",
        "name": "Chiara Bonvicini",
        "role": "giornalista della redazione cultura",
        "date": "3 giugno 2032",
        "title": "Il museo civico riapre dopo tre anni con una nuova sala dedicata al lago",
        "subheads": ["Una sala per i pescatori", "Biglietti e orari"],
        "sentences": [
            "Il museo civico di Varenna Alta riaprir\u00e0 sabato dopo tre anni di lavori di restauro e di adeguamento antisismico.",
            "Al piano terra \u00e8 stata allestita una nuova sala dedicata alla storia della pesca sul lago, con reti e barche donate dalle famiglie del paese.",
            "I lavori sono costati circa quattro milioni di euro, in gran parte coperti da un contributo della regione.",
            "Durante la chiusura molte opere sono state prestate ad altri musei della provincia e ora tornano a casa.",
            "Il sindaco ha detto di sperare che il museo attiri anche i turisti che in estate affollano il lungolago.",
            "Per il primo mese l\u2019ingresso sar\u00e0 gratuito per i residenti e per le scuole del territorio.",
            "La direttrice ha spiegato che alcune sale resteranno chiuse fino all\u2019autunno per gli ultimi ritocchi.",
            "Gli orari di apertura saranno prolungati il venerd\u00ec sera durante i mesi estivi.",
        ],
        "quotes": [
            "\u00abFinalmente le barche dei nostri nonni hanno un posto\u00bb, dice un pescatore in pensione.",
            "\u00abAbbiamo lavorato fino all\u2019ultima notte\u00bb, racconta la direttrice.",
        ],
        "items": ["- una sala sulla pesca", "- un laboratorio per le scuole", "- una terrazza sul lago"],
        "short": ["L\u2019inaugurazione \u00e8 alle 11.", "Il venerd\u00ec si chiude alle 22."],
        "captions": [
            "Le barche donate dalle famiglie nella nuova sala del museo.",
            "La facciata restaurata del museo civico, venerd\u00ec.",
        ],
        "credits": ["Foto: Matteo Rinaldi", "Immagine: Gazzetta del Lago"],
    },
    "pt": {
        "site": "Correio da Serra",
        "name": "Beatriz Sampaio",
        "role": "jornalista da sec\u00e7\u00e3o Sociedade",
        "date": "3 de junho de 2032",
        "title": "Quartel de bombeiros da vila vai ter nova ambul\u00e2ncia e mais dois volunt\u00e1rios",
        "subheads": ["Uma frota envelhecida", "Volunt\u00e1rios precisam-se"],
        "sentences": [
            "O quartel dos bombeiros volunt\u00e1rios da vila recebe na pr\u00f3xima semana uma nova ambul\u00e2ncia, comprada com dinheiro da c\u00e2mara e de uma campanha de donativos.",
            "A viatura mais antiga do quartel tinha mais de vinte anos e passava cada vez mais tempo na oficina.",
            "No ano passado, os bombeiros fizeram quase mil e duzentos transportes de doentes para o hospital distrital.",
            "O comandante diz que o maior problema continua a ser a falta de volunt\u00e1rios durante a semana.",
            "Dois jovens da vila terminam este m\u00eas a forma\u00e7\u00e3o e passam a fazer parte do piquete de fim de semana.",
            "A campanha de donativos juntou mais de trinta mil euros, muitos deles entregues em notas no pr\u00f3prio quartel.",
            "A c\u00e2mara promete ainda obras no telhado do quartel antes do in\u00edcio da \u00e9poca de inc\u00eandios.",
            "A nova ambul\u00e2ncia ser\u00e1 benzida no domingo, numa cerim\u00f3nia aberta \u00e0 popula\u00e7\u00e3o.",
        ],
        "quotes": [
            "\u201cH\u00e1 dias em que temos tr\u00eas chamadas ao mesmo tempo\u201d, conta o comandante.",
            "\u201cToda a gente deu alguma coisa\u201d, diz uma das organizadoras da campanha.",
        ],
        "items": ["- uma ambul\u00e2ncia nova", "- obras no telhado", "- forma\u00e7\u00e3o para volunt\u00e1rios"],
        "short": ["A cerim\u00f3nia \u00e9 no domingo.", "O quartel aceita novos volunt\u00e1rios."],
        "captions": [
            "A ambul\u00e2ncia antiga \u00e0 porta do quartel, na ter\u00e7a-feira.",
            "Volunt\u00e1rios durante um exerc\u00edcio no largo da vila.",
        ],
        "credits": ["Foto: Nuno Fartaria", "Imagem: Correio da Serra"],
    },
    "nl": {
        "site": "De Polderpost",
        "name": "Maartje van Oosterhout",
        "role": "verslaggever regio",
        "date": "3 juni 2032",
        "title": "Waterschap versterkt dijk langs de rivier over zes kilometer",
        "subheads": ["Bomen moeten wijken", "Hinder voor fietsers"],
        "sentences": [
            "Het waterschap begint na de zomer met het versterken van de dijk tussen het veer en de oude steenfabriek.",
            "Uit metingen bleek twee jaar geleden dat de dijk bij hoog water niet meer aan de nieuwe normen voldoet.",
            "Over een lengte van zes kilometer wordt de dijk breder en ongeveer een halve meter hoger gemaakt.",
            "Langs de binnenkant van de dijk moeten ruim honderd bomen worden gekapt, tot ongenoegen van een deel van de bewoners.",
            "Het waterschap belooft op een andere plek langs de rivier twee keer zoveel bomen terug te planten.",
            "Tijdens de werkzaamheden is het fietspad op de dijk steeds over een deel van de route afgesloten.",
            "De kosten van het project worden geschat op zesendertig miljoen euro, grotendeels betaald door het Rijk.",
            "Bewoners kunnen volgende maand op een inloopavond in het dorpshuis hun vragen stellen.",
        ],
        "quotes": [
            "\u2018Die bomen staan er al sinds mijn jeugd\u2019, zegt een bewoner van de dijkweg.",
            "\u2018Veiligheid gaat voor, maar we houden rekening met de buurt\u2019, zegt een woordvoerder.",
        ],
        "items": ["- een bredere dijk", "- nieuwe bomen bij de uiterwaard", "- een tijdelijke fietsroute"],
        "short": ["Het werk duurt twee jaar.", "De inloopavond is op 8 juli."],
        "captions": [
            "Het fietspad op de dijk bij het veer, woensdagochtend.",
            "Bij de oude steenfabriek moet een rij populieren wijken.",
        ],
        "credits": ["Foto: Ruben Sterk", "Beeld: De Polderpost"],
    },
}

# An ad slot's label inside the text: the general word for an advertisement in each language
AD_LABELS: dict[str, list[str]] = {
    "en": ["Advertisement", "ADVERTISEMENT", "Sponsored"],
    "de": ["Anzeige", "Werbung", "ANZEIGE"],
    "fr": ["Publicit\u00e9", "PUBLICIT\u00c9"],
    "es": ["Publicidad", "PUBLICIDAD", "Anuncio"],
    "it": ["Pubblicit\u00e0", "PUBBLICIT\u00c0"],
    "pt": ["Publicidade", "PUBLICIDADE", "An\u00fancio"],
    "nl": ["Advertentie", "ADVERTENTIE"],
}

# Cookie consent banners under a copied page: a sentence or two and their buttons
COOKIES: dict[str, list[list[str]]] = {
    "en": [
        [
            "We use cookies to keep this site working and to understand how it is used. You can change your choice at any time.",
            "Accept all",
            "Manage preferences",
        ],
        ["This website uses cookies to improve your experience.", "OK", "Read our cookie policy"],
    ],
    "de": [
        [
            "Wir verwenden Cookies, um unsere Website zu verbessern und Inhalte f\u00fcr Sie anzupassen. Ihre Auswahl k\u00f6nnen Sie jederzeit \u00e4ndern.",
            "Alle akzeptieren",
            "Einstellungen",
        ],
    ],
    "fr": [
        [
            "Nous utilisons des cookies pour le bon fonctionnement du site et pour mesurer son audience. Vous pouvez modifier vos choix \u00e0 tout moment.",
            "Tout accepter",
            "Param\u00e9trer",
        ],
    ],
    "es": [
        [
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Puede cambiar la configuraci\u00f3n en cualquier momento.",
            "Aceptar todas",
            "Configurar",
        ],
    ],
    "it": [
        [
            "Questo sito utilizza cookie tecnici e di terze parti per migliorare la tua esperienza. Puoi modificare le tue scelte in qualsiasi momento.",
            "Accetta tutti",
            "Personalizza",
        ],
    ],
    "pt": [
        [
            "Utilizamos cookies para melhorar a sua experi\u00eancia e analisar o tr\u00e1fego do site. Pode alterar as suas prefer\u00eancias a qualquer momento.",
            "Aceitar todos",
            "Gerir prefer\u00eancias",
        ],
    ],
    "nl": [
        [
            "Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten. U kunt uw keuze altijd aanpassen.",
            "Alles accepteren",
            "Instellingen",
        ],
    ],
}

# Other stories' cards inside the text: a label in the language's common words, a headline (fresh)
CARDS: dict[str, tuple[list[str], list[str]]] = {
    "en": (["Read more", "Also read", "Related"], ["Harbour pool to close for two weeks of repairs"]),
    "de": (["Lesen Sie auch", "Mehr zum Thema"], ["Neuer Spielplatz am Stadtpark wird im Juli er\u00f6ffnet"]),
    "fr": (["Lire aussi", "\u00c0 lire aussi"], ["Le march\u00e9 de No\u00ebl change de place cette ann\u00e9e"]),
    "es": (["Lea tambi\u00e9n", "Te puede interesar"], ["El ayuntamiento renueva el alumbrado del casco antiguo"]),
    "it": (["Leggi anche", "Potrebbe interessarti"], ["Nuovo parcheggio per le biciclette alla stazione"]),
    "pt": (["Leia tamb\u00e9m", "Veja tamb\u00e9m"], ["Mercado municipal abre ao domingo a partir de julho"]),
    "nl": (["Lees ook", "Meer nieuws"], ["Gemeente opent nieuwe speeltuin bij het station"]),
}
