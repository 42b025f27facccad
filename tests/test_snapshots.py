"""Screens at 80x24 and 160x45, on the samples index (pytest-textual-snapshot).

The index is built from a copy of the samples under the test's working directory, so the
paths the article view shows are the same on every machine ("samples/..."). Each test waits
for the state it shows (`settled`: results in, article and its pane loaded), never for a time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, settled

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.indexer import update_index

WIDE = (160, 45)
SMALL = (80, 24)
SIZES = pytest.mark.parametrize("size", [WIDE, SMALL], ids=["160x45", "80x24"])


@pytest.fixture(scope="module")
def snapshot_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples and their index, built once for the screens here (they only read it)."""
    folder = tmp_path_factory.mktemp("snapshots")
    shutil.copytree(SAMPLES, folder / "samples")
    update_index(folder / "index", [folder / "samples"], workers=1)
    return folder


@pytest.fixture
def snapshot_index(snapshot_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(snapshot_folder)  # the article view shows paths from here: "samples/..."
    return snapshot_folder / "index"


@SIZES
def test_main_screen(snap_compare, snapshot_index: Path, size: tuple[int, int]) -> None:
    assert snap_compare(ArchiveApp(snapshot_index, "olst"), terminal_size=size, run_before=settled)


@SIZES
def test_article_with_its_pane(snap_compare, snapshot_index: Path, size: tuple[int, int]) -> None:
    async def open_first(pilot) -> None:
        await settled(pilot)
        pilot.app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settled(pilot)

    app = ArchiveApp(snapshot_index, "title:thieves astrolabe")
    assert snap_compare(app, terminal_size=size, run_before=open_first)


def test_help_screen(snap_compare, snapshot_index: Path) -> None:
    async def help_(pilot) -> None:
        await settled(pilot)
        pilot.app.query_one(ResultsList).focus()
        await pilot.press("f1")
        await settled(pilot)

    assert snap_compare(ArchiveApp(snapshot_index), terminal_size=WIDE, run_before=help_)
