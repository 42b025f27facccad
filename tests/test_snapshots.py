"""Screens at a fixed size, on the samples index (pytest-textual-snapshot).

The index is built from a copy of the samples under the test's working directory, so the
paths the article view shows are the same on every machine ("samples/...").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, settled

from tuiarchive.app.main import ArchiveApp
from tuiarchive.app.results import ResultsList
from tuiarchive.indexer import update_index

SIZE = (140, 40)


@pytest.fixture
def snapshot_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLES, tmp_path / "samples")
    update_index(tmp_path / "index", [Path("samples")], workers=1)
    return tmp_path / "index"


def test_main_screen(snap_compare, snapshot_index: Path) -> None:
    assert snap_compare(ArchiveApp(snapshot_index, "olst"), terminal_size=SIZE, run_before=settled)


def test_article_with_its_pane(snap_compare, snapshot_index: Path) -> None:
    async def open_first(pilot) -> None:
        await settled(pilot)
        pilot.app.query_one(ResultsList).focus()
        await pilot.press("enter")
        await settled(pilot)

    assert snap_compare(
        ArchiveApp(snapshot_index, "title:thieves astrolabe"), terminal_size=SIZE, run_before=open_first
    )


def test_help_screen(snap_compare, snapshot_index: Path) -> None:
    async def help_(pilot) -> None:
        await settled(pilot)
        pilot.app.query_one(ResultsList).focus()
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(ArchiveApp(snapshot_index), terminal_size=SIZE, run_before=help_)
