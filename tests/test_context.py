"""Archive context (issue 14): lines that recur across a site's pages are chrome, in the
indexer as in `parse --context`, whatever the order or the runs the pages were read in."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tuiarchive.archive import Archive
from tuiarchive.catalog import CATALOG_NAME
from tuiarchive.cli import app
from tuiarchive.indexer import PARALLEL_THRESHOLD, forget_folder, update_index
from tuiarchive.indexer import context as indexer_context

TOPICS = ["harbour bridge", "school library", "river ferry", "town market", "coastal railway", "music festival"]
MENU = "Home  News  Sport  Culture  Weather  Opinion"
ABOUT = (
    "The Lindhaven Courier is written by a small team of reporters who live in the towns they cover, "
    "and it is paid for by readers who believe that local news matters to the life of a place."
)
NEWSLETTER = "Every weekday morning our editors send the day's most important stories to your inbox for free."
FOOTER = "Contact the newsroom · Advertise with us · Terms of service · Privacy"


def _body(n: int) -> list[str]:
    topic = TOPICS[n % len(TOPICS)]
    return [
        f"LINDHAVEN — The council voted on Tuesday to go ahead with the {topic} plan after a long debate in which "
        f"residents of the old quarter spoke for and against it, number {n} of the evening's items.",
        f"Supporters of the {topic} plan said that the work would bring visitors back to the town centre, and that "
        "the shops along the quay had waited long enough for the council to make up its mind.",
        f"Opponents said the cost of the {topic} had been underestimated from the start, and asked the council "
        f"to publish the figures before any contract was signed, which it agreed to do by the end of month {n + 1}.",
    ]


def _headline(n: int) -> str:
    return f"Council backs the {TOPICS[n % len(TOPICS)]} plan (story {n})"


def page_text(n: int) -> str:
    """A page of one made-up site: its menu, its headline, a byline (one author: it recurs
    too), a date, its own text, then the site's box about itself, its newsletter and footer."""
    lines = [_headline(n), MENU, _headline(n), "By Mara Lindqvist", f"March {n + 2}, 2026", *_body(n),
             ABOUT, NEWSLETTER, FOOTER]  # fmt: skip
    return "\n\n".join(lines) + "\n"


def write_site(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"story-{n:02d}.txt").write_text(page_text(n), encoding="utf-8")


def articles(index_dir: Path) -> dict[str, tuple]:
    """Every archived article as `show` reads it, and what a search for the site's box finds."""
    with Archive(index_dir) as archive:
        hits = archive.search("Lindhaven", limit=1000).hits
        read = {h.path: archive.article(h.id) for h in hits}
        boxed = sorted(h.path for h in archive.search('"send the day\'s most important stories"', limit=1000).hits)
    shown = {Path(p).name: (a.title, a.author, a.published, tuple(a.body)) for p, a in read.items()}
    return {"articles": shown, "box found in": [Path(p).name for p in boxed]}  # type: ignore[dict-item]


def test_the_body_stops_before_the_site_s_box_with_context_and_runs_into_it_without(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(6))
    page = str(site / "story-00.txt")
    runner = CliRunner()
    alone = json.loads(runner.invoke(app, ["parse", "--json", page]).output)
    assert alone["body"][-1] == NEWSLETTER  # alone, the site's box reads as the article's text
    in_folder = runner.invoke(app, ["parse", "--json", "--context", str(site), page])
    assert in_folder.exit_code == 0, in_folder.output
    got = json.loads(in_folder.output)
    assert got["body"] == _body(0)
    # the lines with a role stay, although they recur: the byline of a one-author folder, the date
    assert (got["title"], got["author"], got["published"]) == (_headline(0), "Mara Lindqvist", "2026-03-02")

    ix = tmp_path / "ix"
    update_index(ix, [site], workers=1)
    found = articles(ix)
    assert found["box found in"] == []  # the index has the bodies without the box
    assert found["articles"]["story-00.txt"][3] == tuple(got["body"])  # `show` reads it as indexed
    shown = runner.invoke(app, ["--index", str(ix), "show", page])
    assert shown.exit_code == 0, shown.output
    assert "most important stories" not in shown.output and "underestimated" in shown.output


def test_one_run_in_parts_or_a_rebuild_give_the_same_articles(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(3))
    update_index(tmp_path / "parts", [site], workers=1)  # three pages: too few to tell the chrome
    assert articles(tmp_path / "parts")["box found in"] == [f"story-{n:02d}.txt" for n in range(3)]
    write_site(site, range(3, 8))
    report = update_index(tmp_path / "parts", workers=1)
    assert (report.added, report.updated) == (5, 3)  # the three read again with the folder's chrome
    update_index(tmp_path / "once", [site], workers=1)
    once = articles(tmp_path / "once")
    assert once["box found in"] == [] and len(once["articles"]) == 8
    assert articles(tmp_path / "parts") == once
    update_index(tmp_path / "parts", rebuild=True, workers=1)
    assert articles(tmp_path / "parts") == once
    assert update_index(tmp_path / "parts", workers=1).updated == 0  # and nothing to do after


def test_removing_pages_reads_the_others_again_without_the_chrome_they_no_longer_share(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(6))
    update_index(tmp_path / "ix", [site], workers=1)
    for n in range(3, 6):
        (site / f"story-{n:02d}.txt").unlink()
    report = update_index(tmp_path / "ix", workers=1)
    assert (report.removed, report.updated) == (3, 3)
    update_index(tmp_path / "fresh", [site], workers=1)
    assert articles(tmp_path / "ix") == articles(tmp_path / "fresh")
    assert len(articles(tmp_path / "ix")["box found in"]) == 3


def test_a_run_stopped_before_its_pages_were_read_in_context_is_settled_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "courier"
    write_site(site, range(6))

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(indexer_context, "stale_pages", stopped)
        patch.setattr(indexer_context, "with_predicted_chrome", lambda tasks: tasks)  # first read without chrome
        with pytest.raises(KeyboardInterrupt):
            update_index(tmp_path / "ix", [site], workers=1)
    assert len(articles(tmp_path / "ix")["box found in"]) == 6  # read, but not yet in context
    report = update_index(tmp_path / "ix", workers=1)  # no file changed since
    assert report.updated == 6
    update_index(tmp_path / "fresh", [site], workers=1)
    assert articles(tmp_path / "ix") == articles(tmp_path / "fresh")


def test_a_single_page_in_a_folder_gets_no_context(tmp_path: Path) -> None:
    write_site(tmp_path / "one", range(1))
    update_index(tmp_path / "ix", [tmp_path / "one"], workers=1)
    assert articles(tmp_path / "ix")["box found in"] == ["story-00.txt"]
    alone = CliRunner().invoke(
        app, ["parse", "--json", "--context", str(tmp_path / "one"), str(tmp_path / "one" / "story-00.txt")]
    )
    assert json.loads(alone.output)["body"][-1] == NEWSLETTER


def test_workers_read_in_context_as_one_process_does(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(PARALLEL_THRESHOLD + 2))
    update_index(tmp_path / "workers", [site], workers=2)
    update_index(tmp_path / "serial", [site], workers=1)
    found = articles(tmp_path / "workers")
    assert found["box found in"] == [] and len(found["articles"]) == PARALLEL_THRESHOLD + 2
    assert found == articles(tmp_path / "serial")


def test_an_index_from_before_archive_context_reads_its_files_again_once(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(6))
    ix = tmp_path / "ix"
    update_index(ix, [site], workers=1)
    expected = articles(ix)
    with sqlite3.connect(ix / CATALOG_NAME) as db:  # as an older tuiarchive left it
        db.execute("DROP TABLE pages")
        db.execute("DELETE FROM meta WHERE key = 'pages'")
    assert articles(ix)["articles"] != expected["articles"]  # `show` without the chrome until then
    report = update_index(ix, workers=1)
    assert report.updated == 6 and any("archive context" in n for n in report.notices)
    assert articles(ix) == expected
    assert update_index(ix, workers=1).updated == 0


def _html_page(n: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*_body(n), ABOUT, NEWSLETTER])
    return (
        f"<!doctype html><html><head><title>{_headline(n)}</title>"
        f'<link rel="canonical" href="https://www.courier.example/news/story-{n}"></head><body>'
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{_headline(n)}</h1>"
        f"<p>By Mara Lindqvist</p><p>March {n + 2}, 2026</p>{paragraphs}</article>"
        f"<footer><p>{FOOTER}</p></footer></body></html>"
    )


def test_web_pages_are_grouped_by_their_site_across_folders(tmp_path: Path) -> None:
    # three pages of one site in each of two folders: neither folder alone has enough pages to
    # tell its chrome; their site does
    for folder, numbers in (("monday", range(3)), ("tuesday", range(3, 6))):
        (tmp_path / folder).mkdir()
        for n in numbers:
            (tmp_path / folder / f"story-{n}.html").write_text(_html_page(n), encoding="utf-8")
    page = tmp_path / "monday" / "story-0.html"
    alone = json.loads(CliRunner().invoke(app, ["parse", "--json", str(page)]).output)
    assert any("most important stories" in p for p in alone["body"])
    update_index(tmp_path / "ix", [tmp_path / "monday", tmp_path / "tuesday"], workers=1)
    with Archive(tmp_path / "ix") as archive:
        assert archive.search('"send the day\'s most important stories"').hits == []
        assert archive.count() == 6
        shown = archive.article(archive.find(str(page)).id)  # type: ignore[union-attr]
    assert shown.body[-1].startswith("Opponents said") and shown.author == "Mara Lindqvist"
    # parse --context reads web pages too: the group is the folder given (and the page)
    both = tmp_path / "both"
    both.mkdir()
    for html in sorted(tmp_path.glob("*day/*.html")):
        shutil.copy(html, both / html.name)
    got = CliRunner().invoke(app, ["parse", "--json", "--context", str(both), str(page)])
    assert got.exit_code == 0, got.output
    assert json.loads(got.output)["body"] == list(shown.body)


def test_forgetting_a_folder_reads_its_site_s_other_pages_again(tmp_path: Path) -> None:
    for folder, numbers in (("monday", range(3)), ("tuesday", range(3, 6))):
        (tmp_path / folder).mkdir()
        for n in numbers:
            (tmp_path / folder / f"story-{n}.html").write_text(_html_page(n), encoding="utf-8")
    ix = tmp_path / "ix"
    update_index(ix, [tmp_path / "monday", tmp_path / "tuesday"], workers=1)
    forget_folder(ix, tmp_path / "tuesday")
    assert update_index(ix, workers=1).updated == 3  # three pages of the site left: too few to tell
    update_index(tmp_path / "fresh", [tmp_path / "monday"], workers=1)
    assert articles(ix) == articles(tmp_path / "fresh")
    assert len(articles(ix)["box found in"]) == 3


def test_parse_context_says_a_missing_folder_in_one_line(tmp_path: Path) -> None:
    write_site(tmp_path / "one", range(1))
    result = CliRunner().invoke(
        app, ["parse", "--context", str(tmp_path / "nowhere"), str(tmp_path / "one" / "story-00.txt")]
    )
    assert result.exit_code == 2
    assert "not a folder" in result.output and "Traceback" not in result.output


def test_the_same_on_postgresql_in_parts_or_at_once(pg_url: str, tmp_path: Path) -> None:
    from tuiarchive.dburl import DatabaseIndex

    where = DatabaseIndex(pg_url)
    site = tmp_path / "courier"
    write_site(site, range(3))
    update_index(where, [site], workers=1)
    write_site(site, range(3, 8))
    report = update_index(where, workers=1)
    assert (report.added, report.updated) == (5, 3)
    parts = articles(where)  # type: ignore[arg-type]
    assert parts["box found in"] == [] and len(parts["articles"]) == 8
    update_index(tmp_path / "whoosh", [site], workers=1)
    assert parts == articles(tmp_path / "whoosh")
    update_index(where, rebuild=True, workers=2)
    assert articles(where) == parts  # type: ignore[arg-type]
    assert update_index(where, workers=1).updated == 0


def test_a_page_whose_only_text_its_site_repeats_is_still_read(tmp_path: Path) -> None:
    # every page of the folder has the same paragraph and nothing else: chrome by the counts,
    # but it is all the text each page has
    folder = tmp_path / "same"
    folder.mkdir()
    text = "The zeppelin landed at the field on Sunday morning before a small crowd of onlookers."
    for k in range(6):
        (folder / f"{k:02d}.txt").write_text(f"Airship report number {k}\n\n{text}\n", encoding="utf-8")
    report = update_index(tmp_path / "ix", [folder], workers=1)
    assert report.added == 6 and not report.failed
    with Archive(tmp_path / "ix") as archive:
        assert archive.search("zeppelin").total == 6


def _reads(index_dir: Path, paths: list[Path]) -> int:
    """How many file readings a run makes (one process: its progress moves on once a file)."""
    steps: list[int] = []
    update_index(index_dir, paths, workers=1, progress=lambda done, total: steps.append(done))
    return sum(1 for done in steps if done)


def test_a_folder_s_first_build_reads_each_page_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder's chrome is guessed from a few of its pages before they are read, so its
    first build does not read every page twice (once alone, once in context); the articles
    are those of a build without the guess."""
    site = tmp_path / "courier"
    write_site(site, range(20))
    assert _reads(tmp_path / "guessed", [site]) == 20
    with monkeypatch.context() as patch:
        patch.setattr(indexer_context, "with_predicted_chrome", lambda tasks: tasks)
        assert _reads(tmp_path / "unguessed", [site]) == 40
    assert articles(tmp_path / "guessed") == articles(tmp_path / "unguessed")
    assert articles(tmp_path / "guessed")["box found in"] == []


def test_a_wrong_guess_is_read_again_in_the_true_context(tmp_path: Path) -> None:
    """A line on just under half the pages is under the share that makes chrome, but on more
    than half of those the guess samples (the first ones in path order, a page in four left
    out of the sample): the guess drops it from them, and the check after the run reads them
    again, as a build that guessed nothing would have read them."""
    sampled = indexer_context.PREDICT_SAMPLE
    pages, boxed = sampled + sampled // 4, (sampled + sampled // 4) // 2 - 1  # 80 and 39 of a sample of 64
    site = tmp_path / "courier"
    write_site(site, range(pages))
    sponsor = "Councillors from every party thanked the friends of the old quay for their patience this year."
    for n in range(boxed):  # the first in path order: all in the sample (pages // sampled = every page)
        page = site / f"story-{n:02d}.txt"
        page.write_text(page.read_text(encoding="utf-8").replace(_body(n)[1], f"{_body(n)[1]}\n\n{sponsor}"))
    assert _reads(tmp_path / "ix", [site]) == pages + boxed
    with Archive(tmp_path / "ix") as archive:
        kept = archive.search('"friends of the old quay"', limit=100).hits
    assert sorted(Path(h.path).name for h in kept) == [f"story-{n:02d}.txt" for n in range(boxed)]


def test_parse_reads_a_file_of_an_indexed_folder_as_show_does(tmp_path: Path) -> None:
    site = tmp_path / "courier"
    write_site(site, range(6))
    ix = str(tmp_path / "ix")
    update_index(Path(ix), [site], workers=1)
    runner = CliRunner()
    page = str(site / "story-03.txt")
    parsed = runner.invoke(app, ["--index", ix, "parse", "--json", page])
    shown = runner.invoke(app, ["--index", ix, "show", "--json", page])
    assert parsed.exit_code == 0 and shown.exit_code == 0, parsed.output + shown.output
    assert json.loads(parsed.stdout)["body"] == json.loads(shown.stdout)["body"] == _body(3)
    assert "--alone" in parsed.stderr  # it says so, and how to read the file by itself
    alone = runner.invoke(app, ["--index", ix, "parse", "--json", "--alone", page])
    assert json.loads(alone.stdout)["body"][-1] == NEWSLETTER and not alone.stderr
    # a page saved since the last run is read as the next run will read it
    write_site(site, range(6, 7))
    new = runner.invoke(app, ["--index", ix, "parse", "--json", str(site / "story-06.txt")])
    assert json.loads(new.stdout)["body"] == _body(6)
    # outside the archive's folders: by itself, without a word
    write_site(tmp_path / "elsewhere", range(1))
    out = runner.invoke(app, ["--index", ix, "parse", "--json", str(tmp_path / "elsewhere" / "story-00.txt")])
    assert json.loads(out.stdout)["body"][-1] == NEWSLETTER and not out.stderr


def test_parse_context_reads_the_file_once_and_counts_the_lines_of_at_most_so_many_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tuiarchive.parser
    import tuiarchive.parser.extract
    from tuiarchive.parsing import CONTEXT_FILES

    site = tmp_path / "courier"
    write_site(site, range(CONTEXT_FILES + 100))
    readings, files = [], []  # the real functions run; the test counts their calls
    extract, read_bytes = tuiarchive.parser.extract.extract, tuiarchive.parser.read_file_bytes
    monkeypatch.setattr(tuiarchive.parser.extract, "extract", lambda *a, **k: readings.append(1) or extract(*a, **k))
    monkeypatch.setattr(tuiarchive.parser, "read_file_bytes", lambda *a, **k: files.append(1) or read_bytes(*a, **k))
    page = site / "story-03.txt"
    result = CliRunner().invoke(app, ["parse", "--json", "--context", str(site), str(page)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["body"] == _body(3)
    assert len(readings) == 1  # the file, read once; the folder's pages only have their lines counted
    assert len(files) <= CONTEXT_FILES + 1
