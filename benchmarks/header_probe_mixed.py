"""Made-up pages for H13's header classes (issue 14, session 42), each class mixed with other furniture.

    python -m benchmarks.header_probe_mixed [--seed N] [--each N] [--classes NAME ...] [--misses]

The held-out set's pages are not one shape each: a breaking-news line over the site's name, a picture's
caption between the header and the text, tags and related items under it come together. Every page here
is one class of the brief (the line that class is about) plus up to two other pieces of furniture drawn at
random, in the eight cased languages of benchmarks.header_probe_words, from that module's made-up material
and this module's words (written for the probes; no real page, site or person). Scored as
benchmarks.header_probes scores (title, date and author by evaluate.score_page); the class is the first
part of a probe's name, the furniture the last.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .header_probe_shapes import EXTRA
from .header_probe_words import LANGS, Lang
from .header_probes import Parts, Probe, run_probes


@dataclass(frozen=True)
class Words:
    """One language's words for this module's lines."""

    breaking: str  # a breaking-news label
    city: str  # a made-up town for a dateline
    credit: str  # a picture agency's made-up name
    caption: str  # a second caption, another picture
    read_more: str  # a label over related items
    labels: tuple[str, ...]  # section labels over related items
    updated_short: str  # "Updated" with no preposition
    published_ago: str  # "Published {n} hours ago"
    home: str  # a breadcrumb's first item


WORDS: dict[str, Words] = {
    "en": Words(
        "Breaking",
        "Wexham",
        "Fellside Pictures",
        "Volunteers stack sandbags along the towpath before the spring tides",
        "More on this",
        ("POLITICS", "WEATHER", "MONEY"),
        "Updated",
        "Published {n} hours ago",
        "Home",
    ),
    "de": Words(
        "Eilmeldung",
        "Hobergen",
        "Bildagentur Talblick",
        "Freiwillige stapeln vor der Springflut Sandsäcke am Treidelpfad",
        "Mehr zum Thema",
        ("POLITIK", "WETTER", "GELD"),
        "Aktualisiert",
        "Veröffentlicht vor {n} Stunden",
        "Startseite",
    ),
    "fr": Words(
        "Alerte info",
        "Vaubrecourt",
        "Agence Coteaux",
        "Des bénévoles empilent des sacs de sable le long du chemin de halage",
        "À lire aussi",
        ("POLITIQUE", "MÉTÉO", "ARGENT"),
        "Mis à jour",
        "Publié il y a {n} heures",
        "Accueil",
    ),
    "es": Words(
        "Última hora",
        "Villarroble",
        "Foto Ribera",
        "Voluntarios apilan sacos de arena junto al camino de sirga antes de las mareas",
        "Más sobre el tema",
        ("POLÍTICA", "TIEMPO", "DINERO"),
        "Actualizado",
        "Publicado hace {n} horas",
        "Inicio",
    ),
    "pt": Words(
        "Última hora",
        "Vila Serrana",
        "Imagens do Vale",
        "Voluntários empilham sacos de areia junto ao caminho do rio antes das marés",
        "Leia também",
        ("POLÍTICA", "TEMPO", "DINHEIRO"),
        "Atualizado",
        "Publicado há {n} horas",
        "Início",
    ),
    "it": Words(
        "Ultim'ora",
        "Roccalba",
        "Foto Vallata",
        "Volontari impilano sacchi di sabbia lungo l'alzaia prima delle maree",
        "Leggi anche",
        ("POLITICA", "METEO", "SOLDI"),
        "Aggiornato",
        "Pubblicato {n} ore fa",
        "Home",
    ),
    "pl": Words(
        "Pilne",
        "Zagórzec",
        "Foto Dolina",
        "Ochotnicy układają worki z piaskiem wzdłuż ścieżki nad kanałem",
        "Czytaj także",
        ("POLITYKA", "POGODA", "PIENIĄDZE"),
        "Aktualizacja",
        "Opublikowano {n} godziny temu",
        "Strona główna",
    ),
    "ru": Words(
        "Срочно",
        "Верхнеозёрск",
        "Фото Долина",
        "Волонтёры укладывают мешки с песком вдоль набережной перед приливом",
        "Читайте также",
        ("ПОЛИТИКА", "ПОГОДА", "ДЕНЬГИ"),
        "Обновлено",
        "Опубликовано {n} часа назад",
        "Главная",
    ),
}


@dataclass
class Page:
    """A page's parts as lines: what is over the site's name, the header under the headline, the text
    and what is under it; a class and the furniture rewrite them."""

    p: Parts
    over: list[str]
    top: list[str]
    above: list[str]  # between the menu and the headline
    meta: list[str]  # under the headline
    text: list[str]
    under: list[str]  # under the text
    label: dict

    def lines(self) -> list[str]:
        return [*self.over, *self.top, *self.above, self.p.headline, *self.meta, "", *self.text, *self.under]


def _w(pg: Page) -> Words:
    return WORDS[pg.p.lang.code]


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def _others(pg: Page, n: int) -> list[str]:
    pool = [*EXTRA[pg.p.lang.code].others, *pg.p.lang.short_headlines]
    return pg.p.rng.sample(pool, n)


def _names(pg: Page, n: int) -> str:
    lang = pg.p.lang
    names = pg.p.names[:n]
    pg.label["author"] = ", ".join(names)
    return f"{', '.join(names[:-1])} {lang.and_word} {names[-1]}" if pg.p.rng.random() < 0.5 else ", ".join(names)


# the classes: each rewrites the page's lines for the shape its name tells


def breaking(pg: Page) -> None:
    w, rng = _w(pg), pg.p.rng
    items = _others(pg, rng.randint(2, 3))
    if rng.random() < 0.5:
        pg.over = [f"{w.breaking}{rng.choice([': ', ' | ', ' +++ '])}{' · '.join(items)}"]
    else:
        pg.over = [w.breaking.upper(), *items]


def bare_names(pg: Page) -> None:
    pg.meta[0] = _names(pg, pg.p.rng.randint(2, 3))


def upd_then_pub(pg: Page) -> None:
    lang, rng = pg.p.lang, pg.p.rng
    later = pg.p.day + timedelta(days=rng.randint(0, 2))
    pg.meta[1:2] = [
        f"{_w(pg).updated_short}: {lang.date_text(later, 1)} {_clock(rng)}",
        f"{lang.published} {pg.p.date_line(1)} {_clock(rng)}",
    ]


def date_at_end(pg: Page) -> None:
    lang = pg.p.lang
    stamp = pg.meta.pop(1)
    pg.under[0:0] = [pg.p.rng.choice([stamp, f"{lang.published} {stamp}", f"({stamp})"])]


def date_and_update(pg: Page) -> None:
    lang, rng = pg.p.lang, pg.p.rng
    later = pg.p.day + timedelta(days=rng.randint(1, 4))
    mark = rng.choice([" · ", " | ", ", ", " – "])
    pg.meta[1] = f"{lang.published} {pg.p.date_line()}{mark}{_w(pg).updated_short} {lang.date_text(later, 0)}"


def date_under_caption(pg: Page) -> None:
    lang = pg.p.lang
    stamp = pg.meta.pop(1)
    pg.meta += [lang.caption, lang.photo.format(_w(pg).credit), stamp]


def today_top(pg: Page) -> None:
    x = EXTRA[pg.p.lang.code]
    today = pg.p.day + timedelta(days=pg.p.rng.randint(2, 40))
    pg.over = [f"{x.weekdays[today.weekday()]}, {pg.p.lang.date_text(today, 0)}", *pg.over]


def job_over_byline(pg: Page) -> None:
    lang = pg.p.lang
    pg.meta[0:0] = [pg.p.rng.choice([*lang.roles, *EXTRA[lang.code].jobs])]


def tags_after(pg: Page) -> None:
    x = EXTRA[pg.p.lang.code]
    pg.under[0:0] = ["", x.tags, *pg.p.lang.sections, ""]


def credit_first_caption(pg: Page) -> None:
    lang, w = pg.p.lang, _w(pg)
    line = pg.p.rng.choice([f"{lang.photo.format(w.credit)} – {w.caption}", f"{w.credit} / {w.caption}"])
    pg.meta += [line]


def byline_after_caption(pg: Page) -> None:
    lang = pg.p.lang
    pg.meta[0:0] = [lang.caption, lang.photo.format(_w(pg).credit)]


def caption_between(pg: Page) -> None:
    lang, w = pg.p.lang, _w(pg)
    pg.meta += pg.p.rng.choice([[lang.caption, lang.photo.format(w.credit)], [f"{w.caption} ({w.credit})"]])


def breadcrumb_date(pg: Page) -> None:
    lang = pg.p.lang
    stamp = pg.meta.pop(1)
    crumbs = " > ".join([_w(pg).home, *lang.sections[:2]])
    pg.above = [f"{crumbs} | {stamp}"]


def split_time(pg: Page) -> None:
    pg.meta[2:2] = [_clock(pg.p.rng)]


def related_labelled(pg: Page) -> None:
    w = _w(pg)
    items = _others(pg, 2)
    pg.under[0:0] = ["", w.read_more, w.labels[0], items[0], w.labels[1], items[1], ""]


def desk_byline(pg: Page) -> None:
    lang = pg.p.lang
    desk = f"{pg.p.site}"
    pg.meta[0] = lang.by.format(desk)
    pg.label["author"] = desk


def dateline_city(pg: Page) -> None:
    lang, w = pg.p.lang, _w(pg)
    stamp = pg.meta.pop(1)
    pg.text[0] = f"{w.city.upper()}, {stamp} – {pg.text[0]}"
    del lang


def date_on_byline(pg: Page) -> None:
    stamp = pg.meta.pop(1)
    pg.meta[0] = f"{pg.meta[0]} {pg.p.rng.choice(['|', '·', '-', ','])} {stamp}".replace(" ,", ",")


def published_ago(pg: Page) -> None:
    # the relative stamp over the absolute one under the text
    n = pg.p.rng.randint(2, 5)
    stamp = pg.meta[1]
    pg.meta[1] = _w(pg).published_ago.format(n=n)
    pg.under[0:0] = [f"{pg.p.lang.published} {stamp}"]


Change = Callable[[Page], None]

CLASSES: dict[str, Change] = {
    "breaking-line": breaking,
    "bare-names": bare_names,
    "upd-then-pub": upd_then_pub,
    "date-at-end": date_at_end,
    "date+update": date_and_update,
    "date-under-caption": date_under_caption,
    "today-top": today_top,
    "job-over-byline": job_over_byline,
    "tags-after": tags_after,
    "credit-first": credit_first_caption,
    "byline-after-caption": byline_after_caption,
    "caption-between": caption_between,
    "breadcrumb-date": breadcrumb_date,
    "split-time": split_time,
    "related-labelled": related_labelled,
    "desk-byline": desk_byline,
    "dateline-city": dateline_city,
    "date-on-byline": date_on_byline,
    "published-ago": published_ago,
}
# furniture a page may carry besides its class (the ones that touch no line the class moves)
FURNITURE = ("breaking-line", "today-top", "tags-after", "related-labelled", "caption-between")


def _page(lang: Lang, rng: random.Random) -> Page:
    names = rng.sample(lang.names, 3)
    day = date(rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28))
    p = Parts(lang, rng.choice(lang.sites), rng.choice(lang.headlines), names, day, rng)
    label = p.label(author=names[0])
    return Page(p, [], p.top(), [], [p.byline(), p.date_line(rng.randint(0, 1))], _story(lang, rng), p.end(), label)


def _story(lang: Lang, rng: random.Random) -> list[str]:
    """The story's paragraphs, blank lines between: its three, then pairs of them joined (a story of three to
    nine paragraphs; H13's stories are longer than the probes' three)."""
    first, *rest = lang.paragraphs
    pairs = [f"{a} {b}" for a in lang.paragraphs for b in lang.paragraphs if a != b]
    paragraphs = [first, *rest, *rng.sample(pairs, rng.randint(0, 6))]
    return [line for paragraph in paragraphs for line in (paragraph, "")]


def probes(seed: int, classes: list[str] | None = None, each: int = 3) -> list[Probe]:
    out = []
    for cls, change in CLASSES.items():
        if classes and cls not in classes:
            continue
        for lang in LANGS:
            if lang.code not in WORDS:
                continue
            for n in range(each):
                rng = random.Random(f"{seed}/{cls}/{lang.code}/{n}")
                pg = _page(lang, rng)
                extra = [f for f in FURNITURE if f != cls and rng.random() < 0.25]
                for f in extra:
                    CLASSES[f](pg)
                change(pg)
                out.append(Probe(f"{cls}/{lang.code}/{n}:{'+'.join(extra)}", pg.lines(), pg.label))
    return out


def main(argv: list[str] | None = None) -> int:
    return run_probes(__doc__, CLASSES, 42, probes, argv)


if __name__ == "__main__":
    sys.exit(main())
