"""Entry point: `python -m tuiarchive` and the `tuiarchive` script.

Kept tiny so that Ctrl-C while the heavier modules load ends with a short message, not a
traceback.
"""

from __future__ import annotations

import signal
import sys


def run() -> None:
    try:
        from .cli import main

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
