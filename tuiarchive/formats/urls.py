"""URLs as keys: two spellings of one page's address compare equal after `url_key`."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

# Query parameters that only track where a click came from.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "src", "share")


def absolute_url(href: str | None, base: str | None) -> str | None:
    """`href` made absolute against the page's address; None for what is not a web link."""
    if not href:
        return None
    href = href.strip()
    if href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    url = urljoin(base, href) if base else href
    return url if urlsplit(url).scheme in ("http", "https") else None


def url_key(url: str | None) -> str | None:
    """A page's address without what does not change the page: the scheme, `www.`, the
    fragment, tracking parameters, a trailing slash or `index.html`; host in lower case."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https", "") or not parts.netloc:
        return None
    host = parts.hostname or ""
    host = host.removeprefix("www.").removeprefix("m.") if host.count(".") > 1 else host.removeprefix("www.")
    path = parts.path or "/"
    for tail in ("/index.html", "/index.htm", "/index.php"):
        if path.endswith(tail):
            path = path[: -len(tail) + 1]
    path = path.rstrip("/") or "/"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING))
    )
    return host + path + ("?" + query if query else "")
