"""Snippets and highlights: where a query's words are in a text."""

from __future__ import annotations

import re

from .schema import SCHEMA


def _lead(text: str, chars: int = 220) -> list[tuple[str, bool]]:
    first = text.split("\n", 1)[0]
    if len(first) > chars:
        first = first[:chars].rsplit(" ", 1)[0] + " …"
    return [(first, False)] if first else []


_WORD_RE = re.compile(r"\w+(?:\.?\w+)*")


SNIPPET_CHARS = 220


def make_snippet(text: str, terms: set[str], width: int = SNIPPET_CHARS) -> list[tuple[str, bool]]:
    """A window of the text around the first words that match the query's indexed terms,
    as (text, matched) pieces.

    whoosh's highlighter analyses the whole body for every hit; here a regular expression
    finds candidate words by the stems' first letters and only those are stemmed, which
    makes a page of snippets cheap enough for search-as-you-type.
    """
    if not terms or not text:
        return _lead(text, width)
    prefixes = sorted({t[:4] for t in terms if t}, key=len, reverse=True)
    candidate = re.compile(r"\b(?:" + "|".join(map(re.escape, prefixes)) + r")\w*", re.I)
    analyzer = SCHEMA["text"].analyzer

    def matches(word: str) -> bool:
        return any(t.text in terms for t in analyzer(word))

    first = next((m for m in candidate.finditer(text) if matches(m.group(0))), None)
    if first is None:
        return _lead(text, width)
    start = max(0, first.start() - width // 4)
    if start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else first.start()  # begin on a whole word
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space > first.end() else end
    window = text[start:end].replace("\n", " ")
    pieces: list[tuple[str, bool]] = [("… ", False)] if start else []
    cursor = 0
    for m in _WORD_RE.finditer(window):
        if candidate.match(m.group(0)) and matches(m.group(0)):
            if m.start() > cursor:
                pieces.append((window[cursor : m.start()], False))
            pieces.append((m.group(0), True))
            cursor = m.end()
    if cursor < len(window):
        pieces.append((window[cursor:], False))
    if end < len(text):
        pieces.append((" …", False))
    return pieces


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that match the query's indexed terms
    (so "bridges" is found by a search for "bridge"), for highlighting outside whoosh."""
    if not terms or not text:
        return []
    analyzer = SCHEMA["text"].analyzer
    return [(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index") if t.text in terms]
