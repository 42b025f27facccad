"""Where the body starts on made-up article copies, by class of page and language (issue 14).

    python -m benchmarks.body_starts [--out DIR] [--seed N] [--per N] [--classes C ...] [--langs L ...] [--misses]

Writes made-up pages (a site's name and menu, a headline, a byline, a date, then the shape under test
between the header and the story, or around them: a lead picture's caption and credit in several
layouts, a standfirst, a standfirst over a caption and a "(c) Name" credit, lines of links inside the
text, a byline over several lines, no date, a relative date, a list of other stories over the
headline, a cookie banner, a lead of one short sentence) and their labels.json to DIR (default
/tmp/body-starts), parses each page in process and prints body_start (and body_end) per class, per
language and per caption layout. The same pages score with
`/work/shared/tools/score_pages.py DIR --labels DIR/labels.json`.
Every word comes from body_start_words (written for this benchmark). Seed 14 is the dev seed; keep
another (e.g. 4040) for a final figure nobody tuned on.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .body_start_more import MORE_CLASSES
from .body_start_words import LANGS, Lang, Story
from .madeup_sets import options, report, write_pages

SITES = {
    "en": "The Valley Courier",
    "de": "Talbote",
    "fr": "Le Courrier du Val",
    "es": "El Correo del Valle",
    "it": "Il Corriere della Valle",
    "pt": "Correio do Vale",
    "nl": "Dalbode",
}
FIRST_CHARS = 60  # a label's body_first: the lead's first characters, as the labelled sets give it
LAYOUTS = (
    "caption/credit",
    "credit/caption",
    "caption(credit)",
    "caption|credit",
    "media/caption/credit",
    "caption-alone",
    "caption/blank/credit",
    "copyright/caption",
)


class Page:
    """One page's pieces, chosen once; a class sets them out."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.words: Lang = LANGS[lang]
        self.rng = rng
        self.story: Story = rng.choice(self.words["stories"])
        self.names = rng.sample(self.words["names"], 3)
        self.lead = self.story["paragraphs"][0]

    def site(self) -> list[str]:
        return [SITES[self.lang], *self.words["menu"], ""]

    def byline(self) -> list[str]:
        return [f"{self.words['by']} {self.names[0]}"]

    def date(self) -> list[str]:
        w = self.words
        day = self.rng.randint(2, 27)
        return [w["date"].format(d=day, m=self.rng.choice(w["months"]), y=2026)]

    def credit(self) -> str:
        w, r = self.words, self.rng
        name, agency = self.names[2], r.choice(w["agencies"])
        forms = (
            f"{r.choice(w['photo'])}{name}",
            f"{r.choice(w['photo'])}{name} / {agency}",
            f"{name}/{agency}",
            f"© {name}",
            f"{r.choice(w['photo'])}{agency}",
        )
        return r.choice(forms)

    def caption(self, layout: str) -> list[str]:
        words = self.rng.choice(self.story["captions"])
        credit = self.credit()
        bare = words.rstrip(".")
        if layout == "caption/credit":
            return [words, credit, ""]
        if layout == "credit/caption":
            return [credit, words, ""]
        if layout == "caption(credit)":
            return [f"{bare} ({credit})", ""]
        if layout == "caption|credit":
            return [f"{bare}. {credit}" if self.rng.random() < 0.5 else f"{bare} | {credit}", ""]
        if layout == "media/caption/credit":
            return [self.rng.choice(self.words["media"]), words, credit, ""]
        if layout == "caption-alone":
            return [words, ""]
        if layout == "caption/blank/credit":
            return [words, "", credit, ""]
        return [f"© {self.names[2]}", words, ""]  # copyright/caption

    def text(self, lead: str | None = None, links_after: int | None = None) -> list[str]:
        paragraphs = [lead or self.lead, *self.story["paragraphs"][1:]]
        out: list[str] = []
        for k, para in enumerate(paragraphs):
            out += [para, ""]
            if k == links_after:
                out += self.links()
        return out

    def links(self) -> list[str]:
        """Lines of links inside the text: a card's label and headline(s), in one of several forms."""
        w, r = self.words, self.rng
        label, heads = r.choice(w["link_labels"]), r.sample(w["headlines"], 2)
        form = r.randrange(3)
        if form == 0:
            return [f"{label}: {heads[0]}", ""]
        if form == 1:
            return [label, heads[0], heads[1], ""]
        return [f"» {heads[0]}", f"» {heads[1]}", ""]

    def end(self) -> list[str]:
        w = self.words
        return [w["link_labels"][0], *self.rng.sample(w["headlines"], 3), "", "© 2026 " + self.site()[0]]

    def label(self, first: str | None = None) -> dict[str, Any]:
        first = first or self.lead
        return {
            "title": self.story["title"],
            "body_first": first[:FIRST_CHARS],
            "body_last": self.story["paragraphs"][-1][:FIRST_CHARS],
        }


Built = tuple[list[str], dict[str, Any], str]  # lines, label, the caption's layout (or "none")


def _lead_picture(p: Page, chance: float) -> tuple[list[str], str]:
    if p.rng.random() >= chance:
        return [], "none"
    layout = p.rng.choice(LAYOUTS)
    return p.caption(layout), layout


def _plain(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.0)
    return [*p.site(), p.story["title"], "", *p.byline(), *p.date(), "", *pic, *p.text(), *p.end()], p.label(), layout


def _caption(p: Page) -> Built:
    pic, layout = _lead_picture(p, 1.0)
    lines = [*p.site(), p.story["title"], "", *p.byline(), *p.date(), "", *pic, *p.text(), *p.end()]
    return lines, p.label(), layout


def _standfirst(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", p.story["dek"], "", *p.byline(), *p.date(), ""]
    if p.rng.random() < 0.5:  # the standfirst under the byline and date
        head = [p.story["title"], "", *p.byline(), *p.date(), "", p.story["dek"], ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _standfirst_copyright(p: Page) -> Built:
    """W49: a standfirst over a caption and a "(c) Name" credit."""
    words = p.rng.choice(p.story["captions"])
    head = [p.story["title"], "", *p.byline(), *p.date(), "", p.story["dek"], "", words, f"© {p.names[2]}", ""]
    return [*p.site(), *head, *p.text(), *p.end()], p.label(), "caption/credit"


def _picture_over_byline(p: Page) -> Built:
    """The headline, a standfirst and the lead picture over the byline and the date, then the text."""
    pic, layout = _lead_picture(p, 1.0)
    head = [p.story["title"], *([""] if p.rng.random() < 0.5 else []), p.story["dek"], "", *pic, *p.byline(), *p.date()]
    return [*p.site(), *head, "", *p.text(), *p.end()], p.label(), layout


def _split_links(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    return [*p.site(), *head, *pic, *p.text(links_after=0), *p.end()], p.label(), layout


def _short_lead_links(p: Page) -> Built:
    """A lead of one sentence, then lines of links, then the rest of the text."""
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    lead = p.lead.split(". ")[0] + "."
    return [*p.site(), *head, *pic, *p.text(lead=lead, links_after=0), *p.end()], p.label(lead), layout


def _byline_several(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    w, (a, b, c) = p.words, p.names
    form = p.rng.randrange(3)
    if form == 0:
        by = [f"{w['by']} {a}, {b}", f"{w['and_']} {c}"]
    elif form == 1:
        by = [w["by"], a, b, c]
    else:
        by = [f"{w['by']} {a},", f"{b} {w['and_']} {c}"]
    head = [p.story["title"], "", *by, *p.date(), ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _no_date(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", *p.byline(), ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _relative_date(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", *p.byline(), p.rng.choice(p.words["relative"]), ""]
    return [*p.site(), *head, *pic, *p.text(), *p.end()], p.label(), layout


def _list_above(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    above = [*p.rng.sample(p.words["headlines"], 4), ""]
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    return [*p.site(), *above, *head, *pic, *p.text(), *p.end()], p.label(), layout


def _cookie(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    banner = [*p.rng.choice(p.words["cookie"]), ""]
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    if p.rng.random() < 0.5:
        lines = [*banner, *p.site(), *head, *pic, *p.text(), *p.end()]
    else:  # the banner copied between the header and the text
        lines = [*p.site(), *head, *banner, *pic, *p.text(), *p.end()]
    return lines, p.label(), layout


def _short_lead(p: Page) -> Built:
    pic, layout = _lead_picture(p, 0.4)
    head = [p.story["title"], "", *p.byline(), *p.date(), ""]
    # a lead of one sentence: the usual lead's first, or a few words
    lead = p.lead.split(". ")[0] + "." if p.rng.random() < 0.6 else p.story["short_lead"]
    return [*p.site(), *head, *pic, *p.text(lead=lead), *p.end()], p.label(lead), layout


def _mixed(p: Page) -> Built:
    """Several of the shapes above on one page, each by chance (the held-out pages mix them); the label's
    "tags" name those drawn."""
    r, w = p.rng, p.words
    tags = [t for t, chance in MIXED.items() if r.random() < chance]
    a, b, c = p.names
    by = [f"{w['by']} {a}, {b}", f"{w['and_']} {c}"] if "byline-several" in tags else p.byline()
    when = [] if "no-date" in tags else [r.choice(w["relative"])] if "relative-date" in tags else p.date()
    head = [p.story["title"], ""]
    if "standfirst" in tags:
        head += [p.story["dek"], ""]
    head += [*by, *when, ""]
    above = [*r.sample(w["headlines"], 4), ""] if "list-above" in tags else []
    banner = [*r.choice(w["cookie"]), ""] if "cookie" in tags else []
    pic, layout = _lead_picture(p, 1.0 if "picture" in tags else 0.0)
    lead = p.lead.split(". ")[0] + "." if "short-lead" in tags else None
    text = p.text(lead=lead, links_after=0 if "split-links" in tags else None)
    lines = [*banner, *p.site(), *above, *head, *pic, *text, *p.end()]
    return lines, {**p.label(lead), "tags": tags}, layout


MIXED = {
    "picture": 0.5,
    "standfirst": 0.3,
    "split-links": 0.3,
    "byline-several": 0.2,
    "no-date": 0.15,
    "relative-date": 0.2,
    "list-above": 0.2,
    "cookie": 0.2,
    "short-lead": 0.25,
}

CLASSES: dict[str, Callable[[Page], Built]] = {
    "plain": _plain,
    "caption": _caption,
    "standfirst": _standfirst,
    "standfirst-copyright": _standfirst_copyright,
    "picture-over-byline": _picture_over_byline,
    "split-links": _split_links,
    "short-lead-links": _short_lead_links,
    "byline-several": _byline_several,
    "no-date": _no_date,
    "relative-date": _relative_date,
    "list-above": _list_above,
    "cookie": _cookie,
    "short-lead": _short_lead,
    "mixed": _mixed,
    **MORE_CLASSES,
}


def write_set(out: Path, seed: int, per: int, classes: list[str], langs: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(seed)

    def pages() -> Iterator[tuple[str, str, dict[str, Any]]]:
        for name in classes:
            for lang in langs:
                for n in range(per):
                    lines, label, layout = CLASSES[name](Page(lang, rng))
                    yield f"{name}.{lang}.{n}.txt", "\n".join(lines), {**label, "layout": layout}

    return write_pages(out, pages())


def _groups(label: dict[str, Any]) -> list[str]:
    name, lang, _n = label["file"][:-4].split(".")
    tags = [f"mixed {t}" for t in label.get("tags", ())]
    return [f"class {name}", f"lang {lang}", f"picture {label['layout']}", *tags]


def _start_miss(label: dict[str, Any], scores: dict[str, Any], body: list[str]) -> list[str]:
    if scores["body_start"]:
        return []
    return [f"  {label['file']} [{label['layout']}] starts: {(body or [''])[0][:100]!r}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-starts", 14, 6, "pages per class and language")
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    ap.add_argument("--langs", nargs="*", default=list(LANGS))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.classes, args.langs)
    return report(args.out, labels, _groups, _start_miss, args.misses, ("body_start", "body_end"), 30)


if __name__ == "__main__":
    raise SystemExit(main())
