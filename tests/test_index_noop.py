"""The no-op re-index's shortcuts answer as the plain code they replaced (issue 12): a file's
name told an article's by its suffix without os.path.splitext, and the catalog's file states
made only when asked for."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tuiarchive.catalog import Catalog, FileState
from tuiarchive.config import _NOT_ARTICLES, ARTICLE_SUFFIXES, is_article_name
from tuiarchive.formats import is_format_name
from tuiarchive.indexer.run import update_index


def _plain_is_article_name(name: str) -> bool:
    """config.is_article_name as it was, with os.path.splitext."""
    if name.startswith(".") or name.endswith("~"):
        return False
    stem, suffix = os.path.splitext(name)
    if stem.lower() in _NOT_ARTICLES:
        return False
    suffix = suffix.lower()
    if not suffix or not suffix[1:].isalnum() or len(suffix) > 8 or suffix[1:].isdigit():
        return True
    if suffix in ARTICLE_SUFFIXES:
        return True
    return is_format_name(name)


@given(st.text(alphabet="ab.~_-9 é", max_size=14))
@example("a.")
@example("a.b.c")
@example("a..")
@example("..a")
@example("README.md")
@example("x.warc.gz")
@example("Kursk. Nov 4")
def test_article_name_as_plain(name: str) -> None:
    assert is_article_name(name) == _plain_is_article_name(name)


def _plain_file_states(catalog: Catalog) -> dict[str, FileState]:
    """Catalog.file_states as it was: every row made a FileState at once."""
    ids: dict[str, list[str]] = {}
    for r in catalog.db.execute("SELECT path, id FROM files WHERE id IS NOT NULL"):
        ids.setdefault(r[0], []).append(r[1])
    rows = catalog.db.execute("SELECT path, id, size, mtime_ns, hash, status, reason FROM files WHERE member = ''")
    return {r["path"]: FileState(*r, ids=tuple(ids.get(r["path"], ()))) for r in rows}


def test_file_states_as_plain(tmp_path: Path) -> None:
    """Articles, a file that is no article (its reason), and what unchanged() and reason() say of each."""
    folder = tmp_path / "news"
    folder.mkdir()
    made_up = "A made-up paragraph, written for this test alone, long enough to be read as an article's text.\n"
    (folder / "one.txt").write_text("Made-up headline for a test\n\n" + made_up)
    (folder / "two.txt").write_text("Another made-up headline\n\n" + made_up)
    (folder / "empty.txt").write_text("")
    pieces = [json.dumps({"title": f"Made-up headline {n}", "text": made_up.strip()}) for n in range(3)]
    (folder / "three.jsonl").write_text("\n".join(pieces) + "\n")  # a container of three articles
    index = tmp_path / "ix"
    update_index(index, [folder], workers=1)
    catalog = Catalog(index)
    try:
        states, plain = catalog.file_states(), _plain_file_states(catalog)
        assert dict(states.items()) == plain and len(states) == 4 and set(states) == set(plain)
        assert states == plain and states.get("/nowhere") is None and "/nowhere" not in states
        for path, state in plain.items():
            assert states.unchanged(path, state.size, state.mtime_ns)
            assert not states.unchanged(path, state.size + 1, state.mtime_ns)
            assert not states.unchanged(path, state.size, state.mtime_ns + 1)
            assert states.reason(path) == state.reason
        assert any(state.reason for state in plain.values())  # the empty file failed
        assert len(states[str(folder / "three.jsonl")].ids) == 3 and len(states[str(folder / "one.txt")].ids) == 1
        assert not states.unchanged("/nowhere", 0, 0)
    finally:
        catalog.close()


def test_the_catalogs_pages_are_checked_before_its_first_change_not_at_its_opening(tmp_path: Path) -> None:
    """recovery.open_catalog: SQLite's quick_check (which reads the whole file) runs as the first
    transaction begins, once; reading the catalog (what a no-op re-index does) does not run it."""
    from tuiarchive.recovery import open_catalog

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("Made-up headline for a test\n\nA made-up paragraph, long enough to read.\n")
    index = tmp_path / "ix"
    update_index(index, [folder], workers=1)
    catalog = open_catalog(index)
    statements: list[str] = []
    catalog.db.set_trace_callback(statements.append)
    try:
        catalog.file_states()
        catalog.roots()
        assert not [s for s in statements if "quick_check" in s]
        with catalog.transaction():
            catalog.set_setting("made-up", "1")
        with catalog.transaction():
            catalog.set_setting("made-up", "2")
        assert len([s for s in statements if "quick_check" in s]) == 1
    finally:
        catalog.close()
