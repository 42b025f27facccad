"""Made-up pages for where a page prints its date (issue 14, session 43): under a long text, after a relative time
or an update in the header, an update's stamp before the publication's, both on one line, no date at all.

    python -m benchmarks.header_date_places [--seed N] [--each N] [--classes NAME ...] [--misses]

Pages in the eight cased languages of benchmarks.header_probe_words, from its made-up material, with this
module's stamp labels (written for this set; no real page, site or person), today's date over the site's
name on some, a feed of other stories over the headline on others: a story of five to twelve
paragraphs, a list of other stories under it (some dated, some under a relative time), the footer. Scored as
benchmarks.header_probes scores (title, date, author); the class is the first part of a probe's name.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import date, timedelta

from .header_probe_shapes import EXTRA
from .header_probe_words import LANGS, Lang
from .header_probes import Probe, run_probes

# labels of the publication and of an update, a relative time, a list's header over other stories
PUBLISHED = {
    "en": ("Published", "Posted on", "First published"),
    "de": ("Veröffentlicht am", "Erschienen am", "Publiziert"),
    "fr": ("Publié le", "Mis en ligne le", "Paru le"),
    "es": ("Publicado el", "Fecha de publicación:", "Publicado"),
    "pt": ("Publicado em", "Publicação:", "Publicado"),
    "it": ("Pubblicato il", "Pubblicato", "Data:"),
    "pl": ("Opublikowano", "Data publikacji:", "Opublikowano:"),
    "ru": ("Опубликовано", "Дата публикации:", "Опубликовано:"),
}
UPDATED = {
    "en": ("Updated", "Last updated", "Updated on"),
    "de": ("Aktualisiert am", "Aktualisiert:", "Zuletzt aktualisiert"),
    "fr": ("Mis à jour le", "Mis à jour :", "Dernière mise à jour"),
    "es": ("Actualizado el", "Actualizado:", "Última actualización:"),
    "pt": ("Atualizado em", "Atualizado:", "Última atualização:"),
    "it": ("Aggiornato il", "Aggiornato:", "Ultimo aggiornamento:"),
    "pl": ("Aktualizacja:", "Zaktualizowano", "Aktualizacja"),
    "ru": ("Обновлено", "Обновлено:", "Обновлено"),
}
AGO = {
    "en": "{n} hours ago",
    "de": "vor {n} Stunden",
    "fr": "il y a {n} heures",
    "es": "hace {n} horas",
    "pt": "há {n} horas",
    "it": "{n} ore fa",
    "pl": "{n} godziny temu",
    "ru": "{n} часа назад",
}
MORE = {
    "en": "More stories",
    "de": "Weitere Artikel",
    "fr": "Sur le même sujet",
    "es": "Más noticias",
    "pt": "Leia também",
    "it": "Leggi anche",
    "pl": "Czytaj także",
    "ru": "Читайте также",
}
MARKS = ("|", "·", "/", ",")


class Page:
    """One page's parts; a class fills `meta` (under the headline) and `under` (under the text)."""

    def __init__(self, lang: Lang, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.names = rng.sample(lang.names, 2)
        self.day = date(rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28))
        self.later = self.day + timedelta(days=rng.randint(1, 5))
        self.headline = rng.choice(lang.headlines)
        self.site = rng.choice(lang.sites)
        self.meta = [lang.by.format(self.names[0])]
        self.under: list[str] = []
        self.over: list[str] = []  # over the site's name
        self.feed: list[str] = []  # between the menu and the headline
        self.menu = list(lang.menu)
        self.want: str | None = self.day.isoformat()
        self.author: str | None = self.names[0]

    def date(self, day: date) -> str:
        return self.lang.date_text(day, self.rng.randint(0, 1))

    def clock(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def published(self) -> str:
        stamp = f"{self.rng.choice(PUBLISHED[self.lang.code])} {self.date(self.day)}"
        return f"{stamp} {self.clock()}" if self.rng.random() < 0.4 else stamp

    def updated(self) -> str:
        return f"{self.rng.choice(UPDATED[self.lang.code])} {self.date(self.later)} {self.clock()}"

    def lines(self) -> list[str]:
        lang, rng = self.lang, self.rng
        pairs = [f"{a} {b}" for a in lang.paragraphs for b in lang.paragraphs if a != b]
        paragraphs = [*lang.paragraphs, *rng.sample(pairs, rng.randint(2, min(9, len(pairs))))]
        rng.shuffle(paragraphs)
        others = [h for h in (*lang.headlines, *lang.short_headlines) if h != self.headline][:3]
        listed = []
        for other in others:
            when = rng.choice([self.date(self.day - timedelta(days=rng.randint(1, 30))), ""])
            listed += [other, when] if when else [other]
        story = [line for paragraph in paragraphs for line in (paragraph, "")]
        top = [self.site, *self.menu, "", *self.feed, self.headline, *self.meta, ""]
        end = ["", lang.menu[0], lang.menu[-1], f"© {self.day.year} {self.site}"]
        return [*self.over, *top, *story, *self.under, "", MORE[lang.code], *listed, *end]


def date_at_end(pg: Page) -> None:
    name = pg.names[0]
    pg.under = [pg.rng.choice([pg.published(), pg.date(pg.day), f"({pg.date(pg.day)})", f"{name}, {pg.date(pg.day)}"])]


def end_and_update(pg: Page) -> None:
    pub, upd = pg.published(), pg.updated()
    pg.under = pg.rng.choice([[pub, upd], [upd, pub], [f"{pub} · {upd}"], [f"{upd} | {pub}"]])


def ago_then_end(pg: Page) -> None:
    pg.meta.append(AGO[pg.lang.code].format(n=pg.rng.randint(2, 9)))
    pg.under = [pg.rng.choice([pg.published(), pg.date(pg.day)])]


def update_then_end(pg: Page) -> None:
    pg.meta.append(pg.updated())
    pg.under = [pg.published()]


def update_first(pg: Page) -> None:
    upd, pub = pg.updated(), pg.published()
    pg.meta += pg.rng.choice([[upd, pub], [f"{upd} {pg.rng.choice(MARKS)} {pub}"]])


def published_first(pg: Page) -> None:
    upd, pub = pg.updated(), pg.published()
    pg.meta += pg.rng.choice([[pub, upd], [f"{pub} {pg.rng.choice(MARKS)} {upd}"], [f"{pg.date(pg.day)} ({upd})"]])


def today_then_end(pg: Page) -> None:
    today = pg.day + timedelta(days=pg.rng.randint(2, 40))
    pg.over = [pg.date(today)]
    pg.menu = pg.menu[:2]  # (a short menu: today's date a few lines over the headline)
    pg.under = [pg.published()]


def feed_over_headline(pg: Page) -> None:
    # other stories, each under or over its relative time, between the menu and the headline
    lang, rng = pg.lang, pg.rng
    pg.headline = lang.headlines[0]  # (the one the text is about: the feed's items are other stories)
    above = rng.random() < 0.5
    for other in rng.sample(EXTRA[lang.code].others, 3):
        stamp = AGO[lang.code].format(n=rng.randint(2, 9))
        pg.feed += [stamp, other] if above else [other, stamp]
    pg.feed.append("")
    if rng.random() < 0.5:
        pg.meta, pg.author = [], None  # (no byline either: nothing under the headline)
    pg.under = [rng.choice([pg.published(), pg.date(pg.day)])]


def no_date(pg: Page) -> None:
    pg.want = None


Change = Callable[[Page], None]
CLASSES: dict[str, Change] = {
    "date-at-end": date_at_end,
    "end+update": end_and_update,
    "ago-then-end": ago_then_end,
    "update-then-end": update_then_end,
    "update-first": update_first,
    "published-first": published_first,
    "today-then-end": today_then_end,
    "feed-over-headline": feed_over_headline,
    "no-date": no_date,
}


def probes(seed: int, classes: list[str] | None = None, each: int = 3) -> list[Probe]:
    out = []
    for cls, change in CLASSES.items():
        if classes and cls not in classes:
            continue
        for lang in LANGS:
            if lang.code not in PUBLISHED:
                continue
            for n in range(each):
                pg = Page(lang, random.Random(f"{seed}/{cls}/{lang.code}/{n}"))
                change(pg)
                label = {"title": pg.headline, "published": pg.want, "author": pg.author}
                out.append(Probe(f"{cls}/{lang.code}/{n}", pg.lines(), label))
    return out


def main(argv: list[str] | None = None) -> int:
    return run_probes(__doc__, CLASSES, 43, probes, argv)


if __name__ == "__main__":
    sys.exit(main())
