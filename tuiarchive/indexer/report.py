"""What an indexing run reports."""

from __future__ import annotations

from collections.abc import Callable

from ..records import Record


class IndexReport(Record):
    __slots__ = _fields = ("added", "updated", "removed", "unchanged", "failed", "missing_roots", "notices", "seconds")

    def __init__(
        self,
        added: int = 0,
        updated: int = 0,
        removed: int = 0,
        unchanged: int = 0,
        failed: list[tuple[str, str]] | None = None,
        missing_roots: list[str] | None = None,
        notices: list[str] | None = None,
        seconds: float = 0.0,
    ) -> None:
        self.added, self.updated, self.removed, self.unchanged = added, updated, removed, unchanged
        self.failed = [] if failed is None else failed
        self.missing_roots = [] if missing_roots is None else missing_roots
        self.notices = [] if notices is None else notices
        self.seconds = seconds

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged, {len(self.failed)} failed ({self.seconds:.1f} s)"
        )


Progress = Callable[[int, int], None]  # (done, total) files read so far
