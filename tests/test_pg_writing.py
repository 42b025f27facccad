"""A worker's batch of articles goes to PostgreSQL many rows a statement (writing.UPSERT): each
row must get its own body and the tsvectors of its own text, whatever its neighbours hold.
The articles here are made up for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import PostgresEngine, writing
from tuiarchive.model import Article, RelatedItem


def _articles() -> list[Article]:
    """Made-up articles that differ in every way a row can: empty bodies, no author, a date
    with or without its time, none, related items, a container's member, odd characters."""
    return [
        Article(id="w1", path="/made/up/one.txt", title="Harbour cranes return", body=["Cranes came back.", "Slowly."],
                author="Ana Ferreira", site="Coast Daily", published=datetime(2024, 3, 5, 8, 30), read_minutes=2),
        Article(id="w2", path="/made/up/two.txt", title="An empty page", body=[]),
        Article(id="w3", path="/made/up/three.txt", title="Ferry timetable", body=["Boats at {noon}, \"NULL\"\\"],
                published=date(2023, 1, 2), related=[RelatedItem("Read next", "Tram depot opens", "https://x.test/t")]),
        Article(id="w4", path="/made/up/box.jsonl", member="k7", title="Lighthouse keeper", body=["One", "", "Three"],
                site="Bay News", truncated=True, url="https://x.test/lh", language="en"),
        Article(id="w5", path="/made/up/five.txt", title="Zebra crossing", body=["A zebra crossing, at last."] * 3),
    ]  # fmt: skip


# each row's vectors as the server makes them from the row's own columns, one at a time
_EXPECTED = """
SELECT id, doc = setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', coalesce(author, '')), 'B')
        || setweight(to_tsvector('english', coalesce(site, '')), 'C')
        || setweight(to_tsvector('english', array_to_string(body, E'\\n')), 'D'),
    title_v = to_tsvector('english', title),
    names_v = setweight(to_tsvector('english', coalesce(author, '')), 'B')
        || setweight(to_tsvector('english', coalesce(site, '')), 'C'),
    related_v = to_tsvector('english',
        coalesce((SELECT string_agg(r->>1, E'\\n') FROM jsonb_array_elements(related) r), '')),
    path_v = to_tsvector('simple', regexp_replace(path, '[^[:alnum:]]+', ' ', 'g'))
FROM articles ORDER BY id
"""


@pytest.mark.parametrize("per_statement", [1, 2, 100])
def test_a_batch_writes_each_article_as_it_is(pg_url: str, per_statement: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows cut into statements anywhere (one a statement, two, all in one) come back as written,
    each with the vectors of its own text; an id twice in a batch keeps its last version."""
    monkeypatch.setattr(writing, "ROWS_PER_STATEMENT", per_statement)
    articles = _articles()
    again = Article(id="w2", path="/made/up/two.txt", title="The page, filled", body=["Now it says something."])
    builder = writing.BatchBuilder()
    for article in [*articles, again]:
        builder.add(article)
    batch = builder.finish()
    assert batch is not None
    engine = PostgresEngine.create(DatabaseIndex(pg_url))
    try:
        with engine.writer() as writer:
            writer.add_segment(batch)
            writer.commit()
        expected = {a.id: a for a in articles} | {"w2": again}
        for aid, article in expected.items():
            assert engine.article(aid) == article
        rows = engine.connection.execute(_EXPECTED).fetchall()
        assert rows == [(aid, True, True, True, True, True) for aid in sorted(expected)]
        assert engine.doc_count() == len(expected)
    finally:
        engine.close()


def test_an_upsert_replaces_the_row_and_its_vectors(pg_url: str) -> None:
    """One article written again (an upsert) is one row, with the new text's vectors."""
    engine = PostgresEngine.create(DatabaseIndex(pg_url))
    try:
        first = _articles()[0]
        changed = Article(id=first.id, path=first.path, title="Harbour cranes leave", body=["Gone by spring."])
        for article in (first, changed):
            with engine.writer() as writer:
                writer.upsert(article)
                writer.commit()
        assert engine.article(first.id) == changed
        assert engine.connection.execute(_EXPECTED).fetchall() == [(first.id, True, True, True, True, True)]
    finally:
        engine.close()
