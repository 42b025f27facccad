"""An HTML page as a person sees it: its text lines, roughly as a browser's innerText gives
them (what "select all, copy" yields), so the text-copy parser can read a saved page too.

Block elements break lines, paragraphs are set apart by a blank line, table cells by a tab,
white space is collapsed; what a browser never shows (scripts, styles, the head, templates,
`hidden` or inline `display:none` elements, form controls) is left out. External style sheets
are not applied: like the page copies, menus and pop-ups they would hide stay in.
"""

from __future__ import annotations

import re
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BLOCK_TAGS = _words(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section "
    "summary table caption thead tbody tfoot tr ul frameset noframes search"
)
HIDDEN_TAGS = _words(
    "script style head template title meta link base iframe object embed video audio canvas svg math "
    "select input textarea option datalist source track map area param noembed"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\n\r\f]+")
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def parse_html(data: bytes | str) -> Any:
    """The page's element tree (lxml), its encoding taken from the page or UTF-8."""
    import lxml.html

    if isinstance(data, bytes):
        data = decode_html(data)
    data = data.lstrip("\ufeff")
    if not data.strip():
        raise ValueError("empty page")
    # lxml refuses a str that declares its own encoding in an XML declaration
    data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data)
    return lxml.html.document_fromstring(data)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode_html(data: bytes) -> str:
    """The page's text: a BOM, else the charset the page declares, else UTF-8, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    found = _CHARSET.search(data[:4096])
    if found:
        name = found.group(1).decode("ascii", "replace")
        try:
            return data.decode(name, "replace") if name.lower() not in ("utf-8", "utf8") else data.decode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def is_hidden(el: Any) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in HIDDEN_TAGS:
        return True
    attrib = el.attrib
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def inner_text(root: Any) -> str:
    """The text of the page's body, as lines."""
    return _render(root).text()


def text_blocks(root: Any) -> list[tuple[str, Any]]:
    """The page's non-empty lines (white space collapsed), each with the block element its
    first text is in: what the page's markup says about a line of its text."""
    return rendered(root)[1]


def rendered(root: Any) -> tuple[str, list[tuple[str, Any]]]:
    """`inner_text` and `text_blocks` of the page, rendered once."""
    out = _render(root)
    text = out.text()
    return text, [
        (" ".join(line.split()), owner) for line, owner in zip(out.lines, out.owners, strict=True) if line.strip()
    ]


def _render(root: Any) -> _Lines:
    body = root.find("body")
    out = _Lines()
    _walk(body if body is not None else root, out, pre=False, block=body if body is not None else root)
    return out


class _Lines:
    """innerText's output: text runs and required line breaks (the largest one wins)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.owners: list[Any] = []  # per line: the block element its first text is in
        self.current: list[str] = []
        self.owner: Any = None
        self.pending = 0  # required line breaks before the next text

    def text_run(self, text: str, *, pre: bool, block: Any = None) -> None:
        if not pre:
            text = _SPACE.sub(" ", text)
            if not self.current or self.current[-1].endswith(" "):
                text = text.lstrip(" ")
            if not text:
                return
        if self.pending:
            self._flush()
            self._gap(self.pending - 1)
            self.pending = 0
        if not self.current:
            self.owner = block
        if pre and "\n" in text:
            first, *rest = text.split("\n")
            self.current.append(first)
            for piece in rest:
                self._flush()
                self.current.append(piece)
        else:
            self.current.append(text)

    def breaks(self, count: int) -> None:
        if self.current or self.lines:
            self.pending = max(self.pending, count)

    def hard_break(self) -> None:
        """<br>: a line break that adds to (not merges with) those around it."""
        if self.pending:
            self._flush()
            self._gap(self.pending - 1)
            self.pending = 0
        self._flush(force=True)

    def _gap(self, count: int) -> None:
        self.lines.extend([""] * count)
        self.owners.extend([None] * count)

    def _flush(self, *, force: bool = False) -> None:
        if self.current or force:
            self.lines.append("".join(self.current).strip(" "))
            self.owners.append(self.owner if self.current else None)
            self.current = []

    def text(self) -> str:
        self._flush()
        text = "\n".join(line.rstrip() for line in self.lines)
        return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n") + "\n"


def _walk(el: Any, out: _Lines, *, pre: bool, block: Any) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or is_hidden(el):
        return  # comments, processing instructions; hidden elements (their tail is the caller's)
    if tag == "br":
        out.hard_break()
        return
    is_block = tag in BLOCK_TAGS
    if is_block:
        block = el
    if tag == "p" or tag in HEADING_TAGS:
        out.breaks(2 if tag == "p" else 1)
    elif is_block:
        out.breaks(1)
    elif tag in ("td", "th") and out.current:
        out.text_run("\t", pre=True, block=block)
    inner_pre = pre or tag in ("pre", "textarea", "listing", "plaintext")
    if el.text:
        out.text_run(el.text, pre=inner_pre, block=block)
    for child in el:
        _walk(child, out, pre=inner_pre, block=block)
        if child.tail:
            out.text_run(child.tail, pre=inner_pre, block=block)
    if tag == "p":
        out.breaks(2)
    elif is_block:
        out.breaks(1)
