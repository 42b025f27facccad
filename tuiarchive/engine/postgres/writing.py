"""Writing articles to PostgreSQL: upserts by id, deletions, and the workers' batches.

An article is one row, written with INSERT ... ON CONFLICT (id) DO UPDATE: adding an article
twice (a run resumed after a lost connection re-reads what was not committed) leaves one row.
The tsvectors are computed by the server from the row's own text, in the same statement.

Workers parse in parallel; what they hand back for this engine is an `ArticleBatch`: the
rows, ready to insert. The indexer adds it with `add_segment` in the same transaction as
the catalog's record of those files, so a run stopped anywhere leaves both or neither.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

import psycopg

from ...formats.urls import url_key
from ...model import Article
from ...text import headline_key
from .schema import INDEXED_BODY_CHARS, PATH_CONFIG, TEXT_CONFIG

if TYPE_CHECKING:
    from .engine import PostgresEngine

COLUMNS = (
    "id", "path", "member", "title", "title_key", "author", "site", "published", "has_time", "published_text",
    "read_minutes", "truncated", "url", "url_key", "encoding", "language", "content_hash", "body", "related",
)  # fmt: skip

# Many articles a statement (ROWS_PER_STATEMENT): each column's values as one array, unnested
# into rows, and the bodies' paragraphs as one array that each row slices by its bounds (a text[]
# cannot hold arrays of different lengths). Arrays go in binary: in text, every paragraph is
# escaped by a regular expression on the client (psycopg's array dumper). Each text is turned
# into lexemes once: `doc` is made of the headline's, the names' and the body's tsvectors, as
# title_v and names_v hold the first two. The same rows as one statement an article, for 5%
# less of the server's CPU at a first load (measured: docs/postgresql.md, "Writing").
ROWS_PER_STATEMENT = 100  # each row's slice walks the paragraphs before its own: keep the array short
_TYPES = {"published": "timestamp", "has_time": "boolean", "read_minutes": "integer", "truncated": "boolean"}
_UNNESTED = (*(c for c in COLUMNS if c != "body"), "related_text", "first", "last")  # "first", "last": the body's
_FROM = {"body": "b.body", "related": "r.related::jsonb"}
VECTOR_COLUMNS = ("doc", "title_v", "names_v", "related_v", "path_v")
_VECTORS = (
    f"setweight(v.title_v, 'A') || v.names_v || setweight(to_tsvector('{TEXT_CONFIG}', "
    f"left(array_to_string(b.body, E'\\n'), {INDEXED_BODY_CHARS})), 'D'), v.title_v, v.names_v, "
    f"to_tsvector('{TEXT_CONFIG}', r.related_text), "
    f"to_tsvector('{PATH_CONFIG}', regexp_replace(r.path, '[^[:alnum:]]+', ' ', 'g'))"
)
UPSERT = (
    f"INSERT INTO articles ({', '.join((*COLUMNS, *VECTOR_COLUMNS))}) "
    f"SELECT {', '.join(_FROM.get(c, f'r.{c}') for c in COLUMNS)}, {_VECTORS} FROM unnest("
    + ", ".join(f"%({c})b::{_TYPES.get(c, 'integer' if c in ('first', 'last') else 'text')}[]" for c in _UNNESTED)
    + f") AS r({', '.join(_UNNESTED)}) "
    "CROSS JOIN LATERAL (SELECT (%(paragraphs)b::text[])[r.first:r.last] AS body OFFSET 0) b "
    f"CROSS JOIN LATERAL (SELECT to_tsvector('{TEXT_CONFIG}', r.title) AS title_v, "
    f"setweight(to_tsvector('{TEXT_CONFIG}', coalesce(r.author, '')), 'B') "
    f"|| setweight(to_tsvector('{TEXT_CONFIG}', coalesce(r.site, '')), 'C') AS names_v OFFSET 0) v "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*COLUMNS[1:], *VECTOR_COLUMNS))
)


def upsert_parameters(rows: list[dict[str, object]]) -> dict[str, list[object]]:
    """UPSERT's parameters for `rows` (article_row's), an id's last row alone: one statement
    may not write a row twice (ON CONFLICT DO UPDATE refuses), and the last written is kept."""
    last = list({row["id"]: row for row in rows}.values())
    params: dict[str, list[object]] = {c: [row[c] for row in last] for c in _UNNESTED[:-2]}
    paragraphs: list[object] = []
    first, end = params.setdefault("first", []), params.setdefault("last", [])
    for row in last:
        first.append(len(paragraphs) + 1)  # (an empty body: first > last, an empty slice)
        paragraphs.extend(row["body"])  # type: ignore[arg-type]
        end.append(len(paragraphs))
    params["paragraphs"] = paragraphs
    return params


def article_row(article: Article) -> dict[str, object]:
    """The article as the row's parameters (plain values: picklable, for the workers' batches)."""
    published = article.published
    when: datetime | None
    if isinstance(published, datetime):
        when = published.replace(tzinfo=None)
    elif isinstance(published, date):
        when = datetime(published.year, published.month, published.day)
    else:
        when = None
    related = [[_clean(r.section), _clean(r.headline), _clean(r.url) if r.url else None] for r in article.related]
    row: dict[str, object] = {
        "id": article.id,
        "path": article.path,
        "member": article.member or "",
        "title": article.title,
        "title_key": headline_key(article.title),
        "author": article.author,
        "site": article.site,
        "published": when,
        "has_time": isinstance(published, datetime),
        "published_text": article.published_iso(),
        "read_minutes": article.read_minutes,
        "truncated": article.truncated,
        "url": article.url,
        "url_key": url_key(article.url),
        "encoding": article.encoding,
        "language": article.language,
        "content_hash": article.content_hash,
        "body": [_clean(p) for p in article.body],
        "related": json.dumps(related),
        "related_text": "\n".join(r.headline for r in article.related),
    }
    return {key: _clean(value) if isinstance(value, str) else value for key, value in row.items()}


def _clean(text: str) -> str:
    """PostgreSQL text holds no NUL character."""
    return text.replace("\x00", "") if "\x00" in text else text


@dataclass(slots=True)
class ArticleBatch:
    """A worker's articles, as rows: what `SegmentBuilder` is to the whoosh engine."""

    rows: list[dict[str, object]] = field(default_factory=list)

    @property
    def docs(self) -> int:
        return len(self.rows)


class BatchBuilder:
    """Made in a worker process: collects the rows of the articles it parsed (no connection)."""

    def __init__(self) -> None:
        self.batch = ArticleBatch()

    def add(self, article: Article) -> None:
        self.batch.rows.append(article_row(article))

    def finish(self) -> ArticleBatch | None:
        return self.batch if self.batch.rows else None

    def cancel(self) -> None:
        self.batch = ArticleBatch()


class PostgresWriter:
    """Changes in one transaction of the engine's connection: commit() makes them visible."""

    def __init__(self, engine: PostgresEngine) -> None:
        self._engine = engine
        self._conn = engine.connection
        self._done = False

    def _run(self, sql: str, params: object) -> None:
        try:
            self._conn.execute(sql, params)
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None
        self._engine.changed += 1

    def add(self, article: Article) -> None:
        """Add an article whose id is known to be new (an upsert all the same: safe to repeat)."""
        self.upsert(article)

    def upsert(self, article: Article) -> None:
        self._run(UPSERT, upsert_parameters([article_row(article)]))

    def add_segment(self, built: ArticleBatch) -> None:
        """A worker's batch of articles, part of the next commit."""
        rows = built.rows
        try:
            for start in range(0, len(rows), ROWS_PER_STATEMENT):
                self._conn.execute(UPSERT, upsert_parameters(rows[start : start + ROWS_PER_STATEMENT]))
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None
        self._engine.changed += len(rows)

    def delete(self, article_id: str) -> None:
        self._run("DELETE FROM articles WHERE id = %s", (article_id,))

    def commit(self, *, optimize: bool = False) -> None:
        if self._done:
            return
        self._done = True
        try:
            if self._engine.unsent is not None:  # the catalog's records of these articles' files
                self._engine.unsent()
            self._conn.commit()
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            if not self._conn.closed:
                with contextlib.suppress(psycopg.Error):  # a lost connection: the server has rolled it back
                    self._conn.rollback()
