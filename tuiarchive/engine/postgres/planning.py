"""The planner's settings a searcher's statements run under (searching.py), sent only when
they change: typing searches words again and again, and each SET on its own would be a round
trip to a server that, on a busy machine, answers in its turn.

The three plans: the planner's own choice; words by their indexes (_index_first); a ranking
by RUM's index order (_ranked): the planner, misjudging how many match, would take the
matches from the index's bitmap and sort them by the distance, read from every match's row
(`people government b` at 100k, 2,476 matches: 100 ms against 39 ms, load 7).
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator

import psycopg

DEFAULT_PLAN = {"enable_seqscan": "on", "enable_bitmapscan": "on", "enable_sort": "on"}
WORDS_PLAN = {**DEFAULT_PLAN, "enable_seqscan": "off"}
RANKED_PLAN = {"enable_seqscan": "off", "enable_bitmapscan": "off", "enable_sort": "off"}


class Plans:
    """The planner's settings of each connection (by id()): as they are, and as the next
    statement wants them; a connection opened in place of a lost one takes over its wishes."""

    def __init__(self) -> None:
        self.now: dict[int, dict[str, str]] = {}
        self.wanted: dict[int, dict[str, str]] = {}
        # a lost connection -> the one opened in its place (moved): a block begun on the lost one
        # ends on its successor; weak, so an id() reused by a later connection finds nothing here
        self.successor: weakref.WeakKeyDictionary[psycopg.Connection, psycopg.Connection] = weakref.WeakKeyDictionary()

    @contextlib.contextmanager
    def planned(self, conn: psycopg.Connection, plan: dict[str, str]) -> Iterator[None]:
        """The planner's settings the statements sent in the block want on `conn` (execute sends
        what differs from the connection's, before the next statement): the settings stay on the
        connection after the block, so typing, which searches words again and again, sends them
        once rather than a round trip or two each search."""
        before = self.wanted.get(id(conn))
        self.wanted[id(conn)] = plan
        try:
            yield
        finally:
            while conn in self.successor:  # lost in the block: its wishes moved to the new one
                conn = self.successor[conn]
            if before is None:
                self.wanted.pop(id(conn), None)
            else:
                self.wanted[id(conn)] = before

    def moved(self, lost: psycopg.Connection, fresh: psycopg.Connection) -> None:
        """`fresh` opened in place of `lost`: it has the defaults (a new server process), and the
        settings the statements under way want are now its own (the statement sent again)."""
        self.now.pop(id(lost), None)
        self.now.pop(id(fresh), None)
        wanted = self.wanted.pop(id(lost), None)
        if wanted is not None:
            self.wanted[id(fresh)] = wanted
        self.successor[lost] = fresh

    def changes(self, conn: psycopg.Connection) -> dict[str, str]:
        """The settings the statement about to run wants and the connection lacks."""
        wanted = self.wanted.get(id(conn))
        now = self.now.get(id(conn), DEFAULT_PLAN)
        return {name: value for name, value in (wanted or {}).items() if now.get(name) != value}

    def execute(self, conn: psycopg.Connection, sql: str, params: object) -> list[tuple]:
        """The statement's rows, after the settings it wants (psycopg's errors raised as they are)."""
        changes = self.changes(conn)
        if not changes:
            return conn.execute(sql, params).fetchall()
        now = self.now.get(id(conn), DEFAULT_PLAN)
        self.now[id(conn)] = {}  # not known until the statement is done (then every setting is sent):
        with conn.pipeline():  # the settings go with the statement (no round trip of their own), and
            for name, value in sorted(changes.items()):  # an error undoes them with it
                conn.execute(f"SET {name} = {value}")
            cur = conn.execute(sql, params)
        rows = cur.fetchall()
        self.now[id(conn)] = {**now, **changes}
        return rows
