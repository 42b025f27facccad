"""Made-up saved web pages (.html) by template and class, scored as the parser reads them (issue 14).

    python -m benchmarks.html_pages [--out DIR] [--seed N] [--per N] [--misses]

Writes made-up saved pages and their labels.json to DIR (default /tmp/html-pages), reads each in process as
`tuiarchive parse` does and prints title, author, date, body_start, body_end and related recall/precision per
template (`divs`: a story in nested divs, its header, text and a trailer block each a div; `semantic`:
<article> with <header>, a <section> of text and a <footer>; `mixed`: divs inside <main><article>), per class
(what each page was drawn with: a byline under the dek, subheads, CRLF line ends, the site in the browser title,
a bio, an editor's note, a topics line, a contributor line, a reuse licence, a note on the method, a paywall
with an app's pitch under it, a caption mid-story, a short last paragraph, no date, a list of other stories
with relative times or after a contributor line; each item with a section's label before its headline, a date
or a teaser after it: `item-label`, `item-date`, `item-teaser`; a partner's note, a donation pitch or a share row
at the story's end, a breadcrumb or the byline over the headline, paragraphs apart by <br><br>) and per language
(seven). The pages score with
`/work/shared/tools/score_pages.py DIR --labels DIR/labels.json --suffix .html` too.
Every word comes from body_start_words, body_trailer_words and html_page_words (written for the benchmarks).
Seed 41 is the dev seed; keep another (e.g. 4141) for a final figure nobody tuned on.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from tuiarchive.formats import parse_file
from tuiarchive.parser import NotAnArticle
from tuiarchive.parser.evaluate import norm, score_page

from .body_start_words import LANGS
from .body_trailer_words import INSERTS, STORIES
from .html_page_words import DEKS, WORDS
from .related_page_words import WORDS as ITEM_WORDS

TEMPLATES = ("divs", "semantic", "mixed")
# the chance of each class on a page (several on one page, as the held-out pages mix them)
CLASSES = {
    "byline-after-dek": 0.5,
    "two-authors": 0.3,
    "subheads": 0.3,
    "crlf": 0.2,
    "title-with-site": 0.5,
    "bio": 0.25,
    "editor-note": 0.15,
    "more-on": 0.2,
    "contributor": 0.25,
    "licence": 0.15,
    "method": 0.15,
    "paywall": 0.2,
    "caption-mid": 0.3,
    "short-last": 0.2,
    "no-date": 0.15,
    "related-ago": 0.3,
}
# how each item of the list of other stories is marked up, drawn apart from the classes above (from a stream
# of its own: the pages with none of them are those of the seed as it was): a section's label before the
# headline, a date or a teaser after it, inside the item's element, glued to it in the text
ITEM_CLASSES = {"item-label": 0.3, "item-date": 0.3, "item-teaser": 0.25}
# ... and, from that stream too, what stands around the story (H13's saved pages' classes): a partner's note, a
# donation pitch or a share row at its end, a breadcrumb or the byline over the headline, paragraphs as <br><br>
EXTRA_CLASSES = {
    "partner-note": 0.2,
    "donation": 0.2,
    "share-row": 0.25,
    "breadcrumb": 0.25,
    "byline-above": 0.2,
    "br-paragraphs": 0.15,
}
FIRST_CHARS = 60  # a label's body_first/body_last: the paragraph's first characters, as the labelled sets give them
TRAILERS = ("bio", "editor-note", "more-on", "contributor", "licence", "method")


class Story:
    """One page's story: headline, dek, paragraphs, subheads, a caption, other stories' headlines."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        start, trailer = LANGS[lang], STORIES[lang]
        self.lang = lang
        if rng.random() < 0.5:
            told = rng.choice(start["stories"])
            self.title, self.dek = told["title"], told["dek"]
            self.paragraphs = list(told["paragraphs"])
            self.caption = rng.choice(told["captions"])
            self.short = told["short_lead"]
        else:
            sentences = list(trailer["sentences"])
            self.title, self.dek = str(trailer["title"]), DEKS[lang]
            self.paragraphs = [" ".join(sentences[k : k + 2]) for k in range(0, len(sentences), 2)]
            self.caption = rng.choice(INSERTS[lang]["captions"])
            self.short = rng.choice(list(trailer["short"]))
        self.subheads = list(trailer["subheads"])
        self.site = str(trailer["site"])
        self.names = rng.sample(start["names"], 3)
        self.headlines = rng.sample([*start["headlines"], *INSERTS[lang]["headlines"]], 4)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def rng_choice_free(choices: list[str], n: int) -> str:
    """One of `choices` picked by a number the page already drew (no draw from the page's stream)."""
    return choices[n % len(choices)]


def _item(headline: str, link: str, lang: str, tags: set[str], k: int, rng: random.Random) -> str:
    """An item's markup with what ITEM_CLASSES glue to its headline (its label, date, teaser)."""
    label = f'<span class="section">{_e(rng.choice(WORDS[lang]["kicker"]))}</span> ' if "item-label" in tags else ""
    when = LANGS[lang]["date"].format(d=20 - k, m=LANGS[lang]["months"][2], y=2025)
    date = f' <time class="date">{_e(when)}</time>' if "item-date" in tags else ""
    teaser = ""
    if "item-teaser" in tags:
        teaser = f' <span class="teaser">{_e(ITEM_WORDS[lang]["teasers"][k % 4])}</span>'  # type: ignore[index]
    if rng.random() < 0.5:  # all inside the link, or around it
        return f'<li><a href="{link}">{label}{_e(headline)}{date}{teaser}</a></li>'
    return f'<li>{label}<a href="{link}">{_e(headline)}</a>{date}{teaser}</li>'


def page(
    lang: str, template: str, tags: set[str], rng: random.Random, item_rng: random.Random | None = None
) -> tuple[str, dict[str, Any]]:
    """A saved page and its label (`item_rng`: the stream that draws how ITEM_CLASSES mark the items up)."""
    s, w, lw = Story(lang, rng), WORDS[lang], LANGS[lang]
    day = rng.randint(2, 27)
    month = rng.randrange(12)
    printed = lw["date"].format(d=day, m=lw["months"][month], y=2025)
    iso = f"2025-{month + 1:02d}-{day:02d}"
    authors = s.names[:2] if "two-authors" in tags else s.names[:1]
    paragraphs = [s.paragraphs[0]] if "paywall" in tags else list(s.paragraphs)
    if "short-last" in tags and "paywall" not in tags:
        paragraphs.append(s.short)

    # the header: a kicker, the headline, the dek, the byline(s), two times, a row of buttons
    byline = "".join(
        f'<div class="author"><a href="/authors/{k}">{_e(lw["by"])} {_e(a)}</a></div>' for k, a in enumerate(authors)
    )
    dek = f'<p class="dek">{_e(s.dek)}</p>'
    times = (
        ""
        if "no-date" in tags
        else (
            f'<time datetime="{iso}T08:{rng.randint(10, 59)}:00">{_e(printed)}</time>'
            f'<time datetime="{iso}T17:05:00">{_e(w["updated"])} {_e(printed)}</time>'  # type: ignore[str-format]
        )
    )
    buttons = "".join(f"<button>{_e(b)}</button>" for b in w["buttons"])
    parts = [f'<div class="kicker">{_e(rng.choice(w["kicker"]))}</div>', f"<h1>{_e(s.title)}</h1>"]
    parts += [dek, byline] if "byline-after-dek" in tags else [byline, dek]
    if "byline-above" in tags:  # the byline over the kicker and the headline
        parts = [byline, *(part for part in parts if part != byline)]
    if "breadcrumb" in tags:
        crumbs = (ITEM_WORDS[lang]["home"], rng_choice_free(w["kicker"], day))
        links = "".join(f'<li><a href="/{k}">{_e(str(c))}</a></li>' for k, c in enumerate(crumbs))
        parts = [f'<nav class="breadcrumb"><ol>{links}</ol></nav>', *parts]
    parts += [f'<div class="times">{times}</div>' if times else "", f'<div class="tools">{buttons}</div>']
    head = "\n".join(p for p in parts if p)

    # the text: paragraphs, subheads between them, a picture with its caption inside
    text: list[str] = []
    heads = iter(s.subheads)
    for k, para in enumerate(paragraphs):
        if "subheads" in tags and k in (1, 3) and k < len(paragraphs) - 1:
            text.append(f"<h2>{_e(next(heads))}</h2>")
        if "caption-mid" in tags and k == 2:
            text.append(f'<figure><img src="/img/{k}.jpg" alt=""><figcaption>{_e(s.caption)}</figcaption></figure>')
        text.append(f"<p>{_e(para)}</p>")
    if "br-paragraphs" in tags:  # the text in one block, its paragraphs apart by two line breaks
        text = ["<div>" + "<br><br>".join(t[3:-4] if t.startswith("<p>") else t for t in text) + "</div>"]

    # under the text, inside the story: the trailer block
    name = s.names[2]
    post: list[str] = []
    if "paywall" in tags:
        post += [f'<div class="paywall">{_e(line)}</div>' for line in w["paywall"]]
        post += [f"<p>{_e(line)}</p>" for line in w["app"]]
        post.append(f"<p>{_e(str(w['extra']).format(name=name))}</p>")
    if "editor-note" in tags:
        post.append(f'<p class="note"><em>{_e(str(w["editor"]))}</em></p>')
    if "method" in tags:
        post.append(f"<p><i>{_e(str(w['method']))}</i></p>")
    if "contributor" in tags:
        post.append(f"<p>{_e(str(w['contributor']).format(name=name))}</p>")
    if "more-on" in tags:
        post.append(f'<p class="topics">{_e(str(w["more_on"]))}</p>')
    if "bio" in tags:
        post.append(f'<div class="post"><p>{_e(str(w["bio"]).format(name=authors[0], site=s.site))}</p></div>')
    if "licence" in tags:
        post.append(f"<p><small>{_e(str(w['licence']))}</small></p>")
    extra = ITEM_WORDS[lang]
    if "share-row" in tags:
        row = f'<span>{_e(str(extra["share"]))}</span> <a href="#">Facebook</a> <a href="#">X</a>'
        post.append(f'<div class="share">{row}</div>')
    if "donation" in tags:
        pitch, why, button = extra["donate"]
        post.append(f'<div class="donate"><h3>{_e(pitch)}</h3><p>{_e(why)}</p><a href="/donate">{_e(button)}</a></div>')
    if "partner-note" in tags:
        post.append(f"<p><em>{_e(str(extra['partner']))}</em></p>")

    # the site's list of other stories, after the story
    ago = "related-ago" in tags
    items = []
    form = rng.randrange(3)  # the time after the link in a span, under it in a div, or over it
    glued = tags & set(ITEM_CLASSES)
    for k, headline in enumerate(s.headlines):
        href = f"/2026/{k + 7}/story-{rng.randint(100, 999)}"
        link = f'<a href="{href}">{_e(headline)}</a>'
        when = _e(rng.choice(lw["relative"][:2])) if ago else ""
        if glued and item_rng is not None:
            items.append(_item(headline, href, lang, glued, k, item_rng))
        elif not when:
            items.append(f"<li>{link}</li>")
        elif form == 0:
            items.append(f"<li>{link} <span>{when}</span></li>")
        elif form == 1:
            items.append(f'<li>{link}<div class="when">{when}</div></li>')
        else:
            items.append(f'<li><div class="when">{when}</div>{link}</li>')
    related = f"<h2>{_e(rng.choice(w['related']))}</h2><ul>{''.join(items)}</ul>"

    menu = "".join(f'<li><a href="/{_e(m.lower())}">{_e(m)}</a></li>' for m in lw["menu"])
    nav = f'<header class="site"><a href="/">{_e(s.site)}</a><nav><ul>{menu}</ul></nav></header>'
    footer = f"<footer><p>© 2026 {_e(s.site)}</p></footer>"
    story_text, story_post = "\n".join(text), "\n".join(post)
    if template == "divs":
        main = (
            f'<div id="content"><div class="story"><div class="head">{head}</div>\n'
            f'<div class="text">{story_text}</div>\n<div class="post">{story_post}</div></div>\n'
            f'<div class="more">{related}</div></div>'
        )
    elif template == "semantic":
        main = (
            f"<main><article><header>{head}</header>\n<section>{story_text}</section>\n"
            f"<footer>{story_post}</footer></article>\n<aside>{related}</aside></main>"
        )
    else:
        main = (
            f'<main><article><div class="article-head">{head}</div>\n<div class="article-body">{story_text}\n'
            f'{story_post}</div></article>\n<section class="rail">{related}</section></main>'
        )
    title = f"{s.title} | {s.site}" if "title-with-site" in tags else s.title
    meta = f'<meta property="og:title" content="{_e(s.title)}">' if rng.random() < 0.5 else ""
    document = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{_e(title)}</title>{meta}</head>\n'
        f"<body>{nav}\n{main}\n{footer}</body></html>\n"
    )
    if "crlf" in tags:
        document = document.replace("\n", "\r\n")
    label: dict[str, Any] = {
        "title": s.title,
        "author": authors[0],
        "body_first": paragraphs[0][:FIRST_CHARS],
        "body_last": paragraphs[-1][:FIRST_CHARS],
        "related_headlines": s.headlines,
    }
    if "no-date" not in tags:
        label["published"] = iso
    return document, label


def write_set(out: Path, seed: int, per: int) -> list[dict[str, Any]]:
    """per pages for each template and language, their classes drawn by chance."""
    rng, item_rng = random.Random(seed), random.Random(f"items {seed}")
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    for template in TEMPLATES:
        for lang in LANGS:
            for n in range(per):
                tags = {t for t, chance in CLASSES.items() if rng.random() < chance}
                tags |= {t for t, chance in ITEM_CLASSES.items() if item_rng.random() < chance}
                tags |= {t for t, chance in EXTRA_CLASSES.items() if item_rng.random() < chance}
                document, label = page(lang, template, tags, rng, item_rng)
                file = f"{template}.{lang}.{n}.html"
                (out / file).write_bytes(document.encode("utf-8"))
                labels.append({"file": file, **label, "tags": sorted(tags)})
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    return labels


FIELDS = ("title", "author", "date", "body_start", "body_end", "related_recall", "related_precision")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/html-pages"))
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--per", type=int, default=4, help="pages per template and language")
    ap.add_argument("--misses", action="store_true", help="list every body_start/body_end miss")
    args = ap.parse_args(argv)
    labels = write_set(args.out, args.seed, args.per)
    tally: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    misses = []
    for label in labels:
        try:
            got = parse_file(args.out / label["file"]).to_json()
        except NotAnArticle:
            got = {}
        scores = score_page(label, got)
        template, lang, _n = label["file"][:-5].split(".")
        for key in (f"template {template}", f"lang {lang}", *(f"class {t}" for t in label["tags"]), "all"):
            for f in FIELDS:
                if scores[f] is not None:
                    tally[key][f].append(scores[f])  # type: ignore[arg-type]
        body = [norm(p) for p in got.get("body") or []] or [""]
        if not scores["body_start"]:
            misses.append(f"  {label['file']} {label['tags']} starts: {body[0][:90]!r}")
        if not scores["body_end"]:
            misses.append(f"  {label['file']} {label['tags']} ends: {body[-1][:90]!r}")
    print(f"{'group':<26} {'pages':>5} " + " ".join(f"{f[:10]:>10}" for f in FIELDS))
    for key in sorted(tally, key=lambda k: (k.split()[0] != "all", k)):
        cells = tally[key]
        pages = max(len(v) for v in cells.values())
        row = " ".join(f"{sum(v) / len(v):>10.0%}" if (v := cells.get(f)) else f"{'-':>10}" for f in FIELDS)
        print(f"{key:<26} {pages:>5} {row}")
    if args.misses:
        print("misses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
