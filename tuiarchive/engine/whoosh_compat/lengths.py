"""Field lengths read once per field as raw bytes: our codec's per-document reader."""

from __future__ import annotations

from collections.abc import Sequence

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, _lenfield
from whoosh.util.numeric import byte_to_length

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


class _PerDocReader(W3PerDocReader):
    """whoosh's per-document reader, with field lengths read once per field as raw bytes.

    whoosh looks a length up for every posting it writes (block statistics that let top-k
    search skip blocks) and for every document it scores; each lookup was a seek and a read
    of one byte, a sixth of the indexing time. The column is one byte per document, so it is
    read whole and indexed.
    """

    def __init__(self, storage, segment) -> None:
        super().__init__(storage, segment)
        self._raw_lengths: dict[str, bytes | None] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        if raw is None:
            return default
        byte = raw[docnum] if docnum < len(raw) else 0
        return _LENGTH_OF_BYTE[byte] if byte else None  # as whoosh: no length for an empty field

    def field_lengths(self, fieldname: str) -> list[int]:
        """Every document's length in the field (0 where it has none), in one pass."""
        count = self.doc_count_all()
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        if raw is None:
            return [0] * count
        return [_LENGTH_OF_BYTE[byte] for byte in raw[:count]] + [0] * (count - len(raw))

    def length_bytes(self, fieldname: str) -> bytes:
        """Every document's length in the field as whoosh stores it, one byte each (0 where it
        has none; byte_to_length gives the length)."""
        count = self.doc_count_all()
        raw = self._raw_lengths.get(fieldname, b"")
        if raw == b"":
            raw = self._load_lengths(fieldname)
        raw = raw[:count] if raw else b""
        return raw + bytes(count - len(raw))

    def _load_lengths(self, fieldname: str) -> bytes | None:
        column = _lenfield(fieldname)
        raw = None
        if self.has_column(column):
            colfile, offset, length = self._get_column_file(column)
            try:
                raw = colfile.get(offset, length)
            finally:
                colfile.close()
        self._raw_lengths[fieldname] = raw
        return raw


class _Codec(W3Codec):
    def per_document_reader(self, storage, segment):
        return _PerDocReader(storage, segment)


def length_codes(reader, fieldname: str) -> tuple[Sequence[int], Sequence[int] | dict[int, int]]:
    """Each document's length in a field of one segment as a code, and the length each code
    stands for: the stored byte and byte_to_length when the segment was opened with our codec
    (reader._perdoc), else the lengths themselves. Scoring works per code: at most 256."""
    perdoc = getattr(reader, "_perdoc", None)
    if isinstance(perdoc, _PerDocReader):
        return perdoc.length_bytes(fieldname), _LENGTH_OF_BYTE
    lengths = [reader.doc_field_length(d, fieldname) or 0 for d in range(reader.doc_count_all())]
    return lengths, {n: n for n in set(lengths)}


def codec() -> W3Codec:
    return _Codec(compression=0)
