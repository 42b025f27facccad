"""tests/run_folders.py: each run's folder of its own, the ended runs' folders removed (all made up here)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests import runs
from tests.run_folders import PREFIX, ended_runs, remove_concurrently, remove_ended_runs


def _ended_process() -> tuple[int, str | None]:
    """A process that has ended: its pid and start time, as a run's marker would name it."""
    process = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
    started = runs.process_start(process.pid)
    process.communicate()
    return process.pid, started


def _folders(root: Path) -> None:
    """Ended runs' folders made at four times, this run's (going), one without a marker (being made,
    or not ours), one whose marker is someone else's, and an ended run's under another name."""
    pid, started = _ended_process()
    ended = {"made_by": runs.MADE_BY, "pid": pid, "started": started}
    going = {"made_by": runs.MADE_BY, "pid": os.getpid(), "started": runs.process_start(os.getpid())}
    records = {f"{PREFIX}ended{n}": ended for n in range(1, 5)}
    records |= {f"{PREFIX}going": going, f"{PREFIX}other": {**ended, "made_by": "someone else"}, "other-name": ended}
    for n, (name, record) in enumerate(records.items()):
        (root / name / "tmp" / "popen-gw0").mkdir(parents=True)
        (root / name / "tmp" / "popen-gw0" / "file.txt").write_text("made up")
        (root / name / runs.MARKER).write_text(json.dumps(record))
        os.utime(root / name / runs.MARKER, (1_000_000 + n, 1_000_000 + n))
    (root / f"{PREFIX}unmarked").mkdir()


def test_the_ended_runs_are_found_and_the_newest_kept(tmp_path: Path) -> None:
    _folders(tmp_path)
    assert ended_runs(tmp_path, kept=2) == [tmp_path / f"{PREFIX}ended1", tmp_path / f"{PREFIX}ended2"]
    assert ended_runs(tmp_path, kept=0) == [tmp_path / f"{PREFIX}ended{n}" for n in range(1, 5)]
    assert ended_runs(tmp_path, kept=5) == []


def test_the_ended_runs_are_removed_and_nothing_else(tmp_path: Path) -> None:
    _folders(tmp_path)
    assert remove_ended_runs(tmp_path, kept=2) == [tmp_path / f"{PREFIX}ended1", tmp_path / f"{PREFIX}ended2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other-name", *(f"{PREFIX}{name}" for name in ("ended3", "ended4", "going", "other", "unmarked"))
    ]  # fmt: skip
    assert (tmp_path / f"{PREFIX}going" / "tmp" / "popen-gw0" / "file.txt").read_text() == "made up"


def test_this_run_has_a_folder_of_its_own(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    """The conftest gives the run its folder: the tests' files are under it, and it names this
    run as going (so no other run takes it)."""
    folder = next((p for p in tmp_path.parents if p.name.startswith(PREFIX)), None)
    assert folder is not None, tmp_path
    assert (folder / runs.MARKER).exists() and not runs.ended(folder)


def test_a_tree_is_removed_whole_and_no_link_in_it_is_followed(tmp_path: Path) -> None:
    """Files, folders five deep, an empty folder, links to a folder and a file outside and a
    dangling one: all gone; what the links point at is untouched."""
    outside = tmp_path / "outside"
    (outside / "kept").mkdir(parents=True)
    (outside / "kept" / "a.txt").write_text("keep me")
    (outside / "b.txt").write_text("keep me too")
    tree = tmp_path / "tree"
    deep = tree.joinpath("a", "b", "c", "d")
    deep.mkdir(parents=True)
    (tree / "empty").mkdir()
    for n, folder in enumerate((tree, tree / "a", deep)):
        (folder / f"f{n}.bin").write_bytes(os.urandom(100))
    (tree / "a" / "to-folder").symlink_to(outside / "kept")
    (deep / "to-file").symlink_to(outside / "b.txt")
    (tree / "dangling").symlink_to(tmp_path / "nowhere")
    remove_concurrently(tree)
    assert not tree.exists() and not tree.is_symlink()
    assert (outside / "kept" / "a.txt").read_text() == "keep me"
    assert (outside / "b.txt").read_text() == "keep me too"


def test_the_runs_folders_go_in_memory_when_no_place_is_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No PYTEST_DEBUG_TEMPROOT nor TMPDIR: the memory folder when it is there with room, else the
    system's temporary folder; a place chosen is kept."""
    import tempfile

    from tests import run_folders

    memory = tmp_path / "shm"
    memory.mkdir()
    monkeypatch.delenv("PYTEST_DEBUG_TEMPROOT", raising=False)
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(run_folders, "MEMORY_FOLDER", memory)
    monkeypatch.setattr(run_folders, "MEMORY_ROOM_NEEDED", 1)
    assert run_folders.temporary_root() == memory
    monkeypatch.setattr(run_folders, "MEMORY_ROOM_NEEDED", 2**62)  # more than any disk holds
    assert run_folders.temporary_root() == Path(tempfile.gettempdir())
    monkeypatch.setattr(run_folders, "MEMORY_ROOM_NEEDED", 1)
    monkeypatch.setattr(run_folders, "MEMORY_FOLDER", tmp_path / "no-such-folder")
    assert run_folders.temporary_root() == Path(tempfile.gettempdir())
    monkeypatch.setattr(run_folders, "MEMORY_FOLDER", memory)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again (put back after)
    assert run_folders.temporary_root() == tmp_path
    monkeypatch.setenv("PYTEST_DEBUG_TEMPROOT", str(tmp_path / "chosen"))
    assert run_folders.temporary_root() == tmp_path / "chosen"
