"""Snippets of a PostgreSQL search's hits: a window of each body around its first match,
highlighted by ts_headline (searching.PostgresSearcher.search; moved out of searching.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import querying
from .schema import TEXT_CONFIG

if TYPE_CHECKING:
    from .searching import PostgresSearcher

SNIPPET_BODY_CHARS = 20_000  # the part of a body searched for the first place a word is written
# ts_headline parses all the text it is given: it is given a window around the first place
# where a searched word, or its stem with a short ending, is written as a word; none there (the
# word is in the headline only, or written otherwise): the body's first lines, as whoosh shows.
# A snippet is at most 35 words (~250 characters): 500 are room enough (20 snippets at 100k,
# load 9: 14.1-15.1 -> 11.5-12.0 ms against a window of 1,000, the same snippets' lengths)
SNIPPET_BEFORE, SNIPPET_WINDOW = 100, 500  # characters
STEM_ENDING = 4  # letters after a stem that still make the same word (govern: governs, governed)
_START, _STOP = "\ue000", "\ue001"  # ts_headline's marks around a match: private-use characters
_HEADLINE_OPTIONS = f"StartSel={_START}, StopSel={_STOP}, MaxWords=35, MinWords=20, ShortWord=2, MaxFragments=1"
_WORD_RE = re.compile(r"\w+")


def snippets_of(
    s: PostgresSearcher, ids: list[str], compiled: querying.Compiled, terms: list[str]
) -> dict[str, list[tuple[str, bool]]]:
    """A window of each body around its first match (ts_headline), as (text, matched) pieces;
    the body's first lines when the query has no words to show or the body has none of them."""
    words = " | ".join(f"'{w}'" for w in compiled.words)  # \w+ runs: see querying
    if not words:
        rows = s._rows("SELECT id, body[1] FROM articles WHERE id = ANY(%s)", [ids])
        return {article_id: lead(first or "") for article_id, first in rows}
    # the first place a searched word, or a stem with a short ending, is written as a word
    written = sorted({w.lower() for w in compiled.words}, key=len, reverse=True)
    # a one-letter lexeme is a letter typed (`people g`), not a stem: with an ending it would take
    # the window to the first short word that starts with it ("by", say), away from the other words
    # (and cost the search twice the regexp's work: at 100k, `people government b`, 4.1 -> 2.0 ms)
    stems = sorted({t for t in terms if _WORD_RE.fullmatch(t) and len(t) > 1}, key=len, reverse=True)
    pattern = r"(?:^|\W)(?:" + "|".join([*written, *(f"{t}\\w{{0,{STEM_ENDING}}}" for t in stems)]) + r")(?=\W|$)"
    # OFFSET 0: each row's text and its first match are computed once (not once per use)
    rows = s._rows(
        f"SELECT id, first, CASE WHEN at > 0 THEN ts_headline('{TEXT_CONFIG}', translate(substr(text, "
        f"greatest(1, at - {SNIPPET_BEFORE}), {SNIPPET_WINDOW}), %s, ''), to_tsquery('{TEXT_CONFIG}', %s), %s) "
        "END FROM (SELECT id, first, text, regexp_instr(text, %s, 1, 1, 0, 'i') AS at FROM ("
        f"SELECT id, body[1] AS first, left(array_to_string(body, ' '), {SNIPPET_BODY_CHARS}) AS text "
        "FROM articles WHERE id = ANY(%s) OFFSET 0) a OFFSET 0) w",
        [_START + _STOP, words, _HEADLINE_OPTIONS, pattern, ids],
    )
    return {
        article_id: _pieces(headline) if headline and _START in headline else lead(first or "")
        for article_id, first, headline in rows
    }


def _pieces(headline: str) -> list[tuple[str, bool]]:
    """ts_headline's text with its marks, as (text, matched) pieces."""
    out: list[tuple[str, bool]] = []
    for k, part in enumerate(headline.split(_START)):
        if k == 0:
            if part:
                out.append((part, False))
            continue
        matched, _, rest = part.partition(_STOP)
        out.append((matched, True))
        if rest:
            out.append((rest, False))
    return out


def lead(text: str, chars: int = 220) -> list[tuple[str, bool]]:
    if len(text) > chars:
        text = text[:chars].rsplit(" ", 1)[0] + " …"
    return [(text, False)] if text else []
