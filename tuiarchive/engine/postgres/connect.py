"""Connections to the archive's server: one clear line when it cannot be reached, and the
password kept out of every message.

A server that restarts (or a connection dropped by the network, a pooler, an administrator)
leaves every connection open before it broken for good: a reader's connection that is lost
is opened again by its next statement (lost(); the searcher's, the read-only catalog's and
the engine's own reads do so), which is then sent once more if it was the one that found
the connection lost. While the server is down, that says `cannot connect to ...` in one line."""

from __future__ import annotations

import psycopg

from ...dburl import DatabaseIndex
from ..types import IndexUnreadable

CONNECT_TIMEOUT = 10  # seconds to reach the server before saying it is down
APPLICATION = "tuiarchive"


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
