"""Our query language (tuiarchive/query.py) compiled to PostgreSQL: tsquery and SQL predicates.

The query is parsed here into a small tree with the grammar whoosh's parser gives the same
text (checked against it in tests/test_pg_query.py):

    query  := group+                      (words side by side: all must match)
    group  := either (ANDNOT either | ANDMAYBE either)*
    either := both (OR both)*
    both   := unary (AND unary)*
    unary  := NOT unary | atom
    atom   := ( query ) | field:value | "a phrase" | word | *

Then compiled: the words and phrases of `doc`'s fields (a plain word, title:, body:, by:,
site:) become one tsquery wherever they stand together, so "bridge tunnel OR museum" is a
single `doc @@ tsquery` that the GIN index answers; related: and path: search their own
columns and dates are ranges on `published`, joined to the rest with AND / OR / NOT.

Query text reaches SQL only as parameters: the tsquery text built here holds nothing of the
user's but \\w+ runs, each single-quoted, and it is itself a parameter of to_tsquery.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ...query import FIELD_ALIASES, PLAIN_FIELDS, check, normalise_boosts, parse_date_value, unparsable
from ..types import EngineHit
from .schema import PATH_CONFIG, TEXT_CONFIG

# The weights of `doc` each field's words carry (schema.py): a word without a field is any of
# the plain fields (the query specification's), whose labels are joined.
DOC_WEIGHTS = {"title": "A", "text": "AD", "author": "B", "site": "C"}
PLAIN_WEIGHTS = "".join(sorted(set("".join(DOC_WEIGHTS[f] for f in PLAIN_FIELDS))))
if PLAIN_WEIGHTS == "ABCD":  # every weight: no label, which the GIN index answers without reading the rows
    PLAIN_WEIGHTS = ""
# The fields with a column of their own, so that the GIN index answers them without reading
# the rows (a weight label on `doc` makes PostgreSQL re-check every row holding the word):
# (column, configuration, weight label in the column, share of the rank)
OTHER_COLUMNS = {
    "title": ("title_v", TEXT_CONFIG, "", 1.0),
    "author": ("names_v", TEXT_CONFIG, "B", 0.4),
    "site": ("names_v", TEXT_CONFIG, "C", 0.2),
    "related": ("related_v", TEXT_CONFIG, "", 0.5),
    "path": ("path_v", PATH_CONFIG, "", 0.5),
}
# ts_rank's weights for D, C, B, A: the body, the site, the author, the headline. They are
# ts_rank's defaults, which a RUM index ranks with (`doc <=> query` is 1 / ts_rank): keep them so.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_ALIAS = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}
_PIECE_RE = re.compile(r"\w+")
_BOOST_TAIL_RE = re.compile(r"\^(\d+(?:\.\d*)?|\.\d+)$")
_FUZZY_TAIL_RE = re.compile(r"~\d*$")
_FIELD_RE = re.compile(r"([A-Za-z_]+):")


# ---------------------------------------------------------------------- the tree
@dataclass
class Words:
    field: str | None  # None: the plain fields
    pieces: list[str]  # \w+ runs; more than one: all of them (e-mail, U.S.)
    phrase: bool = False  # in this order, next to each other
    prefix: bool = False  # the last piece is a prefix (bank*)
    boost: float = 1.0


@dataclass
class Dates:
    start: date | None  # from the start of this day
    end: date | None  # up to (not including) this day


@dataclass
class Every:
    field: str | None = None  # None: every article; a field: the articles that have one


@dataclass
class Op:
    kind: str  # AND, OR, NOT, ANDNOT, ANDMAYBE
    children: list[object] = field(default_factory=list)


class Nothing:
    """A part that can match nothing (only stop words or punctuation)."""


# ---------------------------------------------------------------------- parsing
def _tokens(text: str) -> list[str]:
    """Brackets, phrases (with their ^boost), ranges after a field, and words."""
    out: list[str] = []
    k, n = 0, len(text)
    while k < n:
        ch = text[k]
        if ch.isspace():
            k += 1
        elif ch in "()":
            out.append(ch)
            k += 1
        elif ch == '"':
            end = text.index('"', k + 1)  # check() made sure quotes pair up
            m = re.match(r"[\^~][\d.]*", text[end + 1 :])
            out.append(text[k : end + 1 + (m.end() if m else 0)])
            k = end + 1 + (m.end() if m else 0)
        else:
            m = _FIELD_RE.match(text, k)
            if m and m.end() < n and text[m.end()] in "[{":
                close = text.find("]" if text[m.end()] == "[" else "}", m.end())
                close = n - 1 if close < 0 else close
                out.append(text[k : close + 1])
                k = close + 1
                continue
            if m and m.end() < n and text[m.end()] in '("':
                out.append(text[k : m.end()])  # a field before a group or a phrase
                k = m.end()
                continue
            end = k
            while end < n and not text[end].isspace() and text[end] not in '()"':
                end += 1
            out.append(text[k:end])
            k = end
    return out


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.k = 0

    def peek(self) -> str | None:
        return self.tokens[self.k] if self.k < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.k]
        self.k += 1
        return token

    def query(self, field: str | None, closing: bool = False) -> object:
        groups = []
        while (token := self.peek()) is not None and not (closing and token == ")"):
            if token == ")":  # a stray bracket: check() refuses these, skip it all the same
                self.take()
                continue
            groups.append(self.group(field))
        return groups[0] if len(groups) == 1 else Op("AND", groups)

    def group(self, field: str | None) -> object:
        node = self.either(field)
        while self.peek() in ("ANDNOT", "ANDMAYBE"):
            kind = self.take()
            node = Op(kind, [node, self.either(field)])
        return node

    def either(self, field: str | None) -> object:
        parts = [self.both(field)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.both(field))
        return parts[0] if len(parts) == 1 else Op("OR", parts)

    def both(self, field: str | None) -> object:
        parts = [self.unary(field)]
        while self.peek() == "AND":
            self.take()
            parts.append(self.unary(field))
        return parts[0] if len(parts) == 1 else Op("AND", parts)

    def unary(self, field: str | None) -> object:
        if self.peek() == "NOT":
            self.take()
            if self.peek() is None:
                return Nothing()
            return Op("NOT", [self.unary(field)])
        return self.atom(field)

    def atom(self, field: str | None) -> object:
        token = self.take()
        if token == "(":
            inner = self.query(field, closing=True)
            if self.peek() == ")":
                self.take()
            return inner
        if token in OPERATORS:  # an operator where a word should be: whoosh reads it as a word
            return _words(field, token)
        m = _FIELD_RE.match(token)
        if m and m.group(1).lower() in _known_fields():
            name = _field_name(m.group(1))
            rest = token[m.end() :]
            if not rest:  # field:( ... ) or field:"..."
                following = self.peek()
                if following == "(":
                    self.take()
                    inner = self.query(name, closing=True)
                    if self.peek() == ")":
                        self.take()
                    return inner
                if following is not None and following.startswith('"'):
                    return _phrase(name, self.take())
                return Nothing()
            if name == "published":
                return _dates(rest)
            return _words(name, rest)
        if token.startswith('"'):
            return _phrase(field, token)
        if field == "published":
            return _dates(token)
        return _words(field, token)


def _known_fields() -> set[str]:
    from ...query import FIELDS

    return {name.lower() for name in FIELDS}


def _field_name(written: str) -> str:
    name = written.lower()
    return _ALIAS.get(name, name)


def _boost(text: str) -> tuple[str, float]:
    m = _BOOST_TAIL_RE.search(text)
    if not m:
        return text, 1.0
    return text[: m.start()], float(m.group(1))


def _words(field: str | None, token: str) -> object:
    token, boost = _boost(token)
    token = _FUZZY_TAIL_RE.sub("", token)
    if token == "*":
        return Every(field)
    wildcard = re.search(r"[*?]", token)
    prefix = wildcard is not None
    if wildcard is not None:  # tsquery has prefixes only: te?t and ban*k search te* and ban*
        token = token[: wildcard.start()]
    pieces = _PIECE_RE.findall(token)
    if not pieces:
        return Nothing()
    return Words(field, pieces, phrase=len(pieces) > 1, prefix=prefix, boost=boost)


def _phrase(field: str | None, token: str) -> object:
    body, _, tail = token[1:].rpartition('"')
    _, boost = _boost(tail)
    pieces = _PIECE_RE.findall(body)
    if not pieces:
        return Nothing()
    return Words(field, pieces, phrase=True, boost=boost)


def _dates(value: str) -> object:
    """date:2024-11, date:[2024-01 to 2024-03], date:<2024-11, date:>=2024-11-04 as whoosh
    reads them: a value covers its whole year, month or day; < and <= run to the end of the
    value's period, > and >= from its start; a range takes both ends in."""
    value = value.strip()
    if value.startswith(("[", "{")):
        inner = value[1:-1] if value[-1:] in "]}" else value[1:]
        ends = re.split(r"\s*\b(?:to|TO)\b\s*", inner.strip(), maxsplit=1)
        start_text, end_text = (ends[0], ends[1]) if len(ends) == 2 else (ends[0], ends[0])
        return Dates(_start(start_text), _after(end_text))
    m = re.match(r"(<=|>=|<|>)?(.*)$", value)
    assert m is not None
    op, rest = m.group(1), m.group(2)
    if op in ("<", "<="):
        return Dates(None, _after(rest))
    if op in (">", ">="):
        return Dates(_start(rest), None)
    return Dates(_start(rest), _after(rest))


def _start(text: str) -> date | None:
    text = text.strip()
    return parse_date_value(text) if text else None


def _after(text: str) -> date | None:
    """The first day after the period `text` names (2024 -> 2025-01-01, 2024-11 -> 2024-12-01)."""
    text = text.strip()
    if not text:
        return None
    first = parse_date_value(text)
    parts = text.count("-")
    if parts == 0:
        return date(first.year + 1, 1, 1) if first.year < 9999 else None
    if parts == 1:
        return date(first.year + (first.month == 12), first.month % 12 + 1, 1) if first.year < 9999 else None
    from datetime import timedelta

    return first + timedelta(days=1) if first < date.max else None


def parse(text: str) -> object | None:
    """The query's tree, or None for an empty query (every article). QueryError for a query
    the checker refuses."""
    text = text.strip()
    if not text:
        return None
    check(text)
    try:
        tree = _Parser(_tokens(normalise_boosts(text))).query(None)
    except (ValueError, IndexError) as exc:
        raise unparsable(text) from exc
    return tree


# ---------------------------------------------------------------------- compiling
@dataclass
class Compiled:
    """A query as SQL: `where` with its `params`, `rank` with its own, and the words."""

    where: str
    params: list[object]
    rank: str
    rank_params: list[object]
    words: list[str]  # the positive words of the text fields, to find what they became in the index
    everything: bool = False
    # the query is one tsquery over `doc`, ranked by its ts_rank alone: this text (to_tsquery's
    # argument), which a RUM index orders by (searching.py); None for anything else
    doc_query: str | None = None
    # the query is one plain word (no field, prefix or boost): ts_rank ranks every article with it
    # in the headline, author or site above every article with it in the body alone (searching.py)
    one_word: bool = False
    # the query is two plain words, side by side or a phrase (no field, prefix or boost): their
    # tsquery operands, for the articles with both in the headline, author or site (searching.py)
    pair: tuple[str, str] | None = None


@dataclass
class _Doc:
    """A tsquery over `doc`, as text for to_tsquery."""

    text: str
    boosts: list[tuple[str, float]] = field(default_factory=list)  # (tsquery text, boost) of boosted parts


@dataclass
class _Sql:
    sql: str
    params: list[object]


DOC_WHERE = f"doc @@ to_tsquery('{TEXT_CONFIG}', %s)"  # a query that is one tsquery over `doc`
_DOC_RANK = f"ts_rank('{RANK_WEIGHTS}', doc, to_tsquery('{TEXT_CONFIG}', %s))"


def _quote(piece: str) -> str:
    return "'" + piece + "'"  # a \w+ run holds no quote, backslash or operator


def _operand(piece: str, weights: str, prefix: bool) -> str:
    label = ("*" if prefix else "") + weights
    return _quote(piece) + (":" + label if label else "")


def _words_tsquery(node: Words, weights: str) -> str:
    parts = [_operand(p, weights, node.prefix and k == len(node.pieces) - 1) for k, p in enumerate(node.pieces)]
    return "(" + (" <-> " if node.phrase else " & ").join(parts) + ")"


class _Compiler:
    def __init__(self) -> None:
        self.rank_parts: list[tuple[str, list[object]]] = []
        self.words: list[str] = []
        self.loose_docs: list[_Doc] = []  # tsqueries joined to other predicates: each ranks on its own

    def node(self, node: object, negated: bool = False) -> _Doc | _Sql | None:
        """None: matches nothing (dropped from an AND or an OR, as whoosh drops it)."""
        if isinstance(node, Nothing):
            return None
        if isinstance(node, Words):
            if not negated and (node.field is None or node.field in ("title", "text")):
                self.words.extend(node.pieces)
            if node.field in OTHER_COLUMNS:
                column, config, label, share = OTHER_COLUMNS[node.field]
                text = _words_tsquery(node, label)
                if not negated:
                    rank = f"{share * node.boost:.6f} * ts_rank({column}, to_tsquery('{config}', %s))"
                    self.rank_parts.append((rank, [text]))
                return _Sql(f"{column} @@ to_tsquery('{config}', %s)", [text])
            weights = PLAIN_WEIGHTS if node.field is None else DOC_WEIGHTS[node.field]
            text = _words_tsquery(node, weights)
            boosts = [(text, node.boost)] if node.boost != 1.0 and not negated else []
            return _Doc(text, boosts)
        if isinstance(node, Dates):
            conditions, params = [], []
            if node.start is not None:
                conditions.append("published >= %s")
                params.append(datetime(node.start.year, node.start.month, node.start.day))
            if node.end is not None:
                conditions.append("published < %s")
                params.append(datetime(node.end.year, node.end.month, node.end.day))
            return _Sql("(" + (" AND ".join(conditions) or "published IS NOT NULL") + ")", params)
        if isinstance(node, Every):
            if node.field is None:
                return _Sql("true", [])
            column = {"title": "title <> ''", "text": "true", "author": "author IS NOT NULL",
                      "site": "site IS NOT NULL", "related": "related <> '[]'::jsonb", "path": "true",
                      "published": "published IS NOT NULL"}[node.field]  # fmt: skip
            return _Sql(column, [])
        assert isinstance(node, Op)
        if node.kind == "NOT":
            inner = self.node(node.children[0], not negated)
            if inner is None:
                return _Sql("true", [])
            if isinstance(inner, _Doc):
                return _Doc(f"!{inner.text}")
            return _Sql(f"NOT coalesce({inner.sql}, false)", inner.params)
        if node.kind == "ANDNOT":
            return self.combine(
                "AND", [self.node(node.children[0], negated), self.node(Op("NOT", [node.children[1]]), negated)]
            )
        if node.kind == "ANDMAYBE":
            kept = self.node(node.children[0], negated)
            maybe = self.node(node.children[1], True)  # matched or not: only ranks (below)
            if isinstance(maybe, _Doc) and not negated:
                self.rank_parts.append(
                    (f"ts_rank('{RANK_WEIGHTS}', doc, to_tsquery('{TEXT_CONFIG}', %s))", [maybe.text])
                )
            return kept
        return self.combine(node.kind, [self.node(child, negated) for child in node.children])

    def combine(self, kind: str, parts: list[_Doc | _Sql | None]) -> _Doc | _Sql | None:
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        docs = [p for p in kept if isinstance(p, _Doc)]
        sqls = [p for p in kept if isinstance(p, _Sql)]
        joiner = " & " if kind == "AND" else " | "
        doc = _Doc("(" + joiner.join(d.text for d in docs) + ")", [b for d in docs for b in d.boosts]) if docs else None
        if not sqls:
            return doc
        pieces = ([f"doc @@ to_tsquery('{TEXT_CONFIG}', %s)"] if doc else []) + [s.sql for s in sqls]
        params = ([doc.text] if doc else []) + [p for s in sqls for p in s.params]
        if doc:
            self.loose_docs.append(doc)
        return _Sql("(" + f" {kind} ".join(pieces) + ")", params)


def compile_query(tree: object | None) -> Compiled:
    """SQL for a parsed query (None: every article)."""
    if tree is None or (isinstance(tree, Every) and tree.field is None):
        return Compiled("true", [], "0", [], [], everything=True)
    compiler = _Compiler()
    top = compiler.node(tree)
    if top is None:
        return Compiled("false", [], "0", [], compiler.words)
    rank_parts = list(compiler.rank_parts)
    docs = [top] if isinstance(top, _Doc) else compiler.loose_docs
    for doc in docs:
        rank_parts.append((f"ts_rank('{RANK_WEIGHTS}', doc, to_tsquery('{TEXT_CONFIG}', %s))", [doc.text]))
        for text, boost in doc.boosts:  # a word's boost: its own rank again, times the boost beyond 1
            rank_parts.append(
                (f"{boost - 1.0:.6f} * ts_rank('{RANK_WEIGHTS}', doc, to_tsquery('{TEXT_CONFIG}', %s))", [text])
            )
    if isinstance(top, _Doc):
        where, params = DOC_WHERE, [top.text]
    else:
        where, params = top.sql, top.params
    rank = " + ".join(sql for sql, _ in rank_parts) or "0"
    rank_params = [p for _, ps in rank_parts for p in ps]
    doc_query = None
    if isinstance(top, _Doc) and not top.boosts and not compiler.rank_parts and compiler.words:
        doc_query = top.text
    one_word = (
        doc_query is not None
        and isinstance(tree, Words)
        and tree.field is None
        and len(tree.pieces) == 1
        and not (tree.prefix or tree.phrase)
    )
    pair = _pair(tree) if doc_query is not None else None
    return Compiled(where, params, rank, rank_params, compiler.words, doc_query=doc_query, one_word=one_word, pair=pair)


def _pair(tree: object) -> tuple[str, str] | None:
    """The two words of "a b", "a AND b" or '"a b"' (plain words: no field, prefix or boost)."""

    def plain(node: object) -> bool:
        return isinstance(node, Words) and node.field is None and not node.prefix and node.boost == 1.0

    if plain(tree) and len(tree.pieces) == 2:  # type: ignore[attr-defined]
        first, second = tree.pieces  # type: ignore[attr-defined]
    elif isinstance(tree, Op) and tree.kind == "AND" and len(tree.children) == 2:
        if not all(plain(child) and len(child.pieces) == 1 for child in tree.children):  # type: ignore[attr-defined]
            return None
        first, second = (child.pieces[0] for child in tree.children)  # type: ignore[attr-defined]
    else:
        return None
    return _quote(first), _quote(second)


# ---------------------------------------------------------------------- ranked rows
HIT_COLUMNS = "id, path, title, author, site, published, has_time"  # a hit's row; its score comes last


def phrases_as_and(tsquery: str) -> str:
    """The tsquery with its phrases' words ANDed: what a phrase is ranked by. RUM's index does
    not order a phrase by its distance (it gives the rows in no rank order: at 100k,
    `"prime minister"`'s headlines, 1 / distance 1.26, came after bodies at 0.12), while the
    words ANDed it orders by theirs, which is the same measure of how close together the words
    stand (phrases are the only `<->` this module writes)."""
    return tsquery.replace(" <-> ", " & ")


def score_of_distance(distance: float | None) -> float:
    """ts_rank from RUM's distance (1 / ts_rank; infinite for a rank of 0)."""
    return 0.0 if not distance or math.isinf(distance) else 1.0 / distance


def hit_of(row: tuple, score: float, snippet: list[tuple[str, bool]]) -> EngineHit:
    """The EngineHit of a row of HIT_COLUMNS (a date without a time of day: the date)."""
    article_id, path, title, author, site, published, has_time = row[:7]
    when: datetime | object | None = published
    if isinstance(published, datetime) and not has_time:
        when = published.date()
    return EngineHit(
        id=article_id, path=path, title=title, author=author, site=site, published=when, score=score, snippet=snippet
    )
