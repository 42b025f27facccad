"""The core (parsing, indexing, search, CLI) never imports the TUI."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_no_textual() -> None:
    code = (
        "import sys\n"
        "import tuiarchive.cli, tuiarchive.archive, tuiarchive.indexer, tuiarchive.parser\n"
        "import tuiarchive.memory, tuiarchive.export\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_only_engine_imports_whoosh() -> None:
    from pathlib import Path

    import tuiarchive

    package = Path(tuiarchive.__file__).parent
    importers = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "import whoosh" in p.read_text() or "from whoosh" in p.read_text()
    )
    assert importers == ["engine.py"]
