"""The made-up material of benchmarks.header_probes: per language, invented sites, headlines,
standfirsts, names, kickers, date forms and a short story's paragraphs (written for the probes;
no real page, no real person). Twelve languages, four scripts without capitals among them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Lang:
    """One language's made-up page material."""

    code: str
    sites: tuple[str, ...]
    menu: tuple[str, ...]
    headlines: tuple[str, ...]  # long headlines
    short_headlines: tuple[str, ...]
    deks: tuple[str, ...]
    paragraphs: tuple[str, ...]
    names: tuple[str, ...]
    by: str  # the byline's form, "{}" the name(s)
    and_word: str  # "A, B and C"
    roles: tuple[str, ...]
    agency: str
    upper_kickers: tuple[str, ...]  # "ANALYSIS"
    mixed_kickers: tuple[str, ...]  # a topic tag or a series' name in mixed case
    sections: tuple[str, ...]  # a breadcrumb's parts
    months: tuple[str, ...]  # as a date prints them (the genitive where the language has one)
    date_forms: tuple[str, ...]  # "{d} {m} {y}" and the like ({mm}: the month's number)
    published: str  # the label before a date ("Published")
    relative: str  # "3 hours ago"
    caption: str  # a picture's caption over the headline
    photo: str  # a picture credit's label, "{}" the name
    quotes: tuple[str, str]
    updated: str = ""  # the label of a later stamp beside the date ("Updated")
    read_time: str = ""  # "{} min read"
    cookie: tuple[str, ...] = ()  # a consent banner's text and its buttons
    desk_roles: tuple[str, ...] = ()  # a writer's desk as a byline names it after the name ("economics editor")

    def date_text(self, day: date, form: int = 0) -> str:
        pattern = self.date_forms[form % len(self.date_forms)]
        month = self.months[day.month - 1]
        return pattern.format(d=day.day, m=month, y=day.year, mm=f"{day.month:02d}", dd=f"{day.day:02d}")


def _months(names: str) -> tuple[str, ...]:
    return tuple(names.split())


EN = Lang(
    code="en",
    sites=("The Canal Courier", "Marrow Bay Herald", "Northfold Daily"),
    menu=("Home", "News", "Business", "Sport", "Culture"),
    headlines=(
        "Tollby council delays the vote on new lock gates until after the summer",
        "Ferry crews at Marrow Bay agree a new pay deal after three weeks of talks",
        "Why the old salt road through Northfold may finally get its own bus service",
    ),
    short_headlines=("Lock gates vote delayed again", "Ferry strike called off"),
    deks=(
        "Boat owners say the cost of waiting another winter will fall on them, not the council.",
        "The deal ends a dispute that left islanders without a morning crossing for most of March",
    ),
    paragraphs=(
        "Councillors in Tollby agreed on Tuesday evening to put off the decision on the lock gates, saying they "
        "needed more time to study the engineers' latest figures before committing the town to the work.",
        "The gates, which date from the last century, leak at every high tide and have been patched four times "
        "in the past two years, according to the canal trust that looks after them.",
        "Several boat owners who attended the meeting said they were disappointed, and that a further delay "
        "would make the repairs more expensive when they finally go ahead next year.",
    ),
    names=("Mara Lindqvist", "Tobias Ferrant", "Ines Calloway", "Ruth Okonjo-Dale"),
    by="By {}",
    and_word="and",
    roles=("Transport Correspondent", "Senior Reporter", "Local Democracy Reporter"),
    agency="Harbourwire",
    upper_kickers=("ANALYSIS", "EXCLUSIVE", "OPINION"),
    mixed_kickers=("Canal towns", "The long read", "Lock Gates Inquiry", "Explainer"),
    sections=("News", "Local", "Tollby"),
    months=_months("January February March April May June July August September October November December"),
    date_forms=("{d} {m} {y}", "{m} {d}, {y}"),
    published="Published",
    relative="3 hours ago",
    caption="A lock keeper opens the upper gates at dawn on the Tollby canal.",
    photo="Photo: {}",
    quotes=("\u201c", "\u201d"),
    updated="Updated",
    read_time="{} min read",
    cookie=(
        "We use cookies to improve your experience and to measure how our pages are used.",
        "Accept all",
        "Manage choices",
    ),
    desk_roles=("economics editor", "health reporter", "political correspondent"),
)

DE = Lang(
    code="de",
    sites=("Nordwind Zeitung", "Der Schleusenbote", "Allgäuer Abendblatt"),
    menu=("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"),
    headlines=(
        "Gemeinderat von Tollby verschiebt die Abstimmung über neue Schleusentore auf den Herbst",
        "Fährleute in Marrow Bay einigen sich nach drei Wochen auf einen neuen Tarifvertrag",
        "Warum die alte Salzstraße durch Northfold endlich eine eigene Buslinie bekommen könnte",
    ),
    short_headlines=("Abstimmung erneut vertagt", "Fährstreik abgesagt"),
    deks=(
        "Die Bootsbesitzer fürchten, dass die Kosten eines weiteren Winters an ihnen hängen bleiben.",
        "Die Einigung beendet einen Streit, der die Insel im März fast ohne Morgenfähre ließ",
    ),
    paragraphs=(
        "Die Gemeinderäte in Tollby haben am Dienstagabend beschlossen, die Entscheidung über die Schleusentore "
        "zu verschieben, weil sie die neuesten Zahlen der Ingenieure erst noch genauer prüfen wollen.",
        "Die Tore stammen aus dem vergangenen Jahrhundert, sie lecken bei jeder Flut und wurden nach Angaben "
        "des Kanalvereins in den letzten zwei Jahren schon viermal notdürftig geflickt.",
        "Mehrere Bootsbesitzer, die an der Sitzung teilnahmen, zeigten sich enttäuscht und sagten, eine weitere "
        "Verzögerung werde die Reparatur nur teurer machen, wenn sie im nächsten Jahr endlich beginnt.",
    ),
    names=("Jana Wexberg", "Till Ostermann", "Lioba Fahrnholz", "Kemal Durmaz"),
    by="Von {}",
    and_word="und",
    roles=("Korrespondentin", "Redakteur", "Volontärin"),
    agency="dpa",
    upper_kickers=("ANALYSE", "EXKLUSIV", "KOMMENTAR"),
    mixed_kickers=("Kanalstädte", "Schleusenstreit", "Hintergrund", "Die große Reportage"),
    sections=("Nachrichten", "Region", "Tollby"),
    months=_months("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    date_forms=("{d}. {m} {y}", "{dd}.{mm}.{y}"),
    published="Veröffentlicht am",
    relative="vor 3 Stunden",
    caption="Ein Schleusenwärter öffnet im Morgengrauen die oberen Tore am Kanal von Tollby.",
    photo="Foto: {}",
    quotes=("\u201e", "\u201c"),
    updated="Aktualisiert am",
    read_time="Lesezeit: {} Minuten",
    cookie=(
        "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen und die Nutzung zu messen.",
        "Alle akzeptieren",
        "Einstellungen",
    ),
    desk_roles=("Wirtschaftsredakteurin", "Gesundheitsreporter", "Korrespondent in Berlin"),
)

FR = Lang(
    code="fr",
    sites=("Le Veilleur du Canal", "La Gazette de Morlanne", "Ouest Rivages"),
    menu=("Accueil", "Politique", "Économie", "Sport", "Culture"),
    headlines=(
        "Le conseil de Tollby repousse à l'automne le vote sur les nouvelles portes de l'écluse",
        "Les marins du bac de Marrow Bay obtiennent un accord salarial après trois semaines de grève",
        "Pourquoi la vieille route du sel de Northfold pourrait enfin avoir sa ligne de bus",
    ),
    short_headlines=("Le vote de nouveau repoussé", "La grève du bac levée"),
    deks=(
        "Les plaisanciers craignent de payer seuls le prix d'un hiver de plus avec des portes qui fuient.",
        "L'accord met fin à un conflit qui a privé les îliens de la traversée du matin pendant un mois",
    ),
    paragraphs=(
        "Les élus de Tollby ont décidé mardi soir de reporter leur décision sur les portes de l'écluse, "
        "estimant qu'ils avaient besoin de plus de temps pour étudier les derniers chiffres des ingénieurs.",
        "Les portes, qui datent du siècle dernier, fuient à chaque marée haute et ont été réparées quatre fois "
        "en deux ans, selon l'association qui entretient le canal depuis sa réouverture.",
        "Plusieurs propriétaires de bateaux présents à la réunion se sont dits déçus, et ont prévenu qu'un "
        "nouveau retard rendrait les travaux encore plus chers lorsqu'ils commenceront enfin l'an prochain.",
    ),
    names=("Claire Dumonteil", "Yannick Barrault", "Sophie Lemarié", "Karim Benhaddou"),
    by="Par {}",
    and_word="et",
    roles=("correspondante régionale", "journaliste", "envoyé spécial"),
    agency="AFP",
    upper_kickers=("ANALYSE", "EXCLUSIF", "TRIBUNE"),
    mixed_kickers=("Villes du canal", "Décryptage", "La grande enquête", "Écluses en sursis"),
    sections=("Actualité", "Région", "Tollby"),
    months=_months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    date_forms=("{d} {m} {y}", "le {d} {m} {y}"),
    published="Publié le",
    relative="il y a 3 heures",
    caption="Un éclusier ouvre les portes amont à l'aube sur le canal de Tollby.",
    photo="Photo : {}",
    quotes=("« ", " »"),
    updated="Mis à jour le",
    read_time="Lecture : {} min",
    cookie=(
        "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
        "Tout accepter",
        "Paramétrer",
    ),
    desk_roles=("rédactrice économie", "journaliste santé", "correspondant politique"),
)

ES = Lang(
    code="es",
    sites=("El Faro del Canal", "Diario de Morlaca", "La Voz del Puerto"),
    menu=("Portada", "Política", "Economía", "Deportes", "Cultura"),
    headlines=(
        "El ayuntamiento de Tollby aplaza hasta otoño la votación sobre las nuevas compuertas",
        "Los marineros del ferri de Marrow Bay cierran un acuerdo salarial tras tres semanas de huelga",
        "Por qué la vieja ruta de la sal de Northfold podría tener por fin su propia línea de autobús",
    ),
    short_headlines=("La votación, otra vez aplazada", "Desconvocada la huelga del ferri"),
    deks=(
        "Los dueños de barcos temen pagar ellos solos otro invierno con unas compuertas que pierden agua.",
        "El acuerdo pone fin a un conflicto que dejó a la isla sin el barco de la mañana durante un mes",
    ),
    paragraphs=(
        "Los concejales de Tollby acordaron el martes por la noche aplazar la decisión sobre las compuertas, "
        "alegando que necesitaban más tiempo para estudiar las últimas cifras de los ingenieros.",
        "Las compuertas, que datan del siglo pasado, pierden agua con cada marea alta y han sido reparadas "
        "cuatro veces en dos años, según la asociación que cuida del canal.",
        "Varios propietarios de barcos que asistieron a la reunión se mostraron decepcionados y advirtieron de "
        "que un nuevo retraso encarecerá las obras cuando por fin comiencen el año que viene.",
    ),
    names=("Lucía Armendáriz", "Xavier Roselló", "Marta Quintanilla", "Diego Aranburu"),
    by="Por {}",
    and_word="y",
    roles=("corresponsal", "redactora", "enviado especial"),
    agency="EFE",
    upper_kickers=("ANÁLISIS", "EXCLUSIVA", "OPINIÓN"),
    mixed_kickers=("Ciudades del canal", "Claves", "Gran reportaje", "Crisis de las esclusas"),
    sections=("Noticias", "Región", "Tollby"),
    months=_months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    date_forms=("{d} de {m} de {y}", "{d} {m} {y}"),
    published="Publicado el",
    relative="hace 3 horas",
    caption="Un esclusero abre las compuertas de arriba al amanecer en el canal de Tollby.",
    photo="Foto: {}",
    quotes=("\u201c", "\u201d"),
    updated="Actualizado el",
    read_time="Lectura de {} minutos",
    cookie=(
        "Utilizamos cookies para mejorar tu experiencia y analizar el uso de nuestras páginas.",
        "Aceptar todo",
        "Configurar",
    ),
    desk_roles=("redactora de Economía", "periodista de Sanidad", "corresponsal político"),
)

PT = Lang(
    code="pt",
    sites=("Folha do Canal", "Jornal da Ribeira", "O Farol de Marrow"),
    menu=("Início", "Política", "Economia", "Desporto", "Cultura"),
    headlines=(
        "Câmara de Tollby adia para o outono a votação sobre as novas comportas da eclusa",
        "Tripulantes do ferry de Marrow Bay fecham acordo salarial após três semanas de greve",
        "Porque é que a velha estrada do sal de Northfold pode finalmente ter uma linha de autocarro",
    ),
    short_headlines=("Votação de novo adiada", "Greve do ferry desconvocada"),
    deks=(
        "Os donos de barcos temem pagar sozinhos mais um inverno com comportas que deixam passar água.",
        "O acordo termina um conflito que deixou a ilha sem a travessia da manhã durante um mês",
    ),
    paragraphs=(
        "Os vereadores de Tollby decidiram na terça-feira à noite adiar a decisão sobre as comportas, dizendo "
        "que precisavam de mais tempo para estudar os números mais recentes dos engenheiros.",
        "As comportas, que datam do século passado, deixam passar água em cada maré alta e foram reparadas "
        "quatro vezes em dois anos, segundo a associação que cuida do canal.",
        "Vários donos de barcos presentes na reunião mostraram-se desiludidos e avisaram que um novo atraso "
        "tornará as obras ainda mais caras quando finalmente começarem no próximo ano.",
    ),
    names=("Beatriz Vasconcelos", "Rui Mangualde", "Inês Tavares Loureiro", "João Pedro Salgueiro"),
    by="Por {}",
    and_word="e",
    roles=("correspondente", "jornalista", "enviada especial"),
    agency="Lusa",
    upper_kickers=("ANÁLISE", "EXCLUSIVO", "OPINIÃO"),
    mixed_kickers=("Cidades do canal", "Explicador", "Grande reportagem", "Crise das eclusas"),
    sections=("Notícias", "Região", "Tollby"),
    months=_months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    date_forms=("{d} de {m} de {y}", "{dd}/{mm}/{y}"),
    published="Publicado em",
    relative="há 3 horas",
    caption="Um guarda da eclusa abre as comportas de cima ao amanhecer no canal de Tollby.",
    photo="Foto: {}",
    quotes=("\u201c", "\u201d"),
    updated="Atualizado em",
    read_time="Leitura: {} min",
    cookie=(
        "Utilizamos cookies para melhorar a sua experiência e medir a utilização das páginas.",
        "Aceitar todos",
        "Gerir opções",
    ),
    desk_roles=("editora de Economia", "jornalista de Saúde", "correspondente político"),
)

IT = Lang(
    code="it",
    sites=("Il Guardiano del Canale", "Corriere di Morlana", "La Sentinella del Porto"),
    menu=("Home", "Cronaca", "Economia", "Sport", "Cultura"),
    headlines=(
        "Il consiglio di Tollby rinvia all'autunno il voto sulle nuove porte della chiusa",
        "I marinai del traghetto di Marrow Bay firmano l'accordo sui salari dopo tre settimane di sciopero",
        "Perché la vecchia strada del sale di Northfold potrebbe finalmente avere una linea di autobus",
    ),
    short_headlines=("Voto di nuovo rinviato", "Revocato lo sciopero del traghetto"),
    deks=(
        "I proprietari delle barche temono di pagare da soli un altro inverno con porte che perdono acqua.",
        "L'intesa chiude una vertenza che per un mese ha lasciato l'isola senza la corsa del mattino",
    ),
    paragraphs=(
        "I consiglieri di Tollby hanno deciso martedì sera di rinviare la scelta sulle porte della chiusa, "
        "spiegando di aver bisogno di più tempo per studiare gli ultimi calcoli degli ingegneri.",
        "Le porte risalgono al secolo scorso, perdono acqua a ogni alta marea e negli ultimi due anni sono state "
        "riparate quattro volte, secondo l'associazione che si occupa del canale.",
        "Diversi proprietari di barche presenti alla seduta si sono detti delusi e hanno avvertito che un nuovo "
        "ritardo farà salire il costo dei lavori quando finalmente partiranno l'anno prossimo.",
    ),
    names=("Giulia Ferraresi", "Matteo Scandurra", "Chiara Bonvicini", "Alessandro Pietrangeli"),
    by="di {}",
    and_word="e",
    roles=("corrispondente", "inviata speciale", "cronista"),
    agency="ANSA",
    upper_kickers=("ANALISI", "ESCLUSIVO", "COMMENTO"),
    mixed_kickers=("Città del canale", "Il punto", "Grande inchiesta", "Chiuse a rischio"),
    sections=("Notizie", "Regione", "Tollby"),
    months=_months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    date_forms=("{d} {m} {y}", "{dd}/{mm}/{y}"),
    published="Pubblicato il",
    relative="3 ore fa",
    caption="Un guardiano della chiusa apre le porte a monte all'alba sul canale di Tollby.",
    photo="Foto: {}",
    quotes=("\u201c", "\u201d"),
    updated="Aggiornato il",
    read_time="Tempo di lettura: {} minuti",
    cookie=(
        "Usiamo i cookie per migliorare la tua esperienza e per misurare l'uso delle nostre pagine.",
        "Accetta tutti",
        "Personalizza",
    ),
    desk_roles=("caporedattrice economia", "giornalista di sanità", "corrispondente politico"),
)

PL = Lang(
    code="pl",
    sites=("Kurier Kanałowy", "Gazeta Nadbrzeżna", "Głos Zatoki"),
    menu=("Strona główna", "Polityka", "Gospodarka", "Sport", "Kultura"),
    headlines=(
        "Rada miasta Tollby przekłada na jesień głosowanie w sprawie nowych wrót śluzy",
        "Załogi promu w Marrow Bay podpisały nowe porozumienie płacowe po trzech tygodniach strajku",
        "Dlaczego stary szlak solny przez Northfold może wreszcie dostać własną linię autobusową",
    ),
    short_headlines=("Głosowanie znów przełożone", "Strajk na promie odwołany"),
    deks=(
        "Właściciele łodzi obawiają się, że koszty kolejnej zimy z cieknącymi wrotami spadną na nich.",
        "Porozumienie kończy spór, przez który wyspa przez miesiąc nie miała porannego promu",
    ),
    paragraphs=(
        "Radni Tollby postanowili we wtorek wieczorem odłożyć decyzję w sprawie wrót śluzy, tłumacząc, że "
        "potrzebują więcej czasu na przeanalizowanie najnowszych wyliczeń inżynierów.",
        "Wrota pochodzą z ubiegłego stulecia, przeciekają przy każdym przypływie i w ciągu dwóch lat były "
        "naprawiane już cztery razy, jak podaje stowarzyszenie opiekujące się kanałem.",
        "Kilku właścicieli łodzi obecnych na posiedzeniu nie kryło rozczarowania i ostrzegało, że kolejne "
        "opóźnienie jeszcze podniesie koszt prac, gdy wreszcie ruszą w przyszłym roku.",
    ),
    names=("Agnieszka Wróblewska", "Tomasz Kędzierski", "Zofia Pawlicka", "Marek Żurawski"),
    by="Autor: {}",
    and_word="i",
    roles=("korespondentka", "dziennikarz", "reporterka"),
    agency="PAP",
    upper_kickers=("ANALIZA", "TYLKO U NAS", "OPINIA"),
    mixed_kickers=("Miasta nad kanałem", "Wyjaśniamy", "Duży reportaż", "Kryzys śluz"),
    sections=("Wiadomości", "Region", "Tollby"),
    months=_months(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ),
    date_forms=("{d} {m} {y}", "{dd}.{mm}.{y}"),
    published="Opublikowano",
    relative="3 godziny temu",
    caption="Śluzowy otwiera górne wrota o świcie na kanale w Tollby.",
    photo="Fot. {}",
    quotes=("\u201e", "\u201d"),
    updated="Aktualizacja",
    read_time="Czas czytania: {} min",
    cookie=(
        "Używamy plików cookie, aby ułatwić korzystanie z serwisu i mierzyć jego oglądalność.",
        "Akceptuję",
        "Ustawienia",
    ),
    desk_roles=("redaktorka działu gospodarki", "reporter działu zdrowia", "korespondent polityczny"),
)

RU = Lang(
    code="ru",
    sites=("Вестник канала", "Северная гавань", "Голос залива"),
    menu=("Главная", "Политика", "Экономика", "Спорт", "Культура"),
    headlines=(
        "Совет Толлби перенёс на осень голосование о новых воротах шлюза",
        "Экипажи парома в Марроу-Бей договорились о новой зарплате после трёх недель забастовки",
        "Почему по старой соляной дороге через Нортфолд наконец может пойти автобус",
    ),
    short_headlines=("Голосование снова перенесли", "Забастовку на пароме отменили"),
    deks=(
        "Владельцы лодок опасаются, что расходы ещё одной зимы с текущими воротами лягут на них.",
        "Соглашение завершает спор, из-за которого остров месяц жил без утреннего парома",
    ),
    paragraphs=(
        "Депутаты Толлби во вторник вечером решили отложить решение о воротах шлюза, объяснив, что им нужно "
        "больше времени, чтобы изучить последние расчёты инженеров.",
        "Ворота построены в прошлом веке, протекают при каждом приливе и за два года их чинили уже четыре "
        "раза, сообщает общество, которое следит за каналом.",
        "Несколько владельцев лодок, пришедших на заседание, не скрывали разочарования и предупредили, что "
        "новая задержка только удорожит работы, когда они наконец начнутся в следующем году.",
    ),
    names=("Анна Котова", "Илья Брусницын", "Дарья Лапшина", "Олег Веретенников"),
    by="Автор: {}",
    and_word="и",
    roles=("корреспондент", "обозреватель", "редактор отдела"),
    agency="Гаваньпресс",
    upper_kickers=("АНАЛИЗ", "ЭКСКЛЮЗИВ", "МНЕНИЕ"),
    mixed_kickers=("Города у канала", "Объясняем", "Большой репортаж", "Шлюзовой кризис"),
    sections=("Новости", "Регион", "Толлби"),
    months=_months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    date_forms=("{d} {m} {y}", "{dd}.{mm}.{y}"),
    published="Опубликовано",
    relative="3 часа назад",
    caption="Смотритель шлюза открывает верхние ворота на рассвете на канале в Толлби.",
    photo="Фото: {}",
    quotes=("«", "»"),
    updated="Обновлено",
    read_time="{} мин чтения",
    cookie=(
        "Мы используем файлы cookie, чтобы сайт работал удобнее и чтобы считать посещения.",
        "Принять все",
        "Настроить",
    ),
    desk_roles=("обозреватель отдела экономики", "корреспондент отдела здоровья", "политический обозреватель"),
)

JA = Lang(
    code="ja",
    sites=("運河新報", "北湾タイムズ", "港町日報"),
    menu=("トップ", "政治", "経済", "スポーツ", "文化"),
    headlines=(
        "トルビー市議会、閘門の新しい扉をめぐる採決を秋まで延期",
        "マロウ湾のフェリー乗組員、3週間のストの末に新たな賃金協定で合意",
        "ノースフォールドの旧塩の道に、ついに路線バスが走る可能性",
    ),
    short_headlines=("採決、再び延期", "フェリースト中止"),
    deks=(
        "船の所有者たちは、水漏れする扉でもう一冬を越す負担を自分たちが負うことになると懸念している。",
        "合意により、島が1か月にわたり朝の便を失っていた対立が終わる",
    ),
    paragraphs=(
        "トルビー市議会は火曜日の夜、閘門の扉に関する決定を先送りすることを決めた。議員らは技術者の最新の試算を"
        "詳しく検討する時間が必要だと説明している。",
        "扉は前世紀に造られたもので、満潮のたびに水が漏れ、運河を管理する団体によるとこの2年で4回修理された。",
        "会合に出席した複数の船の所有者は失望を示し、さらに遅れれば来年ようやく工事が始まる時には費用が一段と"
        "膨らむと警告した。",
    ),
    names=("山根 美咲", "高橋 亮介", "佐伯 由紀子", "大川 翔"),
    by="文・{}",
    and_word="、",
    roles=("記者", "編集委員", "特派員"),
    agency="共同",
    upper_kickers=("解説", "独自", "オピニオン"),
    mixed_kickers=("運河の町", "深掘り", "連載 閘門の行方", "ニュースQ&A"),
    sections=("ニュース", "地域", "トルビー"),
    months=tuple(str(k) for k in range(1, 13)),
    date_forms=("{y}年{m}月{d}日", "{y}/{mm}/{dd}"),
    published="公開日",
    relative="3時間前",
    caption="夜明けにトルビー運河の上流側の扉を開ける閘門の管理人。",
    photo="写真：{}",
    quotes=("「", "」"),
    updated="更新",
    read_time="{}分で読めます",
    cookie=("当サイトでは利便性の向上と利用状況の把握のためにクッキーを使用しています。", "すべて許可", "設定"),
    desk_roles=("経済部", "社会部", "政治部"),
)

ZH = Lang(
    code="zh",
    sites=("运河日报", "北湾晨报", "港城新闻网"),
    menu=("首页", "时政", "财经", "体育", "文化"),
    headlines=(
        "托尔比市议会将新船闸闸门的表决推迟到秋季",
        "马罗湾渡轮船员罢工三周后达成新的工资协议",
        "诺斯福尔德古盐道为何终于可能开通公交线路",
    ),
    short_headlines=("表决再度推迟", "渡轮罢工取消"),
    deks=(
        "船主们担心，闸门漏水再拖一个冬天，代价将由他们自己承担。",
        "协议结束了一场让海岛一个月没有早班渡轮的纠纷",
    ),
    paragraphs=(
        "托尔比市议员周二晚间决定推迟对船闸闸门的决定，表示需要更多时间研究工程师的最新测算，然后才能让全镇承担这项工程。",
        "这些闸门建于上个世纪，每逢涨潮都会漏水，据负责维护运河的协会介绍，过去两年已经修补了四次。",
        "多名出席会议的船主表示失望，并警告说，如果再次拖延，明年工程真正开工时费用只会更高。",
    ),
    names=("王海燕", "陈立伟", "刘思琪", "欧阳明"),
    by="记者 {}",
    and_word="、",
    roles=("记者", "特约撰稿人", "编辑"),
    agency="新港社",
    upper_kickers=("深度", "独家", "评论"),
    mixed_kickers=("运河小镇", "一图读懂", "系列报道：闸门之争", "观察"),
    sections=("新闻", "地方", "托尔比"),
    months=tuple(str(k) for k in range(1, 13)),
    date_forms=("{y}年{m}月{d}日", "{y}-{mm}-{dd}"),
    published="发布时间：",
    relative="3小时前",
    caption="黎明时分，船闸管理员在托尔比运河打开上游闸门。",
    photo="摄影：{}",
    quotes=("\u201c", "\u201d"),
    updated="更新时间：",
    read_time="阅读时长{}分钟",
    cookie=("本网站使用cookie以改善您的浏览体验并统计访问情况。", "全部接受", "设置"),
    desk_roles=("经济部", "社会部", "政治部"),
)

AR = Lang(
    code="ar",
    sites=("صحيفة القناة", "أخبار الخليج الشمالي", "صوت الميناء"),
    menu=("الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة"),
    headlines=(
        "مجلس تولبي يؤجل التصويت على بوابات الهويس الجديدة حتى الخريف",
        "طواقم العبارة في خليج مارو تتفق على أجور جديدة بعد ثلاثة أسابيع من الإضراب",
        "لماذا قد يحصل طريق الملح القديم في نورثفولد أخيرا على خط حافلات",
    ),
    short_headlines=("تأجيل التصويت مجددا", "إلغاء إضراب العبارة"),
    deks=(
        "يخشى أصحاب القوارب أن يتحملوا وحدهم كلفة شتاء آخر مع بوابات تتسرب منها المياه.",
        "ينهي الاتفاق نزاعا ترك الجزيرة شهرا كاملا بلا رحلة الصباح",
    ),
    paragraphs=(
        "قرر أعضاء مجلس تولبي مساء الثلاثاء تأجيل القرار بشأن بوابات الهويس، قائلين إنهم يحتاجون إلى مزيد من "
        "الوقت لدراسة أحدث أرقام المهندسين قبل إلزام البلدة بالأعمال.",
        "تعود البوابات إلى القرن الماضي، وتتسرب منها المياه مع كل مد، وقد جرى إصلاحها أربع مرات في عامين "
        "بحسب الجمعية التي تعتني بالقناة.",
        "وأبدى عدد من أصحاب القوارب الذين حضروا الاجتماع خيبة أملهم، محذرين من أن أي تأخير جديد سيرفع كلفة "
        "الأشغال عندما تبدأ أخيرا في العام المقبل.",
    ),
    names=("ليلى الحداد", "سامر القباني", "نور الهدى منصور", "خالد العتيبي"),
    by="بقلم {}",
    and_word="و",
    roles=("مراسلة", "صحفي", "محرر"),
    agency="وكالة الميناء",
    upper_kickers=("تحليل", "حصري", "رأي"),
    mixed_kickers=("مدن القناة", "قصة طويلة", "أزمة الهويس", "شرح"),
    sections=("أخبار", "محلي", "تولبي"),
    months=_months("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    date_forms=("{d} {m} {y}", "{dd}/{mm}/{y}"),
    published="نشر في",
    relative="منذ 3 ساعات",
    caption="حارس الهويس يفتح البوابات العليا عند الفجر في قناة تولبي.",
    photo="تصوير: {}",
    quotes=("«", "»"),
    updated="تحديث",
    read_time="قراءة {} دقائق",
    cookie=("نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس استخدام صفحاتنا.", "قبول الكل", "الإعدادات"),
    desk_roles=("محررة الاقتصاد", "مراسل الصحة", "مراسل سياسي"),
)

HI = Lang(
    code="hi",
    sites=("नहर समाचार", "उत्तरी खाड़ी टाइम्स", "बंदरगाह दर्पण"),
    menu=("होम", "राजनीति", "कारोबार", "खेल", "संस्कृति"),
    headlines=(
        "टॉलबी नगर परिषद ने जलद्वार के नए फाटकों पर मतदान शरद ऋतु तक टाला",
        "मैरो बे के फेरी कर्मचारियों ने तीन हफ्ते की हड़ताल के बाद नए वेतन समझौते पर सहमति दी",
        "नॉर्थफोल्ड के पुराने नमक मार्ग पर आखिरकार बस सेवा क्यों शुरू हो सकती है",
    ),
    short_headlines=("मतदान फिर टला", "फेरी हड़ताल वापस"),
    deks=(
        "नाव मालिकों को डर है कि रिसते फाटकों के साथ एक और सर्दी का खर्च उन्हीं पर पड़ेगा।",
        "समझौते से वह विवाद खत्म हुआ जिसके कारण द्वीप एक महीने तक सुबह की फेरी के बिना रहा",
    ),
    paragraphs=(
        "टॉलबी के पार्षदों ने मंगलवार शाम जलद्वार के फाटकों पर फैसला टालने का निर्णय लिया और कहा कि उन्हें "
        "इंजीनियरों के ताजा आंकड़ों का अध्ययन करने के लिए और समय चाहिए।",
        "ये फाटक पिछली सदी के हैं, हर ज्वार में इनसे पानी रिसता है और नहर की देखभाल करने वाली संस्था के "
        "अनुसार दो साल में इनकी चार बार मरम्मत हो चुकी है।",
        "बैठक में आए कई नाव मालिकों ने निराशा जताई और चेतावनी दी कि एक और देरी से काम तब और महंगा हो "
        "जाएगा जब वह आखिरकार अगले साल शुरू होगा।",
    ),
    names=("अनुराधा मिश्रा", "विकास त्रिपाठी", "सुनीता चौहान", "रोहन देशपांडे"),
    by="लेखक: {}",
    and_word="और",
    roles=("संवाददाता", "वरिष्ठ पत्रकार", "संपादक"),
    agency="बंदरगाह वार्ता",
    upper_kickers=("विश्लेषण", "एक्सक्लूसिव", "राय"),
    mixed_kickers=("नहर के शहर", "समझिए", "विशेष रिपोर्ट", "जलद्वार संकट"),
    sections=("समाचार", "क्षेत्र", "टॉलबी"),
    months=_months("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    date_forms=("{d} {m} {y}", "{dd}/{mm}/{y}"),
    published="प्रकाशित:",
    relative="3 घंटे पहले",
    caption="टॉलबी नहर पर भोर में ऊपरी फाटक खोलता जलद्वार का रखवाला।",
    photo="फोटो: {}",
    quotes=("\u201c", "\u201d"),
    updated="अपडेट",
    read_time="{} मिनट में पढ़ें",
    cookie=("हम आपके अनुभव को बेहतर बनाने और पेजों के उपयोग को मापने के लिए कुकीज़ का उपयोग करते हैं।", "सभी स्वीकारें", "सेटिंग्स"),
    desk_roles=("आर्थिक संपादक", "स्वास्थ्य संवाददाता", "राजनीतिक संवाददाता"),
)

LANGS: tuple[Lang, ...] = (EN, DE, FR, ES, PT, IT, PL, RU, JA, ZH, AR, HI)
