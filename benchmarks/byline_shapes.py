"""Made-up page copies of the byline shapes session 43 read (issue 14), author scored by shape and by language:
the writer's job before the name (one writer or two), a name with its job in brackets or after a dash, a name with a
journalist's job over the headline, a writer's card over the headline (a name and a job, or two names), a name alone
under the date and a row of share buttons, the audio's voice under its label over the byline, a list of other
stories with their writers over the headline (the page's byline under it, or none: null is right), a dashed signature
with the writer's job under the text, and "By" glued to its date.

    python -m benchmarks.byline_shapes [--seed N] [--per N] [--out DIR] [--misses]

Words from benchmarks.byline_shape_words (seven languages, invented sites and names), all pages from one random
stream of the seed (madeup_sets.write_seeded), scored as score_pages.py scores them. Seed 4343 is the development
seed; 4444 is kept for a final figure.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from .byline_shape_words import FAMILY, GIVEN, WORDS
from .madeup_sets import Label, options, print_table, score_set, write_seeded

Lines = tuple[list[str], list[str], list[str], list[str], str | None]  # over the headline, under it, after the text,
# over the whole page, the label's author


def _names(rng: random.Random) -> tuple[str, str]:
    given, family = rng.sample(GIVEN, 2), rng.sample(FAMILY, 2)
    return f"{given[0]} {family[0]}", f"{given[1]} {family[1]}"


def _job_first(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    r1, r2 = rng.sample(w["roles"], 2)
    if rng.random() < 0.5:
        return [], [f"{r1} {a}", w["date"]], [], [], a
    return [], [f"{r1} {a} {w['and_']} {r2.lower()} {b}", w["date"]], [], [], f"{a}, {b}"


def _job_beside(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    role = rng.choice(w["roles"])
    line = rng.choice([f"{a} ({role})", f"{a} — {role}", f"{a}, {role} · {w['date']} · {w['mins']}"])
    return [], [line] + ([] if w["date"] in line else [w["date"]]), [], [], a


def _over_headline(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    return [f"{a}, {rng.choice(w['roles'])}"], [w["date"]], [], [], a


def _card_over(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    r1 = rng.choice(w["roles"])
    if rng.random() < 0.5:
        return [a, r1, w["date"], ""], [], [], [], a
    return [a, b, w["mins"], ""], [w["date"]], [], [], f"{a}, {b}"


def _under_buttons(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    return [], [w["date"], w["share"], a], [], [], a


def _voice(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    return [], [w["listen"], w["voice"].format(b), w["by"].format(a), w["date"]], [], [], a


def _list_over(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    # other stories' headlines (seven words of a paragraph, no full stop), each with its writer and date
    others = [" ".join(w["paras"][k].rstrip(".").split()[:7]) for k in (2, 3)]
    items = [w["more"], others[0], f"{b} · {w['date']}", others[1], f"{a.split()[0]} {b.split()[1]} · {w['date']}", ""]
    if rng.random() < 0.5:
        return [], [w["by"].format(a), w["date"]], [], items, a
    return [], [w["date"]], [], items, None


def _dashed_job(w: dict, a: str, b: str, rng: random.Random) -> Lines:
    return [], [w["date"]], [f"— {a}, {rng.choice(w['roles'])}"], [], a


SHAPES: dict[str, Callable[[dict, str, str, random.Random], Lines]] = {
    "job_first": _job_first,
    "job_beside": _job_beside,
    "over_headline": _over_headline,
    "card_over": _card_over,
    "under_buttons": _under_buttons,
    "voice": _voice,
    "list_over": _list_over,
    "dashed_job": _dashed_job,
}


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, Label]:
    w = WORDS[lang]
    a, b = _names(rng)
    over, under, after, page_top, author = SHAPES[shape](w, a, b, rng)
    headline = w["head"][0]
    text = [x for p in w["paras"] for x in (p, "")]
    lines = [w["site"], w["menu"], "", *page_top, *over, headline, *under, "", *text, *after]
    lines += ["", w["share"], "", f"© 2026 {w['site']}"]
    return "\n".join(lines), {"title": headline, "author": author}


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__ or "", "/tmp/byline-shapes", 4343, 3, "pages per shape and language")
    args = ap.parse_args(argv)
    labels = write_seeded(args.out, args.seed, SHAPES, WORDS, args.per, ("p",), make_page)
    tally, misses = score_set(
        args.out,
        labels,
        lambda label: (label["file"].split("-")[0], f"lang {label['file'].split('-')[1]}"),
        lambda label, scores, _: [] if scores["author"] else [f"  {label['file']}"],
        ("author", "title"),
    )
    print_table(tally, ("author", "title"))
    if args.misses:
        print("misses:", *misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
