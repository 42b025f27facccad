"""What whoosh raises when a segment's bytes are not what it wrote, as IndexUnreadable."""

from __future__ import annotations

import functools
import pickle
import struct
import zlib

from ..types import IndexUnreadable

# ---------------------------------------------------------------------- damage
# what whoosh raises when a segment's bytes are not what it wrote (bit rot, a truncated file)
DECODE_ERRORS = (zlib.error, pickle.UnpicklingError, struct.error, EOFError)
# ... and its posting-block reader, a bare Exception, when a block's tag is not its own
_BLOCK_TAG_ERROR = "Block tag error"


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` is what reading a damaged segment raises."""
    return isinstance(exc, DECODE_ERRORS) or (type(exc) is Exception and str(exc).startswith(_BLOCK_TAG_ERROR))


def damage_is_unreadable(method):
    """The method, raising IndexUnreadable("damaged ...") for whoosh's decode errors."""

    @functools.wraps(method)
    def reading(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            if not is_damage(exc):
                raise
            kind = type(exc)
            name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__.lstrip('_')}.{kind.__name__}"
            raise IndexUnreadable(f"damaged: {name} reading a segment") from exc

    return reading
