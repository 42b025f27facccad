"""How many items of the page's own lists on real pages are not shaped like another article's headline.

    python -m benchmarks.related_junk [--shared DIR] [--show N] [--reasons]

The real web pages (web-pages: each page's text copy and its saved .html) and the page copies
are parsed alone (no archive context), and every item of their lists of other articles is put
to a check of its own, written here apart from the parser's rules on purpose (a count made by
the parser's own rule would only say the rule agrees with itself). Most of these pages have no
related labels, so this is no precision: it is a count of what a reader sees in the pane and
would not take for a headline:

  words        not 3-20 words (CJK: 6-60 characters): a menu's word, a paragraph
  code         code or markup punctuation: `{ } = < >`, a line ending ";", `"key":`, `$(`, `=>`
  lower        its first word in small letters in a script with capitals: a sentence's piece, a comment
  ends-colon   ends with ":": a header or a lead-in, no item
  button       starts with a button's verb ("Download", "Sign in", "Subscribe", "Share") or a
               reader's one ("Reply", "Report")
  count        a count of shares, comments, views ("shared 318 times", "14 comments")
  stamp        a time alone (6 words at most) as comments and teasers print it ("5 hours ago at 9:40 pm")
  address      an e-mail address, a handle or a web address
  page's own   a sentence of the page's own text, or the page's headline
  one-item     (counted per list, not per item) a list of one item: a commenter's name over a
               comment, an advertiser's name over a promo

An item is counted once, under its first reason. `--show N` prints N flagged items (page, list,
item, reason) to see what the counts are made of; `--reasons` prints the count per reason. The
pages are read from ../shared at run time; nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tuiarchive.formats import parse_file
from tuiarchive.parser import NotAnArticle
from tuiarchive.parser.evaluate import shared_root

_CODE = re.compile(r"[{}<>]|;$|(?<![=!<>])=(?!=)|^\"\w+\"\s*:|\$\(|=>|\w\(\)")
_COUNT = re.compile(
    r"^\d[\d,.]*\s*k?\s+(?:shares?|comments?|views?|likes?|replies|reactions?)$"
    r"|\b(?:shared|viewed|liked)\s+\d[\d,.]*\s*k?\s+times\b",
    re.I,
)
_STAMP = re.compile(
    r"\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|anos?|días?|jours?|tage?n?)\s+"
    r"(?:ago|atrás)\b|\b(?:hace|il y a|vor)\s+\d+\s+\w+|\b\d{1,2}:\d{2}\s*[ap]\.?m\b",
    re.I,
)
_ADDRESS = re.compile(r"\S@\S|https?://|www\.|\.(?:com|org|net)\b", re.I)
# the first words of a button or a reader's action (English and a few other languages): not
# the parser's word lists, a short list of its own
_BUTTON_STARTS = (
    "download",
    "install",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "subscribe",
    "share",
    "follow us",
    "click",
    "tap",
    "continue",
    "undo",
    "reply",
    "report this",
    "report abuse",
    "print",
    "e-mail",
    "email",
    "send",
    "view all",
    "see all",
    "show more",
    "load more",
    "get the app",
    "learn more",
    "try",
    "join",
    "donate",
    "comment",
    "herunterladen",
    "anmelden",
    "abonnieren",
    "teilen",
    "télécharger",
    "connexion",
    "s'abonner",
    "partager",
    "descargar",
    "suscríbete",
    "compartir",
    "iniciar sesión",
)
REASONS = ("words", "code", "lower", "ends-colon", "button", "count", "stamp", "address", "page's own")


def _cjk(text: str) -> int:
    return sum(1 for c in text if unicodedata.east_asian_width(c) in "WF")


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def reason(item: str, own: set[str], body: str) -> str | None:
    """Why `item` is not shaped like another article's headline (None: it is)."""
    text = " ".join(item.split())
    cjk = _cjk(text)
    if cjk >= 4:
        if not 6 <= cjk <= 60:
            return "words"
    elif not 3 <= len(text.split()) <= 20:
        return "words"
    if _CODE.search(text):
        return "code"
    first = text.split()[0]
    if first.isalpha() and first.islower() and first.upper() != first:
        return "lower"  # (a first word in figures, "120-year-old", or a name's case, "iPhone": a headline's)
    if text.endswith(":"):
        return "ends-colon"
    folded = text.casefold()
    if any(folded.startswith(b) and not folded[len(b) : len(b) + 1].isalpha() for b in _BUTTON_STARTS):
        return "button"
    if _COUNT.search(text):
        return "count"
    if len(text.split()) <= 6 and _STAMP.search(text):
        return "stamp"
    if _ADDRESS.search(text):
        return "address"
    key = _normal(text)
    if key in own or (len(key) >= 40 and key in body):
        return "page's own"
    return None


@dataclass
class Tally:
    pages: int = 0
    failed: int = 0
    items: int = 0
    lists: int = 0
    one_item: int = 0
    flagged: Counter[str] = field(default_factory=Counter)
    shown: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def junk(self) -> int:
        return sum(self.flagged.values())


def tally(paths: list[Path]) -> Tally:
    t = Tally()
    for path in paths:
        t.pages += 1
        try:
            article = parse_file(path)
        except NotAnArticle:
            t.failed += 1
            continue
        body = "\n".join(_normal(p) for p in article.body)
        own = {_normal(article.title or "")}
        sizes = Counter(r.section for r in article.related)
        t.lists += len(sizes)
        t.one_item += sum(1 for n in sizes.values() if n == 1)
        t.shown.extend(
            (path.name, s, next(r.headline for r in article.related if r.section == s), "one-item")
            for s, n in sizes.items()
            if n == 1
        )
        for r in article.related:
            t.items += 1
            why = reason(r.headline, own, body)
            if why is not None:
                t.flagged[why] += 1
                t.shown.append((path.name, r.section, r.headline, why))
    return t


def page_sets(root: Path) -> dict[str, list[Path]]:
    web = root / "corpora" / "web-pages"
    copies = root / "corpora" / "page-copies"
    return {
        "web-readability .txt": sorted(web.glob("readability-*.txt")),
        "web-readability .html": sorted(web.glob("readability-*.html")),
        "web-scrapinghub .txt": sorted(web.glob("scrapinghub-*.txt")),
        "web-scrapinghub .html": sorted(web.glob("scrapinghub-*.html")),
        "page-copies": sorted(copies.glob("*.txt")),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--show", type=int, default=0, help="print this many flagged items")
    ap.add_argument("--reasons", action="store_true", help="the count per reason")
    args = ap.parse_args(argv)
    root = shared_root(args.shared)
    if root is None:
        print("no shared corpora (../shared or --shared DIR)", file=sys.stderr)
        return 2
    print("| set | pages | lists | one-item lists | items | not headline-shaped | % |")
    print("|---|---|---|---|---|---|---|")
    total = Tally()
    for name, paths in page_sets(root).items():
        t = tally(paths)
        share = f"{100 * t.junk / t.items:.1f}" if t.items else "-"
        print(f"| {name} | {t.pages} | {t.lists} | {t.one_item} | {t.items} | {t.junk} | {share} |")
        for attr in ("pages", "failed", "items", "lists", "one_item"):
            setattr(total, attr, getattr(total, attr) + getattr(t, attr))
        total.flagged.update(t.flagged)
        total.shown.extend(t.shown)
    share = f"{100 * total.junk / total.items:.1f}" if total.items else "-"
    print(f"| **all** | {total.pages} | {total.lists} | {total.one_item} | {total.items} | {total.junk} | {share} |")
    if total.failed:
        print(f"({total.failed} pages refused)")
    if args.reasons:
        print()
        print(" · ".join(f"{why} {total.flagged[why]}" for why in REASONS))
    for page, section, item, why in total.shown[: args.show]:
        print(f"{why:>10}  {page[:40]:40}  [{section[:30]}]  {item[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
