"""Noticing damage whoosh does not: random bytes written into a segment file.

whoosh reads a segment without checking it, so bytes overwritten in one change scores and
results with no error. Segment files are written once and never changed, so the indexer
records each one's size, mtime and CRC-32 in `checksums.json` after a run; opening the
index compares size and mtime (one stat per segment) and only recomputes the CRC of a
segment whose stat changed. A mismatch is damage, reported with what to run.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

CHECKSUMS_NAME = "checksums.json"
_SEGMENT_SUFFIX = ".seg"


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


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


def damaged(index_dir: Path) -> list[str]:
    """Names of recorded segments whose content is no longer what was written."""
    bad = []
    for name, entry in _load(index_dir).items():
        path = index_dir / name
        seen = _stat(path)
        if seen is None or len(entry) != 3:
            continue  # merged away since (the TOC no longer names it)
        size, mtime_ns, crc = entry
        if seen == (size, mtime_ns):
            continue
        if seen[0] != size or _crc(path) != crc:
            bad.append(name)
    return sorted(bad)


def record(index_dir: Path) -> None:
    """Note the segments written since the last record (call with the indexer lock held).
    A recorded segment that changed keeps its old record, so the damage stays visible."""
    old = _load(index_dir)
    new: dict[str, list[int]] = {}
    for entry in os.scandir(index_dir):
        if not entry.name.endswith(_SEGMENT_SUFFIX):
            continue
        path = Path(entry.path)
        seen = _stat(path)
        if seen is None:
            continue
        if entry.name in old:
            new[entry.name] = old[entry.name]
        else:
            new[entry.name] = [seen[0], seen[1], _crc(path)]
    target = index_dir / CHECKSUMS_NAME
    temporary = target.with_suffix(".tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps(new, sort_keys=True), encoding="utf-8")
        os.replace(temporary, target)
