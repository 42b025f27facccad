"""The timeline: the matches of the search by month, as a one-line histogram above the
results. A click on a bar (or `t` and a pick) narrows the search's `date:` to it."""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from rich.text import Text
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

BLOCKS = " ▁▂▃▄▅▆▇█"
MAX_CELL = 4  # the widest a month's bar is drawn


@dataclass(frozen=True, slots=True)
class Bar:
    first: str  # "2025-01"
    last: str  # the same month, or the last of the months the bar holds
    count: int

    @property
    def label(self) -> str:
        return self.first if self.first == self.last else f"{self.first} to {self.last}"

    def date_query(self) -> str:
        """The `date:` term for the bar."""
        if self.first == self.last:
            return f"date:{self.first}"
        year, month = (int(x) for x in self.last.split("-"))
        end = calendar.monthrange(year, month)[1]
        return f"date:[{self.first}-01 to {self.last}-{end:02d}]"


def all_months(months: dict[str, int]) -> list[tuple[str, int]]:
    """Every month from the first to the last with matches, the empty ones too."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = (int(x) for x in first.split("-"))
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append((key, months.get(key, 0)))
        if key >= last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def bars(months: dict[str, int], width: int) -> list[Bar]:
    """The months grouped into at most `width` bars of equal length (in months)."""
    spread = all_months(months)
    if not spread or width <= 0:
        return []
    per_bar = -(-len(spread) // width)  # ceiling
    return [
        Bar(group[0][0], group[-1][0], sum(n for _, n in group))
        for group in (spread[k : k + per_bar] for k in range(0, len(spread), per_bar))
    ]


class Timeline(Static):
    """One line: first month, the bars, last month."""

    class Narrow(Message):
        def __init__(self, bar: Bar) -> None:
            super().__init__()
            self.bar = bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.months: dict[str, int] = {}
        self.bars: list[Bar] = []
        self._bars_start = 0  # the column where the first bar is drawn
        self._cell = 1  # columns per bar: few months get wider bars

    def show(self, months: dict[str, int]) -> None:
        self.months = months
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if not self.months:
            self.bars = []
            self.update(Text("timeline: no dated matches", style="dim"))
            return
        first, last = min(self.months), max(self.months)
        room = max(1, self.size.width - len(first) - len(last) - 2)
        self.bars = bars(self.months, room)
        self._cell = max(1, min(MAX_CELL, room // len(self.bars)))
        top = max(bar.count for bar in self.bars) or 1
        text = Text(first + " ", style="dim")
        self._bars_start = len(text)
        for bar in self.bars:
            level = 0 if not bar.count else max(1, round(bar.count / top * (len(BLOCKS) - 1)))
            text.append(BLOCKS[level] * self._cell, style="bold" if bar.count == top else "")
        text.append(" " + last, style="dim")
        self.update(text)

    def bar_at(self, x: int) -> Bar | None:
        index = (x - self._bars_start) // self._cell if x >= self._bars_start else -1
        return self.bars[index] if 0 <= index < len(self.bars) else None

    def on_click(self, event: Click) -> None:
        bar = self.bar_at(event.x)
        if bar is not None and bar.count:
            self.post_message(self.Narrow(bar))
