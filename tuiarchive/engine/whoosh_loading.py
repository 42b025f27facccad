"""whoosh, loaded without modules it imports for nothing (issue 12: every search pays them).

- whoosh.compat imports urllib.request (with http.client, email, ssl: ~20 ms) for
  `urlretrieve`, which no part of whoosh calls, and html for `escape`, used only by its
  highlighter's HTML formatter (our snippets are our own); its compound files import
  shutil (with bz2 and lzma) for `copyfileobj`, used when one is written;
- whoosh.query.terms imports whoosh.lang.morph_en (~1,100 regular expressions compiled,
  ~9 ms) for `variations`, used only by the Variations query, which our parser never makes;
- whoosh imports tempfile (with shutil, bz2, lzma), calendar (with locale), random and queue
  whole, for temporary storage, the days of a month in a date query, new file names and
  threaded writing: none of them at a search;
- its hash tables hash their keys with hashlib's md5, which loads OpenSSL (~2 ms); the
  interpreter's own _md5 gives the same digest.

While whoosh loads (`WHOOSH`: the modules the engine imports from, and theirs), each of
these is stood in for: a module whose function loads the real module when first called
(`DEFERRED`), a module that loads the real one at the first use of any of its names (`LAZY`),
and md5. The stand-ins leave sys.modules straight after, so whoever imports the modules later
(trafilatura, the tests) gets the real ones. engine/__init__.py imports this module before any
whoosh import. Part of the wall around whoosh with whoosh_compat/; tests/test_whoosh_compat.py
pins it.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from typing import Any

# module -> the one name whoosh takes from it
DEFERRED = {
    "urllib.request": "urlretrieve",
    "whoosh.lang.morph_en": "variations",
    "html": "escape",
    "shutil": "copyfileobj",
}
LAZY = ("tempfile", "calendar", "random", "queue")  # imported whole
STOOD_IN = (*DEFERRED, *LAZY, "hashlib")
WHOOSH = ("whoosh.query", "whoosh.codec.whoosh3", "whoosh.searching", "whoosh.qparser", "whoosh.writing")


def _real(module: str) -> types.ModuleType:
    """The module itself, even while its stand-in is in sys.modules."""
    if isinstance(sys.modules.get(module), _StandIn):
        del sys.modules[module]
    return importlib.import_module(module)


class _StandIn(types.ModuleType):
    """A module loaded at the first use of one of its names."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asking (`from hashlib import md5` looks for __path__)
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _deferred(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, loaded when first called (engine/whoosh_loading.py)"
    return call


def _md5() -> Callable[..., Any]:
    """hashlib.md5 without OpenSSL: the builtin module's own, where the interpreter has it. Given
    to whoosh itself, not wrapped: a hash table hashes each key it looks up (about 90 a date
    query), and a wrapper that imported _md5 at each call cost 2.8 us a hash instead of 0.4."""
    try:
        from _md5 import md5
    except ImportError:  # pragma: no cover - a Python built without its own hashes
        return _deferred("hashlib", "md5")
    return md5


def load_whoosh() -> None:
    if all(module in sys.modules for module in WHOOSH):
        return
    stand_ins: dict[str, types.ModuleType] = {}
    for module in STOOD_IN:
        if module in sys.modules:  # loaded already: nothing to save
            continue
        stand_in = _StandIn(module, f"stands in for {module} while whoosh loads (engine/whoosh_loading.py)")
        if module in DEFERRED:
            setattr(stand_in, DEFERRED[module], _deferred(module, DEFERRED[module]))
        elif module == "hashlib":
            stand_in.md5 = _md5()  # type: ignore[attr-defined]
        stand_ins[module] = sys.modules[module] = stand_in
    from ..patterncache import kept_while_loading

    try:
        with kept_while_loading():  # whoosh's ~50 patterns (its query parser's, Porter's ...), ready-made
            for module in WHOOSH:
                importlib.import_module(module)
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


load_whoosh()
