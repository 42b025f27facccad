"""The PostgreSQL catalog's records of new articles and pages (engine/postgres/catalog.py), written
together with the next statement or at the commit: read back in the same transaction, in the order
they were asked for, and not written at all when the transaction fails."""

from __future__ import annotations

import psycopg
import pytest

from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import PostgresCatalog, PostgresEngine
from tuiarchive.model import Article, RelatedItem
from tuiarchive.parser.context import PageFacts


def _story(k: int, *links: str) -> Article:
    return Article(id=f"made-up-{k}", path=f"/archive/harbour/{k}.txt", title=f"Harbour report {k}",
                   body=["The ferry ran late again."], related=[RelatedItem("More", h, None) for h in links],
                   content_hash=f"h{k}")  # fmt: skip


def _links(url: str, article_id: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute("SELECT headline FROM links WHERE src = %s ORDER BY pos", (article_id,))]


def test_new_articles_records_are_read_back_and_kept_in_order(pg_url: str) -> None:
    engine = PostgresEngine.create(DatabaseIndex(pg_url))
    try:
        catalog = PostgresCatalog(engine)
        with catalog.transaction():
            for k in range(5):
                catalog.record_new_article(_story(k, f"Tides {k}", f"Cranes {k}"), 100 + k, 1)
                catalog.record_page(f"/archive/harbour/{k}.txt", PageFacts("harbour.example", b"a", b"b"))
            # the same article again (its file read twice in one batch): the second record wins
            catalog.record_new_article(_story(0, "Moorings"), 200, 2)
            catalog.record_page("/archive/harbour/0.txt", PageFacts("harbour.example", b"c", b"d"))
            states = catalog.file_states()  # a read in the transaction sees what it wrote
            assert sorted(states) == [f"/archive/harbour/{k}.txt" for k in range(5)], states
            assert states["/archive/harbour/0.txt"].size == 200
        assert _links(pg_url, "made-up-0") == ["Moorings"]
        assert _links(pg_url, "made-up-3") == ["Tides 3", "Cranes 3"]
        assert catalog.page_used("/archive/harbour/0.txt") == b"d"
        with pytest.raises(RuntimeError), catalog.transaction():
            catalog.record_new_article(_story(7, "Lighthouse"), 100, 1)
            raise RuntimeError("the batch failed")
        assert "/archive/harbour/7.txt" not in catalog.file_states() and _links(pg_url, "made-up-7") == []
        with catalog.transaction():
            catalog.record_page("/archive/harbour/8.txt", PageFacts("harbour.example", b"e", b"f"))
        assert catalog.page_used("/archive/harbour/8.txt") == b"f"  # written at the commit
    finally:
        engine.close()


def test_a_writers_commit_in_a_transaction_commits_the_records_of_its_articles_with_them(pg_url: str) -> None:
    """The indexer commits a worker's batch with the writer inside the catalog's transaction
    (record.commit_job): a Ctrl-C just after that commit must not leave the articles without
    the records of their files (the next run would read those files again)."""
    engine = PostgresEngine.create(DatabaseIndex(pg_url))
    try:
        catalog = PostgresCatalog(engine)
        with pytest.raises(KeyboardInterrupt), catalog.transaction():
            writer = engine.writer_handle()
            for k in range(3):
                story = _story(k, f"Tides {k}")
                catalog.record_new_article(story, 100 + k, 1)
                catalog.record_page(story.path, PageFacts("harbour.example", b"a", b"b"))
                writer.add(story)
            writer.commit()
            raise KeyboardInterrupt  # before the catalog's own commit
        with psycopg.connect(pg_url) as conn:
            counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone() for t in ("articles", "files", "pages")]
        assert counts == [(3,), (3,), (3,)], f"articles, files, pages: {counts}"
        assert _links(pg_url, "made-up-2") == ["Tides 2"]
    finally:
        engine.close()
