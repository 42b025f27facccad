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

# the body (text[]) goes in binary: in text, every paragraph is escaped by a regular
# expression on the client (psycopg's array dumper), twice, as the row and for `doc`
_VALUES = ", ".join(f"%({c})b" if c == "body" else f"%({c})s" for c in COLUMNS)
_VECTORS = (
    f"setweight(to_tsvector('{TEXT_CONFIG}', %(title)s), 'A')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', coalesce(%(author)s, '')), 'B')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', coalesce(%(site)s, '')), 'C')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', "
    f"left(array_to_string(%(body)b::text[], E'\\n'), {INDEXED_BODY_CHARS})), 'D'),"
    f" to_tsvector('{TEXT_CONFIG}', %(title)s),"
    f" setweight(to_tsvector('{TEXT_CONFIG}', coalesce(%(author)s, '')), 'B')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', coalesce(%(site)s, '')), 'C'),"
    f" to_tsvector('{TEXT_CONFIG}', %(related_text)s),"
    f" to_tsvector('{PATH_CONFIG}', regexp_replace(%(path)s, '[^[:alnum:]]+', ' ', 'g'))"
)
VECTOR_COLUMNS = ("doc", "title_v", "names_v", "related_v", "path_v")  # in the order of _VECTORS
UPSERT = (
    f"INSERT INTO articles ({', '.join((*COLUMNS, *VECTOR_COLUMNS))}) VALUES ({_VALUES}, {_VECTORS}) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*COLUMNS[1:], *VECTOR_COLUMNS))
)


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
        self._run(UPSERT, article_row(article))

    def add_segment(self, built: ArticleBatch) -> None:
        """A worker's batch of articles, part of the next commit."""
        try:
            with self._conn.cursor() as cur:
                cur.executemany(UPSERT, built.rows)
        except psycopg.Error as exc:
            raise self._engine.failed(exc) from None
        self._engine.changed += len(built.rows)

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
