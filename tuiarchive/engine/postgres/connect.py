"""Connections to the archive's server: one clear line when it cannot be reached, and the
password kept out of every message."""

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
