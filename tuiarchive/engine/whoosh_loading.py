"""whoosh, loaded without two modules it imports for nothing (issue 12: every search pays them).

- whoosh.compat imports urllib.request (with http.client, email, ssl: ~20 ms) for
  `urlretrieve`, which no part of whoosh calls;
- whoosh.query.terms imports whoosh.lang.morph_en (~1,100 regular expressions compiled,
  ~9 ms) for `variations`, used only by the Variations query, which our parser never makes.

While whoosh.query loads (it loads both importers), each of the two is stood in for by a
module whose one function loads the real module when first called; the stand-ins leave
sys.modules straight after, so whoever imports the modules later (trafilatura, the tests)
gets the real ones. engine/__init__.py imports this module before any whoosh import. Part of
the wall around whoosh with whoosh_compat.py; tests/test_whoosh_compat.py pins it.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from typing import Any

# module -> the one name whoosh takes from it
STOOD_IN = {"urllib.request": "urlretrieve", "whoosh.lang.morph_en": "variations"}


def _deferred(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, loaded when first called (engine/whoosh_loading.py)"
    return call


def load_whoosh() -> None:
    if "whoosh.query" in sys.modules:
        return
    stand_ins = {}
    for module, name in STOOD_IN.items():
        if module in sys.modules:  # loaded already: nothing to save
            continue
        stand_in = types.ModuleType(module, f"stands in for {module} while whoosh loads")
        setattr(stand_in, name, _deferred(module, name))
        stand_ins[module] = sys.modules[module] = stand_in
    try:
        import whoosh.query  # noqa: F401 - whoosh.compat and whoosh.query.terms take the functions
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


load_whoosh()
