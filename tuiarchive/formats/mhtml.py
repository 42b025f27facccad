"""Chrome's single-file pages (.mhtml, .mht): a MIME archive whose HTML part is the page.

The standard library's `email` package reads the archive and undoes the part's
quoted-printable or base64 transfer encoding and its charset; the page's address is the
part's Content-Location (or the archive's Snapshot-Content-Location).
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path
from typing import Any

from ..model import Article
from ..parser import NotAnArticle
from ..parser.context import PageContext


def read(data: bytes, path: str | Path, *, context: PageContext | None = None) -> Article:
    from .html import read_tree

    root, url = html_part(data)
    return read_tree(root, data, path, url=url, context=context)


def html_part(data: bytes) -> tuple[Any, str | None]:
    """The archive's page, parsed, and its address (NotAnArticle: no page in it)."""
    from .htmltext import parse_html

    if not data.strip():
        raise NotAnArticle("empty file")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise NotAnArticle("not a MIME web archive (no multipart/related message in it)")
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise NotAnArticle("no HTML part in this web archive")
    payload = part.get_payload(decode=True)
    if not payload:
        raise NotAnArticle("the web archive's HTML part is empty or cannot be decoded")
    charset = part.get_content_charset() or "utf-8"
    try:
        page = payload.decode(charset, "replace")
    except LookupError:
        page = payload.decode("utf-8", "replace")
    url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    try:
        root = parse_html(page)
    except ValueError as exc:
        raise NotAnArticle("the web archive's HTML part is not a web page") from exc
    return root, url.strip() if url else None
