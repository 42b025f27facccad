"""Files of other formats: each invented fixture read exactly, broken files of each format,
a mixed folder indexed, searched and re-indexed, links by URL across formats, Reuters-21578."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from conftest import REPO, shared_path

from tuiarchive.archive import Archive
from tuiarchive.formats import NotAnArticle, parse_file, read_path
from tuiarchive.indexer import update_index
from tuiarchive.model import article_id

FORMATS = REPO / "tests" / "fixtures" / "formats"


# ---------------------------------------------------------------------- each format, exactly
def test_reuters_sgml_exactly() -> None:
    parsed = read_path(FORMATS / "wire.sgm")
    assert parsed.container and parsed.failures == []
    first, brief = parsed.articles
    assert (first.member, brief.member) == ("newid-101", "newid-102")
    assert first.id == article_id(FORMATS / "wire.sgm", "newid-101")
    assert first.title == "LANNICK PORT REOPENS AFTER STORM <LPA>"
    assert first.published == datetime(1987, 3, 2, 9, 14, 5)
    assert first.author == "Ada Ferrin"
    assert first.site == "Reuters"
    assert first.body == [
        "PORT ESSERY, March 2 - The port of Lannick reopened to shipping on Monday after three days of gales, "
        "the harbour authority said.",
        "Two grain carriers waited offshore through the storm and were expected to berth by evening, it said.",
    ]
    assert brief.title == "ESSERY FISH PRICES FIRMER IN EARLY TRADE"
    assert brief.body == [] and brief.published == datetime(1987, 3, 2, 11, 40)


def test_json_lines_exactly() -> None:
    plain, from_html = read_path(FORMATS / "wire.jsonl").articles
    assert plain.member == "cl-2025-0301"
    assert plain.title == "Pier lights switched on at last"
    assert plain.published == datetime(2025, 3, 1, 19, 30)
    assert plain.author == "Tomas Quill"
    assert plain.url == "https://www.coastal-ledger.example/news/2025/01/pier-lights"
    assert plain.body == [
        "The new lights on the north pier of Port Essery were switched on on Saturday evening.",
        "Fishermen had asked for them since a trawler struck the pier in the dark last autumn.",
    ]
    assert from_html.title == "Lannick council meets on the ferry timetable"
    assert from_html.published_iso() == "2025-03-02"
    assert from_html.author == "Ines Carrow"
    assert from_html.body == [
        "The island council will meet on Tuesday to ask the harbour board for a later sailing on Fridays, "
        "its leader said.",
        "Islanders who work on the mainland say the planned eleven o'clock departure is too early for them.",
    ]


def test_warc_exactly() -> None:
    parsed = read_path(FORMATS / "ledger.warc")
    (art,) = parsed.articles  # the warcinfo and the style sheet are not articles
    uri = "https://www.coastal-ledger.example/news/2025/03/gannet-sea-trials"
    assert art.member == uri and art.url == uri
    assert art.title == "The Gannet passes its sea trials"
    assert art.published_iso() == "2025-03-18T12:10"
    assert art.author == "Maren Holt"
    assert art.body[0].startswith("The refitted ferry that will carry passengers to Lannick")
    assert art.body[-1] == "Inspectors spent six hours aboard and asked only for new signs in the car deck, it said."
    assert [(r.section, r.headline, r.url) for r in art.related] == [
        (
            "Related",
            "Night ferry to Lannick returns after ten years",
            "https://www.coastal-ledger.example/news/2025/03/night-ferry-lannick",
        )
    ]


def test_mhtml_exactly() -> None:
    art = parse_file(FORMATS / "harbour-budget.mhtml")
    assert art.title == "Harbour board sets out its budget for the year"
    assert art.url == "https://www.coastal-ledger.example/news/2025/02/harbour-board-budget"
    assert art.published_iso() == "2025-02-20T18:05"
    assert art.author == "Tomas Quill"
    assert art.body[0].startswith("The harbour board of Port Essery will spend £4.2m this year")  # quoted-printable
    assert len(art.body) == 3
    assert [r.headline for r in art.related] == [
        "Night ferry to Lannick returns after ten years",
        "New lights for the north pier",
    ]


def test_markdown_clipping_exactly() -> None:
    art = parse_file(FORMATS / "lannick-school.md")
    assert art.title == "Lannick school roof repaired before the spring storms"
    assert art.url == "https://coastal-ledger.example/news/2025/03/lannick-school-roof/"
    assert art.author == "Ines Carrow"
    assert art.published_iso() == "2025-03-10"
    assert art.body == [
        "Builders finished the new roof of Lannick primary school on Monday, a week before the first of the "
        "spring storms is due, the island council said.",
        "The old roof leaked into two classrooms all winter; the council paid for the work from its repairs "
        "fund, after a vote in January.",
        '"The children can go back to their own rooms," the head teacher, Orla Venn, said.',
    ]


# ---------------------------------------------------------------------- broken files
def test_broken_json_line_fails_alone(tmp_path: Path) -> None:
    lines = (FORMATS / "wire.jsonl").read_text().splitlines()
    broken = tmp_path / "wire.jsonl"
    broken.write_text(lines[0] + "\n{not json\n[1, 2]\n" + lines[1] + "\n")
    parsed = read_path(broken)
    assert [a.member for a in parsed.articles] == ["cl-2025-0301", "cl-2025-0302"]
    assert [key for key, _ in parsed.failures] == ["line-2", "line-3"]
    assert "invalid JSON" in parsed.failures[0][1] and "not an object" in parsed.failures[1][1]


def test_truncated_warc_gzip_keeps_the_records_before(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    whole = tmp_path / "ledger.warc.gz"
    with open(FORMATS / "ledger.warc", "rb") as src, open(whole, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in ArchiveIterator(src):
            writer.write_record(record)
    data = whole.read_bytes()
    assert data[:2] == b"\x1f\x8b"
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 40])  # the last record (the style sheet) loses its end
    parsed = read_path(cut)
    assert [a.title for a in parsed.articles] == ["The Gannet passes its sea trials"]
    assert parsed.failures == [("damage", "truncated gzip: the file is cut off")]


def test_broken_files_get_one_line_reasons(tmp_path: Path) -> None:
    cases = {
        "bad.mhtml": b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
        b"Content-Type: text/css\r\n\r\nbody{}\r\n--x--\r\n",
        "bad.md": b"---\ntitle: [unclosed\n---\nText of the clipping.\n",
        "bad.sgm": b"<!DOCTYPE lewis>\nno records here\n",
        "bad.jsonl": b"{oops\n",
        "bad.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
        "empty.warc.gz": gzip.compress(b"")[:5],
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(NotAnArticle) as caught:
            read_path(tmp_path / name)
        assert str(caught.value) and "\n" not in str(caught.value), name


# ---------------------------------------------------------------------- a mixed folder
@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    shutil.copytree(FORMATS, folder, ignore=shutil.ignore_patterns("README.md"))
    shutil.copy(REPO / "samples" / "2025-01-08-dresk-council-approves-olst-bridge.txt", folder)
    (folder / "harbour-ferry_files").mkdir()  # a saved page's assets: skipped, not failed
    (folder / "harbour-ferry_files" / "ad.html").write_text("<html><body>buy</body></html>")
    (folder / "harbour-ferry_files" / "app.js").write_text("var x = 1;")
    return folder


def test_mixed_folder_indexed_searched_and_linked(mixed: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    report = update_index(index, [mixed], workers=1)
    assert report.failed == []
    assert report.added == 1 + 1 + 1 + 1 + 2 + 2 + 1  # html, md, mhtml, warc, jsonl x2, sgm x2, text
    with Archive(index) as archive:
        assert archive.search("Gannet sea trials").hits[0].title == "The Gannet passes its sea trials"
        assert archive.search("date:1987").total == 2
        (hit,) = archive.search('"grain carriers"').hits
        ref = archive.find(hit.id)
        assert ref is not None and ref.member == "newid-101" and ref.path.endswith("wire.sgm")
        assert archive.article(hit.id).author == "Ada Ferrin"

        ferry = archive.find(str(mixed / "harbour-ferry.html"))
        assert ferry is not None
        article = archive.article(ferry.id)
        links = archive.resolve(article)
        # by URL: the clipping's source differs in scheme, www and the trailing slash
        assert [link.target.path.rsplit("/", 1)[-1] if link.target else None for link in links] == [
            "lannick-school.md",
            "harbour-budget.mhtml",
        ]
        linked_from = {ref.path.rsplit("/", 1)[-1] for _, ref in archive.backlinks(ferry.id)}
        assert linked_from == {"harbour-budget.mhtml", "ledger.warc"}


def test_a_changed_member_is_re_read_and_a_removed_container_goes(mixed: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    update_index(index, [mixed], workers=1)
    wire = mixed / "wire.jsonl"
    first, second = wire.read_text().splitlines()
    changed = json.loads(first)
    changed["title"] = "Pier lights switched on after a long wait"
    wire.write_text(json.dumps(changed) + "\n" + second + "\n")
    report = update_index(index, workers=1)
    assert report.updated == 2 and report.added == 0 and report.failed == []
    with Archive(index) as archive:
        assert archive.search('"after a long wait"').total == 1
        assert archive.search('"switched on at last"').total == 0
    (mixed / "wire.sgm").unlink()
    report = update_index(index, workers=1)
    assert report.removed == 1
    with Archive(index) as archive:
        assert archive.search("date:1987").total == 0
        assert archive.search("Lannick council ferry timetable").total == 1


def test_a_broken_member_is_reported_and_the_rest_indexed(mixed: Path, tmp_path: Path) -> None:
    wire = mixed / "wire.jsonl"
    wire.write_text(wire.read_text() + "{broken\n")
    report = update_index(tmp_path / "index", [mixed], workers=1)
    assert [(Path(p).name, r.split(":")[0]) for p, r in report.failed] == [("wire.jsonl [line-3]", "line 3")]
    with Archive(tmp_path / "index") as archive:
        assert archive.search("Pier lights").total >= 1


# ---------------------------------------------------------------------- Reuters-21578
@pytest.mark.corpus
def test_reuters_21578_every_story_with_its_date() -> None:
    folder = shared_path("corpora", "reuters21578")
    stories = dated = 0
    for sgm in sorted(folder.glob("*.sgm")):
        parsed = read_path(sgm)
        assert parsed.failures == []
        stories += len(parsed.articles)
        dated += sum(a.published is not None for a in parsed.articles)
    assert stories == 21578
    assert dated == 21578  # one story's time is garbled ("605:12:19"): it keeps its day


@pytest.mark.corpus
def test_reuters_indexed_and_found_by_dateline_and_date(tmp_path: Path) -> None:
    folder = shared_path("corpora", "reuters21578")
    work = tmp_path / "reuters"
    work.mkdir()
    for name in ("reut2-000.sgm", "reut2-017.sgm"):  # 017 holds the raw Latin-1 byte
        shutil.copy(folder / name, work)
    report = update_index(tmp_path / "index", [work], workers=2)
    assert report.failed == [] and report.added == 2000
    with Archive(tmp_path / "index") as archive:
        assert archive.count() == 2000
        salvador = archive.search("salvador date:[1987-02-01 to 1987-03-31]")
        assert salvador.total >= 1
        assert all(h.published is not None and h.published.year == 1987 for h in salvador.hits)
        assert archive.search("date:1987").total == 2000


# ---------------------------------------------------------------------- in the app
async def test_following_a_link_from_a_web_page_to_a_clipping_in_the_app(mixed: Path, tmp_path: Path) -> None:
    from conftest import settled

    from tuiarchive.app.main import ArchiveApp
    from tuiarchive.app.pane import LinksPane, article_id_of

    index = tmp_path / "index"
    update_index(index, [mixed], workers=1)
    app = ArchiveApp(index)
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(pilot)
        page = app.archive.find(str(mixed / "harbour-ferry.html"))
        clipping = app.archive.find(str(mixed / "lannick-school.md"))
        assert page is not None and clipping is not None
        app.open_article(page.id)
        await settled(pilot)
        pane = app.query_one(LinksPane)
        pane.focus()
        pane.highlighted = next(
            i for i in range(pane.option_count) if article_id_of(pane.get_option_at_index(i).id) == clipping.id
        )
        await pilot.press("enter")
        await settled(pilot)
        assert app.current_article is not None
        assert app.current_article.id == clipping.id
        assert app.current_article.url == "https://coastal-ledger.example/news/2025/03/lannick-school-roof/"
