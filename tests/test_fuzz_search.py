"""Property-based tests: arbitrary strings to the search, through the API and the CLI.

Whatever comes in, the answer is results or a one-line query error: never an exception
escaping, never a hang (each example has a deadline). The API examples share one open
archive, as the app does: a query that fails must not spoil the searches after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import fuzz
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tuiarchive.archive import Archive, QueryError
from tuiarchive.cli import app


@pytest.fixture(scope="module")
def archive(samples_index: Path) -> Iterator[Archive]:
    """One archive for every example (opening it per example was two thirds of their time)."""
    with Archive(samples_index) as opened:
        yield opened


@fuzz(1500)
@given(st.text(max_size=120))
def test_search_api_answers_or_explains(archive: Archive, query: str) -> None:
    try:
        page = archive.search(query, limit=5)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert page.total >= len(page.hits)


query_words = st.sampled_from(
    ["olst", "title:", "date:", "author:", "(", ")", '"', "[", "]", "to", "AND", "OR", "NOT", "*", "?", "~",
     "^2", "2025", "2025-03", "{", "}", ":", "-", "+", "\\", "site:dresk", "path:", "related:"]
)  # fmt: skip


@fuzz(1000)
@given(st.lists(st.one_of(query_words, st.text(max_size=6)), max_size=8).map(" ".join))
def test_search_api_with_query_syntax_soup(archive: Archive, query: str) -> None:
    try:
        archive.search(query, limit=5, sort="newest")
    except QueryError as exc:
        assert "\n" not in str(exc)
        assert archive.search("olst", limit=1).total > 0  # the archive still answers after a refusal


@fuzz(150)
@given(st.one_of(st.text(max_size=40), st.lists(query_words, max_size=6).map(" ".join)))
def test_search_cli_never_shows_a_traceback(samples_index: Path, query: str) -> None:
    # "--" as a user would write it for a query that starts with "-"
    result = CliRunner().invoke(app, ["search", "--json", "--index", str(samples_index), "--", query])
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        json.loads(result.stdout)
    else:
        assert "Traceback" not in result.output and result.stderr.count("\n") == 1
