"""A posting block's two pickles as whoosh writes them (W3PostingsWriter._write_block, pickle
protocol 2), from ready-made pieces: the workers' segment writer (segments.py) writes a few
hundred thousand blocks a build.

The C pickler saves each bytes object of protocol 2 through a reduce, `_codecs.encode(str,
"latin1")`: a global looked up by importing its module (~10,000 instructions a block), a str,
a tuple (~3,000 instructions a posting's value). Here a block of positions is its head (the
gaps and weights, pickled), then each value's BINUNICODE between the opcodes and memo numbers
pickle would write around it, worked out once; the tests compare the bytes with pickle's.
"""

from __future__ import annotations

import pickle
from array import array
from itertools import chain

_ENCODE_GLOBAL = b"c_codecs\nencode\n"  # GLOBAL _codecs.encode
_LATIN1 = b"X\x06\x00\x00\x00latin1"  # BINUNICODE 'latin1'
_TUPLE2, _TUPLE3, _REDUCE, _STOP, _MARK, _TUPLE = b"\x86", b"\x87", b"R", b".", b"(", b"t"
_TUPLE_OF = {1: b"\x85", 2: _TUPLE2, 3: _TUPLE3}  # TUPLE1..3; a longer tuple: MARK ... TUPLE
_ONE = b"\x00\x00\x00\x01"  # pack_uint(1): a value of one position begins so
MAX_VALUES = 256  # the most values a block is written with here (whoosh's blocks hold 128)
_KEPT = 65536  # entries each of the caches below keeps at most


def _put(index: int) -> bytes:
    """BINPUT (one byte) or LONG_BINPUT (four, little-endian) of memo number `index`."""
    return b"q" + bytes([index]) if index < 256 else b"r" + index.to_bytes(4, "little")


def _get(index: int) -> bytes:
    """BINGET or LONG_BINGET of memo number `index`."""
    return b"h" + bytes([index]) if index < 256 else b"j" + index.to_bytes(4, "little")


class _Unicodes(dict):
    """A posting's value -> protocol 2's BINUNICODE of its latin-1 reading. A word's one
    position is most values: those are kept."""

    def __missing__(self, value: bytes) -> bytes:
        text = value.decode("latin-1").encode("utf-8")
        saved = b"X" + len(text).to_bytes(4, "little") + text
        if value[:4] == _ONE and len(self) < _KEPT:
            self[value] = saved
        return saved


class BlockPickles:
    """The pieces, made once in a process that writes segments (not on import: a search never
    writes). `memo` below is the memo number the values take first: the head's gaps tuple took
    0, and a tuple of weights 1, so it is 1 or 2."""

    def __init__(self) -> None:
        self._unicodes = _Unicodes()
        self._heads: dict[tuple, bytes] = {}
        self._infos: dict[tuple, bytes] = {}
        self._float32: dict[float, float] = {}
        # _between[memo][mark]: what comes before each value (the first: the global, after a
        # MARK when the tuple is longer than 3), _after[memo][n]: what ends a block of n values
        self._between: dict[int, tuple[list[bytes], list[bytes]]] = {}
        self._after: dict[int, list[bytes]] = {}
        for memo in (1, 2):
            first = _ENCODE_GLOBAL + _put(memo)
            # the first value's reduce names the string "latin1" (memo + 2); the others refer to it
            ends = [_put(memo + 1) + _LATIN1 + _put(memo + 2) + _TUPLE2 + _put(memo + 3) + _REDUCE + _put(memo + 4)]
            for n in range(1, MAX_VALUES):
                at = memo + 5 + 3 * (n - 1)
                ends.append(_put(at) + _get(memo + 2) + _TUPLE2 + _put(at + 1) + _REDUCE + _put(at + 2))
            between = [end + _get(memo) for end in ends]
            self._between[memo] = ([first, *between[:-1]], [_MARK + first, *between[:-1]])
            after = [b""]
            for n in range(1, MAX_VALUES + 1):
                at = memo + 5 + 3 * (n - 1)
                after.append(ends[n - 1] + _TUPLE_OF.get(n, _TUPLE) + _put(at) + _TUPLE3 + _put(at + 1) + _STOP)
            self._after[memo] = after

    def values_block(self, gaps: tuple, mini_weights: object, values: tuple[bytes, ...]) -> bytes:
        """pickle.dumps((gaps, mini_weights, values), 2) for a block's values (non-empty
        bytes, distinct objects, as whoosh's are)."""
        count = len(values)
        if count == 1 and (mini_weights is None or (type(mini_weights) is float and mini_weights > 0)):
            key = (gaps[0], mini_weights)  # floats equal only where their pickles are (not 0.0, -0.0)
            head = self._heads.get(key)
            if head is None:
                head = pickle.dumps((gaps, mini_weights), 2)[:-4]
                if len(self._heads) < _KEPT:
                    self._heads[key] = head
            return b"".join((head, self._between[1][0][0], self._unicodes[values[0]], self._after[1][1]))
        head = pickle.dumps((gaps, mini_weights), 2)
        memo = head[-2]  # the head ends TUPLE2, BINPUT memo, STOP
        if count > MAX_VALUES or memo not in self._between or head[-3:-2] != b"q":
            return pickle.dumps((gaps, mini_weights, values), 2)
        unicodes = map(self._unicodes.__getitem__, values)
        parts = chain.from_iterable(zip(self._between[memo][count > 3], unicodes, strict=False))  # as many as values
        return b"".join(chain((head[:-4],), parts, (self._after[memo][count],)))

    def info(self, block: tuple) -> bytes:
        """pickle.dumps(block, 2) of a block's statistics (count, last document, weight, 0, the
        shortest and longest length's bytes): the same few recur in a field's rare words."""
        if type(block[2]) is not float:  # 0 (an int) or a float above it: never equal as keys
            return pickle.dumps(block, 2)
        data = self._infos.get(block)
        if data is None:
            data = pickle.dumps(block, 2)
            if len(self._infos) < _KEPT:
                self._infos[block] = data
        return data

    def float32(self, weight: float) -> float:
        """`weight` as a block keeps it (array("f")): rounded to single precision."""
        single = self._float32.get(weight)
        if single is None:
            single = array("f", (weight,))[0]
            if len(self._float32) < _KEPT:
                self._float32[weight] = single
        return single


_made: list[BlockPickles] = []


def block_pickles() -> BlockPickles:
    """The process's pieces, made on first use."""
    if not _made:
        _made.append(BlockPickles())
    return _made[0]
