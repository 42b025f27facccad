"""Where the body ends on fresh made-up pages by issue 14's classes of the end, in seven languages.

    python -m benchmarks.body_ends [--out DIR] [--seed N] [--per N] [--misses] [--classes C ...]

Each page: a site's name and menu, a headline, a byline (or a job line over the writer's name), a date,
a story of several paragraphs ending on a long paragraph, a short closing line or a quote; then, by
class, the site's line right under the story (a published/updated pair, a date alone or labelled, a
note on method, a licence, a "printed in" note, a tip line, a donation pitch, a correction, a bio, a
"with reporting by", a funding line, an app pitch) or something inside it (a "Read also" card, an ad's
label, subheads, a caption with its credit, a list under a lead line); then the site's furniture (follow
us, a newsletter's line, share buttons, a section's list with a date under each item, the footer).
Prints body_end (and body_start) per class, language, ending and the furniture right under the story;
--misses lists each miss with its side ([short]: the text stopped early, [long]: it ran on).
The words are body_end_words' (written for this benchmark). Seed 41 is the dev seed; keep another
for a figure nobody tuned on.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .body_end_words import FURNITURE, STORIES, TRAILS
from .body_trailers import BY, MENU
from .madeup_sets import end_miss, options, report, write_seeded

INSIDE = ("plain", "readalso", "ad", "subheads", "caption", "listlead", "jobfirst")
CLASSES = (*TRAILS, *INSIDE)
ENDINGS = ("long", "short", "quote")


def _story(s: dict[str, Any], rng: random.Random, ending: str) -> list[list[str]]:
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
    return blocks


def _inside(shape: str, s: dict[str, Any], blocks: list[list[str]], ending: str, rng: random.Random) -> list[list[str]]:
    """The story's blocks with the shape put inside it (between two paragraphs, or at its end)."""
    at = rng.randint(1, len(blocks) - 1)
    if shape == "readalso":
        return [*blocks[:at], [s["card"]], *blocks[at:]]
    if shape == "ad":
        return [*blocks[:at], [s["ad"]], *blocks[at:]]
    if shape == "subheads":  # the second over the story's last paragraph (and its short close or quote)
        heads, last = rng.sample(s["subheads"], 2), len(blocks) - 1 - (ending != "long")
        return [blocks[0], [heads[0]], *blocks[1:last], [heads[1]], *blocks[last:]]
    if shape == "caption":  # between the last two paragraphs, its credit over or under it
        picture = [s["caption"], s["credit"]] if rng.random() < 0.5 else [s["credit"], s["caption"]]
        return [*blocks[:-1], picture, blocks[-1]]
    if shape == "listlead":
        return [*blocks, [s["lead"]], list(s["items"])]
    return blocks


def _fill(lines: list[str], s: dict[str, Any]) -> list[str]:
    email = "lokal@" + "".join(c for c in str(s["site"]).lower() if c.isalnum())[:12] + ".example"
    return [
        line.format(name=s["name"], site=s["site"], email=email, date=s["date"], date2=s["date2"]) for line in lines
    ]


def _furniture(lang: str, s: dict[str, Any], rng: random.Random) -> tuple[list[str], str]:
    """The site's blocks under the story in a random order and choice; the first one's name."""
    f = FURNITURE[lang]
    names = rng.sample(["follow", "newsletter", "share", "section"], rng.randint(1, 3))
    lines: list[str] = []
    for name in names:
        lines += list(f[name])
        if name == "section":  # a list of the site's stories, each with its date under it
            for k, headline in enumerate(s["related"]):
                lines += ["", headline, f"{10 - k}.03.2031"]
        lines.append("")
    if rng.random() < 0.6:
        lines += _fill(f["footer"], s)
    return lines, names[0]


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    s = STORIES[lang]
    blocks = _inside(shape, s, _story(s, rng, ending), ending, rng)
    byline = [s["job"], s["name"]] if shape == "jobfirst" else [f"{BY[lang]} {s['name']}"]
    head = [str(s["site"]), *MENU[lang], "", str(s["title"]), "", *byline, str(s["date"]), ""]
    body = [line for block in blocks for line in (*block, "")]
    trailer = [*_fill(rng.choice(TRAILS[shape][lang]), s), ""] if shape in TRAILS else []
    furniture, under = _furniture(lang, s, rng)
    label = {
        "title": s["title"],
        "body_first": blocks[0][0],
        "body_last": blocks[-1][-1].lstrip("- "),
        "under": under,
    }
    return "\n".join(head + body + trailer + furniture).rstrip() + "\n", label


def write_set(out: Path, seed: int, per: int, classes: list[str]) -> list[dict[str, Any]]:
    return write_seeded(out, seed, classes, STORIES, per, ENDINGS, make_page)


def _groups(label: dict[str, Any]) -> list[str]:
    shape, lang, _n, ending = label["file"][:-4].split("-")
    return [f"class {shape}", f"lang {lang}", f"ending {ending}", f"under {label['under']}"]


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/body-ends", 41, 6, "pages per class and language")
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.classes)
    return report(args.out, labels, _groups, end_miss, args.misses)


if __name__ == "__main__":
    raise SystemExit(main())
