"""A third family of made-up Chinese and Japanese page copies (issue 14, session 42), written afresh after H13
(Japanese headlines one in two wrong, the body's end and the bylines in both languages): scored by language, by
what surrounds the headline and by what lies under the text.

    python -m benchmarks.cjk_wild [--seed N] [--per N] [--held] [--misses] [--out DIR]

Shapes round the headline: `kicker` (a short line over it), `breaking` (a breaking-news row with another story),
`section` (a section's label or its path), `daterow` (the date over the headline, the byline under it),
`caption_over` / `caption_under` (a picture's caption over or under it), `plain`, `browser` (the browser's title
first, with a full-width separator), `subhead` (a line under the headline), `bar` (buttons, a picture count, tags, a
read time or a source under the headline). Endings under the text: `bio`
(the writer's), `contact` (a tip line, a mail address), `reprint` (copyright, a reprint's ban), `editor` (an
editor's credit), `note`, `signed` (no byline over the text: the writer in brackets under it), `none`. The list
of other stories comes with a header or none. Bylines with 記者/文/编辑/撰稿/通讯员/特派員, with and without a mark,
one name or two; dates in full-width and half-width figures. The words are cjk_wild_words' (written for this
benchmark). Seed 42 is the dev seed; `--held` sets out only the held stories (for the figure on a fresh seed).
"""

from __future__ import annotations

import argparse
import functools
import random
import tempfile
from pathlib import Path
from typing import Any

from tuiarchive.parser.evaluate import norm

from .cjk_fresh import by_group, table
from .cjk_wild_words import CITIES, WILD_FURNITURE, WILD_STORIES, WildFurniture, WildStory
from .madeup_sets import write_seeded

SHAPES = (
    "kicker",
    "breaking",
    "section",
    "daterow",
    "caption_over",
    "caption_under",
    "plain",
    "browser",
    "subhead",
    "bar",
)
ENDINGS = ("bio", "contact", "reprint", "editor", "note", "signed", "none")
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _fill(rng: random.Random, f: WildFurniture, lang: str, story: WildStory) -> dict[str, Any]:
    """The figures and names a page's lines are filled with (upper-case keys: full-width figures)."""
    y, m, d = rng.randint(2027, 2032), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi = rng.randint(6, 22), rng.randint(0, 59)
    name, other = rng.sample(f.names, 2)
    fill: dict[str, Any] = {
        "y": y, "m": m, "d": d, "mm": f"{m:02d}", "dd": f"{d:02d}", "hh": f"{hh:02d}", "mi": f"{mi:02d}",
        "ss": f"{rng.randint(0, 59):02d}", "yy": y - rng.randint(3, 20), "age": rng.randint(26, 58),
        "name": name, "other": other, "site": rng.choice(f.sites), "city": rng.choice(CITIES[lang]),
        "caption": story.caption, "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "other_story": rng.choice(f.others),
    }  # fmt: skip
    for key in ("y", "m", "d", "mm", "dd", "hh", "mi"):
        fill[key.upper()] = str(fill[key]).translate(_WIDE)
    return fill


def make_page(lang: str, shape: str, ending: str, rng: random.Random, *, held: bool) -> tuple[str, dict[str, Any]]:
    """One page's text and its label (the page copies' labels.json form)."""
    f = WILD_FURNITURE[lang]
    story = rng.choice([s for s in WILD_STORIES if s.lang == lang and s.held == held])
    fill = _fill(rng, f, lang, story)
    date = rng.choice(f.dates).format(**fill)
    byline = "" if ending == "signed" else rng.choice(f.bylines).format(**fill)
    author = fill["name"]
    caption = rng.choice(f.captions).format(**fill)
    out = [rng.choice(f.browser).format(**fill, headline=story.headline)] if shape == "browser" else []
    out += [fill["site"], rng.choice(f.menus)]
    if shape == "breaking":
        out.append(rng.choice(f.breaking).format(**{**fill, "other": fill["other_story"]}))
    out.append("")
    if shape == "section":
        out.append(rng.choice(f.sections))
    if shape == "kicker":
        out.append(rng.choice(f.kickers))
    if shape == "caption_over":
        out += [caption, ""]
    if shape == "daterow":
        out.append(date)
    out.append(story.headline)
    if shape == "caption_under":
        out += ["", caption, ""]
    if shape == "subhead":
        out.append(rng.choice(f.subheads).format(**fill))
    if shape == "bar":
        out.append(rng.choice(f.bars).format(**fill))
    if shape != "daterow":
        out.append(date if not byline or rng.random() < 0.6 else f"{date}　{byline}")
        if byline and byline not in out[-1]:
            out.append(byline)
    elif byline:
        out.append(byline)
    out.append("")
    for paragraph in story.paragraphs:
        out += [paragraph, ""] if rng.random() < 0.7 else [paragraph]
    if out[-1] == "":
        out.pop()
    if ending == "signed":
        out.append(rng.choice(f.end_bylines).format(**fill))
    elif f.trailers[ending]:
        if rng.random() < 0.5:
            out.append("")
        out.append(rng.choice(f.trailers[ending]).format(**fill))
    out.append("")
    pool = rng.sample(f.related, len(f.related))
    header = rng.choice(f.headers)
    related = pool[: rng.randint(3, 5)]
    if header:
        out.append(header)
    out += [item if header or k % 2 else f"・{item}" for k, item in enumerate(related)]
    out.append("")
    out += [line.format(**fill) for line in rng.choice(f.footers)]
    label = {
        "title": story.headline,
        "title_alternatives": [],
        "published": f"{fill['y']:04d}-{fill['mm']}-{fill['dd']}",
        "author": author,
        "body_first": norm(story.paragraphs[0])[:60],
        "body_last": norm(story.paragraphs[-1])[:60],
        "related_headlines": related,
        "truncated": False,
        "groups": [lang, shape, ending],
    }
    return "\n".join(out) + "\n", label


def write(out: Path, *, seed: int, per: int, held: bool) -> list[dict[str, Any]]:
    """PER pages of each shape in each language (the endings taken in turn) written to OUT with labels.json."""
    return write_seeded(out, seed, SHAPES, WILD_FURNITURE, per, ENDINGS, functools.partial(make_page, held=held))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--per", type=int, default=7, help="pages of each shape in each language")
    ap.add_argument("--held", action="store_true", help="only the stories kept for the fresh seed's figure")
    ap.add_argument("--out", type=Path, help="keep the pages and their labels here")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cjk-wild-") as tmp:
        folder = args.out or Path(tmp)
        labels = write(folder, seed=args.seed, per=args.per, held=args.held)
        groups = by_group(folder, labels, misses=args.misses, groups=lambda label: tuple(label["groups"]))
        print(table(groups))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
