"""The items of a saved page's lists whose links leave the site for an advertiser: an ad widget's
"headlines" (under "Partner picks", or no header at all), told by where their links go, not by their words.

A list of the site's own articles links to the site (relative links, or its own host), or to a
sister site's article, a plain address with the headline's words in it. An ad widget's items go
elsewhere, and their addresses have an advertiser's shape:
- a redirect: the query carries another web address ("...click?dest=https%3A%2F%2F...");
- a click counter: two items of one list lead to one off-site address, told apart by the query
  only (a network's click endpoint, one token per ad; with a long token, on the site's host too);
- an advertisers' mix: the list's off-site links, each with a query (the network's tracking),
  reach several different sites;
- a link that carries none of the headline's words while the item's headline has several (a
  short link, an ad's opaque address; an article's address carries its words or its number);
- advertisers' own pages: the list's off-site links reach several different sites, each at a landing
  page (one path segment at most, no date or number: "brand.example/offer-name"), where a network of
  sister sites links to their articles (a date, a number, a section and a slug).
The page's own site is its stated address's, else the site most of its links lead to.

The other way round, where the copy reading lost the site's own list under an ad widget (the ads'
titles with no advertiser's line under them for the rhythm to tell where the widget ends), the
links tell: after the widget's off-site links, a run of links to the site's own articles is the
site's list (`site_run_under_ads`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import SplitResult, urlsplit

from ..model import RelatedItem
from ..parser.chrome import is_list_header
from ..parser.lexicon import cjk_chars
from ..parser.related_ads import headline_shape, over_ads
from ..parser.thresholds import (
    RELATED_AD_LINK_WORDS,
    RELATED_AD_RUN_LINKS,
    RELATED_AD_SITES,
    RELATED_AD_TOKEN_CHARS,
    RELATED_ARTICLE_NUMBER_DIGITS,
    RELATED_CJK_ITEM_CHARS,
    RELATED_ITEM_SPACES,
    RELATED_MIN_ITEMS,
)
from ..text import headline_key
from .htmltext import is_hidden
from .urls import absolute_url

_ADDRESS_IN_QUERY = re.compile(r"https?(?::|%3a)(?://|%2f%2f)|(?:^|[=&])(?:www\.|%2f%2f)", re.I)
_WORD = re.compile(r"[A-Za-z]{4,}")  # (a slug in Latin letters; other scripts' links are not told so)
_NUMBER = re.compile(rf"\d{{{RELATED_ARTICLE_NUMBER_DIGITS},}}")
# (what a domain name is, not a threshold: the judgments' numbers are in parser/thresholds.py)
_COUNTRY_SECOND = 3  # "co.uk", "com.br": a second-level label this short under a country code is no site
_COUNTRY_CODE = 2  # letters of a country's top-level domain
_BOX_DEPTH = 4  # a link's box: among its nearest ancestors (a list item, the list, the widget's container)


def site_of(host: str) -> str:
    """The registrable part of a host, roughly: "news.example.co.uk" -> "example.co.uk"."""
    labels = host.lower().rstrip(".").removeprefix("www.").split(".")
    country = len(labels) > 2 and len(labels[-1]) == _COUNTRY_CODE and len(labels[-2]) <= _COUNTRY_SECOND
    keep = 3 if country else 2
    return ".".join(labels[-keep:])


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def own_site(root: Any, page_url: str | None) -> str | None:
    """The page's site: its address's, else the one most of its links lead to; "" when most of
    its links are relative (each absolute link then leaves the site); None with no links."""
    if page_url and (host := _host(page_url)):
        return site_of(host)
    sites: Counter[str] = Counter()
    for a in root.iterfind(".//a[@href]"):
        href = (a.get("href") or "").strip()
        if href.startswith(("http://", "https://", "//")):
            sites[site_of(_host(href if not href.startswith("//") else "http:" + href))] += 1
        elif href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            sites[""] += 1
    top = sites.most_common(1)
    return top[0][0] if top else None


def _carries_words(url: str, headline: str) -> bool:
    """The address holds one of the headline's longer words (an article's slug), or the headline
    has too few of them to tell."""
    words = {w.casefold() for w in _WORD.findall(headline)}
    return len(words) < RELATED_AD_LINK_WORDS or any(w in url.casefold() for w in words)


def _landing_page(path: str) -> bool:
    """An address's path that names no article: the site's front page or one segment with no
    number in it (an advertiser's offer page); an article's has a date, a number or a section."""
    segments = [s for s in path.split("/") if s]
    return len(segments) <= 1 and not _NUMBER.search(path)


def article_path(path: str) -> bool:
    """An address's path that names an article: a number of an article's digits (an id, a year),
    or a slug of several words under a section ("/news/ferry-crews-vote-to-strike")."""
    if _NUMBER.search(path):
        return True
    segments = [s for s in path.split("/") if s]
    return len(segments) >= 2 and len(re.split(r"[-_]", segments[-1])) >= RELATED_AD_LINK_WORDS


def ad_items(items: list[RelatedItem], site: str | None, widgets: dict[str, set[str]] | None = None) -> set[int]:
    """The positions in `items` of the ads' (see the module's docstring); none when the page's
    site is not known. `widgets`: by an item's address, the sites its box's off-site links with a
    query reach (`widget_sites`): the advertisers' mix of the box, though the copy reading kept one
    of its ads only."""
    if site is None:
        return set()
    widgets = widgets or {}
    lists: dict[str, list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        if item.url:
            lists[item.section].append(k)
    ads: set[int] = set()
    for found in lists.values():
        parts = {k: urlsplit(items[k].url or "") for k in found}
        off = {k for k, p in parts.items() if site_of(p.hostname or "") != site}
        endpoints = Counter((p.hostname, p.path) for p in parts.values() if p.query)
        mix = {site_of(parts[k].hostname or "") for k in off if parts[k].query}
        landings = {site_of(parts[k].hostname or "") for k in off if _landing_page(parts[k].path)}
        advertisers = len(landings) >= RELATED_AD_SITES and all(_landing_page(parts[k].path) for k in off)
        for k, p in parts.items():
            counter = bool(p.query) and endpoints[(p.hostname, p.path)] >= 2
            if counter and len(p.query) >= RELATED_AD_TOKEN_CHARS:
                ads.add(k)  # (a token this long is a click's, on the site's own host too)
            elif k in off and (
                _ADDRESS_IN_QUERY.search(p.query)
                or counter
                or (p.query and len(mix | widgets.get(items[k].url or "", set())) >= RELATED_AD_SITES)
                or advertisers
                or not _carries_words(items[k].url or "", items[k].headline)
            ):
                ads.add(k)
    return ads


def without_ads(items: list[RelatedItem], root: Any, page_url: str | None) -> list[RelatedItem]:
    """`items` (with their links) less an ad widget's."""
    if not any(item.url for item in items):
        return items
    site = own_site(root, page_url)
    ads = ad_items(items, site, widget_sites(root, page_url, site, {item.url for item in items if item.url}))
    return [item for k, item in enumerate(items) if k not in ads]


def _title_length(text: str) -> bool:
    """A link's text of an item's length (an ad's title or a headline; not "Home", "AdChoices")."""
    return len(text.split()) > RELATED_ITEM_SPACES[0] or cjk_chars(text) >= RELATED_CJK_ITEM_CHARS


def widget_sites(root: Any, base: str | None, site: str | None, urls: set[str]) -> dict[str, set[str]]:
    """For each of `urls` that leaves the site with a query, the sites reached by the off-site links
    with a query among the headlines of its box: the nearest element around its link that holds
    RELATED_MIN_ITEMS headlines' links or more (a widget's container)."""
    out: dict[str, set[str]] = {}
    if not site:
        return out
    for a in root.iterfind(".//a[@href]"):
        url = absolute_url(a.get("href"), base)
        if url not in urls or url in out or not urlsplit(url).query or site_of(_host(url)) == site:
            continue
        for box in itertools.islice(a.iterancestors(), _BOX_DEPTH):
            heads = [(b, absolute_url(b.get("href"), base)) for b in box.iterfind(".//a[@href]")]
            heads = [(b, u) for b, u in heads if u and _title_length(" ".join(b.text_content().split()))]
            if len(heads) >= RELATED_MIN_ITEMS:
                out[url] = {site_of(_host(u)) for _, u in heads if urlsplit(u).query and site_of(_host(u)) != site}
                break
    return out


def site_run_under_ads(
    items: list[RelatedItem], lines: list[str], root: Any, page_url: str | None, body: list[str]
) -> list[RelatedItem]:
    """`items` with the site's own list that stands after an ad widget, told by the links: in the
    rendered `lines` after the text's last paragraph (`body`'s), a run of RELATED_MIN_ITEMS
    headlines or more whose links lead to the site's own articles, right after the widget's ads:
    headlines whose links leave the site in an ad's shape (`_ad_link`), RELATED_AD_RUN_LINKS of them
    in a row, or one under a header of ads (`related_ads.over_ads`, a tie-breaker, not the gate).
    The lines between them (an advertiser's name, a card's date) do not break a run; a header, a
    sister site's article or a list of the site's own before any ad does (the copy reading reads
    those). A widget of the site's own sponsored pages (no link leaving it) adds nothing."""
    site = own_site(root, page_url)
    if not site or not body or not lines:
        return items
    links = link_texts(root, page_url)
    last = headline_key(body[-1])
    start = next((k + 1 for k, line in enumerate(lines) if headline_key(line) == last), None)
    if start is None:
        return items
    listed = {headline_key(item.headline) for item in items}
    found: list[RelatedItem] = []
    header = False  # under a header of ads
    ads = 0  # ads in a row since the last header or list
    run: list[str] = []

    def close() -> None:
        if len(run) >= RELATED_MIN_ITEMS:
            found.extend(RelatedItem("Related", h) for h in run if headline_key(h) not in listed)
        run.clear()

    for line in lines[start:]:
        if is_list_header(line) or over_ads(line):
            close()
            header, ads = over_ads(line), 0
            continue
        url = links.get(headline_key(line))
        if url is None or not _title_length(line):
            continue
        parts = urlsplit(url)
        if site_of(parts.hostname or "") == site:
            if not article_path(parts.path) or not headline_shape(line):
                continue
            if ads >= RELATED_AD_RUN_LINKS or (header and ads):
                run.append(line)
            else:
                ads = 0  # a list of the site's own, no widget before it
        elif _ad_link(parts, line):
            close()
            ads += 1
        else:
            close()
            ads = 0  # a sister site's article: a list the copy reading reads
    close()
    return items + [RelatedItem(i.section, i.headline, links.get(headline_key(i.headline))) for i in found]


def _ad_link(parts: SplitResult, headline: str) -> bool:
    """An off-site link in an ad's shape: a query (a network's tracking, a redirect), an advertiser's
    landing page, or an address with none of the headline's words."""
    return bool(parts.query) or _landing_page(parts.path) or not _carries_words(parts.geturl(), headline)


def link_texts(root: Any, base: str | None) -> dict[str, str]:
    """The visible links' addresses by their text's key (the first of each text)."""
    out: dict[str, str] = {}
    for a in root.iterfind(".//a[@href]"):
        if is_hidden(a):
            continue
        key = headline_key(" ".join(a.text_content().split()))
        url = absolute_url(a.get("href"), base)
        if key and url and key not in out:
            out[key] = url
    return out


__all__ = [
    "ad_items",
    "article_path",
    "link_texts",
    "own_site",
    "site_of",
    "site_run_under_ads",
    "widget_sites",
    "without_ads",
]
