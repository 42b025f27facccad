"""Entry point: `python -m tuiarchive` and the `tuiarchive` script.

Kept tiny so that Ctrl-C while the heavier modules load ends with a short message, not a
traceback.
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_loading(signum: int, frame: object) -> None:
    # Nothing has been done yet, so leave at once: a KeyboardInterrupt raised inside the
    # import machinery is printed by Python as "Exception ignored ... Traceback" and lost.
    sys.stderr.write("tuiarchive: interrupted\n")
    os._exit(130)


def run() -> None:
    try:
        previous = signal.signal(signal.SIGINT, _interrupted_while_loading)
        from .patterncache import kept_while_loading

        with kept_while_loading():  # the patterns its modules compile, ready-made after the first run
            from .cli import main

        signal.signal(signal.SIGINT, previous)
        main()
    except KeyboardInterrupt:
        sys.stderr.write("tuiarchive: interrupted\n")
        sys.exit(130)
    finally:
        # the work is done or abandoned: a late Ctrl-C must not interrupt the clean-up
        # (multiprocessing's finalizers) with a traceback
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    run()
