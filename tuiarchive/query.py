"""Checking a search query before the engine sees it.

whoosh's parser never refuses anything: an unclosed quote or a "date:" with a bad value
quietly becomes some other query, and the user is left wondering why nothing matches. Here
the common mistakes get a one-line message that says what to write instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

# ---------------------------------------------------------------------- the query specification
# What a query may say, in one place: its fields (and the other names they go by), its sorts,
# its date forms. The engine sets its query parser up from these, the checker below reads them,
# and the CLI's and the app's help are written from them (fields_help, sorts_help ...).


@dataclass(frozen=True, slots=True)
class QueryField:
    """A field a query may name, as the index knows it and as help shows it."""

    name: str  # as the index knows it
    shown: str  # as help and messages show it (the name or one of the aliases)
    aliases: tuple[str, ...] = ()  # other names a query may use for it
    plain: bool = False  # searched by a word written without a field
    date: bool = False  # takes dates: DATE_FORMS, ranges, < and >


QUERY_FIELDS = (
    QueryField("title", "title"),
    QueryField("text", "body", aliases=("body",), plain=True),  # the headline and the body
    QueryField("author", "author", aliases=("by",), plain=True),
    QueryField("site", "site", plain=True),
    QueryField("related", "related", aliases=("picks", "links")),  # the headlines an article lists
    QueryField("path", "path"),
    QueryField("published", "date", aliases=("date",), date=True),
)
PLAIN_FIELDS = tuple(f.name for f in QUERY_FIELDS if f.plain)
FIELD_ALIASES = {f.name: list(f.aliases) for f in QUERY_FIELDS if f.aliases}
FIELDS = tuple(name for f in QUERY_FIELDS for name in (f.name, *f.aliases))  # every name a query may use
DATE_FIELDS = tuple(name for f in QUERY_FIELDS if f.date for name in (f.name, *f.aliases))
SORTS = ("relevance", "newest", "oldest")
EMPTY_QUERY_SORT = "newest"  # an empty query has nothing to rank by: it lists the archive in this order
OPERATORS = ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE")
DATE_FORMS = ("YYYY", "YYYY-MM", "YYYY-MM-DD")
DATE_EXAMPLE = "2024-11"
DATE_RANGE_EXAMPLE = "[2024-11-01 to 2024-11-30]"
DATE_HELP = f"use {', '.join(DATE_FORMS)} or a range like {DATE_RANGE_EXAMPLE}"


def sort_used(sort: str, empty: bool) -> str:
    """The order results really come in: relevance with nothing to rank by lists the newest first."""
    return EMPTY_QUERY_SORT if empty and sort == "relevance" else sort


def sorts_help() -> str:
    """ "relevance, newest or oldest"."""
    return f"{', '.join(SORTS[:-1])} or {SORTS[-1]}"


def fields_help(separator: str = " ") -> str:
    """The fields a query may name, as help shows them: "title: body: author: ..."."""
    return separator.join(f"{f.shown}:" for f in QUERY_FIELDS if not f.date)


def dates_help(*, ranges: bool = True) -> str:
    """How a date is searched: "date:2024-11 or date:[2024-11-01 to 2024-11-30]"."""
    shown = next(f.shown for f in QUERY_FIELDS if f.date)
    return f"{shown}:{DATE_EXAMPLE} or {shown}:{DATE_RANGE_EXAMPLE}" if ranges else f"{shown}:{DATE_EXAMPLE}"


def query_placeholder() -> str:
    """The search box's hint: "Search: words, "phrases", title:, date:2024-11 …"."""
    return f'Search: words, "phrases", {QUERY_FIELDS[0].shown}:, {dates_help(ranges=False)} …'


def query_help() -> str:
    """One line on what a query may say (the app's help screen)."""
    return f'Search: words (all must match), "a phrase", AND OR NOT, ( ), {fields_help()}, {dates_help()}.'


_FIELD_RE = re.compile(r"(?<![\w\\])([A-Za-z_]+):")
# "<0", ">= 5": a comparison without a field (whoosh's parser fails on these)
_BARE_COMPARISON_RE = re.compile(r"(?:^|(?<=[\s(]))[<>]=?\s*[^\s()]*")
# a boost written with an exponent or sign ("^1e308", "^-1"): whoosh takes it for a word
_BOOST_RE = re.compile(r"\^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf(?:inity)?|nan)", re.IGNORECASE)
MAX_BOOST = 100.0
MIN_BOOST = 0.001  # whoosh divides by a boost: a positive one is kept at least this big


def unparsable(text: str) -> QueryError:
    """The message for a query whoosh's parser failed on."""
    m = _BARE_COMPARISON_RE.search(text)
    if m:
        return QueryError(f'"{m.group(0)}": < and > compare dates, write e.g. date:<2024-11 or date:>=2024-11-04')
    return QueryError("cannot understand this query: check its operators, brackets and fields")


def _boost_values(text: str) -> list[tuple[str, float]]:
    """The boosts written outside quotes, as (written, value); nan counts as 1."""
    found = []
    for outside in text.split('"')[::2]:  # check() has made sure the quotes pair up
        for m in _BOOST_RE.finditer(outside):
            try:
                value = float(m.group(1))
            except ValueError:
                continue
            found.append((m.group(0), 1.0 if value != value else value))
    return found


def check_boosts(text: str) -> None:
    """A boost of 0 or below (or one too small for a float, "^1e-400") cannot rank anything:
    whoosh divides by it. Say so instead."""
    if "^" not in text:
        return
    for written, value in _boost_values(text):
        if value <= 0.0:
            raise QueryError(f'boost "{written}": a boost must be above 0, e.g. title:bank^2 (or leave it out)')


def normalise_boosts(text: str) -> str:
    """Boosts as whoosh reads them: plain decimals, between MIN_BOOST and MAX_BOOST ("^1e308"
    would otherwise be searched as the word "1e308", a huge boost makes every score infinite,
    and whoosh divides by a boost; check_boosts has refused those of 0 or below)."""

    def plain(m: re.Match[str]) -> str:
        try:
            value = float(m.group(1))
        except ValueError:
            return m.group(0)
        if value != value:  # nan
            value = 1.0
        return "^" + f"{min(max(value, MIN_BOOST), MAX_BOOST):.6f}".rstrip("0").rstrip(".")

    return _BOOST_RE.sub(plain, text) if "^" in text else text


# what an empty field wants (a date field: a date; any other: a word, e.g. title:bridge)
_WHAT_TO_WRITE = {
    "site": ("write a word of the site's name", "herald"),
    "author": ("write a word of the author's name", "smith"),
    "by": ("write a word of the author's name", "smith"),
}

_DATE_VALUE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RANGE_RE = re.compile(r"^\[\s*(.*?)\s*(?:\bto\b|\bTO\b)\s*(.*?)\s*\]$|^\{\s*(.*?)\s*(?:\bto\b|\bTO\b)\s*(.*?)\s*\}$")


class QueryError(ValueError):
    """A query the user has to fix; str(exc) says how, in one line."""

    def __init__(self, message: str) -> None:
        # messages quote parts of the query, which may hold line breaks ("<\n0")
        super().__init__(" ".join(message.split()))


def check(text: str) -> None:
    """Raise QueryError for a query that would not do what its writer meant."""
    if len(text) > 2000:
        raise QueryError("query too long (over 2000 characters)")
    if text.count('"') % 2:
        raise QueryError('unclosed quote: add the closing " or remove the opening one')
    quoted: list[str] = []

    def keep(m: re.Match[str]) -> str:
        quoted.append(m.group(0)[1:-1])
        return f"\x00{len(quoted) - 1}\x00"

    # phrases are opaque here: brackets or colons inside quotes mean nothing
    outside = re.sub(r'"[^"]*"', keep, text)
    _check_brackets(outside)
    check_boosts(text)
    for m in _FIELD_RE.finditer(outside):
        name = m.group(1)
        if name.lower() not in FIELDS:
            shown = ", ".join(f.shown for f in QUERY_FIELDS)
            raise QueryError(f'unknown field "{name}:" (fields: {shown})')
        value = _value_after(outside, m.end())
        if not value:
            what, example = (
                ("write a date", DATE_EXAMPLE)
                if name.lower() in DATE_FIELDS
                else _WHAT_TO_WRITE.get(name.lower(), ("write a word", "bridge"))
            )
            raise QueryError(f'nothing after "{name}:": {what}, e.g. {name}:{example}')
        if name.lower() in DATE_FIELDS:
            _check_date_value(name, re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], value))
    tokens = outside.split()
    if tokens and (tokens[-1] in OPERATORS or tokens[0] in ("AND", "OR", "ANDNOT", "ANDMAYBE")):
        op = tokens[-1] if tokens[-1] in OPERATORS else tokens[0]
        raise QueryError(f"{op} needs a word on each side")
    for a, b in itertools.pairwise(tokens):
        if a in OPERATORS and b in ("AND", "OR", "ANDNOT", "ANDMAYBE"):
            raise QueryError(f"{a} followed by {b}: put a word between them")


def _check_brackets(text: str) -> None:
    # whoosh allows mixed range ends ("[a to b}"), so [ and { are one kind of bracket here
    kind = {"(": "(", "[": "[", "{": "["}
    closing = {")": "(", "]": "[", "}": "["}
    stack: list[str] = []
    for ch in text:
        if ch in kind:
            stack.append(kind[ch])
        elif ch in closing:
            if not stack or stack[-1] != closing[ch]:
                raise QueryError(f'unmatched "{ch}": remove it or add its opening bracket')
            stack.pop()
    if stack:
        raise QueryError(f'unclosed "{stack[-1]}": add the closing {")" if stack[-1] == "(" else "]"}')


def _value_after(text: str, pos: int) -> str:
    if pos >= len(text):
        return ""
    ch = text[pos]
    if ch in "[{":
        close = "]" if ch == "[" else "}"
        end = text.find(close, pos)
        return text[pos : end + 1] if end >= 0 else text[pos:]
    if ch == "(":
        depth = 0
        for k in range(pos, len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                inner = text[pos + 1 : k].strip()
                return inner and text[pos : k + 1]
        return ""
    m = re.match(r"[^\s()]+", text[pos:])  # a word, or a phrase's placeholder
    return m.group(0) if m else ""


def parse_date_value(value: str) -> date:
    """The first day a YYYY / YYYY-MM / YYYY-MM-DD value covers, or QueryError."""
    m = _DATE_VALUE_RE.match(value)
    if not m:
        raise QueryError(f'"{value}" is not a date: {DATE_HELP}')
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        raise QueryError(f'"{value}" is not a date: {DATE_HELP}') from None


def _check_date_value(name: str, value: str) -> None:
    if value.startswith("(") and value.endswith(")"):
        for part in value[1:-1].split():
            if part not in OPERATORS:
                _check_date_value(name, part)
        return
    value = value.lstrip("<>=")
    if value.startswith(("[", "{")):
        m = _RANGE_RE.match(value)
        if not m:
            raise QueryError(f"{name}:{value} is not a date range: {DATE_HELP}")
        start, end = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        if not start and not end:
            raise QueryError(f"{name}:{value} has no dates: {DATE_HELP}")
        first = parse_date_value(start) if start else None
        last = parse_date_value(end) if end else None
        if first and last and first > last:
            raise QueryError(f"{name}:{value} ends before it starts")
        return
    parse_date_value(value)
