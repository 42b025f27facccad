"""Made-up page copies that probe where a byline sits and what a name looks like (issue 14), author scored
by class and by language.

    python -m benchmarks.byline_probes [--seed N] [--per N] [--out DIR] [--misses]

Each class is one place or dress of a byline on an unseen page (a bare name, the name over its job, after the
first paragraph, under the lead picture's caption, a desk, a card after the text, the text's end only, a name
over two lines, several names over a team's line, CRLF line ends, the day's date over the site's name,
a caption or a gallery that credits someone else) and one with no byline at all (null is right there). The
pages are written from benchmarks.byline_probe_words (eight languages, invented sites, names and text), all
drawn from one random stream of the seed (madeup_sets.write_seeded), and scored as score_pages.py scores them.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from tuiarchive.parser import NotAnArticle, parse_file
from tuiarchive.parser.evaluate import score_page

from .byline_probe_words import WORDS, Words
from .madeup_sets import Label, options, write_seeded

BY_CODE = {w.code: w for w in WORDS}
FIELDS = ("author", "title", "date")


class Page:
    """The pieces of one page in one language; a class puts them in its order."""

    def __init__(self, w: Words, rng: random.Random) -> None:
        self.w, self.rng = w, rng
        self.site = rng.choice(w.sites)
        self.headline = rng.choice(w.headlines)
        self.day = date(2026, 1, 1) + timedelta(days=rng.randrange(330))
        self.names = self._names(3)

    def _names(self, n: int) -> list[str]:
        given = self.rng.sample(self.w.given, n)
        family = self.rng.sample(self.w.family, n)
        return [f"{g} {f}" for g, f in zip(given, family, strict=True)]

    @property
    def name(self) -> str:
        return self.names[0]

    def by(self, names: str | None = None) -> str:
        return self.w.by.format(names or self.name)

    def date_line(self, day: date | None = None) -> str:
        day = day or self.day
        w = self.w
        return w.date_form.format(w=w.weekdays[day.weekday()], d=day.day, m=w.months[day.month - 1], y=day.year)

    def numeric_date(self) -> str:
        return self.rng.choice([f"{self.day.day:02d}.{self.day.month:02d}.{self.day.year}", self.day.isoformat()])

    def top(self) -> list[str]:
        return [self.site, *self.w.menu, ""]

    def text(self, start: int = 0) -> list[str]:
        return [p for para in self.w.paragraphs[start:] for p in (para, "")]

    def end(self) -> list[str]:
        return ["", *self.w.share, "", f"© {self.day.year} {self.site}"]

    def caption(self) -> list[str]:
        other = self._names(4)[-1]  # a photographer who did not write the story
        return [self.rng.choice(self.w.captions), self.w.credit.format(f"{other}/{self.w.agency}")]

    def label(self, author: str | None) -> Label:
        return {"title": self.headline, "published": self.day.isoformat(), "author": author}


def _bare_name(p: Page) -> tuple[list[str], Label]:
    dated = p.rng.choice(["under", "over", "beside", "none"])
    head = [p.headline, p.rng.choice(p.w.standfirsts)] if p.rng.random() < 0.5 else [p.headline]
    if dated == "under":
        byline = [p.name, p.date_line()]
    elif dated == "over":
        byline = [p.date_line(), p.name]
    elif dated == "beside":
        byline = [f"{p.name} {p.rng.choice(['|', '·', '—'])} {p.numeric_date()}"]
    else:
        byline = [p.name]
    return [*p.top(), *head, *byline, "", *p.text(), *p.end()], p.label(p.name)


def _job_after(p: Page) -> tuple[list[str], Label]:
    name = p.rng.choice([p.name, p.by()])
    byline = [name, p.rng.choice(p.w.jobs)]
    lines = [*p.top(), p.headline, *byline, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _after_first_paragraph(p: Page) -> tuple[list[str], Label]:
    byline = p.rng.choice([[p.by()], [p.name], [p.name, p.rng.choice(p.w.jobs)], [f"{p.by()}, {p.w.agency}"]])
    first = p.text()[:2]
    lines = [*p.top(), p.headline, p.date_line(), "", *first, *byline, "", *p.text(1), *p.end()]
    return lines, p.label(p.name)


def _after_caption(p: Page) -> tuple[list[str], Label]:
    byline = p.rng.choice([[p.by()], [p.name], [p.by(), p.date_line()]])
    dated = [] if len(byline) == 2 else [p.date_line()]
    lines = [*p.top(), p.headline, *p.caption(), *byline, *dated, "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _desk(p: Page) -> tuple[list[str], Label]:
    desk = p.rng.choice(p.w.desks)
    line = p.rng.choice([desk, p.by(desk)])
    lines = [*p.top(), p.headline, line, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(desk)


def _card_at_end(p: Page) -> tuple[list[str], Label]:
    card = [p.name, p.rng.choice(p.w.jobs), p.w.bio.format(p.name.split()[0]), p.w.more_by.format(p.name)]
    lines = [*p.top(), p.headline, p.date_line(), "", *p.text(), *card, *p.end()]
    return lines, p.label(p.name)


def _end_only(p: Page) -> tuple[list[str], Label]:
    sign = p.rng.choice([p.by(), f"— {p.name}", p.name, f"{p.name}, {p.w.agency}"])
    lines = [*p.top(), p.headline, p.date_line(), "", *p.text(), sign, *p.end()]
    return lines, p.label(p.name)


def _split_name(p: Page) -> tuple[list[str], Label]:
    given, family = p.name.split(" ", 1)
    if " " in family or "." in given:  # (a particle or initials: the split goes after the given name still)
        pass
    byline = p.rng.choice([[given, family], [p.by(given).rstrip(), family], [p.by("").strip(), given, family]])
    lines = [*p.top(), p.headline, *byline, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _several_team(p: Page) -> tuple[list[str], Label]:
    names = p.names[:2]
    joined = f"{names[0]} {p.w.and_word} {names[1]}"
    block = p.rng.choice([[joined, p.rng.choice(p.w.team)], [p.by(joined), p.rng.choice(p.w.team)], [*names]])
    lines = [*p.top(), p.headline, *block, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(", ".join(names))


def _date_on_top(p: Page) -> tuple[list[str], Label]:
    today = p.day + timedelta(days=p.rng.randint(1, 40))
    byline = p.rng.choice([[p.by()], [p.name]])
    lines = [p.date_line(today), *p.top(), p.headline, *byline, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _credit_first_caption(p: Page) -> tuple[list[str], Label]:
    other = p._names(4)[-1]
    caption = f"{p.w.credit.format(other)} {p.rng.choice(p.w.captions)}"
    byline = p.rng.choice([p.by(), p.name])
    lines = [*p.top(), p.headline, caption, byline, p.date_line(), "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _gallery(p: Page) -> tuple[list[str], Label]:
    shots = []
    for k, caption in enumerate(p.w.captions, 1):
        other = p._names(4)[-1]
        shots += [f"{k} / {len(p.w.captions)}", caption, p.w.credit.format(other)]
    byline = p.rng.choice([[p.by()], [p.name, p.date_line()]])
    dated = [] if len(byline) == 2 else [p.date_line()]
    lines = [*p.top(), p.headline, *shots, *byline, *dated, "", *p.text(), *p.end()]
    return lines, p.label(p.name)


def _no_byline(p: Page) -> tuple[list[str], Label]:
    lines = [*p.top(), p.headline, p.date_line(), *p.caption(), "", *p.text(), *p.end()]
    return lines, p.label(None)


SHAPES = {
    "bare_name": _bare_name,
    "job_after": _job_after,
    "after_first_paragraph": _after_first_paragraph,
    "after_caption": _after_caption,
    "desk": _desk,
    "card_at_end": _card_at_end,
    "end_only": _end_only,
    "split_name": _split_name,
    "several_team": _several_team,
    "date_on_top": _date_on_top,
    "credit_first_caption": _credit_first_caption,
    "gallery": _gallery,
    "no_byline": _no_byline,
}
CRLF_SHARE = 0.2  # a page in five written with CRLF line ends (and its class tallied as "crlf" too)


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, Label]:
    lines, label = SHAPES[shape](Page(BY_CODE[lang], rng))
    crlf = rng.random() < CRLF_SHARE
    label["crlf"] = crlf
    return ("\r\n" if crlf else "\n").join(lines), label


def score(out: Path, labels: list[Label]) -> tuple[dict[str, dict[str, list[float]]], list[str]]:
    tally: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    misses = []
    for label in labels:
        try:
            got = parse_file(out / label["file"]).to_json()
        except NotAnArticle:
            got = {}
        scores = score_page(label, got)
        shape, lang = label["file"].split("-")[:2]
        groups = [shape, f"lang {lang}", "all", *(["crlf"] if label["crlf"] else [])]
        for key in groups:
            for field in FIELDS:
                tally[key][field].append(scores[field] or 0.0)
        if not scores["author"]:
            misses.append(f"  {label['file']}: got {got.get('author')!r}, want {label['author']!r}")
    return tally, misses


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__ or "", "/tmp/byline-probes", 4201, 3, "pages per class and language")
    args = ap.parse_args(argv)
    labels = write_seeded(args.out, args.seed, SHAPES, BY_CODE, args.per, ("p",), make_page)
    tally, misses = score(args.out, labels)
    print(f"{'group':<22} {'pages':>5} {'author':>7} {'title':>6} {'date':>6}")
    for key in sorted(tally, key=lambda k: (k != "all", k.startswith("lang"), k)):
        row = tally[key]
        figures = " ".join(f"{sum(row[f]) / len(row[f]):>{max(6, len(f))}.0%}" for f in FIELDS)
        print(f"{key:<22} {len(row['author']):>5} {figures}")
    if args.misses:
        print("misses:", *misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
