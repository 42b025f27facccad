"""Made-up saved web pages (.html) that probe where a byline sits in the markup (issue 14), author scored by
class and by language, as `tuiarchive parse` reads a saved page (the copy reading and the library's).

    python -m benchmarks.byline_html [--seed N] [--per N] [--out DIR] [--misses]

Classes: the byline right under the headline (its word and the name's link in their own elements), a name
alone (no "By"), the date on the breadcrumb's line over the headline, the date under the standfirst, a cookie
notice over the page, a newsletter box after the story, a contributor line under the text, an author card at the
end only, and a page that names nobody. The markup's own fields vary as real pages' do: a meta author (the
writer, the site's name, a desk, or none), JSON-LD with the writer or not. Eight languages of
benchmarks.byline_probe_words; all pages from one random stream of the seed (madeup_sets.write_seeded).
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections import defaultdict

from tuiarchive.formats import parse_file
from tuiarchive.parser import NotAnArticle
from tuiarchive.parser.evaluate import score_page

from .byline_probe_words import Words
from .byline_probes import BY_CODE, Page
from .madeup_sets import Label, options, write_seeded

CLASSES = (
    "under_headline",
    "bare_name",
    "breadcrumb_date",
    "date_after_standfirst",
    "cookie_notice",
    "newsletter_after",
    "contributor_line",
    "card_at_end",
    "no_byline",
)
FIELDS = ("author", "title", "date")
COOKIE = {
    "en": ("We use cookies to run this site and to count visits.", "Accept", "Settings"),
    "de": ("Wir verwenden Cookies, um diese Seite zu betreiben und Besuche zu zählen.", "Akzeptieren", "Einstellungen"),
    "fr": ("Nous utilisons des cookies pour faire fonctionner ce site.", "Accepter", "Paramétrer"),
    "nl": ("Wij gebruiken cookies om deze site te laten werken.", "Akkoord", "Instellingen"),
    "es": ("Usamos cookies para que este sitio funcione.", "Aceptar", "Configurar"),
    "it": ("Usiamo i cookie per far funzionare questo sito.", "Accetta", "Impostazioni"),
    "pt": ("Usamos cookies para o funcionamento deste site.", "Aceitar", "Definições"),
    "pl": ("Używamy plików cookie, aby strona działała.", "Akceptuję", "Ustawienia"),
}
CONTRIBUTED = {
    "en": "{} contributed reporting.",
    "de": "Mitarbeit: {}",
    "fr": "Avec {}.",
    "nl": "Met medewerking van {}.",
    "es": "Con información de {}.",
    "it": "Ha collaborato {}.",
    "pt": "Colaborou {}.",
    "pl": "Współpraca: {}",
}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _byline(p: Page, bare: bool, rng: random.Random) -> str:
    link = f'<a href="/authors/{p.name.lower().replace(" ", "-")}" rel="author">{_e(p.name)}</a>'
    if bare:
        return f'<div class="author">{link}</div>'
    word = p.w.by.format("").strip()
    form = rng.randrange(3)
    if form == 0:
        return f'<div class="byline"><span class="by">{_e(word)}</span> {link}</div>'
    if form == 1:
        return f'<p class="byline">{_e(word)} {link}</p>'
    return f'<div class="byline"><span>{_e(word)}</span><span class="name">{link}</span></div>'


def _time(p: Page) -> str:
    return f'<time datetime="{p.day.isoformat()}T09:30:00">{_e(p.date_line())}</time>'


def make_page(lang: str, shape: str, ending: str, rng: random.Random) -> tuple[str, Label]:
    w: Words = BY_CODE[lang]
    p = Page(w, rng)
    author: str | None = p.name
    standfirst = f'<p class="standfirst">{_e(rng.choice(w.standfirsts))}</p>'
    crumbs = " › ".join(w.menu[:2])
    top: list[str] = []
    head = [f"<h1>{_e(p.headline)}</h1>"]
    if shape == "under_headline":
        head += [_byline(p, False, rng), _time(p), standfirst]
    elif shape == "bare_name":
        head += [standfirst, _byline(p, True, rng), _time(p)]
    elif shape == "breadcrumb_date":
        head = [f'<div class="crumbs">{_e(crumbs)} · {_time(p)}</div>', *head, _byline(p, rng.random() < 0.3, rng)]
    elif shape == "date_after_standfirst":
        head += [standfirst, f'<div class="meta">{_time(p)}</div>', _byline(p, rng.random() < 0.3, rng)]
    elif shape == "cookie_notice":
        notice, ok, settings = COOKIE[lang]
        buttons = f"<button>{_e(ok)}</button><button>{_e(settings)}</button>"
        top = [f'<div class="consent"><p>{_e(notice)}</p>{buttons}</div>']
        head += [_byline(p, rng.random() < 0.3, rng), _time(p)]
    else:
        head += [_time(p)] if shape in ("card_at_end", "no_byline") else [_byline(p, False, rng), _time(p)]
    if shape == "no_byline":
        author = None
    paragraphs = [f"<p>{_e(x)}</p>" for x in w.paragraphs]
    after: list[str] = []
    if shape == "newsletter_after":
        box = w.newsletter
        after = [f'<div class="newsletter"><h3>{_e(box[0])}</h3><input placeholder="{_e(box[1])}">'
                 f"<button>{_e(box[2])}</button></div>"]  # fmt: skip
    elif shape == "contributor_line":
        other = p._names(4)[-1]
        after = [f"<p><em>{_e(CONTRIBUTED[lang].format(other))}</em></p>"]
    elif shape == "card_at_end":
        after = [
            f'<div class="author-card"><img src="/img/a.jpg" alt="{_e(p.name)}"><a href="/authors/x">{_e(p.name)}</a>'
            f"<p>{_e(rng.choice(w.jobs))}</p><p>{_e(w.bio.format(p.name.split()[0]))}</p></div>"
        ]
    related = "".join(f'<li><a href="/n/{k}">{_e(h)}</a></li>' for k, h in enumerate(w.headlines) if h != p.headline)
    meta_author = rng.choice([p.name if author else None, p.site, rng.choice(w.desks), None])
    meta = f'<meta name="author" content="{_e(meta_author)}">' if meta_author else ""
    if rng.random() < 0.4:
        ld: dict[str, object] = {"@type": "NewsArticle", "headline": p.headline, "datePublished": p.day.isoformat()}
        if author and rng.random() < 0.5:
            ld["author"] = {"@type": "Person", "name": p.name}
        ld["publisher"] = {"@type": "Organization", "name": p.site}
        meta += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    nav = "".join(f'<li><a href="/{k}">{_e(m)}</a></li>' for k, m in enumerate(w.menu))
    body = (
        f'{"".join(top)}<header><a href="/">{_e(p.site)}</a><nav><ul>{nav}</ul></nav></header>\n'
        f'<main><article><header>{"".join(head)}</header>\n<div class="text">{"".join(paragraphs)}</div>\n'
        f"{''.join(after)}</article><aside><ul>{related}</ul></aside></main>\n"
        f"<footer><p>© {p.day.year} {_e(p.site)}</p></footer>"
    )
    document = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{_e(p.headline)} | {_e(p.site)}'
        f"</title>{meta}</head>\n<body>{body}</body></html>\n"
    )
    return document, p.label(author)


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__ or "", "/tmp/byline-html", 4301, 3, "pages per class and language")
    args = ap.parse_args(argv)
    labels = write_seeded(args.out, args.seed, CLASSES, BY_CODE, args.per, ("p",), make_page)
    tally: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    misses = []
    for label in labels:
        path = args.out / label["file"]
        html_path = path.with_suffix(".html")
        path.rename(html_path)
        try:
            got = parse_file(html_path).to_json()
        except NotAnArticle:
            got = {}
        scores = score_page(label, got)
        shape, lang = label["file"].split("-")[:2]
        for key in (shape, f"lang {lang}", "all"):
            for field in FIELDS:
                tally[key][field].append(scores[field] or 0.0)
        if not scores["author"]:
            misses.append(f"  {html_path.name}: got {got.get('author')!r}, want {label['author']!r}")
    print(f"{'group':<22} {'pages':>5} {'author':>7} {'title':>6} {'date':>6}")
    for key in sorted(tally, key=lambda k: (k != "all", k.startswith("lang"), k)):
        row = tally[key]
        figures = " ".join(f"{sum(row[f]) / len(row[f]):>{max(6, len(f))}.0%}" for f in FIELDS)
        print(f"{key:<22} {len(row['author']):>5} {figures}")
    if args.misses:
        print("misses:", *misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
