"""The made-up material of benchmarks.byline_probes: per language, invented sites, headlines, a short
story's paragraphs, given names and surnames (particles, initials, diacritics), the byline's words, writers'
jobs, desks, captions and an author card's lines (written for these probes; no real page, no real person).
Eight languages written with capitals: where a byline's name is told by its shape."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's made-up material for a page with a byline somewhere on it."""

    code: str
    sites: tuple[str, ...]
    menu: tuple[str, ...]
    headlines: tuple[str, ...]
    standfirsts: tuple[str, ...]  # a sentence under the headline
    paragraphs: tuple[str, ...]  # the story, in order
    given: tuple[str, ...]
    family: tuple[str, ...]  # surnames, some with a particle
    by: str  # "By {}"
    and_word: str
    jobs: tuple[str, ...]  # a writer's job on the line under the name
    desks: tuple[str, ...]  # a desk or the newsroom signing the story
    captions: tuple[str, ...]  # a picture's caption (a sentence)
    credit: str  # a picture's credit, "{}" the photographer
    agency: str
    months: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first
    date_form: str  # {d} {m} {y} {w}
    team: tuple[str, ...]  # a line under several names ("Staff writers")
    bio: str  # a card's sentence on the writer, "{}" the name
    more_by: str  # the card's link, "{}" the name
    share: tuple[str, ...]  # buttons under the text
    newsletter: tuple[str, ...]  # a newsletter box's lines


EN = Words(
    code="en",
    sites=("The Quayside Post", "Elmridge Evening Star"),
    menu=("Front page", "Local", "Money", "Weather", "Opinion"),
    headlines=(
        "Elmridge library to stay open on Sundays after volunteers step in",
        "Quarry lorries will be kept off the school road under a new traffic plan",
    ),
    standfirsts=(
        "The rota of volunteers means the reading rooms can open for six hours every week.",
        "Parents had asked for the change for two years after a string of near misses.",
    ),
    paragraphs=(
        "Volunteers from three residents' groups have agreed to staff the library on Sunday afternoons, the "
        "borough said on Thursday, ending months of doubt over the branch's weekend hours.",
        "The library had closed on Sundays in the spring when its budget for casual staff was cut, and visitor "
        "numbers fell by almost a fifth over the summer months that followed.",
        "Under the new rota, at least two trained volunteers will be on duty at a time, with one member of the "
        "council's own staff on call in case the building's alarms need resetting.",
        "A spokesperson for the borough said the arrangement would be reviewed in the new year, once it was "
        "clear how many people used the reading rooms on a Sunday.",
        "Readers who want to take part can sign up at the front desk or by leaving their details on the "
        "library's notice board, where the first month's rota is already pinned.",
    ),
    given=("Harriet", "Colm", "Priya", "Declan", "Maud", "J. R.", "Anne-Marie", "Tobiah"),
    family=("Quennell", "Abernethy", "Oyelaran", "Fitzwarren", "McCready", "de la Haye", "Thistlewood", "Okafor-Lund"),
    by="By {}",
    and_word="and",
    jobs=("Education Correspondent", "Local Democracy Reporter", "Senior Features Writer"),
    desks=("Newsdesk", "Metro staff", "Quayside Post reporters"),
    captions=(
        "Volunteers sort returned books behind the counter of the Elmridge branch.",
        "Lorries queue at the quarry gate on the morning of the count.",
    ),
    credit="Photograph: {}",
    agency="Shorepress",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    date_form="{w} {d} {m} {y}",
    team=("Staff writers", "Additional reporting by the newsdesk"),
    bio="{} writes about schools, libraries and the borough's services.",
    more_by="More stories by {}",
    share=("Share", "Copy link", "Print"),
    newsletter=("Sign up for the morning email", "Enter your email address", "Subscribe"),
)

DE = Words(
    code="de",
    sites=("Rheinauer Bote", "Kreisblatt Talheim"),
    menu=("Startseite", "Region", "Wirtschaft", "Sport", "Kultur"),
    headlines=(
        "Stadtbücherei Talheim öffnet sonntags wieder dank ehrenamtlicher Helfer",
        "Lastwagen aus dem Steinbruch sollen künftig die Schulstraße meiden",
    ),
    standfirsts=(
        "Ein Dienstplan von Freiwilligen sichert die Öffnung für sechs Stunden pro Woche.",
        "Eltern hatten die Änderung seit zwei Jahren gefordert.",
    ),
    paragraphs=(
        "Freiwillige aus drei Nachbarschaftsvereinen werden die Bücherei künftig am Sonntagnachmittag betreuen, "
        "teilte die Gemeinde am Donnerstag mit und beendete damit monatelange Unsicherheit.",
        "Die Zweigstelle war im Frühjahr sonntags geschlossen worden, als das Geld für Aushilfen gekürzt wurde, "
        "und die Zahl der Besucher ging im Sommer um fast ein Fünftel zurück.",
        "Nach dem neuen Plan sollen stets mindestens zwei geschulte Helfer anwesend sein, während eine "
        "Mitarbeiterin der Verwaltung für Notfälle erreichbar bleibt.",
        "Ein Sprecher der Gemeinde sagte, die Regelung werde im neuen Jahr überprüft, sobald klar sei, wie "
        "viele Menschen sonntags in die Lesesäle kommen.",
        "Wer mitmachen möchte, kann sich an der Ausleihtheke melden oder seine Daten am schwarzen Brett der "
        "Bücherei hinterlassen, wo der erste Monatsplan bereits hängt.",
    ),
    given=("Henrike", "Lutz", "Wiebke", "Jörg", "Ottilie", "K.-H.", "Marie-Luise", "Bastian"),
    family=("Brückner", "Albrecht", "Schäfermeyer", "von Hagenau", "Wöhrle", "Kalinowski", "Tiedemann", "Özkan"),
    by="Von {}",
    and_word="und",
    jobs=("Redakteurin Lokales", "Korrespondent in Mainz", "Leiter der Wirtschaftsredaktion"),
    desks=("Redaktion Talheim", "Lokalredaktion", "Bote-Redaktion"),
    captions=(
        "Helferinnen sortieren zurückgegebene Bücher hinter der Theke der Zweigstelle.",
        "Lastwagen warten am Tor des Steinbruchs auf die Einfahrt.",
    ),
    credit="Foto: {}",
    agency="Bildwerk",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]),
    date_form="{w}, {d}. {m} {y}",
    team=("Team Lokales", "Mitarbeit: Redaktion Region"),
    bio="{} schreibt über Schulen, Büchereien und die Verwaltung der Gemeinde.",
    more_by="Mehr Artikel von {}",
    share=("Teilen", "Link kopieren", "Drucken"),
    newsletter=("Der Morgen-Newsletter", "Ihre E-Mail-Adresse", "Anmelden"),
)

FR = Words(
    code="fr",
    sites=("L'Écho de Valmont", "Le Courrier des Deux-Rives"),
    menu=("Accueil", "Région", "Économie", "Sports", "Culture"),
    headlines=(
        "La médiathèque de Valmont rouvrira le dimanche grâce à des bénévoles",
        "Les camions de la carrière devront éviter la rue de l'école",
    ),
    standfirsts=(
        "Un planning de bénévoles permettra d'ouvrir les salles six heures par semaine.",
        "Les parents réclamaient ce changement depuis deux ans.",
    ),
    paragraphs=(
        "Des bénévoles de trois associations de quartier tiendront la médiathèque le dimanche après-midi, a "
        "annoncé jeudi la commune, mettant fin à des mois d'incertitude sur les horaires du week-end.",
        "L'établissement fermait le dimanche depuis le printemps, faute de crédits pour les vacataires, et sa "
        "fréquentation avait reculé de près d'un cinquième pendant l'été.",
        "Selon le nouveau planning, deux bénévoles formés seront toujours présents, tandis qu'un agent de la "
        "mairie restera joignable en cas de problème avec les alarmes du bâtiment.",
        "Un porte-parole de la commune a indiqué que le dispositif serait revu au début de l'année prochaine, "
        "une fois connue la fréquentation dominicale des salles de lecture.",
        "Les lecteurs qui souhaitent participer peuvent s'inscrire à l'accueil ou laisser leurs coordonnées sur "
        "le panneau d'affichage, où le planning du premier mois est déjà affiché.",
    ),
    given=("Solène", "Gaspard", "Maëlle", "Thibault", "Anne-Sophie", "J.-P.", "Clémence", "Yannick"),
    family=("Lefranc", "Desrosiers", "de Villemur", "Bénard", "Kerjean", "Le Goff", "Dupré-Morin", "Haddad"),
    by="Par {}",
    and_word="et",
    jobs=("Journaliste, service Société", "Correspondante à Lyon", "Rédacteur en chef adjoint"),
    desks=("La rédaction", "Rédaction Valmont", "Service Région"),
    captions=(
        "Des bénévoles rangent les livres rendus derrière le comptoir de la médiathèque.",
        "Des camions attendent devant l'entrée de la carrière.",
    ),
    credit="Photo : {}",
    agency="Imagerie Sud",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    date_form="{w} {d} {m} {y}",
    team=("Avec la rédaction", "Service Société"),
    bio="{} suit l'éducation, les bibliothèques et la vie de la commune.",
    more_by="Tous les articles de {}",
    share=("Partager", "Copier le lien", "Imprimer"),
    newsletter=("Recevez notre lettre du matin", "Votre adresse e-mail", "Je m'inscris"),
)

NL = Words(
    code="nl",
    sites=("Dagblad Veenoord", "De Waalkant"),
    menu=("Voorpagina", "Regio", "Economie", "Sport", "Cultuur"),
    headlines=(
        "Bibliotheek Veenoord weer open op zondag dankzij vrijwilligers",
        "Vrachtwagens van de groeve moeten voortaan de schoolstraat mijden",
    ),
    standfirsts=(
        "Een rooster van vrijwilligers houdt de leeszalen zes uur per week open.",
        "Ouders vroegen al twee jaar om de maatregel.",
    ),
    paragraphs=(
        "Vrijwilligers van drie buurtverenigingen gaan de bibliotheek op zondagmiddag bemensen, maakte de "
        "gemeente donderdag bekend, na maanden van onzekerheid over de openingstijden in het weekend.",
        "De vestiging was sinds het voorjaar op zondag dicht omdat het geld voor invalkrachten was geschrapt, en "
        "het aantal bezoekers daalde in de zomer met bijna een vijfde.",
        "Volgens het nieuwe rooster zijn er altijd minstens twee getrainde vrijwilligers aanwezig, terwijl een "
        "medewerker van de gemeente bereikbaar blijft voor noodgevallen.",
        "Een woordvoerder van de gemeente zei dat de regeling begin volgend jaar wordt geëvalueerd, zodra "
        "duidelijk is hoeveel mensen op zondag de leeszalen bezoeken.",
        "Wie wil meedoen, kan zich melden bij de balie of zijn gegevens achterlaten op het prikbord van de "
        "bibliotheek, waar het rooster voor de eerste maand al hangt.",
    ),
    given=("Femke", "Joost", "Marieke", "Sjoerd", "Anne-Wil", "H.J.", "Noortje", "Thijs"),
    family=("van der Meulen", "Brouwer", "de Haas", "Vermeulen", "van Dijkhuizen", "Bakkum", "ten Brinke", "Yılmaz"),
    by="Door {}",
    and_word="en",
    jobs=("Verslaggever regio", "Correspondent Den Haag", "Chef economie"),
    desks=("Redactie Veenoord", "Regioredactie", "Nieuwsdienst"),
    captions=(
        "Vrijwilligers sorteren ingeleverde boeken achter de balie van de vestiging.",
        "Vrachtwagens wachten bij de poort van de groeve.",
    ),
    credit="Foto: {}",
    agency="Fotopersbureau Oost",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]),
    date_form="{w} {d} {m} {y}",
    team=("Redactie regio", "Met medewerking van de nieuwsdienst"),
    bio="{} schrijft over onderwijs, bibliotheken en de gemeente.",
    more_by="Meer artikelen van {}",
    share=("Delen", "Link kopiëren", "Printen"),
    newsletter=("Ontvang onze ochtendbrief", "Je e-mailadres", "Aanmelden"),
)

ES = Words(
    code="es",
    sites=("El Heraldo de Valdeluz", "Diario del Sorbe"),
    menu=("Portada", "Local", "Economía", "Deportes", "Cultura"),
    headlines=(
        "La biblioteca de Valdeluz volverá a abrir los domingos gracias a voluntarios",
        "Los camiones de la cantera tendrán que evitar la calle del colegio",
    ),
    standfirsts=(
        "Un turno de voluntarios permitirá abrir las salas seis horas a la semana.",
        "Las familias pedían el cambio desde hace dos años.",
    ),
    paragraphs=(
        "Voluntarios de tres asociaciones vecinales atenderán la biblioteca los domingos por la tarde, anunció "
        "el jueves el ayuntamiento, lo que pone fin a meses de dudas sobre el horario del fin de semana.",
        "La sede cerraba los domingos desde la primavera por el recorte del presupuesto para sustituciones, y "
        "las visitas cayeron casi una quinta parte durante el verano.",
        "Con el nuevo turno habrá siempre al menos dos voluntarios formados, mientras que un empleado municipal "
        "estará localizable por si fallan las alarmas del edificio.",
        "Un portavoz del ayuntamiento explicó que el sistema se revisará a principios del próximo año, cuando se "
        "sepa cuántas personas usan las salas de lectura los domingos.",
        "Quienes quieran participar pueden apuntarse en el mostrador o dejar sus datos en el tablón de anuncios, "
        "donde ya está colgado el turno del primer mes.",
    ),
    given=("Itziar", "Gonzalo", "Nerea", "Fermín", "María José", "J. A.", "Begoña", "Rodrigo"),
    family=("Olmedo", "Sarasola Ibáñez", "de la Fuente", "Cuadrado", "Villalba", "Ortiz de Zárate", "Peñalver", "Rius"),
    by="Por {}",
    and_word="y",
    jobs=("Redactora de Local", "Corresponsal en Bruselas", "Jefe de Economía"),
    desks=("Redacción", "Redacción Valdeluz", "Servicio de Local"),
    captions=(
        "Voluntarias ordenan libros devueltos detrás del mostrador de la biblioteca.",
        "Camiones esperan ante la puerta de la cantera.",
    ),
    credit="Foto: {}",
    agency="Imagen Norte",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
    date_form="{w}, {d} de {m} de {y}",
    team=("Equipo de Local", "Con información de la redacción"),
    bio="{} escribe sobre educación, bibliotecas y el ayuntamiento.",
    more_by="Más noticias de {}",
    share=("Compartir", "Copiar enlace", "Imprimir"),
    newsletter=("Recibe nuestro boletín matinal", "Tu correo electrónico", "Suscribirme"),
)

IT = Words(
    code="it",
    sites=("Gazzetta di Valverde", "Il Corriere del Lario Basso"),
    menu=("Prima pagina", "Cronaca", "Economia", "Sport", "Cultura"),
    headlines=(
        "La biblioteca di Valverde riapre la domenica grazie ai volontari",
        "I camion della cava dovranno evitare la via della scuola",
    ),
    standfirsts=(
        "Un turno di volontari garantirà l'apertura delle sale per sei ore alla settimana.",
        "Le famiglie chiedevano il cambiamento da due anni.",
    ),
    paragraphs=(
        "Volontari di tre associazioni di quartiere gestiranno la biblioteca la domenica pomeriggio, ha "
        "annunciato giovedì il comune, ponendo fine a mesi di incertezza sugli orari del fine settimana.",
        "La sede era chiusa la domenica dalla primavera per il taglio dei fondi destinati ai supplenti, e i "
        "visitatori erano calati di quasi un quinto durante l'estate.",
        "Con il nuovo turno saranno sempre presenti almeno due volontari formati, mentre un dipendente comunale "
        "resterà reperibile in caso di problemi con gli allarmi dell'edificio.",
        "Un portavoce del comune ha spiegato che l'accordo sarà rivisto all'inizio del prossimo anno, quando si "
        "saprà quante persone frequentano le sale di lettura la domenica.",
        "Chi vuole partecipare può iscriversi al banco prestiti o lasciare i propri dati sulla bacheca della "
        "biblioteca, dove il turno del primo mese è già appeso.",
    ),
    given=("Ludovica", "Ettore", "Chiara", "Gianmarco", "Maria Grazia", "G. B.", "Ilaria", "Corrado"),
    family=(
        "Ferraguti",
        "Della Valle",
        "Scognamiglio",
        "De Santis",
        "Baroncelli",
        "Lo Presti",
        "Zanetti",
        "D'Ambrosio",
    ),
    by="Di {}",
    and_word="e",
    jobs=("Giornalista, redazione Cronaca", "Corrispondente da Bruxelles", "Caporedattore"),
    desks=("Redazione", "Redazione Valverde", "Redazione Cronaca"),
    captions=(
        "Volontarie sistemano i libri restituiti dietro il banco della biblioteca.",
        "Camion in attesa davanti all'ingresso della cava.",
    ),
    credit="Foto: {}",
    agency="Fotoagenzia Lario",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]),
    date_form="{w} {d} {m} {y}",
    team=("Redazione Cronaca", "Ha collaborato la redazione"),
    bio="{} si occupa di scuola, biblioteche e amministrazione comunale.",
    more_by="Tutti gli articoli di {}",
    share=("Condividi", "Copia link", "Stampa"),
    newsletter=("Ricevi la newsletter del mattino", "Il tuo indirizzo email", "Iscriviti"),
)

PT = Words(
    code="pt",
    sites=("Jornal do Vale Alto", "Correio de Montemuro"),
    menu=("Início", "Local", "Economia", "Desporto", "Cultura"),
    headlines=(
        "Biblioteca de Vale Alto volta a abrir ao domingo graças a voluntários",
        "Camiões da pedreira vão ter de evitar a rua da escola",
    ),
    standfirsts=(
        "Uma escala de voluntários vai permitir abrir as salas seis horas por semana.",
        "Os pais pediam a mudança há dois anos.",
    ),
    paragraphs=(
        "Voluntários de três associações de moradores vão assegurar a biblioteca aos domingos à tarde, anunciou "
        "na quinta-feira a câmara, pondo fim a meses de incerteza sobre o horário de fim de semana.",
        "O espaço fechava ao domingo desde a primavera, por causa do corte na verba para substituições, e o "
        "número de visitantes caiu quase um quinto durante o verão.",
        "Com a nova escala haverá sempre pelo menos dois voluntários com formação, enquanto um funcionário "
        "municipal ficará contactável caso os alarmes do edifício disparem.",
        "Um porta-voz da câmara explicou que o sistema será revisto no início do próximo ano, quando se souber "
        "quantas pessoas usam as salas de leitura ao domingo.",
        "Quem quiser participar pode inscrever-se no balcão ou deixar os seus dados no quadro de avisos da "
        "biblioteca, onde a escala do primeiro mês já está afixada.",
    ),
    given=("Leonor", "Duarte", "Inês", "Tomás", "Ana Rita", "J. M.", "Beatriz", "Gonçalo"),
    family=("Mourão", "Carvalhais", "da Silveira", "Guimarães", "Pestana", "dos Reis Lobo", "Quintela", "Azevedo"),
    by="Por {}",
    and_word="e",
    jobs=("Jornalista, secção Local", "Correspondente em Madrid", "Editor de Economia"),
    desks=("Redação", "Redação Vale Alto", "Secção Local"),
    captions=(
        "Voluntárias arrumam livros devolvidos atrás do balcão da biblioteca.",
        "Camiões aguardam à entrada da pedreira.",
    ),
    credit="Foto: {}",
    agency="Imagem Atlântica",
    months=tuple(
        [
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
        ]
    ),
    weekdays=tuple(
        ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
    ),
    date_form="{w}, {d} de {m} de {y}",
    team=("Equipa Local", "Com a redação"),
    bio="{} escreve sobre educação, bibliotecas e a câmara municipal.",
    more_by="Mais artigos de {}",
    share=("Partilhar", "Copiar ligação", "Imprimir"),
    newsletter=("Receba a nossa newsletter da manhã", "O seu e-mail", "Subscrever"),
)

PL = Words(
    code="pl",
    sites=("Kurier Zalesia", "Gazeta Nadbrzeżna"),
    menu=("Strona główna", "Region", "Gospodarka", "Sport", "Kultura"),
    headlines=(
        "Biblioteka w Zalesiu znów otwarta w niedziele dzięki wolontariuszom",
        "Ciężarówki z kamieniołomu mają omijać ulicę przy szkole",
    ),
    standfirsts=(
        "Grafik wolontariuszy pozwoli otwierać czytelnie na sześć godzin w tygodniu.",
        "Rodzice zabiegali o tę zmianę od dwóch lat.",
    ),
    paragraphs=(
        "Wolontariusze z trzech stowarzyszeń sąsiedzkich będą obsługiwać bibliotekę w niedzielne popołudnia, "
        "poinformowała w czwartek gmina, kończąc miesiące niepewności co do godzin otwarcia.",
        "Filia była zamknięta w niedziele od wiosny z powodu cięć w funduszu na zastępstwa, a liczba "
        "odwiedzających spadła latem niemal o jedną piątą.",
        "Według nowego grafiku zawsze będzie dyżurować co najmniej dwóch przeszkolonych wolontariuszy, a "
        "pracownik urzędu pozostanie pod telefonem na wypadek awarii alarmu.",
        "Rzecznik gminy powiedział, że rozwiązanie zostanie ocenione na początku przyszłego roku, gdy będzie "
        "wiadomo, ile osób odwiedza czytelnie w niedziele.",
        "Chętni mogą zapisać się przy ladzie albo zostawić swoje dane na tablicy ogłoszeń biblioteki, gdzie "
        "wisi już grafik na pierwszy miesiąc.",
    ),
    given=("Agnieszka", "Bartłomiej", "Zofia", "Wojciech", "Anna Maria", "J. K.", "Małgorzata", "Przemysław"),
    family=("Wróblewska", "Kaczmarek", "Dąbrowski", "Lis-Nowicka", "Szczepaniak", "Żmuda", "Orłowski", "Kowal"),
    by="Autor: {}",
    and_word="i",
    jobs=("Dziennikarka działu Region", "Korespondent w Brukseli", "Redaktor naczelny"),
    desks=("Redakcja", "Redakcja Kuriera", "Dział Region"),
    captions=(
        "Wolontariuszki układają zwrócone książki za ladą biblioteki.",
        "Ciężarówki czekają przed bramą kamieniołomu.",
    ),
    credit="Fot. {}",
    agency="Agencja Obraz",
    months=tuple(
        [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ]
    ),
    weekdays=tuple(["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]),
    date_form="{w}, {d} {m} {y}",
    team=("Zespół działu Region", "Współpraca: redakcja"),
    bio="{} pisze o szkołach, bibliotekach i samorządzie.",
    more_by="Więcej artykułów: {}",
    share=("Udostępnij", "Kopiuj link", "Drukuj"),
    newsletter=("Zapisz się na poranny newsletter", "Twój adres e-mail", "Zapisz się"),
)

WORDS: tuple[Words, ...] = (EN, DE, FR, NL, ES, IT, PT, PL)
