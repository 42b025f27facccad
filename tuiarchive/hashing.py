"""blake2b without loading OpenSSL: CPython's private `_blake2` module, with hashlib's as the fallback.

`import hashlib` loads OpenSSL's library as well (~3 ms of CPU in every indexing worker, and in
`tuiarchive parse`), which blake2b does not use. `_blake2` is undocumented CPython (PyPy and other
builds may lack it or differ): this is the one place that touches it, pinned by tests/test_paths.py
(the same digests as hashlib's, and the fallback when it is missing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _find_blake2b() -> Callable[..., Any]:
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python without it, e.g. PyPy (tests/test_paths.py runs this)
        from hashlib import blake2b
    return blake2b


blake2b: Callable[..., Any] = _find_blake2b()  # found once, when the module is imported
