"""The body of a saved page agrees with the page (formats/htmlbody.py, formats/html.py): its paragraphs in
the order the page prints them, whatever order the library (trafilatura) hands them in.

Every page here is made up for these tests (our own text): a story laid out in nested divs (a header div
with a kicker, the headline, a dek, the byline, two times and a row of buttons; a div of paragraphs; a div
under it with a note on the method), the layout where the library moved the note and the header after the
text's first paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.formats import parse_file

TITLE = "Clock tower chimes again after a winter of repairs"
DEK = "The bells of the old market hall were silent for five months while a new frame was fitted."
TEXT = [
    "The clock on the market hall struck noon on Saturday for the first time since October, to applause from "
    "a crowd that had gathered in the square below.",
    "Two clockmakers from the coast spent the winter taking the works apart and fitting the bells to a new "
    "oak frame, after the old one was found to be rotten.",
    "The town paid for most of the work, with the rest raised by a bake sale and a sponsored walk around the "
    "ring road in the autumn.",
    "\u201cPeople set their day by that clock, and the square felt wrong without it,\u201d said the owner of the "
    "bakery on its corner.",
    "The bells will be rung by hand once a year, on the first Saturday of spring, as they were before the "
    "motor was added.",
]
NOTE = (
    "How we reported this: we went through the hall's records of repairs since the war and talked to both clockmakers."
)


def _page(note: str = NOTE, *, tag: str = "i") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in TEXT)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>\n"
        "<header class='site'><a href='/'>The Hillside Herald</a><nav><ul><li><a href='/news'>News</a></li>"
        "<li><a href='/town'>Town</a></li></ul></nav></header>\n"
        "<div id='content'><div class='story'><div class='head'>"
        f"<div class='kicker'>Town life</div><h1>{TITLE}</h1><p class='dek'>{DEK}</p>"
        "<div class='author'><a href='/people/1'>By Ruth Calloway</a></div>"
        "<div class='times'><time datetime='2026-03-14T08:20:00'>14 March 2026</time>"
        "<time datetime='2026-03-14T17:05:00'>Updated 14 March 2026</time></div>"
        "<div class='tools'><button>Share</button><button>Save</button><button>Listen</button></div></div>\n"
        f"<div class='text'>{paragraphs}</div>\n"
        f"<div class='post'><p><{tag}>{note}</{tag}></p></div></div>\n"
        "<div class='more'><h2>Most read</h2><ul><li><a href='/a'>Ferry fares to rise in May</a></li>"
        "<li><a href='/b'>New goalkeeper signs for the town club</a></li></ul></div></div>\n"
        "<footer><p>\u00a9 2026 The Hillside Herald</p></footer></body></html>"
    )


def _body(tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return parse_file(path).body


@pytest.mark.parametrize("tag", ["i", "em"])
def test_the_body_keeps_the_pages_order(tmp_path: Path, tag: str) -> None:
    body = _body(tmp_path, _page(tag=tag))
    assert body[0] == TEXT[0]
    # every paragraph once, in the page's order
    assert [p for p in body if p in TEXT] == TEXT
    assert TITLE not in body and DEK not in body


# a paywalled story: one paragraph in the text's div, then the block under it with more paragraphs
PAYWALLED = {
    "en": (
        "The old swimming baths on Mill Lane will be turned into a climbing centre, the council agreed on "
        "Wednesday night after a vote that went on past midnight.",
        [
            "This article is for members only.",
            "Join today to read on",
            "Get our app",
            "Our app sends you the town's news every morning and the football results every evening, free.",
            "Seen something? Tell our reporters.",
            "OK",
        ],
    ),
    "it": (
        "Le vecchie terme di via del Mulino diventeranno una palestra di arrampicata, ha deciso il consiglio "
        "comunale mercoledì sera dopo un voto andato avanti fino a mezzanotte.",
        [
            "Questo contenuto è per i soci.",
            "Iscriviti per leggere tutto",
            "Prova la nostra app",
            "La nostra app ti manda le notizie della città ogni mattina e i risultati del calcio ogni sera.",
            "Hai visto qualcosa? Dillo ai nostri cronisti.",
            "OK",
        ],
    ),
}


def _paywalled(lang: str) -> str:
    story, under = PAYWALLED[lang]
    block = "\n".join(f"<div class='paywall'>{line}</div>" for line in under[:2])
    block += "\n" + "\n".join(f"<p>{line}</p>" for line in [*under[2:], "Additional reporting by Ann Lowe"])
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'><title>Baths to become a climbing "
        "centre</title></head>\n<body><header class='site'><a href='/'>The Mill Town Times</a><nav><ul>"
        "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav></header>\n"
        "<div id='content'><div class='story'><div class='head'><div class='kicker'>Town</div>\n"
        "<h1>Baths to become a climbing centre</h1>\n"
        "<p class='dek'>A pool that closed in the spring gets a new life as a wall for climbers.</p>\n"
        "<div class='author'><a href='/people/2'>By Tom Ashdown</a></div>\n"
        "<div class='times'><time datetime='2026-02-05T08:10:00'>5 February 2026</time>"
        "<time datetime='2026-02-05T17:05:00'>Updated 5 February 2026</time></div>\n"
        "<div class='tools'><button>Share</button><button>Save</button><button>Comments</button></div></div>\n"
        f"<div class='text'><p>{story}</p></div>\n<div class='post'>{block}</div></div>\n"
        "<div class='more'><h2>Most read</h2><ul><li><a href='/a'>Ferry fares to rise in May</a></li>"
        "<li><a href='/b'>New goalkeeper signs for the town club</a></li></ul></div></div>\n"
        "<footer><p>\u00a9 2026 The Mill Town Times</p></footer></body></html>\n"
    )


@pytest.mark.parametrize("lang", sorted(PAYWALLED))
def test_a_paywalled_storys_paragraph_is_the_text_not_the_block_under_it(tmp_path: Path, lang: str) -> None:
    story, under = PAYWALLED[lang]
    body = _body(tmp_path, _paywalled(lang))
    assert body[0] == story
    if lang == "it":  # the library left the story's paragraph out and read the block under it alone
        assert under[3] not in body  # the app's pitch


BIOS = {
    "en": (
        "By Ruth Calloway",
        "Ruth Calloway covers politics and the town hall for the Herald. She grew up above a shop on the square.",
    ),
    "de": (
        "Von Ruth Calloway",
        "Ruth Calloway schreibt für den Herald über Politik und das Rathaus. Sie wuchs am Markt auf.",
    ),
    "es": (
        "Por Ruth Calloway",
        "Ruth Calloway cubre la política y el ayuntamiento para el Herald. Creció encima de una tienda de la plaza.",
    ),
}


def _with_bio(lang: str, *, own_block: bool) -> str:
    byline, bio = BIOS[lang]
    paragraphs = "\n".join(f"<p>{p}</p>" for p in TEXT)
    bio_html = f"<div class='post'><p>{bio}</p></div>" if own_block else f"<p>{bio}</p>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>\n"
        f"<main><article><div class='article-head'><h1>{TITLE}</h1><div class='author'>{byline}</div>"
        "<time datetime='2025-03-14'>14 March 2025</time></div>\n"
        f"<div class='article-body'>{paragraphs}\n{bio_html}</div></article></main>\n"
        "<footer><p>\u00a9 2025 The Hillside Herald</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(BIOS))
def test_the_writers_bio_in_a_block_under_the_text_is_not_its_last_paragraph(tmp_path: Path, lang: str) -> None:
    assert _body(tmp_path, _with_bio(lang, own_block=True))[-1] == TEXT[-1]


def test_a_bio_in_the_texts_own_block_stays_its_last_paragraph(tmp_path: Path) -> None:
    # a column's note on its writer printed as one more paragraph of the text: the labelled pages count it in
    assert _body(tmp_path, _with_bio("en", own_block=False))[-1] == BIOS["en"][1]


# notes set under the text in a div of their own (review W74): a writer's line, a correction, a print note
NOTES = [
    "Ruth Calloway writes about the town and the valley for the Herald.",
    "Correction: the bells were silent from October, not September as we first reported.",
    "This story appeared in the Saturday edition of the Herald.",
]


def test_notes_in_a_block_under_the_text_are_not_its_last_paragraphs(tmp_path: Path) -> None:
    notes = "".join(f"<p>{n}</p>" for n in NOTES)
    page = _page().replace("<div class='post'>", f"<div class='notes'>{notes}</div><div class='post'>")
    page = page.replace(f"<p><i>{NOTE}</i></p>", "")
    body = _body(tmp_path, page)
    assert body[-1] == TEXT[-1]
    assert not set(NOTES) & set(body)


def test_short_notes_in_the_texts_own_block_are_not_its_last_paragraphs(tmp_path: Path) -> None:
    notes = [
        "Correction: an earlier version of this story gave the wrong month for the repairs.",
        "Seen something in town we should know about? Send us a message.",
    ]
    page = _page().replace(f"{TEXT[-1]}</p>", f"{TEXT[-1]}</p>" + "".join(f"<p>{n}</p>" for n in notes))
    page = page.replace(f"<p><i>{NOTE}</i></p>", "")
    body = _body(tmp_path, page)
    assert body[-1] == TEXT[-1]
