"""An index on a database server: `--index postgresql://...` (or $TUIARCHIVE_INDEX).

A `DatabaseIndex` stands where an index folder would: the CLI prints it, the app shows it,
the indexer and the archive dispatch on it. Its str() and repr() never hold the password
(the connection string's own, or a `password=` parameter): only `.url`, which goes to the
driver, does. Nothing here imports the driver, so naming a database costs no start-up time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SCHEMES = ("postgresql", "postgres")
_URL_RE = re.compile(r"^(postgresql|postgres):", re.IGNORECASE)
# a Path made of a connection string has lost its "//" (pathlib folds repeated slashes)
_FOLDED_RE = re.compile(r"^(?:.*/)?(postgresql|postgres):/(?!/)", re.IGNORECASE)
_SECRET_KEYS = {"password", "passfile", "sslpassword"}


DRIVER_MISSING = "an archive on PostgreSQL needs psycopg: pip install 'tuiarchive[postgresql]'"


def driver_missing() -> str | None:
    """The line to show when the PostgreSQL driver is not installed, else None."""
    import importlib.util

    return None if importlib.util.find_spec("psycopg") else DRIVER_MISSING


def is_database(location: object) -> bool:
    return isinstance(location, DatabaseIndex)


def database_url(text: str | Path) -> str | None:
    """The connection string `text` names, or None when it is a folder. A Path of one (typer
    turns --index into a Path, which folds "//" into "/") gets its slashes back; give the host
    (`postgresql://localhost/db`, a socket folder as `postgresql://%2Frun%2Fpostgresql/db`):
    `postgresql:///db` cannot be told from `postgresql://db` once folded."""
    raw = str(text)
    if isinstance(text, Path):
        m = _FOLDED_RE.match(raw)
        if not m:
            return None
        return f"{m.group(1)}://{raw[m.end() :]}"
    return raw if _URL_RE.match(raw) else None


def mask(url: str) -> str:
    """The connection string without its password, to print or log."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://(unreadable connection string)"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{host}" if user else host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _SECRET_KEYS])
    shown = urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    if not netloc and url.startswith(f"{parts.scheme}://"):  # no host (postgresql:///db): urlunsplit drops the //
        shown = f"{parts.scheme}://{shown[len(parts.scheme) + 1 :]}"
    return shown


@dataclass(frozen=True)
class DatabaseIndex:
    """An archive on a PostgreSQL server."""

    url: str = field(repr=False)  # holds the password, if any: only for the driver

    def __str__(self) -> str:
        return mask(self.url)

    def __repr__(self) -> str:
        return f"DatabaseIndex({mask(self.url)!r})"

    @property
    def name(self) -> str:
        return self.__str__()

    def scrub(self, text: str) -> str:
        """`text` (an error message, say) with the password and the raw connection string out."""
        from urllib.parse import unquote

        password = self.password
        text = text.replace(self.url, str(self))
        for secret in {password, unquote(password)} if password else ():
            text = text.replace(secret, "***")
        return text

    @property
    def password(self) -> str | None:
        from urllib.parse import parse_qsl, urlsplit

        try:
            parts = urlsplit(self.url)
        except ValueError:
            return None
        found = parts.password
        for key, value in parse_qsl(parts.query):
            if key in _SECRET_KEYS and key != "passfile":
                found = value
        return found or None
