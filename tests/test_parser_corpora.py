"""The parser on whole corpora: every BBC article and every shipped sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, shared_path

from tuiarchive.parser import NotAnArticle, parse_file
from tuiarchive.text import clean_line


def test_every_bbc_article_parses_to_its_title_and_body() -> None:
    root = shared_path("corpora", "bbc-fulltext")
    files = sorted(root.glob("*/*.txt"))
    assert len(files) == 2225
    wrong_title = []
    for path in files:
        article = parse_file(path)
        first_line = clean_line(path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff").split("\n", 1)[0])
        if article.title != first_line:
            wrong_title.append(path)
        assert article.body, path
        assert article.published is None and article.related == [], path
    assert wrong_title == []


def test_the_latin1_bbc_file_is_read_correctly() -> None:
    article = parse_file(shared_path("corpora", "bbc-fulltext", "sport", "199.txt"))
    assert article.encoding in ("cp1252", "latin-1")
    assert any("£15.8m" in p for p in article.body)


def _sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")


def test_there_are_enough_samples() -> None:
    assert len(_sample_files()) >= 40


@pytest.mark.parametrize("path", _sample_files(), ids=lambda p: p.name)
def test_each_sample(path: Path) -> None:
    if path.name == "not-an-article.txt":
        with pytest.raises(NotAnArticle, match=r"no (running|article) text"):
            parse_file(path)
        return
    article = parse_file(path)
    assert article.title and article.body
    if not path.name.startswith("plain-"):
        assert article.published is not None
        assert article.related
    if path.name.startswith("cp1252-"):
        assert article.encoding == "cp1252"
        assert any("café" in p or "€" in p for p in article.body)
    if path.name.startswith("utf8-bom-"):
        assert article.encoding == "utf-8-sig"
        assert not article.title.startswith("\ufeff")
    if path.name.startswith("crlf-"):
        assert not any("\r" in p for p in article.body)
