"""Facet labels (site, author) kept beside each segment: the first count after opening a big
archive must not decompress every article's stored body, and must count what it always did."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from whoosh.reading import SegmentReader

from tuiarchive.archive import Archive, Facets
from tuiarchive.engine import searching
from tuiarchive.engine.fastpath import FACETS_SUFFIX
from tuiarchive.indexer import update_index

QUERIES = ("", "olst", "olst NOT flood", "bridge OR museum")


def facets_from_stored_fields(index_dir: Path, query: str, monkeypatch: pytest.MonkeyPatch) -> Facets:
    """The facets worked out as before there were label files: from every stored document."""
    with monkeypatch.context() as m:
        m.setattr(searching, "index_folder", lambda searcher: None)
        with Archive(index_dir) as archive:
            return archive.facets(query)


def label_files(index_dir: Path) -> set[str]:
    return {name.removesuffix(FACETS_SUFFIX) for name in os.listdir(index_dir) if name.endswith(FACETS_SUFFIX)}


def segments(index_dir: Path) -> set[str]:
    return {name.removesuffix(".seg") for name in os.listdir(index_dir) if name.endswith(".seg")}


def count_stored_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    reads: Counter[str] = Counter()
    for name in ("stored_fields", "all_stored_fields"):
        original = getattr(SegmentReader, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):
            reads[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(SegmentReader, name, counted)
    return reads


def check_facets(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for query in QUERIES:
        expected = facets_from_stored_fields(index_dir, query, monkeypatch)
        with Archive(index_dir) as archive:
            assert archive.facets(query) == expected, query
            hits = archive.search(query, limit=10_000).hits
        sites = Counter(h.site for h in hits if h.site)
        assert all(sites[s] == n for s, n in expected.sites), query


def test_labels_are_read_from_beside_the_segment_without_stored_fields(
    tmp_path: Path, samples_built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ix = samples_built
    with Archive(ix) as archive:
        first = archive.facets("")
    assert first.sites and first.authors and first.months
    assert label_files(ix) == segments(ix)
    olst = facets_from_stored_fields(ix, "olst", monkeypatch)
    reads = count_stored_reads(monkeypatch)
    with Archive(ix) as archive:  # a new session: the labels come from the files
        assert archive.facets("") == first
        assert archive.facets("olst") == olst
    assert reads == Counter(), "no stored document was read for a count"


def test_facets_are_the_same_after_deletions_and_merges(
    tmp_path: Path, samples_built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    samples_copy, ix = samples_built
    check_facets(ix, monkeypatch)  # the labels are written here, before the deletion
    victim = next(p for p in sorted(samples_copy.iterdir()) if p.suffix == ".txt")
    victim.unlink()
    update_index(ix, workers=1)
    check_facets(ix, monkeypatch)
    shutil.copytree(samples_copy, tmp_path / "more" / "copy")
    update_index(ix, [tmp_path / "more"], workers=2)  # new segments, small ones merged
    check_facets(ix, monkeypatch)
    assert label_files(ix) == segments(ix)  # whoosh removed those of the segments merged away


def test_a_folder_it_may_not_write_in_or_a_damaged_label_file(
    tmp_path: Path, samples_built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ix = samples_built
    expected = facets_from_stored_fields(ix, "", monkeypatch)
    with monkeypatch.context() as m:

        def refused(*args, **kwargs):
            raise PermissionError("read-only")

        m.setattr(os, "replace", refused)
        with Archive(ix) as archive:
            assert archive.facets("") == expected
    assert label_files(ix) == set()
    assert not [name for name in os.listdir(ix) if name.endswith(".tmp")]
    with Archive(ix) as archive:
        assert archive.facets("") == expected
    for segment in segments(ix):
        path = ix / f"{segment}{FACETS_SUFFIX}"
        path.write_bytes(path.read_bytes()[:20])  # cut short
    with Archive(ix) as archive:
        assert archive.facets("") == expected
