"""Issue 9: a search the user has typed past stops using the processor.

The app's workers pass a stop flag (a plain callable) into Archive.search / facets; the engine
looks at it between segments and every so many postings or matches, on the fast path and on
whoosh's, and stops with SearchCancelled, which the worker swallows."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from conftest import SAMPLES, settled

from tuiarchive.app import main
from tuiarchive.app.main import ArchiveApp, SearchDone
from tuiarchive.archive import Archive, SearchCancelled
from tuiarchive.engine import fastpath, writing
from tuiarchive.memory import Memory

# the fast path (words, phrases, everything), whoosh's matchers (a wildcard, a boost, a NOT
# of a phrase) and the ORed words of the fast path's union
QUERIES = ["bridge", '"city council"', "", "bri*", "title:bank^2 OR museum", 'city NOT "x y"', "bridge OR museum"]


@pytest.fixture(scope="module")
def segmented_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples in several segments (the stop flag is looked at between them)."""
    from tuiarchive.indexer import update_index

    tmp = tmp_path_factory.mktemp("segmented")
    tiny = writing.TINY_SEGMENT
    writing.TINY_SEGMENT = 1  # keep the segments apart
    try:
        files = sorted(SAMPLES.glob("*.txt"))
        roots = []
        for start in range(0, len(files), 12):
            root = tmp / f"batch{start:02d}"
            root.mkdir()
            for f in files[start : start + 12]:
                shutil.copy(f, root / f.name)
            roots.append(root)
            update_index(tmp / "index", roots, workers=1)
    finally:
        writing.TINY_SEGMENT = tiny
    return tmp / "index"


@pytest.mark.parametrize("query", QUERIES)
def test_a_search_whose_flag_is_set_stops(segmented_index: Path, query: str) -> None:
    with Archive(segmented_index) as archive:
        assert archive.search(query, cancelled=lambda: False).total > 0  # the flag alone changes nothing
        with pytest.raises(SearchCancelled):
            archive.search(query, cancelled=lambda: True)
        with pytest.raises(SearchCancelled):
            archive.facets(query, cancelled=lambda: True)


@pytest.mark.parametrize("query", QUERIES)
def test_the_flag_is_looked_at_between_segments(segmented_index: Path, query: str) -> None:
    """However far the search has gone when the flag flips, it stops: a flag that turns True at
    its k-th look stops the search for every k, and it is looked at more often than once per
    segment, on both paths."""
    with Archive(segmented_index) as archive:
        segments = len(archive._searcher._s.leaf_searchers())
        assert segments >= 3
        for fast_path in (True, False):
            archive._searcher.fast_path = fast_path
            looks = 0

            def count() -> bool:
                nonlocal looks
                looks += 1
                return False

            whole = archive.search(query, limit=5, cancelled=count)
            assert looks > segments, (fast_path, looks)
            for k in range(2, looks + 1):
                seen = 0

                def flips(k: int = k) -> bool:
                    nonlocal seen
                    seen += 1
                    return seen >= k

                with pytest.raises(SearchCancelled):
                    archive.search(query, limit=5, cancelled=flips)
            assert archive.search(query, limit=5).total == whole.total


def test_the_fast_path_stops_after_the_first_segment(segmented_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The flag flips once the first segment's postings are read: no other segment is read."""
    flag = threading.Event()
    read_in: list[str] = []
    postings = fastpath._postings

    def reading(reader, *args, **kwargs):
        read_in.append(reader.segment().segment_id())
        found = postings(reader, *args, **kwargs)
        flag.set()
        return found

    monkeypatch.setattr(fastpath, "_postings", reading)
    with Archive(segmented_index) as archive:
        archive.drop_caches()
        with pytest.raises(SearchCancelled):
            archive.search("city council", cancelled=flag.is_set)
    assert len(set(read_in)) == 1


class SlowArchive(Archive):
    """A search for "slow" runs until its stop flag is set (as a costly query would), and
    records whether it was stopped or ran to its end."""

    def __init__(self, index_dir: Path) -> None:
        super().__init__(index_dir)
        self.started = threading.Event()
        self.stopped = threading.Event()
        self.finished = threading.Event()

    def search(self, text: str, *, cancelled=None, **kwargs):
        if "slow" in text:
            self.started.set()
            for _ in range(2000):  # bounded, so that a search nobody stops ends the test
                if cancelled is not None and cancelled():
                    self.stopped.set()
                    raise SearchCancelled
                threading.Event().wait(0.005)
            self.finished.set()
        return super().search(text, cancelled=cancelled, **kwargs)


class RecordingApp(ArchiveApp):
    CSS_PATH = Path(main.__file__).with_name(ArchiveApp.CSS_PATH)  # relative to this class's module otherwise
    posted: list[str] | None = None

    def on_search_done(self, message: SearchDone) -> None:
        if self.posted is not None:
            self.posted.append(message.page.query if message.page else f"error: {message.error}")
        super().on_search_done(message)


async def test_a_superseded_search_stops_and_posts_nothing(samples_index: Path, tmp_path: Path) -> None:
    with SlowArchive(samples_index) as archive:
        app = RecordingApp(samples_index, "astrolabe", archive=archive, memory=Memory(tmp_path / "m.sqlite"))
        async with app.run_test(size=(160, 45)) as pilot:
            await settled(pilot)
            app.posted = posted = []
            app.query_one("#search").value = "slow bridge"
            while not archive.started.is_set():  # the slow search is under way
                await pilot.pause()
            app.query_one("#search").value = "bridge"  # typed past it
            # the stopped worker leaves the app's list (waiting on a cancelled worker raises)
            while not archive.stopped.is_set() or any(w.is_cancelled for w in app.workers):
                await pilot.pause()
                if archive.finished.is_set():
                    break
            await settled(pilot)
            assert archive.stopped.is_set() and not archive.finished.is_set()
            assert posted == ["bridge"]
            assert app.query_one("#search").value == "bridge"
            await pilot.exit(0)
