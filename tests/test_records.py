"""The records a search builds (tuiarchive/records.py) behave as the dataclasses they replace:
every field set by __init__ (by position and by name), equality and repr over the fields,
frozen ones refusing assignment and hashing, all of them surviving pickle."""

from __future__ import annotations

import inspect
import pickle

import pytest

from tuiarchive.archive import ArchiveStats, Hit, RelatedPane, SearchPage
from tuiarchive.catalog import ArticleRef, CatalogStats, FileState, ResolvedLink
from tuiarchive.engine.types import EngineFacets, EngineHit, EngineResults
from tuiarchive.engine.writing import BuiltSegment
from tuiarchive.indexer.reading import ReadResult, ReadTask
from tuiarchive.indexer.report import IndexReport
from tuiarchive.indexer.scan import FoundFile, RunOptions
from tuiarchive.indexer.workers import JobResult
from tuiarchive.records import FrozenRecord, Record

RECORDS = [EngineHit, EngineFacets, EngineResults, Hit, SearchPage, RelatedPane, FileState, ArticleRef, ResolvedLink,
           CatalogStats, ArchiveStats, BuiltSegment, ReadTask, ReadResult, IndexReport, FoundFile, RunOptions,
           JobResult]  # fmt: skip


def _values(cls: type[Record], salt: str = "") -> dict[str, object]:
    return {name: f"{name}{salt}" for name in cls._fields}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_a_record_sets_every_field_and_compares_and_prints_them(cls: type[Record]) -> None:
    params = [p for p in inspect.signature(cls).parameters.values() if p.kind is not p.VAR_KEYWORD]
    if cls is not ArchiveStats:  # keyword-only, CatalogStats's fields passed through
        assert [p.name for p in params] == list(cls._fields), "__init__ takes the fields in order"
    values = _values(cls)
    record = cls(**values)
    assert {name: getattr(record, name) for name in cls._fields} == values
    if cls is not ArchiveStats:
        assert cls(*values.values()) == record
    assert cls(**values) == record
    for name in cls._fields:
        assert cls(**{**values, name: "other"}) != record, name
    assert record != (*values.values(),)  # only a record of its class
    assert repr(record) == f"{cls.__qualname__}({', '.join(f'{n}={v!r}' for n, v in values.items())})"
    assert pickle.loads(pickle.dumps(record)) == record
    if issubclass(cls, FrozenRecord):
        with pytest.raises(AttributeError):
            record.__setattr__(cls._fields[0], "changed")
        with pytest.raises(AttributeError):
            record.__delattr__(cls._fields[0])
        assert hash(cls(**values)) == hash(record)
        assert {record, cls(**values)} == {record}
    else:
        setattr(record, cls._fields[0], "changed")
        assert getattr(record, cls._fields[0]) == "changed"
        with pytest.raises(TypeError):
            hash(record)
    with pytest.raises(AttributeError):
        record.not_a_field = 1  # slots: no stray attributes


def test_defaults_are_those_of_the_dataclasses() -> None:
    assert EngineResults(0, [], []).sort == "relevance"
    assert Hit("i", "p", "t", None, None, None, []).score == 0.0
    first, second = SearchPage("q", "relevance", 0, 0, []), SearchPage("q", "relevance", 0, 0, [])
    assert first.terms == [] and first.terms is not second.terms
    assert FileState("p", None, 1, 2, None, "ok", None).ids == ()
    assert ArticleRef("i", "p", "t", None, None, None).member is None
    report, again = IndexReport(), IndexReport()
    assert (report.added, report.seconds, report.failed, report.notices, report.missing_roots) == (0, 0.0, [], [], [])
    assert report.failed is not again.failed and report.notices is not again.notices
    result = ReadResult("p", 1, 2, "same")
    assert (result.articles, result.hash, result.reason, result.failures) == ([], None, None, [])
    assert result.container is False
    assert ReadTask("p", 1, 2).old_hash is None
    assert RunOptions().links_skipped == [] and RunOptions().links_skipped is not RunOptions().links_skipped
    figures = _values(CatalogStats)
    assert ArchiveStats(**figures, index_bytes=1, index_dir="d", failures=[]).checksums_missing is False
