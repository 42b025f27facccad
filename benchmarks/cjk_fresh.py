"""A second family of made-up Chinese and Japanese page copies (issue 14, session 41), written afresh after the
stop-40 rules carried over to new templates only in part: scored by family of template and by language.

    python -m benchmarks.cjk_fresh [--seed N] [--pages N] [--held] [--misses] [--write DIR]

The stories and furniture are benchmarks/cjk_fresh_words.py's. Families: `wire` (the wire's end mark, then an
editor's credit), `notes` (an editor's note, when the story was printed, a reprint notice under the text),
`inside` (captions with their photo credits and a heading in brackets between the text's paragraphs),
`dated` (the site's lists with a date or a time before or after each item), `ranking` (ranked items: "1位",
"第1名", "TOP1", full-width figures), `signed` (no byline over the text: the writer's name in brackets under it).
Dates and bylines are drawn from the language's forms (full-width digits, morning and afternoon, a weekday).
`--held` sets out only the stories kept for the figure on a fresh seed.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle
from tuiarchive.parser.evaluate import FIELDS, norm, parse_json, score_page

from .cjk_fresh_words import FRESH_FURNITURE, FRESH_STORIES, FreshFurniture, FreshStory

FAMILIES = ("wire", "notes", "inside", "dated", "ranking", "signed")
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _date(rng: random.Random, f: FreshFurniture) -> tuple[str, str, dict[str, Any]]:
    """A printed date (its form drawn), its ISO date and the figures it was made of."""
    y, m, d = rng.randint(2026, 2031), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi = rng.randint(6, 22), rng.randint(0, 59)
    parts = {
        "y": y,
        "m": m,
        "d": d,
        "mm": f"{m:02d}",
        "dd": f"{d:02d}",
        "hh": f"{hh:02d}",
        "mi": f"{mi:02d}",
        "ss": f"{rng.randint(0, 59):02d}",
        "h12": hh if hh <= 12 else hh - 12,
        "ampm": f.ampm[hh >= 12],
        "wd": f.weekdays[(d + m) % 7],
    }
    wide = {key.upper(): str(parts[key]).translate(_WIDE) for key in ("y", "m", "d", "hh", "mi")}
    text = rng.choice(f.dates).format(**parts, **wide)
    return text, f"{y:04d}-{m:02d}-{d:02d}", parts


def page(rng: random.Random, story: FreshStory, family: str) -> tuple[str, dict[str, Any]]:
    """One page's text and its label (the page copies' labels.json form)."""
    f = FRESH_FURNITURE[story.lang]
    site, name = rng.choice(f.sites), rng.choice(f.names)
    date, iso, parts = _date(rng, f)
    fill = {"name": name, "site": site, "y": parts["y"], "m": parts["m"], "d": parts["d"]}
    out = [site, rng.choice(f.menus), "", story.headline]
    if family == "signed":
        out.append(date)
    else:
        byline = rng.choice(f.bylines).format(**fill)
        out += [date, byline] if rng.random() < 0.6 else [f"{date}　{byline}"]
    out.append("")
    paragraphs = list(story.paragraphs)
    for k, paragraph in enumerate(paragraphs):
        if family == "inside" and k == 1:
            out += [rng.choice(f.captions).format(**fill), ""]
        if family == "inside" and k == 2:
            out += [f"【{story.heading}】", ""]
        out += [paragraph, ""] if rng.random() < 0.7 else [paragraph]
    if out[-1] == "":
        out.pop()
    if family == "signed":
        out.append(f"（{name}）")
    elif family == "wire":
        out.append(rng.choice(f.wire_ends).format(**fill))
        out.append(rng.choice(f.editor_lines).format(**fill))
    elif family == "notes":
        if rng.random() < 0.5:
            out.append("")
        out += [note.format(**fill) for note in rng.sample(f.notes, 2)]
        if rng.random() < 0.5:
            out.append(rng.choice(f.editor_lines).format(**fill))
    elif rng.random() < 0.5:
        out.append(rng.choice(f.editor_lines).format(**fill))
    out.append("")
    pool = list(f.related)
    rng.shuffle(pool)
    related: list[str] = []
    header = rng.choice(f.headers)
    out.append(header)
    items, pool = pool[:4], pool[4:]
    for item in items:
        if family == "dated":
            m, d, hh, mi = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
            form = rng.choice(
                (
                    f"{hh:02d}:{mi:02d}　{item}",
                    f"[{m:02d}-{d:02d}] {item}",
                    f"{item}（{m}月{d}日）",
                    f"{item}　{parts['y']}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}",
                    f"{item} {m:02d}/{d:02d}",
                )
            )
            out.append(form)
        else:
            out.append(item)
    related += items
    out.append("")
    if family == "ranking" or rng.random() < 0.3:
        out.append(rng.choice(f.ranked_headers))
        form = rng.choice(f.ranks)
        ranked = pool[:4]
        for k, item in enumerate(ranked, 1):
            rank = form.format(k=k, K=str(k).translate(_WIDE))
            glued = rank + item if rank.endswith("．") else f"{rank} {item}"
            out += [rank, item] if rng.random() < 0.3 else [glued]
        related += ranked
        out.append("")
    out += [line.format(**fill) for line in rng.choice(f.footers)]
    label = {
        "title": story.headline,
        "title_alternatives": [],
        "published": iso,
        "author": name,
        "body_first": norm(paragraphs[0])[:60],
        "body_last": norm(paragraphs[-1])[:60],
        "related_headlines": related,
        "truncated": False,
    }
    return "\n".join(out) + "\n", label


def write(folder: Path, *, seed: int, per_language: int, held: bool) -> list[dict[str, Any]]:
    """The pages of one run written into `folder` with their labels.json (each label names its family)."""
    rng = random.Random(seed)
    labels = []
    for lang in FRESH_FURNITURE:
        stories = [s for s in FRESH_STORIES if s.lang == lang and s.held == held]
        for k in range(per_language):
            family = FAMILIES[(k + seed) % len(FAMILIES)]
            text, label = page(rng, stories[k % len(stories)], family)
            file = f"{lang}-{k:02d}-{family}.txt"
            (folder / file).write_text(text, encoding="utf-8")
            labels.append({"file": file, **label})
    (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    return labels


def language_and_family(label: dict[str, Any]) -> tuple[str, ...]:
    """A page's language and family, which its file's name tells."""
    return label["file"].rsplit("-", 2)[0], label["file"].removesuffix(".txt").rsplit("-", 1)[1]


def by_group(
    folder: Path,
    labels: list[dict[str, Any]],
    *,
    misses: bool,
    groups: Callable[[dict[str, Any]], tuple[str, ...]] = language_and_family,
) -> dict[str, dict[str, list[float]]]:
    """Each field's scores by group (by default the language and the family)."""
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for label in labels:
        try:
            got = parse_json(folder / label["file"])
        except NotAnArticle:
            got = {}
        page_scores = score_page(label, got)
        for key, value in page_scores.items():
            if value is not None:
                for group in groups(label):
                    scores[group][key].append(value)
        if misses and any(v is not None and v < 1 for v in page_scores.values()):
            body = got.get("body") or [""]
            wrong = [k for k, v in page_scores.items() if v is not None and v < 1]
            print(f"-- {label['file']}: {wrong}")
            print(f"   title={got.get('title')!r} date={got.get('published')!r} author={got.get('author')!r}")
            print(f"   body {norm(body[0])[:30]!r} .. {norm(body[-1])[-40:]!r}")
            print(f"   related {[r.get('headline') for r in got.get('related') or []]}")
    return scores


def table(scores: dict[str, dict[str, list[float]]]) -> str:
    keys = [k for k in FIELDS if k not in ("read_minutes", "body_clean")]
    rows = [f"{'group':<10} {'pages':>5} " + " ".join(f"{k[:9]:>9}" for k in keys)]
    for group, fields in scores.items():
        pages = len(fields["title"])
        cells = [f"{100 * sum(fields[k]) / len(fields[k]):.0f}%" if fields[k] else "-" for k in keys]
        rows.append(f"{group:<10} {pages:>5} " + " ".join(f"{c:>9}" for c in cells))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=12, help="pages per language")
    ap.add_argument("--held", action="store_true", help="only the stories kept for the fresh seed's figure")
    ap.add_argument("--write", type=Path, help="keep the pages and their labels here")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cjk-fresh-") as tmp:
        folder = args.write or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        labels = write(folder, seed=args.seed, per_language=args.pages, held=args.held)
        print(table(by_group(folder, labels, misses=args.misses)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
