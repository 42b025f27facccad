"""Archive context for the pages of web archives (issue 14): a WARC's members, like saved
pages, are grouped by their site (the host of their address), and read without the lines
their site repeats, whatever the files, order or runs they were read in."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.test_context import ABOUT, FOOTER, MENU, NEWSLETTER, _body, _headline, write_site
from tuiarchive.archive import Archive
from tuiarchive.catalog import CATALOG_NAME
from tuiarchive.cli import app
from tuiarchive.formats import read_path
from tuiarchive.indexer import update_index
from tuiarchive.parser.context import MemberContexts

SITE = "https://www.courier.example"


def web_page(n: int, *, box: bool = True) -> str:
    """A page of a made-up site: its menu, its own text, then the site's box about itself, its
    newsletter and its footer (as an archiving crawler saves them)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in [*_body(n), ABOUT, *([NEWSLETTER] if box else [])])
    return (
        f"<!doctype html><html><head><title>{_headline(n)}</title></head><body>"
        f"<nav><p>{MENU}</p></nav><article><h1>{_headline(n)}</h1>"
        f"<p>By Mara Lindqvist</p><p>March {n + 2}, 2026</p>{paragraphs}</article>"
        f"<footer><p>{FOOTER}</p></footer></body></html>"
    )


def write_warc(path: Path, pages: dict[str, str]) -> None:
    """A web archive of these pages (address: HTML), one response record each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            payload = io.BytesIO(html.encode("utf-8"))
            writer.write_record(writer.create_warc_record(uri, "response", payload=payload, http_headers=headers))


def site_warc(path: Path, numbers: range, **page: bool) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_warc(path, {f"{SITE}/news/story-{n}": web_page(n, **page) for n in numbers})
    return path


def saved_page(n: int, *, site: str = SITE, box: bool = True) -> str:
    """A page of the site as a browser saves it: its address in a canonical link."""
    return web_page(n, box=box).replace("<head>", f'<head><link rel="canonical" href="{site}/news/story-{n}">')


def write_saved(folder: Path, numbers: range, **page: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"story-{n}.html").write_text(saved_page(n, **page), encoding="utf-8")


def members(index_dir: Path) -> dict[str, tuple]:
    """The archive's pages of the site as `show` reads them, by address."""
    with Archive(index_dir) as archive:
        hits = archive.search("Lindhaven", limit=1000).hits
        read = [archive.article(h.id) for h in hits]
    return {a.url or a.path: (a.title, a.author, tuple(a.body)) for a in read if a.url}


def _reads(index_dir: Path, paths: list[Path] | None = None, **options: object) -> int:
    """How many file readings a run makes (one process: its progress moves on once a file)."""
    steps: list[int] = []
    update_index(index_dir, paths, workers=1, progress=lambda done, total: steps.append(done), **options)
    return sum(1 for done in steps if done)


def test_a_web_archive_s_pages_are_read_without_their_site_s_box(tmp_path: Path) -> None:
    warc = site_warc(tmp_path / "crawl" / "courier.warc", range(6))
    alone = read_path(warc).articles
    assert len(alone) == 6 and all(a.body[-1] == NEWSLETTER for a in alone)  # no context: the box reads as text
    update_index(tmp_path / "ix", [tmp_path / "crawl"], workers=1)
    found = members(tmp_path / "ix")
    assert len(found) == 6
    for n in range(6):
        title, author, body = found[f"{SITE}/news/story-{n}"]
        assert body[-1] == _body(n)[-1] and NEWSLETTER not in body
        assert (title, author) == (_headline(n), "Mara Lindqvist")
    with Archive(tmp_path / "ix") as archive:
        assert archive.search('"send the day\'s most important stories"').hits == []


def test_a_web_archive_alone_beside_other_files_or_rebuilt_gives_the_same_pages(tmp_path: Path) -> None:
    site_warc(tmp_path / "alone" / "courier.warc", range(6))
    update_index(tmp_path / "ix-alone", [tmp_path / "alone"], workers=1)
    expected = members(tmp_path / "ix-alone")
    assert len(expected) == 6

    # beside other files: another site's copies (their own chrome) in the same folder, read by workers
    mixed = tmp_path / "mixed"
    write_site(mixed, range(30))
    site_warc(mixed / "courier.warc", range(6))
    update_index(tmp_path / "ix-mixed", [mixed], workers=2)
    assert members(tmp_path / "ix-mixed") == expected
    update_index(tmp_path / "ix-mixed", rebuild=True, workers=1)
    assert members(tmp_path / "ix-mixed") == expected

    # in parts: three pages, too few to tell the site's chrome, then three more in a second archive
    parts = tmp_path / "parts"
    site_warc(parts / "a.warc", range(3))
    update_index(tmp_path / "ix-parts", [parts], workers=1)
    assert all(NEWSLETTER in body for _, _, body in members(tmp_path / "ix-parts").values())
    site_warc(parts / "b.warc.gz", range(3, 6))
    report = update_index(tmp_path / "ix-parts", workers=1)
    assert (report.added, report.updated) == (3, 3)  # the first three read again in their site's context
    assert members(tmp_path / "ix-parts") == expected
    assert update_index(tmp_path / "ix-parts", workers=1).updated == 0


def test_a_site_s_pages_in_an_archive_and_as_saved_pages_are_one_group(tmp_path: Path) -> None:
    # three pages in a web archive, three saved as HTML files: neither alone tells the chrome
    site_warc(tmp_path / "crawl" / "courier.warc", range(3))
    write_saved(tmp_path / "saved", range(3, 6))
    update_index(tmp_path / "ix", [tmp_path / "crawl", tmp_path / "saved"], workers=1)
    found = members(tmp_path / "ix")
    assert len(found) == 6 and not any(NEWSLETTER in body for _, _, body in found.values())


def test_an_archive_written_again_with_one_page_changed_is_read_once(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    site_warc(crawl / "courier.warc", range(6))
    write_saved(crawl / "saved", range(6, 9))  # the site's saved pages beside it: read with its chrome, once
    # the first build: the archive read with the chrome its own pages tell (once), the saved
    # pages again in their site's (their group is known only once they are read)
    assert _reads(tmp_path / "ix", [crawl]) == 4 + 3
    pages = {f"{SITE}/news/story-{n}": web_page(n) for n in range(6)}
    pages[f"{SITE}/news/story-2"] = web_page(2).replace("long debate", "short debate")
    write_warc(crawl / "courier.warc", pages)
    assert _reads(tmp_path / "ix") == 1  # only the archive, with the chrome it had: nothing else
    changed = members(tmp_path / "ix")
    body = changed[f"{SITE}/news/story-2"][2]
    assert "short debate" in body[0] and NEWSLETTER not in body
    update_index(tmp_path / "fresh", [crawl], workers=1)
    assert members(tmp_path / "fresh") == changed

    # the box taken off most pages: no longer the site's chrome, so the pages that keep it
    # (the saved ones) are read again with it as their text
    write_warc(crawl / "courier.warc", {f"{SITE}/news/story-{n}": web_page(n, box=False) for n in range(6)})
    assert _reads(tmp_path / "ix") == 1 + 3
    update_index(tmp_path / "fresh2", [crawl], workers=1)
    assert members(tmp_path / "ix") == members(tmp_path / "fresh2")
    assert members(tmp_path / "ix")[f"{SITE}/news/story-7"][2][-1] == NEWSLETTER


def test_an_archive_of_one_site_is_read_once_its_pages_telling_their_chrome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site_warc(tmp_path / "crawl" / "courier.warc.gz", range(8))
    assert _reads(tmp_path / "guessed", [tmp_path / "crawl"]) == 1
    with monkeypatch.context() as patch:
        patch.setattr(MemberContexts, "guessing", property(lambda self: False))
        assert _reads(tmp_path / "unguessed", [tmp_path / "crawl"]) == 2
    assert members(tmp_path / "guessed") == members(tmp_path / "unguessed")
    assert not any(NEWSLETTER in body for _, _, body in members(tmp_path / "guessed").values())


def test_an_archive_s_wrong_guess_is_read_again_in_its_site_s_true_context(tmp_path: Path) -> None:
    # the box is on all 4 pages of the archive (its guess: chrome) but on none of the site's
    # 6 saved pages: 4 of 10, under the share that makes chrome
    crawl = tmp_path / "crawl"
    site_warc(crawl / "courier.warc", range(4))
    write_saved(crawl, range(4, 10), box=False)
    # the saved pages read once (with the chrome a few of them tell), the archive again
    assert _reads(tmp_path / "ix", [crawl]) == 7 + 1
    found = members(tmp_path / "ix")
    assert all(found[f"{SITE}/news/story-{n}"][2][-1] == NEWSLETTER for n in range(4))


def test_show_reads_an_archive_s_page_as_it_was_indexed(tmp_path: Path) -> None:
    warc = site_warc(tmp_path / "crawl" / "courier.warc", range(6))
    update_index(tmp_path / "ix", [tmp_path / "crawl"], workers=1)
    with Archive(tmp_path / "ix") as archive:
        hit = next(h for h in archive.search("Lindhaven").hits if archive.article(h.id).url == f"{SITE}/news/story-4")
    shown = CliRunner().invoke(app, ["--index", str(tmp_path / "ix"), "show", "--json", hit.id])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["body"] == _body(4)
    assert warc.exists()


def test_an_index_whose_archives_were_read_before_they_had_context_reads_them_again_once(tmp_path: Path) -> None:
    site_warc(tmp_path / "crawl" / "courier.warc", range(6))
    write_site(tmp_path / "crawl" / "copies", range(4))
    ix = tmp_path / "ix"
    update_index(ix, [tmp_path / "crawl"], workers=1)
    expected = members(ix)
    with sqlite3.connect(ix / CATALOG_NAME) as db:  # as the tuiarchive before this one left it
        db.executescript(
            "DELETE FROM pages WHERE member <> ''; ALTER TABLE pages RENAME TO p; "
            "CREATE TABLE pages (path TEXT PRIMARY KEY, grp TEXT NOT NULL, lines BLOB NOT NULL, used BLOB NOT NULL); "
            "INSERT INTO pages SELECT path, grp, lines, used FROM p; DROP TABLE p; "
            "UPDATE meta SET value = '1' WHERE key = 'pages';"
        )
    report = update_index(ix, workers=1)
    assert report.updated == 6 and any("archive context" in n for n in report.notices)  # the archive's pages only
    assert members(ix) == expected
    assert update_index(ix, workers=1).updated == 0


def test_the_same_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from tuiarchive.dburl import DatabaseIndex

    where = DatabaseIndex(pg_url)
    parts = tmp_path / "parts"
    site_warc(parts / "a.warc", range(3))
    update_index(where, [parts], workers=1)
    site_warc(parts / "b.warc", range(3, 6))
    assert update_index(where, workers=1).updated == 3
    found = members(where)  # type: ignore[arg-type]
    assert len(found) == 6 and not any(NEWSLETTER in body for _, _, body in found.values())
    update_index(tmp_path / "whoosh", [parts], workers=1)
    assert found == members(tmp_path / "whoosh")
    update_index(where, rebuild=True, workers=1)
    assert members(where) == found  # type: ignore[arg-type]
    assert update_index(where, workers=1).updated == 0


def test_an_export_s_web_pages_are_read_with_their_site_s_chrome(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    rows = [{"url": f"{SITE}/news/story-{n}", "html": web_page(n)} for n in range(6)]
    rows.append({"url": "https://elsewhere.example/a", "text": f"A note on Lindhaven kept as text.\n\n{NEWSLETTER}"})
    (tmp_path / "export" / "saved.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    update_index(tmp_path / "ix", [tmp_path / "export"], workers=1)
    found = members(tmp_path / "ix")
    assert len(found) == 7
    assert not any(NEWSLETTER in body for url, (_, _, body) in found.items() if url.startswith(SITE))
    assert NEWSLETTER in found["https://elsewhere.example/a"][2]  # a text member is read as it is


def test_parse_reads_an_indexed_web_archive_as_show_does(tmp_path: Path) -> None:
    warc = site_warc(tmp_path / "crawl" / "courier.warc", range(6))
    update_index(tmp_path / "ix", [tmp_path / "crawl"], workers=1)
    parsed = CliRunner().invoke(app, ["--index", str(tmp_path / "ix"), "parse", "--json", str(warc)])
    assert parsed.exit_code == 0, parsed.output
    pages = {m["url"]: m["body"] for m in json.loads(parsed.stdout)["members"]}
    assert pages == {url: list(body) for url, (_, _, body) in members(tmp_path / "ix").items()}


def test_an_archive_read_again_is_not_guessed_for_again(tmp_path: Path) -> None:
    # the archive's 4 pages share the site's box (its guess: chrome), the site's 6 saved pages
    # share nothing with them: the site has no chrome, and the archive, read again in that
    # context, must not guess the box away a second time
    crawl = tmp_path / "crawl"
    site_warc(crawl / "courier.warc", range(4))
    for n in range(4, 10):
        text = " ".join(_body(n))
        html = f'<html><head><link rel="canonical" href="{SITE}/old/{n}"><title>Old story {n}</title></head>'
        (crawl / f"old-{n}.html").write_text(f"{html}<body><h1>Old story {n}</h1><p>{text}</p></body></html>")
    update_index(tmp_path / "ix", [crawl], workers=1)
    found = members(tmp_path / "ix")
    assert all(found[f"{SITE}/news/story-{n}"][2][-1] == NEWSLETTER for n in range(4))
    assert update_index(tmp_path / "ix", workers=1).updated == 0


def test_the_first_run_after_an_upgrade_says_why_it_reads_every_file_again(tmp_path: Path, pg_url: str) -> None:
    """An archive from before archive context (PostgreSQL schema 4 made `pages` empty at the
    upgrade; a SQLite catalog had no table) reads its files once again: the run says so in one line."""
    import psycopg

    write_site(tmp_path / "courier", range(6))
    runner = CliRunner()
    for where in (str(tmp_path / "ix"), pg_url):
        first = runner.invoke(app, ["--index", where, "index", str(tmp_path / "courier")])
        assert first.exit_code == 0, first.output
        if where == pg_url:
            with psycopg.connect(pg_url) as db:
                db.execute("DELETE FROM pages")
                db.execute("DELETE FROM settings WHERE key = 'pages'")
        else:
            with sqlite3.connect(tmp_path / "ix" / CATALOG_NAME) as sqlite_db:
                sqlite_db.execute("DELETE FROM pages")
                sqlite_db.execute("DELETE FROM meta WHERE key = 'pages'")
        again = runner.invoke(app, ["--index", where, "index"])
        assert again.exit_code == 0, again.output
        notes = [line for line in again.stderr.splitlines() if "archive context" in line]
        assert notes == [
            "note: archive context: read 6 files once again to learn what their sites repeat (the "
            "first run since an upgrade of tuiarchive: their lines were not recorded)"
        ], again.stderr
        quiet = runner.invoke(app, ["--index", where, "index"])
        assert "archive context" not in quiet.stderr


def test_a_postgresql_archive_of_schema_5_is_upgraded_and_reads_its_web_archives_again(
    tmp_path: Path, pg_url: str
) -> None:
    import psycopg

    from tuiarchive.dburl import DatabaseIndex

    where = DatabaseIndex(pg_url)
    warc = site_warc(tmp_path / "crawl" / "courier.warc", range(6))
    write_site(tmp_path / "crawl" / "copies", range(4))
    update_index(where, [tmp_path / "crawl"], workers=1)
    expected = members(where)  # type: ignore[arg-type]
    with psycopg.connect(pg_url) as db:  # the pages table of schema 5: a row per file
        db.execute("DELETE FROM pages WHERE member <> ''")
        db.execute("ALTER TABLE pages DROP CONSTRAINT pages_pkey")
        db.execute("ALTER TABLE pages DROP COLUMN member")
        db.execute("ALTER TABLE pages ADD PRIMARY KEY (machine, path)")
        db.execute("UPDATE meta SET value = '5' WHERE key = 'version'")
        db.execute("UPDATE settings SET value = '1' WHERE key = 'pages'")
    report = update_index(where, workers=1)
    assert report.updated == 6 and any("archive context" in n for n in report.notices)  # the archive's pages
    assert members(where) == expected  # type: ignore[arg-type]
    with psycopg.connect(pg_url) as db:
        rows = db.execute("SELECT count(*) FROM pages WHERE path = %s AND member <> ''", (str(warc),)).fetchone()
    assert rows is not None and rows[0] == 6
    assert update_index(where, workers=1).updated == 0


def _index_cli(index_dir: Path, *paths: Path) -> tuple[str, list[str]]:
    """`tuiarchive index` as a user runs it: its summary line and its "failed:" lines."""
    result = CliRunner().invoke(app, ["--index", str(index_dir), "index", *map(str, paths)])
    assert result.exit_code in (0, 1), result.output
    summary = next(line for line in result.output.splitlines() if " added, " in line)
    return summary.split(" (")[0], [line for line in result.stderr.splitlines() if line.startswith("failed: ")]


def test_an_archive_with_a_failing_page_read_again_in_context_is_counted_and_reported_once(tmp_path: Path) -> None:
    # the archive: 4 of the site's pages with its box (its guess: chrome) and a page with no
    # text; the 6 saved pages beside it have no box, so the archive is read again in the
    # site's true context, and its page that fails fails again
    crawl = tmp_path / "crawl"
    pages = {f"{SITE}/news/story-{n}": web_page(n) for n in range(4)}
    pages[f"{SITE}/news/blank"] = "<!doctype html><html><head></head><body></body></html>"
    write_saved(crawl, range(4, 10), box=False)
    write_warc(crawl / "courier.warc", pages)
    summary, failed = _index_cli(tmp_path / "ix", crawl)
    assert summary == "10 added, 0 updated, 0 removed, 0 unchanged, 1 failed"
    assert len(failed) == 1 and f"courier.warc [{SITE}/news/blank]" in failed[0]

    # read again in a later run (the site's chrome changes: 3 more pages with the box make it
    # chrome again): its 4 pages updated, its failing page said once
    write_saved(crawl, range(10, 13))
    summary, failed = _index_cli(tmp_path / "ix")
    assert summary == "3 added, 4 updated, 0 removed, 7 unchanged, 1 failed"
    assert len(failed) == 1 and "courier.warc" in failed[0]
    assert members(tmp_path / "ix") == members_of_a_fresh_build(tmp_path, crawl)


def members_of_a_fresh_build(tmp_path: Path, folder: Path) -> dict[str, tuple]:
    update_index(tmp_path / "fresh", [folder], workers=1)
    return members(tmp_path / "fresh")


def test_a_folder_of_a_site_s_saved_pages_is_read_once_when_built_and_when_pages_are_added(tmp_path: Path) -> None:
    # its site's chrome guessed from a few of its pages' lines before they are read; pages
    # saved into it later read with the chrome of the site its pages are of
    saved = tmp_path / "saved"
    write_saved(saved, range(8))
    assert _reads(tmp_path / "ix", [saved]) == 8
    write_saved(saved, range(8, 11))
    assert _reads(tmp_path / "ix") == 3
    found = members(tmp_path / "ix")
    assert len(found) == 11 and not any(NEWSLETTER in body for _, _, body in found.values())
    update_index(tmp_path / "fresh", [saved], workers=1)
    assert members(tmp_path / "fresh") == found


def test_a_folder_of_many_sites_pages_is_not_guessed_for(tmp_path: Path) -> None:
    # a Downloads folder: each page of its own site, all with the same box (no site's chrome:
    # a guess from the folder would drop it, and every page would be read again)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    for n in range(8):
        page = saved_page(n, site=f"https://paper-{n}.example")
        (downloads / f"page-{n}.html").write_text(page, encoding="utf-8")
    assert _reads(tmp_path / "ix", [downloads]) == 8
    with Archive(tmp_path / "ix") as archive:
        assert archive.search('"send the day\'s most important stories"', limit=100).total == 8


def test_an_export_of_one_site_s_pages_is_read_once_its_pages_telling_their_chrome(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    rows = [{"url": f"{SITE}/news/story-{n}", "html": web_page(n)} for n in range(8)]
    (tmp_path / "export" / "saved.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert _reads(tmp_path / "ix", [tmp_path / "export"]) == 1
    found = members(tmp_path / "ix")
    assert len(found) == 8 and not any(NEWSLETTER in body for _, _, body in found.values())
