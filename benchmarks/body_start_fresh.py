"""Where the body starts on fresh made-up copies, by the held-out classes that fall short (issue 14, session 42).

    python -m benchmarks.body_start_fresh [--out DIR] [--seed N] [--per N] [--classes C ...] [--misses]

The classes the reviewer's H13 names (the byline after the first paragraph, the date only at the end, a
caption after the first paragraph, the date above the headline, a standfirst, a bare-name byline, an ad's
line or a video player or a "read also" line in the story, a today's-date line over the page, no date, the
date split from its time, a one-line menu) and review W81's short first paragraph telling what someone said,
each page drawing a standfirst, a lead picture and a lead of one sentence by chance (the tags). The words are
body_start_fresh_words (written afresh, none from body_start_words). Seed 42 is the dev seed; keep another
(e.g. 4242) for a final figure nobody tuned on. Writes DIR (default /tmp/body-start-fresh) with labels.json.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from .body_start_fresh_words import EXTRA, FRESH
from .body_starts import LAYOUTS, Page
from .madeup_sets import options, report, write_pages

Built = tuple[list[str], dict[str, Any], list[str]]  # lines, label, tags


class FreshPage(Page):
    """body_starts' page over the fresh words, with the chance furniture every class may draw."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.words = FRESH[lang]
        self.extra = EXTRA[lang]
        self.rng = rng
        k = rng.randrange(len(self.words["stories"]))
        self.story = self.words["stories"][k]
        self.speech = self.extra["speech"][k]
        self.names = rng.sample(self.words["names"], 3)
        self.lead = self.story["paragraphs"][0]
        self.tags: list[str] = []
        self.first: str | None = None
        if rng.random() < 0.25:
            self.tags.append("short-lead")
            self.first = self.lead.split(". ")[0].rstrip(".") + "."

    def site(self) -> list[str]:
        return [self.extra["site"], *self.words["menu"], ""]

    def chance(self, tag: str, p: float) -> bool:
        if self.rng.random() < p:
            self.tags.append(tag)
            return True
        return False

    def standfirst(self, p: float = 0.25) -> list[str]:
        return [self.story["dek"], ""] if self.chance("standfirst", p) else []

    def picture(self, p: float = 0.3) -> list[str]:
        if not self.chance("picture", p):
            return []
        return self.caption(self.rng.choice(LAYOUTS))

    def body(self) -> list[str]:
        return self.text(lead=self.first)

    def built(self, lines: list[str]) -> Built:
        return lines, self.label(self.first), self.tags


def _head(p: FreshPage, by: list[str] | None = None, when: list[str] | None = None) -> list[str]:
    """The headline, the byline and date, a standfirst over or under them by chance, the lead picture."""
    by = p.byline() if by is None else by
    when = p.date() if when is None else when
    stand = p.standfirst()
    over = p.rng.random() < 0.5
    return [p.story["title"], "", *(stand if over else []), *by, *when, "", *([] if over else stand), *p.picture()]


def _speech_lead(p: FreshPage) -> Built:
    """W81: a short first paragraph telling what someone said, then the lead telling the headline's news."""
    p.first = p.speech
    text = p.text(lead=p.speech)
    text[2:2] = [p.lead, ""]  # (the lead under it, then the rest)
    return p.built([*p.site(), *_head(p), *text, *p.end()])


def _byline_after_lead(p: FreshPage) -> Built:
    text = p.body()
    by = [f"{p.words['by']} {p.names[0]}" if p.rng.random() < 0.5 else p.names[0], ""]
    head = [p.story["title"], "", *p.date(), "", *p.standfirst(), *p.picture()]
    return p.built([*p.site(), *head, *text[:2], *by, *text[2:], *p.end()])


def _date_at_end(p: FreshPage) -> Built:
    return p.built([*p.site(), *_head(p, when=[]), *p.body(), *p.date(), "", *p.end()])


def _caption_after_lead(p: FreshPage) -> Built:
    text = p.body()
    layout = p.rng.choice(("caption/credit", "credit/caption", "caption-alone", "caption(credit)"))
    return p.built([*p.site(), *_head(p), *text[:2], *p.caption(layout), *text[2:], *p.end()])


def _date_over_headline(p: FreshPage) -> Built:
    head = [*p.date(), *_head(p, when=[])]
    return p.built([*p.site(), *head, *p.body(), *p.end()])


def _standfirst(p: FreshPage) -> Built:
    p.tags.append("standfirst")
    stand = [p.story["dek"], ""]
    if p.rng.random() < 0.5:
        head = [p.story["title"], "", *stand, *p.byline(), *p.date(), "", *p.picture(0.4)]
    else:
        head = [p.story["title"], "", *p.byline(), *p.date(), "", *stand, *p.picture(0.4)]
    return p.built([*p.site(), *head, *p.body(), *p.end()])


def _bare_name(p: FreshPage) -> Built:
    return p.built([*p.site(), *_head(p, by=[p.names[0]]), *p.body(), *p.end()])


def _ad_line(p: FreshPage) -> Built:
    text, ad = p.body(), [p.rng.choice(p.extra["ads"]), ""]
    if p.rng.random() < 0.3:
        return p.built([*p.site(), *_head(p), *ad, *text, *p.end()])
    at = p.rng.choice((2, 4))
    return p.built([*p.site(), *_head(p), *text[:at], *ad, *text[at:], *p.end()])


def _read_also(p: FreshPage) -> Built:
    text = p.body()
    label, other = p.rng.choice(p.words["link_labels"]), p.rng.choice(p.words["headlines"])
    card = [p.rng.choice((f"{label}: {other}", f"{label.upper()} {other}", f"{label} | {other}")), ""]
    return p.built([*p.site(), *_head(p), *text[:2], *card, *text[2:], *p.end()])


def _video(p: FreshPage) -> Built:
    text, player = p.body(), [*p.rng.choice(p.extra["video"]), ""]
    if p.rng.random() < 0.4:
        return p.built([*p.site(), *_head(p), *player, *text, *p.end()])
    return p.built([*p.site(), *_head(p), *text[:2], *player, *text[2:], *p.end()])


def _today_top(p: FreshPage) -> Built:
    x, r = p.extra, p.rng
    today = x["today"].format(w=r.choice(x["weekdays"]), d=r.randint(2, 27), m=r.choice(p.words["months"]), y=2031)
    when = p.date() if r.random() < 0.5 else []
    return p.built([today, "", *p.site(), *_head(p, when=when), *p.body(), *p.end()])


def _no_date(p: FreshPage) -> Built:
    return p.built([*p.site(), *_head(p, when=[]), *p.body(), *p.end()])


def _date_time_split(p: FreshPage) -> Built:
    r = p.rng
    clock = f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}"
    return p.built([*p.site(), *_head(p, when=[*p.date(), clock]), *p.body(), *p.end()])


def _menu_line(p: FreshPage) -> Built:
    sep = p.rng.choice((" | ", " · ", "  "))
    site = [p.extra["site"], sep.join(p.words["menu"]), ""]
    return p.built([*site, *_head(p), *p.body(), *p.end()])


CLASSES: dict[str, Callable[[FreshPage], Built]] = {
    "speech-lead": _speech_lead,
    "byline-after-lead": _byline_after_lead,
    "date-at-end": _date_at_end,
    "caption-after-lead": _caption_after_lead,
    "date-over-headline": _date_over_headline,
    "standfirst": _standfirst,
    "bare-name": _bare_name,
    "ad-line": _ad_line,
    "read-also": _read_also,
    "video": _video,
    "today-top": _today_top,
    "no-date": _no_date,
    "date-time-split": _date_time_split,
    "menu-line": _menu_line,
}


def write_set(out: Any, seed: int, per: int, classes: list[str], langs: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(seed)

    def pages() -> Iterator[tuple[str, str, dict[str, Any]]]:
        for name in classes:
            for lang in langs:
                for n in range(per):
                    lines, label, tags = CLASSES[name](FreshPage(lang, rng))
                    yield f"{name}.{lang}.{n}.txt", "\n".join(lines), {**label, "tags": tags}

    return write_pages(out, pages())


def _groups(label: dict[str, Any]) -> list[str]:
    name, lang, _n = label["file"][:-4].split(".")
    return [f"class {name}", f"lang {lang}", *(f"tag {t}" for t in label["tags"])]


def _start_miss(label: dict[str, Any], scores: dict[str, Any], body: list[str]) -> list[str]:
    if scores["body_start"]:
        return []
    return [f"  {label['file']} {label['tags']} starts: {(body or [''])[0][:100]!r}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-start-fresh", 42, 4, "pages per class and language")
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    ap.add_argument("--langs", nargs="*", default=list(FRESH))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.classes, args.langs)
    return report(args.out, labels, _groups, _start_miss, args.misses, ("body_end", "body_start"), 26)


if __name__ == "__main__":
    raise SystemExit(main())
