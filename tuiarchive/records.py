"""Plain records for what a search builds: fields in __slots__, equality, repr and (frozen)
hashing over them, as @dataclass gives them.

@dataclass compiles each class's methods from source at every start of the program (~0.3 ms
a class; a search defined 16 of them: issue 12). A record's class lists its fields in
`_fields` (every field, the base class's first) and writes its own __init__; the rest is here,
shared. tests/test_records.py holds them to the dataclass behaviour they replace.
"""

from __future__ import annotations

from typing import Any


class FrozenRecordError(AttributeError):
    """Assigning to a field of a frozen record (dataclasses.FrozenInstanceError's place)."""


class Record:
    """A record: `_fields` in order; equal to a record of the same class with equal fields."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    __hash__ = None  # type: ignore[assignment]  # mutable, as @dataclass(eq=True)


class FrozenRecord(Record):
    """A record whose fields cannot be assigned after __init__ (which sets them with
    object.__setattr__), hashable over its fields."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in self._fields))

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)
