"""Archive.article keeps the last articles it read: an article opened again (back, forward, a link
followed and left) is not re-read, and a changed file always is (the file is the source of truth).
The files are the shipped samples (made up for the project), copied so a test may change them."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import tuiarchive.archive
import tuiarchive.formats
from tuiarchive.archive import ARTICLES_KEPT, Archive, ArticleUnavailable
from tuiarchive.catalog import CATALOG_NAME

BRIDGE = "2025-01-08-dresk-council-approves-olst-bridge.txt"


@pytest.fixture
def samples(samples_built: tuple[Path, Path]) -> Path:
    """The samples' files a test may change: those the `archive` fixture's index was built from."""
    return samples_built[0]


@pytest.fixture
def archive(samples_built: tuple[Path, Path]) -> Iterator[Archive]:
    """The samples' index without the records that open an article without its parser
    (tuiarchive/opened.py; tests/test_opened.py): as an older index, every opening reads its file.
    A copy of the index built once per worker (conftest's samples_built), not a build per test."""
    _, index_dir = samples_built
    with sqlite3.connect(index_dir / CATALOG_NAME) as db:
        db.execute("DROP TABLE opened")
    with Archive(index_dir) as opened:
        yield opened


def _id(archive: Archive, path: Path) -> str:
    ref = archive.find(str(path))
    assert ref is not None
    return ref.id


def test_an_article_opened_again_is_not_read_again(archive: Archive, samples: Path, reads: list[str]) -> None:
    article_id = _id(archive, samples / BRIDGE)
    first = archive.article(article_id)
    again = archive.article(article_id)
    assert again == first
    assert reads == [BRIDGE]


def test_a_file_changed_is_read_again_even_at_the_same_size_and_time(archive: Archive, samples: Path) -> None:
    path = samples / BRIDGE
    article_id = _id(archive, path)
    before = archive.article(article_id)
    text = path.read_text(encoding="utf-8")
    paragraph = before.body[0]
    word = paragraph.split()[0]
    assert paragraph in text and len(word) > 1
    # the paragraph's first word written backwards in other case: as long, other letters
    changed = text.replace(paragraph, word[::-1].swapcase() + paragraph[len(word) :], 1)
    assert len(changed.encode()) == len(text.encode())
    times = path.stat()
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))  # what a copy keeping times leaves
    after = archive.article(article_id)
    assert after.body[0] != before.body[0]
    assert after.body[0].startswith(word[::-1].swapcase())


def test_a_file_saved_over_by_a_new_one_is_read_again(archive: Archive, samples: Path) -> None:
    path = samples / BRIDGE
    article_id = _id(archive, path)
    before = archive.article(article_id)
    # an editor's save: a new file renamed over the old one
    fresh = path.with_name("saving.tmp")
    fresh.write_text(path.read_text(encoding="utf-8").replace(before.title, "A headline written later"), "utf-8")
    fresh.replace(path)
    assert archive.article(article_id).title == "A headline written later"


def test_a_file_deleted_after_it_was_read_is_said_to_be_gone(archive: Archive, samples: Path) -> None:
    path = samples / BRIDGE
    article_id = _id(archive, path)
    archive.article(article_id)
    path.unlink()
    with pytest.raises(ArticleUnavailable, match="run `tuiarchive index`"):
        archive.article(article_id)


def test_what_a_caller_does_to_an_article_never_reaches_the_next_caller(archive: Archive, samples: Path) -> None:
    article_id = _id(archive, samples / BRIDGE)
    first = archive.article(article_id)
    body, related = list(first.body), list(first.related)
    first.body.clear()
    first.related.clear()
    first.title = "changed by a caller"
    again = archive.article(article_id)
    assert (again.body, again.related) == (body, related)
    assert again.title != "changed by a caller"
    again.body.append("another caller's line")
    assert archive.article(article_id).body == body


def test_only_the_last_articles_are_kept(archive: Archive, samples: Path, reads: list[str]) -> None:
    paths = sorted(p for p in samples.glob("2025-*.txt"))[: ARTICLES_KEPT + 1]
    assert len(paths) == ARTICLES_KEPT + 1
    ids = [_id(archive, p) for p in paths]
    for article_id in ids:
        archive.article(article_id)
    archive.article(ids[-1])  # kept
    archive.article(ids[0])  # the oldest: it was let go
    assert reads == [p.name for p in paths] + [paths[0].name]


def test_no_more_text_is_kept_than_the_limit_but_the_newest_always(
    archive: Archive, samples: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = sorted(samples.glob("2025-*.txt"))[:2]
    one, two = _id(archive, first), _id(archive, second)
    text = archive.article(one)
    monkeypatch.setattr(tuiarchive.archive, "ARTICLES_KEPT_CHARS", len(text.title) + sum(map(len, text.body)))
    archive.article(one)  # kept: it is the newest, and within the limit alone
    archive.article(two)  # kept, the newest; the two together are over the limit: the first goes
    archive.article(two)
    archive.article(one)
    assert reads == [first.name, second.name, first.name]
    monkeypatch.setattr(tuiarchive.archive, "ARTICLES_KEPT_CHARS", 1)  # smaller than any article
    archive.article(two)  # read and kept alone
    archive.article(two)
    assert reads == [first.name, second.name, first.name, second.name]
