"""Issue 9, silently wrong: a moved folder does not double the archive, folders can be
listed and forgotten."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import SAMPLES
from typer.testing import CliRunner

from tuiarchive.archive import Archive
from tuiarchive.cli import app as cli


def _run(*args: object):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def test_a_moved_folder_does_not_double_the_archive(tmp_path: Path, samples_built: tuple[Path, Path]) -> None:
    old, ix = samples_built
    with Archive(ix) as archive:
        before = archive.count()
        titles = sorted(h.title for h in archive.search("", limit=1000).hits)
    new = tmp_path / "archive-2025"
    old.rename(new)
    result = _run("index", new, "--index", ix)
    assert "moved: recognised at their new place by content" in result.stderr
    assert f"forgot the folder {old}" in result.stderr
    assert "folder not found" not in result.stderr  # it was forgotten, not kept
    with Archive(ix) as archive:
        assert archive.count() == before  # not doubled
        hits = archive.search("", limit=1000).hits
        assert sorted(h.title for h in hits) == titles  # and nothing lost
        assert all(Path(h.path).is_relative_to(new) for h in hits)  # no dead paths
        assert archive.folders() == [(str(new), before)]
        assert archive.stats().failed == 1  # the CSV sample, once, at its new place


def test_an_id_from_before_a_move_still_names_the_article(tmp_path: Path, samples_built: tuple[Path, Path]) -> None:
    """Review s33 U1: ids are made from the path, so a moved article has a new one; the old one
    (in an exported CSV, a note) still shows it, after a second move and after a rebuild too."""
    old, ix = samples_built
    with Archive(ix) as archive:
        kept = next(h for h in archive.search("olst", limit=5).hits)
    first, second = tmp_path / "first", tmp_path / "second"
    old.rename(first)
    _run("index", first, "--index", ix)
    shown = _run("show", kept.id, "--json", "--index", ix)
    assert shown.exit_code == 0, shown.stderr
    article = json.loads(shown.stdout)
    assert article["title"] == kept.title and article["id"] != kept.id
    assert Path(article["path"]).is_relative_to(first)
    first.rename(second)
    _run("index", second, "--index", ix)
    _run("index", "--rebuild", "--index", ix)
    for asked in (kept.id, article["id"]):  # the first id, and the one it had in between
        again = _run("show", asked, "--json", "--index", ix)
        assert again.exit_code == 0, again.stderr
        assert json.loads(again.stdout)["title"] == kept.title
        assert Path(json.loads(again.stdout)["path"]).is_relative_to(second)
    gone = _run("show", "0123456789abcdef", "--index", ix)
    assert gone.exit_code != 0 and "no article" in gone.stderr


def test_a_copy_is_not_taken_for_a_move(tmp_path: Path, samples_built: tuple[Path, Path]) -> None:
    first, ix = samples_built
    shutil.copytree(first, tmp_path / "b")
    _run("index", tmp_path / "b", "--index", ix)
    with Archive(ix) as archive:
        assert archive.count() == 90  # both copies exist, both stay


def test_forget_a_folder_and_list_the_remembered_ones(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(SAMPLES, a)
    b.mkdir()
    shutil.copy(SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt", b / "bridge.txt")
    ix = tmp_path / "ix"
    _run("index", a, b, "--index", ix)
    listing = _run("folders", "--index", ix).stdout
    assert f"45  {a}" in listing and f"1  {b}" in listing
    result = _run("forget", a, "--index", ix)
    assert result.exit_code == 0 and "45 articles removed" in result.stdout
    assert len(list(a.iterdir())) == len(list(SAMPLES.iterdir()))  # the files are not touched
    assert _run("folders", "--index", ix).stdout.strip() == f"1  {b}"
    with Archive(ix) as archive:
        assert archive.count() == 1 and archive.stats().failed == 0
    again = _run("index", "--index", ix)  # the forgotten folder does not come back
    assert "0 added" in again.stdout
    unknown = _run("forget", tmp_path / "nope", "--index", ix)
    assert unknown.exit_code == 2 and "is not a remembered folder" in unknown.stderr


def test_rebuild_with_a_remembered_folder_missing_keeps_the_archive(tmp_path: Path) -> None:
    # an unmounted drive or a renamed folder: a rebuild would index nothing for it and
    # swap in an index without its articles; it must stop before anything is replaced
    gone, kept = tmp_path / "drive", tmp_path / "kept"
    shutil.copytree(SAMPLES, gone)
    kept.mkdir()
    shutil.copy(SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt", kept / "bridge.txt")
    ix = tmp_path / "ix"
    _run("index", gone, kept, "--index", ix)
    with Archive(ix) as archive:
        before = archive.count()
    gone.rename(tmp_path / "unmounted")
    result = _run("index", "--rebuild", "--index", ix)
    assert result.exit_code == 2
    assert f"folder not found: {gone}" in result.stderr and "tuiarchive forget" in result.stderr
    with Archive(ix) as archive:
        assert archive.count() == before
        assert sorted(f for f, _ in archive.folders()) == sorted([str(gone), str(kept)])


def test_after_forgetting_the_last_folder_index_asks_for_one(tmp_path: Path) -> None:
    only = tmp_path / "only"
    only.mkdir()
    shutil.copy(SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt", only / "bridge.txt")
    ix = tmp_path / "ix"
    _run("index", only, "--index", ix)
    assert _run("forget", only, "--index", ix).exit_code == 0
    result = _run("index", "--index", ix)
    assert result.exit_code == 2
    assert "no folders to index yet" in result.stderr and "lost" not in result.stderr  # nothing is damaged


def test_an_archive_whose_folders_were_all_forgotten_searches_to_nothing(samples_built: tuple[Path, Path]) -> None:
    # forgetting the only folder leaves an index with no segment at all: every shape of query
    # (the fast path's fielded words among them) must say 0 matches, not fail
    only, ix = samples_built
    assert _run("forget", only, "--index", ix).exit_code == 0
    with Archive(ix) as archive:
        for query in ("bridge", "title:bridge", "bridge council", '"olst bridge"', "bridge NOT tram",
                      "title:bridge OR site:ledger", "date:2025", "", "brid*"):  # fmt: skip
            assert archive.search(query).total == 0, query
    result = _run("search", "title:bridge", "--index", ix)
    assert result.exit_code == 0 and "0 matches" in result.stdout


def test_an_article_of_a_folder_that_is_not_there_says_so(tmp_path: Path, samples_built: tuple[Path, Path]) -> None:
    """Review s33 U18: a remembered folder that is not there (an unplugged drive) keeps its
    articles; opening one says the folder is missing, not "run `tuiarchive index`" (which keeps
    them as they are), and a single file deleted inside a folder that is there still says that."""
    folder, ix = samples_built
    with Archive(ix) as archive:
        first, second = archive.search("olst", limit=2).hits
    Path(second.path).unlink()
    deleted = _run("show", second.id, "--index", ix)
    assert deleted.exit_code == 1 and "run `tuiarchive index` to update the archive" in deleted.stderr
    folder.rename(tmp_path / "unplugged")
    shown = _run("show", first.id, "--index", ix)
    assert shown.exit_code == 1
    assert f"its folder {folder} is not there" in shown.stderr and "tuiarchive index" not in shown.stderr
