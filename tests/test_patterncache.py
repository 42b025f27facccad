"""patterncache: the parser's compiled patterns saved by one process and taken by the next.

Each case runs in a fresh interpreter (re's cache and the module's state are per process)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from interrupting import make_corpus

from tuiarchive.indexer import PARALLEL_THRESHOLD

_PAGE = "\n".join(
    [
        "Edit post",
        "Harbour ferries return to the winter timetable",
        "By Jane Doe",
        "March 3, 2021 9:15 AM",
        "",
        "The ferry company said on Tuesday that its boats would keep the winter timetable until May,",
        "after a month in which two of its four vessels were out of service for repairs.",
        "Passengers were told to check the timetable before travelling, and to expect longer queues.",
        "",
        "Most popular",
        "Lighthouse keepers' cottages sold at auction",
    ]
)

# in a fresh interpreter: count what re compiles from here on
_COUNTING = """
import re
from re import _compiler
compiled = []
_compile = _compiler.compile
def counting(p, flags=0):
    compiled.append(p)
    return _compile(p, flags)
_compiler.compile = counting
"""


def _run(code: str, counting: bool = False) -> str:
    code = (_COUNTING if counting else "") + textwrap.dedent(code)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    return done.stdout


def _save(folder: Path, page: Path) -> str:
    """A first process: the rules loaded and used on a page (a few hundred times: the twins are
    made after 50 uses), then saved into `folder`."""
    return _run(
        f"""
        from pathlib import Path
        from tuiarchive import patterncache
        from tuiarchive.parser import parse_bytes
        patterncache.preload(Path({str(folder)!r}))
        data = Path({str(page)!r}).read_bytes()
        for _ in range(60):
            parse_bytes(data, {str(page)!r})
        import re
        re.compile("a pattern made after the rules loaded, as from a page's text")
        print(patterncache.save(Path({str(folder)!r})))
        print(patterncache.save(Path({str(folder)!r})))  # the next job of the same worker: nothing to add
        """
    )


@pytest.fixture(scope="module")
def _saved_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("patterns-saved")
    page = folder / "ferries.txt"
    page.write_text(_PAGE)
    assert _save(folder, page).split() == ["True", "False"]
    return folder


@pytest.fixture
def saved(_saved_once: Path, tmp_path: Path) -> Path:
    """A folder holding the page and the patterns file a first process saved after using the rules
    on it (_save): made once for the module (a fresh interpreter and 60 parses, ~1 s of CPU), each
    test given a copy of its own, which it may damage or add to."""
    shutil.copytree(_saved_once, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_patterns_saved_are_the_same_programs_and_spare_every_compile(saved: Path) -> None:
    tmp_path = saved
    page = tmp_path / "ferries.txt"
    out = _run(
        f"""
        from pathlib import Path
        from tuiarchive import patterncache
        from tuiarchive.parser import parse_bytes
        loaded = patterncache.preload(Path({str(tmp_path)!r}))
        data = Path({str(page)!r}).read_bytes()
        before = len(compiled)
        parse_bytes(data, {str(page)!r})  # the rules loaded: their patterns found in re's cache
        saved = set(key[1] for key in patterncache._loaded)
        print("loaded", loaded, "again", len(saved.intersection(compiled[before:])))
        sources = [key[1] for key in re._cache]
        assert not any("from a page's text" in s for s in sources if isinstance(s, str)), "saved a page's pattern"
        differ = [key for key, p in re._cache.items() if p != _compile(key[1], key[2])]
        print("differ", len(differ), differ[:3])
        print(patterncache.save(Path({str(tmp_path)!r})))  # nothing new: not written again
        """,
        counting=True,
    )
    words = out.split()
    assert int(words[1]) > 100, out  # the rules' ~140 patterns and their twins
    assert words[3] == "0", f"the rules compiled saved patterns again: {out}"
    assert "differ 0 " in out, out  # each saved program equals a fresh compile's (== compares programs)
    assert out.strip().endswith("False"), out


def test_a_damaged_or_foreign_file_or_one_of_another_parser_is_ignored(saved: Path) -> None:
    tmp_path = saved
    from tuiarchive import patterncache

    path = patterncache.cache_path(tmp_path)
    data = bytearray(path.read_bytes())
    for damage in ("flip", "header", "parser"):
        broken = bytearray(data)
        if damage == "flip":
            broken[len(broken) // 2] ^= 0x20
        elif damage == "header":  # another Python's
            broken = bytearray(data.replace(sys.version.encode(), b"2" + sys.version.encode()[1:], 1))
        path.write_bytes(bytes(broken))
        out = _run(
            f"""
            from pathlib import Path
            from tuiarchive import patterncache
            if {damage!r} == "parser":  # the parser's sources edited since the file was written
                patterncache._sources = lambda: 12345
            print(patterncache.preload(Path({str(tmp_path)!r})))
            from tuiarchive.parser import extract
            print(len(compiled))
            """,
            counting=True,
        )
        loaded, compiled = map(int, out.split())
        assert loaded == 0, f"{damage}: {out}"
        assert compiled > 100, f"{damage}: the rules were not compiled as usual: {out}"


def test_the_command_lines_patterns_are_kept_for_the_next_process(tmp_path: Path) -> None:
    """What the command line's modules and whoosh compile as they load (kept_while_loading: the entry
    point's import of cli.py, whoosh_loading's of whoosh) is saved by the first process and found by
    the next, the same programs; a pattern made after they loaded (from a query's words) is not kept."""
    code = f"""
        from pathlib import Path
        from tuiarchive import patterncache
        folder = Path({str(tmp_path)!r})
        del compiled[:]  # what importing tuiarchive compiled (dataclasses' pattern): before any block
        with patterncache.kept_while_loading(folder):
            import tuiarchive.cli
        re.compile("made from a query's words")
        with patterncache.kept_while_loading(folder):
            import tuiarchive.engine
        saved = patterncache._command_line
        differ = [key for key in saved if re._cache[key] != _compile(key[1], key[2])]
        print(len(compiled), len(saved), len(differ), any("query's words" in key[1] for key in saved))
    """
    first = _run(code, counting=True).split()
    second = _run(code, counting=True).split()
    assert int(first[0]) > 40 and int(first[1]) == int(first[0]) - 1, first  # all but the query's
    assert second == ["1", first[1], "0", "False"], (first, second)  # only the query's compiled
    assert patterncache_files(tmp_path) == [f"patterns-cli.{sys.implementation.cache_tag}"], list(tmp_path.iterdir())


def patterncache_files(folder: Path) -> list[str]:
    return sorted(p.name.rsplit("-", 1)[0] if p.name.startswith("patterns-cli.") else p.name for p in folder.iterdir())


def _index_with_a_copied_package(tmp_path: Path, articles: Path, name: str, **env_changes: str | None) -> Path:
    """`tuiarchive index` of `articles` with 2 workers, run as a user runs it, from a copy of the
    package without its __pycache__: the copy's parser folder, where the workers save the patterns."""
    import os

    import tuiarchive

    package = tmp_path / name / "tuiarchive"
    shutil.copytree(Path(tuiarchive.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    for key, value in env_changes.items():
        env.pop(key, None) if value is None else env.__setitem__(key, value)
    argv = [sys.executable, "-m", "tuiarchive", "--index", str(tmp_path / name / "ix"), "index", str(articles)]
    done = subprocess.run([*argv, "--workers", "2"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    said = done.stdout + done.stderr
    assert done.returncode == 0 and " added, " in done.stdout and "Traceback" not in done.stderr, said
    return package / "parser" / "__pycache__"


def test_an_indexing_run_saves_the_patterns_unless_bytecode_is_not_written(tmp_path: Path) -> None:
    """The workers' hook (build_job) writes the file where bytecode goes; a user who asked Python
    not to write bytecode (PYTHONDONTWRITEBYTECODE) gets no file either. The articles: as many as
    start the workers, the first lines of each (the samples whole were ~0.8 s more CPU a run)."""
    articles = tmp_path / "articles"
    make_corpus(articles, 1, files=PARALLEL_THRESHOLD, lines=8)
    saved = _index_with_a_copied_package(tmp_path, articles, "writes", PYTHONDONTWRITEBYTECODE=None)
    assert [p.name for p in saved.glob("patterns.*.bin")], f"no patterns file in {saved}"
    assert not list(saved.glob("*.tmp"))
    kept_out = _index_with_a_copied_package(tmp_path, articles, "no-bytecode", PYTHONDONTWRITEBYTECODE="1")
    assert not list(kept_out.glob("patterns.*")), list(kept_out.glob("*"))
