"""What a search on PostgreSQL sends to the server: no statement twice that one would do.

Typing in the app searches again at every key (issue 11: keystroke to results), and on a busy
machine every round trip to the server waits its turn: the words' lexemes are asked for once
per word a searcher has not seen, and the planner's setting is sent only when it changes.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tuiarchive.dburl import DatabaseIndex
from tuiarchive.engine.postgres import searching
from tuiarchive.engine.postgres.engine import PostgresEngine


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement any connection sends from now on (psycopg's execute, recorded)."""
    statements: list[str] = []
    execute = psycopg.Connection.execute

    def recording(self, query, params=None, **kwargs):
        statements.append(str(query))
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", recording)
    return statements


@pytest.fixture
def searcher(pg_samples: DatabaseIndex) -> Iterator[searching.PostgresSearcher]:
    engine = PostgresEngine.open(pg_samples)
    found = searching.PostgresSearcher(engine)
    yield found
    found.close()
    engine.close()


def _lexeme_statements(statements: list[str]) -> int:
    return sum("tsvector_to_array" in sql for sql in statements)


def test_each_word_is_stemmed_by_the_server_once(searcher: searching.PostgresSearcher, sent: list[str]) -> None:
    first = searcher.search("museum astrolabe")
    assert _lexeme_statements(sent) == 1  # one statement for both words, though three steps want them
    sent.clear()
    again = searcher.search("museum astrolabe")
    assert _lexeme_statements(sent) == 0
    assert (again.total, again.terms, [h.id for h in again.hits]) == (
        first.total,
        first.terms,
        [h.id for h in first.hits],
    )
    sent.clear()
    searcher.search("museum bridges")
    assert _lexeme_statements(sent) == 1  # `bridges` is new
    assert searcher._lexemes_of(["bridges", "the", "museum"]) == {
        "bridges": ("bridg",),
        "the": (),
        "museum": ("museum",),
    }


def test_the_planner_setting_is_sent_only_when_it_changes(
    searcher: searching.PostgresSearcher, sent: list[str]
) -> None:
    def settings() -> list[str]:
        return [sql for sql in sent if "enable_seqscan" in sql]

    def shown() -> str:
        return searcher._conn.execute("SHOW enable_seqscan").fetchone()[0]

    words = [searcher.search("museum").total for _ in range(3)]
    assert settings() == ["SET enable_seqscan = off"] and shown() == "off"  # words: the indexes, once
    sent.clear()
    dated = searcher.search("date:2025").total
    assert settings() == ["SET enable_seqscan = on"] and shown() == "on"  # no words: the planner's choice
    sent.clear()
    assert searcher.search("museum").total == words[0] and settings() == ["SET enable_seqscan = off"]
    assert len(set(words)) == 1 and dated > 0
