"""The indexer's path shortcuts (model.path_name, absolute_path, article_id) answer as pathlib
does: they skip building a Path only where pathlib would give the path back unchanged."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.model import absolute_path, article_id, path_name

TRICKY = ["/a/b.txt", "a/b.txt", "a//b", "a/./b", "a/..", "./x", "a/b/.", ".", "", "/", "..", "a", "/a//b",
          "//a/b", "/a/b/", "/a/./b", "/a/b/..", "~/x", "/~x/y", "a/b/", "/.", "/a/.b", "/a/b./"]  # fmt: skip


def _pathlib_id(path: str | Path) -> str:
    resolved = str(Path(path).expanduser().absolute())
    return hashlib.blake2b(resolved.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()


def _check(path: str) -> None:
    assert path_name(path) == Path(path).name
    assert path_name(Path(path)) == Path(path).name
    assert absolute_path(path) == str(Path(path).absolute())
    assert article_id(path) == _pathlib_id(path)


def test_tricky_paths_answer_as_pathlib_does() -> None:
    for path in TRICKY:
        _check(path)


@given(st.text(alphabet="/.ab", max_size=12))
def test_any_path_answers_as_pathlib_does(path: str) -> None:
    _check(path)


@given(st.lists(st.text(alphabet="/.ab", max_size=10), max_size=8))
def test_tasks_groups_worked_out_once_a_folder_as_each_alone(paths: list[str]) -> None:
    from tuiarchive.indexer.context import _task_groups
    from tuiarchive.indexer.reading import ReadTask
    from tuiarchive.parser.context import group_of

    tasks = [ReadTask(p, 0, 0) for p in [*paths, "x.txt", "/x.txt", "a/../x.txt", "a/../y.txt"]]
    assert _task_groups(tasks) == [group_of(t.path) for t in tasks]


@given(st.binary(max_size=300))
def test_content_hash_is_hashlibs_blake2b(data: bytes) -> None:
    """model hashes with the interpreter's _blake2 (tuiarchive/hashing.py, no OpenSSL to load): hashlib's digests."""
    from tuiarchive.model import content_hash

    assert content_hash(data) == hashlib.blake2b(data, digest_size=16).hexdigest()


def test_content_hash_without_cpythons_blake2_falls_back_to_hashlib(tmp_path: Path) -> None:
    """A Python without the private _blake2 module (tuiarchive/hashing.py): hashlib's blake2b,
    the same digests. Run in a fresh interpreter where importing _blake2 fails."""
    import subprocess
    import sys

    data = b"A made-up page: the bridge opens on Monday.\n"
    code = (
        "import hashlib\n"  # first: CPython's hashlib takes its own blake2b from _blake2 (PyPy has its own)
        "import sys\n"
        "sys.modules['_blake2'] = None\n"
        "from tuiarchive import hashing\n"
        "from tuiarchive.model import content_hash\n"
        "assert hashing.blake2b is hashlib.blake2b, hashing.blake2b\n"
        f"print(content_hash({data!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == hashlib.blake2b(data, digest_size=16).hexdigest()
