"""The parser's (and the command line's) compiled regular expressions kept between processes, as Python keeps bytecode.

The parser's modules compile ~140 patterns when they load and ~15 case-exact twins (anycase)
during the first pages: ~50 ms of CPU in every indexing worker, on its way to its first file,
and in every `show`. What `re` compiles depends only on the pattern, its flags and the
interpreter: `_sre.compile` takes the compiled program as a list of numbers, so a program saved
by an earlier process makes the same pattern (equal to a fresh compile: `==` compares the
programs) without the compiler's Python code. `preload()` puts the saved ones in `re`'s own
cache, where `re.compile` finds them; `save()` writes those of the parser's rules once an indexing
job has used them (only what the rules' modules compiled when they loaded, and the twins: never
a pattern built from a page's text).

The file sits in the package's `__pycache__` beside the bytecode, named for the interpreter
and SRE's version, and is written as bytecode is (not under PYTHONDONTWRITEBYTECODE, nor where
the package is read-only: then not tried again in that process). Its header names the parser's
sources (their names, sizes and mtimes, as a .pyc names its source): a parser edited since
starts a new file, so patterns no rule uses any more are not kept for good. A file that does
not read back whole (its checksum), from another interpreter or another parser, or that `_sre`
refuses, is ignored: the patterns are compiled as they always were.

The command line's modules and whoosh compile ~70 more as they load, in every `search`, `show`
and `stats` (~40M instructions of a search's ~390M): `kept_while_loading` keeps those compiled
inside its block (the entry point's import of cli.py, whoosh_loading's of whoosh: a module's own
patterns, never one made from a query) in a second file beside the package's bytecode, named for
the package's and the engine's sources, written by the first process that compiled them.
`re._cache` and `_sre.compile` are CPython's internals: this is the one place that touches them,
pinned by tests/test_patterncache.py (equal programs, a damaged file ignored).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import _sre

    _MAGIC = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # not CPython's re: nothing to keep
    _sre = None
    _MAGIC = ""

_VERSION = 2  # of this file's layout
_PARSER = Path(__file__).parent / "parser"
_FOLDER = _PARSER / "__pycache__"

_loaded: set[tuple] | None = None  # the keys preload() put in re's cache (None: not asked yet)
_rule_keys: set[tuple] = set()  # re's cache keys of what the rules' modules compiled when they loaded


def cache_path(folder: Path | None = None) -> Path:
    return (folder or _FOLDER) / f"patterns.{_MAGIC}.bin"


def _sources(folders: tuple[Path, ...] = (_PARSER,)) -> int:
    """The parser's sources (or other folders') as a .pyc knows its own: each module's name, size and mtime."""
    try:
        entries = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for folder in folders
                         for e in os.scandir(folder) if e.name.endswith(".py"))  # fmt: skip
    except OSError:
        return 0
    return zlib.crc32(repr(entries).encode())


def _header(folders: tuple[Path, ...] | None = None) -> bytes:
    sources = _sources() if folders is None else _sources(folders)
    return f"tuiarchive patterns {_VERSION} {sources:08x} {sys.version}\n".encode()


def preload(folder: Path | None = None) -> int:
    """Once a process: the saved patterns into re's cache; how many."""
    global _loaded
    if _loaded is not None:
        return len(_loaded)
    _loaded = _read(cache_path(folder), _header())
    return len(_loaded)


def _read(path: Path, header: bytes) -> set[tuple]:
    """The patterns saved in `path` put in re's cache; their keys (none from a file that is not whole,
    not of this interpreter, or not of these sources)."""
    cache = getattr(re, "_cache", None)
    if _sre is None or not isinstance(cache, dict):
        return set()
    try:
        data = path.read_bytes()
    except OSError:
        return set()
    if not data.startswith(header) or len(data) < len(header) + 4:
        return set()
    body = data[len(header) : -4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        return set()
    made = {}
    try:
        for kind, source, flags, final, code, groups, groupindex, indexgroup in marshal.loads(body):
            key = (bytes if kind else str, source, flags)
            made[key] = _sre.compile(source, final, code, groups, groupindex, indexgroup)
    except Exception:  # anything unexpected: compile as usual
        return set()
    for key, pattern in made.items():
        if len(cache) >= getattr(re, "_MAXCACHE", 512):
            break
        cache.setdefault(key, pattern)
    return set(made)


def load_rules() -> None:
    """Import the parser's rules (parser.extract and what it imports), their patterns taken from
    the saved ones where there are, and note which patterns the rules compiled."""
    if "tuiarchive.parser.extract" in sys.modules:
        return
    preload()
    cache = getattr(re, "_cache", None)
    before = set(cache) if isinstance(cache, dict) else set()
    from .parser import extract  # noqa: F401

    if isinstance(cache, dict):
        _rule_keys.update(key for key in cache if key not in before)
        _rule_keys.update(_loaded or ())  # those the rules found ready-made


def save(folder: Path | None = None) -> bool:
    """Write the rules' patterns and twins when some were compiled here (not found saved):
    once after an upgrade, then never again. True when written."""
    global _loaded
    cache = getattr(re, "_cache", None)
    if _sre is None or not isinstance(cache, dict) or not _rule_keys or (folder is None and sys.dont_write_bytecode):
        return False
    from .parser.anycase import twins

    wanted = {id(twin) for twin in twins()}
    keys = [key for key, pattern in cache.items() if key in _rule_keys or id(pattern) in wanted]
    if not keys or (_loaded is not None and set(keys) <= _loaded):
        return False
    if not _write(cache_path(folder), _header(), keys):
        _rule_keys.clear()  # a read-only package, a full disk: not tried again in this process
        return False
    _loaded = set(keys)  # what the file holds now: the next job of this worker has nothing to add
    return True


def _write(path: Path, header: bytes, keys: list[tuple]) -> bool:
    """The programs of the patterns `keys` written to `path` (whole or not at all); False when they cannot be."""
    if not os.access(path.parent if path.parent.is_dir() else path.parent.parent, os.W_OK):
        return False
    from re import _compiler, _parser  # type: ignore[attr-defined]

    entries = []
    for kind, source, flags in keys:
        parsed = _parser.parse(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        code = [int(op) for op in _compiler._code(parsed, flags)]
        entries.append((kind is bytes, source, int(flags), int(flags | parsed.state.flags), code,
                        parsed.state.groups - 1, groupindex, tuple(indexgroup)))  # fmt: skip
    body = marshal.dumps(entries)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(header + body + zlib.crc32(body).to_bytes(4, "little"))
        os.replace(temporary, path)  # whole or not at all, whichever process writes last
    except OSError:  # a full disk: compiled as usual next time
        temporary.unlink(missing_ok=True)
        return False
    return True


# ---------------------------------------------------------------------- the command line's patterns
# The command line's own modules (text, query, dburl ...) and whoosh's compile ~70 patterns as they
# load: ~40M instructions of a `tuiarchive search`'s ~390M (a bare interpreter: 88M). Kept as the
# parser's are, in a file of their own beside the package's bytecode, named for these sources.
_PACKAGE = Path(__file__).parent
_COMMAND_LINE = (_PACKAGE, _PACKAGE / "engine", _PACKAGE / "engine" / "whoosh_compat")
_command_line: set[tuple] | None = None  # the keys read from the command line's file (None: not yet)
_command_line_header = b""  # its header: these sources (read with the file)
_command_line_unwritable = False


def command_line_path(folder: Path | None = None) -> Path:
    return (folder or _PACKAGE / "__pycache__") / f"patterns-cli.{_MAGIC}.bin"


@contextmanager
def kept_while_loading(folder: Path | None = None) -> Iterator[None]:
    """Modules imported inside this block (`tuiarchive.cli` from the entry point, whoosh from the
    engine) find the patterns they compile ready-made when an earlier process saved them; those it
    had to compile are saved for the next one (written as bytecode is: not under
    PYTHONDONTWRITEBYTECODE nor in a read-only package). Only patterns compiled while the block's
    modules load: a module's own, never one made from a user's query or a page."""
    global _command_line, _command_line_header, _command_line_unwritable
    cache = getattr(re, "_cache", None)
    if _sre is None or not isinstance(cache, dict):
        yield
        return
    if _command_line is None:
        _command_line_header = _header(_COMMAND_LINE)  # the sources stat'ed once a process (~0.6 ms)
        _command_line = _read(command_line_path(folder), _command_line_header)
    header = _command_line_header
    before = set(cache)
    try:
        yield
    finally:
        compiled = [key for key in cache if key not in before]
        if compiled and not _command_line_unwritable and (folder is not None or not sys.dont_write_bytecode):
            keys = [key for key in cache if key in _command_line] + compiled
            if _write(command_line_path(folder), header, keys):
                _command_line = set(keys)
            else:
                _command_line_unwritable = True  # not tried again in this process
