"""The made-up stories of benchmarks.data_pages: a story's text, its own block of data under it (a recipe, opening
hours, a timetable, a fact box, a table, a vox-pop) and the site's list of other articles after it, in several
languages. Every word here is written for this benchmark (invented places, people and numbers); no page's wording.

A story is (class, language, headline, paragraphs, blocks): each block a heading (or "") and its rows; a row is
its cells (one cell: a line of text; more: a table's row, cells apart by a tab in a text copy).
"""

from __future__ import annotations

from typing import NamedTuple


class Story(NamedTuple):
    kind: str
    lang: str
    headline: str
    paragraphs: tuple[str, ...]
    blocks: tuple[tuple[str, tuple[str, ...]], ...]
    after: tuple[str, ...] = ()  # the text's paragraphs under its blocks (data_pages_inside.py)
    layout: str = "tabs"  # how a text copy sets a table's cells out: "tabs", "spaces" (a run), "cells" (one a line)


# per language: the site's name, its menu, a byline's word, a date line, the share line, the list's header, the
# site's other headlines and its footer
SITES: dict[str, dict[str, object]] = {
    "en": dict(site="The Quayside Courier", menu=["Home", "Local", "Food", "Sport"], by="By", date="14 May 2031",
               share="Share this story", header="More from the Courier",
               items=["Night buses return to the harbour district", "Teachers back new timetable for exams",
                      "Lifeboat crew honoured after winter rescue", "Plans for seafront cinema go on show"],
               footer=["About us", "Contact", "Privacy", "© 2031 The Quayside Courier"]),
    "fr": dict(site="Le Courrier des Estuaires", menu=["Accueil", "Région", "Sports", "Culture"], by="Par",
               date="14 mai 2031", share="Partager cet article", header="À lire aussi",
               items=["Les bus de nuit reviennent dans le quartier du port",
                      "La médiathèque prolonge ses horaires d'été", "Un nouveau sentier longe les marais salants",
                      "Le conseil vote le budget des écoles"],
               footer=["Mentions légales", "Contact", "© 2031 Le Courrier des Estuaires"]),
    "de": dict(site="Elbstädter Anzeiger", menu=["Startseite", "Lokales", "Sport", "Kultur"], by="Von",
               date="14. Mai 2031", share="Artikel teilen", header="Mehr zum Thema",
               items=["Nachtbusse fahren wieder bis zum Hafen", "Stadtrat beschließt neuen Radweg am Deich",
                      "Feuerwehr übt den Ernstfall im Schleusenhaus", "Bibliothek verlängert die Öffnungszeiten"],
               footer=["Impressum", "Datenschutz", "Kontakt", "© 2031 Elbstädter Anzeiger"]),
    "es": dict(site="Diario de la Ría", menu=["Portada", "Local", "Deportes", "Cultura"], by="Por",
               date="14 de mayo de 2031", share="Compartir esta noticia", header="Más noticias",
               items=["Vuelven los autobuses nocturnos al barrio del puerto",
                      "El ayuntamiento aprueba el carril bici del paseo",
                      "Los pescadores piden más controles en la lonja", "La biblioteca abrirá también los domingos"],
               footer=["Aviso legal", "Contacto", "© 2031 Diario de la Ría"]),
    "it": dict(site="La Voce del Porto", menu=["Home", "Cronaca", "Sport", "Cultura"], by="Di",
               date="14 maggio 2031", share="Condividi l'articolo", header="Leggi anche",
               items=["Tornano gli autobus notturni nel quartiere del porto",
                      "Il comune approva la nuova pista ciclabile", "I pescatori chiedono più controlli al mercato",
                      "La biblioteca apre anche la domenica"],
               footer=["Chi siamo", "Contatti", "© 2031 La Voce del Porto"]),
    "nl": dict(site="Dijkbode", menu=["Home", "Regio", "Sport", "Cultuur"], by="Door", date="14 mei 2031",
               share="Deel dit artikel", header="Meer nieuws",
               items=["Nachtbussen rijden weer naar de haven", "Gemeente kiest voor nieuw fietspad langs de dijk",
                      "Brandweer oefent bij het oude sluiscomplex", "Bibliotheek gaat ook op zondag open"],
               footer=["Over ons", "Contact", "Privacy", "© 2031 Dijkbode"]),
    "pt": dict(site="Gazeta da Foz", menu=["Início", "Região", "Desporto", "Cultura"], by="Por",
               date="14 de maio de 2031", share="Partilhar", header="Leia também",
               items=["Autocarros noturnos regressam à zona do porto", "Câmara aprova nova ciclovia junto ao rio",
                      "Pescadores pedem mais controlo na lota", "Biblioteca passa a abrir ao domingo"],
               footer=["Ficha técnica", "Contactos", "© 2031 Gazeta da Foz"]),
    "ja": dict(site="湾岸タイムズ", menu=["ホーム", "地域", "スポーツ", "文化"], by="記者", date="2031年5月14日",
               share="この記事をシェア", header="関連記事",
               items=["港地区に深夜バスが復活へ", "市議会、堤防沿いの自転車道を承認", "漁協が市場の検査強化を要望",
                      "図書館、日曜も開館へ"],
               footer=["会社概要", "お問い合わせ", "© 2031 湾岸タイムズ"]),
}  # fmt: skip
WRITERS = {"en": "Tamsin Orrell", "fr": "Maëlle Kerbrat", "de": "Jonas Feddersen", "es": "Lucía Barreiro",
           "it": "Marta Zanin", "nl": "Sanne de Wit", "pt": "Inês Valadares", "ja": "中村沙織"}  # fmt: skip
PUBLISHED = "2031-05-14"

STORIES: list[Story] = [
    # ---------------------------------------------------------------- recipes: quantities, then numbered steps
    Story("recipe", "en", "A harbour cook's fish stew for a cold evening", (
        "Ruth Calloway has cooked on the fishing boats out of Brenport for twenty years, and her stew is what the "
        "crews ask for when the nets come up empty and the wind turns north.",
        "She says the trick is to add the fish only at the very end, so that it stays in large pieces, and to let "
        "the stew rest for ten minutes before anyone is allowed near the pot."),
        (("Ingredients (serves 4)", ("600 g white fish, in large pieces", "2 onions, sliced", "3 potatoes, diced",
                                     "1 tin of chopped tomatoes", "A pinch of saffron", "Salt and pepper")),
         ("Method", ("1. Soften the onions in a little oil for ten minutes.",
                     "2. Add the potatoes, the tomatoes and the saffron, cover with water and simmer.",
                     "3. When the potatoes are tender, add the fish and cook for five minutes more.",
                     "4. Season and let the stew rest before serving.")))),
    Story("recipe", "fr", "La tarte aux pommes de la boulangère de Kerlanic", (
        "Depuis trente ans, Odile Le Floc'h prépare chaque dimanche la même tarte aux pommes, que les habitants de "
        "Kerlanic viennent chercher dès l'ouverture de la boulangerie.",
        "Elle a accepté de livrer sa recette, à une condition : que les pommes viennent du verger de la commune et "
        "que la pâte repose toute une nuit."),
        (("Ingrédients", ("250 g de farine", "125 g de beurre demi-sel", "1 œuf", "4 pommes reinettes",
                          "2 cuillères à soupe de sucre roux", "Une pincée de cannelle")),
         ("Préparation", ("1. Mélangez la farine et le beurre du bout des doigts.",
                          "2. Ajoutez l'œuf, formez une boule et laissez reposer une nuit au frais.",
                          "3. Étalez la pâte, disposez les pommes en rosace et saupoudrez de sucre.",
                          "4. Faites cuire 35 minutes à 190 degrés.")))),
    Story("recipe", "de", "Das Grünkohlrezept der Deichschäferin", (
        "Wenn im Winter die Schafe vom Deich geholt werden, kocht Hilke Brodersen für die Helfer einen großen Topf "
        "Grünkohl, nach dem Rezept ihrer Großmutter.",
        "Das Geheimnis sei Geduld, sagt sie: Der Kohl müsse mindestens zwei Stunden schmoren, und am zweiten Tag "
        "schmecke er ohnehin am besten."),
        (("Zutaten für 6 Personen", ("1,5 kg Grünkohl", "2 Zwiebeln", "3 EL Schmalz", "4 Kochwürste",
                                     "2 EL Haferflocken", "Salz, Pfeffer und etwas Senf")),
         ("Zubereitung", ("1. Den Kohl waschen, von den Stielen zupfen und kurz blanchieren.",
                          "2. Die Zwiebeln im Schmalz glasig dünsten und den Kohl dazugeben.",
                          "3. Mit Wasser aufgießen und zwei Stunden schmoren lassen.",
                          "4. Die Würste und die Haferflocken in der letzten halben Stunde dazugeben.")))),
    Story("recipe", "es", "El arroz con almejas de la cofradía de Porto Seixo", (
        "Cada verano, la cofradía de pescadores de Porto Seixo prepara un arroz con almejas para todo el pueblo en "
        "la explanada del puerto, con una paellera de casi dos metros.",
        "La cocinera, Carmen Outeiral, explica que el caldo se hace la víspera con las cabezas del pescado y que "
        "el arroz nunca se remueve una vez que empieza a hervir."),
        (("Ingredientes para cuatro", ("400 g de arroz", "1 kg de almejas", "1 litro de caldo de pescado",
                                       "1 pimiento verde", "2 dientes de ajo", "Perejil fresco")),
         ("Elaboración", ("1. Deja las almejas en agua con sal durante una hora.",
                          "2. Sofríe el ajo y el pimiento en una cazuela ancha.",
                          "3. Añade el arroz, rehógalo un minuto y vierte el caldo caliente.",
                          "4. A los doce minutos, reparte las almejas por encima y deja reposar.")))),
    Story("recipe", "it", "Le frittelle di San Giuseppe della nonna di Borgo Lisca", (
        "A Borgo Lisca le frittelle si preparano solo a marzo, e quelle di Adele Cattin sono famose in tutta la "
        "valle, tanto che la pro loco le vende alla festa del patrono.",
        "La signora Cattin ci ha dettato la sua ricetta, raccomandando di friggere poche frittelle alla volta e di "
        "servirle ancora tiepide."),
        (("Ingredienti", ("300 g di farina", "3 uova", "50 g di zucchero", "La scorza di un limone",
                          "1 bustina di lievito", "Olio per friggere")),
         ("Procedimento", ("1. Sbattete le uova con lo zucchero e la scorza di limone.",
                           "2. Aggiungete la farina e il lievito poco alla volta.",
                           "3. Friggete l'impasto a cucchiaiate nell'olio caldo.",
                           "4. Scolate le frittelle e spolveratele di zucchero.")))),
    Story("recipe", "nl", "Het erwtensoeprecept van de sluiswachter", (
        "Als het ijs op de vaart ligt, staat sluiswachter Kees Hoogendijk al om zes uur 's ochtends in de keuken "
        "van het sluishuis om erwtensoep te koken voor de schaatsers.",
        "Volgens hem is de soep pas goed als de lepel erin blijft staan, en dat lukt alleen als je hem een dag "
        "laat rusten."),
        (("Ingrediënten", ("500 g spliterwten", "1 knolselderij", "2 winterwortels", "3 preien",
                           "1 rookworst", "Zout en peper")),
         ("Bereiding", ("1. Kook de erwten in twee liter water in een uur gaar.",
                        "2. Snijd de groenten klein en voeg ze toe aan de soep.",
                        "3. Laat alles nog een uur zachtjes trekken.",
                        "4. Verwarm de rookworst in de soep en snijd hem in plakjes.")))),
    # -------------------------------------------------------- a bulleted box over the recipe (W29)
    Story("bulleted", "en", "The lighthouse keeper's oat biscuits", (
        "For the open day at Skerrow lighthouse, the volunteers bake oat biscuits to the recipe that the last "
        "keeper left in a notebook in the lamp room.",
        "Visitors who asked for the recipe last year were given a copy on a postcard; this year we print it here."),
        (("", ("• Makes 24 biscuits", "• Ready in 40 minutes", "• Keeps for a week in a tin")),
         ("You will need", ("200 g rolled oats", "100 g butter", "80 g brown sugar", "2 tbsp golden syrup",
                            "1 tsp baking soda")),
         ("Method", ("1. Melt the butter with the sugar and the syrup.", "2. Stir in the oats and the soda.",
                     "3. Roll into balls, flatten them and bake for 12 minutes.")))),
    Story("bulleted", "de", "Friesische Waffeln für den Markttag", (
        "Am Markttag in Sielhusen backt der Heimatverein Waffeln nach einem alten Rezept aus dem Gemeindearchiv, "
        "und der Erlös geht an die Restaurierung der Mühle.",
        "Wer das Rezept zu Hause ausprobieren möchte, findet es hier, so wie es im Archiv steht."),
        (("", ("• Für 10 Waffeln", "• Zubereitung: 30 Minuten", "• Dazu passt Pflaumenmus")),
         ("Zutaten", ("250 g Mehl", "200 ml Sahne", "125 g Butter", "3 Eier", "1 Prise Kardamom")),
         ("So geht's", ("1. Die Butter schmelzen und mit den Eiern verrühren.",
                        "2. Mehl, Sahne und Kardamom unterrühren.",
                        "3. Im heißen Waffeleisen goldbraun backen.")))),
    Story("bulleted", "pt", "O bolo de laranja da feira de Vila Sereno", (
        "Na feira anual de Vila Sereno, o bolo de laranja da associação de moradores esgota sempre antes do "
        "meio-dia, e este ano a receita passou a ser pública.",
        "A presidente da associação, Rosa Amaral, diz que o segredo está em usar laranjas da serra."),
        (("", ("• Para 8 pessoas", "• Tempo: 1 hora", "• Dificuldade: fácil")),
         ("Ingredientes", ("4 ovos", "250 g de açúcar", "200 g de farinha", "Sumo de 2 laranjas",
                           "1 colher de fermento")),
         ("Preparação", ("1. Bata os ovos com o açúcar até ficarem claros.",
                         "2. Junte o sumo de laranja e depois a farinha com o fermento.",
                         "3. Leve ao forno durante 40 minutos.")))),
    # -------------------------------------------- opening hours, prices, addresses: rows with no figure among them
    Story("hours", "en", "Salt store museum reopens after two years of repairs", (
        "The Old Salt Store on Gull Quay reopens to visitors on Saturday, two years after a storm tore part of its "
        "roof away and flooded the ground floor.",
        "The museum's trustees say the new displays on the salt trade and the herring fleet were built by "
        "volunteers over the winter."),
        (("Plan your visit", ("Open Tuesday to Sunday, 10am to 5pm", "Closed on Mondays",
                              "Adults £6, children free", "Gull Quay, Brenport", "Free parking on the quayside")),)),
    Story("hours", "fr", "Le musée de la conserverie rouvre ses portes", (
        "Fermé depuis l'incendie de 2029, le musée de la conserverie de Port-Maëlan accueille de nouveau le public "
        "à partir de samedi, avec une salle consacrée aux sardinières.",
        "La conservatrice espère retrouver les écoles dès la rentrée et propose des visites guidées le week-end."),
        (("Infos pratiques", ("Ouvert du mercredi au dimanche, de 14 h à 18 h", "Fermé le lundi et le mardi",
                              "Entrée : 5 euros, gratuit pour les moins de 12 ans", "Quai des Sardinières, Port-Maëlan",
                              "Accès en bus par la ligne du port")),)),
    Story("hours", "de", "Schleusenmuseum öffnet mit neuer Ausstellung", (
        "Das kleine Museum im alten Schleusenwärterhaus von Sielhusen ist nach dem Umbau wieder geöffnet und zeigt "
        "nun auch die Geschichte der Binnenschiffer.",
        "Der Förderverein hofft auf mehr Besucher aus dem Umland und bietet sonntags Führungen an."),
        (("Auf einen Blick", ("Geöffnet Mittwoch bis Sonntag, 11 bis 17 Uhr", "Montags und dienstags geschlossen",
                              "Eintritt: 4 Euro, Kinder frei", "Am Schleusenweg, Sielhusen",
                              "Barrierefreier Zugang über den Hof")),)),
    Story("hours", "es", "El mercado de abastos estrena horario de tarde", (
        "El mercado de abastos de Porto Seixo abrirá también por las tardes a partir del lunes, una petición que "
        "los vecinos llevaban años haciendo al ayuntamiento.",
        "Los placeros confían en atraer así a quienes trabajan por la mañana y no podían hacer la compra."),
        (("Horarios y dirección", ("De lunes a viernes, de 8.00 a 14.00 y de 17.00 a 20.30",
                                   "Sábados solo por la mañana", "Domingos y festivos, cerrado",
                                   "Plaza de la Lonja, Porto Seixo")),)),
    Story("hours", "it", "Riapre il faro di Punta Sparvi ai visitatori", (
        "Dopo tre anni di restauri, il faro di Punta Sparvi torna visitabile e dalla terrazza della lanterna si "
        "vede di nuovo tutto il golfo.",
        "Le visite sono guidate dai volontari dell'associazione che ha raccolto i fondi per i lavori."),
        (("Informazioni utili", ("Aperto sabato e domenica, dalle 10 alle 18", "Chiuso in caso di vento forte",
                                 "Biglietto: 7 euro, ridotto 4 euro", "Strada del Faro, Punta Sparvi",
                                 "Prenotazione consigliata")),)),
    Story("hours", "nl", "Gemaal aan de Zijlvaart weer open voor bezoekers", (
        "Het oude stoomgemaal aan de Zijlvaart ontvangt weer bezoekers, nu de restauratie van de machinehal na "
        "drie jaar is afgerond.",
        "De vrijwilligers laten de stoommachine op de eerste zaterdag van de maand draaien."),
        (("Praktische informatie", ("Open van woensdag tot en met zondag, 13.00 tot 17.00 uur",
                                    "Maandag en dinsdag gesloten", "Toegang: 6 euro, kinderen gratis",
                                    "Zijlvaartweg, Oosterzijl")),)),
    Story("hours", "ja", "港の資料館、改装終え再開", (
        "改装工事のため休館していた港の資料館が、土曜日から再び一般公開される。新たに漁船の模型を集めた展示室が加わった。",
        "館長は、夏休みには子ども向けの体験教室も開きたいと話している。"),
        (("利用案内", ("開館時間　午前10時～午後5時", "休館日　毎週月曜日", "入館料　大人500円、中学生以下無料",
                       "所在地　港町2丁目")),)),
    # --------------------------------------------------------------------------- timetables
    Story("timetable", "en", "New ferry links Brenport and the Skerrow islands", (
        "A second ferry to the Skerrow islands begins sailing on Monday, doubling the number of crossings on the "
        "busiest days of the summer.",
        "Islanders had long asked for an early boat that would let them reach the mainland before the shops and "
        "the clinic open."),
        (("Summer timetable", ("06:45 Brenport – 07:30 Skerrow", "09:15 Skerrow – 10:00 Brenport",
                               "12:30 Brenport – 13:15 Skerrow", "17:40 Skerrow – 18:25 Brenport")),)),
    Story("timetable", "fr", "Une navette fluviale relie les deux rives de l'Aulne", (
        "Une navette fluviale relie depuis lundi les deux rives de l'Aulne, entre le quai de Trégarvan et le port "
        "de Landrel, en attendant la réouverture du pont.",
        "La mairie assure que la traversée restera gratuite pendant toute la durée des travaux."),
        (("Horaires de la navette", ("7 h 10 Trégarvan – 7 h 25 Landrel", "8 h 40 Landrel – 8 h 55 Trégarvan",
                                     "12 h 15 Trégarvan – 12 h 30 Landrel", "18 h 05 Landrel – 18 h 20 Trégarvan")),)),
    Story("timetable", "de", "Neue Buslinie verbindet die Deichdörfer", (
        "Seit Montag fährt die neue Linie 17 durch die Deichdörfer zwischen Sielhusen und Marschbüll, bislang "
        "nur werktags.",
        "Der Kreis will nach einem halben Jahr prüfen, ob auch am Wochenende Busse fahren sollen."),
        (("Fahrplan Linie 17", ("6.12 Sielhusen – 6.41 Marschbüll", "7.12 Sielhusen – 7.41 Marschbüll",
                                "13.05 Marschbüll – 13.34 Sielhusen", "16.35 Marschbüll – 17.04 Sielhusen")),)),
    Story("timetable", "it", "Il traghetto per l'isola di Scoglia raddoppia le corse", (
        "Da lunedì il traghetto per l'isola di Scoglia fa il doppio delle corse, con una partenza all'alba pensata "
        "per chi lavora sulla terraferma.",
        "Gli isolani chiedevano da anni un orario più comodo per raggiungere l'ospedale."),
        (("Orari estivi", ("6.30 Punta Sparvi – 7.10 Scoglia", "8.00 Scoglia – 8.40 Punta Sparvi",
                           "13.20 Punta Sparvi – 14.00 Scoglia", "19.00 Scoglia – 19.40 Punta Sparvi")),)),
    Story("timetable", "ja", "離島航路に早朝便、来月から", (
        "本土と北浦島を結ぶ航路に来月から早朝便が加わる。島の住民から通勤や通院に使える便を求める声が上がっていた。",
        "運航会社は、利用が多ければ冬の間も続けたいとしている。"),
        (("時刻表", ("6時20分 本港発　7時05分 北浦島着", "9時10分 北浦島発　9時55分 本港着",
                     "15時30分 本港発　16時15分 北浦島着")),)),
    # ------------------------------------------------------------------- fact boxes: label: value
    Story("factbox", "en", "Tidal barrier finished a year ahead of plan", (
        "The tidal barrier across the mouth of the Brent was finished this week, a year earlier than the council "
        "had planned and within its budget.",
        "Engineers say the barrier will protect some four thousand homes in the low streets behind the quay from "
        "the highest spring tides."),
        (("Key facts", ("Length: 312 metres", "Gates: six steel gates", "Cost: £84 million",
                        "Built by: a joint venture of two local firms", "Homes protected: about 4,000")),)),
    Story("factbox", "es", "Termina la restauración del puente de piedra de Ribalonga", (
        "Las obras de restauración del puente de piedra de Ribalonga concluyeron este martes, después de dieciocho "
        "meses en los que el paso estuvo cerrado al tráfico.",
        "Los técnicos han reforzado los arcos y recuperado el pavimento original de losas."),
        (("Datos clave", ("Longitud: 96 metros", "Arcos: siete", "Inversión: 2,4 millones de euros",
                          "Construcción original: siglo XVI", "Uso: solo peatones y bicicletas")),)),
    Story("factbox", "it", "Inaugurata la nuova diga di Valle Chiusa", (
        "È stata inaugurata sabato la nuova diga di Valle Chiusa, che garantirà l'acqua ai campi della pianura "
        "anche nelle estati più secche.",
        "Il consorzio di bonifica ha seguito i lavori, durati quattro anni."),
        (("In sintesi", ("Altezza: 38 metri", "Capacità: 12 milioni di metri cubi", "Costo: 61 milioni di euro",
                         "Gestione: consorzio di bonifica della pianura")),)),
    Story("factbox", "nl", "Nieuwe fietsbrug over de Zijlvaart geopend", (
        "De nieuwe fietsbrug over de Zijlvaart is zaterdag geopend, na twee jaar waarin fietsers een omweg van "
        "vier kilometer moesten maken.",
        "De brug kan open voor zeilboten en wordt op afstand bediend vanuit het gemaal."),
        (("In het kort", ("Lengte: 64 meter", "Breedte: 4 meter", "Kosten: 5,2 miljoen euro",
                          "Bediening: op afstand vanuit het gemaal")),)),
    Story("factbox", "pt", "Concluída a nova ponte pedonal sobre o rio Sereno", (
        "A nova ponte pedonal sobre o rio Sereno foi aberta ao público no sábado, ligando o bairro da Ribeira ao "
        "parque da margem sul.",
        "A câmara diz que a ponte vai encurtar o caminho para a escola de centenas de alunos."),
        (("Em números", ("Comprimento: 140 metros", "Custo: 3,1 milhões de euros", "Obra: 14 meses",
                         "Material: aço e madeira")),)),
    # ---------------------------------------------------------------------------- tables (cells)
    Story("table", "en", "Brenport rowers win the estuary regatta", (
        "Brenport's crew won the estuary regatta on Sunday, beating the favourites from Skerrow by six seconds "
        "after a close race in a strong headwind.",
        "It is the first time in eleven years that the Brenport club has taken the cup home."),
        (("Results", (("1", "Brenport RC", "14:02"), ("2", "Skerrow BC", "14:08"), ("3", "Gull Quay Oars", "14:31"),
                      ("4", "Estuary Scullers", "14:50"))),)),
    Story("table", "de", "Sielhusen gewinnt das Derby gegen Marschbüll", (
        "Der TSV Sielhusen hat das Derby gegen Marschbüll mit 2:0 gewonnen und ist neuer Tabellenführer der "
        "Kreisliga.",
        "Beide Tore fielen nach Standards in der zweiten Halbzeit."),
        (("Tabelle", (("1.", "TSV Sielhusen", "20", "44"), ("2.", "SV Marschbüll", "20", "42"),
                      ("3.", "FC Deichtor", "20", "37"), ("4.", "SG Koogland", "20", "30"))),)),
    Story("table", "es", "Las elecciones a la cofradía dan la victoria a la lista de Outeiral", (
        "La lista encabezada por Carmen Outeiral ganó el domingo las elecciones a la cofradía de pescadores de "
        "Porto Seixo, con una participación récord.",
        "La nueva directiva promete renovar la lonja y abrirla a la venta directa."),
        (("Resultados", (("Lista Outeiral", "212 votos", "54 %"), ("Lista Castro", "148 votos", "38 %"),
                         ("En blanco", "31 votos", "8 %"))),)),
    Story("table", "fr", "Le club de Landrel remporte le tournoi de pétanque", (
        "L'équipe de Landrel a remporté samedi le tournoi de pétanque du port de Trégarvan, devant seize équipes "
        "venues de tout le département.",
        "La finale s'est jouée à la dernière mène devant près de trois cents spectateurs."),
        (("Classement", (("1", "Landrel", "13 points"), ("2", "Trégarvan", "11 points"), ("3", "Kerlanic", "9 points"),
                         ("4", "Port-Maëlan", "7 points"))),)),
    # ---------------------------------------------------------- vox-pops, then the site's licence line (W29)
    Story("voxpop", "en", "Residents split over plan for seafront car park", (
        "The council's plan to turn the seafront green into a car park for the summer months has divided the "
        "street, with shopkeepers for it and many neighbours against.",
        "We asked people on the promenade on Saturday what they thought of the plan."),
        (("What they said", ("“We lose customers every summer without it.” – Dev Malhotra, 52, café owner",
                             "“Children play there every evening.” – Aoife Brennan, 38",
                             "“Put it behind the station instead.” – Harold Finch, 71")),)),
    Story("voxpop", "fr", "Les habitants partagés sur la piétonnisation du quai", (
        "La mairie de Trégarvan veut rendre le quai aux piétons tout l'été, une décision qui ne fait pas "
        "l'unanimité chez les commerçants du centre.",
        "Nous avons interrogé des passants samedi matin sur le marché."),
        (("Ce qu'ils en pensent", ("« Enfin on pourra se promener tranquille. » Yvonne, 67 ans",
                                   "« Mes clients viennent en voiture. » Patrick, fleuriste",
                                   "« Il faudrait au moins un parking relais. » Soizic, 29 ans")),)),
    Story("voxpop", "de", "Was die Sielhusener vom neuen Radweg halten", (
        "Der geplante Radweg auf der Deichkrone sorgt in Sielhusen für Gesprächsstoff, weil dafür ein Teil der "
        "Schafweide wegfallen würde.",
        "Wir haben auf dem Wochenmarkt nachgefragt."),
        (("Stimmen vom Markt", ("„Endlich sicher zur Schule.“ – Frauke, 41",
                                "„Die Schafe gehören auf den Deich.“ – Uwe, 66",
                                "„Warum nicht neben der Straße?“ – Merle, 23")),)),
    # ----------------------------------------------------- a data block with the site's own list right under it
    Story("under", "en", "Brenport harbour dues to rise from June", (
        "Boat owners at Brenport will pay more to moor in the harbour from June, after the harbour board agreed a "
        "rise to pay for dredging the inner basin.",
        "The board says the new dues are still below those of the other harbours on the estuary."),
        (("New harbour dues", ("Boats under 8 m: £420 a year", "Boats of 8 to 12 m: £610 a year",
                               "Boats over 12 m: £890 a year", "Visitors: £18 a night")),)),
    Story("under", "fr", "Le prix de l'eau augmente à Kerlanic", (
        "Le conseil municipal de Kerlanic a voté une hausse du prix de l'eau pour financer la rénovation du "
        "réseau, dont certaines conduites ont plus de soixante ans.",
        "Le maire assure que la hausse sera la dernière avant la fin du mandat."),
        (("Les nouveaux tarifs", ("Abonnement : 48 euros par an", "Mètre cube : 2,15 euros",
                                  "Branchement neuf : 610 euros", "Tarif social : 1,20 euro le mètre cube")),)),
    Story("under", "it", "Aumenta la tassa di ormeggio a Punta Sparvi", (
        "Da giugno ormeggiare nel porto di Punta Sparvi costerà di più: il comune ha approvato le nuove tariffe "
        "per pagare il dragaggio del bacino.",
        "I diportisti protestano, ma il sindaco ricorda che le tariffe erano ferme dal 2019."),
        (("Le nuove tariffe", ("Barche fino a 8 metri: 380 euro l'anno", "Da 8 a 12 metri: 560 euro l'anno",
                               "Oltre 12 metri: 840 euro l'anno", "Transito: 20 euro a notte")),)),
    Story("under", "nl", "Havengeld in Oosterzijl gaat omhoog", (
        "Booteigenaren in Oosterzijl betalen vanaf juni meer havengeld, omdat de gemeente het baggeren van de "
        "binnenhaven wil betalen.",
        "Volgens de havenmeester blijft Oosterzijl goedkoper dan de jachthavens in de buurt."),
        (("Nieuwe tarieven", ("Boten tot 8 meter: 390 euro per jaar", "Boten van 8 tot 12 meter: 575 euro per jaar",
                              "Boten boven 12 meter: 860 euro per jaar", "Passanten: 19 euro per nacht")),)),
]  # fmt: skip

# per language: the terms the site prints under a vox-pop (a licence line: the site's, not the story's)
LICENCES = {
    "en": "This article is republished under a Creative Commons licence; you may share it with credit.",
    "fr": "Cet article peut être reproduit sous licence Creative Commons, en citant la source.",
    "de": "Dieser Artikel steht unter einer Creative-Commons-Lizenz und darf mit Quellenangabe geteilt werden.",
}
