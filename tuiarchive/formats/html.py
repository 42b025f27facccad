"""Saved web pages (.html, .htm; "Save Page As", SingleFile): an article from the markup.

Two readings of the page are combined. trafilatura (with htmldate for dates) reads the
markup and its metadata: Open Graph, JSON-LD, `<time>`, bylines, the main-content block.
Our text-copy parser reads the page rendered to text lines as a browser shows it
(`htmltext.inner_text`): it knows the visible header (the headline above the byline and
dateline) and the page's own lists of other articles. Each field is taken from the reading
that measured better on labelled pages (see `choose`), and the lists get their links' URLs
from the markup. The body's first and last paragraphs are settled on the rendered lines from
what the markup says about them (`htmlbody.refine_body`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..model import Article, RelatedItem, article_id, content_hash
from ..parser import NotAnArticle, parse_bytes
from ..parser.closing import signs_off
from ..parser.context import PageContext, is_chrome
from ..parser.copyterms import sets_copy_terms
from ..parser.endnotes import is_note_heading, is_site_note, tells_its_making
from ..parser.lexicon import cjk_chars
from ..parser.names import without_label
from ..parser.sitename import key, name_keys, without_site_name
from ..text import headline_key
from .htmlads import link_texts, site_run_under_ads, without_ads
from .htmlagree import story_above, tail_in_another_block, under_header_lines, without_writers_bio
from .htmlbody import is_furniture_text, is_prose, is_short_lead, is_timestamp, refine_body
from .htmllists import glued_lists, unglued
from .htmltext import is_hidden, parse_html, rendered
from .urls import absolute_url

__all__ = ["page_tree", "read", "read_tree"]


@dataclass(slots=True)
class LibraryReading:
    """What trafilatura makes of a page."""

    title: str | None = None
    author: str | None = None
    published: date | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None
    body: list[str] = field(default_factory=list)


def read(data: bytes, path: str | Path, *, context: PageContext | None = None) -> Article:
    return read_tree(page_tree(data), data, path, context=context)


def page_tree(data: bytes) -> Any:
    """A saved page's parsed markup (NotAnArticle: not a web page)."""
    if not data.strip():
        raise NotAnArticle("empty file")
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotAnArticle("binary data, not a web page")
    if b"<" not in head:
        raise NotAnArticle("not a web page (no HTML in it)")
    try:
        return parse_html(data)
    except (ValueError, TypeError) as exc:
        raise NotAnArticle("not a web page (no HTML in it)") from exc


def read_tree(
    root: Any, data: bytes, path: str | Path, *, url: str | None = None, context: PageContext | None = None
) -> Article:
    """The article of a parsed page; `url`: the address it was saved from, when known (WARC);
    `context`: the archive around it (parser.context): the page's rendered lines are its lines,
    and its site's chrome is dropped from both readings."""
    page_url = url or own_url(root)
    library = library_reading(root, page_url)
    text, blocks = rendered(root)
    copy = copy_reading(text, path, context)
    if copy is None and not library.body:
        raise NotAnArticle("no article text found in the page")
    library.body = refine_body(library.body, blocks)
    if context is not None and context.used:  # after refine_body, which may reach into the chrome again
        library.body = [p for p in library.body if not is_chrome(p, context.used)] or library.body
    article = choose(library, copy, root, path, _lines(text))
    if copy is not None:
        article.body = tail_in_another_block(article.body, copy.body, blocks)
    article.body = without_writers_bio(article.body, article.author, blocks)
    article.url = page_url or library.url
    article.related = without_ads(with_urls(article.related, root, article.url), root, article.url)
    article.related = site_run_under_ads(article.related, _lines(text), root, article.url, article.body)
    article.related = unglued(article.related, root)  # (a label, date or teaser on an item's line: no headline's)
    article.related = glued_lists(article.related, root, _lines(text), article.body)
    if any(r.url is None for r in article.related):  # (a headline's link found once it stands alone)
        article.related = with_urls(article.related, root, article.url)
    article.content_hash = content_hash(data)
    return article


# ---------------------------------------------------------------------- the two readings
def library_reading(root: Any, url: str | None) -> LibraryReading:
    import copy as _copy

    import trafilatura
    from trafilatura.settings import set_date_params

    # No extensive date search: its fallback (dateparser) compiles ~200 locales on first use (~2 s of CPU
    # per process) to guess a date from free text; our copy reading's date line is used instead.
    doc = trafilatura.bare_extraction(
        _copy.deepcopy(root),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=set_date_params(extensive=False),
    )
    if doc is None:
        return LibraryReading(language=_language(root))
    body = [p.strip() for p in (doc.text or "").split("\n") if p.strip()]
    return LibraryReading(
        title=_clean(doc.title),
        author=_clean(doc.author),
        published=_iso_day(doc.date),
        site=_clean(doc.sitename),
        language=_clean(getattr(doc, "language", None)) or _language(root),
        url=_clean(doc.url),
        body=body,
    )


def copy_reading(text: str, path: str | Path, context: PageContext | None = None) -> Article | None:
    """Our text-copy parser on the page rendered as text (`htmltext.inner_text`)."""
    try:
        return parse_bytes(text.encode("utf-8"), Path(path).with_suffix(".txt"), context=context)
    except NotAnArticle:
        return None


# ---------------------------------------------------------------------- choosing per field
def choose(library: LibraryReading, copy: Article | None, root: Any, path: str | Path, lines: list[str]) -> Article:
    """Per field, the reading that scored better on the labelled pages (first choice first)."""
    base = copy or Article(id="", path="", title="")
    title = visible_title(root, library, lines) or base.title or Path(path).stem
    published = library.published or base.published
    # the headline the markup gives may be a line the copy reading took for the last item of a bar
    # of headlines over it (review W2): the page's own headline is no item of its lists
    own = headline_key(title)
    author = _not_the_site(
        _byline(choose_author(_copy_author(base, title, lines), library.author, title, lines)), base, library, root
    )
    copy_body = _without_headline(base.body, title)
    body = story_above(choose_body(_without_headline(library.body, title), copy_body), copy_body, lines)
    body = under_header_lines(body, copy_body)
    if len(body) > 1 and signs_off(body[-1], author):
        body = body[:-1]  # "— Jane Roe" under the text: its signature, as the copy reading ends before it
    return Article(
        id=article_id(path),
        path=str(Path(path).absolute()),
        title=title,
        published=_with_time(published, root, base.published),
        author=author,
        site=library.site or base.site,
        read_minutes=base.read_minutes,
        body=body,
        related=[r for r in base.related if headline_key(r.headline) != own],
        truncated=base.truncated,
        encoding="utf-8",
        language=library.language,
    )


def choose_body(library: list[str], copy: list[str]) -> list[str]:
    """The library's body (its ends measured better than the copy parser's), from its first
    paragraph of prose or short sentence (it often keeps a kicker, a timestamp or a byline above
    it), without the calls to subscribe, share or comment it leaves at the end. The copy
    parser's body is the fallback."""
    if not library:
        return copy
    body = library
    start = 0
    while start < len(body) - 1 and (
        not (is_prose(body[start]) or is_short_lead(body[start])) or is_timestamp(body[start])
    ):
        start += 1
    body = body[start:]
    while len(body) > 1:
        if _site_note_at_end(body):
            body = body[:-1]
            if len(body) > 1 and is_note_heading(body[-1]):
                body = body[:-1]  # the note's heading ("Behind the numbers")
        elif is_furniture_text(body[-1]):
            body = body[:-1]
        else:
            break
    return body


def _site_note_at_end(body: list[str]) -> bool:
    """The body's last paragraph is the site's note, not the story's (parser.endnotes: the terms it may be
    republished under or copied on, a note on how it was made, a labelled note on its writer), as the copy parser's
    reader ends the text before one (review-parser W3: a saved page's library keeps them in <article>)."""
    if is_site_note(body[-1]) or sets_copy_terms(body[-1]):
        return True
    return tells_its_making(body[-1], headed=is_note_heading(body[-2]))


def _copy_author(copy: Article, title: str, lines: list[str]) -> str | None:
    """The copy reading's byline; where it read none under a headline of its own that is not the page's (a
    breadcrumb with the date over the <h1>), the byline under the page's headline as the copy reading reads one."""
    if copy.author or not copy.title or headline_key(copy.title) == headline_key(title):
        return copy.author
    from ..parser.extract import author_under  # (the rules: loaded once a page is read)

    return author_under(lines, title)


def choose_author(copy: str | None, library: str | None, title: str, lines: list[str]) -> str | None:
    """The byline: where the two readings differ, the name printed nearer below the headline
    (a page also names the authors of other articles, in lists and in its markup)."""
    if not copy or not library or _words(copy) & _words(library):
        return copy or library
    start = next((i for i, line in enumerate(lines) if line == title), None)
    if start is None:
        return copy

    def distance(name: str) -> int:
        for i, line in enumerate(lines[start : start + 60]):
            if name.lower() in line.lower():
                return i
        return 10**6

    return library if distance(library) < distance(copy) else copy


def _not_the_site(author: str | None, copy: Article, library: LibraryReading, root: Any) -> str | None:
    """The byline without the site's name as the markup gives it (og:site_name, the publisher, the
    logo's link, the address: parser.sitename), unless the copy reading found a personal site's owner
    (the name its footer's copyright gives the site too) and took them for the writer: the markup's author
    alone that is the site's name is a paper's own name in its meta tags, no writer."""
    if not author:
        return author
    if copy.site and key(author) == key(copy.site):
        return author if key(author) == key(copy.author or "") else None
    url = own_url(root) or library.url
    return without_site_name(author, name_keys([*_own_site_names(root, url), library.site, url]))


def _own_site_names(root: Any, url: str | None) -> list[str]:
    """The site's name as the markup states it: og:site_name, the JSON-LD publisher, the text of a link to
    its own front page ("/" or its host's; site_names also takes other hosts' front pages, where a
    writer's profile or a commenter's blog may be)."""
    host = urlsplit(url or "").netloc.lower()
    names = [
        meta.get("content") or ""
        for meta in root.iterfind(".//meta")
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name"
    ]
    names += [item["publisher"]["name"] for item in json_ld(root) if _publisher_name(item)]
    for a in root.iterfind(".//a[@href]"):
        href = a.get("href", "")
        if _front_page(href) and not is_hidden(a) and urlsplit(href.strip()).netloc.lower() in ("", host):
            names.append(" ".join(a.text_content().split()))
    return names


def _publisher_name(item: Any) -> bool:
    publisher = item.get("publisher")
    return isinstance(publisher, dict) and isinstance(publisher.get("name"), str)


_BY = re.compile(r"^(?:by|par|von|por|di|door)\s+", re.I)


def _byline(author: str | None) -> str | None:
    """The name(s) of a byline, without its "By" (or a CJK writer's label: "作者：")."""
    if not author:
        return None
    if "; " in author:  # the library's writers, one after another ("Jane Roe; John Doe"): as bylines list them
        author = ", ".join(part.strip() for part in author.split(";") if part.strip())
    return without_label(_BY.sub("", author).strip()) or None


def _without_headline(body: list[str], title: str) -> list[str]:
    """The body without the headline that extraction often keeps as its first line."""
    key = headline_key(title)
    start = 0
    while start < len(body) and start < 2 and headline_key(body[start]) == key:
        start += 1
    return body[start:]


def _with_time(
    day: datetime | date | None, root: Any, printed: datetime | date | None = None
) -> datetime | date | None:
    """The publication day with its time of day, when the page's metadata gives one for it: as
    the page prints it, in its own time zone. A UTC stamp (og's "...T07:00:02Z") gives way to the
    same moment in the page's local zone, from a stamp of its own ("...T02:00:02-0500") or as
    the text prints it (`printed`, the copy reading's: "02.00 EST"): the stored time has no
    zone, and the .txt and .html of one article were 5 h apart (review s33 U17)."""
    if day is None or isinstance(day, datetime):
        return day
    metadata = _published_metadata(root)
    own = {*metadata, *(t.get("datetime", "") for t in root.iterfind(".//time[@datetime][@itemprop='datePublished']"))}
    stamps = metadata + [t.get("datetime", "") for t in root.iterfind(".//time[@datetime]")]
    found = [(value, stamp) for value in stamps if (stamp := _iso_datetime(value)) and stamp.date() == day]
    if not found:
        return day
    first, stamp = found[0]
    if _offset(first) != timedelta(0):
        return stamp
    for value, local in found:  # UTC: the page's own local time of that moment, if it gives one
        offset = _offset(value)
        if value in own and offset and local - offset == stamp:
            return local
    if isinstance(printed, datetime) and printed.date() == day and _a_zone_apart(stamp, printed):
        return printed
    return stamp


def _a_zone_apart(utc: datetime, local: datetime) -> bool:
    """Two times of one day that read as one moment in UTC and in some time zone: apart by a
    whole number of quarter hours, at most 14 hours (the widest offsets), not the same."""
    apart = abs(utc - local)
    return timedelta(0) < apart <= timedelta(hours=14) and apart % timedelta(minutes=15) == timedelta(0)


def _published_metadata(root: Any) -> list[str]:
    """When the page says it was published, in its metadata (og, JSON-LD)."""
    stamps = [
        meta.get("content", "")
        for meta in root.iterfind(".//meta[@property]")
        if meta.get("property", "").lower() in ("article:published_time", "og:article:published_time")
    ]
    stamps += [str(item["datePublished"]) for item in json_ld(root) if isinstance(item.get("datePublished"), str)]
    return stamps


_OFFSET = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2}))$", re.I)


def _offset(value: str) -> timedelta | None:
    """The time zone a stamp gives: its offset from UTC (Z: none), or None when it gives none."""
    m = _OFFSET.search(value.strip())
    if not m:
        return None
    if m.group(1):
        return timedelta(0)
    offset = timedelta(hours=int(m.group(3)), minutes=int(m.group(4)))
    return -offset if m.group(2) == "-" else offset


_ISO_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")


def _iso_datetime(value: str) -> datetime | None:
    m = _ISO_STAMP.match(value.strip())
    if not m:
        return None
    try:
        return datetime(*(int(g) for g in m.groups()))  # as printed: the page's own time zone
    except ValueError:
        return None


# ---------------------------------------------------------------------- the headline
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:\u2022/-]+\s+|\s*[|_]\s*|\s+::\s+")


def visible_title(root: Any, library: LibraryReading, lines: list[str]) -> str | None:
    """The headline as the page shows it: the metadata's title where it is a line of the page,
    else the part of it that is (a site name cut off), else the visible line that is a
    variant of it (other quotes, a word more or less), else the metadata's title. The page's
    own titles (og:title, JSON-LD headline, <title>) come before the library's, which is often
    an <h1> that names the site or a section rather than the article."""
    site = site_names(root)
    candidates = [c for c in (*_meta_titles(root), library.title) if c and headline_key(c) not in site]
    if not candidates:  # the page's titles are only its site's name: its headline is its <h1>
        return page_headline(root)
    shown = set(lines)
    by_key = {}
    for line in lines:
        by_key.setdefault(headline_key(line), line)
    for title in candidates:
        if title in shown:
            return title
        for part in sorted(_runs(title), key=len, reverse=True):
            if _title_sized(part) and part in shown:
                return part
        line = by_key.get(headline_key(title))
        if line:
            return line
    headings = [" ".join(h.text_content().split()) for h in root.iterfind(".//h1")]
    for title in candidates:
        words = _words(title)
        best, best_score = None, 0.0
        for line in headings + lines[:400]:
            if not 0.5 <= len(line) / max(1, len(title)) <= 2:
                continue
            other = _words(line)
            score = len(words & other) / max(1, len(words | other))
            if score > best_score:
                best, best_score = line, score
        if best and best_score >= 0.6:
            return best
    return candidates[0] if candidates else None


def site_names(root: Any) -> set[str]:
    """The site's own name as the page gives it (headline keys): og:site_name, the JSON-LD
    publisher's name, the text of a link to the site's front page (its logo)."""
    names = [
        meta.get("content") or ""
        for meta in root.iterfind(".//meta")
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name"
    ]
    for item in json_ld(root):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    for a in root.iterfind(".//a[@href]"):
        if _front_page(a.get("href", "")) and not is_hidden(a):
            names.append(a.text_content())
    return {key for key in (headline_key(" ".join(n.split())) for n in names) if key}


def _front_page(href: str) -> bool:
    """A link to the site's front page: "/", "https://site.example/" (not "#", not a query)."""
    parts = urlsplit(href.strip())
    return (
        parts.scheme in ("", "http", "https")
        and parts.path in ("", "/")
        and not (parts.query or parts.fragment)
        and bool(parts.netloc or parts.path)
    )


def page_headline(root: Any) -> str | None:
    """The page's headline as its markup marks it: the first <h1> of its <article> (or <main>),
    else its only <h1>."""
    for scope in (".//article//h1", ".//main//h1"):
        for h1 in root.iterfind(scope):
            text = " ".join(h1.text_content().split())
            if text and not is_hidden(h1):
                return text
    found = [" ".join(h.text_content().split()) for h in root.iterfind(".//h1")]
    return found[0] if len(found) == 1 and found[0] else None


def _title_sized(part: str) -> bool:
    """Long enough to be a headline rather than a site's or section's name: two words, or
    six characters of a script written without spaces."""
    return len(part) >= 6 if cjk_chars(part) else len(part.split()) >= 2


def _runs(title: str) -> list[str]:
    """The title's leading and trailing runs of parts, as written (a site name cut off)."""
    out = []
    for sep in _TITLE_SEPARATORS.finditer(title):
        out += [title[: sep.start()].strip(), title[sep.end() :].strip()]
    return [o for o in out if o]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _meta_titles(root: Any) -> list[str]:
    found = []
    for meta in root.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and meta.get("content"):
            found.append(" ".join(meta.get("content").split()))
    found += [" ".join(str(i["headline"]).split()) for i in json_ld(root) if isinstance(i.get("headline"), str)]
    page = _page_title(root)
    if page:
        found.append(page)
    return found


def _lines(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            seen.setdefault(line, None)
    return list(seen)


# ---------------------------------------------------------------------- the page's own facts
def own_url(root: Any) -> str | None:
    """The page's address as it states it: the canonical link, else og:url."""
    for link in root.iterfind(".//link[@rel]"):
        if "canonical" in link.get("rel", "").lower().split() and link.get("href"):
            found = absolute_url(link.get("href"), None)
            if found:
                return found
    for meta in root.iterfind(".//meta[@property]"):
        if meta.get("property", "").lower() == "og:url" and meta.get("content"):
            found = absolute_url(meta.get("content"), None)
            if found:
                return found
    return None


def _page_title(root: Any) -> str | None:
    node = root.find(".//title")
    return _clean(node.text_content()) if node is not None else None


def _language(root: Any) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.split("-")[0].lower() if lang else None


def json_ld(root: Any) -> list[dict]:
    """The page's JSON-LD objects (a @graph flattened)."""
    out: list[dict] = []
    for script in root.iterfind(".//script[@type]"):
        if script.get("type", "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return out


# ---------------------------------------------------------------------- links of the lists
def with_urls(items: list[RelatedItem], root: Any, base: str | None) -> list[RelatedItem]:
    """The related items with the address of the link whose text is their headline."""
    if not items:
        return items
    by_text = link_texts(root, base)
    out = []
    for item in items:
        url = item.url or by_text.get(headline_key(item.headline)) or _url_containing(by_text, item.headline)
        out.append(RelatedItem(item.section, item.headline, url))
    return out


def _url_containing(by_text: dict[str, str], headline: str) -> str | None:
    """A card's link text often holds the headline with a kicker or a date around it."""
    key = headline_key(headline)
    if len(key) < 20:
        return None
    for text, url in by_text.items():
        if key in text and len(text) < 2 * len(key) + 40:
            return url
    return None


# ---------------------------------------------------------------------- helpers
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso_day(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
