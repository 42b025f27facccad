"""What the commands of `tuiarchive` (cli.py) share: their output, exit statuses and --index
option, failing in one line, and finding and opening the archive.

No `from __future__ import annotations` (as in cli.py): IndexOption is read by typer.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

from . import config as cfg
from .commandline import Context, Option
from .styled import Output
from .text import one_line

if TYPE_CHECKING:
    from .archive import Archive


def pipe_closed() -> NoReturn:
    """The reader of our output went away (`| head -1`): that is a normal end, not an error.
    Point stdout at /dev/null so the interpreter's last flush cannot complain, and exit 0."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


def output_failed(reason: str) -> NoReturn:
    """Our output cannot be written (a full disk, stdout closed before we started): one line on
    stderr and status 1, stdout pointed at /dev/null so the interpreter's last flush of what is
    left in its buffer does not fail again with a traceback."""
    if sys.stdout is not None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    fail(f"cannot write the output: {reason}")


out = Output(on_broken_pipe=pipe_closed, on_failure=output_failed)
err = Output(stderr=True)

EXIT_FAILED = 1  # some files failed / nothing found
EXIT_USAGE = 2  # the command line or query cannot be used
EXIT_BUSY = 3  # another indexer holds the index

# A str, not a Path: a Path folds the "//" of a connection string (postgresql:///db names no host)
IndexOption = Annotated[
    str | None,
    Option(
        "--index",
        help=f"Index folder or postgresql:// connection string (default: ${cfg.ENV_INDEX}, else this "
        "checkout's index/, else a per-user folder).",
        show_default=False,
    ),
]


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    err.print(f"tuiarchive: {one_line(message)}", style="red")
    raise SystemExit(code)


def locate(ctx: Context, index: str | None) -> cfg.IndexLocation:
    """The command's own --index, else the one given before the command, else the defaults."""
    location = cfg.locate_index(index or ctx.root_index)
    if isinstance(location.path, Path) and location.path.exists() and not location.path.is_dir():
        fail(f"{location.path} is a file, not an index folder (index {location.reason})", EXIT_USAGE)
    return location


@contextmanager
def open_archive(location: cfg.IndexLocation) -> Iterator["Archive"]:
    """The archive, closed at the end; damage met while reading it is one line, not a traceback."""
    from .archive import Archive, ArchiveDamaged, ArchiveMissing

    try:
        archive = Archive(location.path)
    except ArchiveMissing as exc:
        fail(f"{exc} (index {location.reason})")
    try:
        with archive:
            yield archive
    except ArchiveDamaged as exc:
        fail(str(exc))


def engine_failure(exc: Exception, target: Path) -> NoReturn:
    """The engine's errors (a busy index, damage whoosh met while merging) as one line; any
    other error goes on. The engine is imported here, on the way out of a failed run: a
    re-index that finds nothing to do never loads it."""
    from .engine import IndexBusy, IndexUnreadable

    if isinstance(exc, IndexUnreadable):
        fail(f"the index in {target} cannot be read ({exc}): run `tuiarchive index --rebuild`", EXIT_USAGE)
    if isinstance(exc, IndexBusy):
        fail(f"{exc}; wait for it to finish and try again", EXIT_BUSY)
    raise exc


def print_json(data: Any) -> None:
    import json

    # ensure_ascii keeps any control character escaped: JSON output is always safe to print
    write_stdout(json.dumps(data, ensure_ascii=True, indent=1) + "\n")


def write_stdout(text: str) -> None:
    if sys.stdout is None:
        output_failed("standard output is closed")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        pipe_closed()
    except OSError as exc:
        output_failed(exc.strerror or str(exc))
