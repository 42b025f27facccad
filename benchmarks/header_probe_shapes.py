"""The held-out sets' header shapes still short after session 40 (issue 14), as made-up probe classes of
benchmarks.header_probes, in the eight cased languages: the date only under the text, a kicker line with
the date, other stories (with a relative time over each, or none) over the article, a fact box or a data
list in the story, a 'Published' / 'Updated' pair on two lines (either first), today's date over the
site's name, a prefixed date, the writer's job on the line over the name, a byline with an e-mail, with
the date and time on one line, after a share bar or a caption, or only under the text before the tags.

The words here are written for the probes (no real page, site or person)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .header_probes import Build, Parts


@dataclass(frozen=True)
class Extra:
    """One language's words for the shapes of this module."""

    share: tuple[str, ...]  # a share bar's buttons
    posted: str  # a date's prefix other than 'Published' ("Posted:")
    latest: str  # a list header of other stories ("Latest")
    others: tuple[str, ...]  # other stories' headlines (none of the page's)
    fact_label: str  # a fact box's header
    facts: tuple[str, ...]  # its short lines ("Length: 4 km")
    weekdays: tuple[str, ...]  # Monday first
    hours_ago: str  # "{n} hours ago", n 2 to 4
    tags: str  # "Topics:" before the story's tags
    at: str  # "{t}" a time of day as a date line's tail ("at {t}")
    filed: str  # a dateline's word after a section's label ("SPORT | Filed Monday 3 March 2026")
    jobs: tuple[str, ...]  # a writer's job over the name, compounds and feminine forms among them
    text_by: str  # a label before the writer's name ("Words: {}")
    is_ours: str  # "{} is our health reporter." under the text
    read_in: str  # "Read in {} min"
    updated_vague: str  # "Updated last week"
    see_also: str  # "See also:" before another story's headline
    subhead: str  # a crosshead inside the story


EXTRA: dict[str, Extra] = {
    "en": Extra(
        share=("Share", "Facebook", "X", "Email", "Copy link"),
        posted="Posted:",
        latest="Latest stories",
        others=(
            "Glassworks reopens after a winter of repairs",
            "Library asks for old maps of the estuary",
            "Tram fares frozen until the spring",
        ),
        fact_label="At a glance",
        facts=("Length: 4.2 km", "Opened: 1911", "Boats a year: about 3,000"),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        hours_ago="{n} hours ago",
        tags="Topics:",
        at="at {t}",
        filed="Filed",
        jobs=("Court reporter", "Deputy features editor", "Trainee reporter"),
        text_by="Words: {}",
        is_ours="{} is our local affairs reporter.",
        read_in="Read in {} min",
        updated_vague="Updated last week",
        see_also="See also:",
        subhead="What the boat owners want",
    ),
    "de": Extra(
        share=("Teilen", "Facebook", "X", "E-Mail", "Link kopieren"),
        posted="Erschienen:",
        latest="Neueste Artikel",
        others=(
            "Glashütte öffnet nach einem Winter voller Reparaturen wieder",
            "Bibliothek sucht alte Karten der Flussmündung",
            "Straßenbahnpreise bleiben bis zum Frühjahr stabil",
        ),
        fact_label="Auf einen Blick",
        facts=("Länge: 4,2 km", "Eröffnet: 1911", "Boote pro Jahr: rund 3000"),
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        hours_ago="vor {n} Stunden",
        tags="Themen:",
        at="um {t} Uhr",
        filed="Online seit",
        jobs=("Praktikantin", "Wirtschaftsredakteurin", "Lokalreporter"),
        text_by="Text: {}",
        is_ours="{} ist Lokalredakteurin unserer Zeitung.",
        read_in="In {} Minuten gelesen",
        updated_vague="Aktualisiert letzte Woche",
        see_also="Siehe auch:",
        subhead="Was die Bootsbesitzer fordern",
    ),
    "fr": Extra(
        share=("Partager", "Facebook", "X", "E-mail", "Copier le lien"),
        posted="Mis en ligne le",
        latest="Les derniers articles",
        others=(
            "La verrerie rouvre après un hiver de travaux",
            "La médiathèque cherche de vieilles cartes de l'estuaire",
            "Les tarifs du tram gelés jusqu'au printemps",
        ),
        fact_label="Repères",
        facts=("Longueur : 4,2 km", "Ouverture : 1911", "Bateaux par an : environ 3 000"),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        hours_ago="il y a {n} heures",
        tags="Sujets :",
        at="à {t}",
        filed="Paru le",
        jobs=("Rédactrice en chef adjointe", "Journaliste stagiaire", "Correspondant régional"),
        text_by="Texte : {}",
        is_ours="{} est journaliste au service Société.",
        read_in="Lecture en {} min",
        updated_vague="Mis à jour la semaine dernière",
        see_also="Voir aussi :",
        subhead="Ce que demandent les plaisanciers",
    ),
    "es": Extra(
        share=("Compartir", "Facebook", "X", "Correo", "Copiar enlace"),
        posted="Fecha:",
        latest="Últimas noticias",
        others=(
            "La vidriera reabre tras un invierno de obras",
            "La biblioteca busca mapas antiguos del estuario",
            "El precio del tranvía se congela hasta la primavera",
        ),
        fact_label="Claves",
        facts=("Longitud: 4,2 km", "Inauguración: 1911", "Barcos al año: unos 3.000"),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        hours_ago="hace {n} horas",
        tags="Temas:",
        at="a las {t}",
        filed="Publicado:",
        jobs=("Redactora jefe", "Periodista en prácticas", "Corresponsal en Sevilla"),
        text_by="Texto: {}",
        is_ours="{} es redactora de la sección Local.",
        read_in="Se lee en {} min",
        updated_vague="Actualizado la semana pasada",
        see_also="Ver también:",
        subhead="Lo que piden los dueños de barcos",
    ),
    "pt": Extra(
        share=("Partilhar", "Facebook", "X", "E-mail", "Copiar link"),
        posted="Data:",
        latest="Últimas notícias",
        others=(
            "Vidraria reabre depois de um inverno de obras",
            "Biblioteca procura mapas antigos do estuário",
            "Preço do elétrico congelado até à primavera",
        ),
        fact_label="Em números",
        facts=("Extensão: 4,2 km", "Inauguração: 1911", "Barcos por ano: cerca de 3.000"),
        weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
        hours_ago="há {n} horas",
        tags="Temas:",
        at="às {t}",
        filed="Publicado:",
        jobs=("Repórter estagiária", "Editora adjunta", "Jornalista de Local"),
        text_by="Texto: {}",
        is_ours="{} é jornalista da secção Sociedade.",
        read_in="Leia em {} min",
        updated_vague="Atualizado na semana passada",
        see_also="Veja também:",
        subhead="O que pedem os donos dos barcos",
    ),
    "it": Extra(
        share=("Condividi", "Facebook", "X", "Email", "Copia link"),
        posted="Data:",
        latest="Ultime notizie",
        others=(
            "La vetreria riapre dopo un inverno di lavori",
            "La biblioteca cerca vecchie mappe dell'estuario",
            "Biglietti del tram bloccati fino alla primavera",
        ),
        fact_label="In breve",
        facts=("Lunghezza: 4,2 km", "Apertura: 1911", "Barche all'anno: circa 3.000"),
        weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        hours_ago="{n} ore fa",
        tags="Argomenti:",
        at="alle {t}",
        filed="Online dal",
        jobs=("Giornalista praticante", "Caporedattrice", "Inviato a Milano"),
        text_by="Testo di {}",
        is_ours="{} è giornalista della redazione Cronaca.",
        read_in="Si legge in {} minuti",
        updated_vague="Aggiornato la settimana scorsa",
        see_also="Vedi anche:",
        subhead="Cosa chiedono i proprietari",
    ),
    "pl": Extra(
        share=("Udostępnij", "Facebook", "X", "E-mail", "Kopiuj link"),
        posted="Data publikacji:",
        latest="Najnowsze",
        others=(
            "Huta szkła znów otwarta po zimowym remoncie",
            "Biblioteka szuka starych map ujścia rzeki",
            "Ceny biletów tramwajowych zamrożone do wiosny",
        ),
        fact_label="W skrócie",
        facts=("Długość: 4,2 km", "Otwarcie: 1911", "Łodzi rocznie: ok. 3000"),
        weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        hours_ago="{n} godziny temu",
        tags="Tematy:",
        at="o {t}",
        filed="Data publikacji:",
        jobs=("Dziennikarka", "Reporterka działu miejskiego", "Redaktor prowadzący"),
        text_by="Tekst: {}",
        is_ours="{} jest dziennikarką działu Kraj.",
        read_in="Przeczytasz w {} min",
        updated_vague="Aktualizacja w zeszłym tygodniu",
        see_also="Zobacz też:",
        subhead="Czego chcą właściciele łodzi",
    ),
    "ru": Extra(
        share=("Поделиться", "ВКонтакте", "Telegram", "Почта", "Скопировать ссылку"),
        posted="Дата:",
        latest="Последние новости",
        others=(
            "Стекольный завод снова открылся после зимнего ремонта",
            "Библиотека ищет старые карты устья реки",
            "Цены на проезд в трамвае заморозили до весны",
        ),
        fact_label="Справка",
        facts=("Длина: 4,2 км", "Открыт: 1911", "Судов в год: около 3000"),
        weekdays=("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        hours_ago="{n} часа назад",
        tags="Темы:",
        at="в {t}",
        filed="Дата публикации:",
        jobs=("Корреспондент отдела культуры", "Обозреватель", "Редактор рубрики"),
        text_by="Текст: {}",
        is_ours="{} — корреспондент отдела «Общество».",
        read_in="Читать {} мин",
        updated_vague="Обновлено на прошлой неделе",
        see_also="Смотрите также:",
        subhead="Чего хотят владельцы лодок",
    ),
}


def _x(p: Parts) -> Extra:
    return EXTRA[p.lang.code]


def _time(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def _others(p: Parts, n: int) -> list[str]:
    pool = [*_x(p).others, *(h for h in p.lang.short_headlines)]
    return p.rng.sample(pool, n)


def _date_at_end(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # no date over the text: it is printed once under it, bare or labelled
    tail = p.rng.choice([p.date_line(), f"{p.lang.published} {p.date_line()}", f"{_x(p).posted} {p.date_line(1)}"])
    head = [p.headline, p.byline()] if p.rng.random() < 0.6 else [p.headline]
    lines = [*p.top(), *head, "", *p.text(), tail, *p.end()]
    return lines, p.label(author=p.author if len(head) > 1 else "")


def _relative_items_above(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # other stories over the article, each under its relative time ("2 hours ago" / headline)
    x = _x(p)
    items: list[str] = [x.latest] if p.rng.random() < 0.5 else []
    for n, other in zip((2, 3, 4), _others(p, 3), strict=False):
        items += [x.hours_ago.format(n=n), other]
    lines = [*p.top(), *items, "", p.headline, p.byline(), p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _kicker_date(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the section and the date on one line over the headline ("Politics · 3 March 2026")
    mark = p.rng.choice([" · ", " | ", " – ", "  "])
    kicker = f"{p.rng.choice(p.lang.sections[:2])}{mark}{p.date_line(p.rng.randint(0, 1))}"
    under = [p.byline()] if p.rng.random() < 0.7 else []
    lines = [*p.top(), kicker, p.headline, *under, "", *p.text(), *p.end()]
    return lines, p.label(author=p.author if under else "")


def _list_before(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a list of other articles (a header, their headlines, no times) between the menu and the article
    x = _x(p)
    items = _others(p, p.rng.randint(2, 4))
    lines = [*p.top(), x.latest, *items, "", p.headline, p.byline(), p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _fact_box(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a fact box between the story's paragraphs: its label and short lines of figures
    x = _x(p)
    first, *rest = p.lang.paragraphs
    box = [x.fact_label, *x.facts, ""]
    body = [first, "", *box, *rest, ""]
    lines = [*p.top(), p.headline, p.byline(), p.date_line(), "", *body, *p.end()]
    return lines, p.label()


def _data_list(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a data list right under the header, over the story (label: value lines, no label over them)
    x = _x(p)
    lines = [*p.top(), p.headline, p.byline(), p.date_line(), "", *x.facts, "", *p.text(), *p.end()]
    return lines, p.label()


def _published_updated(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # 'Published <date>' and 'Updated <date>' on two lines, the publication first, with or without times
    later = p.day + timedelta(days=p.rng.randint(1, 3))
    timed = p.rng.random() < 0.5
    pub = f"{p.lang.published} {p.date_line()}" + (f", {_time(p.rng)}" if timed else "")
    upd = f"{p.lang.updated} {p.lang.date_text(later, 0)}" + (f", {_time(p.rng)}" if timed else "")
    lines = [*p.top(), p.headline, p.byline(), pub, upd, "", *p.text(), *p.end()]
    return lines, p.label()


def _updated_published(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the same pair, the update first
    later = p.day + timedelta(days=p.rng.randint(1, 3))
    pub = f"{p.lang.published} {p.date_line(p.rng.randint(0, 1))}"
    upd = f"{p.lang.updated} {p.lang.date_text(later, 0)}"
    lines = [*p.top(), p.headline, p.byline(), upd, pub, "", *p.text(), *p.end()]
    return lines, p.label()


def _today_top(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the day the page was saved printed over the site's name, the story's own date under its headline
    x = _x(p)
    today = p.day + timedelta(days=p.rng.randint(3, 60))
    line = f"{x.weekdays[today.weekday()]}, {p.lang.date_text(today, 0)}"
    lines = [line, *p.top(), p.headline, p.byline(), p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _posted_prefix(p: Parts) -> tuple[list[str], dict[str, Any]]:
    x = _x(p)
    stamp = f"{x.posted} {p.date_line(p.rng.randint(0, 1))} {x.at.format(t=_time(p.rng))}"
    lines = [*p.top(), p.headline, stamp, p.byline(), "", *p.text(), *p.end()]
    return lines, p.label()


def _role_over_name(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the writer's job on the line over the name ("Transport reporter" / "Jane Roe")
    role = p.rng.choice([*p.lang.roles, *p.lang.desk_roles])
    lines = [*p.top(), p.headline, role, p.names[0], p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _byline_email(p: Parts) -> tuple[list[str], dict[str, Any]]:
    first, *_, last = p.names[0].split()
    local = f"{first[0]}.{last}".lower()
    mail = f"{local if local.isascii() else 'desk' + str(p.rng.randint(2, 9))}@newsroom.example"
    shape = p.rng.randint(0, 2)
    if shape == 0:
        by = [f"{p.byline()} | {mail}"]
    elif shape == 1:
        by = [p.byline(), mail]
    else:
        by = [p.names[0], f"✉ {mail}"]
    lines = [*p.top(), p.headline, *by, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _byline_date_time(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the name, the date and the time on one line, with or without a mark between
    stamp = f"{p.date_line(p.rng.randint(0, 1))}, {_time(p.rng)}"
    line = p.rng.choice([f"{p.byline()} {stamp}", f"{p.names[0]}, {stamp}", f"{p.byline()} - {stamp}"])
    lines = [*p.top(), p.headline, line, "", *p.text(), *p.end()]
    return lines, p.label()


def _byline_after_share(p: Parts) -> tuple[list[str], dict[str, Any]]:
    x = _x(p)
    bar = p.rng.choice([list(x.share), [" ".join(x.share)]])
    lines = [*p.top(), p.headline, p.date_line(), *bar, p.byline(), "", *p.text(), *p.end()]
    return lines, p.label()


def _byline_after_caption(p: Parts) -> tuple[list[str], dict[str, Any]]:
    credit = p.lang.photo.format(p.lang.agency)
    lines = [*p.top(), p.headline, p.date_line(), p.lang.caption, credit, p.byline(), "", *p.text(), *p.end()]
    return lines, p.label()


def _signed_before_tags(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the byline only under the text, the tags and other stories under it
    x = _x(p)
    sign = p.rng.choice([p.byline(), p.names[0], f"{p.names[0]}, {p.rng.choice(p.lang.roles)}"])
    tags = f"{x.tags} {', '.join(p.lang.sections)}"
    tail = [sign, "", tags, "", x.latest, *_others(p, 2)]
    lines = [*p.top(), p.headline, p.date_line(), "", *p.text(), *tail, *p.end()]
    return lines, p.label()


def _section_stamp(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the section's label and the dateline on one line over the headline ("SPORT | Filed Monday 3 March")
    x = _x(p)
    section = p.rng.choice([p.lang.sections[0].upper(), p.lang.sections[1]])
    weekday = x.weekdays[p.day.weekday()]
    stamp = p.rng.choice(
        [
            f"{section} | {x.filed} {weekday} {p.date_line()}, {_time(p.rng)}",
            f"{section} — {x.filed} {p.date_line()} | {_time(p.rng)}",
            f"{section} · {x.filed} {p.date_line(1)}",
        ]
    )
    lines = [*p.top(), stamp, p.headline, p.byline(), "", *p.text(), *p.end()]
    return lines, p.label()


def _name_weekday_date(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the name, the weekday and the date on the byline's line ("Jane Roe, Friday, 6 March 2026")
    x = _x(p)
    line = f"{p.names[0]}, {x.weekdays[p.day.weekday()]}, {p.date_line()}"
    lines = [*p.top(), p.headline, line, "", *p.text(), *p.end()]
    return lines, p.label()


def _relative_and_date(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a relative time beside the date ("2 days ago · 6 March 2026")
    x = _x(p)
    line = f"{x.hours_ago.format(n=p.rng.randint(2, 4))} · {p.date_line(p.rng.randint(0, 1))}"
    lines = [*p.top(), p.headline, p.byline(), line, "", *p.text(), *p.end()]
    return lines, p.label()


def _job_compound_over_name(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a job title (a compound, a feminine form, an editor's rank) on its own line over the name
    job = p.rng.choice(_x(p).jobs)
    under = [p.date_line()] if p.rng.random() < 0.6 else []
    lines = [*p.top(), p.headline, job, p.names[0], *under, "", *p.text(), *p.end()]
    label = p.label()
    if not under:
        label["published"] = None
    return lines, label


def _label_colon_name(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # a label of the text's words before the name ("Words: Jane Roe", "Testo di Ada Neri")
    line = _x(p).text_by.format(p.names[0])
    lines = [*p.top(), p.headline, line, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _signed_end_forms(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the writer named under the text only: in brackets, in capitals, after a dash, or in a sentence
    x = _x(p)
    sign = p.rng.choice([f"({p.names[0]})", p.names[0].upper(), f"— {p.names[0]}", x.is_ours.format(p.names[0])])
    lines = [*p.top(), p.headline, p.date_line(), "", *p.text(), sign, *p.end()]
    return lines, p.label(author=sign if sign.isupper() else None)  # (labels keep a name's capitals)


def _furniture_over(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # the site's name in capitals, the menu joined by marks, and one row that is never the headline over it
    x = _x(p)
    mark = p.rng.choice([" - ", " / ", " · ", " • "])
    row = p.rng.choice(
        [x.read_in.format(p.rng.randint(3, 9)), x.updated_vague, f"{x.see_also} {_others(p, 1)[0]}", x.facts[0]]
    )
    top = [p.site.upper(), mark.join(p.lang.menu), ""]
    lines = [*top, row, p.headline, p.byline(), p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label()


def _subhead_no_anchor(p: Parts) -> tuple[list[str], dict[str, Any]]:
    # no byline, no date: the headline, a short lead, a crosshead, the rest of the story
    x = _x(p)
    first, *rest = p.lang.paragraphs
    lead = first.split(", ")[0].rstrip(".") + "."
    lines = [*p.top(), p.headline, "", lead, "", x.subhead, "", *rest, "", *p.end()[:-1]]
    label = p.label(author="")
    label["published"] = None
    return lines, label


SHAPES: dict[str, Build] = {
    "date-at-end": _date_at_end,
    "relative-items": _relative_items_above,
    "kicker-date": _kicker_date,
    "list-before": _list_before,
    "fact-box": _fact_box,
    "data-list": _data_list,
    "pub-then-upd": _published_updated,
    "upd-then-pub": _updated_published,
    "today-top": _today_top,
    "posted-prefix": _posted_prefix,
    "role-over-name": _role_over_name,
    "byline-email": _byline_email,
    "byline-date-time": _byline_date_time,
    "byline-after-share": _byline_after_share,
    "byline-after-caption": _byline_after_caption,
    "signed-before-tags": _signed_before_tags,
    # the lead's notes on H12's misses (session 41), written afresh
    "section-stamp": _section_stamp,
    "name-weekday-date": _name_weekday_date,
    "relative+date": _relative_and_date,
    "job-over-name": _job_compound_over_name,
    "label-colon-name": _label_colon_name,
    "signed-end-forms": _signed_end_forms,
    "furniture-over": _furniture_over,
    "subhead-no-anchor": _subhead_no_anchor,
}
