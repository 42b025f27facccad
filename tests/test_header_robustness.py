"""benchmarks.header_robustness --misses: what each miss read, wrong or null, on our own fixture pages."""

from __future__ import annotations

from benchmarks.header_robustness import Miss, Sample, format_misses, measure
from tuiarchive.parser.evaluate import own_sets


def _no_headline(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    """The headline line (and the browser title naming it) dropped: the title must be missed."""
    if s.headline is None:
        return None
    drop = {s.headline} | ({s.browser} if s.browser is not None else set())
    return [t for k, t in enumerate(s.lines) if k not in drop], "page.txt"


def test_misses_are_listed_with_what_was_read() -> None:
    pages = next(s for s in own_sets() if s.name == "fixtures/pages")
    misses: list[Miss] = []
    perturbations = {"as-is": lambda s, _: None, "no-headline": _no_headline}
    cells, _ = measure([pages], ("title",), {pages.name: {"LOSO": {}}}, perturbations, misses)
    assert cells[pages.name, "as-is", "LOSO", "title"].percent() == "100"
    lost = [m for m in misses if m.perturbation == "no-headline"]
    assert lost and all(m.field == "title" and m.perturbation != "as-is" for m in misses)
    assert all(m.want and m.got != m.want for m in lost)  # the label beside what was read instead


def test_wrong_and_null_are_told_apart() -> None:
    misses = [
        Miss("set", "as-is", "a.txt", "author", None, "Jane Roe"),
        Miss("set", "as-is", "b.txt", "author", "Site Name", "John Doe"),
        Miss("set", "bare", "a.txt", "author", None, "Jane Roe"),  # missed as saved too: not repeated
        Miss("set", "bare", "c.txt", "title", "Menu", "Harbour bridge opens"),
    ]
    text = format_misses(misses)
    assert "set as-is author a.txt: null  None (label 'Jane Roe')" in text
    assert "set as-is author b.txt: wrong 'Site Name' (label 'John Doe')" in text
    assert "set bare author a.txt" not in text
    assert "set bare title c.txt: wrong 'Menu'" in text
    assert "set author: 1 wrong, 1 null" in text
