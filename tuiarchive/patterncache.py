"""The parser's compiled regular expressions kept between processes, as Python keeps bytecode.

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
`re._cache` and `_sre.compile` are CPython's internals: this is the one place that touches them,
pinned by tests/test_patterncache.py (equal programs, a damaged file ignored).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
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


def _sources() -> int:
    """The parser's sources as a .pyc knows its own: each module's name, size and mtime."""
    try:
        entries = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(_PARSER)
                         if e.name.endswith(".py"))  # fmt: skip
    except OSError:
        return 0
    return zlib.crc32(repr(entries).encode())


def _header() -> bytes:
    return f"tuiarchive patterns {_VERSION} {_sources():08x} {sys.version}\n".encode()


def preload(folder: Path | None = None) -> int:
    """Once a process: the saved patterns into re's cache; how many."""
    global _loaded
    if _loaded is not None:
        return len(_loaded)
    _loaded = set()
    cache = getattr(re, "_cache", None)
    if _sre is None or not isinstance(cache, dict):
        return 0
    try:
        data = cache_path(folder).read_bytes()
    except OSError:
        return 0
    header = _header()
    if not data.startswith(header) or len(data) < len(header) + 4:
        return 0
    body = data[len(header) : -4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        return 0
    made = {}
    try:
        for kind, source, flags, final, code, groups, groupindex, indexgroup in marshal.loads(body):
            key = (bytes if kind else str, source, flags)
            made[key] = _sre.compile(source, final, code, groups, groupindex, indexgroup)
    except Exception:  # anything unexpected: compile as usual
        return 0
    for key, pattern in made.items():
        if len(cache) >= getattr(re, "_MAXCACHE", 512):
            break
        cache.setdefault(key, pattern)
    _loaded = set(made)
    return len(made)


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
    path = cache_path(folder)
    if not os.access(path.parent if path.parent.is_dir() else path.parent.parent, os.W_OK):
        _rule_keys.clear()  # a read-only package: not tried again in this process
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
        temporary.write_bytes(_header() + body + zlib.crc32(body).to_bytes(4, "little"))
        os.replace(temporary, path)  # whole or not at all, whichever worker writes last
    except OSError:  # a full disk: compiled as usual next time, and not tried again here
        temporary.unlink(missing_ok=True)
        _rule_keys.clear()
        return False
    _loaded = set(keys)  # what the file holds now: the next job of this worker has nothing to add
    return True
