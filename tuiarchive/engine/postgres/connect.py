"""Connections to the archive's server: one clear line when it cannot be reached, and the
password kept out of every message.

A server that restarts (or a connection dropped by the network, a pooler, an administrator)
leaves every connection open before it broken for good: a reader's connection that is lost
is opened again by its next statement (lost(); the searcher's, the read-only catalog's and
the engine's own reads do so), which is then sent once more if it was the one that found
the connection lost. While the server is down, that says `cannot connect to ...` in one line."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import psycopg

from ...dburl import DatabaseIndex
from ..types import IndexUnreadable

T = TypeVar("T")
# psycopg logs what it ignores (a pipeline ended on a lost connection: "Error ignored terminating
# <psycopg.Pipeline [BAD]>"); with no handler anywhere, Python's last resort printed it on stderr
# beside our one line. An application that sets up logging still gets the records.
logging.getLogger("psycopg").addHandler(logging.NullHandler())
CONNECT_TIMEOUT = 10  # seconds to reach the server before saying it is down
APPLICATION = "tuiarchive"
CANCEL_RESEND = 0.25  # seconds before a statement's cancel is sent again while it is still under way


class DatabaseUnavailable(IndexUnreadable):
    """The server cannot be reached or refused us; str(exc) is one line, without the password."""


def explain(where: DatabaseIndex, exc: BaseException) -> str:
    """One line for a driver error, with no password and no raw connection string in it."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return where.scrub(text)


def connect(where: DatabaseIndex, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection, or DatabaseUnavailable saying why there is none."""
    try:
        return psycopg.connect(
            where.url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT, application_name=APPLICATION
        )
    except psycopg.Error as exc:
        raise DatabaseUnavailable(f"cannot connect to {where}: {explain(where, exc)}") from None


def lost(conn: psycopg.Connection) -> bool:
    """The connection can send nothing more: closed, or broken (the server went away)."""
    return conn.closed or conn.broken


def retry_once(
    conn: psycopg.Connection,
    reopen: Callable[[], psycopg.Connection],
    run: Callable[[psycopg.Connection], T],
    *,
    retry: bool = True,
    errors: tuple[type[BaseException], ...] = (psycopg.Error,),
) -> T:
    """run(conn) for a reader (the searcher, the read-only catalog, the engine's own reads: one
    rule for the three). A connection found lost, before the statement or by it (an error of
    `errors` with the connection lost after it), is closed and `reopen()` opens the one in its
    place (DatabaseUnavailable while the server is down), and the statement runs once more
    there: a reader's statements change nothing. `retry` False (a writer's transaction shares
    the connection: it is lost, said, not hidden): the error is raised as it is."""
    for again in (False, True):
        if retry and lost(conn):
            with contextlib.suppress(psycopg.Error):
                conn.close()
            conn = reopen()
        try:
            return run(conn)
        except errors:
            if again or not retry or not lost(conn):
                raise
    raise AssertionError("unreachable")


class Watcher:
    """Cancels a reader's statements on the server once their stop flag says so (the user
    typed on): one thread for all of a searcher's statements, asking the flag of each one under
    way every `poll` seconds, asleep while none is. A thread started for each statement and
    joined after it waited its turn to run twice a statement on a busy machine (a thread's
    start at load 20: p50 0.06 ms, p95 2.4, max 65)."""

    def __init__(self, poll: float) -> None:
        self._poll = poll
        self._lock = threading.Lock()
        self._watched: dict[int, tuple[psycopg.Connection, Callable[[], bool]]] = {}
        self._sent: dict[int, float] = {}  # when each watched statement's cancel was last sent
        self._next = 0
        self._wake = threading.Event()
        self._stop: threading.Event | None = None  # the running thread's (None: no thread; close() sets it)

    @contextlib.contextmanager
    def watching(self, conn: psycopg.Connection, cancelled: Callable[[], bool]) -> Iterator[None]:
        """The statement sent on `conn` in the block is cancelled once cancelled() says True;
        none is after the block (a cancel on its way is sent before the block ends)."""
        with self._lock:
            key, self._next = self._next, self._next + 1
            self._watched[key] = (conn, cancelled)
            if self._stop is None:  # (again after close(): a searcher used after it was closed)
                self._stop = threading.Event()
                threading.Thread(target=self._run, args=(self._stop,), name="tuiarchive-pg-cancel", daemon=True).start()
        self._wake.set()
        try:
            yield
        finally:
            with self._lock:
                self._watched.pop(key, None)
                self._sent.pop(key, None)

    def _run(self, stop: threading.Event) -> None:
        while self._wake.wait():
            time.sleep(self._poll)
            with self._lock:
                if stop.is_set():
                    return
                if not self._watched:
                    self._wake.clear()  # (a statement watched from now on sets it again)
                now = time.monotonic()
                for key, (conn, cancelled) in list(self._watched.items()):
                    if now - self._sent.get(key, now - CANCEL_RESEND) >= CANCEL_RESEND and _says_stop(cancelled):
                        # Sent again while the block lasts: a cancel that reaches the server before the
                        # statement does (a busy machine) is dropped there, and the statement would run on.
                        self._sent[key] = now
                        with contextlib.suppress(Exception):
                            conn.cancel_safe(timeout=2.0)

    def close(self) -> None:
        with self._lock:
            if self._stop is not None:
                self._stop.set()
                self._stop = None
        self._wake.set()


def _says_stop(cancelled: Callable[[], bool]) -> bool:
    """cancelled(), with a flag that fails taken for "go on" (the watcher serves every statement)."""
    try:
        return bool(cancelled())
    except Exception:
        return False
