"""The checksums of a build's segments come from the workers that wrote them (issue 12: the
indexer read every new segment again at the run's end, where nothing else runs), and are those
of the bytes on disk; a noted CRC is taken only for the file as it was noted."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from tuiarchive import integrity
from tuiarchive.indexer import update_index


def _crc(path: Path) -> int:
    return zlib.crc32(path.read_bytes())


def _made_up_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):  # written for this test: no page of the corpora
        (folder / f"story-{n:03}.txt").write_text(
            f"Made-up headline number {n} about the harbour\n\n"
            f"A made-up paragraph {n}: the harbour board met on a Tuesday and agreed on a new timetable "
            "for the ferries, which the town had asked for since the spring.\n"
        )
    return folder


def test_a_parallel_builds_checksums_are_its_segments_bytes(tmp_path: Path) -> None:
    folder = _made_up_folder(tmp_path / "news", 40)
    index = tmp_path / "ix"
    update_index(index, [folder], workers=2)  # 40 files: worker processes, a segment each
    recorded = json.loads((index / "checksums.json").read_text())
    segments = sorted(index.glob("*.seg"))
    assert len(segments) == 2 and sorted(recorded) == [p.name for p in segments]
    for path in segments:
        size, mtime_ns, crc = recorded[path.name]
        assert (size, mtime_ns, crc) == (path.stat().st_size, path.stat().st_mtime_ns, _crc(path))
    assert integrity.damaged(index, full=True) == []
    update_index(index, [folder], rebuild=True, workers=2)  # and when built aside and swapped in
    recorded = json.loads((index / "checksums.json").read_text())
    assert {p.name: _crc(p) for p in index.glob("*.seg")} == {name: entry[2] for name, entry in recorded.items()}


def test_a_noted_crc_is_taken_only_for_the_file_as_noted(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    index.mkdir()
    kept, changed = index / "MAIN_a.seg", index / "MAIN_b.seg"
    kept.write_bytes(b"segment bytes")
    changed.write_bytes(b"other bytes")
    integrity.note_written(str(kept), 12345)  # not the real CRC: record() must take it as given
    integrity.note_written(str(changed), 678)
    changed.write_bytes(b"other bytes, and more written after the note")  # its size no longer the noted one
    integrity.record(index)
    recorded = json.loads((index / "checksums.json").read_text())
    assert recorded[kept.name][2] == 12345
    assert recorded[changed.name][2] == _crc(changed)
