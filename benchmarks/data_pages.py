"""Made-up pages whose story ends on data of its own (issue 14): how the body's end and the site's lists after it
hold, by class of block.

    python -m benchmarks.data_pages [--write DIR] [--misses] [--kinds KIND ...]

The stories (benchmarks/data_pages_stories.py, written for this benchmark in eight languages) end on a block of
their own: a recipe (quantities, numbered steps), opening hours, prices and an address (rows with no figure among
them), a timetable, a fact box (label: value), a table of results, a vox-pop (then the site's licence line), a
bulleted box over a recipe, or prices with the site's list right under them. Each is set out four ways:

  text         a text copy: the site's top, the story, its block, a share line, the list under its header, a footer
  text-bare    the same with no share line nor header: the site's headlines right under the block
  html         a saved page: the block as a list or a table in the article, the site's list in an aside after it
  html-under   the site's list (its header an h2) inside the article, right under the block

and scored as ../shared/tools/score_pages.py scores labelled pages (the same rules, in process:
tuiarchive.parser.evaluate.score_page): the body's first and last paragraphs, the list's recall and precision.
`--write DIR` also writes the pages with their labels.json (DIR/text, DIR/html) for score_pages.py itself
(`score_pages.py DIR/html --cmd "tuiarchive parse --json"`). `--misses` prints each page that misses, with what
its body ended on and the items taken that are none.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tuiarchive.formats import parse_file
from tuiarchive.parser import NotAnArticle
from tuiarchive.parser.evaluate import norm, score_page

from .data_pages_inside import inside_stories
from .data_pages_stories import LICENCES, PUBLISHED, SITES, STORIES, WRITERS, Story

VARIANTS = ("text", "text-bare", "html", "html-under")
SEED = 40  # the seed of the stories drawn by data_pages_inside.py (--seed: a fresh draw)
FIELDS = ("body_start", "body_end", "related_recall", "related_precision")


def _row_text(row: str | tuple[str, ...], sep: str = "\t") -> str:
    return row if isinstance(row, str) else sep.join(row)


def last_row(story: Story) -> str:
    """The body's labelled last line: the text's last paragraph under its blocks, else the last row of its last
    block."""
    return story.after[-1] if story.after else _row_text(story.blocks[-1][1][-1], " ")


def _text_rows(rows: tuple[str | tuple[str, ...], ...], layout: str) -> list[str]:
    """A block's rows as a text copy sets them out: a table's cells apart by a tab, by a run of spaces that
    lines the columns up, or one cell a line (`layout`); a line of text as it is."""
    if all(isinstance(row, str) for row in rows) or layout == "tabs":
        return [_row_text(row) for row in rows]
    if layout == "cells":
        return [cell for row in rows for cell in ((row,) if isinstance(row, str) else row)]
    widths: dict[int, int] = {}
    for row in rows:
        for k, cell in enumerate((row,) if isinstance(row, str) else row):
            widths[k] = max(widths.get(k, 0), len(cell))
    cells = [(row,) if isinstance(row, str) else row for row in rows]
    return ["".join(c.ljust(widths[k] + 3) for k, c in enumerate(row)).rstrip() for row in cells]


def label(story: Story, file: str) -> dict[str, Any]:
    site = SITES[story.lang]
    last = last_row(story)
    if file.endswith(".html") and not story.after and _numbered(story.blocks[-1][1]):
        last = last.split(". ", 1)[1]  # an ordered list's number is the browser's, not the page's text
    return {
        "file": file,
        "title": story.headline,
        "published": PUBLISHED,
        "author": WRITERS[story.lang],
        "body_first": story.paragraphs[0],
        "body_last": last,
        "related_headlines": list(site["items"]),  # type: ignore[call-overload]
    }


def text_page(story: Story, *, bare: bool = False) -> str:
    site: dict[str, Any] = SITES[story.lang]
    lines = [site["site"], *site["menu"], "", story.headline, f"{site['by']} {WRITERS[story.lang]}", site["date"], ""]
    for paragraph in story.paragraphs:
        lines += [paragraph, ""]
    for heading, rows in story.blocks:
        lines += [heading] if heading else []
        lines += _text_rows(rows, story.layout)
        lines.append("")
    for paragraph in story.after:
        lines += [paragraph, ""]
    if story.kind == "voxpop":
        lines += [LICENCES[story.lang], ""]
    if not bare:
        lines += [site["share"], "", site["header"]]
    lines += [*site["items"], "", *site["footer"]]
    return "\n".join(lines) + "\n"


def _numbered(rows: tuple[str | tuple[str, ...], ...]) -> bool:
    return all(isinstance(r, str) and r[:1].isdigit() and ". " in r[:4] for r in rows)


def _block_html(heading: str, rows: tuple[str | tuple[str, ...], ...]) -> str:
    out = [f"<h3>{html.escape(heading)}</h3>"] if heading else []
    if not isinstance(rows[0], str):
        # a first row with no figure in it is the table's header
        head = [] if any(any(ch.isdigit() for ch in c) for c in rows[0]) else rows[:1]
        cells = ["<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in row) + "</tr>" for row in head]
        cells += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[len(head) :]]
        return "\n".join([*out, "<table>", *cells, "</table>"])
    if _numbered(rows):  # the steps as an ordered list: the browser prints their numbers
        items = [f"<li>{html.escape(r.split('. ', 1)[1])}</li>" for r in rows]  # type: ignore[union-attr]
        return "\n".join([*out, "<ol>", *items, "</ol>"])
    items = [f"<li>{html.escape(r.lstrip('• '))}</li>" for r in rows]  # type: ignore[union-attr]
    return "\n".join([*out, "<ul>", *items, "</ul>"])


def html_page(story: Story, *, under: bool = False) -> str:
    site: dict[str, Any] = SITES[story.lang]
    e = html.escape
    links = "\n".join(
        f'<li><a href="/news/{k + 101}-{story.lang}">{e(item)}</a></li>' for k, item in enumerate(site["items"])
    )
    site_list = f'<section class="more-news"><h2>{e(site["header"])}</h2><ul>\n{links}\n</ul></section>'
    body = [f"<p>{e(p)}</p>" for p in story.paragraphs]
    body += [_block_html(heading, rows) for heading, rows in story.blocks]
    body += [f"<p>{e(p)}</p>" for p in story.after]
    if story.kind == "voxpop":
        body.append(f"<p><small>{e(LICENCES[story.lang])}</small></p>")
    after = f'<aside class="related">{site_list}</aside>'
    if under:
        body.append(site_list)
        after = ""
    menu = "".join(f'<li><a href="/{e(m.lower())}">{e(m)}</a></li>' for m in site["menu"])
    return f"""<!DOCTYPE html>
<html lang="{story.lang}"><head><meta charset="utf-8">
<title>{e(story.headline)} | {e(site["site"])}</title>
<meta property="og:title" content="{e(story.headline)}">
<meta property="og:site_name" content="{e(site["site"])}">
<meta name="author" content="{e(WRITERS[story.lang])}">
<meta property="article:published_time" content="{PUBLISHED}T08:00:00Z">
</head><body>
<header><p class="logo">{e(site["site"])}</p><nav><ul>{menu}</ul></nav></header>
<main><article>
<h1>{e(story.headline)}</h1>
<p class="byline">{e(site["by"])} {e(WRITERS[story.lang])}</p>
<time datetime="{PUBLISHED}">{e(site["date"])}</time>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="share"><a href="#">{e(site["share"])}</a></div>
</article>
{after}
</main>
<footer><ul>{"".join(f"<li>{e(f)}</li>" for f in site["footer"])}</ul></footer>
</body></html>
"""


def pages(kinds: set[str] | None = None, seed: int = SEED) -> Iterator[tuple[str, str, Story, str, str]]:
    """(variant, file name, story, suffix, the page's text) for every story and variant: the stories written out
    and those drawn by `seed` (data_pages_inside.py)."""
    for n, story in enumerate([*STORIES, *inside_stories(seed)]):
        if kinds and story.kind not in kinds:
            continue
        name = f"{n:02d}-{story.kind}-{story.lang}" + (f"-{story.layout}" if story.kind == "table-in" else "")
        yield "text", name, story, ".txt", text_page(story)
        yield "text-bare", name + "-bare", story, ".txt", text_page(story, bare=True)
        yield "html", name, story, ".html", html_page(story)
        yield "html-under", name + "-under", story, ".html", html_page(story, under=True)


def write(folder: Path, kinds: set[str] | None = None, seed: int = SEED) -> dict[str, list[tuple[Story, str, Path]]]:
    """The pages written under `folder` (text/, html/, each with its labels.json), by variant."""
    written: dict[str, list[tuple[Story, str, Path]]] = {}
    labels: dict[str, list[dict[str, Any]]] = {"text": [], "html": []}
    for variant, name, story, suffix, page in pages(kinds, seed):
        sub = "html" if suffix == ".html" else "text"
        path = folder / sub / (name + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
        labels[sub].append(label(story, path.name))
        written.setdefault(variant, []).append((story, name, path))
    for sub, found in labels.items():
        if found:
            (folder / sub / "labels.json").write_text(json.dumps(found, ensure_ascii=False, indent=1), "utf-8")
    return written


def _answer(path: Path) -> dict[str, Any]:
    try:
        return parse_file(path).to_json()
    except NotAnArticle:
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", type=Path, help="keep the pages and their labels here")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--kinds", nargs="*", help="only these classes of block")
    ap.add_argument("--seed", type=int, default=SEED, help="draws the stories with their data inside the text")
    args = ap.parse_args(argv)
    kinds = set(args.kinds) if args.kinds else None
    with tempfile.TemporaryDirectory(prefix="data-pages-") as tmp:
        folder = args.write or Path(tmp)
        written = write(folder, kinds, args.seed)
        table: dict[tuple[str, str], dict[str, list[float]]] = {}
        for variant, found in written.items():
            for story, name, path in found:
                got = _answer(path)
                s = score_page(label(story, path.name), got)
                kind = (
                    f"{story.kind}/{story.layout}" if story.kind == "table-in" and path.suffix == ".txt" else story.kind
                )
                cell = table.setdefault((kind, variant), {})
                for f in FIELDS:
                    if s[f] is not None:
                        cell.setdefault(f, []).append(s[f])  # type: ignore[arg-type]
                if args.misses and any(s[f] is not None and s[f] < 1 for f in FIELDS):
                    _print_miss(variant, name, story, got, s)
    _print_table(table)
    return 0


def _print_miss(variant: str, name: str, story: Story, got: dict[str, Any], s: dict[str, float | None]) -> None:
    body = got.get("body") or [""]
    wrong = [f"{f}={s[f]:.2f}" for f in FIELDS if s[f] is not None and s[f] < 1]  # type: ignore[operator]
    print(f"{variant:10} {name}: {', '.join(wrong)}")
    if s["body_end"] is not None and s["body_end"] < 1:
        print(f"    ends on {norm(body[-1])[:90]!r}  (want {last_row(story)[:60]!r})")
    if s["body_start"] is not None and s["body_start"] < 1:
        print(f"    starts on {norm(body[0])[:90]!r}")
    wanted = {norm(h) for h in SITES[story.lang]["items"]}  # type: ignore[attr-defined]
    for item in got.get("related") or []:
        if norm(item.get("headline")) not in wanted:
            print(f"    took {norm(item.get('headline'))[:90]!r}")


def _print_table(table: dict[tuple[str, str], dict[str, list[float]]]) -> None:
    print(f"{'class':15} {'variant':11} {'pages':>5} " + " ".join(f"{f:>17}" for f in FIELDS))
    totals: dict[str, list[float]] = {}
    for (kind, variant), cell in sorted(table.items()):
        n = max((len(v) for v in cell.values()), default=0)
        row = []
        for f in FIELDS:
            values = cell.get(f, [])
            totals.setdefault(f, []).extend(values)
            row.append(f"{100 * sum(values) / len(values):16.0f}%" if values else f"{'-':>17}")
        print(f"{kind:15} {variant:11} {n:5} " + " ".join(row))
    print(
        f"{'all':15} {'':11} {'':5} "
        + " ".join(f"{100 * sum(v) / len(v):16.0f}%" if (v := totals.get(f)) else f"{'-':>17}" for f in FIELDS)
    )


if __name__ == "__main__":
    sys.exit(main())
