"""Narrowing a search: a month from the timeline, a site or author from the facets.

Plain functions on the query text, so the rules are tested without the app.
"""

from __future__ import annotations

import re

from rich.text import Text

from ..archive import Facets
from ..query import DATE_FIELDS, QUERY_FIELDS
from ..text import clean_line

# a date term under any of the names the query specification gives the date field
_DATE_TERM = re.compile(rf"(?<![\w:])(?:{'|'.join(DATE_FIELDS)}):(\[[^\]]*\]|\S+)", re.IGNORECASE)
_SITE, _AUTHOR = (next(f.shown for f in QUERY_FIELDS if f.name == name) for name in ("site", "author"))
FIELD_SEPARATOR = "\x1f"  # between a facet's field and its value in a pick's id


def with_date(query: str, date_term: str) -> str:
    """The query with its `date:` term replaced by `date_term` (added if it had none)."""
    if _DATE_TERM.search(query):
        return _DATE_TERM.sub(lambda _: date_term, query, count=1).strip()
    return f"{query.strip()} {date_term}".strip()


def with_field(query: str, field: str, value: str) -> str:
    """The query narrowed to `field:"value"` (unchanged if it says so already)."""
    words = " ".join(re.findall(r"\w+", value))  # a phrase of the value's words: no quotes to break
    term = f'{field}:"{words}"'
    if not words or term.lower() in query.lower():
        return query
    return f"{query.strip()} {term}".strip()


def facet_choices(facets: Facets) -> list[tuple[str, Text]]:
    """The pick list's entries: sites, then authors, with their counts."""
    choices = []
    for field, counts in ((_SITE, facets.sites), (_AUTHOR, facets.authors)):
        for value, count in counts:
            label = Text.assemble((f"{field:<7}", "dim"), clean_line(value), (f"  {count:,}", "bold"))
            choices.append((f"{field}{FIELD_SEPARATOR}{value}", label))
    return choices
