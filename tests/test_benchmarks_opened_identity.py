"""benchmarks/opened_identity opens every article of an index both ways and compares them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import opened_identity
from tuiarchive.catalog import CATALOG_NAME


def test_the_samples_are_given_back_equal(samples_built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, index = samples_built
    assert opened_identity.main([str(index)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    # the copy's files have other inodes than those indexed: their bytes are checked, and equal
    assert line.startswith("45 given back equal, 0 differ, 0 parsed"), line


def test_an_article_given_back_otherwise_than_parsed_is_reported(
    samples_built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, index = samples_built
    with sqlite3.connect(index / CATALOG_NAME) as db:  # a catalog whose headline is not the file's
        db.execute("UPDATE files SET title = 'A headline no page has' WHERE path LIKE '%olst-bridge.txt'")
    assert opened_identity.main([str(index)]) == 1
    out = capsys.readouterr().out
    assert "olst-bridge.txt (title)" in out and "44 given back equal, 1 differ" in out
