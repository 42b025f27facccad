"""Files inside a compound segment read from its memory map, not copied (apply_patches)."""

from __future__ import annotations

import os

from whoosh.filedb.structfile import BufferFile


class _ViewFile:
    """A read-only file over a memoryview, without copying it."""

    __slots__ = ("_pos", "_view")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def readline(self, size: int = -1) -> bytes:  # pickle.load wants it
        limit = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        end = self._pos
        while end < limit:  # in chunks: never copy the rest of a big file to find one line
            found = bytes(self._view[end : min(end + 256, limit)]).find(b"\n")
            if found >= 0:
                end += found + 1
                break
            end = min(end + 256, limit)
        return self.read(end - self._pos)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")


class _MappedFile(BufferFile):
    """whoosh's BufferFile, which serves a file inside a memory-mapped segment, copies that
    file into a BytesIO when it is opened: opening a 100k-article index read most of its
    postings into memory (0.4 s, and the index's size in RSS). This one reads the map."""

    def __init__(self, buf, name=None, onclose=None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = memoryview(buf)
        self.file = _ViewFile(self._buf)

    def subset(self, position, length, name=None):
        return _MappedFile(self._buf[position : position + length], name=name or self._name)
