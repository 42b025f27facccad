"""docs/architecture.md names every module of the package, once, and no module that is gone."""

import re
from pathlib import Path

import tuiarchive

PACKAGE = Path(tuiarchive.__file__).parent
DOC = PACKAGE.parent / "docs" / "architecture.md"
ROW = re.compile(r"^\| `([^`]+\.py)` \| (.+) \|$", re.MULTILINE)


def _documented(text: str) -> list[str]:
    return [m.group(1) for m in ROW.finditer(text) if m.group(2).strip()]


def test_every_module_has_one_line_in_the_layout_doc() -> None:
    modules = sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))
    documented = _documented(DOC.read_text(encoding="utf-8"))
    assert sorted(set(documented)) == sorted(documented), "a module is listed twice"
    assert sorted(documented) == modules


def test_a_row_without_its_purpose_does_not_count() -> None:
    assert _documented("| `a.py` | reads a |\n| `b.py` |  |\n") == ["a.py"]
