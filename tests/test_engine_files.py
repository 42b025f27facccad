"""The engine reads segment files straight from the memory map: the file object it uses
must behave as io.BytesIO does for every read whoosh makes."""

from __future__ import annotations

import io
import os
import pickle

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.engine import _ViewFile

operations = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(-1, 40)),
        st.tuples(st.just("readline"), st.integers(-1, 40)),
        st.tuples(st.just("seek"), st.integers(0, 60), st.sampled_from([os.SEEK_SET, os.SEEK_CUR])),
        st.tuples(st.just("seek_end"), st.integers(-60, 0)),
        st.tuples(
            st.just("tell"),
        ),
    ),
    max_size=30,
)


@given(data=st.binary(max_size=600).map(lambda b: b.replace(b"x", b"\n")), ops=operations)
def test_view_file_reads_like_bytesio(data: bytes, ops: list[tuple]) -> None:
    view, reference = _ViewFile(memoryview(data)), io.BytesIO(data)
    for op, *args in ops:
        if op == "seek_end":
            if len(data) + args[0] < 0:
                continue
            assert view.seek(args[0], os.SEEK_END) == reference.seek(args[0], os.SEEK_END)
        elif op == "seek":
            assert view.seek(*args) == reference.seek(*args)
        else:
            assert getattr(view, op)(*args) == getattr(reference, op)(*args), (op, args)
        assert view.tell() == reference.tell()


def test_pickles_load_from_a_view_file() -> None:
    values = [{"a": 1, "b": [1.5, "x\ny"]}, ("tuple", 2), "text\nwith lines"]
    data = b"".join(pickle.dumps(v, protocol) for v, protocol in zip(values, [0, 2, 5], strict=True))
    view = _ViewFile(memoryview(data))
    assert [pickle.load(view) for _ in values] == values
    assert view.read() == b""
