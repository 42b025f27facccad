"""Noticing damage whoosh does not: random bytes written into a segment file.

whoosh reads a segment without checking it, so bytes overwritten in one change scores and
results with no error. Segment files are written once and never changed, so the indexer
records each one's size, mtime and CRC-32 in `checksums.json` after a run. Opening the index
for a search compares size and mtime (one stat per segment: searches stay fast) and only
recomputes the CRC of a segment whose stat changed. Before the index is written (`index`,
`forget`: a merge would copy damage into a new segment with a fresh checksum) and in `stats`,
every CRC is recomputed (`full=True`): bit rot changes bytes and keeps the mtime. A mismatch
is damage, reported with what to run. A missing `checksums.json` beside segments is said,
not taken for "nothing to check", and the next run records the segments again.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from .dburl import is_database

CHECKSUMS_NAME = "checksums.json"
_SEGMENT_SUFFIX = ".seg"


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def is_segment_file(name: str) -> bool:
    """A file whose CRC is recorded (a segment's compound file)."""
    return name.endswith(_SEGMENT_SUFFIX)


def segment_crc(path: str | Path) -> int:
    """The CRC-32 recorded of a segment file (as record() computes it)."""
    return _crc(Path(path))


# Segment files moved into an index with the CRC their writer computed as it finished them
# (note_written): path -> (size, mtime_ns, crc), taken by record().
_noted: dict[str, tuple[int, int, int]] = {}


def note_written(path: str, crc: int) -> None:
    """A segment file just moved into an index, with the CRC its writer computed of the bytes it
    wrote (a worker, in parallel with the others, while they were fresh in memory): record()
    takes it while the file's size and mtime are still those seen now, instead of reading every
    new segment again at the run's end, where nothing else runs (a 20,000-article build's eight
    segments: 0.2 s of CPU before it could end)."""
    with contextlib.suppress(OSError):
        st = os.stat(path)
        _noted[os.path.abspath(path)] = (st.st_size, st.st_mtime_ns, crc)


def _load(index_dir: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((index_dir / CHECKSUMS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def damaged(index_dir: Path, *, full: bool = False) -> list[str]:
    """Names of recorded segments whose content is no longer what was written: those whose
    size or mtime changed, or (`full`) whose CRC no longer matches whatever their stat says.
    An archive on a database server has no segment files: nothing here to check."""
    if is_database(index_dir):
        return []
    bad = []
    for name, entry in _load(index_dir).items():
        path = index_dir / name
        seen = _stat(path)
        if seen is None or len(entry) != 3:
            continue  # merged away since (the TOC no longer names it)
        size, mtime_ns, crc = entry
        if seen == (size, mtime_ns) and not full:
            continue
        if seen[0] != size or _crc(path) != crc:
            bad.append(name)
    return sorted(bad)


def unrecorded(index_dir: Path) -> bool:
    """Segments are there but their record is not (checksums.json deleted or unreadable):
    damage cannot be seen until a run records them again."""
    if is_database(index_dir):
        return False
    try:
        data = json.loads((index_dir / CHECKSUMS_NAME).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return False
    except (OSError, ValueError):
        pass
    try:
        return any(entry.name.endswith(_SEGMENT_SUFFIX) for entry in os.scandir(index_dir))
    except OSError:
        return False


def damage_line(index_dir: Path, name: str) -> str:
    """The one line for a damaged segment: what is wrong, what to run."""
    return (
        f"the index in {index_dir} is damaged ({name} changed since it was written): run `tuiarchive index --rebuild`"
    )


UNRECORDED_NOTE = (
    f"{CHECKSUMS_NAME} was missing: damage done before this run cannot be seen; "
    "the segments are recorded again (run `tuiarchive index --rebuild` if the index may be damaged)"
)


def check_before_writing(index_dir: Path) -> str | None:
    """Before `index` or `forget` writes: the damage line (every CRC recomputed), or None."""
    bad = damaged(index_dir, full=True)
    return damage_line(index_dir, bad[0]) if bad else None


def record(index_dir: Path) -> None:
    """Note the segments written since the last record (call with the indexer lock held).
    A recorded segment that changed keeps its old record, so the damage stays visible."""
    if is_database(index_dir):
        return
    old = _load(index_dir)
    new: dict[str, list[int]] = {}
    for entry in os.scandir(index_dir):
        if not entry.name.endswith(_SEGMENT_SUFFIX):
            continue
        path = Path(entry.path)
        seen = _stat(path)
        if seen is None:
            continue
        noted = _noted.pop(os.path.abspath(entry.path), None)
        if entry.name in old:
            new[entry.name] = old[entry.name]
        elif noted is not None and noted[:2] == seen:
            new[entry.name] = [*seen, noted[2]]
        else:
            new[entry.name] = [seen[0], seen[1], _crc(path)]
    target = index_dir / CHECKSUMS_NAME
    if new == old and target.exists():
        return  # nothing written since: a run that found nothing to do writes nothing
    temporary = target.with_suffix(".tmp")
    try:
        temporary.write_text(json.dumps(new, sort_keys=True), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:  # a full disk: the old record stays, and no half-written one is left behind
        with contextlib.suppress(OSError):
            temporary.unlink()
