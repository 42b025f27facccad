"""The command line's end (tuiarchive/__main__.py): what the command made is frozen for the
interpreter's exit, whose last collections then skip it (issue 12), and all its output is there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: sys.stderr.write(f"frozen at exit: {{gc.get_freeze_count()}}\\n"))
sys.argv = {argv!r}
from tuiarchive.__main__ import run
run()
"""


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    code = _AT_EXIT.format(argv=["tuiarchive", *argv])
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_a_commands_objects_are_frozen_for_the_exit_and_its_output_is_whole(samples_index: Path) -> None:
    done = _run(["search", "olst", "--json", "--index", str(samples_index)])
    assert done.returncode == 0 and done.stdout.rstrip().endswith("}"), done.stderr
    frozen = int(done.stderr.rsplit("frozen at exit: ", 1)[1].split()[0])
    assert frozen > 10_000  # the modules, the engine, the hits: all of it
    failed = _run(["search", "title:(", "--index", str(samples_index)])  # a bad query ends the same way
    assert failed.returncode == 2 and "frozen at exit: " in failed.stderr
