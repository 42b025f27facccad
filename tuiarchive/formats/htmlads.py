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
  short link, an ad's opaque address; an article's address carries its words or its number).
The page's own site is its stated address's, else the site most of its links lead to."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

from ..model import RelatedItem
from ..parser.thresholds import RELATED_AD_LINK_WORDS, RELATED_AD_SITES, RELATED_AD_TOKEN_CHARS

_ADDRESS_IN_QUERY = re.compile(r"https?(?::|%3a)(?://|%2f%2f)|(?:^|[=&])(?:www\.|%2f%2f)", re.I)
_WORD = re.compile(r"[A-Za-z]{4,}")  # (a slug in Latin letters; other scripts' links are not told so)
# (what a domain name is, not a threshold: the judgments' numbers are in parser/thresholds.py)
_COUNTRY_SECOND = 3  # "co.uk", "com.br": a second-level label this short under a country code is no site
_COUNTRY_CODE = 2  # letters of a country's top-level domain


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


def ad_items(items: list[RelatedItem], site: str | None) -> set[int]:
    """The positions in `items` of the ads' (see the module's docstring); none when the page's
    site is not known."""
    if site is None:
        return set()
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
        for k, p in parts.items():
            counter = bool(p.query) and endpoints[(p.hostname, p.path)] >= 2
            if counter and len(p.query) >= RELATED_AD_TOKEN_CHARS:
                ads.add(k)  # (a token this long is a click's, on the site's own host too)
            elif k in off and (
                _ADDRESS_IN_QUERY.search(p.query)
                or counter
                or (p.query and len(mix) >= RELATED_AD_SITES)
                or not _carries_words(items[k].url or "", items[k].headline)
            ):
                ads.add(k)
    return ads


def without_ads(items: list[RelatedItem], root: Any, page_url: str | None) -> list[RelatedItem]:
    """`items` (with their links) less an ad widget's."""
    if not any(item.url for item in items):
        return items
    ads = ad_items(items, own_site(root, page_url))
    return [item for k, item in enumerate(items) if k not in ads]


__all__ = ["ad_items", "own_site", "site_of", "without_ads"]
