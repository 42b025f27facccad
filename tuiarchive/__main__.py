"""Entry point: `python -m tuiarchive` and the `tuiarchive` script.

Kept tiny so that Ctrl-C while the heavier modules load ends with a short message, not a
traceback.
"""

from __future__ import annotations

import gc
import os
import signal
import sys


def _interrupted_while_loading(signum: int, frame: object) -> None:
    # Nothing has been done yet, so leave at once: a KeyboardInterrupt raised inside the
    # import machinery is printed by Python as "Exception ignored ... Traceback" and lost.
    sys.stderr.write("tuiarchive: interrupted\n")
    os._exit(130)


CTRL_C_AGAIN_AFTER_S = 0.001  # a Ctrl-C a finalizer could not take is given again this much later


def _ctrl_c_in_a_finalizer_is_heard(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that lands while a finalizer runs (`__del__`, e.g. whoosh's file lock released as
    it is collected) cannot leave it: Python printed it as "Exception ignored in ... Traceback" and
    went on as if no key was pressed (session 36, test_kills_late under load: an index run given
    Ctrl-C after its commits printed that and finished). Here it is given again a moment later, by
    a timer's signal (SIGALRM, used nowhere else): given at once it was raised inside this hook,
    and a thread started here can wait for a lock the collected code holds. The command's own
    Ctrl-C handling takes it then. Any other exception a finalizer raises is printed as before."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
        return
    signal.signal(signal.SIGALRM, _ctrl_c_again)
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, CTRL_C_AGAIN_AFTER_S)
            return
        except KeyboardInterrupt:  # the timer went off before this returned: taken here, so set again
            continue


def _ctrl_c_again(signum: int, frame: object) -> None:
    signal.raise_signal(signal.SIGINT)  # to the handler of the moment (ignored once the work is over)


def run() -> None:
    sys.unraisablehook = _ctrl_c_in_a_finalizer_is_heard
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
        # nor need the interpreter's exit walk every object the command made once more: its last
        # collections skip frozen objects (issue 12: `search` ~7% of its instructions, an index
        # run's end ~15 ms of CPU). Files and connections are closed by then, not by a collection.
        gc.freeze()


if __name__ == "__main__":
    run()
