"""The lists of other stories on fresh made-up page copies, by issue 14's classes, in seven languages.

    python -m benchmarks.related_pages [--out DIR] [--seed N] [--per N] [--misses] [--classes C ...]

Each page: a site's name and menu, a headline, a byline and a date, a story of a few paragraphs, then by
class: no list of other stories at all (`nolist`: only the site's matter around the story), a reuse
licence or copyright line under the story (`licence`), an app's pitch (`app`), a rating widget (`rating`),
a short last paragraph (`shortlast`), the date on the byline's line (`bylinedate`), CRLF line ends (`crlf`),
a line of breaking headlines over the headline (`breaking`); or a list whose items are bulleted
(`bullets`), ranked (`numbered`), dated under each (`dated`), with a teaser under each (`teaser`), a medium's
mark before each headline or a video's length after it (`marked`) or its comments counted under it (`counted`);
`plain` is a list of headlines alone. The list stands under a header or none (the ending), then the site's
matter: a topics row, share buttons, footer links, a copyright line (each by chance).
Prints related recall and precision per class, language and ending (a page with no list scores precision
only: 0% when anything is listed); --misses lists what each page missed and took wrongly.
The words are related_page_words' and body_end_words' stories (written for the benchmarks). Seed 42 is the
dev seed; keep another (e.g. 4242) for a figure nobody tuned on.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tuiarchive.parser.evaluate import norm

from .body_end_words import STORIES
from .body_trailers import BY, MENU
from .madeup_sets import options, report, write_seeded
from .related_page_words import WORDS

CLASSES = (
    "plain",
    "nolist",
    "licence",
    "bullets",
    "numbered",
    "dated",
    "teaser",
    "bylinedate",
    "crlf",
    "app",
    "shortlast",
    "breaking",
    "rating",
    "marked",
    "counted",
)
ENDINGS = ("header", "bare")
FIELDS = ("related_recall", "related_precision")


def _story(s: dict[str, Any], rng: random.Random, short: bool) -> list[str]:
    sentences = rng.sample(s["sentences"], len(s["sentences"]))
    paragraphs = []
    for k in range(rng.randint(3, 4)):
        take = 2 if k == 0 else rng.randint(1, 2)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    if short:
        paragraphs.append(rng.choice(s["short"]))
    return paragraphs


def _items(shape: str, w: dict[str, Any], headlines: list[str], rng: random.Random) -> list[str]:
    """The list's lines (blank lines between its cards where the shape has them)."""
    bullet = rng.choice(["•", "-", "▪"])
    rank_apart = rng.random() < 0.5  # the rank on its own line over the headline, or before it
    mark = rng.choice(["▶ {}", "VIDEO {}", "{} (2:{:02d})"])  # one list, one way of marking its items
    lines: list[str] = []
    for k, headline in enumerate(headlines):
        if shape == "bullets":
            lines.append(f"{bullet} {headline}")
        elif shape == "numbered":
            lines += [str(k + 1), headline] if rank_apart else [f"{k + 1}. {headline}"]
        elif shape == "dated":
            lines += [headline, w["date"].format(d=20 - k), ""]
        elif shape == "marked":  # a medium's mark before the headline or a length after it
            lines.append(mark.format(headline, 10 + k))
        elif shape == "counted":  # the item's comments counted under it
            lines += [headline, f"{3 + k} {w['comments']}"]
        elif shape == "teaser":
            lines += [headline, w["teasers"][k % len(w["teasers"])], ""]
        else:
            lines.append(headline)
    return lines


def _matter(lang: str, w: dict[str, Any], site: str, rng: random.Random) -> list[str]:
    """The site's matter after the story (and its list): topics, share buttons, footer links, copyright."""
    lines: list[str] = []
    if rng.random() < 0.6:
        topics = rng.sample(w["topics"], 3)
        lines += [w["tags"], *topics, ""] if rng.random() < 0.5 else [f"{w['tags']}: {', '.join(topics)}", ""]
    if rng.random() < 0.5:
        lines += ["Facebook", "X", "WhatsApp", "E-mail", ""]
    lines += [*rng.sample(w["footer"], rng.randint(3, 5)), f"© 2031 {site}"]
    return lines


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    s, w = STORIES[lang], WORDS[lang]
    site = str(s["site"])
    paragraphs = _story(s, rng, shape == "shortlast")
    headlines = rng.sample(w["headlines"], rng.randint(3, 5))
    top = [site, *MENU[lang], ""]
    if shape == "breaking":
        top += [f"{w['breaking']}: {' · '.join(rng.sample(w['headlines'], 2))}", ""]
    byline = f"{BY[lang]} {s['name']}"
    header = [f"{byline} | {s['date']}"] if shape == "bylinedate" else [byline, str(s["date"])]
    lines = [*top, str(s["title"]), "", *header, ""]
    lines += [line for p in paragraphs for line in (p, "")]
    if shape == "licence":
        lines += [rng.choice(w["licence"]).format(site=site), ""]
    elif shape == "app":
        lines += [*w["app"], ""]
    elif shape == "rating":
        lines += [*w["rating"], ""]
    if shape != "nolist":
        if ending == "header":
            lines += [rng.choice(w["headers"]), ""]
        lines += [*_items(shape, w, headlines, rng), ""]
    lines += _matter(lang, w, site, rng)
    text = "\n".join(lines)
    if shape == "crlf":
        text = text.replace("\n", "\r\n")
    label = {
        "title": s["title"],
        "body_first": paragraphs[0],
        "body_last": paragraphs[-1],
        "related_headlines": [] if shape == "nolist" else headlines,
    }
    return text, label


def write_set(out: Path, seed: int, per: int, classes: list[str]) -> list[dict[str, Any]]:
    return write_seeded(out, seed, classes, STORIES, per, ENDINGS, make_page)


def _groups(label: dict[str, Any]) -> list[str]:
    shape, lang, _n, ending = label["file"][:-4].split("-")
    return [f"class {shape}", f"lang {lang}", f"ending {ending}"]


def related_miss(label: dict[str, Any], scores: dict[str, Any], got: list[str]) -> list[str]:
    """What the page missed (-) and took that is none of its list's (+)."""
    wanted = {norm(h) for h in label["related_headlines"]}
    missed = [f"-{h!r}" for h in sorted(wanted - set(got))]
    wrong = [f"+{h!r}" for h in got if h not in wanted]
    return [f"  {label['file']} {' '.join(missed + wrong)}"] if missed or wrong else []


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__, "/tmp/related-pages", 42, 4, "pages per class and language")
    ap.add_argument("--classes", nargs="*", default=list(CLASSES))
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per, args.classes)
    return report(args.out, labels, _groups, related_miss, args.misses, FIELDS)


if __name__ == "__main__":
    raise SystemExit(main())
