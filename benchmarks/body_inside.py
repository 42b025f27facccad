"""Where the body ends when something sits inside the story, on fresh made-up pages in seven languages.

    python -m benchmarks.body_inside [--out DIR] [--seed N] [--per N] [--misses] [--shapes S ...]

body_trailers varies what comes under a story; this varies what sits inside it and over it (issue 14's
classes where the text stops too early): a picture's caption and its credit between two paragraphs, an
ad slot's label, a crosshead, another story's card, a list nobody announced, a byline with the writer's
job, a byline over the headline; the story ends on a long paragraph, a short one or a quote, and one of
body_trailers' trailers, or a cookie banner, follows it. Prints body_end (and body_start) per shape,
language and ending; --misses lists each miss with its side ([short]: the text stopped early).
The stories are body_inside_words' (written for this benchmark, apart from body_trailers' own).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .body_inside_words import AD_LABELS, CARDS, COOKIES, STORIES
from .body_trailer_kinds import TRAILERS
from .body_trailers import BY, MENU
from .madeup_sets import end_miss, options, report, write_seeded

SHAPES = ("plain", "caption", "ad", "subhead", "card", "list", "role", "above")
ENDINGS = ("long", "short", "quote")


def _paragraphs(s: dict[str, Any], rng: random.Random, ending: str) -> tuple[list[list[str]], str, str]:
    """The story's paragraphs (each a block of lines), its first and last line."""
    sentences = rng.sample(s["sentences"], len(s["sentences"]))
    blocks: list[list[str]] = []
    for k in range(rng.randint(3, 4)):
        take = 2 if k == 0 else rng.randint(1, 2)
        blocks.append([" ".join(sentences[:take])])
        sentences = sentences[take:]
    if ending == "short":
        blocks.append([rng.choice(s["short"])])
    elif ending == "quote":
        blocks.append([rng.choice(s["quotes"])])
    return blocks, blocks[0][0], blocks[-1][-1]


def _inside(shape: str, lang: str, s: dict[str, Any], rng: random.Random) -> list[str]:
    """What the shape puts between two paragraphs of the story."""
    if shape == "caption":
        caption, credit = rng.choice(s["captions"]), rng.choice(s["credits"])
        return rng.choice([[caption, credit], [credit, caption], [f"{caption} {credit}"], [caption]])
    if shape == "ad":
        return [rng.choice(AD_LABELS[lang])]
    if shape == "subhead":
        return [rng.choice(s["subheads"])]
    if shape == "card":
        labels, headlines = CARDS[lang]
        label, headline = rng.choice(labels), rng.choice(headlines)
        return rng.choice([[f"{label}: {headline}"], [label, headline]])
    if shape == "list":
        return list(s["items"])
    return []


def _fill(lines: list[str], s: dict[str, Any]) -> list[str]:
    name = str(s["name"])
    email = "redaktion@" + "".join(c for c in str(s["site"]).lower() if c.isalnum()) + ".example"
    return [line.format(name=name, site=s["site"], email=email, first=name.split()[0]) for line in lines]


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    s = STORIES[lang]
    blocks, first, last = _paragraphs(s, rng, ending)
    byline = f"{BY[lang]} {s['name']}"
    if shape == "role":
        byline = f"{s['name']}, {s['role']}" if rng.random() < 0.5 else f"{byline}, {s['role']}"
    top = [str(s["site"]), *MENU[lang], ""]
    if shape == "above":
        head = [*top, byline, str(s["date"]), "", str(s["title"]), ""]
    else:
        head = [*top, str(s["title"]), "", byline, str(s["date"]), ""]
    inside = _inside(shape, lang, s, rng)
    at = rng.randint(1, len(blocks) - 1) if inside else -1
    body: list[str] = []
    for k, block in enumerate(blocks):
        if k == at:
            body += [*inside, ""]
        body += [*block, ""]
    trailer: list[str] = []
    if rng.random() < 0.25:
        trailer += [*rng.choice(COOKIES[lang]), ""]
    for kind in rng.sample([k for k in TRAILERS if k != "footer"], rng.randint(1, 2)):
        trailer += [*_fill(rng.choice(TRAILERS[kind][lang]), s), ""]
    if rng.random() < 0.5:
        trailer += _fill(rng.choice(TRAILERS["footer"][lang]), s)
    if rng.random() < 0.25:
        trailer += ["", *rng.choice(COOKIES[lang])]
    label = {"title": s["title"], "body_first": first, "body_last": last}
    return "\n".join(head + body + trailer).rstrip() + "\n", label


def write_set(out: Path, seed: int, per: int, shapes: list[str]) -> list[dict[str, Any]]:
    return write_seeded(out, seed, shapes, STORIES, per, ENDINGS, make_page)


def _groups(label: dict[str, Any]) -> list[str]:
    shape, lang, _n, ending = label["file"][:-4].split("-")
    return [f"shape {shape}", f"lang {lang}", f"ending {ending}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-inside", 40, 6, "pages per shape and language")
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.shapes)
    return report(args.out, labels, _groups, end_miss, args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
