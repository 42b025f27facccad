"""Where the body ends on made-up article copies with many kinds of trailer, in several languages.

    python -m benchmarks.body_trailers [--out DIR] [--seed N] [--per N] [--misses] [--kinds K ...]

Writes made-up pages (a site's name and menu, a headline, a byline, a date, a story of several
paragraphs with subheads, quotes and lists inside it, then one trailer block of the kind under test,
sometimes more blocks and a footer under it) and their labels.json to DIR (default
/tmp/body-trailers), parses each page in process and prints body_end (and body_start) per trailer
kind, per language and per way the story ends (a long paragraph, a short one, a quote, a list).
The same pages score with `/work/shared/tools/score_pages.py DIR --labels DIR/labels.json`.
Every word comes from body_trailer_words and body_trailer_kinds (written for this benchmark).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .body_trailer_kinds import TRAILERS
from .body_trailer_words import INSERTS, STORIES
from .madeup_sets import end_miss, options, pages_by_shape, report, start_miss, write_pages

BY = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por", "nl": "Door"}
MENU = {
    "en": ["Home", "News", "Region", "Sport"],
    "de": ["Startseite", "Nachrichten", "Region", "Sport"],
    "fr": ["Accueil", "Actualit\u00e9", "R\u00e9gion", "Sport"],
    "es": ["Portada", "Noticias", "Local", "Deportes"],
    "it": ["Home", "Cronaca", "Provincia", "Sport"],
    "pt": ["In\u00edcio", "Not\u00edcias", "Regi\u00e3o", "Desporto"],
    "nl": ["Home", "Nieuws", "Regio", "Sport"],
}
ENDINGS = ("long", "short", "quote", "list")


def _story(lang: str, rng: random.Random, ending: str) -> tuple[list[list[str]], str, str]:
    """The story's blocks (a paragraph, a subhead, a list: each its lines), its first and last words."""
    s = STORIES[lang]
    sentences = list(s["sentences"])
    rng.shuffle(sentences)
    subheads, quotes = rng.sample(s["subheads"], len(s["subheads"])), rng.sample(s["quotes"], len(s["quotes"]))
    blocks: list[list[str]] = []
    count = rng.randint(3, 4)
    for k in range(count):
        take = 2 if k == 0 else rng.randint(1, 2)  # a lead of two sentences: a one-sentence one reads as a dek
        para, sentences = sentences[:take], sentences[take:]
        if k and subheads and rng.random() < 0.3:
            blocks.append([subheads.pop()])
        blocks.append([" ".join(para)])
        if k and len(quotes) > 1 and rng.random() < 0.25:
            blocks.append([quotes.pop()])
    if ending != "list" and rng.random() < 0.3:  # (a list inside the text, or one ending it: not the same twice)
        blocks.insert(rng.randint(1, len(blocks) - 1), list(s["items"]))
    if ending == "short":
        blocks.append([rng.choice(s["short"])])
    elif ending == "quote":
        blocks.append([quotes.pop()])
    elif ending == "list":
        blocks.append([sentences[0].rstrip(".") + ":"])
        blocks.append(list(s["items"]))
    first = blocks[0][0]
    last = blocks[-1][-1].lstrip("- ")
    return blocks, first, last


def _fill(lines: list[str], lang: str) -> list[str]:
    s = STORIES[lang]
    name = str(s["name"])
    email = "redaktion@" + str(s["site"]).lower().replace(" ", "") + ".example"
    return [line.format(name=name, site=s["site"], email=email, first=name.split()[0]) for line in lines]


def make_page(lang: str, kind: str, ending: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    s = STORIES[lang]
    blocks, first, last = _story(lang, rng, ending)
    head = [str(s["site"]), *MENU[lang], "", str(s["title"]), "", f"{BY[lang]} {s['name']}", str(s["date"]), ""]
    extras = INSERTS[lang]
    caption: str | bool = rng.random() < 0.5
    if caption:  # a picture's caption (and its credit) between the byline and the text, in several layouts
        words, credit = rng.choice(extras["captions"]), rng.choice(extras["credits"])
        layout = rng.randrange(4)
        caption = ("caption+credit", "credit+caption", "caption(credit)", "caption-alone")[layout]
        if layout == 0:
            head += [words, credit, ""]
        elif layout == 1:
            head += [credit, words, ""]
        elif layout == 2:
            head += [f"{words} {credit}", ""]
        else:
            head += [words, ""]
    card_at = rng.randint(1, len(blocks) - 1) if len(blocks) > 2 and rng.random() < 0.5 else None
    body: list[str] = []
    for k, block in enumerate(blocks):
        if k == card_at:  # another story's card inside the text: its label and headline, one line or two
            label, headline = rng.choice(extras["labels"]), rng.choice(extras["headlines"])
            body += [f"{label}: {headline}", ""] if rng.random() < 0.5 else [label, headline, ""]
        body += [*block, ""]
    trailer = [*_fill(rng.choice(TRAILERS[kind][lang]), lang), ""]
    others = [k for k in TRAILERS if k not in (kind, "footer")]
    for extra in rng.sample(others, rng.randint(0, 2)):
        trailer += [*_fill(rng.choice(TRAILERS[extra][lang]), lang), ""]
    if kind != "footer" and rng.random() < 0.5:
        trailer += _fill(rng.choice(TRAILERS["footer"][lang]), lang)
    label = {
        "title": s["title"],
        "body_first": first,
        "body_last": last,
        "caption": caption,
        "card": card_at is not None,
    }
    return "\n".join(head + body + trailer).rstrip() + "\n", label


def write_set(out: Path, seed: int, per: int, kinds: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(seed)

    def make(lang: str, shape: str, ending: str) -> tuple[str, dict[str, Any]]:
        return make_page(lang, shape, ending, rng)

    return write_pages(out, pages_by_shape(kinds, STORIES, per, ENDINGS, make))


def _groups(label: dict[str, Any]) -> list[str]:
    kind, lang, _n, ending = label["file"][:-4].split("-")
    return [f"kind {kind}", f"lang {lang}", f"ending {ending}", f"caption {label['caption']}", f"card {label['card']}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-trailers", 14, 4, "pages per kind and language")
    ap.add_argument("--kinds", nargs="*", default=list(TRAILERS))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.kinds)
    return report(args.out, labels, _groups, lambda *a: end_miss(*a) + start_miss(*a), args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
