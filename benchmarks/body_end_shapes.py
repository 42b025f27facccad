"""Where the body ends on fresh made-up pages by the held-out set H13's classes of the end, two classes a page.

    python -m benchmarks.body_end_shapes [--out DIR] [--seed N] [--per N] [--misses] [--classes C ...]

Each page: a site's name and menu, a headline, a byline and a date (or the class's header: the date on the
breadcrumb line, a labelled date, a published/updated pair, the writer's job on the line under the byline,
a bare name, a caption right under the headline), a story of four to six paragraphs ending on a long one, a
short line or a quote (or cut by a paywall: the text stops at a subscription's block, its last paragraph
whole or broken off), a video player's lines or a block of figures inside it, then the class's lines under
the story (a tip line, a donation pitch, a "printed in" note, a note on method, a correction, a bio, a
"follow us" block, a labelled date or a published/updated pair), then a list of the site's stories (under a
section's name, or a section's label over each item) and the footer. Every page draws its class and one
more, so the classes mix as on real pages; body_end is tallied under both. Every word is
body_end_shape_words' (written for this benchmark); --bank 2 takes its second bank (another topic, other
words for every line under the story, five languages), a check on wording the fixes were not written
against; --bank 3 a third, written after the fixes for the second (three languages: en de es). Seed 42 is
the development seed; keep another for a figure nobody tuned on.
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path
from typing import Any

from .body_end_shape_words import STORIES, STORIES2, STORIES3
from .madeup_sets import end_miss, options, report, write_seeded

HEAD = ("crumbdate", "datelabel", "pubupd", "jobline", "barename", "headcaption")
INSIDE = ("video", "datablock", "paywall")
UNDER = ("tip", "donate", "printed", "method", "correction", "bio", "follow", "dateend", "pubupdend")
LISTS = ("labelled", "sectionhead")
CLASSES = (*HEAD, *INSIDE, *UNDER, *LISTS)
ENDINGS = ("long", "short", "quote")


def _fill(line: str, s: dict[str, Any]) -> str:
    email = "news@" + "".join(c for c in str(s["site"]).lower() if c.isalnum())[:10] + ".example"
    return line.format(name=s["name"], site=s["site"], email=email, date=s["date"], date2=s["date2"])


def _header(s: dict[str, Any], classes: set[str], rng: random.Random) -> list[str]:
    head = [str(s["site"]), *s["menu"], ""]
    if "crumbdate" in classes:
        head += [f"{s['crumbs']} \u00b7 {s['date']}", ""]
    head += [str(s["title"]), ""]
    if "headcaption" in classes:
        head += [str(s["head_caption"]), ""]
    head.append(str(s["name"]) if "barename" in classes else f"{s['by']} {s['name']}")
    if "jobline" in classes:
        head.append(str(s["job"]))
    if "pubupd" in classes:
        head += [f"{s['published']} {s['date']}, {s['time']}", f"{s['updated']} {s['date2']}"]
    elif "datelabel" in classes:
        head.append(f"{s['published']}: {s['date']}" if rng.random() < 0.5 else f"{s['published']} {s['date']}")
    elif "crumbdate" not in classes:
        head.append(str(s["date"]))
    return [*head, ""]


def _story(s: dict[str, Any], classes: set[str], ending: str, rng: random.Random) -> list[list[str]]:
    sentences = rng.sample(s["sentences"], len(s["sentences"]))
    count = 2 if "paywall" in classes else rng.randint(4, 5)
    blocks: list[list[str]] = []
    for k in range(count):
        take = 2 if k == 0 or rng.random() < 0.5 else 1
        blocks.append([" ".join(sentences[:take])])
        sentences = sentences[take:] or rng.sample(s["sentences"], len(s["sentences"]))
    if "paywall" in classes:
        if rng.random() < 0.5:  # the last paragraph broken off where the paywall starts
            blocks.append([str(s["cut"]) + rng.choice(["", " \u2026", "..."])])
    elif ending == "short":
        blocks.append([str(s["short"])])
    elif ending == "quote":
        blocks.append([str(s["quote"])])
    at = rng.randint(1, len(blocks) - 1)
    if "video" in classes:
        blocks.insert(at, list(s["video"]))
    if "datablock" in classes:
        blocks.insert(rng.randint(1, len(blocks) - 1), list(s["data"]))
    return blocks


def _under(s: dict[str, Any], classes: set[str], rng: random.Random) -> list[str]:
    lines: list[str] = []
    if "paywall" in classes:
        lines += [*rng.choice(s["paywall"]), ""]
    for name in UNDER:
        if name not in classes:
            continue
        if name == "dateend":
            lines.append(f"{s['published']}: {s['date']}")
        elif name == "pubupdend":
            lines += [f"{s['published']} {s['date']}", f"{s['updated']} {s['date2']}"]
        elif name == "follow":
            lines += list(s["follow"])
        else:
            lines.append(_fill(rng.choice(s[name]), s))
        lines.append("")
    return lines


def _related(s: dict[str, Any], classes: set[str], rng: random.Random) -> list[str]:
    labelled = "labelled" in classes or ("sectionhead" not in classes and rng.random() < 0.5)
    lines = [] if labelled else [str(rng.choice(s["sections"]))]
    for k, headline in enumerate(s["related"]):
        if labelled:
            lines.append(str(s["sections"][k % len(s["sections"])]))
        lines.append(str(headline))
    return [*lines, "", *(_fill(line, s) for line in s["footer"])]


BANKS = {1: STORIES, 2: STORIES2, 3: STORIES3}


def make_page(lang: str, shape: str, ending: str, rng: random.Random, bank: int = 1) -> tuple[str, dict[str, Any]]:
    s = BANKS[bank][lang]
    other = rng.choice([c for c in CLASSES if c != shape and not ({c, shape} <= set(HEAD) or {c, shape} == set(LISTS))])
    classes = {shape, other}
    blocks = _story(s, classes, ending, rng)
    body = [line for block in blocks for line in (*block, "")]
    text = "\n".join(_header(s, classes, rng) + body + _under(s, classes, rng) + _related(s, classes, rng))
    last = next(block for block in reversed(blocks) if len(block) == 1)
    label = {"title": s["title"], "body_first": blocks[0][0], "body_last": last[0], "other": other}
    return text.rstrip() + "\n", label


def write_set(out: Path, seed: int, per: int, classes: list[str], bank: int = 1) -> list[dict[str, Any]]:
    return write_seeded(out, seed, classes, BANKS[bank], per, ENDINGS, partial(make_page, bank=bank))


def _groups(label: dict[str, Any]) -> list[str]:
    shape, lang, _n, ending = label["file"][:-4].split("-")
    return [f"class {shape}", f"with {label['other']}", f"lang {lang}", f"ending {ending}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-end-shapes", 42, 4, "pages per class and language")
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    ap.add_argument("--bank", type=int, choices=sorted(BANKS), default=1, help="2, 3: other words, other topics")
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.classes, args.bank)
    return report(args.out, labels, _groups, end_miss, args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
