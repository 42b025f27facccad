"""Opening an indexed article gives the Article a fresh reading of its file gives, without the
parser when the file is the one the indexer read (tuiarchive/opened.py), and with it whenever
anything differs: the file touched or replaced, its site's chrome changed, an index from before
the records, a reader whose index is older than the catalog. The pages are the shipped samples,
the made-up format fixtures and pages written here."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from madeup import HEAD, LAST, LEAD, MORE

import benchmarks.generate as gen
import tuiarchive.formats
from tuiarchive import opened
from tuiarchive.archive import Archive, _context
from tuiarchive.catalog import CATALOG_NAME
from tuiarchive.engine import schema
from tuiarchive.indexer import update_index
from tuiarchive.model import Article, RelatedItem

REPO = Path(__file__).resolve().parents[1]
FORMATS = REPO / "tests" / "fixtures" / "formats"


def _fresh(archive: Archive, article_id: str) -> Article:
    """What reading the file now gives, as Archive.article reads it when it parses."""
    ref = archive.ref(article_id)
    assert ref is not None
    used = archive._catalog.page_used(ref.path, ref.member or "")
    return tuiarchive.formats.parse_file(ref.path, ref.member, **_context(used, ref.member))


def _ids(index: Path) -> list[str]:
    with sqlite3.connect(index / CATALOG_NAME) as db:
        return [r[0] for r in db.execute("SELECT id FROM files WHERE status = 'ok' ORDER BY path, member")]


def _page(headline: str, lines: list[str]) -> str:
    return "\n".join([*HEAD[:4], headline, "By Ilse Marrow", "3 April 2031 08:15", "", *lines, ""])


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Made-up pages of several formats: text, a saved page, a Markdown clipping, a container."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("harbour-ferry.html", "harbour-budget.mhtml", "lannick-school.md", "wire.jsonl"):
        shutil.copy(FORMATS / name, folder / name)
    (folder / "bridge.txt").write_text(_page("Bridge to open in spring, council says", [LEAD, MORE, LAST]), "utf-8")
    (folder / "ferry.txt").write_text(
        _page("Ferry timetable to change in May", [MORE, LAST, "Most popular", "", "Bridge to open in spring"]),
        "utf-8",
    )
    return folder


def test_every_article_is_given_back_as_a_fresh_reading_gives_it_without_the_parser(
    tmp_path: Path, mixed: Path, samples_copy: Path
) -> None:
    update_index(tmp_path / "ix", [mixed, samples_copy], workers=1)
    seen: list[str] = []
    with Archive(tmp_path / "ix") as archive:
        ids = _ids(tmp_path / "ix")
        for article_id in ids:
            ref = archive.ref(article_id)
            assert ref is not None
            got = archive.article(article_id)
            assert got == _fresh(archive, article_id)
            seen.append(ref.path)
    assert len(ids) > 45
    # the records are there for every single file read (a container's members are parsed)
    with sqlite3.connect(tmp_path / "ix" / CATALOG_NAME) as db:
        kept = {r[0] for r in db.execute("SELECT path FROM opened")}
    singles = {p for p in seen if not p.endswith(".jsonl")}
    assert kept == singles


def test_opening_an_indexed_article_runs_no_parser(tmp_path: Path, mixed: Path, reads: list[str]) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    with Archive(tmp_path / "ix") as archive:
        ids = _ids(tmp_path / "ix")
        opened_now = [archive.article(article_id) for article_id in ids]
    assert {Path(a.path).name for a in opened_now} == {p.name for p in mixed.iterdir()}
    assert set(reads) == {"wire.jsonl"}  # only the container's members were read again
    html = next(a for a in opened_now if a.path.endswith(".html"))
    assert html.related and all(item.url for item in html.related) and html.language


def test_a_generated_archive_read_by_workers_is_given_back_whole(tmp_path: Path, reads: list[str]) -> None:
    gen.generate(gen.filler_source(5), 60, tmp_path / "corpus", seed=5)
    update_index(tmp_path / "ix", [tmp_path / "corpus"], workers=2)
    ids = _ids(tmp_path / "ix")
    assert len(ids) == 60
    with Archive(tmp_path / "ix") as archive:
        for article_id in ids:
            got = archive.article(article_id)
            assert reads == []
            assert got == _fresh(archive, article_id)
            reads.clear()


def _path_of(index: Path, name: str) -> tuple[str, str]:
    with sqlite3.connect(index / CATALOG_NAME) as db:
        return db.execute("SELECT id, path FROM files WHERE path LIKE ?", (f"%/{name}",)).fetchone()


def test_a_file_touched_or_copied_over_with_its_own_bytes_is_not_parsed(
    tmp_path: Path, mixed: Path, reads: list[str]
) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    article_id, path = _path_of(tmp_path / "ix", "bridge.txt")
    with Archive(tmp_path / "ix") as archive:
        first = archive.article(article_id)
    os.chmod(path, 0o600)  # the inode's change time moves
    os.utime(path, ns=(1, 2))  # another modification time
    copy = Path(path).with_name("copy.tmp")
    shutil.copy(path, copy)
    copy.replace(path)  # another inode, the same bytes
    with Archive(tmp_path / "ix") as archive:
        assert archive.article(article_id) == first
    assert reads == []


def test_a_file_changed_or_replaced_is_parsed(tmp_path: Path, mixed: Path, reads: list[str]) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    article_id, path = _path_of(tmp_path / "ix", "bridge.txt")
    with Archive(tmp_path / "ix") as archive:
        first = archive.article(article_id)
        assert reads == []
    text = Path(path).read_text("utf-8")
    # the same size and time, one letter other: the inode's change time tells, then its bytes
    times = os.stat(path)
    Path(path).write_text(text.replace("the spring", "the Spring"), "utf-8")
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    with Archive(tmp_path / "ix") as archive:
        changed = archive.article(article_id)
    assert reads == ["bridge.txt"]
    assert changed == _fresh_of(tmp_path / "ix", article_id) and changed.body != first.body
    reads.clear()
    fresh = Path(path).with_name("saving.tmp")  # an editor's save: a new file renamed over the old one
    fresh.write_text(text.replace("council says", "mayor says"), "utf-8")
    fresh.replace(path)
    with Archive(tmp_path / "ix") as archive:
        again = archive.article(article_id)
    assert reads == ["bridge.txt"]
    assert again.title == first.title.replace("council says", "mayor says")


def _fresh_of(index: Path, article_id: str) -> Article:
    with Archive(index) as archive:
        return _fresh(archive, article_id)


def test_an_index_read_by_other_readers_parses_its_files(tmp_path: Path, mixed: Path, reads: list[str]) -> None:
    """An index built before an upgrade (or an edit) of the parser: its records name other sources."""
    update_index(tmp_path / "ix", [mixed], workers=1)
    article_id, _ = _path_of(tmp_path / "ix", "bridge.txt")
    sources = opened.reader_sources()
    with sqlite3.connect(tmp_path / "ix" / CATALOG_NAME) as db:
        db.execute("UPDATE opened SET record = replace(record, ?, '00000000')", (sources,))
    with Archive(tmp_path / "ix") as archive:
        assert archive.article(article_id) == _fresh(archive, article_id)
    assert reads[0] == "bridge.txt"


def test_the_readers_sources_change_with_any_of_their_files(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "parser" / "data").mkdir(parents=True)
    (package / "parser" / "rules.py").write_text("WORDS = 1\n")
    (package / "parser" / "data" / "weights.json").write_text("[1]")
    (package / "text.py").write_text("")
    parts = ("parser", "text.py", "model.py")
    first = opened.reader_sources(package, parts)
    assert opened.reader_sources(package, parts) == first
    (package / "parser" / "data" / "weights.json").write_text("[2]")
    second = opened.reader_sources(package, parts)
    (package / "model.py").write_text("")
    third = opened.reader_sources(package, parts)
    assert len({first, second, third}) == 3
    assert opened.reader_sources() == opened.reader_sources()


def test_an_index_from_before_the_records_still_opens_its_articles(
    tmp_path: Path, mixed: Path, reads: list[str]
) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    with sqlite3.connect(tmp_path / "ix" / CATALOG_NAME) as db:
        db.execute("DROP TABLE opened")
    article_id, _ = _path_of(tmp_path / "ix", "bridge.txt")
    with Archive(tmp_path / "ix") as archive:
        got = archive.article(article_id)
        assert reads == ["bridge.txt"]
        assert got == _fresh(archive, article_id)
    update_index(tmp_path / "ix", [mixed], workers=1)  # a writer makes the table again; the file is unchanged
    with Archive(tmp_path / "ix") as archive:
        assert archive.article(article_id) == got


def test_chrome_recorded_since_makes_the_page_parsed(tmp_path: Path, mixed: Path, reads: list[str]) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    article_id, path = _path_of(tmp_path / "ix", "bridge.txt")
    with sqlite3.connect(tmp_path / "ix" / CATALOG_NAME) as db:  # what a later run left: other chrome
        db.execute("UPDATE pages SET used = ? WHERE path = ?", (b"\x01\x02\x03\x04", path))
    with Archive(tmp_path / "ix") as archive:
        archive.article(article_id)
    assert reads == ["bridge.txt"]


def test_a_reader_whose_index_is_older_than_the_catalog_parses_the_file(
    tmp_path: Path, mixed: Path, reads: list[str]
) -> None:
    update_index(tmp_path / "ix", [mixed], workers=1)
    article_id, path = _path_of(tmp_path / "ix", "bridge.txt")
    with Archive(tmp_path / "ix") as archive:  # open while the file changes and is indexed again
        text = Path(path).read_text("utf-8")
        Path(path).write_text(text.replace(LAST, LAST.replace("night", "evening")), "utf-8")
        update_index(tmp_path / "ix", [mixed], workers=1)
        got = archive.article(article_id)  # the catalog's record is new, the reader's index is not
        assert reads == ["bridge.txt"]
        assert any("evening" in p for p in got.body)
        archive.refresh()
        assert archive.article(article_id) == got
    assert reads == ["bridge.txt"]  # kept from the first opening


def _article(body: list[str], **fields: object) -> Article:
    values: dict = {"id": "0123456789abcdef", "path": "/nowhere/a.txt", "title": "A lock keeper retires", **fields}
    return Article(body=body, **values)


def _round_trip(article: Article) -> Article | None:
    state = (10, 20, 30, 40, 50)
    record = opened.outcome_record(article, state, b"\x05")
    assert record is not None
    kept = opened.Kept(article.title, article.author, article.site, article.url, article.member,
                       article.content_hash, record)  # fmt: skip
    readable = opened.readable(article.path, kept, state, b"\x05")
    assert readable is not None
    links = [(item.section, item.headline) for item in article.related]
    return opened.rebuild(article.id, article.path, kept, readable, "\n".join(article.body), links)


@pytest.mark.parametrize(
    "body",
    [[], [""], ["one line"], ["two\nlines in one paragraph", "then one"], ["", "after an empty one", ""]],
)
def test_paragraphs_come_back_as_they_were_split(body: list[str]) -> None:
    assert _round_trip(_article(body)) == _article(body)


@pytest.mark.parametrize(
    "published",
    [
        None,
        date(2031, 4, 3),
        datetime(2031, 4, 3, 8, 15),
        datetime(2031, 4, 3, 8, 15, 9, tzinfo=timezone(timedelta(hours=2))),
    ],
)
def test_every_field_comes_back(published: datetime | date | None) -> None:
    article = _article(
        [LEAD, MORE], published=published, author="Ilse Marrow", site="Harbour Ledger", read_minutes=4,
        related=[RelatedItem("Most popular", "Ferry timetable to change", "https://ledger.example/f"),
                 RelatedItem("Most popular", "Pier lights back on")],
        truncated=True, encoding="windows-1252", content_hash="ab" * 16, url="https://ledger.example/b",
        language="nl",
    )  # fmt: skip
    assert _round_trip(article) == article


def test_anything_that_differs_gives_nothing(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("made-up bytes")
    article = _article([LEAD, MORE], related=[RelatedItem("Read next", "Pier lights back on")], path=str(page))
    state, used = (1, 2, 3, 4, 5), b"\x07"
    record = opened.outcome_record(article, state, used)
    assert record is not None
    kept = opened.Kept(article.title, None, None, None, None, "ab" * 16, record)
    text, links = "\n".join(article.body), [("Read next", "Pier lights back on")]
    readable = opened.readable(article.path, kept, state, used)
    assert readable is not None
    assert opened.rebuild(article.id, article.path, kept, readable, text, links) == _article(
        [LEAD, MORE], related=[RelatedItem("Read next", "Pier lights back on")], path=str(page), content_hash="ab" * 16
    )
    assert opened.readable(article.path, kept, (1, 2, 3, 4, 6), used) is None  # other bytes than the hash's
    assert opened.readable(article.path, kept, state, b"") is None
    assert opened.rebuild(article.id, article.path, kept, readable, text.replace("bridge", "bridle"), links) is None
    assert opened.rebuild(article.id, article.path, kept, readable, text[:-1], links) is None
    assert opened.rebuild(article.id, article.path, kept, readable, text, []) is None
    for broken in (b"[1, 2", b"{}", b"[2]", b"null"):
        assert (
            opened.readable(article.path, opened.Kept(article.title, None, None, None, None, "", broken), state, used)
            is None
        )
    assert opened.outcome_record(article, None, used) is None


def test_a_body_longer_than_the_index_keeps_has_no_record() -> None:
    assert opened.BODY_KEPT_CHARS == schema._STORED_TEXT_CHARS
    long = [LEAD] * (opened.BODY_KEPT_CHARS // len(LEAD) + 1)
    assert opened.outcome_record(_article(long), (1, 2, 3, 4, 5), None) is None
    assert opened.outcome_record(_article(long[:-2]), (1, 2, 3, 4, 5), None) is not None
